package io.github.socialplan.excel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.longs;

import io.github.socialplan.budget.balance.PlanBalance;
import io.github.socialplan.budget.quota.QuotaCapitaria;
import io.github.socialplan.budget.quota.QuotaCharge;
import io.github.socialplan.core.money.Money;
import io.github.socialplan.core.plan.BudgetLine;
import io.github.socialplan.core.plan.Period;
import io.github.socialplan.core.plan.Plan;
import io.github.socialplan.core.plan.YearlyBudget;
import io.github.socialplan.core.population.Population;
import io.github.socialplan.core.territory.IstatCode;
import io.github.socialplan.core.territory.Partition;
import io.github.socialplan.core.territory.TerritoryKind;
import io.github.socialplan.excel.write.XlsxWriter;
import io.github.socialplan.indicators.dashboard.Dashboard;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.FormulaEvaluator;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What a spreadsheet shows in a cell, by its number format, is the library's figure or says why there is none. */
class ShownFiguresTest {

  @TempDir
  Path dir;

  @Test
  void quotaOfNoComune_totalFormulas_doNotReachTheHeader() throws Exception {
    Path file = dir.resolve("empty-quota.xlsx");
    try (XlsxWriter w = XlsxWriter.create()) {
      w.quota("Quota", QuotaCharge.of(List.of())).write(file);
    }
    try (InputStream in = Files.newInputStream(file); XSSFWorkbook wb = new XSSFWorkbook(in)) {
      Row total = wb.getSheet("Quota").getRow(1); // the row beneath the header
      assertEquals("Totale (formula)", total.getCell(0).getStringCellValue());
      // SUM(B2:B1) is the range B1:B2, the header "Residenti" and the total's own row
      assertEquals("0", total.getCell(1).getCellFormula());
      assertEquals("0", total.getCell(3).getCellFormula());
      assertEquals(0, total.getCell(3).getNumericCellValue());
    }
  }

  @Test
  void quotaRate_finerThanACent_showsEveryDecimal_andACentRateTwo() throws Exception {
    // 1.125 + 0.875 = 2.000 for the comune that pays both; 1.125 for the one that keeps "b" for itself
    QuotaCapitaria q = QuotaCapitaria.builder().component("a", new BigDecimal("1.125"))
        .component("b", new BigDecimal("0.875")).build();
    Path file = dir.resolve("quota.xlsx");
    try (XlsxWriter w = XlsxWriter.create()) {
      w.quota("Quota", q.charge(Map.of("019036", 10L, "019098", 4L), Map.of("019098", Set.of("b")))).write(file);
    }
    try (InputStream in = Files.newInputStream(file); XSSFWorkbook wb = new XSSFWorkbook(in)) {
      DataFormatter shown = new DataFormatter(Locale.ROOT);
      Sheet s = wb.getSheet("Quota");
      for (Row row : s) {
        String comune = row.getCell(0).getStringCellValue();
        if (comune.equals("019036")) {
          assertEquals("2.00 €", shown.formatCellValue(row.getCell(2)));
          assertEquals("20.00 €", shown.formatCellValue(row.getCell(3)));
        } else if (comune.equals("019098")) {
          assertEquals("1.125 €", shown.formatCellValue(row.getCell(2)), "the rate, not rounded to the cent");
          assertEquals("4.50 €", shown.formatCellValue(row.getCell(3)));
        }
      }
    }
  }

  @Test
  void years_areShownWithoutThousandsSeparators() throws Exception {
    // a year is no count: the count format showed 2024 as "2,024" (2.024 in an Italian spreadsheet)
    Population p = Population.builder("019036", 2024).male(10, 5).male(70, 7).build();
    Partition province = Partition.builder("province", TerritoryKind.PROVINCE)
        .assign(IstatCode.parse("019036"), "cremona").build();
    Plan plan = Plan.builder().id("p").title("piano").territory("x").period(Period.of(2015, 2017))
        .addBudget(YearlyBudget.builder().year(2016).addRevenue(BudgetLine.of("FNPS", Money.ofEuros(100)))
            .addExpenditure(BudgetLine.of("SAD", Money.ofEuros(100))).build())
        .addActual(YearlyBudget.builder().year(2016).addRevenue(BudgetLine.of("FNPS", Money.ofEuros(90)))
            .addExpenditure(BudgetLine.of("SAD", Money.ofEuros(90))).build())
        .build();
    Path file = dir.resolve("years.xlsx");
    try (XlsxWriter w = XlsxWriter.create()) {
      w.cruscotto(Dashboard.builder().levels(province).populations(List.of(p)).compute())
          .plannedVersusActual(plan).write(file);
    }
    try (InputStream in = Files.newInputStream(file); XSSFWorkbook wb = new XSSFWorkbook(in)) {
      for (String[] sheetAndYear : List.of(new String[] {"Livello 0 comune", "2024"},
          new String[] {"Livello 1 provincia", "2024"}, new String[] {"Previsto e consuntivo", "2016"})) {
        Sheet s = wb.getSheet(sheetAndYear[0]);
        int years = 0;
        for (Row row : s) {
          Cell c = row.getCell(0);
          if (row.getRowNum() > 0 && c != null && c.getCellType() == CellType.NUMERIC) {
            for (Locale l : List.of(Locale.ROOT, Locale.ITALY)) {
              assertEquals(sheetAndYear[1], new DataFormatter(l).formatCellValue(c),
                  sheetAndYear[0] + "!A" + (row.getRowNum() + 1) + " in " + l);
            }
            years++;
          }
        }
        assertTrue(years > 0, "a year in " + sheetAndYear[0]);
      }
    }
  }

