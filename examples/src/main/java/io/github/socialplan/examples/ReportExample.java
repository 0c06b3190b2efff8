package io.github.socialplan.examples;

import io.github.socialplan.core.io.ComuneResidents;
import io.github.socialplan.core.io.ComuniList;
import io.github.socialplan.core.json.SocialPlanJson;
import io.github.socialplan.core.plan.Plan;
import io.github.socialplan.core.population.AgeBand;
import io.github.socialplan.core.population.Population;
import io.github.socialplan.core.population.Sex;
import io.github.socialplan.indicators.catalogue.Indicator;
import io.github.socialplan.indicators.catalogue.StandardIndicators;
import io.github.socialplan.indicators.demography.DemographicIndicators;
import io.github.socialplan.indicators.demography.DemographicProfile;
import io.github.socialplan.indicators.result.IndicatorValue;
import io.github.socialplan.report.Language;
import io.github.socialplan.report.chart.Charts;
import io.github.socialplan.report.chart.PyramidData;
import io.github.socialplan.report.html.HtmlReport;
import io.github.socialplan.report.html.ReportCell;
import io.github.socialplan.report.html.ReportSection;
import io.github.socialplan.report.html.ReportTable;
import io.github.socialplan.report.html.StandardSections;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Writes two HTML reports into {@code target/reports/}: the Piano di Zona of the Ambito di Cremona
 * 2015-2017 from its published tables, and the Provincia di Cremona from ISTAT's 2022 residents of its 113
 * comuni. Open them in a browser, or print them: they are laid out for A4.
 *
 * <pre>{@code
 * ReportExample.print(System.out, DataFolder.locate());
 * }</pre>
 */
public final class ReportExample {

  /** Where the reports go, under the working directory. */
  public static final Path REPORTS = Path.of("target", "reports");
  /** The Cremona plan's report. */
  public static final String CREMONA = "cremona-2015-2017.html";
  /** The Provincia di Cremona's report. */
  public static final String PROVINCE = "provincia-cremona-2022.html";

  static final String PLAN_SOURCE = "Piano di Zona 2015-2017 dell'Ambito di Cremona";

  private ReportExample() {}

  /**
   * Writes the reports and prints where.
   *
   * @param args ignored
   * @throws IOException if a file cannot be read or written
   */
  public static void main(String[] args) throws IOException {
    print(System.out, DataFolder.locate());
  }

  /**
   * Writes the two reports into {@link #REPORTS} and prints what each holds.
   *
   * @param out where to print, not null
   * @param data the data folder, not null
   * @throws IOException if a file cannot be read or written
   */
  public static void print(PrintStream out, DataFolder data) throws IOException {
    out.println("== Reports: the Cremona plan and the Provincia di Cremona as printable HTML ==");
    write(out, cremona(data, Language.ITALIAN), REPORTS.resolve(CREMONA));
    write(out, province(data, Language.ITALIAN), REPORTS.resolve(PROVINCE));
  }

  private static void write(PrintStream out, HtmlReport report, Path file) throws IOException {
    report.write(file);
    int charts = report.sections().stream().mapToInt(s -> s.charts().size()).sum();
    out.printf(Locale.ROOT, "   wrote %s: %d sections, %d charts%n", file, report.sections().size(), charts);
  }

  /**
   * The report of the Cremona plan: population, spending and services, fund transfers, the 2015-2017 budget
   * with its balance check, and the monitoring of its targets.
   *
   * @param data the data folder, not null
   * @param language the report's language, not null
   * @return the report, not null
   * @throws IOException if a reference file cannot be read
   */
  public static HtmlReport cremona(DataFolder data, Language language) throws IOException {
    boolean it = language == Language.ITALIAN;
    HtmlReport.Builder r = HtmlReport.builder(it ? "Ambito di Cremona: Piano di Zona 2015-2017"
        : "Ambito di Cremona: Piano di Zona 2015-2017", language)
        .subtitle(it ? "Ricostruito dalle tabelle pubblicate del piano" : "Rebuilt from the plan's published tables");
    r.section(population(data, language));
    r.section(spending(data, language));
    r.section(ReportSection.builder(it ? "Trasferimenti dei fondi sociali 2012-2014" : "Fund transfers 2012-2014")
        .table(StandardSections.transfers(CremonaPlanExample.transferTrends(data), language,
            PLAN_SOURCE + ", §2.2"))
        .build());
    Plan plan = CremonaPlanExample.readPlan(data);
    r.section(StandardSections.planBudget(plan, language, PLAN_SOURCE + ", §5.6"));
    Plan monitored = SocialPlanJson.read(data.plan(CremonaMonitoringExample.FILE), Plan.class);
    r.section(StandardSections.monitoring(monitored, language, PLAN_SOURCE + ", §4.3.1 (data/plans/"
        + CremonaMonitoringExample.FILE + ")"));
    return r.build();
  }

