package io.github.socialplan.budget.allocation;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.socialplan.core.money.Money;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * An allocation rebuilt from its report lines (as a JSON read does), its report, and what it is equal by.
 * Every figure is worked by hand in the comments.
 */
class AllocationOfTest {

  private static final long SEED = 20_261_130L;

  /** 10.00 by 1:1:2 with a floor of 4.00 on a: a 4.00 (floor), b and c share 6.00 by 1:2: 2.00, 4.00. */
  private static Allocation floored() {
    return LargestRemainder.allocate(Money.ofEuros(10),
        Weights.builder().add("a", 1).add("b", 1).add("c", 2).build(),
        Bounds.builder().floor("a", Money.ofEuros(4)).build());
  }

  /** 1.00 by 1:1:1: 33.333... cents each, the spare cent to a. */
  private static Allocation thirds() {
    return LargestRemainder.allocate(Money.ofEuros(1), Weights.builder().add("a", 1).add("b", 1).add("c", 1).build());
  }

  private static String refused(Money total, List<AllocationLine> lines) {
    return assertThrows(IllegalArgumentException.class, () -> Allocation.of(total, lines)).getMessage();
  }

  private static AllocationLine line(String id, long weight, String exact, String amount, String remainder,
      boolean up, Binding binding) {
    return new AllocationLine(id, BigDecimal.valueOf(weight), new BigDecimal(exact), Money.parse(amount),
        new BigDecimal(remainder), up, binding);
  }

  @Test
  void theLinesOfABoundedAllocation_areWorkedByHand_andRebuildAnEqualAllocation() {
    Allocation a = floored();
    List<AllocationLine> lines = a.lines();
    assertEquals(List.of(
        line("a", 1, "4.000000000000", "4.00", "0E-10", false, Binding.FLOOR),
        line("b", 1, "2.000000000000", "2.00", "0E-10", false, Binding.NONE),
        line("c", 2, "4.000000000000", "4.00", "0E-10", false, Binding.NONE)), lines);
    Allocation again = Allocation.of(Money.ofEuros(10), lines);
    assertEquals(a, again);
    assertEquals(a.hashCode(), again.hashCode());
    assertEquals(lines, again.lines());
    assertEquals(Binding.FLOOR, again.lines().get(0).binding());
  }

  @Test
  void aCeilingIsRebuiltAsACeiling() {
    // 10.00 by 1:1 with b capped at 3.00: a 7.00, b 3.00 (ceiling)
    Allocation a = LargestRemainder.allocate(Money.ofEuros(10), Weights.builder().add("a", 1).add("b", 1).build(),
        Bounds.builder().ceiling("b", Money.ofEuros(3)).build());
    assertEquals(Money.ofEuros(7), a.amount("a"));
    assertEquals(Binding.CEILING, a.lines().get(1).binding());
    Allocation again = Allocation.of(Money.ofEuros(10), a.lines());
    assertEquals(a, again);
    assertEquals(Binding.CEILING, again.lines().get(1).binding());
    // without the ceiling mark both share the whole 10.00: a's exact share is 5.00, so its 7.00 is no rounding
    List<AllocationLine> unmarked = new ArrayList<>(a.lines());
    AllocationLine b = unmarked.get(1);
    unmarked.set(1, new AllocationLine("b", b.weight(), b.exactShare(), b.amount(), b.remainderCents(), false,
        Binding.NONE));
    assertEquals("line of recipient a does not match its weight and amount: expected exactShare 5.000000000000,"
        + " remainderCents 0.0000000000, roundedUp true", refused(Money.ofEuros(10), unmarked));
  }

