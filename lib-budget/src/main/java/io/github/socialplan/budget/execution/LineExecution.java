package io.github.socialplan.budget.execution;

import io.github.socialplan.budget.internal.Percents;
import io.github.socialplan.core.money.Money;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Objects;
import java.util.Optional;

/**
 * One line of a year, planned against actual (<i>previsto e consuntivo</i>). A line present on one side
 * only counts as zero on the other.
 *
 * @param kind revenue or expenditure
 * @param label the line's label (the total row has the label "total")
 * @param year the year
 * @param planned the amount of the Piano Operativo Annuale
 * @param actual the amount of the Report Annuale
 */
public record LineExecution(LineKind kind, String label, int year, Money planned, Money actual) {

  /**
   * Checks that no component is null.
   *
   * @param kind revenue or expenditure
   * @param label the line's label (the total row has the label "total")
   * @param year the year
   * @param planned the amount of the Piano Operativo Annuale
   * @param actual the amount of the Report Annuale
   */
  public LineExecution {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(label, "label");
    Objects.requireNonNull(planned, "planned");
    Objects.requireNonNull(actual, "actual");
  }

  /** {@return actual minus planned (<i>scostamento</i>): positive when more was spent or received than planned} */
  public Money variance() {
    return actual.minus(planned);
  }

  /**
   * The percentage executed, {@code actual / planned × 100}, rounded for display.
   *
   * @param decimals how many decimals, {@code >= 0}
   * @param rounding how to round, not null; {@code UNNECESSARY} only where the percentage is exact
   * @return the percentage, or empty when nothing was planned (see {@link #undefinedReason()})
   * @throws IllegalArgumentException if {@code decimals} is negative, which would round to tens or hundreds,
   *     or the rounding is {@code UNNECESSARY} and the percentage needs rounding
   */
  public Optional<BigDecimal> percentExecuted(int decimals, RoundingMode rounding) {
    Percents.requireDisplay(decimals, rounding);
    if (planned.isZero()) {
      return Optional.empty();
    }
    return Optional.of(Percents.of(actual, planned, decimals, rounding));
  }

  /** {@return why the percentage executed is undefined, or empty when it is defined} */
  public Optional<String> undefinedReason() {
    return planned.isZero()
        ? Optional.of(String.format(java.util.Locale.ROOT, "%d %s '%s': nothing planned, %% executed undefined",
            year, kind.name().toLowerCase(java.util.Locale.ROOT), label))
        : Optional.empty();
  }
}
