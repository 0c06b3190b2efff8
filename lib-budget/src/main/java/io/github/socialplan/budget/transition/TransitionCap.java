package io.github.socialplan.budget.transition;

import io.github.socialplan.core.number.DecimalBounds;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Objects;

/**
 * How far a recipient may move in one year of a transition (<i>tetto di variazione annua</i>): a
 * percentage of its historical amount, or a share of its remaining gap to the target.
 *
 * <p>The cap of a recipient is rounded down to the cent, so that it is never exceeded.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class TransitionCap {

  private final boolean ofGap;
  private final BigDecimal value;

  private TransitionCap(boolean ofGap, BigDecimal value) {
    this.ofGap = ofGap;
    this.value = value;
  }

  /**
   * At most {@code percent}% of the recipient's historical amount per year.
   *
   * @param percent not null, {@code >= 0}, within {@link DecimalBounds}
   * @return the cap
   * @throws IllegalArgumentException if the percentage is negative or out of {@link DecimalBounds}
   */
  public static TransitionCap percentOfHistorical(BigDecimal percent) {
    Objects.requireNonNull(percent, "percent");
    DecimalBounds.check(percent, "cap (percent of the historical amount)");
    if (percent.signum() < 0) {
      throw new IllegalArgumentException(
          "cap (percent of the historical amount) must be >= 0: " + percent.toPlainString());
    }
    return new TransitionCap(false, percent);
  }

  /**
   * At most the given share of the gap between the recipient's amount and its target per year (0.25 closes
   * a quarter of the gap each year).
   *
   * @param share not null, {@code 0 <= share <= 1}, at most 30 decimals ({@link DecimalBounds})
   * @return the cap
   * @throws IllegalArgumentException if the share is outside {@code [0, 1]} or out of {@link DecimalBounds}
   */
  public static TransitionCap shareOfGap(BigDecimal share) {
    Objects.requireNonNull(share, "share");
    DecimalBounds.check(share, "cap (share of the gap)");
    if (share.signum() < 0 || share.compareTo(BigDecimal.ONE) > 0) {
      throw new IllegalArgumentException("cap (share of the gap) must be in 0..1: " + share.toPlainString());
    }
    return new TransitionCap(true, share);
  }

  /** {@return whether the cap is a share of the gap (else a percentage of the historical amount)} */
  public boolean isShareOfGap() {
    return ofGap;
  }

  /** {@return the percentage or share} */
  public BigDecimal value() {
    return value;
  }

  private static final BigDecimal LONG_MAX = BigDecimal.valueOf(Long.MAX_VALUE);

  /** The cap in cents for a recipient, rounded down. */
  long capCents(long historicalCents, long gapCents) {
    BigDecimal base = BigDecimal.valueOf(ofGap ? Math.abs(gapCents) : historicalCents);
    BigDecimal cap = ofGap ? base.multiply(value) : base.multiply(value).movePointLeft(2);
    // a cap beyond what a long holds caps nothing: no amount in cents can move further
    return cap.compareTo(LONG_MAX) >= 0 ? Long.MAX_VALUE : cap.setScale(0, RoundingMode.DOWN).longValueExact();
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof TransitionCap
        && ofGap == ((TransitionCap) o).ofGap
        && value.compareTo(((TransitionCap) o).value) == 0;
  }

  @Override
  public int hashCode() {
    return Boolean.hashCode(ofGap) * 31 + value.stripTrailingZeros().hashCode();
  }

  @Override
  public String toString() {
    return ofGap ? value.toPlainString() + " of the gap" : value.toPlainString() + "% of historical";
  }
}
