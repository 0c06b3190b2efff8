package io.github.socialplan.excel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.quicktheories.QuickTheory.qt;

import io.github.socialplan.budget.execution.LineExecution;
import io.github.socialplan.budget.execution.LineKind;
import io.github.socialplan.budget.execution.PlannedVersusActual;
import io.github.socialplan.core.json.SocialPlanJson;
import io.github.socialplan.core.plan.BudgetLine;
import io.github.socialplan.core.plan.Plan;
import io.github.socialplan.core.plan.YearlyBudget;
import io.github.socialplan.core.testing.Generators;
import io.github.socialplan.core.testing.ReferenceFiles;
import io.github.socialplan.excel.write.XlsxWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.FormulaEvaluator;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The plan sheet and the planned-versus-actual sheet, read back with POI and their formulas recomputed, show
 * the library's figures: money to the cent, the per cent executed to one decimal half-up from the exact ratio.
 */
class PlanFiguresWrittenTest {

  private static final long SEED = 20261201L;

  @TempDir
  Path dir;

  @Test
  void generatedPlans_planSheet_showsTheLibrarysFigures() {
    qt().withFixedSeed(SEED).withExamples(30).forAll(Generators.plans())
        .checkAssert(p -> {
          if (!p.budgets().isEmpty()) { // a plan without budgets has no sheet to write
            planSheet(p, false);
          }
        });
  }

  @Test
  void generatedPlans_withActuals_plannedVersusActualSheet_showsTheLibrarysFigures() {
    qt().withFixedSeed(SEED).withExamples(30).forAll(Generators.plans())
        .checkAssert(p -> {
          if (!p.budgets().isEmpty()) {
            plannedVersusActual(withActuals(p));
          }
        });
  }

  @Test
  void cremonaPlan_bothSheets_showTheLibrarysFigures() throws Exception {
    Plan plan = SocialPlanJson.read(ReferenceFiles.folder().getParent().resolve("plans/cremona-pdz-2015-2017.json"),
        Plan.class);
    planSheet(plan, true);
    // its actuals are of 2012-2014, before its budgets: compare it with actuals of its own years
    plannedVersusActual(withActuals(Plan.builder().from(plan).actuals(List.of()).build()));
  }

  /** Actuals that differ from the plan: some lines spent less, some more, some not at all, one unplanned. */
  private static Plan withActuals(Plan plan) {
    BigDecimal[] factors = {new BigDecimal("0.87"), new BigDecimal("1.13"), BigDecimal.ZERO, new BigDecimal("0.333")};
    List<YearlyBudget> actuals = new ArrayList<>();
    for (YearlyBudget b : plan.budgets()) {
      YearlyBudget.Builder a = YearlyBudget.builder().year(b.year());
      int k = 0;
      for (BudgetLine l : b.revenues()) {
        a.addRevenue(BudgetLine.of(l.label(), l.amount().times(factors[k++ % factors.length], RoundingMode.HALF_UP)));
      }
      for (BudgetLine l : b.expenditures()) {
        a.addExpenditure(BudgetLine.of(l.label(), l.amount().times(factors[k++ % factors.length], RoundingMode.HALF_UP)));
      }
      a.addExpenditure(BudgetLine.of("unplanned " + b.year(), io.github.socialplan.core.money.Money.parse("12.35")));
      actuals.add(a.build());
    }
    return Plan.builder().from(plan).addAllActuals(actuals).build();
  }

