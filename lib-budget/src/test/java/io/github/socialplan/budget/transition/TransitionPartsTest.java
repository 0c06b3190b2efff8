package io.github.socialplan.budget.transition;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.socialplan.budget.allocation.Weights;
import io.github.socialplan.core.money.Money;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The parts of a transition: the cap, a year and a path rebuilt from their lines (as a JSON read does), each
 * check with its message, and what they are equal by. Every figure is worked by hand in the comments.
 */
class TransitionPartsTest {

  private static TransitionLine line(String id, long previous, long baseline, long target, long amount, long cap) {
    return new TransitionLine(id, Money.ofEuros(previous), Money.ofEuros(baseline), Money.ofEuros(target),
        Money.ofEuros(amount), Money.ofEuros(cap));
  }

  private static String refused(int year, Money total, List<TransitionLine> lines) {
    return assertThrows(IllegalArgumentException.class, () -> TransitionYear.of(year, total, lines)).getMessage();
  }

  /** A 60 -> 55 (target 50, cap 5), B 40 -> 45 (target 50, cap 5): total 100. */
  private static List<TransitionLine> lines2015() {
    return List.of(line("A", 60, 60, 50, 55, 5), line("B", 40, 40, 50, 45, 5));
  }

  // ---- the cap ----

  @Test
  void cap_percentOfHistorical_isRoundedDownToTheCent() {
    TransitionCap five = TransitionCap.percentOfHistorical(new BigDecimal("5"));
    // 5 % of 12,345 cents is 617.25 cents: 617; the gap does not count
    assertEquals(617, five.capCents(12_345, -1_000_000));
    assertEquals(617, five.capCents(12_345, 3));
    assertFalse(five.isShareOfGap());
    assertEquals(new BigDecimal("5"), five.value());
    assertEquals("5% of historical", five.toString());
    assertEquals(0, TransitionCap.percentOfHistorical(BigDecimal.ZERO).capCents(12_345, 100));
  }

  @Test
  void cap_shareOfGap_isOfTheGapWhicheverItsSign_roundedDown() {
    TransitionCap quarter = TransitionCap.shareOfGap(new BigDecimal("0.25"));
    // a quarter of 1,003 cents is 250.75: 250, for a gain or a loss; the historical amount does not count
    assertEquals(250, quarter.capCents(999_999, 1_003));
    assertEquals(250, quarter.capCents(999_999, -1_003));
    assertTrue(quarter.isShareOfGap());
    assertEquals("0.25 of the gap", quarter.toString());
    assertEquals(1_003, TransitionCap.shareOfGap(BigDecimal.ONE).capCents(0, -1_003));
    assertEquals(0, TransitionCap.shareOfGap(BigDecimal.ZERO).capCents(5, 1_003));
  }

  @Test
  void cap_outOfRange_isRefused() {
    assertEquals("cap (share of the gap) must be in 0..1: 1.01",
        assertThrows(IllegalArgumentException.class, () -> TransitionCap.shareOfGap(new BigDecimal("1.01")))
            .getMessage());
    assertEquals("cap (percent of the historical amount) must be >= 0: -0.001",
        assertThrows(IllegalArgumentException.class,
            () -> TransitionCap.percentOfHistorical(new BigDecimal("-0.001"))).getMessage());
  }

  @Test
  void cap_equality_isByKindAndValue_whateverTheDecimals() {
    TransitionCap half = TransitionCap.shareOfGap(new BigDecimal("0.5"));
    TransitionCap halfWritten = TransitionCap.shareOfGap(new BigDecimal("0.500"));
    assertEquals(half, halfWritten);
    assertEquals(half.hashCode(), halfWritten.hashCode());
    TransitionCap halfPercent = TransitionCap.percentOfHistorical(new BigDecimal("0.5"));
    assertNotEquals(half, halfPercent);
    assertNotEquals(half.hashCode(), halfPercent.hashCode());
    assertNotEquals(half, TransitionCap.shareOfGap(new BigDecimal("0.6")));
    assertNotEquals(half.hashCode(), TransitionCap.shareOfGap(new BigDecimal("0.6")).hashCode());
    assertNotEquals(half, "0.5 of the gap");
    assertNotEquals(half, null);
  }

