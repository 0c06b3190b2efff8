package io.github.socialplan.budget.balance;

import io.github.socialplan.budget.internal.Percents;
import io.github.socialplan.core.money.Money;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Objects;
import java.util.Optional;

/**
 * A part of a total as a share (<i>quota percentuale</i>), e.g. national funds as a share of a year's
 * revenue. The share is {@code amount / total}; it is undefined when the total is zero.
 *
 * @param key what the part is (a fund level, an area, a line label)
 * @param amount the part
 * @param total the whole
 */
public record Share(String key, Money amount, Money total) {

  /**
   * Checks that no component is null.
   *
   * @param key what the part is (a fund level, an area, a line label), not null
   * @param amount the part, not null
   * @param total the whole, not null
   */
  public Share {
    Objects.requireNonNull(key, "key");
    Objects.requireNonNull(amount, "amount");
    Objects.requireNonNull(total, "total");
  }

  /** {@return whether the share is defined (the total is not zero)} */
  public boolean isDefined() {
    return !total.isZero();
  }

  /** {@return why the share is undefined, or empty when it is defined} */
  public Optional<String> undefinedReason() {
    return isDefined() ? Optional.empty() : Optional.of("share of " + key + " is undefined: the total is zero");
  }

  /** {@return the share as a fraction, for computing with (16 significant digits, then a double)} */
  public double fraction() {
    requireDefined();
    return amount.amount().divide(total.amount(), java.math.MathContext.DECIMAL64).doubleValue();
  }

  /**
   * The share in percent, rounded for display.
   *
   * @param decimals how many decimals, {@code >= 0}
   * @param rounding how to round, not null; {@code UNNECESSARY} only where the percentage is exact
   * @return {@code amount / total * 100}, rounded
   * @throws IllegalArgumentException if the decimals are negative, or the rounding is {@code UNNECESSARY}
   *     and the percentage needs rounding
   * @throws IllegalStateException if the total is zero
   */
  public BigDecimal percent(int decimals, RoundingMode rounding) {
    Percents.requireDisplay(decimals, rounding);
    requireDefined();
    return Percents.of(amount, total, decimals, rounding);
  }

  private void requireDefined() {
    if (!isDefined()) {
      throw new IllegalStateException(undefinedReason().orElseThrow());
    }
  }
}
