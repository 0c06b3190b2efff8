package io.github.socialplan.excel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.socialplan.budget.balance.PlanBalance;
import io.github.socialplan.budget.quota.QuotaCapitaria;
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
}
