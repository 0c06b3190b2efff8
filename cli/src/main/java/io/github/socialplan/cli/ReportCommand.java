package io.github.socialplan.cli;

import io.github.socialplan.core.io.PosasData;
import io.github.socialplan.core.plan.Plan;
import io.github.socialplan.core.population.Population;
import io.github.socialplan.indicators.catalogue.StandardIndicators;
import io.github.socialplan.indicators.dashboard.DashboardRow;
import io.github.socialplan.indicators.dashboard.DashboardTable;
import io.github.socialplan.indicators.result.IndicatorValue;
import io.github.socialplan.indicators.result.UndefinedReason;
import io.github.socialplan.report.Language;
import io.github.socialplan.report.chart.PyramidData;
import io.github.socialplan.report.html.HtmlReport;
import io.github.socialplan.report.html.StandardSections;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code socialplan report plan|cruscotto ...}: the printable HTML reports of socialplan-report. */
@Command(name = "report", mixinStandardHelpOptions = true,
    description = {"Writes a printable HTML report: one file with its CSS and charts (SVG) inline, no script, "
        + "A4 print layout; undefined values are written n.d. with their reason in a footnote.",
        "report plan PLAN: the plan's budget (balance, gaps, revenues by fund, spending shares) and its "
        + "monitoring (targets, latest observations, progress).",
        "report cruscotto POSAS: the profile of territories of an ISTAT POSAS file: population pyramid "
        + "and demographic indicators next to the parent territory."},
    subcommands = {ReportCommand.PlanReport.class, ReportCommand.CruscottoReport.class})
final class ReportCommand implements Runnable {

