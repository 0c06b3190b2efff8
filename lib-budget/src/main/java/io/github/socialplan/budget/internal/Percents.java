package io.github.socialplan.budget.internal;

import io.github.socialplan.core.money.Money;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Locale;
import java.util.Objects;

/** Percentages of amounts, rounded for display, as the balance and the execution of a plan show them. */
public final class Percents {

  private Percents() {}

  /**
   * Checks how a percentage is to be shown, before it is known whether it is defined.
   *
   * @param decimals {@code >= 0}: fewer would round a percentage to tens or hundreds
   * @param rounding not null
   * @throws IllegalArgumentException if {@code decimals} is negative
   */
  public static void requireDisplay(int decimals, RoundingMode rounding) {
    Objects.requireNonNull(rounding, "rounding");
    if (decimals < 0) {
      throw new IllegalArgumentException("decimals of a percent must be >= 0: " + decimals);
    }
  }

  /**
   * {@code part / whole × 100}, rounded.
   *
   * @param part not null
   * @param whole not null, not zero
   * @param decimals {@code >= 0}
   * @param rounding not null
   * @return the percentage
   * @throws IllegalArgumentException if the rounding is {@code UNNECESSARY} and the percentage needs rounding
   *     to {@code decimals} (the message names the part and the whole)
   */
  public static BigDecimal of(Money part, Money whole, int decimals, RoundingMode rounding) {
    requireDisplay(decimals, rounding);
    try {
      return part.amount().movePointRight(2).divide(whole.amount(), decimals, rounding);
    } catch (ArithmeticException e) { // the whole is not zero: only UNNECESSARY fails, with no figure named
      throw new IllegalArgumentException(String.format(Locale.ROOT, "the percent %s of %s needs rounding to %d"
          + " decimals, which rounding UNNECESSARY does not do", part, whole, decimals), e);
    }
  }
}
