package io.github.socialplan.budget.internal;

import io.github.socialplan.core.money.Money;
import java.math.BigDecimal;
import java.math.RoundingMode;
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
   */
  public static BigDecimal of(Money part, Money whole, int decimals, RoundingMode rounding) {
    requireDisplay(decimals, rounding);
    return part.amount().movePointRight(2).divide(whole.amount(), decimals, rounding);
  }
}