  @CommandLine.Spec
  private CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    throw new CommandLine.ParameterException(spec.commandLine(), "report needs a kind: plan or cruscotto");
  }

  /** The options every report takes. */
  static final class Common {
    @Option(names = {"-o", "--output"}, defaultValue = "-", paramLabel = "FILE",
        description = "the HTML file to write; - for standard output (default)")
    String output;

    @Option(names = "--language", defaultValue = "it", paramLabel = "LANG",
        description = "it or en: labels, number and date formats (default: ${DEFAULT-VALUE})",
        converter = LanguageConverter.class)
    Language language;

    @Option(names = "--title", paramLabel = "TEXT", description = "the report's title (default: from the input)")
    String title;

    @Option(names = "--source", paramLabel = "TEXT",
        description = "the source line under every table and chart (default: the input file's name)")
    String source;

    void write(HtmlReport report) {
      if ("-".equals(output)) {
        Inputs.print(report.html());
        return;
      }
      try {
        report.write(Path.of(output));
      } catch (IOException e) {
        throw new IllegalArgumentException("cannot write the report to " + output + ": " + e, e);
      }
    }
  }

  /** {@code report plan PLAN}. */
  @Command(name = "plan", mixinStandardHelpOptions = true,
      description = {"Writes the HTML report of a plan: its budget year by year (revenue and expenditure "
          + "lines against the published totals, every gap, revenues by fund, spending shares) and its "
          + "monitoring (each target's baseline, target, latest observed value and progress).",
          "PLAN is a plan as JSON, or its budget table as CSV (kind,line,<year>,...) when the name ends "
          + "with .csv."})
  static final class PlanReport implements Callable<Integer> {

    @Parameters(index = "0", arity = "0..1", defaultValue = "-", paramLabel = "PLAN",
        description = "the plan file (.json or .csv); - or nothing for a plan JSON on standard input")
    private String plan;

    @CommandLine.Mixin
    private Common common = new Common();

    @Override
    public Integer call() throws Exception {
      Plan p = Calculations.planFile(plan);
      String source = common.source != null ? common.source : Inputs.name(plan);
      HtmlReport.Builder report = HtmlReport.builder(common.title != null ? common.title : p.title(), common.language)
          .section(StandardSections.planBudget(p, common.language, source));
      if (!p.targets().isEmpty()) {
        report.section(StandardSections.monitoring(p, common.language, source));
      }
      common.write(report.build());
      return SocialPlanCli.OK;
    }
  }

  /** {@code report cruscotto POSAS}. */
  @Command(name = "cruscotto", mixinStandardHelpOptions = true,
      description = {"Writes the HTML profile of territories of an ISTAT POSAS file (population by age and sex "
          + "per comune): for each, its population pyramid in five-year bands and its demographic indicators "
          + "(vecchiaia, dipendenza, ricambio, struttura, ...) next to its parent territory's value.",
          "Without --territory, one section per territory of the level; provinces (province-<code>) and "
          + "regions (region-<code>) are those of the registry of Italy on 1 January of the file's year."})
  static final class CruscottoReport implements Callable<Integer> {

    @Parameters(index = "0", arity = "0..1", defaultValue = "-", paramLabel = "POSAS",
        description = "the POSAS file as ISTAT publishes it; - or nothing for standard input")
    private String posas;

    @Option(names = "--level", defaultValue = "comune", paramLabel = "LEVEL",
        description = "comune, province or region: the territories profiled (default: ${DEFAULT-VALUE})",
        converter = IndicatorsCommand.LevelConverter.class)
    private Calculations.Level level;

    @Option(names = "--territory", paramLabel = "ID",
        description = "only this territory: a comune's ISTAT code (028001), province-<code> or region-<code>")
    private String territory;

    @Option(names = "--year", paramLabel = "YEAR", description = "the year shown (default: the latest in the file)")
    private Integer year;

    @Option(names = "--skip-incomplete",
        description = "leave out comuni that are incomplete or do not add up (listed on standard error) "
            + "instead of failing")
    private boolean skipIncomplete;

    @CommandLine.Mixin
    private Common common = new Common();

    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws Exception {
      if (level == Calculations.Level.PARTITION) {
        throw new CommandLine.ParameterException(spec.commandLine(),
            "report cruscotto takes --level comune, province or region");
      }
      PosasData data = Calculations.posasFile(posas, skipIncomplete, spec.commandLine().getErr());
      DashboardTable table = Calculations.dashboard(data, level, null);
      int shownYear = year != null ? year : table.rows().stream().mapToInt(DashboardRow::year).max()
          .orElseThrow(() -> new IllegalArgumentException(Inputs.name(posas) + ": no indicator to report"));
      Set<Integer> years = new java.util.TreeSet<>();
      table.rows().forEach(r -> years.add(r.year()));
      if (!years.contains(shownYear)) {
        // Not an empty report titled with a year the file does not have.
        throw new IllegalArgumentException(Inputs.name(posas) + ": no indicators of " + shownYear
            + "; the file's years are " + years);
      }
      int tableLevel = level.ordinal(); // comune 0, province 1, region 2: the levels Calculations builds
      Set<String> territories = new LinkedHashSet<>();
      Map<String, String> parents = new HashMap<>();
      for (DashboardRow r : table.rows()) {
        if (r.year() == shownYear) {
          r.parent().ifPresent(p -> parents.put(r.territory(), p));
          if (r.level() == tableLevel) {
            territories.add(r.territory());
          }
        }
      }
      if (territory != null) {
        if (!territories.contains(territory)) {
          throw new IllegalArgumentException(Inputs.name(posas) + ": no territory " + territory + " at level "
              + level.name().toLowerCase(Locale.ROOT) + " in " + shownYear + "; there are "
              + (territories.size() > 10 ? territories.size() + " territories" : territories));
        }
        territories.retainAll(Set.of(territory));
      }
      String source = common.source != null ? common.source : Inputs.name(posas);
      HtmlReport.Builder report = HtmlReport.builder(common.title != null ? common.title
          : (common.language == Language.ITALIAN ? "Profilo demografico " : "Demographic profile ") + shownYear,
          common.language);
      for (String t : territories) {
        List<Population> members = new ArrayList<>();
        for (Population p : data.populations()) {
          if (p.year() == shownYear && within(p.territory(), t, parents)) {
            members.add(p);
          }
        }
        // a province or region the file holds only part of has no value in the table (its comuni without a
        // population named), and its pyramid would be that part's drawn as the territory's: none is drawn
        boolean partial = tableLevel > 0
            && table.value(shownYear, tableLevel, t, StandardIndicators.OLD_AGE_INDEX.id())
                .flatMap(IndicatorValue::reason).filter(UndefinedReason.MISSING_INPUT::equals).isPresent();
        Optional<PyramidData> pyramid = members.isEmpty() || partial ? Optional.empty()
            : Optional.of(PyramidData.bands(Population.sum(t, shownYear, members), PyramidData.fiveYearBands()));
        report.section(StandardSections.profile(t, table, tableLevel, t, shownYear, pyramid, common.language,
            source));
      }
      common.write(report.build());
      return SocialPlanCli.OK;
    }

    /** Whether a comune is the territory or lies within it, following the parents up. */
    private static boolean within(String comune, String territory, Map<String, String> parents) {
      for (String t = comune; t != null; t = parents.get(t)) {
        if (t.equals(territory)) {
          return true;
        }
      }
      return false;
    }
  }

  /** Reads {@code it} or {@code en}. */
  static final class LanguageConverter implements CommandLine.ITypeConverter<Language> {
    @Override
    public Language convert(String value) {
      switch (value.toLowerCase(Locale.ROOT)) {
        case "it":
          return Language.ITALIAN;
        case "en":
          return Language.ENGLISH;
        default:
          throw new CommandLine.TypeConversionException("expected it or en: " + value);
      }
    }
  }
}
