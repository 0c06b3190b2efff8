package io.github.socialplan.budget.reallocation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.socialplan.budget.allocation.Binding;
import io.github.socialplan.core.money.Money;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * A reallocation result rebuilt from its lines and constraints (as a JSON read does), and the corners of
 * the builder's input checks. Every figure is worked by hand in the comments.
 */
class ReallocationResultTest {

  /** A 60, B 30, C 10; A's target 40 %; B's ceiling 40: B held at 40 (target 45), A 43.64, C 16.36. */
  private static ReallocationResult capped() {
    return Reallocation.builder().current("A", Money.ofEuros(60)).current("B", Money.ofEuros(30))
        .current("C", Money.ofEuros(10)).target("A", new BigDecimal("0.4")).ceiling("B", Money.ofEuros(40)).build();
  }

  private static ReallocationLine line(String item, String current, String share, String target, String amount,
      Binding b) {
    return new ReallocationLine(item, Money.parse(current), Optional.ofNullable(share).map(BigDecimal::new),
        Money.parse(target), Money.parse(amount), b);
  }

  private static String refused(Money total, List<ReallocationLine> lines, List<BindingConstraint> constraints) {
    return assertThrows(IllegalArgumentException.class, () -> ReallocationResult.of(total, lines, constraints))
        .getMessage();
  }

  private static final BindingConstraint B_CEILING =
      new BindingConstraint("B", Binding.CEILING, Money.ofEuros(40), Money.ofEuros(45));

  @Test
  void theCappedResult_isWorkedByHand_andRebuildsEqual() {
    ReallocationResult r = capped();
    List<ReallocationLine> lines = List.of(
        line("A", "60.00", "0.4", "40.00", "43.64", Binding.NONE),
        line("B", "30.00", null, "45.00", "40.00", Binding.CEILING),
        line("C", "10.00", null, "15.00", "16.36", Binding.NONE));
    assertEquals(lines, r.lines());
    assertEquals(List.of(B_CEILING), r.constraints());
    assertEquals(Money.ofEuros(100), r.total());
    // |43.64 - 60| + |40 - 30| + |16.36 - 10| = 16.36 + 10 + 6.36 = 32.72, half of it moved
    assertEquals(Money.parse("16.36"), r.movement());
    assertFalse(r.targetsMet());
    ReallocationResult again = ReallocationResult.of(Money.ofEuros(100), lines, List.of(B_CEILING));
    assertEquals(r, again);
    assertEquals(r.hashCode(), again.hashCode());
    assertEquals("ReallocationResult{total=100.00, items=3, constraints=1}", r.toString());
    assertEquals(line("C", "10.00", null, "15.00", "16.36", Binding.NONE), r.line("C"));
    assertEquals(Money.parse("6.36"), r.line("C").change());
    assertEquals("not an item of the reallocation: D",
        assertThrows(IllegalArgumentException.class, () -> r.line("D")).getMessage());
  }

  @Test
  void report_givesEveryItemTheMovementAndEveryConstraint() {
    String[] rows = capped().report().split("\n");
    assertEquals(6, rows.length);
    assertEquals(List.of("item", "current", "share", "target", "amount", "change"), List.of(rows[0].split(" +")));
    assertEquals(List.of("A", "60.00", "0.4", "40.00", "43.64", "-16.36"), List.of(rows[1].split(" +")));
    assertEquals(List.of("B", "30.00", "-", "45.00", "40.00", "10.00"), List.of(rows[2].split(" +")));
    assertEquals("movement 16.36; targets not met", rows[4]);
    assertEquals("B: target 45.00 is above its ceiling 40.00", rows[5]);
    ReallocationResult met = Reallocation.builder().current("A", Money.ofEuros(60)).current("B", Money.ofEuros(40))
        .target("A", new BigDecimal("0.5")).build();
    assertTrue(met.report().endsWith("movement 10.00; targets met\n"), met.report());
    assertTrue(met.targetsMet());
  }