  private void planSheet(Plan plan, boolean cremona) {
    Path file = dir.resolve("plan.xlsx");
    try {
      try (XlsxWriter w = XlsxWriter.create()) {
        w.plan(plan).write(file);
      }
      try (InputStream in = Files.newInputStream(file); XSSFWorkbook book = new XSSFWorkbook(in)) {
        Sheet sheet = book.getSheet("Bilancio");
        FormulaEvaluator eval = recompute(book, sheet);
        List<YearlyBudget> budgets = plan.budgets();
        for (Row r : sheet) {
          if (r.getRowNum() == 0 || r.getCell(0) == null) {
            continue;
          }
          String kind = r.getCell(0).getStringCellValue();
          for (int i = 0; i < budgets.size(); i++) {
            YearlyBudget b = budgets.get(i);
            Optional<BigDecimal> expected = switch (kind) {
              case "Entrata" -> line(b.revenues(), r.getCell(1).getStringCellValue());
              case "Spesa" -> line(b.expenditures(), r.getCell(1).getStringCellValue());
              case "Totale entrate pubblicato" -> b.publishedRevenueTotal().map(m -> m.amount());
              case "Totale spese pubblicato" -> b.publishedExpenditureTotal().map(m -> m.amount());
              case "Somma entrate (formula)", "Somma entrate (socialplan)" -> Optional.of(sum(b.revenues()));
              case "Somma spese (formula)", "Somma spese (socialplan)" -> Optional.of(sum(b.expenditures()));
              case "Saldo entrate - spese (formula)", "Saldo entrate - spese (socialplan)" ->
                  bothSides(b) ? Optional.of(sum(b.revenues()).subtract(sum(b.expenditures()))) : Optional.empty();
              case "Differenza somma - totale entrate pubblicato (formula)",
                  "Differenza somma - totale entrate pubblicato (socialplan)" ->
                  b.revenues().isEmpty() ? Optional.empty()
                      : b.publishedRevenueTotal().map(t -> sum(b.revenues()).subtract(t.amount()));
              case "Differenza somma - totale spese pubblicato (formula)",
                  "Differenza somma - totale spese pubblicato (socialplan)" ->
                  b.expenditures().isEmpty() ? Optional.empty()
                      : b.publishedExpenditureTotal().map(t -> sum(b.expenditures()).subtract(t.amount()));
              default -> throw new AssertionError("unexpected row '" + kind + "' of " + plan.id());
            };
            assertEquals(expected.map(PlanFiguresWrittenTest::cents), shown(eval, r.getCell(i + 2)),
                plan.id() + " " + b.year() + " row '" + kind + "'");
          }
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    assertFalse(cremona && plan.budgets().isEmpty());
  }

  private void plannedVersusActual(Plan plan) {
    Path file = dir.resolve("pva.xlsx");
    try {
      try (XlsxWriter w = XlsxWriter.create()) {
        w.plannedVersusActual(plan).write(file);
      }
      try (InputStream in = Files.newInputStream(file); XSSFWorkbook book = new XSSFWorkbook(in)) {
        Sheet sheet = book.getSheet("Previsto e consuntivo");
        FormulaEvaluator eval = recompute(book, sheet);
        List<Row> rows = new ArrayList<>();
        sheet.forEach(r -> {
          if (r.getRowNum() > 0) {
            rows.add(r);
          }
        });
        int k = 0;
        for (int year : PlannedVersusActual.comparableYears(plan)) {
          List<LineExecution> execution = PlannedVersusActual.execution(plan, year);
          for (LineKind kind : LineKind.values()) {
            List<LineExecution> side = execution.stream().filter(l -> l.kind() == kind).toList();
            if (side.isEmpty()) {
              continue;
            }
            List<LineExecution> lines = side.subList(0, side.size() - 1);
            for (LineExecution l : lines) {
              Row r = rows.get(k++);
              assertEquals(l.label(), r.getCell(2).getStringCellValue());
              executionRow(eval, r, l.planned().amount(), l.actual().amount(), plan.id() + " " + l);
            }
            // the total row with formulas, then the library's: independent sums of the lines above
            BigDecimal planned = lines.stream().map(l -> l.planned().amount()).reduce(BigDecimal.ZERO, BigDecimal::add);
            BigDecimal actual = lines.stream().map(l -> l.actual().amount()).reduce(BigDecimal.ZERO, BigDecimal::add);
            Row formula = rows.get(k++);
            assertEquals(Optional.of(cents(planned)), shown(eval, formula.getCell(3)), plan.id() + " " + year);
            assertEquals(Optional.of(cents(actual)), shown(eval, formula.getCell(4)), plan.id() + " " + year);
            assertEquals(Optional.of(cents(actual.subtract(planned))), shown(eval, formula.getCell(5)));
            executionRow(eval, rows.get(k++), planned, actual, plan.id() + " total " + year + " " + kind);
          }
        }
        assertEquals(rows.size(), k, "rows left over");
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void executionRow(FormulaEvaluator eval, Row r, BigDecimal planned, BigDecimal actual, String what) {
    assertEquals(Optional.of(cents(planned)), shown(eval, r.getCell(3)), what);
    assertEquals(Optional.of(cents(actual)), shown(eval, r.getCell(4)), what);
    assertEquals(Optional.of(cents(actual.subtract(planned))), shown(eval, r.getCell(5)), what);
    Cell pct = r.getCell(6);
    if (planned.signum() == 0) {
      assertEquals(null, pct, what);
      return;
    }
    // exact: actual / planned x 100, one decimal half-up
    BigDecimal expected = actual.movePointRight(2).divide(planned, 1, RoundingMode.HALF_UP);
    // what a spreadsheet shows with "0.0%": its 15 significant digits of the stored ratio, rounded half-up
    BigDecimal stored = new BigDecimal(pct.getNumericCellValue()).round(new MathContext(15, RoundingMode.HALF_EVEN));
    assertEquals(expected, stored.movePointRight(2).setScale(1, RoundingMode.HALF_UP), what + " % executed");
  }

  private static FormulaEvaluator recompute(XSSFWorkbook book, Sheet sheet) {
    FormulaEvaluator eval = book.getCreationHelper().createFormulaEvaluator();
    for (Row r : sheet) {
      for (Cell c : r) {
        if (c.getCellType() == CellType.FORMULA) {
          c.setCellValue(Double.NaN); // forget the saved result: only the recomputation counts
          eval.evaluateFormulaCell(c);
        }
      }
    }
    return eval;
  }

  /** A money cell as a spreadsheet shows it, to the cent; empty for an empty cell. */
  private static Optional<BigDecimal> shown(FormulaEvaluator unused, Cell c) {
    if (c == null || c.getCellType() == CellType.BLANK) {
      return Optional.empty();
    }
    return Optional.of(new BigDecimal(c.getNumericCellValue()).round(new MathContext(15, RoundingMode.HALF_EVEN))
        .setScale(2, RoundingMode.HALF_UP));
  }

  private static BigDecimal cents(BigDecimal v) {
    return v.setScale(2, RoundingMode.UNNECESSARY);
  }

  private static Optional<BigDecimal> line(List<BudgetLine> lines, String label) {
    return lines.stream().filter(l -> l.label().equals(label)).map(l -> l.amount().amount()).findFirst();
  }

  private static BigDecimal sum(List<BudgetLine> lines) {
    return lines.stream().map(l -> l.amount().amount()).reduce(BigDecimal.ZERO, BigDecimal::add);
  }

  private static boolean bothSides(YearlyBudget b) {
    return !b.revenues().isEmpty() && !b.expenditures().isEmpty();
  }
}
