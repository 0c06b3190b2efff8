package io.github.socialplan.budget.execution;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.github.socialplan.core.money.Money;
import io.github.socialplan.core.plan.BudgetLine;
import io.github.socialplan.core.plan.Period;
import io.github.socialplan.core.plan.Plan;
import io.github.socialplan.core.plan.YearlyBudget;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Planned against actual on a small plan worked by hand: both sides, a side with no line, and the series. */
class ExecutionPartsTest {

  /**
   * Planned 2016: FNPS 500 / Anziani 400; 2017: Anziani 450. Actual 2015 (before the period): Anziani 300;
   * 2016: no revenue line, Anziani 420 and Minori 30.
   */
  private static Plan plan() {
    YearlyBudget planned2016 = YearlyBudget.builder().year(2016).addRevenue(BudgetLine.of("FNPS", Money.ofEuros(500)))
        .addExpenditures(BudgetLine.of("Anziani", Money.ofEuros(400))).build();
    YearlyBudget planned2017 = YearlyBudget.builder().year(2017)
        .addExpenditures(BudgetLine.of("Anziani", Money.ofEuros(450))).build();
    YearlyBudget actual2015 = YearlyBudget.builder().year(2015)
        .addExpenditures(BudgetLine.of("Anziani", Money.ofEuros(300))).build();
    YearlyBudget actual2016 = YearlyBudget.builder().year(2016)
        .addExpenditures(BudgetLine.of("Anziani", Money.ofEuros(420)), BudgetLine.of("Minori", Money.ofEuros(30)))
        .build();
    return Plan.builder().id("p").title("t").territory("x").period(Period.of(2016, 2017)).addBudget(planned2016)
        .addBudget(planned2017).addActual(actual2015).addActual(actual2016).build();
  }

  @Test
  void percentExecuted_refusesNegativeDecimals_insteadOfShowingTens() {
    LineExecution line = new LineExecution(LineKind.EXPENDITURE, "Anziani", 2016, Money.ofEuros(400),
        Money.ofEuros(450));
    // 112.5 % with -1 decimal was 110, a figure nobody asked for
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> line.percentExecuted(-1, RoundingMode.HALF_UP));
    assertEquals("decimals of a percent must be >= 0: -1", e.getMessage());
    assertEquals(Optional.of(new BigDecimal("113")), line.percentExecuted(0, RoundingMode.HALF_UP));
    // 112.5 % is exact with one decimal; with none, rounding UNNECESSARY cannot give it
    assertEquals(Optional.of(new BigDecimal("112.5")), line.percentExecuted(1, RoundingMode.UNNECESSARY));
    assertEquals("the percent 450.00 of 400.00 needs rounding to 0 decimals, which rounding UNNECESSARY does not do",
        assertThrows(IllegalArgumentException.class, () -> line.percentExecuted(0, RoundingMode.UNNECESSARY))
            .getMessage());
  }

  @Test
  void execution_givesBothSidesWithTheirTotals() {
    List<LineExecution> lines = PlannedVersusActual.execution(plan(), 2016);
    assertEquals(List.of(
        new LineExecution(LineKind.REVENUE, "FNPS", 2016, Money.ofEuros(500), Money.ZERO),
        new LineExecution(LineKind.REVENUE, PlannedVersusActual.TOTAL, 2016, Money.ofEuros(500), Money.ZERO),
        new LineExecution(LineKind.EXPENDITURE, "Anziani", 2016, Money.ofEuros(400), Money.ofEuros(420)),
        new LineExecution(LineKind.EXPENDITURE, "Minori", 2016, Money.ZERO, Money.ofEuros(30)),
        new LineExecution(LineKind.EXPENDITURE, PlannedVersusActual.TOTAL, 2016, Money.ofEuros(400),
            Money.ofEuros(450))), lines);
    // 450 / 400 = 112.5 %
    assertEquals(Optional.of(new BigDecimal("112.5")), lines.get(4).percentExecuted(1, RoundingMode.HALF_UP));
    assertEquals(Optional.empty(), lines.get(4).undefinedReason());
    assertEquals(Money.ofEuros(50), lines.get(4).variance());
    assertEquals(Optional.of("2016 expenditure 'Minori': nothing planned, % executed undefined"),
        lines.get(3).undefinedReason());
    assertEquals(List.of(2016), PlannedVersusActual.comparableYears(plan()));
  }

  @Test
  void execution_ofAYearWithoutAPlannedBudget_namesWhatIsMissing() {
    assertEquals("plan p has no planned budget for 2015; years with both: [2016]", assertThrows(
        IllegalArgumentException.class, () -> PlannedVersusActual.execution(plan(), 2015)).getMessage());
    assertEquals("plan p has no actuals for 2017; years with both: [2016]", assertThrows(
        IllegalArgumentException.class, () -> PlannedVersusActual.execution(plan(), 2017)).getMessage());
  }

  @Test
  void series_takesTheActualsWhereThereAreAny_elseThePlan() {
    Map<String, List<SeriesPoint>> expenditure = PlannedVersusActual.series(plan(), LineKind.EXPENDITURE);
    assertEquals(List.of("Anziani", "Minori"), List.copyOf(expenditure.keySet()));
    assertEquals(List.of(new SeriesPoint(2015, Money.ofEuros(300), true), new SeriesPoint(2016, Money.ofEuros(420), true),
        new SeriesPoint(2017, Money.ofEuros(450), false)), expenditure.get("Anziani"));
    assertEquals(List.of(new SeriesPoint(2016, Money.ofEuros(30), true)), expenditure.get("Minori"));
    // the 2016 actuals have no revenue line: FNPS has no point at all
    assertEquals(Map.of(), PlannedVersusActual.series(plan(), LineKind.REVENUE));
  }
}