  @Test
  void linesThatDisagree_areRefusedNamingTheItem() {
    List<ReallocationLine> lines = new ArrayList<>(capped().lines());
    assertEquals("the current amounts add up to 100.00 and the amounts after to 100.00: both must be the total"
        + " 100.01", refused(Money.parse("100.01"), lines, List.of(B_CEILING)));
    List<ReallocationLine> moved = new ArrayList<>(lines);
    moved.set(0, line("A", "60.00", "0.4", "40.00", "43.65", Binding.NONE));
    assertEquals("the current amounts add up to 100.00 and the amounts after to 100.01: both must be the total"
        + " 100.00", refused(Money.ofEuros(100), moved, List.of(B_CEILING)));
    List<ReallocationLine> before = new ArrayList<>(lines);
    before.set(0, line("A", "59.99", "0.4", "40.00", "43.64", Binding.NONE));
    assertEquals("the current amounts add up to 99.99 and the amounts after to 100.00: both must be the total"
        + " 100.00", refused(Money.ofEuros(100), before, List.of(B_CEILING)));
    List<ReallocationLine> twice = new ArrayList<>(lines);
    twice.set(2, lines.get(1));
    assertEquals("item B appears twice", refused(Money.ofEuros(100), twice, List.of(B_CEILING)));
  }

  @Test
  void targetsThatDoNotAddUpToTheTotal_areRefused() {
    // The targets split the total (A's 50 % is 50.00, B takes the rest, 50.00); 50 + 60 = 110 is no split
    // of 100, though the amounts before and after add up to it.
    assertEquals("the targets add up to 110.00: they must be the total 100.00", refused(Money.ofEuros(100),
        List.of(line("A", "60.00", "0.5", "50.00", "50.00", Binding.NONE),
            line("B", "40.00", null, "60.00", "50.00", Binding.NONE)), List.of()));
  }

  @Test
  void aTargetThatIsNotItsShareOfTheTotal_isRefused() {
    // A's share 0.5 of 100.00 is 50.00, not 60.00
    assertEquals("target of A is 60.00, not its share 0.5 of the total 100.00 to the cent (50.00)",
        refused(Money.ofEuros(100), List.of(line("A", "60.00", "0.5", "60.00", "60.00", Binding.NONE),
            line("B", "40.00", null, "40.00", "40.00", Binding.NONE)), List.of()));
    // a third of 100.00 is 33.333...: 33.33 or 33.34, whichever the largest remainder gives, not 33.35
    assertEquals("target of A is 33.35, not its share 0.33333 of the total 100.00 to the cent (33.33 to 33.34)",
        refused(Money.ofEuros(100), List.of(line("A", "60.00", "0.33333", "33.35", "33.35", Binding.NONE),
            line("B", "40.00", null, "66.65", "66.65", Binding.NONE)), List.of()));
    ReallocationResult.of(Money.ofEuros(100), List.of(line("A", "60.00", "0.33333", "33.34", "33.34", Binding.NONE),
        line("B", "40.00", null, "66.66", "66.66", Binding.NONE)), List.of());
  }

  @Test
  void constraintsThatDoNotFitTheirLines_areRefused() {
    List<ReallocationLine> lines = capped().lines();
    Money total = Money.ofEuros(100);
    assertEquals("1 items are held at a bound but 0 constraints are given", refused(total, lines, List.of()));
    assertEquals("1 items are held at a bound but 2 constraints are given",
        refused(total, lines, List.of(B_CEILING, B_CEILING)));
    // C is not held; (a ceiling of 16.36 under a target of 15.00 would not even make a constraint)
    assertEquals("constraint on C does not match its line: C: target 17.00 is above its ceiling 16.36",
        refused(total, lines, List.of(new BindingConstraint("C", Binding.CEILING, Money.parse("16.36"),
            Money.ofEuros(17)))));
    assertEquals("constraint on D does not match its line: D: target 45.00 is above its ceiling 40.00",
        refused(total, lines, List.of(new BindingConstraint("D", Binding.CEILING, Money.ofEuros(40),
            Money.ofEuros(45)))));
    // a floor on B (a floor at 40.00 under its target 45.00 would not even make a constraint)
    assertEquals("constraint on B does not match its line: B: target 45.00 is below its floor 50.00",
        refused(total, lines, List.of(new BindingConstraint("B", Binding.FLOOR, Money.ofEuros(50),
            Money.ofEuros(45)))));
    assertEquals("constraint on B does not match its line: B: target 45.00 is above its ceiling 41.00",
        refused(total, lines, List.of(new BindingConstraint("B", Binding.CEILING, Money.ofEuros(41),
            Money.ofEuros(45)))));
    assertEquals("constraint on B does not match its line: B: target 44.00 is above its ceiling 40.00",
        refused(total, lines, List.of(new BindingConstraint("B", Binding.CEILING, Money.ofEuros(40),
            Money.ofEuros(44)))));
    // two items held, the same constraint twice
    List<ReallocationLine> twoHeld = new ArrayList<>(lines);
    twoHeld.set(0, line("A", "60.00", "0.4", "40.00", "43.64", Binding.FLOOR));
    assertEquals("constraint on B does not match its line: B: target 45.00 is above its ceiling 40.00",
        refused(total, twoHeld, List.of(B_CEILING, B_CEILING)));
  }

