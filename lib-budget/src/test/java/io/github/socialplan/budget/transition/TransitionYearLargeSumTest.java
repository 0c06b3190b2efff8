package io.github.socialplan.budget.transition;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.github.socialplan.core.money.Money;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A transition year read back (as {@code validate --type transition} does) adds up its amounts, baselines
 * and targets exactly: sums past a long of cents neither wrap around to the total nor fail with an
 * arithmetic overflow.
 */
class TransitionYearLargeSumTest {

  private static final Money MAX = Money.ofCents(Long.MAX_VALUE);

  @Test
  void amountsWhoseCentsWrapAroundToTheTotal_areRefused() {
    // 2 x 9223372036854775807 + 102 cents = 2^64 + 100: in a long, the 100 cents of the total 1.00
    List<TransitionLine> lines = List.of(
        new TransitionLine("A", Money.ZERO, Money.ZERO, MAX, MAX, MAX),
        new TransitionLine("B", Money.ZERO, Money.ZERO, MAX, MAX, MAX),
        new TransitionLine("C", Money.parse("1.00"), Money.parse("1.00"), Money.parse("1.02"),
            Money.parse("1.02"), Money.parse("1.00")));
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> TransitionYear.of(2020, Money.parse("1.00"), lines));
    assertEquals("2020: the amounts add up to 184467440737095517.16, not the total 1.00", e.getMessage());
  }

  @Test
  void anAmountBeyondALongOfCents_isRefusedByName() {
    Money vast = Money.parse("100000000000000000000");
    List<TransitionLine> lines = List.of(
        new TransitionLine("A", Money.ZERO, Money.ZERO, vast, vast, vast),
        new TransitionLine("B", Money.parse("1.00"), Money.parse("1.00"), vast.negated().plus(Money.parse("1.00")),
            vast.negated().plus(Money.parse("1.00")), vast));
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> TransitionYear.of(2020, Money.parse("1.00"), lines));
    assertEquals("2020: recipient A: amount 100000000000000000000.00 is beyond the "
        + "92233720368547758.07 (Long.MAX_VALUE cents) a transition handles", e.getMessage());
  }
}
