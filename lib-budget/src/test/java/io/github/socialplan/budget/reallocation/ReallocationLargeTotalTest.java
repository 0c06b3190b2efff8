package io.github.socialplan.budget.reallocation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.github.socialplan.core.money.Money;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

/**
 * Reallocations of the largest totals the allocation handles: within it the movement is exact, beyond it the
 * total is refused by name (before, an {@code ArithmeticException: Overflow} or a negative weight).
 */
class ReallocationLargeTotalTest {

  @Test
  void movementOfALargeTotal_isExact() {
    // 90 million billion euro all moved from a to b: 9e18 cents each way, 1.8e19 in all, past a long
    ReallocationResult r = Reallocation.builder().current("a", Money.parse("90000000000000000.00"))
        .current("b", Money.ZERO).target("b", BigDecimal.ONE).build();
    assertEquals(Money.parse("90000000000000000.00"), r.amount("b"));
    assertEquals(Money.parse("90000000000000000.00"), r.movement());
  }

  @Test
  void anItemBeyondALongOfCents_isRefusedNamingTheTotal() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> Reallocation.builder().current("a", Money.parse("100000000000000000000"))
            .current("b", Money.parse("1")).target("b", new BigDecimal("0.5")).build());
    assertEquals("the current amounts add up to 100000000000000000001.00, more than the "
        + "92233720368547758.07 (Long.MAX_VALUE cents) a reallocation handles", e.getMessage());
  }

  @Test
  void itemsAddingUpPastALongOfCents_areRefusedNamingTheTotal() {
    Money max = Money.ofCents(Long.MAX_VALUE);
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> Reallocation.builder().current("a", max).current("b", max).current("c", max)
            .target("a", new BigDecimal("0.5")).build());
    // 3 x 92233720368547758.07
    assertEquals("the current amounts add up to 276701161105643274.21, more than the "
        + "92233720368547758.07 (Long.MAX_VALUE cents) a reallocation handles", e.getMessage());
  }
}
