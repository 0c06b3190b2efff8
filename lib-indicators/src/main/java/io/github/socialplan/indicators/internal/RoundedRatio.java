package io.github.socialplan.indicators.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * The two values a ratio {@code numerator × multiplier / denominator} can show at a scale, whatever the
 * rounding mode: its floor and its ceiling there. The readers of an exported cruscotto accept a value only
 * between them.
 *
 * @param low the floor at the scale
 * @param high the ceiling at the scale
 */
public record RoundedRatio(BigDecimal low, BigDecimal high) {

  /**
   * The floor and the ceiling of a ratio at a scale.
   *
   * @param numerator not null
   * @param multiplier not null
   * @param denominator not null, not zero
   * @param scale the decimals shown (negative: tens, hundreds...)
   * @return the two values
   */
  public static RoundedRatio of(BigDecimal numerator, BigDecimal multiplier, BigDecimal denominator,
      int scale) {
    BigDecimal product = numerator.multiply(multiplier);
    return new RoundedRatio(product.divide(denominator, scale, RoundingMode.FLOOR),
        product.divide(denominator, scale, RoundingMode.CEILING));
  }

  /** {@return whether a shown value is one the ratio rounds to} */
  public boolean admits(BigDecimal value) {
    return value.compareTo(low) >= 0 && value.compareTo(high) <= 0;
  }
}