  // ---- a year ----

  @Test
  void aYear_fromItsLines_isEqualToTheComputedOne() {
    // A 60, B 40 historically; residents 1:1, so targets 50 / 50; cap 5 %: A 3.00, B 2.00.
    // B may gain only 2.00, so A gives up only 2.00: A 58, B 42.
    Map<String, Money> historical = new LinkedHashMap<>();
    historical.put("A", Money.ofEuros(60));
    historical.put("B", Money.ofEuros(40));
    TransitionPath path = Transition.path(historical, Weights.of(new String[] {"A", "B"}, new long[] {1, 1}),
        TransitionCap.percentOfHistorical(new BigDecimal("5")), 2015, List.of(Money.ofEuros(100)));
    List<TransitionLine> expected = List.of(line("A", 60, 60, 50, 58, 3), line("B", 40, 40, 50, 42, 2));
    TransitionYear y = path.year(2015);
    assertEquals(expected, y.lines());
    TransitionYear again = TransitionYear.of(2015, Money.ofEuros(100), expected);
    assertEquals(y, again);
    assertEquals(y.hashCode(), again.hashCode());
    assertEquals(2015, again.year());
    assertEquals(Money.ofEuros(100), again.total());
    assertEquals(Money.ofEuros(42), again.amount("B"));
    assertEquals("TransitionYear{year=2015, total=100.00, recipients=2}", again.toString());
    assertEquals("not a recipient of the transition: C",
        assertThrows(IllegalArgumentException.class, () -> again.line("C")).getMessage());
    assertFalse(again.allAtTarget());
    assertEquals(path, TransitionPath.of(List.of(again)));
  }

  @Test
  void aYear_atTheCapExactly_isAccepted_oneCentBeyondIsRefused() {
    TransitionYear y = TransitionYear.of(2015, Money.ofEuros(100), lines2015());
    assertEquals(Money.ofEuros(-5), y.line("A").movement());
    assertEquals(Money.ofEuros(-5), y.line("A").remainingGap());
    assertEquals(Money.ofEuros(5), y.line("B").remainingGap());
    List<TransitionLine> beyond = List.of(
        new TransitionLine("A", Money.ofEuros(60), Money.ofEuros(60), Money.ofEuros(50), Money.ofEuros(55),
            Money.parse("4.99")),
        line("B", 40, 40, 50, 45, 5));
    assertEquals("2015: recipient A moves -5.00 from its baseline, beyond its cap 4.99",
        refused(2015, Money.ofEuros(100), beyond));
    List<TransitionLine> negativeCap = List.of(line("A", 60, 60, 50, 60, 0), new TransitionLine("B",
        Money.ofEuros(40), Money.ofEuros(40), Money.ofEuros(50), Money.ofEuros(40), Money.parse("-0.01")));
    assertEquals("2015: recipient B moves 0.00 from its baseline, beyond its cap -0.01",
        refused(2015, Money.ofEuros(100), negativeCap));
  }

  @Test
  void aYear_whoseFiguresDisagree_isRefusedNamingTheYearAndTheFigure() {
    assertEquals("total of 2015 must be > 0: 0.00", refused(2015, Money.ZERO, lines2015()));
    assertEquals("total of 2015 must be > 0: -1.00", refused(2015, Money.ofEuros(-1), lines2015()));
    assertEquals("2015: the amounts add up to 100.00, not the total 101.00",
        refused(2015, Money.ofEuros(101), lines2015()));
    assertEquals("2015: recipient A appears twice",
        refused(2015, Money.ofEuros(120), List.of(line("A", 60, 60, 50, 55, 5), line("A", 60, 60, 70, 65, 5))));
    // baselines 59 + 40 = 99
    assertEquals("2015: the baselines add up to 99.00, not the total 100.00", refused(2015, Money.ofEuros(100),
        List.of(line("A", 60, 59, 50, 55, 5), line("B", 40, 40, 50, 45, 5))));
    // targets 50 + 51 = 101
    assertEquals("2015: the targets add up to 101.00, not the total 100.00", refused(2015, Money.ofEuros(100),
        List.of(line("A", 60, 60, 50, 55, 5), line("B", 40, 40, 51, 45, 5))));
    // a total of one cent is positive
    TransitionYear cent = TransitionYear.of(2015, Money.parse("0.01"), List.of(new TransitionLine("A",
        Money.parse("0.01"), Money.parse("0.01"), Money.parse("0.01"), Money.parse("0.01"), Money.ZERO)));
    assertTrue(cent.allAtTarget());
  }

