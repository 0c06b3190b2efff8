package io.github.socialplan.budget.allocation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.github.socialplan.core.money.Money;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

/**
 * Fault 8: totals of 2^63 cents or more, which {@link Money} allows, threw an undocumented
 * {@code ArithmeticException: Overflow}. The limit is now checked with a message that names it.
 */
class LargeTotalTest {

  private static final Weights TWO = Weights.builder().add("a", 1).add("b", 3).build();

  @Test
  void totalAboveTheLimit_isRefusedByName() {
    Money over = LargestRemainder.MAX_TOTAL.plus(Money.ofCents(1));
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> LargestRemainder.allocate(over, TWO));
    assertEquals("total to allocate must be at most 92233720368547758.07 (Long.MAX_VALUE cents): "
        + "92233720368547758.08", e.getMessage());
    Money huge = Money.of(new BigDecimal("1e29"));
    assertThrows(IllegalArgumentException.class,
        () -> LargestRemainder.allocate(huge, TWO, Bounds.builder().floor("a", Money.ofEuros(1)).build()));
  }

  @Test
  void totalAtTheLimit_isAllocatedExactly() {
    Allocation a = LargestRemainder.allocate(LargestRemainder.MAX_TOTAL, TWO);
    // 9223372036854775807 cents: a quarter is 2305843009213693951.75, three quarters 6917529027641081855.25
    assertEquals(Money.ofCents(2_305_843_009_213_693_952L), a.amount("a"));
    assertEquals(Money.ofCents(6_917_529_027_641_081_855L), a.amount("b"));
  }

  @Test
  void boundsBeyondALong_areHandled() {
    Money total = Money.ofEuros(1_000);
    Money vast = Money.of(new BigDecimal("1e28"));
    // a ceiling beyond any long acts as the total: it never binds
    Allocation a = LargestRemainder.allocate(total, TWO, Bounds.builder().ceiling("a", vast).build());
    assertEquals(Money.ofEuros(250), a.amount("a"));
    // a floor beyond any long is more than the total
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> LargestRemainder.allocate(total, TWO, Bounds.builder().floor("a", vast).build()));
    assertEquals("floors add up to " + vast + ", more than the total 1000.00", e.getMessage());
  }
}
