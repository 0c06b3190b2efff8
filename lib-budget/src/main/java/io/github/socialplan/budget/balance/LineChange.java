package io.github.socialplan.budget.balance;

import io.github.socialplan.budget.internal.Percents;
import io.github.socialplan.core.money.Money;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Objects;
import java.util.Optional;

/**
 * The change of one budget line from one year to the next (<i>variazione annua</i>), e.g. FNPS
 * 321,633 in 2012, 0 in 2013.
 *
 * @param label the line's label
 * @param fromYear the earlier year
 * @param toYear the later year
 * @param before the amount in the earlier year
 * @param after the amount in the later year
 */
public record LineChange(String label, int fromYear, int toYear, Money before, Money after) {

  /**
   * Checks that no component is null.
   *
   * @param label the line's label, not null
   * @param fromYear the earlier year
   * @param toYear the later year
   * @param before the amount in the earlier year, not null
   * @param after the amount in the later year, not null
   */
  public LineChange {
    Objects.requireNonNull(label, "label");
    Objects.requireNonNull(before, "before");
    Objects.requireNonNull(after, "after");
  }

  /** {@return {@code after - before}} */
  public Money difference() {
    return after.minus(before);
  }

  /**
   * The change in percent of the earlier amount, rounded for display; empty (undefined) when the earlier
   * amount is zero, see {@link #undefinedReason()}.
   *
   * @param decimals how many decimals, {@code >= 0}
   * @param rounding how to round, not null; {@code UNNECESSARY} only where the percentage is exact
   * @return {@code (after - before) / before * 100}, rounded, or empty
   * @throws IllegalArgumentException if the decimals are negative, or the rounding is {@code UNNECESSARY}
   *     and the percentage needs rounding
   */
  public Optional<BigDecimal> percent(int decimals, RoundingMode rounding) {
    Percents.requireDisplay(decimals, rounding);
    if (before.isZero()) {
      return Optional.empty();
    }
    return Optional.of(Percents.of(difference(), before, decimals, rounding));
  }

  /** {@return why the percent change is undefined (the earlier amount is zero), or empty} */
  public Optional<String> undefinedReason() {
    return before.isZero()
        ? Optional.of("change of '" + label + "' from " + fromYear + " is undefined in percent: it was zero")
        : Optional.empty();
  }
}