  @Test
  void aYear_whoseAmountLeavesTheRangeFromBaselineToTarget_isRefused() {
    // Every sum fits the total 200 and every move its cap 30, but A goes 100 -> 130 with a target of 110:
    // 20 past its target, which no transition does (it moves towards the target and stops there).
    assertEquals("2015: recipient A gets 130.00, outside the range from its baseline 100.00 to its target 110.00",
        refused(2015, Money.ofEuros(200), List.of(line("A", 100, 100, 110, 130, 30), line("B", 100, 100, 90, 70, 30))));
    // A goes 100 -> 95 with a target of 110: away from it.
    assertEquals("2015: recipient A gets 95.00, outside the range from its baseline 100.00 to its target 110.00",
        refused(2015, Money.ofEuros(200), List.of(line("A", 100, 100, 110, 95, 30), line("B", 100, 100, 90, 105, 30))));
    // at either end of the range is fine: A stays at its baseline, B reaches its target
    TransitionYear.of(2015, Money.ofEuros(200), List.of(line("A", 100, 100, 110, 100, 0), line("B", 100, 100, 90, 100, 0)));
  }

  @Test
  void aYear_whoseBaselineIsNotThePreviousAmountRescaledToTheTotal_isRefused() {
    // Previous 100 / 100 and a total of 200: the total does not change, so the baselines are 100 / 100,
    // not 150 / 50 (which would make A's move of +0 a move of +50 from what it had).
    assertEquals("2015: baseline of A is 150.00, not its previous amount 100.00 rescaled to the total 200.00: 100.00",
        refused(2015, Money.ofEuros(200), List.of(line("A", 100, 150, 150, 150, 0), line("B", 100, 50, 50, 50, 0))));
    // Previous 60 / 40 and a total of 201: the exact baselines 120.60 / 80.40 are whole cents, not 121 / 80.
    assertEquals("2015: baseline of A is 121.00, not its previous amount 60.00 rescaled to the total 201.00: 120.60",
        refused(2015, Money.ofEuros(201), List.of(
            new TransitionLine("A", Money.ofEuros(60), Money.ofEuros(121), Money.ofEuros(121), Money.ofEuros(121),
                Money.ZERO),
            line("B", 40, 80, 80, 80, 0))));
    assertEquals("2015: previous amount of B must be >= 0: -1.00", refused(2015, Money.ofEuros(100),
        List.of(line("A", 101, 100, 100, 100, 0), line("B", -1, 0, 0, 0, 0))));
    assertEquals("2015: the previous amounts are all zero: there is no baseline to rescale them to",
        refused(2015, Money.ofEuros(100), List.of(line("A", 0, 50, 50, 50, 0), line("B", 0, 50, 50, 50, 0))));
  }