  @Test
  void ratioToAParentOfZero_isAnEmptyCellWithItsReason() throws Exception {
    // a comune of five children and an empty one: old-age index 0 in the comune and in the province, so the
    // comune's ratio to its province is 0 / 0
    Population young = Population.builder("019036", 2024).male(10, 5).build();
    Population empty = Population.builder("019098", 2024).build();
    Partition province = Partition.builder("province", TerritoryKind.PROVINCE)
        .assign(IstatCode.parse("019036"), "cremona").assign(IstatCode.parse("019098"), "cremona").build();
    Path file = dir.resolve("cruscotto.xlsx");
    try (XlsxWriter w = XlsxWriter.create()) {
      w.cruscotto(Dashboard.builder().levels(province).populations(List.of(young, empty)).compute()).write(file);
    }
    try (InputStream in = Files.newInputStream(file); XSSFWorkbook wb = new XSSFWorkbook(in)) {
      Sheet s = wb.getSheet("Livello 0 comune");
      int checked = 0;
      for (Row row : s) {
        if (row.getRowNum() > 0 && row.getCell(2).getStringCellValue().equals("019036")
            && row.getCell(4).getStringCellValue().equals("old_age_index")) {
          assertEquals(0.0, row.getCell(7).getNumericCellValue());
          assertEquals(0.0, row.getCell(11).getNumericCellValue());
          Cell ratio = row.getCell(13);
          assertTrue(ratio == null || ratio.getCellType() == CellType.BLANK, "no ratio to 0");
          Cell note = row.getCell(14);
          assertTrue(note != null && note.getStringCellValue().startsWith("Rapporto al superiore: non definito: "),
              "the empty ratio says why: " + (note == null ? "no note" : note.getStringCellValue()));
          checked++;
        }
      }
      assertEquals(1, checked);
    }
  }

  @Test
  void aYearWithoutRevenueLines_hasNoBalanceAndNoRevenueDifference_butTheReason() throws Exception {
    // 2016 publishes a total revenue of 100.00 and gives only its expenditure lines: nothing to add up to
    // compare, so the balance check finds no gap that year; the sheet showed a balance and a difference of
    // -100.00, as if its revenue lines added up to 0
    Plan plan = Plan.builder().id("p").title("piano").territory("x").period(Period.of(2015, 2016))
        .addBudget(YearlyBudget.builder().year(2015).addRevenue(BudgetLine.of("FNPS", Money.ofEuros(100)))
            .addExpenditure(BudgetLine.of("SAD", Money.ofEuros(100))).build())
        .addBudget(YearlyBudget.builder().year(2016).publishedRevenueTotal(Money.ofEuros(100))
            .publishedExpenditureTotal(Money.ofEuros(100)).addExpenditure(BudgetLine.of("SAD", Money.ofEuros(100)))
            .build())
        .build();
    assertTrue(PlanBalance.of(plan).year(2016).isBalanced());
    Path file = dir.resolve("plan.xlsx");
    try (XlsxWriter w = XlsxWriter.create()) {
      w.plan(plan).write(file);
    }
    Labels it = Labels.ITALIAN;
    try (InputStream in = Files.newInputStream(file); XSSFWorkbook wb = new XSSFWorkbook(in)) {
      Map<String, Row> rows = new java.util.HashMap<>();
      for (Row row : wb.getSheet("Bilancio")) {
        Cell label = row.getCell(0);
        if (label != null && label.getCellType() == CellType.STRING) {
          rows.put(label.getStringCellValue(), row);
        }
      }
      for (String key : List.of("balance", "balance_lib", "gap_revenue", "gap_revenue_lib")) {
        Cell c2016 = rows.get(it.text(key)).getCell(3);
        assertTrue(c2016 == null || c2016.getCellType() == CellType.BLANK,
            key + " of 2016 has no figure: " + c2016);
      }
      assertEquals(0.0, rows.get(it.text("balance_lib")).getCell(2).getNumericCellValue(), "2015 balances");
      assertTrue(rows.get(it.text("balance_lib")).getCell(4).getStringCellValue()
          .contains("2016: nessuna voce di entrata"));
      assertTrue(rows.get(it.text("gap_revenue_lib")).getCell(4).getStringCellValue()
          .contains("2016: nessuna voce di entrata"));
      // the expenditure side has lines and a published total in 2016: its difference is there, 0.00
      assertEquals(0.0, rows.get(it.text("gap_expenditure_lib")).getCell(3).getNumericCellValue());
    }
  }

