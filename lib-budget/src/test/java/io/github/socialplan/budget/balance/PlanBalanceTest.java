package io.github.socialplan.budget.balance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.socialplan.budget.testing.CremonaBudgets;
import io.github.socialplan.core.money.Money;
import io.github.socialplan.core.plan.BudgetLine;
import io.github.socialplan.core.plan.YearlyBudget;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class PlanBalanceTest {

  @Test
  void resources2012to2014_linesAddUpToThePublishedTotals() {
    PlanBalance balance = PlanBalance.of(CremonaBudgets.resources());
    List<Money> published = CremonaBudgets.resourcesPublishedTotals();
    assertEquals(3, balance.years().size());
    for (int i = 0; i < 3; i++) {
      assertEquals(published.get(i), balance.years().get(i).revenueLines());
    }
    // the figures the issue quotes
    assertEquals(Money.ofEuros(4_800_709), balance.year(2012).revenueLines());
    assertEquals(Money.ofEuros(4_951_177), balance.year(2013).revenueLines());
    assertEquals(Money.ofEuros(5_700_875), balance.year(2014).revenueLines());
    assertTrue(balance.isBalanced(), balance.report());
  }

  @Test
  void resources_fnpsFromZeroIn2013_hasAnUndefinedPercentChange() {
    List<LineChange> changes = PlanBalance.of(CremonaBudgets.resources()).changes();
    LineChange fnps1213 = find(changes, "Entrate da Fondo Naz. Politiche Sociali", 2012);
    assertEquals(Money.ofEuros(-321_633), fnps1213.difference());
    assertEquals(Optional.of(new BigDecimal("-100.0")), fnps1213.percent(1, RoundingMode.HALF_UP));
    LineChange fnps1314 = find(changes, "Entrate da Fondo Naz. Politiche Sociali", 2013);
    assertEquals(Money.ofEuros(677_105), fnps1314.difference());
    assertEquals(Optional.empty(), fnps1314.percent(1, RoundingMode.HALF_UP));
    assertTrue(fnps1314.undefinedReason().orElseThrow().contains("it was zero"));
    LineChange region = find(changes, "Entrate da Fondo Sociale Regionale", 2012);
    assertEquals(Optional.of(new BigDecimal("1.2")), region.percent(1, RoundingMode.HALF_UP));
    assertEquals(5 * 2, changes.size());
  }

  private static LineChange find(List<LineChange> changes, String label, int from) {
    return changes.stream()
        .filter(c -> c.label().equals(label) && c.fromYear() == from)
        .findFirst()
        .orElseThrow();
  }

  @Test
  void plan2015to2017_2016and2017balance_2015hasTheOneEuroGap() {
    PlanBalance balance = PlanBalance.of(CremonaBudgets.plan());
    assertTrue(balance.year(2016).isBalanced());
    assertTrue(balance.year(2017).isBalanced());
    assertFalse(balance.isBalanced());

    YearBalance y2015 = balance.year(2015);
    assertEquals(Money.ofEuros(5_574_718), y2015.expenditureLines());
    assertEquals(Optional.of(CremonaBudgets.planPublished("total_expenditure", 2015)), y2015.publishedExpenditure());
    assertEquals(Money.ofEuros(5_574_719), y2015.publishedExpenditure().orElseThrow());
    assertEquals(Money.ofEuros(5_574_719), y2015.revenueLines());

    BalanceGap gap = y2015.gaps().get(0);
    assertEquals(GapKind.EXPENDITURE_LINES_VS_PUBLISHED_TOTAL, gap.kind());
    assertEquals(Money.ofEuros(-1), gap.difference());
    assertEquals(
        "2015: expenditure lines add up to 5574718.00, published total expenditure is 5574719.00:"
            + " difference -1.00",
        gap.message());
    // the same euro shows between the revenue lines and the expenditure lines
    assertEquals(2, y2015.gaps().size());
    assertEquals(GapKind.REVENUE_LINES_VS_EXPENDITURE_LINES, y2015.gaps().get(1).kind());
    assertEquals(Money.ofEuros(1), y2015.gaps().get(1).difference());
    assertEquals(2, balance.gaps().size());

    String report = balance.report();
    assertTrue(report.contains(gap.message()), report);
    assertTrue(report.contains("2016         5696000.00"), report);
  }

  @Test
  void plan2015_revenueByLevel_sharesOfTheLines() {
    List<Share> levels = PlanBalance.of(CremonaBudgets.plan()).revenueByLevel(2015);
    assertEquals(List.of("NATIONAL", "REGIONAL", "LOCAL", PlanBalance.UNCLASSIFIED),
        levels.stream().map(Share::key).toList());
    // 1,101,219 / 5,574,719 = 19.7538...%; 3,415,000 / 5,574,719 = 61.2586...%
    assertEquals(new BigDecimal("19.8"), levels.get(0).percent(1, RoundingMode.HALF_UP));
    assertEquals(Money.ofEuros(599_589 + 501_630), levels.get(0).amount());
    assertEquals(new BigDecimal("14.0"), levels.get(1).percent(1, RoundingMode.HALF_UP));
    assertEquals(new BigDecimal("61.3"), levels.get(2).percent(1, RoundingMode.HALF_UP));
    assertEquals(new BigDecimal("5.0"), levels.get(3).percent(1, RoundingMode.HALF_UP));
    assertEquals(0.6125869303905722, levels.get(2).fraction(), 1e-15);
  }

  @Test
  void plan2017_expenditureByArea_addsUpToAHundredPercent() {
    List<Share> areas = PlanBalance.of(CremonaBudgets.plan()).expenditureByArea(2017);
    assertEquals(6, areas.size());
    assertEquals("Area non autonomia e disabilita", areas.get(2).key());
    // 2,629,000 / 5,945,000 = 44.2220...%
    assertEquals(new BigDecimal("44.22"), areas.get(2).percent(2, RoundingMode.HALF_UP));
    Money sum = areas.stream().map(Share::amount).collect(Money.summing());
    assertEquals(CremonaBudgets.planPublished("total_expenditure", 2017), sum);
  }

  @Test
  void share_ofAZeroTotal_isUndefinedWithItsReason() {
    YearlyBudget empty =
        YearlyBudget.builder().year(2020).addRevenues(BudgetLine.of("Fondo", Money.ZERO)).build();
    Share s = PlanBalance.of(List.of(empty)).revenueByLevel(2020).get(0);
    assertFalse(s.isDefined());
    IllegalStateException e =
        assertThrows(IllegalStateException.class, () -> s.percent(1, RoundingMode.HALF_UP));
    assertEquals("share of UNCLASSIFIED is undefined: the total is zero", e.getMessage());
  }

  @Test
  void of_twoBudgetsForOneYear_isRejected() {
    YearlyBudget a = YearlyBudget.builder().year(2015).build();
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> PlanBalance.of(List.of(a, a)));
    assertEquals("two budgets for 2015", e.getMessage());
  }

  @Test
  void year_withoutBudget_isRejected() {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> PlanBalance.of(CremonaBudgets.plan()).year(2018));
    assertEquals("no budget for 2018", e.getMessage());
  }
}
