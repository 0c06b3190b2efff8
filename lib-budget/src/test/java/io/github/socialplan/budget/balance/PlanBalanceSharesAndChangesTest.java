package io.github.socialplan.budget.balance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.socialplan.core.fund.FundLevel;
import io.github.socialplan.core.money.Money;
import io.github.socialplan.core.plan.BudgetLine;
import io.github.socialplan.core.plan.YearlyBudget;
import io.github.socialplan.core.service.UserArea;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * Small budgets worked by hand: how lines are grouped into shares, which pairs of years give a change, what
 * the reports print, and the parts a balance is equal by.
 */
class PlanBalanceSharesAndChangesTest {

  private static BudgetLine line(String label, long euros) {
    return BudgetLine.builder().label(label).amount(Money.ofEuros(euros)).build();
  }

  private static BudgetLine revenue(String label, long euros, FundLevel level) {
    return BudgetLine.builder().label(label).amount(Money.ofEuros(euros)).level(level).build();
  }

  private static BudgetLine expenditure(String label, long euros, UserArea area) {
    return BudgetLine.builder().label(label).amount(Money.ofEuros(euros)).userArea(area).build();
  }

  /**
   * 2015: FNPS 100, FSR 50 / Anziani 90, Minori 60 (published 150 and 150: balanced).
   * 2016: FNPS 120 (no FSR) / Anziani 90, Minori 30 (published revenue 125: one gap of -5).
   * 2017: FNPS 120, FSR 60 / Anziani 180 (no published totals).
   */
  private static List<YearlyBudget> threeYears() {
    YearlyBudget y2015 = YearlyBudget.builder().year(2015).addRevenues(line("FNPS", 100), line("FSR", 50))
        .addExpenditures(line("Anziani", 90), line("Minori", 60)).publishedRevenueTotal(Money.ofEuros(150))
        .publishedExpenditureTotal(Money.ofEuros(150)).build();
    YearlyBudget y2016 = YearlyBudget.builder().year(2016).addRevenues(line("FNPS", 120))
        .addExpenditures(line("Anziani", 90), line("Minori", 30)).publishedRevenueTotal(Money.ofEuros(125))
        .build();
    YearlyBudget y2017 = YearlyBudget.builder().year(2017).addRevenues(line("FNPS", 120), line("FSR", 60))
        .addExpenditures(line("Anziani", 180)).build();
    // given out of order: the balance sorts them
    return List.of(y2017, y2015, y2016);
  }

  @Test
  void budgetsGivenOutOfOrder_areBalancedInYearOrder() {
    PlanBalance b = PlanBalance.of(threeYears());
    assertEquals(List.of(2015, 2016, 2017), b.years().stream().map(YearBalance::year).toList());
    assertTrue(b.year(2015).isBalanced());
    // 2016: revenue lines 120 against the published 125; lines 120 against lines 120
    assertEquals(List.of(new BalanceGap(2016, GapKind.REVENUE_LINES_VS_PUBLISHED_TOTAL, Money.ofEuros(120),
        Money.ofEuros(125))), b.year(2016).gaps());
    // 2017: revenue lines 180 against expenditure lines 180, nothing published
    assertTrue(b.year(2017).isBalanced());
    assertEquals(Optional.empty(), b.year(2017).publishedRevenue());
    assertFalse(b.isBalanced());
    assertEquals(b.year(2016).gaps(), b.gaps());
  }

  @Test
  void aLineMissingFromOneOfTwoYears_hasNoChangeForThatPair() {
    List<LineChange> changes = PlanBalance.of(threeYears()).changes();
    // FSR is missing in 2016, Minori in 2017: revenues first, then expenditures, each by line then year.
    assertEquals(List.of(
        new LineChange("FNPS", 2015, 2016, Money.ofEuros(100), Money.ofEuros(120)),
        new LineChange("FNPS", 2016, 2017, Money.ofEuros(120), Money.ofEuros(120)),
        new LineChange("Anziani", 2015, 2016, Money.ofEuros(90), Money.ofEuros(90)),
        new LineChange("Anziani", 2016, 2017, Money.ofEuros(90), Money.ofEuros(180)),
        new LineChange("Minori", 2015, 2016, Money.ofEuros(60), Money.ofEuros(30))), changes);
  }