  private static final long SEED = 20_261_130L;

  @Test
  void planSheet_showsABalanceOrDifference_exactlyWhereTheBalanceCheckComparesTheFigures() throws Exception {
    Path file = dir.resolve("random-plan.xlsx");
    qt().withFixedSeed(SEED).withExamples(25).forAll(longs().all()).checkAssert(seed -> {
      Plan plan = randomPlan(new java.util.Random(seed));
      PlanBalance balance = PlanBalance.of(plan);
      try {
        try (XlsxWriter w = XlsxWriter.create()) {
          w.plan(plan).write(file);
        }
        try (InputStream in = Files.newInputStream(file); XSSFWorkbook wb = new XSSFWorkbook(in)) {
          FormulaEvaluator engine = wb.getCreationHelper().createFormulaEvaluator();
          Map<String, Row> rows = new java.util.HashMap<>();
          for (Row row : wb.getSheet("Bilancio")) {
            Cell label = row.getCell(0);
            if (row.getRowNum() > 0 && label != null && label.getCellType() == CellType.STRING) {
              rows.put(label.getStringCellValue(), row);
            }
          }
          for (int i = 0; i < plan.budgets().size(); i++) {
            YearlyBudget b = plan.budgets().get(i);
            var y = balance.year(b.year());
            boolean both = !b.revenues().isEmpty() && !b.expenditures().isEmpty();
            check(rows, engine, "balance", i, both ? y.revenueLines().minus(y.expenditureLines()) : null, seed);
            check(rows, engine, "gap_revenue", i, y.publishedRevenue().filter(p -> !b.revenues().isEmpty())
                .map(p -> y.revenueLines().minus(p)).orElse(null), seed);
            check(rows, engine, "gap_expenditure", i, y.publishedExpenditure()
                .filter(p -> !b.expenditures().isEmpty()).map(p -> y.expenditureLines().minus(p)).orElse(null), seed);
          }
        }
      } catch (java.io.IOException e) {
        throw new java.io.UncheckedIOException(e);
      }
    });
  }

  /** The formula and the library's row of a check show {@code expected} in year column {@code i}, or nothing. */
  private static void check(Map<String, Row> rows, FormulaEvaluator engine, String key, int i, Money expected,
      long seed) {
    Row formula = rows.get(Labels.ITALIAN.text(key));
    if (formula == null) {
      assertEquals(null, expected, key + " row missing, seed " + seed);
      return;
    }
    Cell f = formula.getCell(i + 2);
    Cell lib = rows.get(Labels.ITALIAN.text(key + "_lib")).getCell(i + 2);
    if (expected == null) {
      assertTrue(f == null || f.getCellType() == CellType.BLANK, key + " formula, seed " + seed);
      assertTrue(lib == null || lib.getCellType() == CellType.BLANK, key + ", seed " + seed);
    } else {
      long cents = expected.amount().movePointRight(2).longValueExact();
      assertEquals(cents, Math.round(engine.evaluate(f).getNumberValue() * 100), key + " formula, seed " + seed);
      assertEquals(cents, Math.round(lib.getNumericCellValue() * 100), key + ", seed " + seed);
    }
  }

  /** Two years, each with 0 to 2 lines per side and a published total per side or not. */
  private static Plan randomPlan(java.util.Random r) {
    Plan.Builder plan = Plan.builder().id("p").title("piano").territory("x").period(Period.of(2015, 2016));
    for (int year = 2015; year <= 2016; year++) {
      YearlyBudget.Builder b = YearlyBudget.builder().year(year);
      long revenue = 0;
      long expenditure = 0;
      for (int k = r.nextInt(3); k > 0; k--) {
        long cents = r.nextInt(100_000);
        revenue += cents;
        b.addRevenue(BudgetLine.of("entrata " + k, Money.ofCents(cents)));
      }
      for (int k = r.nextInt(3); k > 0; k--) {
        long cents = r.nextInt(100_000);
        expenditure += cents;
        b.addExpenditure(BudgetLine.of("spesa " + k, Money.ofCents(cents)));
      }
      if (r.nextBoolean()) {
        b.publishedRevenueTotal(Money.ofCents(revenue + r.nextInt(2)));
      }
      if (r.nextBoolean()) {
        b.publishedExpenditureTotal(Money.ofCents(expenditure + r.nextInt(2)));
      }
      plan.addBudget(b.build());
    }
    return plan.build();
  }
}