  @Test
  void years_equality_looksAtTheYearTheTotalAndTheLines() {
    TransitionYear y = TransitionYear.of(2015, Money.ofEuros(100), lines2015());
    assertNotEquals(y, null);
    assertNotEquals(y, y.toString());
    TransitionYear nextYear = TransitionYear.of(2016, Money.ofEuros(100), lines2015());
    assertNotEquals(y, nextYear);
    assertNotEquals(y.hashCode(), nextYear.hashCode());
    List<TransitionLine> doubled = List.of(line("A", 60, 120, 100, 110, 10), line("B", 40, 80, 100, 90, 10));
    TransitionYear twice = TransitionYear.of(2015, Money.ofEuros(200), doubled);
    assertNotEquals(y, twice);
    List<TransitionLine> otherAmounts = List.of(line("A", 60, 60, 50, 56, 5), line("B", 40, 40, 50, 44, 5));
    TransitionYear other = TransitionYear.of(2015, Money.ofEuros(100), otherAmounts);
    assertNotEquals(y, other);
    assertNotEquals(y.hashCode(), other.hashCode());
  }

  // ---- a path ----

  private static List<TransitionLine> lines2016() {
    return List.of(line("A", 55, 55, 50, 50, 5), line("B", 45, 45, 50, 50, 5));
  }

  @Test
  void aPath_fromItsYears_followsOneYearToTheNext() {
    TransitionYear y2015 = TransitionYear.of(2015, Money.ofEuros(100), lines2015());
    TransitionYear y2016 = TransitionYear.of(2016, Money.ofEuros(100), lines2016());
    TransitionPath p = TransitionPath.of(List.of(y2015, y2016));
    assertEquals(List.of(y2015, y2016), p.years());
    assertEquals(y2016, p.year(2016));
    assertTrue(p.year(2016).allAtTarget());
    assertEquals("the transition does not cover 2017",
        assertThrows(IllegalArgumentException.class, () -> p.year(2017)).getMessage());
    assertEquals("TransitionPath{years=2}", p.toString());
    TransitionPath same = TransitionPath.of(List.of(y2015, y2016));
    assertEquals(p, same);
    assertEquals(p.hashCode(), same.hashCode());
    TransitionPath shorter = TransitionPath.of(List.of(y2015));
    assertNotEquals(p, shorter);
    assertNotEquals(p.hashCode(), shorter.hashCode());
    assertNotEquals(p, null);
    assertNotEquals(p, p.toString());
  }

  @Test
  void aPath_report_givesEveryRecipientOfEveryYearAndTheTotals() {
    TransitionPath p = TransitionPath.of(List.of(TransitionYear.of(2015, Money.ofEuros(100), lines2015()),
        TransitionYear.of(2016, Money.ofEuros(100), lines2016())));
    String[] rows = p.report().split("\n");
    assertEquals(7, rows.length);
    assertEquals(List.of("year", "recipient", "previous", "baseline", "target", "amount", "move", "cap"),
        List.of(rows[0].split(" +")));
    assertEquals(List.of("2015", "A", "60.00", "60.00", "50.00", "55.00", "-5.00", "5.00"),
        List.of(rows[1].split(" +")));
    assertEquals(List.of("2015", "total", "100.00"), List.of(rows[3].split(" +")));
    assertEquals(List.of("2016", "B", "45.00", "45.00", "50.00", "50.00", "5.00", "5.00"),
        List.of(rows[5].split(" +")));
  }