  @Test
  void changesReport_givesEveryChangeWithItsDifferenceAndPercent() {
    String[] rows = PlanBalance.of(threeYears()).changesReport().split("\n");
    assertEquals(5, rows.length);
    // FNPS 100 -> 120: +20.00, +20.0 %; Anziani 90 -> 180: +100.0 %; Minori 60 -> 30: -50.0 %
    assertEquals(List.of("FNPS", "2015-2016", "100.00", "120.00", "20.00", "20.0%"), List.of(rows[0].split(" +")));
    assertEquals(List.of("FNPS", "2016-2017", "120.00", "120.00", "0.00", "0.0%"), List.of(rows[1].split(" +")));
    assertEquals(List.of("Anziani", "2016-2017", "90.00", "180.00", "90.00", "100.0%"),
        List.of(rows[3].split(" +")));
    assertEquals(List.of("Minori", "2015-2016", "60.00", "30.00", "-30.00", "-50.0%"), List.of(rows[4].split(" +")));
  }

  @Test
  void changesReport_fromZero_saysUndefined() {
    PlanBalance b = PlanBalance.of(List.of(
        YearlyBudget.builder().year(2012).addRevenues(line("FNPS", 0)).build(),
        YearlyBudget.builder().year(2013).addRevenues(line("FNPS", 7)).build()));
    assertEquals(List.of("FNPS", "2012-2013", "0.00", "7.00", "7.00", "undefined"),
        List.of(b.changesReport().split("\n")[0].split(" +")));
    assertEquals("", PlanBalance.of(List.of()).changesReport());
  }

  @Test
  void report_givesTheFiguresOfEachYear_aDashForATotalNotPublished_andEveryGap() {
    PlanBalance b = PlanBalance.of(threeYears());
    String[] rows = b.report().split("\n");
    assertEquals(5, rows.length, b.report());
    assertEquals(List.of("year", "revenue", "lines", "published", "rev.", "expend.", "lines", "published", "exp.",
        "status"), List.of(rows[0].split(" +")));
    assertEquals(List.of("2015", "150.00", "150.00", "150.00", "150.00", "balanced"), List.of(rows[1].split(" +")));
    assertEquals(List.of("2016", "120.00", "125.00", "120.00", "-", "1", "gap(s)"), List.of(rows[2].split(" +")));
    assertEquals(List.of("2017", "180.00", "-", "180.00", "-", "balanced"), List.of(rows[3].split(" +")));
    assertEquals("2016: revenue lines add up to 120.00, published total revenue is 125.00: difference -5.00",
        rows[4]);
    assertEquals(rows[4], b.gaps().get(0).toString());
  }

  @Test
  void revenueShares_groupLinesByFundLevel_inLevelOrder_unclassifiedLast() {
    YearlyBudget b = YearlyBudget.builder().year(2015)
        .addRevenues(line("Altro", 10), revenue("FSR", 20, FundLevel.REGIONAL), revenue("FNPS", 30, FundLevel.NATIONAL),
            revenue("FNA", 15, FundLevel.NATIONAL), revenue("FSE", 25, FundLevel.EUROPEAN))
        .build();
    Money total = Money.ofEuros(100);
    assertEquals(List.of(new Share("EUROPEAN", Money.ofEuros(25), total), new Share("NATIONAL", Money.ofEuros(45), total),
        new Share("REGIONAL", Money.ofEuros(20), total), new Share(PlanBalance.UNCLASSIFIED, Money.ofEuros(10), total)),
        PlanBalance.of(List.of(b)).revenueByLevel(2015));
  }

  @Test
  void expenditureShares_groupLinesByArea_orByLabelWithoutOne_inOrderOfFirstAppearance() {
    YearlyBudget b = YearlyBudget.builder().year(2015)
        .addExpenditures(line("Segretariato", 5), expenditure("SAD", 40, UserArea.ELDERLY),
            expenditure("Nidi", 30, UserArea.FAMILY_AND_MINORS), expenditure("RSA", 20, UserArea.ELDERLY),
            line("Ufficio di piano", 5))
        .build();
    Money total = Money.ofEuros(100);
    assertEquals(List.of(new Share("Segretariato", Money.ofEuros(5), total), new Share("ELDERLY", Money.ofEuros(60), total),
        new Share("FAMILY_AND_MINORS", Money.ofEuros(30), total), new Share("Ufficio di piano", Money.ofEuros(5), total)),
        PlanBalance.of(List.of(b)).expenditureByArea(2015));
    assertEquals("no budget for 2016",
        assertThrows(IllegalArgumentException.class, () -> PlanBalance.of(List.of(b)).expenditureByArea(2016))
            .getMessage());
  }

