package io.github.socialplan.budget.allocation;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;
import static org.quicktheories.generators.SourceDSL.longs;

import io.github.socialplan.core.money.Money;
import io.github.socialplan.core.testing.PropertyRuns;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class LargestRemainderTest {

  static final long SEED = 20_151_231L;
  static final int EXAMPLES = 2_000;

  // ---- examples computed by hand or independently (Python fractions) ----

  @Test
  void allocate_threeEqualWeights_givesTheSpareCentToTheSmallestId() {
    Weights w = Weights.builder().add("b", 1).add("a", 1).add("c", 1).build();
    Allocation a = LargestRemainder.allocate(Money.ofEuros(100), w);
    assertEquals(Money.parse("33.34"), a.amount("a"));
    assertEquals(Money.parse("33.33"), a.amount("b"));
    assertEquals(Money.parse("33.33"), a.amount("c"));
  }

  @Test
  void allocate_threeComuniByResidents_matchesExactFractions() {
    // 100,000.00 by 70,841 / 8,744 / 6,273: exact shares 82509.4857..., 10184.2577..., 7306.2556...
    Weights w =
        Weights.builder().add("019036", 70_841).add("019098", 8_744).add("019076", 6_273).build();
    Allocation a = LargestRemainder.allocate(Money.ofEuros(100_000), w);
    assertEquals(Money.parse("82509.49"), a.amount("019036"));
    assertEquals(Money.parse("10184.26"), a.amount("019098"));
    assertEquals(Money.parse("7306.25"), a.amount("019076"));
  }

  @Test
  void lines_reportExactShareRemainderAndRoundingUp() {
    Weights w = Weights.builder().add("x", 1).add("y", 2).build();
    Allocation a = LargestRemainder.allocate(Money.parse("0.10"), w);
    // 10 cents: exact 3.333... and 6.666... cents; y has the larger remainder and gets the spare cent.
    AllocationLine x = a.lines().get(0);
    AllocationLine y = a.lines().get(1);
    assertEquals(new BigDecimal("0.033333333333"), x.exactShare());
    assertEquals(new BigDecimal("0.3333333333"), x.remainderCents());
    assertFalse(x.roundedUp());
    assertEquals(Money.parse("0.03"), x.amount());
    assertEquals(new BigDecimal("0.066666666667"), y.exactShare());
    assertTrue(y.roundedUp());
    assertEquals(Money.parse("0.07"), y.amount());
    assertEquals(Binding.NONE, y.binding());
    String report = a.report();
    assertTrue(report.contains("0.066666666667"), report);
    assertTrue(report.contains("0.666667+1"), report);
  }

  @Test
  void report_showsARemainderJustUnderACentUnderACent() {
    // c's fractional cents are 0.99999999999999...: under a whole cent, and so the report must show them
    Weights w = Weights.builder().add("a", 1000).add("b", new BigDecimal("0.005"))
        .add("c", new BigDecimal("1e20")).build();
    String report = LargestRemainder.allocate(Money.parse("1000.00"), w).report();
    assertTrue(report.contains(" 0.999999+1 "), report);
    assertFalse(report.contains("1.000000"), report);
  }

  @Test
  void allocate_decimalWeights_areExact() {
    Weights w =
        Weights.builder().add("a", new BigDecimal("0.125")).add("b", new BigDecimal("0.375")).build();
    Allocation a = LargestRemainder.allocate(Money.parse("1.00"), w);
    assertEquals(Money.parse("0.25"), a.amount("a"));
    assertEquals(Money.parse("0.75"), a.amount("b"));
  }

  @Test
  void allocate_zeroTotal_givesZeroToEveryone() {
    Allocation a = LargestRemainder.allocate(Money.ZERO, Weights.of(new String[] {"a", "b"}, new long[] {1, 2}));
    assertEquals(Money.ZERO, a.amount("a"));
    assertEquals(Money.ZERO, a.amount("b"));
  }

  @Test
  void allocate_hugeWeights_usesExactBigArithmeticAndAgreesWithScaledWeights() {
    long[] small = {3, 5, 7, 11};
    BigDecimal scale = new BigDecimal("1e20");
    Weights.Builder big = Weights.builder();
    String[] ids = {"a", "b", "c", "d"};
    for (int i = 0; i < ids.length; i++) {
      big.add(ids[i], BigDecimal.valueOf(small[i]).multiply(scale));
    }
    Money total = Money.parse("1234567.89");
    assertEquals(
        LargestRemainder.allocate(total, Weights.of(ids, small)).amounts(),
        LargestRemainder.allocate(total, big.build()).amounts());
  }

  // ---- bounds ----

  @Test
  void allocate_withCeiling_redistributesTheExcess() {
    Weights w = Weights.builder().add("a", 1).add("b", 1).add("c", 8).build();
    Bounds b = Bounds.builder().ceiling("c", Money.ofEuros(50)).build();
    Allocation a = LargestRemainder.allocate(Money.ofEuros(100), w, b);
    assertEquals(Money.ofEuros(25), a.amount("a"));
    assertEquals(Money.ofEuros(25), a.amount("b"));
    assertEquals(Money.ofEuros(50), a.amount("c"));
    assertEquals(Binding.CEILING, a.lines().get(2).binding());
  }

  @Test
  void allocate_withFloor_takesTheFloorFromTheOthers() {
    Weights w = Weights.builder().add("a", 1).add("b", 9).add("z", 0).build();
    Bounds b = Bounds.builder().floor("a", Money.ofEuros(30)).floor("z", Money.ofEuros(5)).build();
    Allocation a = LargestRemainder.allocate(Money.ofEuros(100), w, b);
    assertEquals(Money.ofEuros(30), a.amount("a"));
    assertEquals(Money.ofEuros(65), a.amount("b"));
    assertEquals(Money.ofEuros(5), a.amount("z"));
  }

  @Test
  void allocate_floorAndCeilingTogether_fixesOnlyTheSideThatMovesTheLevel() {
    // Shares of 100 by 1/1/2: 25/25/50. a floor 40 (short 15), c ceiling 45 (over 5): floors win,
    // a = 40 and 60 is left to b and c by 1:2 -> 20/40, within c's ceiling.
    Weights w = Weights.builder().add("a", 1).add("b", 1).add("c", 2).build();
    Bounds b = Bounds.builder().floor("a", Money.ofEuros(40)).ceiling("c", Money.ofEuros(45)).build();
    Allocation a = LargestRemainder.allocate(Money.ofEuros(100), w, b);
    assertEquals(Money.ofEuros(40), a.amount("a"));
    assertEquals(Money.ofEuros(20), a.amount("b"));
    assertEquals(Money.ofEuros(40), a.amount("c"));
    assertEquals(Binding.NONE, a.lines().get(2).binding());
  }

  @Test
  void allocate_boundedWithHugeWeights_agreesWithTheLongPath() {
    BigDecimal huge = new BigDecimal("1e20");
    Weights big =
        Weights.builder()
            .add("a", huge)
            .add("b", huge.multiply(BigDecimal.valueOf(3)))
            .add("c", huge.multiply(BigDecimal.valueOf(7)))
            .build();
    Weights small = Weights.of(new String[] {"a", "b", "c"}, new long[] {1, 3, 7});
    Bounds b = Bounds.builder().floor("a", Money.ofEuros(40)).ceiling("c", Money.parse("33.33")).build();
    Money total = Money.parse("100.01");
    Allocation expected = LargestRemainder.allocate(total, small, b);
    assertEquals(expected.amounts(), LargestRemainder.allocate(total, big, b).amounts());
    // a at its floor 40; c's share of the remaining 60.01 by 3:7 is 42.007 > 33.33, so c at its ceiling
    assertEquals(Money.ofEuros(40), expected.amount("a"));
    assertEquals(Money.parse("33.33"), expected.amount("c"));
    assertEquals(Money.parse("26.68"), expected.amount("b"));
  }

  // ---- bad input ----

  @Test
  void weights_negative_isRejectedNamingRecipientAndValue() {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> Weights.builder().add("019036", -5));
    assertEquals("weight of recipient 019036 must be >= 0: -5", e.getMessage());
  }

  @Test
  void weights_ofArrays_negative_isRejectedNamingRecipientAndValue() {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class, () -> Weights.of(new String[] {"019001", "019004"}, new long[] {3, -2}));
    assertEquals("weight of recipient 019004 must be >= 0: -2", e.getMessage());
  }

  @Test
  void weights_ofArrays_whoseSumExceedsALong_stayExact() {
    long big = Long.MAX_VALUE / 2 + 1;
    Weights w = Weights.of(new String[] {"a", "b", "c"}, new long[] {big, big, big});
    Allocation a = LargestRemainder.allocate(Money.parse("1.00"), w);
    // thirds of 100 cents: 34 / 33 / 33, the spare cent to the smallest id
    assertEquals(Money.parse("0.34"), a.amount("a"));
    assertEquals(Money.parse("0.33"), a.amount("c"));
  }

  @Test
  void weights_repeatedId_isRejected() {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class, () -> Weights.builder().add("a", 1).add("a", 2).build());
    assertEquals("recipient a is given twice", e.getMessage());
  }

  @Test
  void allocate_allZeroWeights_isRejected() {
    Weights w = Weights.of(new String[] {"a", "b", "c"}, new long[] {0, 0, 0});
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> LargestRemainder.allocate(Money.ofEuros(1), w));
    assertEquals("all 3 weights are zero: shares of 1.00 are undefined", e.getMessage());
  }

  @Test
  void allocate_negativeTotal_isRejected() {
    Weights w = Weights.of(new String[] {"a"}, new long[] {1});
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class, () -> LargestRemainder.allocate(Money.parse("-0.01"), w));
    assertEquals("total to allocate must be >= 0: -0.01", e.getMessage());
  }

  @Test
  void allocate_floorsAboveTotal_isRejectedWithBothFigures() {
    Weights w = Weights.of(new String[] {"a", "b"}, new long[] {1, 1});
    Bounds b = Bounds.builder().floor("a", Money.ofEuros(70)).floor("b", Money.ofEuros(50)).build();
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class, () -> LargestRemainder.allocate(Money.ofEuros(100), w, b));
    assertEquals("floors add up to 120.00, more than the total 100.00", e.getMessage());
  }

  @Test
  void allocate_unknownRecipientAmongFloorsAboveTotal_isNamedFirst() {
    // the floors go past the total before the unknown one is reached, in either order of the map
    Weights w = Weights.of(new String[] {"a", "b"}, new long[] {1, 1});
    Bounds b = Bounds.builder().floor("a", Money.ofEuros(200)).floor("z", Money.ofEuros(1))
        .floor("b", Money.ofEuros(1)).build();
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class, () -> LargestRemainder.allocate(Money.ofEuros(100), w, b));
    assertEquals("floor given for z, which is not a recipient", e.getMessage());
  }

  @Test
  void allocate_floorsEachWithinTotalButAboveItTogether_areRejectedWithTheirSum() {
    Weights w = Weights.of(new String[] {"a", "b", "c"}, new long[] {1, 1, 1});
    Bounds b = Bounds.builder().floor("a", Money.ofEuros(40)).floor("b", Money.ofEuros(40))
        .floor("c", Money.parse("20.01")).build();
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class, () -> LargestRemainder.allocate(Money.ofEuros(100), w, b));
    assertEquals("floors add up to 100.01, more than the total 100.00", e.getMessage());
    Bounds exact = Bounds.builder().floor("a", Money.ofEuros(40)).floor("b", Money.ofEuros(40))
        .floor("c", Money.ofEuros(20)).build();
    assertEquals(Money.ofEuros(20), LargestRemainder.allocate(Money.ofEuros(100), w, exact).amount("c"));
  }

  @Test
  void allocate_ceilingsBelowTotal_isRejected() {
    Weights w = Weights.of(new String[] {"a", "b"}, new long[] {1, 1});
    Bounds b = Bounds.builder().ceiling("a", Money.ofEuros(30)).ceiling("b", Money.ofEuros(50)).build();
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class, () -> LargestRemainder.allocate(Money.ofEuros(100), w, b));
    assertTrue(e.getMessage().contains("add up to 80.00, less than the total 100.00"), e.getMessage());
  }

  @Test
  void bounds_ceilingBelowFloor_isRejectedNamingRecipient() {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () -> Bounds.builder().floor("019036", Money.ofEuros(20)).ceiling("019036", Money.ofEuros(10)).build());
    assertEquals("ceiling 10.00 of recipient 019036 is below its floor 20.00", e.getMessage());
  }

  @Test
  void allocate_boundOfUnknownRecipient_isRejected() {
    Weights w = Weights.of(new String[] {"a"}, new long[] {1});
    Bounds b = Bounds.builder().floor("q", Money.ofEuros(1)).build();
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class, () -> LargestRemainder.allocate(Money.ofEuros(10), w, b));
    assertEquals("floor given for q, which is not a recipient", e.getMessage());
  }

  @Test
  void money_withFractionsOfACent_isRejectedWhereCentsAreRequired() {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> Money.of(new BigDecimal("100.005")));
    assertTrue(e.getMessage().contains("100.005"), e.getMessage());
  }

  // ---- properties ----

  private static Weights weights(List<Long> values, String prefix) {
    Weights.Builder b = Weights.builder();
    for (int i = 0; i < values.size(); i++) {
      b.add(String.format(java.util.Locale.ROOT, "%s%03d", prefix, i), values.get(i));
    }
    return b.build();
  }

  private static boolean anyPositive(List<Long> values) {
    return values.stream().anyMatch(v -> v > 0);
  }

  @Test
  void property_partsAddUpToTheTotalAndStayWithinACentOfTheExactShare() {
    qt().withFixedSeed(SEED)
        .withExamples(PropertyRuns.examples(EXAMPLES))
        .forAll(lists().of(longs().between(0, 2_000_000)).ofSizeBetween(1, 80), longs().between(0, 10_000_000_000L))
        .assuming((ws, t) -> anyPositive(ws))
        .checkAssert(
            (ws, t) -> {
              Weights w = weights(ws, "r");
              long[] cents = LargestRemainder.allocate(Money.ofCents(t), w).centsArray();
              BigInteger sumW = BigInteger.ZERO;
              for (long x : ws) {
                sumW = sumW.add(BigInteger.valueOf(x));
              }
              long sum = 0;
              for (int i = 0; i < cents.length; i++) {
                sum += cents[i];
                // |cents_i * W - t * w_i| < W
                BigInteger diff =
                    BigInteger.valueOf(cents[i]).multiply(sumW)
                        .subtract(BigInteger.valueOf(t).multiply(BigInteger.valueOf(ws.get(i))));
                assertTrue(diff.abs().compareTo(sumW) < 0, "recipient " + i + " off by a cent or more");
              }
              assertEquals(t, sum);
            });
  }

  @Test
  void property_permutingRecipientsPermutesTheResult() {
    qt().withFixedSeed(SEED)
        .withExamples(PropertyRuns.examples(EXAMPLES))
        .forAll(
            lists().of(longs().between(0, 50)).ofSizeBetween(1, 40),
            longs().between(0, 100_000),
            longs().all())
        .assuming((ws, t, s) -> anyPositive(ws))
        .checkAssert(
            (ws, t, s) -> {
              Weights w = weights(ws, "r");
              List<Integer> order = new ArrayList<>();
              for (int i = 0; i < ws.size(); i++) {
                order.add(i);
              }
              Collections.shuffle(order, new Random(s));
              Weights.Builder shuffled = Weights.builder();
              for (int i : order) {
                shuffled.add(w.idAt(i), ws.get(i));
              }
              Allocation a = LargestRemainder.allocate(Money.ofCents(t), w);
              Allocation b = LargestRemainder.allocate(Money.ofCents(t), shuffled.build());
              for (String id : w.ids()) {
                assertEquals(a.cents(id), b.cents(id), id);
              }
            });
  }

  @Test
  void property_aLargerWeightNeverGetsLess() {
    qt().withFixedSeed(SEED)
        .withExamples(PropertyRuns.examples(EXAMPLES))
        .forAll(lists().of(longs().between(0, 30)).ofSizeBetween(2, 40), longs().between(0, 100_000))
        .assuming((ws, t) -> anyPositive(ws))
        .checkAssert(
            (ws, t) -> {
              long[] c = LargestRemainder.allocate(Money.ofCents(t), weights(ws, "r")).centsArray();
              for (int i = 0; i < c.length; i++) {
                for (int j = 0; j < c.length; j++) {
                  if (ws.get(i) > ws.get(j)) {
                    assertTrue(c[i] >= c[j], "weight " + ws.get(i) + " got less than weight " + ws.get(j));
                  }
                }
              }
            });
  }

  @Test
  void property_floorsAndCeilingsHoldAndPartsAddUp() {
    qt().withFixedSeed(SEED)
        .withExamples(PropertyRuns.examples(EXAMPLES))
        .forAll(
            lists().of(longs().between(0, 1_000)).ofSizeBetween(1, 30),
            lists().of(integers().between(-1, 5_000)).ofSize(30),
            lists().of(integers().between(-1, 5_000)).ofSize(30),
            integers().between(0, 1_000))
        .assuming((ws, fs, cs, t) -> anyPositive(ws))
        .checkAssert(
            (ws, fs, cs, pick) -> {
              Weights w = weights(ws, "r");
              Bounds.Builder bb = Bounds.builder();
              long[] floor = new long[ws.size()];
              long[] ceiling = new long[ws.size()];
              long floors = 0;
              long reachable = 0;
              boolean unbounded = false;
              for (int i = 0; i < ws.size(); i++) {
                floor[i] = Math.max(0, fs.get(i));
                ceiling[i] = cs.get(i) < 0 ? -1 : floor[i] + cs.get(i);
                if (fs.get(i) >= 0) {
                  bb.floor(w.idAt(i), Money.ofCents(floor[i]));
                }
                if (ceiling[i] >= 0) {
                  bb.ceiling(w.idAt(i), Money.ofCents(ceiling[i]));
                }
                floors += floor[i];
                if (ws.get(i) == 0) {
                  reachable += floor[i];
                } else if (ceiling[i] < 0) {
                  unbounded = true;
                } else {
                  reachable += ceiling[i];
                }
              }
              long span = unbounded ? 10_000 : reachable - floors;
              long total = floors + span * pick / 1_000;
              long[] c = LargestRemainder.allocate(Money.ofCents(total), w, bb.build()).centsArray();
              long sum = 0;
              for (int i = 0; i < c.length; i++) {
                sum += c[i];
                assertTrue(c[i] >= floor[i], "below floor at " + i);
                assertTrue(ceiling[i] < 0 || c[i] <= ceiling[i], "above ceiling at " + i);
              }
              assertEquals(total, sum);
            });
  }

  @Test
  void property_boundsThatDoNotBindChangeNothing() {
    qt().withFixedSeed(SEED)
        .withExamples(PropertyRuns.examples(EXAMPLES))
        .forAll(lists().of(longs().between(1, 1_000)).ofSizeBetween(1, 30), longs().between(0, 1_000_000))
        .checkAssert(
            (ws, t) -> {
              Weights w = weights(ws, "r");
              Allocation free = LargestRemainder.allocate(Money.ofCents(t), w);
              Bounds.Builder bb = Bounds.builder();
              for (String id : w.ids()) {
                long c = free.cents(id);
                bb.floor(id, Money.ofCents(Math.max(0, c - 1))).ceiling(id, Money.ofCents(c + 1));
              }
              assertEquals(free.amounts(), LargestRemainder.allocate(Money.ofCents(t), w, bb.build()).amounts());
            });
  }

  @Test
  void allocate_manyRecipients_addsUpAndAssignsEachSpareCentOnce() {
    int n = 7_900;
    String[] ids = new String[n];
    long[] w = new long[n];
    for (int i = 0; i < n; i++) {
      ids[i] = String.format(java.util.Locale.ROOT, "%06d", i + 1);
      w[i] = 1 + (i * 7919L) % 100_000;
    }
    Allocation a = LargestRemainder.allocate(Money.parse("1000000000.01"), Weights.of(ids, w));
    long sum = java.util.Arrays.stream(a.centsArray()).sum();
    assertAll(
        () -> assertEquals(100_000_000_001L, sum),
        () -> assertEquals(n, a.lines().size()));
  }
}
