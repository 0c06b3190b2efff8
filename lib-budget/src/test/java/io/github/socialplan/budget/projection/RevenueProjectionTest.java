package io.github.socialplan.budget.projection;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.socialplan.budget.testing.CremonaBudgets;
import io.github.socialplan.core.money.Money;
import io.github.socialplan.core.plan.BudgetLine;
import io.github.socialplan.core.plan.YearlyBudget;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import org.junit.jupiter.api.Test;

class RevenueProjectionTest {

  private static Growth assumption(String label, boolean fnpsCut) {
    if (label.contains("Comuni")) {
      return Growth.percentPerYear(new BigDecimal("2"));
    }
    if (label.contains("Regionale")) {
      return Growth.percentPerYear(new BigDecimal("-3.5"));
    }
    if (label.startsWith("Altri")) {
      return Growth.amountPerYear(Money.ofEuros(10_000));
    }
    if (fnpsCut && label.contains("Politiche Sociali")) {
      return Growth.percentPerYear(new BigDecimal("-100"));
    }
    return Growth.constant();
  }

  /** Projects 2015-2017 from the 2014 actuals of the resources file. */
  private static RevenueProjection from2014(boolean fnpsCut) {
    List<YearlyBudget> actuals = CremonaBudgets.resources();
    YearlyBudget last = actuals.get(actuals.size() - 1);
    assertEquals(2014, last.year());
    RevenueProjection.Builder b =
        RevenueProjection.builder().lastActualYear(last.year()).years(3).rounding(RoundingMode.HALF_EVEN);
    for (BudgetLine l : last.revenues()) {
      b.line(l.label(), l.amount(), assumption(l.label(), fnpsCut));
    }
    return b.build();
  }

  @Test
  void cremona2014Actuals_projectedThreeYears_matchIndependentDecimals() {
    RevenueProjection p = from2014(false);
    assertEquals(List.of(2015, 2016, 2017), p.years());
    // 3,384,895 * 1.02^k and 780,000 * 0.965^k, HALF_EVEN (Python decimal)
    assertEquals(Money.parse("3452592.90"), p.amount("Entrate dai Comuni", 2015));
    assertEquals(Money.parse("3521644.76"), p.amount("Entrate dai Comuni", 2016));
    assertEquals(Money.parse("3592077.65"), p.amount("Entrate dai Comuni", 2017));
    assertEquals(Money.parse("700933.06"), p.amount("Entrate da Fondo Sociale Regionale", 2017));
    assertEquals(Money.ofEuros(380_437), p.amount("Altri finanziamenti", 2017));
    assertEquals(Money.parse("5751272.90"), p.total(2015));
    assertEquals(Money.parse("5858990.71"), p.total(2017));
    assertTrue(p.report().contains("5858990.71"), p.report());
  }

  @Test
  void roundingIsNamedAndApplied() {
    // 10.10 * 1.05 = 10.605 exactly
    RevenueProjection even =
        RevenueProjection.builder().lastActualYear(2020).years(1).rounding(RoundingMode.HALF_EVEN)
            .line("x", Money.parse("10.10"), Growth.percentPerYear(new BigDecimal("5"))).build();
    RevenueProjection up =
        RevenueProjection.builder().lastActualYear(2020).years(1).rounding(RoundingMode.HALF_UP)
            .line("x", Money.parse("10.10"), Growth.percentPerYear(new BigDecimal("5"))).build();
    assertEquals(Money.parse("10.60"), even.amount("x", 2021));
    assertEquals(Money.parse("10.61"), up.amount("x", 2021));
  }

  @Test
  void scenarios_fnpsCutAgainstFnpsConfirmed_differByThe2014Fnps() {
    ScenarioComparison c = ScenarioComparison.of("confirmed", from2014(false), "FNPS cut", from2014(true));
    for (int y : c.years()) {
      assertEquals(Money.ofEuros(-677_105), c.totalDifference(y));
      assertEquals(Money.ofEuros(-677_105), c.difference("Entrate da Fondo Naz. Politiche Sociali", y));
      assertEquals(Money.ZERO, c.difference("Entrate dai Comuni", y));
    }
    assertTrue(c.report().contains("-677105.00"), c.report());
  }

  @Test
  void growthBelowMinus100Percent_isRejected() {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> Growth.percentPerYear(new BigDecimal("-101")));
    assertEquals("growth must be >= -100% a year: -101", e.getMessage());
  }

  @Test
  void amount_ofAYearNotProjected_isRejected() {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> from2014(false).amount("Entrate dai Comuni", 2018));
    assertEquals("2018 is not projected: the projection covers 2015-2017", e.getMessage());
  }

  @Test
  void scenarios_overDifferentYears_areRejected() {
    RevenueProjection one =
        RevenueProjection.builder().lastActualYear(2014).years(1).line("x", Money.ZERO, Growth.constant()).build();
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> ScenarioComparison.of("a", one, "b", from2014(false)));
    assertEquals("scenarios cover different years: a [2015], b [2015, 2016, 2017]", e.getMessage());
  }
}