  @Test
  void aYearWithoutLinesOfOneKind_isPutTogetherAgainWithItsPublishedTotalsOnly() {
    // 2015 has only a published revenue total and expenditure lines; 2016 only revenue lines and a published
    // expenditure total: no line sum is compared with a total of the other kind.
    PlanBalance b = PlanBalance.of(List.of(
        YearlyBudget.builder().year(2015).addExpenditures(line("Anziani", 80)).publishedRevenueTotal(Money.ofEuros(70))
            .build(),
        YearlyBudget.builder().year(2016).addRevenues(line("FNPS", 60)).publishedExpenditureTotal(Money.ofEuros(50))
            .build()));
    assertTrue(b.isBalanced(), b.report());
    Map<Integer, List<Share>> revenue = Map.of(2015, b.revenueByLevel(2015), 2016, b.revenueByLevel(2016));
    Map<Integer, List<Share>> expenditure = Map.of(2015, b.expenditureByArea(2015), 2016, b.expenditureByArea(2016));
    assertEquals(List.of(), revenue.get(2015));
    assertEquals(List.of(), expenditure.get(2016));
    assertEquals(b, PlanBalance.of(b.years(), revenue, expenditure, b.changes()));
  }

  @Test
  void aBalancePutTogether_keepsItsOwnCopies() {
    PlanBalance b = PlanBalance.of(threeYears());
    Map<Integer, List<Share>> revenue = new HashMap<>();
    Map<Integer, List<Share>> expenditure = new HashMap<>();
    for (int y = 2015; y <= 2017; y++) {
      revenue.put(y, new java.util.ArrayList<>(b.revenueByLevel(y)));
      expenditure.put(y, new java.util.ArrayList<>(b.expenditureByArea(y)));
    }
    PlanBalance again = PlanBalance.of(b.years(), revenue, expenditure, b.changes());
    revenue.get(2015).clear();
    expenditure.clear();
    assertEquals(b, again);
    assertEquals(b.revenueByLevel(2015), again.revenueByLevel(2015));
    assertThrows(UnsupportedOperationException.class, () -> again.revenueByLevel(2016).clear());
    assertThrows(UnsupportedOperationException.class, () -> again.changes().clear());
    assertThrows(UnsupportedOperationException.class, () -> again.years().clear());
  }

  @Test
  void equality_looksAtEveryPart_andTheHashFollowsIt() {
    PlanBalance b = PlanBalance.of(threeYears());
    PlanBalance same = PlanBalance.of(threeYears());
    assertEquals(b, same);
    assertEquals(b.hashCode(), same.hashCode());
    assertNotEquals(b, null);
    assertNotEquals(b, "PlanBalance{years=3, balanced=false}");
    PlanBalance twoYears = PlanBalance.of(threeYears().subList(1, 3));
    assertNotEquals(b, twoYears);
    assertNotEquals(b.hashCode(), twoYears.hashCode());
    // the same years and shares, without the changes
    Map<Integer, List<Share>> revenue = new HashMap<>();
    Map<Integer, List<Share>> expenditure = new HashMap<>();
    for (int y = 2015; y <= 2017; y++) {
      revenue.put(y, b.revenueByLevel(y));
      expenditure.put(y, b.expenditureByArea(y));
    }
    PlanBalance noChanges = PlanBalance.of(b.years(), revenue, expenditure, List.of());
    assertNotEquals(b, noChanges);
    assertNotEquals(b.hashCode(), noChanges.hashCode());
    // the same years and changes, the 2015 expenditure by a single area
    Map<Integer, List<Share>> oneArea = new HashMap<>(expenditure);
    oneArea.put(2015, List.of(new Share("ELDERLY", Money.ofEuros(150), Money.ofEuros(150))));
    PlanBalance otherShares = PlanBalance.of(b.years(), revenue, oneArea, b.changes());
    assertNotEquals(b, otherShares);
    assertNotEquals(b.hashCode(), otherShares.hashCode());
    Map<Integer, List<Share>> oneLevel = new HashMap<>(revenue);
    oneLevel.put(2015, List.of(new Share("NATIONAL", Money.ofEuros(150), Money.ofEuros(150))));
    PlanBalance otherLevels = PlanBalance.of(b.years(), oneLevel, expenditure, b.changes());
    assertNotEquals(b, otherLevels);
    assertNotEquals(b.hashCode(), otherLevels.hashCode());
  }