  @Test
  void linesWithTheSameFiguresWrittenWithOtherDecimals_rebuildTheAllocation() {
    // 3.00 by 1 : 0.5 gives a 2.00 and b 1.00 exactly; the report writes the weights at one common scale (1.0,
    // 0.5) and the shares at 12 decimals, but 1 is 1.0 and 2 is 2.000000000000: a JSON tool that writes
    // numbers without trailing zeros (JavaScript) hands back the same allocation
    Allocation a = LargestRemainder.allocate(Money.ofEuros(3),
        Weights.builder().add("a", 1).add("b", new BigDecimal("0.5")).build());
    List<AllocationLine> trimmed = List.of(
        new AllocationLine("a", new BigDecimal("1"), new BigDecimal("2"), Money.ofEuros(2), BigDecimal.ZERO, false,
            Binding.NONE),
        new AllocationLine("b", new BigDecimal("0.50"), new BigDecimal("1.0"), Money.ofEuros(1),
            new BigDecimal("0.00"), false, Binding.NONE));
    assertEquals(a, Allocation.of(Money.ofEuros(3), trimmed));
    // a different figure is still refused
    List<AllocationLine> wrong = new ArrayList<>(trimmed);
    wrong.set(0, new AllocationLine("a", BigDecimal.ONE, new BigDecimal("2.01"), Money.ofEuros(2), BigDecimal.ZERO,
        false, Binding.NONE));
    assertEquals("line of recipient a does not match its weight and amount: expected exactShare 2.000000000000,"
        + " remainderCents 0.0000000000, roundedUp false", refused(Money.ofEuros(3), wrong));
  }

  @Test
  void theSpareCentOfThirds_isRebuiltWithItsRemainders() {
    Allocation a = thirds();
    // 100 cents / 3 = 33 1/3: every remainder is 0.3333333333 cents; a (smallest id) is rounded up to 34.
    assertEquals(List.of(
        line("a", 1, "0.333333333333", "0.34", "0.3333333333", true, Binding.NONE),
        line("b", 1, "0.333333333333", "0.33", "0.3333333333", false, Binding.NONE),
        line("c", 1, "0.333333333333", "0.33", "0.3333333333", false, Binding.NONE)), a.lines());
    assertEquals(a, Allocation.of(Money.ofEuros(1), a.lines()));
  }

  @Test
  void linesThatDisagree_areRefusedNamingTheRecipient() {
    assertEquals("an allocation of 1.00 needs at least one line", refused(Money.ofEuros(1), List.of()));
    List<AllocationLine> lines = new ArrayList<>(thirds().lines());
    assertEquals("the amounts add up to 1.00, not to the total 1.01", refused(Money.parse("1.01"), lines));
    // the spare cent moved from a to b: amounts still add up, but b's rounding mark and a's amount disagree
    lines.set(0, line("a", 1, "0.333333333333", "0.33", "0.3333333333", true, Binding.NONE));
    lines.set(1, line("b", 1, "0.333333333333", "0.34", "0.3333333333", false, Binding.NONE));
    assertEquals("line of recipient a does not match its weight and amount: expected exactShare 0.333333333333,"
        + " remainderCents 0.3333333333, roundedUp false", refused(Money.ofEuros(1), lines));
    // a wrong exact share on the last line
    List<AllocationLine> last = new ArrayList<>(thirds().lines());
    last.set(2, line("c", 1, "0.333333333334", "0.33", "0.3333333333", false, Binding.NONE));
    assertTrue(refused(Money.ofEuros(1), last).startsWith("line of recipient c does not match"));
    // a repeated recipient
    List<AllocationLine> twice = new ArrayList<>(thirds().lines());
    twice.set(2, twice.get(1));
    assertEquals("recipient b is given twice", refused(Money.ofEuros(1), twice));
  }

  @Test
  void amountsAndCents_byRecipient() {
    Allocation a = floored();
    assertEquals(Money.ofEuros(4), a.amount("c"));
    assertEquals(200, a.cents("b"));
    assertEquals(3, a.size());
    assertEquals(Money.ofEuros(10), a.total());
    assertEquals(Weights.builder().add("a", 1).add("b", 1).add("c", 2).build(), a.weights());
    assertEquals("not a recipient of this allocation: d",
        assertThrows(IllegalArgumentException.class, () -> a.amount("d")).getMessage());
    long[] cents = a.centsArray();
    assertArrayEquals(new long[] {400, 200, 400}, cents);
    cents[0] = 0;
    assertEquals(400, a.cents("a"), "the array is a copy");
    assertEquals("Allocation{total=10.00, amounts={a=4.00, b=2.00, c=4.00}}", a.toString());
  }

