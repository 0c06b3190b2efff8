package io.github.socialplan.budget.reallocation;

import io.github.socialplan.budget.allocation.Binding;
import io.github.socialplan.core.money.Money;
import java.math.BigDecimal;
import java.util.Objects;
import java.util.Optional;

/**
 * One item of a reallocation. Equal when every component is equal, the target share by value: 0.5 and 0.50
 * are one share, and ask for one target.
 *
 * @param item the item (an area, or "associated" / "direct")
 * @param current its amount before
 * @param targetShare its stated target share, empty if it has none (it then keeps its proportion of the
 *     rest)
 * @param target the amount its target asks for
 * @param amount its amount after
 * @param binding whether a floor or ceiling held it away from its target
 */
public record ReallocationLine(
    String item, Money current, Optional<BigDecimal> targetShare, Money target, Money amount, Binding binding) {

  /**
   * Checks that no component is null.
   *
   * @param item the item (an area, or "associated" / "direct"), not null
   * @param current its amount before, not null
   * @param targetShare its stated target share, empty if it has none (it then keeps its proportion of the
   *     rest), not null
   * @param target the amount its target asks for, not null
   * @param amount its amount after, not null
   * @param binding whether a floor or ceiling held it away from its target, not null
   */
  public ReallocationLine {
    Objects.requireNonNull(item, "item");
    Objects.requireNonNull(current, "current");
    Objects.requireNonNull(targetShare, "targetShare");
    Objects.requireNonNull(target, "target");
    Objects.requireNonNull(amount, "amount");
    Objects.requireNonNull(binding, "binding");
  }

  /** Equal when the item, amounts and binding are equal and the target shares are equal in value. */
  @Override
  public boolean equals(Object o) {
    return o instanceof ReallocationLine other && item.equals(other.item) && current.equals(other.current)
        && targetShare.isPresent() == other.targetShare.isPresent()
        && (targetShare.isEmpty() || targetShare.get().compareTo(other.targetShare.get()) == 0)
        && target.equals(other.target) && amount.equals(other.amount) && binding == other.binding;
  }

  @Override
  public int hashCode() {
    // the share as its value, so that 0.5 and 0.50 hash alike
    return Objects.hash(item, current, targetShare.map(BigDecimal::stripTrailingZeros), target, amount, binding);
  }

  /** {@return {@code amount - current}} */
  public Money change() {
    return amount.minus(current);
  }

  /** {@return whether it ends at its target} */
  public boolean atTarget() {
    return amount.equals(target);
  }
}