  @Test
  void aPath_whoseYearsDoNotFollow_isRefusedNamingTheYearAndTheRecipient() {
    TransitionYear y2015 = TransitionYear.of(2015, Money.ofEuros(100), lines2015());
    assertEquals("a transition has at least one year",
        assertThrows(IllegalArgumentException.class, () -> TransitionPath.of(List.of())).getMessage());
    assertEquals("year 2017 does not follow 2015", assertThrows(IllegalArgumentException.class,
        () -> TransitionPath.of(List.of(y2015, TransitionYear.of(2017, Money.ofEuros(100), lines2016()))))
        .getMessage());
    assertEquals("year 2015 does not follow 2015", assertThrows(IllegalArgumentException.class,
        () -> TransitionPath.of(List.of(y2015, y2015))).getMessage());
    TransitionYear three = TransitionYear.of(2016, Money.ofEuros(100),
        List.of(line("A", 55, 55, 50, 50, 5), line("B", 45, 45, 50, 50, 5), line("C", 0, 0, 0, 0, 0)));
    assertEquals("2016 has 3 recipients, 2015 has 2", assertThrows(IllegalArgumentException.class,
        () -> TransitionPath.of(List.of(y2015, three))).getMessage());
    TransitionYear swapped = TransitionYear.of(2016, Money.ofEuros(100),
        List.of(line("B", 45, 45, 50, 50, 5), line("A", 55, 55, 50, 50, 5)));
    assertEquals("2016: recipient B where 2015 has A", assertThrows(IllegalArgumentException.class,
        () -> TransitionPath.of(List.of(y2015, swapped))).getMessage());
    // a year right in itself (previous 55 + 44 = the total 99, so the baselines are the previous amounts)
    TransitionYear otherPrevious = TransitionYear.of(2016, Money.ofEuros(99),
        List.of(line("A", 55, 55, 50, 50, 5), line("B", 44, 44, 49, 49, 5)));
    assertEquals("2016: previous amount of B is 44.00, its amount in 2015 is 45.00",
        assertThrows(IllegalArgumentException.class, () -> TransitionPath.of(List.of(y2015, otherPrevious)))
            .getMessage());
  }

  // ---- the path's input ----

  private static String pathRefuses(Map<String, Money> historical, Weights perCapita, List<Money> totals) {
    return assertThrows(IllegalArgumentException.class, () -> Transition.path(historical, perCapita,
        TransitionCap.shareOfGap(BigDecimal.ONE), 2015, totals)).getMessage();
  }

  @Test
  void path_refusesEachBadInputNamingIt() {
    Weights ab = Weights.of(new String[] {"A", "B"}, new long[] {1, 1});
    Map<String, Money> negative = new LinkedHashMap<>();
    negative.put("A", Money.ofEuros(1));
    negative.put("B", Money.parse("-0.01"));
    assertEquals("historical amount of B must be >= 0: -0.01", pathRefuses(negative, ab, List.of(Money.ofEuros(1))));
    Map<String, Money> zeros = new LinkedHashMap<>();
    zeros.put("A", Money.ZERO);
    zeros.put("B", Money.ZERO);
    assertEquals("historical amounts of all 2 recipients are zero", pathRefuses(zeros, ab, List.of(Money.ofEuros(1))));
    Map<String, Money> onlyA = Map.of("A", Money.ofEuros(1));
    assertEquals("recipient B has a per-capita weight but no historical amount",
        pathRefuses(onlyA, ab, List.of(Money.ofEuros(1))));
    Map<String, Money> both = new LinkedHashMap<>();
    both.put("A", Money.ofEuros(1));
    both.put("B", Money.ZERO);
    assertEquals("total of 2015 must be > 0: -1.00", pathRefuses(both, ab, List.of(Money.ofEuros(-1))));
    List<Money> withNull = new ArrayList<>();
    withNull.add(Money.ofEuros(1));
    withNull.add(null);
    assertEquals("total of 2016", assertThrows(NullPointerException.class, () -> Transition.path(both, ab,
        TransitionCap.shareOfGap(BigDecimal.ONE), 2015, withNull)).getMessage());
    Map<String, Money> nullAmount = new LinkedHashMap<>();
    nullAmount.put("A", Money.ofEuros(1));
    nullAmount.put("B", null);
    assertEquals("historical amount of B", assertThrows(NullPointerException.class, () -> Transition.path(
        nullAmount, ab, TransitionCap.shareOfGap(BigDecimal.ONE), 2015, List.of(Money.ofEuros(1)))).getMessage());
    // one recipient with all the history: a one-cent total goes to the one with the larger weight
    TransitionPath p = Transition.path(both, Weights.of(new String[] {"B", "A"}, new long[] {3, 1}),
        TransitionCap.shareOfGap(BigDecimal.ONE), 2015, List.of(Money.parse("0.01")));
    assertEquals(Money.parse("0.01"), p.year(2015).amount("B"));
    assertEquals(List.of("A", "B"), p.year(2015).lines().stream().map(TransitionLine::recipient).toList());
  }
}
