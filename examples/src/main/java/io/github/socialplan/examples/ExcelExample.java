package io.github.socialplan.examples;

import io.github.socialplan.budget.allocation.Allocation;
import io.github.socialplan.budget.allocation.Blend;
import io.github.socialplan.budget.allocation.LargestRemainder;
import io.github.socialplan.budget.allocation.Weights;
import io.github.socialplan.budget.quota.QuotaCapitaria;
import io.github.socialplan.budget.quota.QuotaCharge;
import io.github.socialplan.core.io.ComuniList;
import io.github.socialplan.core.io.ComuniListReader;
import io.github.socialplan.core.io.PlanTableReader;
import io.github.socialplan.core.io.PosasData;
import io.github.socialplan.core.io.PosasReader;
import io.github.socialplan.core.io.ProblemPolicy;
import io.github.socialplan.core.italy.ItalyRegistry;
import io.github.socialplan.core.money.Money;
import io.github.socialplan.core.plan.Plan;
import io.github.socialplan.excel.read.PlanSheet;
import io.github.socialplan.excel.read.SheetRows;
import io.github.socialplan.excel.read.XlsxWorkbook;
import io.github.socialplan.excel.write.XlsxWriter;
import io.github.socialplan.indicators.dashboard.Dashboard;
import io.github.socialplan.indicators.dashboard.DashboardTable;
import java.io.IOException;
import java.io.PrintStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Writes the examples' tables as XLSX workbooks a planning office can open (<i>cartelle di lavoro</i>), then
 * reads them back through the same readers as the CSV files and says whether they came back equal:
 *
 * <ul>
 *   <li>{@value #PLAN_FILE}: the budget of the Piano di Zona 2015-2017 dell'Ambito di Cremona with its balance
 *       check (the one-euro gap of 2015 shows), the quota capitaria of the 47 comuni of the Zona Omogenea
 *       Cremonese and the fund blended 60 % by residents, 40 % in equal shares;
 *   <li>{@value #PROVINCE_FILE}: the 113 comuni of the Provincia di Cremona with their residents (ISTAT,
 *       1 January 2022) and the totals as {@code =SUM} formulas;
 *   <li>{@value #CRUSCOTTO_FILE}: the cruscotto of the complete comuni of ISTAT's POSAS sample, comuni and
 *       provinces, one sheet per level and one per year; the province of Padova, of which the sample has
 *       one comune, has no value, the note column saying why.
 * </ul>
 *
 * <pre>{@code
 * ExcelExample.write(System.out, DataFolder.locate(), Path.of("target"));
 * }</pre>
 */
public final class ExcelExample {

  /** The plan's workbook. */
  static final String PLAN_FILE = "cremona-piano-2015-2017.xlsx";
  /** The province's workbook. */
  static final String PROVINCE_FILE = "provincia-cremona-comuni-2022.xlsx";
  /** The cruscotto's workbook. */
  static final String CRUSCOTTO_FILE = "cruscotto-posas-2025.xlsx";

  private static final ComuniListReader PROVINCE_BACK = ComuniListReader
      .columns("Codice comune", "Comune", "Residenti", "Femmine", "Maschi").withTotalRow("Comune", "Totale");

  private ExcelExample() {}

  /**
   * Writes the workbooks under {@code target/} of the working directory.
   *
   * @param args ignored
   * @throws IOException if a file cannot be read or written
   */
  public static void main(String[] args) throws IOException {
    write(System.out, DataFolder.locate(), Path.of("target"));
  }

  /**
   * Writes the three workbooks into a folder and reads them back, printing what it checked.
   *
   * @param out where to print, not null
   * @param data the data folder, not null
   * @param folder where to write, not null; created if missing
   * @throws IOException if a file cannot be read or written
   */
  public static void write(PrintStream out, DataFolder data, Path folder) throws IOException {
    // POI logs through the Log4j API: without a provider Log4j says so on stderr; its simple logger is quiet
    System.getProperties().putIfAbsent("log4j2.loggerContextFactory",
        "org.apache.logging.log4j.simple.SimpleLoggerContextFactory");
    Files.createDirectories(folder);
    out.println("== The same tables as Excel workbooks (.xlsx), read back through the CSV readers' checks ==");

    Plan plan = CremonaPlanExample.readPlan(data);
    ComuniList zona = QuotaCapitariaExample.READER.read(data.reference(QuotaCapitariaExample.FILE));
    Map<String, Long> residents = new LinkedHashMap<>();
    zona.comuni().forEach(c -> residents.put(c.code().value(), c.total()));
    Money rate = ReferenceTable.read(data.reference(CremonaPlanExample.FACTS)).money("quota_capitaria", "value");
    QuotaCharge quota = QuotaCapitaria.of(rate).charge(residents);
    String[] ids = residents.keySet().toArray(String[]::new);
    long[] equal = new long[ids.length];
    Arrays.fill(equal, 1);
    Allocation blended = LargestRemainder.allocate(QuotaCapitariaExample.FUND, Blend.builder()
        .criterion(QuotaCapitariaExample.BY_RESIDENTS,
            Weights.of(ids, residents.values().stream().mapToLong(Long::longValue).toArray()))
        .criterion(BigDecimal.ONE.subtract(QuotaCapitariaExample.BY_RESIDENTS), Weights.of(ids, equal))
        .build());
    Path planFile = folder.resolve(PLAN_FILE);
    try (XlsxWriter w = XlsxWriter.create()) {
      w.plan(plan).quota("Quota capitaria", quota).allocation("Riparto", blended).write(planFile);
    }
    Plan back;
    try (XlsxWorkbook book = XlsxWorkbook.open(planFile)) {
      back = PlanSheet.read(book, "Bilancio", PlanTableReader.of(plan.id(), plan.title(), plan.territory()));
    }
    out.printf(Locale.ROOT, "   %s: plan budget 2015-2017 with balance check, quota capitaria and fund of the"
        + " %d comuni; the budget read back: %s%n", planFile, ids.length,
        amounts(plan).equals(amounts(back)) ? "equal to the cent, ok" : "DIFFERS");

    ComuniList province = CremonaProvinceExample.READER.read(data.reference(CremonaProvinceExample.FILE));
    Path provinceFile = folder.resolve(PROVINCE_FILE);
    try (XlsxWriter w = XlsxWriter.create()) {
      w.comuni("Comuni", province).write(provinceFile);
    }
    ComuniList provinceBack;
    try (XlsxWorkbook book = XlsxWorkbook.open(provinceFile)) {
      provinceBack = PROVINCE_BACK.read(book.sheet("Comuni"));
    }
    out.printf(Locale.ROOT, "   %s: %d comuni, %s residents, the =SUM total row checked on reading: %s%n",
        provinceFile, provinceBack.comuni().size(), Numbers.count(provinceBack.total()),
        provinceBack.comuni().equals(province.comuni()) ? "equal, ok" : "DIFFERS");

    PosasData posas = PosasReader.of().withPolicy(ProblemPolicy.SKIP).readAll(data.reference(PosasExample.FILE));
    // the registry's provinces hold all their comuni: Padova, of whose 102 comuni the sample has Abano Terme
    // alone, gets no value rather than Abano's shown as the province's
    DashboardTable cruscotto = Dashboard.builder()
        .levels(ItalyRegistry.embedded().provinces(LocalDate.of(posas.report().year(), 1, 1)))
        .populations(posas.populations()).incompleteGroupingsUndefined().compute();
    Path cruscottoFile = folder.resolve(CRUSCOTTO_FILE);
    try (XlsxWriter w = XlsxWriter.create()) {
      w.cruscotto(cruscotto).write(cruscottoFile);
    }
    int rows = 0;
    try (XlsxWorkbook book = XlsxWorkbook.open(cruscottoFile)) {
      for (String sheet : book.sheetNames()) {
        try (SheetRows r = book.sheet(sheet)) {
          for (r.next(); r.next() != null; ) {
            rows++;
          }
        }
      }
      out.printf(Locale.ROOT, "   %s: the cruscotto of the %d complete comuni of the POSAS sample, sheets %s,"
          + " %d rows read back%n", cruscottoFile, posas.comuni().size(), book.sheetNames(), rows);
    }
  }

  /** The budget's amounts, line by line, as text: what must come back from the workbook. */
  private static String amounts(Plan plan) {
    StringBuilder b = new StringBuilder();
    plan.budgets().forEach(y -> {
      b.append(y.year()).append(y.publishedRevenueTotal()).append(y.publishedExpenditureTotal());
      y.revenues().forEach(l -> b.append(l.label()).append(l.amount()));
      y.expenditures().forEach(l -> b.append(l.label()).append(l.amount()));
    });
    return b.toString();
  }
}