  @Test
  void report_hasOneRowPerRecipient_itsBound_andTheTotal() {
    String[] rows = floored().report().split("\n");
    assertEquals(5, rows.length);
    assertEquals(List.of("recipient", "weight", "exact", "share", "amount", "remainder", "bound"),
        List.of(rows[0].trim().split(" +")));
    assertEquals(List.of("a", "1", "4.000000000000", "4.00", "0.000000", "floor"), List.of(rows[1].split(" +")));
    assertEquals(List.of("c", "2", "4.000000000000", "4.00", "0.000000"), List.of(rows[3].trim().split(" +")));
    assertEquals(List.of("total", "10.00"), List.of(rows[4].split(" +")));
    String[] third = thirds().report().split("\n");
    assertEquals(List.of("a", "1", "0.333333333333", "0.34", "0.333333+1"), List.of(third[1].trim().split(" +")));
    assertEquals(List.of("b", "1", "0.333333333333", "0.33", "0.333333"), List.of(third[2].trim().split(" +")));
  }

  @Test
  void equality_looksAtTheTotalTheWeightsTheAmountsAndTheBounds() {
    Allocation a = floored();
    assertEquals(a, floored());
    assertNotEquals(a, null);
    assertNotEquals(a, "Allocation{total=10.00, amounts={a=4.00, b=2.00, c=4.00}}");
    // same weights and total, no floor: 2.50, 2.50, 5.00
    Allocation free = LargestRemainder.allocate(Money.ofEuros(10), a.weights());
    assertNotEquals(a, free);
    assertNotEquals(a.hashCode(), free.hashCode());
    // same amounts, other total: the floor of 4.00 out of 10.00 and 4.00 of 10.00 without one differ only in
    // the mark, so build the same amounts twice, once marked
    Allocation sameAmountsNoMark = LargestRemainder.allocate(Money.ofEuros(10),
        Weights.builder().add("a", 2).add("b", 1).add("c", 2).build());
    assertArrayEquals(a.centsArray(), sameAmountsNoMark.centsArray());
    assertNotEquals(a, sameAmountsNoMark);
    // weights 2:1:2 give the same amounts as the floored allocation; with a floor of 4.00 on a, a is free
    Allocation equalWeightsFloorNotBinding = LargestRemainder.allocate(Money.ofEuros(10),
        Weights.builder().add("a", 2).add("b", 1).add("c", 2).build(), Bounds.builder().floor("a", Money.ofEuros(3))
            .build());
    assertEquals(sameAmountsNoMark, equalWeightsFloorNotBinding);
    // only the binding differs: a at its floor of 4.00 against a free at its share of 4.00
    Allocation markedOnly = Allocation.of(Money.ofEuros(10), List.of(
        line("a", 2, "4.000000000000", "4.00", "0E-10", false, Binding.FLOOR),
        line("b", 1, "2.000000000000", "2.00", "0E-10", false, Binding.NONE),
        line("c", 2, "4.000000000000", "4.00", "0E-10", false, Binding.NONE)));
    assertNotEquals(sameAmountsNoMark, markedOnly);
    assertNotEquals(markedOnly, sameAmountsNoMark);
    Allocation otherTotal = LargestRemainder.allocate(Money.ofEuros(20), a.weights());
    assertNotEquals(free, otherTotal);
    assertNotEquals(free.hashCode(), otherTotal.hashCode());
  }

  // ---- only the allocation LargestRemainder gives is rebuilt ----

  /** A line whose exact share, remainder and rounding mark agree with its amount, as the line check wants. */
  private static AllocationLine free(String id, long weight, String exact, String amount, String remainder,
      boolean up) {
    return line(id, weight, exact, amount, remainder, up, Binding.NONE);
  }

