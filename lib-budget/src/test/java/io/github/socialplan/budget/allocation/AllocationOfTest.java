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
}
