package io.github.socialplan.budget.allocation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.socialplan.core.money.Money;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The corners mutation testing found untested: the exact shares reported for a bounded allocation,
 * recipients of zero weight with bounds, {@link Allocation#amounts()}, and weights too large for a long.
 * Every expected figure is worked out by hand in the comments.
 */
class AllocationEdgesTest {

  private static Weights equalThree() {
    return Weights.builder().add("a", 1).add("b", 1).add("c", 1).build();
  }

  @Test
  void boundedAllocation_reportsTheExactSharesOfTheRest() {
    // a is capped at 10.01; the other 89.99 go half each: 44.995, so one cent goes up, to b (same
    // remainder and weight, smaller id).
    Allocation x = LargestRemainder.allocate(Money.ofEuros(100), equalThree(),
        Bounds.builder().ceiling("a", Money.parse("10.01")).build());
    List<AllocationLine> lines = x.lines();
    assertEquals(Binding.CEILING, lines.get(0).binding());
    assertEquals(0, new BigDecimal("10.01").compareTo(lines.get(0).exactShare()));
    assertEquals(0, lines.get(0).remainderCents().signum());
    assertFalse(lines.get(0).roundedUp());
    for (int i = 1; i < 3; i++) {
      assertEquals(Binding.NONE, lines.get(i).binding());
      assertEquals(0, new BigDecimal("44.995").compareTo(lines.get(i).exactShare()), lines.get(i).toString());
      assertEquals(0, new BigDecimal("0.5").compareTo(lines.get(i).remainderCents()), lines.get(i).toString());
    }
    assertTrue(lines.get(1).roundedUp());
    assertFalse(lines.get(2).roundedUp());
    assertEquals(Money.parse("45.00"), lines.get(1).amount());
    assertEquals(Money.parse("44.99"), lines.get(2).amount());
  }

  @Test
  void zeroWeightRecipient_getsItsFloor_andNothingUnderACeiling() {
    Weights w = Weights.builder().add("a", 0).add("b", 1).add("c", 1).build();
    // a: floor 5.00 and weight 0, so exactly 5.00; b and c share 95.00 equally.
    Allocation floored = LargestRemainder.allocate(Money.ofEuros(100), w,
        Bounds.builder().floor("a", Money.ofEuros(5)).build());
    assertEquals(Money.ofEuros(5), floored.amount("a"));
    assertEquals(Money.parse("47.50"), floored.amount("b"));
    assertEquals(Money.parse("47.50"), floored.amount("c"));
    assertEquals(Binding.FLOOR, floored.lines().get(0).binding());
    // a ceiling alone gives a zero-weight recipient nothing
    Allocation capped = LargestRemainder.allocate(Money.ofEuros(100), w,
        Bounds.builder().ceiling("a", Money.ofEuros(5)).ceiling("b", Money.ofEuros(60)).build());
    assertEquals(Money.ZERO, capped.amount("a"));
    assertEquals(Money.ofEuros(50), capped.amount("b"));
    assertEquals(Money.ofEuros(50), capped.amount("c"));
  }

  @Test
  void zeroWeightFloors_countTowardsWhatTheCeilingsCanTake() {
    Weights w = Weights.builder().add("a", 0).add("b", 1).build();
    // b can take at most 90.00 and a, of weight 0, exactly its floor 10.00: 100.00 in all, just enough.
    Allocation x = LargestRemainder.allocate(Money.ofEuros(100), w,
        Bounds.builder().floor("a", Money.ofEuros(10)).ceiling("b", Money.ofEuros(90)).build());
    assertEquals(Money.ofEuros(10), x.amount("a"));
    assertEquals(Money.ofEuros(90), x.amount("b"));
    // one cent less of ceiling and the total cannot be placed
    IllegalArgumentException e = org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class,
        () -> LargestRemainder.allocate(Money.ofEuros(100), w,
            Bounds.builder().floor("a", Money.ofEuros(10)).ceiling("b", Money.parse("89.99")).build()));
    assertTrue(e.getMessage().contains("add up to 99.99, less than the total 100.00"), e.getMessage());
  }

  @Test
  void amounts_areInRecipientOrder_andUnmodifiable() {
    Weights w = Weights.builder().add("z", 1).add("m", 2).add("a", 1).build();
    // 10.00 by 1:2:1 is 2.50, 5.00, 2.50
    Map<String, Money> expected = new LinkedHashMap<>();
    expected.put("z", Money.parse("2.50"));
    expected.put("m", Money.parse("5.00"));
    expected.put("a", Money.parse("2.50"));
    Map<String, Money> amounts = LargestRemainder.allocate(Money.ofEuros(10), w).amounts();
    assertEquals(expected, amounts);
    assertEquals(List.copyOf(expected.keySet()), List.copyOf(amounts.keySet()));
    org.junit.jupiter.api.Assertions.assertThrows(UnsupportedOperationException.class,
        () -> amounts.put("x", Money.ZERO));
  }

  @Test
  void decimalWeightsBeyondALong_takeTheBigIntegerPath_withTheSameShares() {
    // 1e19 and 3e19 do not fit in a long; 1:3 of 100.00 is 25.00 and 75.00.
    Map<String, BigDecimal> huge = new LinkedHashMap<>();
    huge.put("a", new BigDecimal("1e19"));
    huge.put("b", new BigDecimal("3e19"));
    Weights w = Weights.of(huge);
    assertNull(w.smallInts());
    Allocation x = LargestRemainder.allocate(Money.ofEuros(100), w);
    assertEquals(Money.ofEuros(25), x.amount("a"));
    assertEquals(Money.ofEuros(75), x.amount("b"));
    // 0.5 and 1.25 scale to 50 and 125: 35.00 splits 10.00 and 25.00
    Map<String, BigDecimal> small = new LinkedHashMap<>();
    small.put("a", new BigDecimal("0.5"));
    small.put("b", new BigDecimal("1.25"));
    Allocation y = LargestRemainder.allocate(Money.ofEuros(35), Weights.of(small));
    assertEquals(Money.ofEuros(10), y.amount("a"));
    assertEquals(Money.ofEuros(25), y.amount("b"));
  }

  @Test
  void wholeWeightsWhoseSumPassesALong_keepTheirExactShares() {
    // Long.MAX_VALUE and 1 add up to 2^63, one past a long: the sum must not wrap to a negative number.
    // 2^63 - 1 : 1 of 100.00 gives b a share of 10000 / 2^63 cents, far below one cent: a takes all.
    Weights w = Weights.of(new String[] {"a", "b"}, new long[] {Long.MAX_VALUE, 1});
    assertNull(w.smallInts());
    assertEquals(new BigDecimal(Long.MAX_VALUE), w.weight("a"));
    assertEquals(BigDecimal.ONE, w.weight("b"));
    Allocation x = LargestRemainder.allocate(Money.ofEuros(100), w);
    assertEquals(Money.ofEuros(100), x.amount("a"));
    assertEquals(Money.ZERO, x.amount("b"));
    // Equal halves of Long.MAX_VALUE each (sum 2^64 - 2) split 0.01 by the smaller id.
    Weights halves = Weights.of(new String[] {"b", "a"}, new long[] {Long.MAX_VALUE, Long.MAX_VALUE});
    Allocation y = LargestRemainder.allocate(Money.parse("0.01"), halves);
    assertEquals(Money.parse("0.01"), y.amount("a"));
    assertEquals(Money.ZERO, y.amount("b"));
    // A sum of exactly Long.MAX_VALUE still fits: the long path, with the same proportions.
    Weights fits = Weights.of(new String[] {"a", "b", "c"}, new long[] {0, Long.MAX_VALUE - 1, 1});
    assertTrue(fits.smallInts() != null);
    Weights zeroFirst = Weights.of(new String[] {"a", "b"}, new long[] {0, 3});
    assertTrue(zeroFirst.smallInts() != null);
    assertEquals(Money.ofEuros(7), LargestRemainder.allocate(Money.ofEuros(7), zeroFirst).amount("b"));
  }
}