  private static ReportSection population(DataFolder data, Language language) throws IOException {
    boolean it = language == Language.ITALIAN;
    ReferenceTable bands = ReferenceTable.read(data.reference(CremonaPlanExample.BANDS));
    Population population = CremonaPlanExample.populationFromBands(bands);
    String source = PLAN_SOURCE + ", §2.1 (ISTAT)";
    ReportTable.Builder t = ReportTable.builder(it ? "Residenti per classe di età al 1° gennaio 2014"
        : "Residents by age band on 1 January 2014", source,
        it ? "Classe di età" : "Age band", it ? "Maschi" : "Males", it ? "Femmine" : "Females",
        it ? "Totale" : "Total");
    for (AgeBand band : population.ageBands().bands()) {
      long males = population.count(Sex.MALE, band);
      long females = population.count(Sex.FEMALE, band);
      t.row(ReportCell.text(band.toString()), ReportCell.count(males, language), ReportCell.count(females, language),
          ReportCell.count(males + females, language));
    }
    t.row(ReportCell.text(it ? "Totale" : "Total"), ReportCell.count(population.males(), language),
        ReportCell.count(population.females(), language), ReportCell.count(population.total(), language));
    // Every demographic indicator of the catalogue: those the bands give, and the others as n.d. with the
    // band and the cut that stop them.
    DemographicProfile profile = DemographicProfile.of(population);
    Map<String, IndicatorValue> values = new LinkedHashMap<>();
    for (Indicator i : StandardIndicators.DEMOGRAPHIC) {
      values.put(it ? i.italianName() : i.englishName(), DemographicIndicators.compute(i, profile));
    }
    return ReportSection.builder(it ? "Popolazione al 1° gennaio 2014" : "Population on 1 January 2014")
        .paragraph(it ? "Il piano pubblica la popolazione in tre classi di età: la piramide disegna una barra per "
            + "classe, e gli indicatori che dividono una classe non si possono calcolare (n.d., con la classe e "
            + "l'età che li fermano in nota)."
            : "The plan publishes the population in three age bands: the pyramid draws one bar per band, and "
            + "indicators that split a band cannot be computed (n.d., with the band and the age that stop them in "
            + "a note).")
        .table(t.build())
        .table(StandardSections.indicators(it ? "Indicatori demografici" : "Demographic indicators", values, 1,
            language, source))
        .chart(Charts.populationPyramid(PyramidData.of(population).withLabel("Ambito di Cremona 2014"), language),
            source)
        .build();
  }

  private static ReportSection spending(DataFolder data, Language language) throws IOException {
    boolean it = language == Language.ITALIAN;
    CremonaPlanExample.Spending2012 f = CremonaPlanExample.Spending2012.read(data);
    Map<String, IndicatorValue> values = new LinkedHashMap<>();
    values.put(it ? "Spesa sociale pro capite (euro)" : "Social spending per capita (euro)", f.perCapita());
    values.put(it ? "Spesa in forma associata (%)" : "Spending in associated form (%)", f.percentAssociated());
    values.put(it ? "Spesa comunale per utente (euro)" : "Municipal spending per user (euro)", f.perUserSpending());
    values.put(it ? "Incidenza della compartecipazione (%)" : "Co-payment incidence (%)", f.copaymentIncidence());
    values.put(it ? "Residenti per assistente sociale" : "Residents per social worker",
        f.residentsPerSocialWorker());
    return ReportSection.builder(it ? "Spesa sociale e servizi, 2012" : "Social spending and services, 2012")
        .table(StandardSections.indicators(it ? "Indicatori di spesa 2012" : "Spending indicators 2012", values, 1,
            language, PLAN_SOURCE + ", §2.2, §4.2.3"))
        .build();
  }

  /**
   * The report of the Provincia di Cremona: its residents by sex on 1 January 2022 and those of each of its
   * comuni, largest first.
   *
   * @param data the data folder, not null
   * @param language the report's language, not null
   * @return the report, not null
   * @throws IOException if the file cannot be read
   */
  public static HtmlReport province(DataFolder data, Language language) throws IOException {
    boolean it = language == Language.ITALIAN;
    Path file = data.reference(CremonaProvinceExample.FILE);
    ComuniList list = CremonaProvinceExample.READER.read(file);
    String source = "ISTAT, popolazione residente al 1° gennaio 2022 (data/reference/" + CremonaProvinceExample.FILE
        + ")";
    ReportTable.Builder totals = ReportTable.builder(it ? "Residenti al 1° gennaio 2022" : "Residents on 1 January 2022",
        source, "", it ? "Maschi" : "Males", it ? "Femmine" : "Females", it ? "Totale" : "Total");
    totals.row(ReportCell.text(it ? "Somma dei " + list.comuni().size() + " comuni" : "Sum of the "
            + list.comuni().size() + " comuni"), ReportCell.count(list.males(), language),
        ReportCell.count(list.females(), language), ReportCell.count(list.total(), language));
    ReportTable.Builder comuni = ReportTable.builder(it ? "Comuni per numero di residenti" : "Comuni by residents",
        source, it ? "Comune" : "Comune", it ? "Codice ISTAT" : "ISTAT code", it ? "Maschi" : "Males",
        it ? "Femmine" : "Females", it ? "Totale" : "Total", it ? "% della provincia" : "% of the province");
    list.comuni().stream().sorted(Comparator.comparingLong(ComuneResidents::total).reversed()
            .thenComparing(c -> c.code().value()))
        .forEach(c -> comuni.row(ReportCell.text(c.name()), ReportCell.text(c.code().value()),
            ReportCell.count(c.males(), language), ReportCell.count(c.females(), language),
            ReportCell.count(c.total(), language),
            ReportCell.value(IndicatorValue.ratio(c.total(), list.total(), 100, "residents of the province"), 1,
                language)));
    return HtmlReport.builder(it ? "Provincia di Cremona" : "Provincia di Cremona", language)
        .subtitle(it ? "Popolazione residente al 1° gennaio 2022" : "Residents on 1 January 2022")
        .section(ReportSection.builder(it ? "Popolazione residente" : "Residents")
            .paragraph(it ? "Il file ISTAT dà i residenti per sesso, non per età: gli indicatori per età non si "
                + "possono calcolare da questi dati." : "ISTAT's file gives residents by sex, not by age: the "
                + "indicators by age cannot be computed from these data.")
            .table(totals.build()).table(comuni.build()).build())
        .build();
  }
}