  @Test
  void equality_looksAtTheTotalTheLinesAndTheConstraints() {
    ReallocationResult r = capped();
    assertNotEquals(r, null);
    assertNotEquals(r, r.toString());
    // the same lines with no bound held, and no constraint
    List<ReallocationLine> free = new ArrayList<>(r.lines());
    free.set(1, line("B", "30.00", null, "45.00", "40.00", Binding.NONE));
    ReallocationResult unconstrained = ReallocationResult.of(Money.ofEuros(100), free, List.of());
    assertNotEquals(r, unconstrained);
    assertNotEquals(r.hashCode(), unconstrained.hashCode());
    // B's target written as 44.00 (and C's as 16.00, so that the targets still split the total): the lines
    // differ, the constraint with them
    List<ReallocationLine> otherTarget = new ArrayList<>(r.lines());
    otherTarget.set(1, line("B", "30.00", null, "44.00", "40.00", Binding.CEILING));
    otherTarget.set(2, line("C", "10.00", null, "16.00", "16.36", Binding.NONE));
    BindingConstraint c44 = new BindingConstraint("B", Binding.CEILING, Money.ofEuros(40), Money.ofEuros(44));
    ReallocationResult other = ReallocationResult.of(Money.ofEuros(100), otherTarget, List.of(c44));
    assertNotEquals(r, other);
    assertNotEquals(r.hashCode(), other.hashCode());
    // a single item: 5.00 stays 5.00
    ReallocationResult one = ReallocationResult.of(Money.ofEuros(5),
        List.of(line("A", "5.00", null, "5.00", "5.00", Binding.NONE)), List.of());
    ReallocationResult zero = ReallocationResult.of(Money.ZERO,
        List.of(line("A", "0.00", null, "0.00", "0.00", Binding.NONE)), List.of());
    assertNotEquals(one, zero);
    assertNotEquals(one.hashCode(), zero.hashCode());
    assertTrue(one.targetsMet());
    assertEquals(Money.ZERO, one.movement());
  }

  @Test
  void bindingConstraint_isAFloorOrACeiling_andSaysWhich() {
    assertEquals("a binding constraint is a floor or a ceiling, not NONE", assertThrows(IllegalArgumentException.class,
        () -> new BindingConstraint("A", Binding.NONE, Money.ofEuros(1), Money.ofEuros(2))).getMessage());
    BindingConstraint floor = new BindingConstraint("A", Binding.FLOOR, Money.ofEuros(3), Money.ofEuros(2));
    assertEquals("A: target 2.00 is below its floor 3.00", floor.message());
    assertEquals(floor.message(), floor.toString());
  }

  // ---- the builder's input ----

  private static String builderRefuses(Reallocation.Builder b) {
    return assertThrows(IllegalArgumentException.class, b::build).getMessage();
  }

  @Test
  void builder_refusesEachBadInputNamingIt() {
    assertEquals("nothing to reallocate: no items", builderRefuses(Reallocation.builder()));
    assertEquals("current amount of A must be >= 0: -0.01", assertThrows(IllegalArgumentException.class,
        () -> Reallocation.builder().current("A", Money.parse("-0.01"))).getMessage());
    assertEquals("item A is given twice", assertThrows(IllegalArgumentException.class,
        () -> Reallocation.builder().current("A", Money.ofEuros(1)).current("A", Money.ofEuros(2))).getMessage());
    assertEquals("target share of A must be in 0..1: -0.01", assertThrows(IllegalArgumentException.class,
        () -> Reallocation.builder().target("A", new BigDecimal("-0.01"))).getMessage());
    assertEquals("target share of A must be in 0..1: 1.01", assertThrows(IllegalArgumentException.class,
        () -> Reallocation.builder().target("A", new BigDecimal("1.01"))).getMessage());
    // the rest goes to items without a target, but they have nothing to share it by
    assertEquals("target shares add up to 0.5 and the items without a target have nothing to share the rest by",
        builderRefuses(Reallocation.builder().current("A", Money.ofEuros(10)).current("B", Money.ZERO)
            .target("A", new BigDecimal("0.5"))));
  }

