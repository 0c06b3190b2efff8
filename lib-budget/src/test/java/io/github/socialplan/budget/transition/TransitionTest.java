package io.github.socialplan.budget.transition;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;
import static org.quicktheories.generators.SourceDSL.longs;

import io.github.socialplan.budget.allocation.Weights;
import io.github.socialplan.core.money.Money;
import io.github.socialplan.core.testing.PropertyRuns;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class TransitionTest {

  private static final long SEED = 20_151_231L;

  /** A 600 / B 300 / C 100 historically; residents 50 / 30 / 20, so targets 500 / 300 / 200. */
  private static Map<String, Money> historical() {
    Map<String, Money> h = new LinkedHashMap<>();
    h.put("A", Money.ofEuros(600));
    h.put("B", Money.ofEuros(300));
    h.put("C", Money.ofEuros(100));
    return h;
  }

  private static final Weights RESIDENTS = Weights.of(new String[] {"A", "B", "C"}, new long[] {50, 30, 20});

  private static List<Money> thousand(int years) {
    return java.util.Collections.nCopies(years, Money.ofEuros(1_000));
  }

  @Test
  void percentOfHistorical_theGainersCapLimitsWhatTheLosersGiveUp() {
    // caps 5%: A 30, B 15, C 5. C may gain only 5 a year, so A gives up only 5 a year.
    TransitionPath p =
        Transition.path(historical(), RESIDENTS, TransitionCap.percentOfHistorical(BigDecimal.valueOf(5)), 2015, thousand(3));
    assertEquals(Money.ofEuros(595), p.year(2015).amount("A"));
    assertEquals(Money.ofEuros(300), p.year(2015).amount("B"));
    assertEquals(Money.ofEuros(105), p.year(2015).amount("C"));
    assertEquals(Money.ofEuros(585), p.year(2017).amount("A"));
    assertEquals(Money.ofEuros(115), p.year(2017).amount("C"));
    assertEquals(Money.ofEuros(5), p.year(2017).line("C").cap());
    assertEquals(Money.ofEuros(200), p.year(2017).line("C").target());
    assertEquals(Money.ofEuros(85), p.year(2017).line("C").remainingGap());
    assertTrue(p.year(2017).line("B").atTarget());
  }

  @Test
  void shareOfGap_closesThatShareOfEveryGapEachYear() {
    TransitionPath p =
        Transition.path(historical(), RESIDENTS, TransitionCap.shareOfGap(new BigDecimal("0.5")), 2015, thousand(3));
    assertEquals(Money.ofEuros(550), p.year(2015).amount("A"));
    assertEquals(Money.ofEuros(150), p.year(2015).amount("C"));
    assertEquals(Money.ofEuros(525), p.year(2016).amount("A"));
    assertEquals(Money.ofEuros(175), p.year(2016).amount("C"));
    assertEquals(Money.parse("512.50"), p.year(2017).amount("A"));
    assertEquals(Money.parse("187.50"), p.year(2017).amount("C"));
    assertTrue(p.report().contains("512.50"));
  }

  @Test
  void shareOfGapOne_reachesTheTargetInTheFirstYear() {
    TransitionPath p = Transition.path(historical(), RESIDENTS, TransitionCap.shareOfGap(BigDecimal.ONE), 2015, thousand(1));
    assertTrue(p.year(2015).allAtTarget());
    assertEquals(Money.ofEuros(500), p.year(2015).amount("A"));
  }

  @Test
  void aGrowingTotal_isSharedInProportionBeforeTheCappedMove() {
    // 2015 total 1,100: baselines 660 / 330 / 110, targets 550 / 330 / 220; cap 5% of historical: A 30, C 5.
    TransitionPath p =
        Transition.path(historical(), RESIDENTS, TransitionCap.percentOfHistorical(BigDecimal.valueOf(5)), 2015,
            List.of(Money.ofEuros(1_100)));
    TransitionLine c = p.year(2015).line("C");
    assertEquals(Money.ofEuros(110), c.baseline());
    assertEquals(Money.ofEuros(220), c.target());
    assertEquals(Money.ofEuros(115), c.amount());
    assertEquals(Money.ofEuros(655), p.year(2015).amount("A"));
  }

  // ---- bad input ----

  @Test
  void cap_negative_isRejected() {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> TransitionCap.percentOfHistorical(new BigDecimal("-5")));
    assertEquals("cap (percent of the historical amount) must be >= 0: -5", e.getMessage());
    IllegalArgumentException g =
        assertThrows(IllegalArgumentException.class, () -> TransitionCap.shareOfGap(new BigDecimal("-0.1")));
    assertEquals("cap (share of the gap) must be in 0..1: -0.1", g.getMessage());
  }

  @Test
  void path_recipientWithoutWeight_isRejected() {
    Weights ab = Weights.of(new String[] {"A", "B"}, new long[] {1, 1});
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class,
            () -> Transition.path(historical(), ab, TransitionCap.shareOfGap(BigDecimal.ONE), 2015, thousand(1)));
    assertEquals("recipient C has no per-capita weight", e.getMessage());
  }

  @Test
  void path_zeroTotal_isRejectedNamingTheYear() {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class,
            () -> Transition.path(historical(), RESIDENTS, TransitionCap.shareOfGap(BigDecimal.ONE), 2015,
                List.of(Money.ofEuros(1), Money.ZERO)));
    assertEquals("total of 2016 must be > 0: 0.00", e.getMessage());
  }

  @Test
  void path_yearsOutOf1To9999_areRefused_asAPathReadBackRefusesThem() {
    TransitionCap cap = TransitionCap.shareOfGap(BigDecimal.ONE);
    // from 9999 a second total would be the year 10000, which TransitionYear.of (and the JSON) refuses
    IllegalArgumentException late = assertThrows(IllegalArgumentException.class,
        () -> Transition.path(historical(), RESIDENTS, cap, 9_999, thousand(2)));
    assertEquals("the path's years must be in 1..9999: 2 totals from 9999 reach 10000", late.getMessage());
    IllegalArgumentException early = assertThrows(IllegalArgumentException.class,
        () -> Transition.path(historical(), RESIDENTS, cap, 0, thousand(1)));
    assertEquals("the path's years must be in 1..9999: 1 totals from 0 reach 0", early.getMessage());
    // the years past Integer.MAX_VALUE wrapped round to -2147483648
    IllegalArgumentException wrapped = assertThrows(IllegalArgumentException.class,
        () -> Transition.path(historical(), RESIDENTS, cap, Integer.MAX_VALUE, thousand(2)));
    assertEquals("the path's years must be in 1..9999: 2 totals from 2147483647 reach 2147483648",
        wrapped.getMessage());
    // the last year that can be: 9999, and it reads back
    TransitionPath last = Transition.path(historical(), RESIDENTS, cap, 9_998, thousand(2));
    assertEquals(last, TransitionPath.of(last.years().stream()
        .map(y -> TransitionYear.of(y.year(), y.total(), y.lines())).toList()));
    assertEquals(Money.ofEuros(500), last.year(9_999).amount("A"));
  }

  @Test
  void perCapitaWeights_ofABlendBeyondTheDecimalBounds_areUsedAsTheyAre() {
    // five criteria of some ten million residents each, all different: the blended integer weights have more
    // digits than a decimal given to Weights.Builder may, and the path (in another order) still takes them
    io.github.socialplan.budget.allocation.Blend.Builder blend = io.github.socialplan.budget.allocation.Blend.builder();
    long[][] criteria = new long[5][];
    for (int k = 0; k < 5; k++) {
      criteria[k] = new long[] {1_000_003 + 6 * k, 3_000_017 + 4 * k, 5_000_011 + 2 * k};
      blend.criterion(BigDecimal.ONE, Weights.of(new String[] {"C", "B", "A"}, criteria[k]));
    }
    Weights blended = blend.build();
    assertTrue(blended.weight("A").precision() > 30, blended.toString());
    TransitionYear y = Transition.path(historical(), blended, TransitionCap.shareOfGap(BigDecimal.ONE), 2015,
        thousand(1)).year(2015);
    // each at its target: within a cent of 1,000 × the mean over the criteria of its share, exactly
    java.math.MathContext mc = new java.math.MathContext(60);
    String[] ids = {"C", "B", "A"};
    Money sum = Money.ZERO;
    for (int i = 0; i < 3; i++) {
      BigDecimal share = BigDecimal.ZERO;
      for (long[] c : criteria) {
        share = share.add(BigDecimal.valueOf(c[i]).divide(BigDecimal.valueOf(c[0] + c[1] + c[2]), mc));
      }
      BigDecimal exact = share.multiply(BigDecimal.valueOf(200)); // 1,000 / 5 criteria
      Money amount = y.amount(ids[i]);
      assertTrue(amount.amount().subtract(exact).abs().compareTo(new BigDecimal("0.01")) < 0,
          ids[i] + ": " + amount + " against " + exact);
      assertEquals(y.line(ids[i]).target(), amount);
      sum = sum.plus(amount);
    }
    assertEquals(Money.ofEuros(1_000), sum);
  }

  @Test
  void shareOfGap_onTheSideWithMoreRoom_canMoveLessThanItsShare_whenTheOtherSidesCapsRoundDown() {
    // G has no history and a target of 1,000.00; 1,000 others have 2.00 each and a target of 1.00. A cap
    // of 0.333 of the gap lets G gain 333.00, but each other lose only 0.33 (0.333 rounded down): they
    // give up 330.00 in all, and that is what G gains.
    Map<String, Money> h = new LinkedHashMap<>();
    Weights.Builder residents = Weights.builder();
    h.put("G", Money.ZERO);
    residents.add("G", 1_000);
    for (int i = 0; i < 1_000; i++) {
      String id = String.format(java.util.Locale.ROOT, "L%04d", i);
      h.put(id, Money.ofEuros(2));
      residents.add(id, 1);
    }
    TransitionYear y = Transition.path(h, residents.build(), TransitionCap.shareOfGap(new BigDecimal("0.333")),
        2015, List.of(Money.ofEuros(2_000))).year(2015);
    assertEquals(Money.parse("333.00"), y.line("G").cap());
    assertEquals(Money.parse("330.00"), y.amount("G"));
    assertEquals(Money.parse("0.33"), y.line("L0000").cap());
    assertEquals(Money.parse("1.67"), y.amount("L0999"));
  }

  // ---- properties ----

  @Test
  void property_keepsEveryYearlyTotalAndNeverExceedsTheCap() {
    qt().withFixedSeed(SEED)
        .withExamples(PropertyRuns.examples(1_000))
        .forAll(
            lists().of(longs().between(0, 5_000_000)).ofSizeBetween(1, 25),
            lists().of(longs().between(0, 20_000)).ofSize(25),
            integers().between(0, 2_000), // cap: per mille of historical, or of the gap
            integers().between(0, 1))
        .assuming((h, w, c, kind) -> h.stream().anyMatch(x -> x > 0) && w.subList(0, h.size()).stream().anyMatch(x -> x > 0))
        .checkAssert(
            (h, w, c, kind) -> {
              Map<String, Money> hist = new LinkedHashMap<>();
              Weights.Builder wb = Weights.builder();
              long total = 0;
              for (int i = 0; i < h.size(); i++) {
                String id = String.format(java.util.Locale.ROOT, "r%02d", i);
                hist.put(id, Money.ofCents(h.get(i)));
                wb.add(id, w.get(i));
                total += h.get(i);
              }
              TransitionCap cap =
                  kind == 0
                      ? TransitionCap.percentOfHistorical(BigDecimal.valueOf(c, 1))
                      : TransitionCap.shareOfGap(BigDecimal.valueOf(Math.min(c, 1_000), 3));
              TransitionPath p = Transition.path(hist, wb.build(), cap, 2015, java.util.Collections.nCopies(4, Money.ofCents(total)));
              for (TransitionYear y : p.years()) {
                Money sum = Money.ZERO;
                for (TransitionLine l : y.lines()) {
                  sum = sum.plus(l.amount());
                  assertEquals(l.previous(), l.baseline(), "constant total: baseline is last year's amount");
                  assertFalse(l.movement().abs().isGreaterThan(l.cap()), "moved beyond the cap: " + l);
                  // never away from, nor past, the target
                  assertTrue(l.movement().signum() == 0
                      || l.movement().signum() == l.target().minus(l.baseline()).signum(), "wrong way: " + l);
                  assertFalse(l.movement().abs().isGreaterThan(l.target().minus(l.baseline()).abs()), "overshoot: " + l);
                }
                assertEquals(Money.ofCents(total), sum);
                assertEquals(y.total(), sum);
              }
            });
  }

  @Test
  void amountsAndCapsBeyondWhatCentsHold_areAnInputError_notAnOverflow() {
    Weights two = Weights.builder().add("a", 1).add("b", 1).build();
    // a historical amount above Long.MAX_VALUE cents is refused naming it, as a total to allocate is
    Map<String, Money> huge = new LinkedHashMap<>();
    huge.put("a", Money.parse("1000000000000000000000000.00"));
    huge.put("b", Money.ofEuros(1));
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Transition.path(huge, two,
        TransitionCap.percentOfHistorical(BigDecimal.valueOf(5)), 2015, List.of(Money.ofEuros(100))));
    assertEquals("historical amount of a must be at most 92233720368547758.07 (Long.MAX_VALUE cents): "
        + "1000000000000000000000000.00", e.getMessage());
    // a cap larger than any amount caps nothing: 150.00 goes straight to the per-capita split (75/75)
    Map<String, Money> hist = new LinkedHashMap<>();
    hist.put("a", Money.ofEuros(100));
    hist.put("b", Money.ofEuros(50));
    for (TransitionCap unlimited : List.of(TransitionCap.percentOfHistorical(new BigDecimal("1E+24")),
        TransitionCap.percentOfHistorical(BigDecimal.valueOf(100)))) {
      TransitionPath path = Transition.path(hist, two, unlimited, 2015, List.of(Money.ofEuros(150)));
      assertEquals(Money.ofEuros(75), path.year(2015).amount("a"), unlimited.toString());
      assertEquals(Money.ofEuros(75), path.year(2015).amount("b"), unlimited.toString());
    }
  }
}