  @Test
  void freeLinesOffTheLargestRemainderSplit_areRefusedSayingWhatTheSplitGives() {
    // 1.00 by 1:1: exact shares 0.50 each, no remainder; 1.00 / 0.00 keeps every line's own figures consistent
    List<AllocationLine> wrong = List.of(
        free("a", 1, "0.500000000000", "1.00", "0E-10", true),
        free("b", 1, "0.500000000000", "0.00", "0E-10", false));
    assertEquals("recipient a: amount 1.00, but the largest-remainder split of the free total 1.00 gives 0.50",
        refused(Money.ofEuros(1), wrong));
    List<AllocationLine> right = List.of(
        free("a", 1, "0.500000000000", "0.50", "0E-10", false),
        free("b", 1, "0.500000000000", "0.50", "0E-10", false));
    Allocation halves = Allocation.of(Money.ofEuros(1), right);
    assertEquals(Money.parse("0.50"), halves.amount("a"));
    assertEquals(Money.parse("0.50"), halves.amount("b"));
  }

  @Test
  void theSpareCent_mustGoByTheTieBreak_largerWeightThenSmallerId() {
    // thirds of 1.00: equal remainders and weights, so the spare cent goes to the smallest id, a, not c
    List<AllocationLine> toC = List.of(
        free("a", 1, "0.333333333333", "0.33", "0.3333333333", false),
        free("b", 1, "0.333333333333", "0.33", "0.3333333333", false),
        free("c", 1, "0.333333333333", "0.34", "0.3333333333", true));
    assertEquals("recipient a: amount 0.33, but the largest-remainder split of the free total 1.00 gives 0.34",
        refused(Money.ofEuros(1), toC));
    // 0.05 by 1:6:3 is 0.5, 3 and 1.5 cents: a and c tie at half a cent and c, the larger weight, gets the
    // spare cent: 0.00, 0.03, 0.02
    List<AllocationLine> toA = List.of(
        free("a", 1, "0.005000000000", "0.01", "0.5000000000", true),
        free("b", 6, "0.030000000000", "0.03", "0E-10", false),
        free("c", 3, "0.015000000000", "0.01", "0.5000000000", false));
    assertEquals("recipient a: amount 0.01, but the largest-remainder split of the free total 0.05 gives 0.00",
        refused(Money.parse("0.05"), toA));
    Allocation toCRight = Allocation.of(Money.parse("0.05"), List.of(
        free("a", 1, "0.005000000000", "0.00", "0.5000000000", false),
        free("b", 6, "0.030000000000", "0.03", "0E-10", false),
        free("c", 3, "0.015000000000", "0.02", "0.5000000000", true)));
    assertEquals(Money.parse("0.02"), toCRight.amount("c"));
  }

  @Test
  void aFloorBelowItsUnconstrainedShare_isRefused_atOrAboveItIsKept() {
    // 10.00 by 1:1:2 with a held at 1.00: the free total 9.00 goes 3.00 / 6.00 to b and c, and a's
    // unconstrained share 9.00 * 1 / 3 = 3.00 is above the 1.00 it is held at, so no floor held it there
    List<AllocationLine> low = List.of(
        line("a", 1, "1.000000000000", "1.00", "0E-10", false, Binding.FLOOR),
        free("b", 1, "3.000000000000", "3.00", "0E-10", false),
        free("c", 2, "6.000000000000", "6.00", "0E-10", false));
    assertEquals("recipient a: amount 1.00 held at its floor is below its unconstrained share 3.000000000000"
        + " of the free total 9.00", refused(Money.ofEuros(10), low));
    // held at 4.00 the free total is 6.00 and a's share 2.00 is below it: the floored allocation
    assertEquals(floored(), Allocation.of(Money.ofEuros(10), List.of(
        line("a", 1, "4.000000000000", "4.00", "0E-10", false, Binding.FLOOR),
        free("b", 1, "2.000000000000", "2.00", "0E-10", false),
        free("c", 2, "4.000000000000", "4.00", "0E-10", false))));
  }