  @Test
  void builder_sharesOfZeroAndOne_areAccepted() {
    // A takes everything, B nothing: the whole 20.00 moves to A... of which 10.00 was B's
    ReallocationResult all = Reallocation.builder().current("A", Money.ofEuros(10)).current("B", Money.ofEuros(10))
        .target("A", BigDecimal.ONE).target("B", BigDecimal.ZERO).build();
    assertEquals(Money.ofEuros(20), all.amount("A"));
    assertEquals(Money.ZERO, all.amount("B"));
    assertEquals(Money.ofEuros(10), all.movement());
    // shares adding up to exactly one with no free item: nothing left over, nothing refused
    ReallocationResult exact = Reallocation.builder().current("A", Money.ofEuros(10)).current("B", Money.ofEuros(30))
        .target("A", new BigDecimal("0.25")).target("B", new BigDecimal("0.75")).build();
    assertEquals(Money.ofEuros(10), exact.amount("A"));
    assertTrue(exact.targetsMet());
    assertEquals(Money.ZERO, exact.movement());
  }

  @Test
  void builder_sharesWithDifferentDecimals_areWeighedExactly() {
    // 0.125 and 0.5 of 80.00: 10.00 and 40.00; C, the only free item, takes the rest 30.00
    ReallocationResult r = Reallocation.builder().current("A", Money.ofEuros(20)).current("B", Money.ofEuros(20))
        .current("C", Money.ofEuros(40)).target("A", new BigDecimal("0.125")).target("B", new BigDecimal("0.50"))
        .build();
    assertEquals(Money.ofEuros(10), r.amount("A"));
    assertEquals(Money.ofEuros(40), r.amount("B"));
    assertEquals(Money.ofEuros(30), r.amount("C"));
    assertEquals(Optional.of(new BigDecimal("0.50")), r.line("B").targetShare());
    // shares written with trailing zeros beyond their decimals: 0.2500 is 0.25 of 40.00
    ReallocationResult t = Reallocation.builder().current("A", Money.ofEuros(30)).current("B", Money.ofEuros(10))
        .target("A", new BigDecimal("0.2500")).build();
    assertEquals(Money.ofEuros(10), t.amount("A"));
    assertEquals(Money.ofEuros(30), t.amount("B"));
  }

  @Test
  void builder_zeroTotal_givesEveryItemNothing_andRefusesAPositiveFloor() {
    ReallocationResult zero = Reallocation.builder().current("A", Money.ZERO).current("B", Money.ZERO)
        .target("A", BigDecimal.ONE).floor("B", Money.ZERO).build();
    assertEquals(Money.ZERO, zero.total());
    assertEquals(List.of(line("A", "0.00", "1", "0.00", "0.00", Binding.NONE),
        line("B", "0.00", null, "0.00", "0.00", Binding.NONE)), zero.lines());
    assertTrue(zero.constraints().isEmpty());
    assertEquals("floors add up to more than the total 0.00: B has floor 0.01", builderRefuses(
        Reallocation.builder().current("A", Money.ZERO).current("B", Money.ZERO).target("A", BigDecimal.ONE)
            .floor("B", Money.parse("0.01"))));
  }

  @Test
  void builder_zeroTotal_refusesABoundOnAnUnknownItem_asAPositiveTotalDoes() {
    // a typo in a bound's item was refused with any positive total, accepted with a zero one
    assertEquals("ceiling given for Z, which is not a recipient", builderRefuses(Reallocation.builder()
        .current("A", Money.ofEuros(1)).target("A", BigDecimal.ONE).ceiling("Z", Money.ofEuros(5))));
    assertEquals("ceiling given for Z, which is not a recipient", builderRefuses(Reallocation.builder()
        .current("A", Money.ZERO).target("A", BigDecimal.ONE).ceiling("Z", Money.ofEuros(5))));
    assertEquals("floor given for Z, which is not a recipient", builderRefuses(Reallocation.builder()
        .current("A", Money.ZERO).target("A", BigDecimal.ONE).floor("Z", Money.ZERO)));
  }

  @Test
  void builder_sharesAddingUpToOne_leaveAFreeItemWithNothingAtNothing() {
    // A takes the whole 10.00; B, without a target and with nothing, keeps nothing: not refused
    ReallocationResult r = Reallocation.builder().current("A", Money.ofEuros(4)).current("B", Money.ZERO)
        .current("C", Money.ofEuros(6)).target("A", BigDecimal.ONE).target("C", new BigDecimal("0E+3")).build();
    assertEquals(Money.ofEuros(10), r.amount("A"));
    assertEquals(Money.ZERO, r.amount("B"));
    assertEquals(Money.ZERO, r.amount("C"));
    assertEquals(Money.ofEuros(6), r.movement());
  }
}
