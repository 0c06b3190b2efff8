package io.github.socialplan.budget.transition;

import io.github.socialplan.core.money.Money;
import java.util.Objects;

/**
 * One recipient in one year of a transition.
 *
 * @param recipient the recipient id
 * @param previous its amount the year before (the historical amount in the first year)
 * @param baseline the previous amount rescaled to this year's total (equal to it when the total does not
 *     change)
 * @param target its per-capita target for this year
 * @param amount what it gets this year
 * @param cap the most it may move away from the baseline this year
 */
public record TransitionLine(
    String recipient, Money previous, Money baseline, Money target, Money amount, Money cap) {

  /**
   * Checks that no component is null.
   *
   * @param recipient the recipient id, not null
   * @param previous its amount the year before (the historical amount in the first year), not null
   * @param baseline the previous amount rescaled to this year's total (equal to it when the total does not
   *     change), not null
   * @param target its per-capita target for this year, not null
   * @param amount what it gets this year, not null
   * @param cap the most it may move away from the baseline this year, not null
   */
  public TransitionLine {
    Objects.requireNonNull(recipient, "recipient");
    Objects.requireNonNull(previous, "previous");
    Objects.requireNonNull(baseline, "baseline");
    Objects.requireNonNull(target, "target");
    Objects.requireNonNull(amount, "amount");
    Objects.requireNonNull(cap, "cap");
  }

  /** {@return {@code amount - baseline}: this year's move} */
  public Money movement() {
    return amount.minus(baseline);
  }

  /** {@return {@code target - amount}: the gap still open} */
  public Money remainingGap() {
    return target.minus(amount);
  }

  /** {@return whether it has reached its target} */
  public boolean atTarget() {
    return amount.equals(target);
  }
}