  @Test
  void aCeilingAboveItsUnconstrainedShare_isRefused_atOrBelowItIsKept() {
    // 10.00 by 1:1 with b held at 7.00: a gets the free total 3.00, and b's unconstrained share 3.00 is below
    // the 7.00 it is held at, so no ceiling held it there
    List<AllocationLine> high = List.of(
        free("a", 1, "3.000000000000", "3.00", "0E-10", false),
        line("b", 1, "7.000000000000", "7.00", "0E-10", false, Binding.CEILING));
    assertEquals("recipient b: amount 7.00 held at its ceiling is above its unconstrained share 3.000000000000"
        + " of the free total 3.00", refused(Money.ofEuros(10), high));
    // held at 3.00, b's share of the free 7.00 is 7.00, above it
    Allocation kept = Allocation.of(Money.ofEuros(10), List.of(
        free("a", 1, "7.000000000000", "7.00", "0E-10", false),
        line("b", 1, "3.000000000000", "3.00", "0E-10", false, Binding.CEILING)));
    assertEquals(Money.ofEuros(7), kept.amount("a"));
  }

  @Test
  void withEveryRecipientBound_oneLevelMustLieBetweenTheCeilingsAndTheFloors() {
    // 4.00 by 1:1, a held at a floor of 1.00, b at a ceiling of 3.00: a level at or below a's floor gives b
    // at most 1.00, so b cannot have been held at a ceiling of 3.00
    List<AllocationLine> crossed = List.of(
        line("a", 1, "1.000000000000", "1.00", "0E-10", false, Binding.FLOOR),
        line("b", 1, "3.000000000000", "3.00", "0E-10", false, Binding.CEILING));
    assertEquals("recipient b: amount 3.00 held at its ceiling is above its share 1.000000000000 at the level of"
        + " recipient a's floor 1.00, with every recipient bound", refused(Money.ofEuros(4), crossed));
    // 10.00 by 1:1 with a's floor 6.00 and b's ceiling 4.00: shares of 5.00 are below the one and above the
    // other, so both are held; any level from 4.00 to 6.00 fits
    Allocation both = LargestRemainder.allocate(Money.ofEuros(10), Weights.builder().add("a", 1).add("b", 1).build(),
        Bounds.builder().floor("a", Money.ofEuros(6)).ceiling("b", Money.ofEuros(4)).build());
    assertEquals(List.of(Binding.FLOOR, Binding.CEILING),
        List.of(both.lines().get(0).binding(), both.lines().get(1).binding()));
    assertEquals(both, Allocation.of(Money.ofEuros(10), both.lines()));
  }

  @Test
  void aZeroWeightRecipient_isHeldAtItsFloorOnceEveryOtherIsBound() {
    // 3.00 by 1:0, a's ceiling 2.00, z's floor 1.00: a's share 3.00 is above its ceiling, z's 0 below its
    // floor, by as much: both are held, a at 2.00, z at 1.00
    Allocation held = LargestRemainder.allocate(Money.ofEuros(3), Weights.builder().add("a", 1).add("z", 0).build(),
        Bounds.builder().ceiling("a", Money.ofEuros(2)).floor("z", Money.ofEuros(1)).build());
    assertEquals(List.of(
        line("a", 1, "2.000000000000", "2.00", "0E-10", false, Binding.CEILING),
        line("z", 0, "1.000000000000", "1.00", "0E-10", false, Binding.FLOOR)), held.lines());
    assertEquals(held, Allocation.of(Money.ofEuros(3), held.lines()));
    // z left free beside a bound a: the allocator would hold it at its floor
    List<AllocationLine> zFree = List.of(
        line("a", 1, "2.000000000000", "2.00", "0E-10", false, Binding.CEILING),
        free("z", 0, "0E-12", "0.00", "0E-10", false));
    assertEquals("recipient z: weight 0 and not bound, but every recipient with a positive weight is bound, so"
        + " the allocation holds it at its floor", refused(Money.ofEuros(2), zFree));
    // a zero weight held at a positive ceiling: its share is 0 at every level
    List<AllocationLine> zCeiling = List.of(
        line("a", 1, "2.000000000000", "2.00", "0E-10", false, Binding.CEILING),
        line("z", 0, "1.000000000000", "1.00", "0E-10", false, Binding.CEILING));
    assertEquals("recipient z: amount 1.00 held at its ceiling is above its share 0.00 of weight 0",
        refused(Money.ofEuros(3), zCeiling));
  }

