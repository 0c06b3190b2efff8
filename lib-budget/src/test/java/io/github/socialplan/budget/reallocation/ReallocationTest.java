package io.github.socialplan.budget.reallocation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.socialplan.budget.allocation.Binding;
import io.github.socialplan.core.money.Money;
import io.github.socialplan.core.testing.ReferenceTable;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ReallocationTest {

  private static Map<String, String> spending2012() {
    return ReferenceTable.read("cremona-2012-social-spending.csv").row("Totale Ambito Distrettuale di Cremona");
  }

  private static BigDecimal targetAssociatedShare() {
    return new BigDecimal(ReferenceTable.fact("target_pct_spending_associated_2017")).movePointLeft(2);
  }

  @Test
  void cremonaAssociatedSpending_from19To30Percent_movesTheGap() {
    Map<String, String> row = spending2012();
    Money associated = Money.parse(row.get("associated_spending"));
    Money direct = Money.parse(row.get("direct_spending"));
    ReallocationResult r =
        Reallocation.builder()
            .current("associated", associated)
            .current("direct", direct)
            .target("associated", targetAssociatedShare())
            .build();
    // 30% of 19,084,183 = 5,725,254.90; moved 5,725,254.90 - 3,571,415 = 2,153,839.90
    assertEquals(Money.parse(row.get("total_spending")), r.total());
    assertEquals(Money.parse("5725254.90"), r.amount("associated"));
    assertEquals(Money.parse("13358928.10"), r.amount("direct"));
    assertEquals(Money.parse("2153839.90"), r.movement());
    assertTrue(r.targetsMet());
    assertTrue(r.constraints().isEmpty());
  }

  @Test
  void cremonaAssociatedSpending_aCeilingStopsTheTargetAndIsNamed() {
    Map<String, String> row = spending2012();
    ReallocationResult r =
        Reallocation.builder()
            .current("associated", Money.parse(row.get("associated_spending")))
            .current("direct", Money.parse(row.get("direct_spending")))
            .target("associated", targetAssociatedShare())
            .ceiling("associated", Money.ofEuros(5_000_000))
            .build();
    assertFalse(r.targetsMet());
    assertEquals(Money.ofEuros(5_000_000), r.amount("associated"));
    BindingConstraint c = r.constraints().get(0);
    assertEquals("associated", c.item());
    assertEquals(Binding.CEILING, c.kind());
    assertEquals("associated: target 5725254.90 is above its ceiling 5000000.00", c.message());
    assertTrue(r.report().contains(c.message()), r.report());
  }

  @Test
  void itemsWithoutTarget_shareTheRestInProportion_theLeastMovement() {
    ReallocationResult r =
        Reallocation.builder()
            .current("A", Money.ofEuros(60))
            .current("B", Money.ofEuros(30))
            .current("C", Money.ofEuros(10))
            .target("A", new BigDecimal("0.4"))
            .build();
    assertEquals(Money.ofEuros(40), r.amount("A"));
    assertEquals(Money.ofEuros(45), r.amount("B"));
    assertEquals(Money.ofEuros(15), r.amount("C"));
    assertEquals(Money.ofEuros(20), r.movement());
  }

  @Test
  void aCeilingOnAFreeItem_holdsItAndTheOthersShareTheDifferenceByTheirTargets() {
    ReallocationResult r =
        Reallocation.builder()
            .current("A", Money.ofEuros(60))
            .current("B", Money.ofEuros(30))
            .current("C", Money.ofEuros(10))
            .target("A", new BigDecimal("0.4"))
            .ceiling("B", Money.ofEuros(40))
            .build();
    // B held at 40 (target 45); 60 shared by A and C as 40:15 -> 43.636..., 16.363...
    assertEquals(Money.ofEuros(40), r.amount("B"));
    assertEquals(Money.parse("43.64"), r.amount("A"));
    assertEquals(Money.parse("16.36"), r.amount("C"));
    assertEquals(List.of("B: target 45.00 is above its ceiling 40.00"),
        r.constraints().stream().map(BindingConstraint::message).toList());
  }

  @Test
  void aBoundThatStopsATarget_sharesByTargets_notAlwaysTheLeastMovement() {
    // the example of the class's documentation: A cannot reach 60 and holds 50; B and C share the 10
    // it holds back by their targets (20:20), 25 and 25, a movement of 25, where 20 and 30 would move 20
    ReallocationResult r = Reallocation.builder()
        .current("A", Money.ofEuros(50)).current("B", Money.ZERO).current("C", Money.ofEuros(50))
        .target("A", new BigDecimal("0.6")).target("B", new BigDecimal("0.2")).target("C", new BigDecimal("0.2"))
        .ceiling("A", Money.ofEuros(50))
        .build();
    assertEquals(List.of(Money.ofEuros(50), Money.ofEuros(25), Money.ofEuros(25)),
        List.of(r.amount("A"), r.amount("B"), r.amount("C")));
  }

  @Test
  void aFloorAboveTheTarget_isNamed() {
    ReallocationResult r =
        Reallocation.builder()
            .current("anziani", Money.ofEuros(500))
            .current("minori", Money.ofEuros(500))
            .target("anziani", new BigDecimal("0.2"))
            .target("minori", new BigDecimal("0.8"))
            .floor("anziani", Money.ofEuros(300))
            .build();
    assertEquals(Money.ofEuros(300), r.amount("anziani"));
    assertEquals(Money.ofEuros(700), r.amount("minori"));
    assertEquals("anziani: target 200.00 is below its floor 300.00", r.constraints().get(0).message());
  }

  @Test
  void aCeilingAboveTheTarget_isNotNamed_evenWhenTheItemEndsAtIt() {
    // Four items of 30, no target shares: each one's target is its 30. A's ceiling 10 holds it 20 below;
    // the other three would share 110 (36.67 each), above D's ceiling 35: D 35, B and C 37.50 each. D ends
    // above its target, so its ceiling is not what keeps it from its target: only A's is named.
    ReallocationResult r = Reallocation.builder().current("A", Money.ofEuros(30)).current("B", Money.ofEuros(30))
        .current("C", Money.ofEuros(30)).current("D", Money.ofEuros(30))
        .ceiling("A", Money.ofEuros(10)).ceiling("D", Money.ofEuros(35)).build();
    assertEquals(Money.ofEuros(10), r.amount("A"));
    assertEquals(Money.parse("37.50"), r.amount("B"));
    assertEquals(Money.parse("37.50"), r.amount("C"));
    assertEquals(Money.ofEuros(35), r.amount("D"));
    assertEquals(List.of("A: target 30.00 is above its ceiling 10.00"),
        r.constraints().stream().map(BindingConstraint::message).toList());
    assertEquals(Binding.NONE, r.line("D").binding());
  }

  @Test
  void aFloorBelowTheTarget_isNotNamed_evenWhenTheItemEndsAtIt() {
    // Four items of 30: A's floor 60 takes 30 from the others, who would keep 20 each, below D's floor 25:
    // D 25, B and C 17.50 each. D ends below its target 30, so its floor is not what keeps it from it.
    ReallocationResult r = Reallocation.builder().current("A", Money.ofEuros(30)).current("B", Money.ofEuros(30))
        .current("C", Money.ofEuros(30)).current("D", Money.ofEuros(30))
        .floor("A", Money.ofEuros(60)).floor("D", Money.ofEuros(25)).build();
    assertEquals(Money.ofEuros(60), r.amount("A"));
    assertEquals(Money.parse("17.50"), r.amount("B"));
    assertEquals(Money.ofEuros(25), r.amount("D"));
    assertEquals(List.of("A: target 30.00 is below its floor 60.00"),
        r.constraints().stream().map(BindingConstraint::message).toList());
    assertEquals(Binding.NONE, r.line("D").binding());
  }

  @Test
  void aConstraint_whoseTargetIsOnTheWrongSideOfItsBound_isRefused() {
    // "target 30.00 is above its ceiling 35.00" is false: a ceiling stops a target only from above it.
    assertEquals("D: a ceiling of 35.00 does not stop the target 30.00, which is not above it",
        assertThrows(IllegalArgumentException.class,
            () -> new BindingConstraint("D", Binding.CEILING, Money.ofEuros(35), Money.ofEuros(30))).getMessage());
    assertEquals("D: a floor of 25.00 does not stop the target 25.00, which is not below it",
        assertThrows(IllegalArgumentException.class,
            () -> new BindingConstraint("D", Binding.FLOOR, Money.ofEuros(25), Money.ofEuros(25))).getMessage());
  }

  @Test
  void sharesAboveOne_areRejected() {
    Reallocation.Builder b =
        Reallocation.builder()
            .current("a", Money.ofEuros(1))
            .current("b", Money.ofEuros(1))
            .target("a", new BigDecimal("0.7"))
            .target("b", new BigDecimal("0.4"));
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, b::build);
    assertEquals("target shares add up to 1.1, more than 1", e.getMessage());
  }

  @Test
  void sharesBelowOneWithNoItemLeft_areRejected() {
    Reallocation.Builder b =
        Reallocation.builder().current("a", Money.ofEuros(1)).target("a", new BigDecimal("0.8"));
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, b::build);
    assertEquals("target shares add up to 0.8 and no item without a target takes the rest", e.getMessage());
  }

  @Test
  void floorsAboveTheTotal_areRejected() {
    Reallocation.Builder b =
        Reallocation.builder()
            .current("a", Money.ofEuros(10))
            .current("b", Money.ofEuros(10))
            .target("a", new BigDecimal("0.5"))
            .floor("a", Money.ofEuros(15))
            .floor("b", Money.ofEuros(15));
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, b::build);
    assertEquals("floors add up to 30.00, more than the total 20.00", e.getMessage());
  }

  @Test
  void aShareWithThirtyDecimals_isTakenExactly_whateverSizeItsIntegerWeightReaches() {
    // a third to 30 decimals of 100.00: the exact weights (the share times 10^30 times the free cents) have
    // 34 digits; 33.33 (the share of 100.00, 33.333... rounded down) and 66.67 for the item without a target
    BigDecimal third = new BigDecimal("0.333333333333333333333333333333");
    ReallocationResult r = Reallocation.builder().current("a", Money.ofEuros(50)).current("b", Money.ofEuros(50))
        .target("a", third).build();
    assertEquals(Money.parse("33.33"), r.amount("a"));
    assertEquals(Money.parse("66.67"), r.amount("b"));
  }

  @Test
  void targetOfUnknownItem_isRejected() {
    Reallocation.Builder b =
        Reallocation.builder().current("a", Money.ofEuros(1)).target("z", new BigDecimal("0.5"));
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, b::build);
    assertEquals("target given for z, which is not an item", e.getMessage());
  }
}