  @Test
  void share_percentAndFraction_areOfTheTotal_andUndefinedOnlyForAZeroTotal() {
    Share s = new Share("NATIONAL", Money.ofEuros(1), Money.ofEuros(3));
    assertTrue(s.isDefined());
    assertEquals(Optional.empty(), s.undefinedReason());
    // 1/3 = 33.333...%: 33.33 half-up, 33.34 up
    assertEquals(new BigDecimal("33.33"), s.percent(2, RoundingMode.HALF_UP));
    assertEquals(new BigDecimal("33.34"), s.percent(2, RoundingMode.UP));
    assertEquals(1.0 / 3, s.fraction(), 1e-15);
    Share zero = new Share("LOCAL", Money.ZERO, Money.ZERO);
    assertEquals("share of LOCAL is undefined: the total is zero",
        assertThrows(IllegalStateException.class, zero::fraction).getMessage());
  }

  @Test
  void lineChange_percentIsOfTheEarlierAmount_andUndefinedFromZero() {
    LineChange down = new LineChange("FSR", 2015, 2016, Money.ofEuros(300), Money.ofEuros(200));
    assertEquals(Money.ofEuros(-100), down.difference());
    // -100 / 300 = -33.333...%
    assertEquals(Optional.of(new BigDecimal("-33.3")), down.percent(1, RoundingMode.HALF_UP));
    assertEquals(Optional.empty(), down.undefinedReason());
    LineChange fromZero = new LineChange("FSR", 2015, 2016, Money.ZERO, Money.ofEuros(200));
    assertEquals(Optional.of("change of 'FSR' from 2015 is undefined in percent: it was zero"),
        fromZero.undefinedReason());
  }

  @Test
  void percents_refuseNegativeDecimals_insteadOfShowingTensOrHundreds() {
    // Cremona 2015-2016, Altri finanziamenti: 278,500 to 201,000 is -27.8 %; with -2 decimals it showed "0"
    LineChange other = new LineChange("Altri finanziamenti", 2015, 2016, Money.ofEuros(278_500),
        Money.ofEuros(201_000));
    assertEquals(Optional.of(new BigDecimal("-27.8")), other.percent(1, RoundingMode.HALF_UP));
    assertEquals(Optional.of(new BigDecimal("-28")), other.percent(0, RoundingMode.HALF_UP));
    assertEquals("decimals of a percent must be >= 0: -2",
        assertThrows(IllegalArgumentException.class, () -> other.percent(-2, RoundingMode.HALF_UP)).getMessage());
    // Cremona 2015, Entrate dai Comuni: 3,415,000 of 5,574,719 is 61.3 %; with -1 decimals it showed "60"
    Share comuni = new Share("LOCAL", Money.ofEuros(3_415_000), Money.ofEuros(5_574_719));
    assertEquals(new BigDecimal("61.3"), comuni.percent(1, RoundingMode.HALF_UP));
    assertEquals("decimals of a percent must be >= 0: -1",
        assertThrows(IllegalArgumentException.class, () -> comuni.percent(-1, RoundingMode.HALF_UP)).getMessage());
  }
  @Test
  void percents_withRoundingUnnecessary_areGivenWhenExact_andOtherwiseRefusedNamingTheFigures() {
    // 1.00 of 4.00 is exactly 25 %; 1.00 of 3.00 is 33.33... %, which one decimal cannot hold
    assertEquals(new BigDecimal("25"), new Share("a", Money.ofEuros(1), Money.ofEuros(4))
        .percent(0, RoundingMode.UNNECESSARY));
    assertEquals("the percent 1.00 of 3.00 needs rounding to 1 decimals, which rounding UNNECESSARY does not do",
        assertThrows(IllegalArgumentException.class, () -> new Share("a", Money.ofEuros(1), Money.ofEuros(3))
            .percent(1, RoundingMode.UNNECESSARY)).getMessage());
    // 278,500 to 201,000 is -27.82... %
    LineChange other = new LineChange("Altri finanziamenti", 2015, 2016, Money.ofEuros(278_500),
        Money.ofEuros(201_000));
    assertEquals("the percent -77500.00 of 278500.00 needs rounding to 2 decimals, which rounding UNNECESSARY"
        + " does not do", assertThrows(IllegalArgumentException.class,
            () -> other.percent(2, RoundingMode.UNNECESSARY)).getMessage());
    // 100.00 to 150.00 is exactly +50 %
    assertEquals(Optional.of(new BigDecimal("50.0")), new LineChange("x", 2015, 2016, Money.ofEuros(100),
        Money.ofEuros(150)).percent(1, RoundingMode.UNNECESSARY));
  }
}