  @Test
  void aNegativeTotalOrAmount_orWeightsAllZero_areRefused() {
    assertEquals("total allocated must be >= 0: -1.00",
        refused(Money.ofEuros(-1), List.of(free("a", 1, "-1.000000000000", "-1.00", "0E-10", false))));
    assertEquals("total allocated must be at most 92233720368547758.07 (Long.MAX_VALUE cents): 92233720368547758.08",
        refused(Money.parse("92233720368547758.08"),
            List.of(free("a", 1, "92233720368547758.080000000000", "92233720368547758.08", "0E-10", false))));
    assertEquals("amount of recipient b must be >= 0: -1.00", refused(Money.ofEuros(1), List.of(
        free("a", 1, "0.500000000000", "2.00", "0E-10", true),
        free("b", 1, "0.500000000000", "-1.00", "0E-10", false))));
    assertEquals("all 2 weights are zero: shares of 0.00 are undefined", refused(Money.ZERO, List.of(
        free("a", 0, "0E-12", "0.00", "0E-10", false),
        free("b", 0, "0E-12", "0.00", "0E-10", false))));
  }

  /**
   * The allocation rebuilt from its own lines is accepted and equal; with one cent moved from one free line
   * to another (every line's own figures kept consistent) it is refused, naming the first of the two.
   */
  private static void rebuiltEqual_andRefusedWithACentMoved(Allocation a) {
    List<AllocationLine> lines = a.lines();
    Allocation back = Allocation.of(a.total(), lines);
    assertEquals(a, back);
    assertEquals(lines, back.lines());
    List<Integer> free = new ArrayList<>();
    long bound = 0;
    for (int i = 0; i < lines.size(); i++) {
      if (lines.get(i).binding() == Binding.NONE) {
        free.add(i);
      } else {
        bound += lines.get(i).amount().cents();
      }
    }
    int from = -1;
    for (int i : free) {
      if (lines.get(i).amount().isPositive()) {
        from = i;
        break;
      }
    }
    if (from < 0 || free.size() < 2) {
      return;
    }
    int to = free.get((free.indexOf(from) + 1) % free.size());
    List<AllocationLine> moved = new ArrayList<>(lines);
    moved.set(from, withCents(lines.get(from), -1));
    moved.set(to, withCents(lines.get(to), +1));
    int first = Math.min(from, to);
    assertEquals("recipient " + lines.get(first).recipient() + ": amount " + moved.get(first).amount()
        + ", but the largest-remainder split of the free total " + Money.ofCents(a.total().cents() - bound)
        + " gives " + lines.get(first).amount(), refused(a.total(), moved));
  }

  /** A free line with {@code delta} cents more, its rounding mark the one its whole cents then give. */
  private static AllocationLine withCents(AllocationLine l, long delta) {
    long wholeCents = l.amount().cents() - (l.roundedUp() ? 1 : 0);
    long cents = l.amount().cents() + delta;
    return new AllocationLine(l.recipient(), l.weight(), l.exactShare(), Money.ofCents(cents), l.remainderCents(),
        cents > wholeCents, l.binding());
  }

  @Test
  void property_everyAllocationTheAllocatorGives_isRebuiltEqual_andACentMovedBetweenFreeLinesIsRefused() {
    // floors and ceilings drawn as in BoundedOracleTest
    BoundedCases.check(SEED, k -> {
      for (Weights weights : List.of(k.small, k.big)) {
        rebuiltEqual_andRefusedWithACentMoved(LargestRemainder.allocate(k.total(), weights));
        rebuiltEqual_andRefusedWithACentMoved(LargestRemainder.allocate(k.total(), weights, k.bounds));
      }
    });
  }
}
