package io.github.socialplan.excel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.socialplan.core.money.Money;
import io.github.socialplan.core.plan.BudgetLine;
import io.github.socialplan.core.plan.Period;
import io.github.socialplan.core.plan.Plan;
import io.github.socialplan.core.plan.YearlyBudget;
import io.github.socialplan.excel.write.XlsxWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.FormulaEvaluator;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The planned-versus-actual sheet, recomputed by Apache POI's formula engine: each variance is actual minus
 * planned, each side's =SUM totals equal the sums of the inputs written here by hand, and a line with
 * nothing planned has no percentage but its reason.
 */
class PlannedVersusActualSheetTest {

  @TempDir
  Path dir;

  @Test
  void varianceAndTotals_recomputed_equalTheInputs() throws Exception {
    YearlyBudget poa = YearlyBudget.builder().year(2016)
        .addRevenue(BudgetLine.of("Comuni", Money.ofEuros(1_000)))
        .addRevenue(BudgetLine.of("FNPS", Money.of(new java.math.BigDecimal("500.25"))))
        .addExpenditure(BudgetLine.of("Servizi", Money.ofEuros(1_200))).build();
    YearlyBudget report = YearlyBudget.builder().year(2016)
        .addRevenue(BudgetLine.of("Comuni", Money.ofEuros(900)))
        .addRevenue(BudgetLine.of("Altri", Money.ofEuros(50)))
        .addExpenditure(BudgetLine.of("Servizi", Money.ofEuros(1_300))).build();
    Plan plan = Plan.builder().id("p").title("t").territory("x").period(Period.of(2015, 2017)).addBudget(poa)
        .addActual(report).build();
    Path file = dir.resolve("pva.xlsx");
    try (XlsxWriter w = XlsxWriter.create()) {
      w.plannedVersusActual(plan).write(file);
    }

    Map<String, Row> rows = new HashMap<>();
    try (XSSFWorkbook book = new XSSFWorkbook(Files.newInputStream(file))) {
      Sheet sheet = book.getSheet("Previsto e consuntivo");
      FormulaEvaluator eval = book.getCreationHelper().createFormulaEvaluator();
      for (Row r : sheet) {
        for (Cell c : r) {
          if (c.getCellType() == CellType.FORMULA) {
            c.setCellValue(Double.NaN); // forget the saved result: only POI's recomputation counts
            eval.evaluateFormulaCell(c);
          }
        }
        if (r.getRowNum() > 0) {
          rows.put(r.getCell(1).getStringCellValue() + "|" + r.getCell(2).getStringCellValue(), r);
        }
      }
      assertEquals(-100.0, number(eval, rows.get("Entrata|Comuni"), 5), 1e-9);
      assertEquals(0.9, rows.get("Entrata|Comuni").getCell(6).getNumericCellValue(), 1e-12);
      assertEquals(-500.25, number(eval, rows.get("Entrata|FNPS"), 5), 1e-9);
      assertEquals(50.0, number(eval, rows.get("Entrata|Altri"), 5), 1e-9);
      Row altri = rows.get("Entrata|Altri");
      assertTrue(altri.getCell(6) == null, "no percentage where nothing was planned");
      assertTrue(altri.getCell(7).getStringCellValue().contains("nothing planned"),
          altri.getCell(7).getStringCellValue());
      Row revenueSum = rows.get("Entrata|Totale (formula)");
      assertEquals(1_000 + 500.25, number(eval, revenueSum, 3), 1e-9);
      assertEquals(900 + 50, number(eval, revenueSum, 4), 1e-9);
      assertEquals(950 - 1_500.25, number(eval, revenueSum, 5), 1e-9);
      Row revenueLib = rows.get("Entrata|Totale (socialplan)");
      assertEquals(revenueLib.getCell(3).getNumericCellValue(), number(eval, revenueSum, 3), 0.0);
      assertEquals(revenueLib.getCell(4).getNumericCellValue(), number(eval, revenueSum, 4), 0.0);
      Row spendingSum = rows.get("Spesa|Totale (formula)");
      assertEquals(1_200.0, number(eval, spendingSum, 3), 1e-9);
      assertEquals(1_300.0, number(eval, spendingSum, 4), 1e-9);
      assertEquals(100.0, number(eval, spendingSum, 5), 1e-9);
    }
  }

  @Test
  void aLineLabelledTotal_isALine_andTheTotalsStillAddEveryLine() throws Exception {
    YearlyBudget budget = YearlyBudget.builder().year(2016)
        .addRevenue(BudgetLine.of("total", Money.ofEuros(300)))
        .addRevenue(BudgetLine.of("FNPS", Money.ofEuros(200)))
        .addExpenditure(BudgetLine.of("Servizi", Money.ofEuros(500))).build();
    Plan plan = Plan.builder().id("p").title("t").territory("x").period(Period.of(2015, 2017)).addBudget(budget)
        .addActual(budget).build();
    Path file = dir.resolve("total.xlsx");
    try (XlsxWriter w = XlsxWriter.create()) {
      w.plannedVersusActual(plan).write(file);
    }
    Map<String, Row> rows = new HashMap<>();
    try (XSSFWorkbook book = new XSSFWorkbook(Files.newInputStream(file))) {
      FormulaEvaluator eval = book.getCreationHelper().createFormulaEvaluator();
      for (Row r : book.getSheet("Previsto e consuntivo")) {
        if (r.getRowNum() > 0) {
          rows.put(r.getCell(1).getStringCellValue() + "|" + r.getCell(2).getStringCellValue(), r);
        }
      }
      assertEquals(300.0, number(eval, rows.get("Entrata|total"), 3), 0.0);
      assertEquals(500.0, eval.evaluate(rows.get("Entrata|Totale (formula)").getCell(3)).getNumberValue(), 1e-9);
      assertEquals(500.0, number(eval, rows.get("Entrata|Totale (socialplan)"), 3), 0.0);
    }
  }

  @Test
  void aPlanWithoutActuals_isRefused() {
    Plan plan = Plan.builder().id("p").title("t").territory("x").period(Period.of(2015, 2017))
        .addBudget(YearlyBudget.builder().year(2016).addRevenue(BudgetLine.of("Comuni", Money.ofEuros(1)))
            .build()).build();
    try (XlsxWriter w = XlsxWriter.create()) {
      IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> w.plannedVersusActual(plan));
      assertEquals("plan p has no year with both a planned budget and actuals to compare", e.getMessage());
    } catch (java.io.IOException e) {
      throw new AssertionError(e);
    }
  }

  private static double number(FormulaEvaluator eval, Row row, int column) {
    return row.getCell(column).getNumericCellValue();
  }
}
