package io.github.socialplan.budget.allocation;

import io.github.socialplan.core.money.Money;
import java.math.BigDecimal;
import java.util.Objects;

/**
 * One recipient's line of an allocation report (<i>riga del riparto</i>).
 *
 * @param recipient the recipient id
 * @param weight its weight as given
 * @param exactShare its exact share in euro to 12 decimals (10 decimals of a cent, rounded half-even: the
 *     exact value is a rational number); for a recipient held at a bound, the bound
 * @param amount what it gets, whole cents
 * @param remainderCents the fractional cents of the exact share, {@code 0 <= r < 1}, 10 decimals (rounded
 *     half-even, but down to 0.9999999999 when that would give a whole cent)
 * @param roundedUp whether it received one of the cents left over after the whole cents were given
 * @param binding whether a floor or ceiling decided its part
 */
public record AllocationLine(
    String recipient,
    BigDecimal weight,
    BigDecimal exactShare,
    Money amount,
    BigDecimal remainderCents,
    boolean roundedUp,
    Binding binding) {

  /**
   * Checks that no component is null.
   *
   * @param recipient the recipient id, not null
   * @param weight its weight as given, not null
   * @param exactShare its exact share in euro to 12 decimals (10 decimals of a cent, rounded half-even: the
   *     exact value is a rational number); for a recipient held at a bound, the bound, not null
   * @param amount what it gets, whole cents, not null
   * @param remainderCents the fractional cents of the exact share, {@code 0 <= r < 1}, 10 decimals (rounded
   *     half-even, but down to 0.9999999999 when that would give a whole cent), not null
   * @param roundedUp whether it received one of the cents left over after the whole cents were given
   * @param binding whether a floor or ceiling decided its part, not null
   */
  public AllocationLine {
    Objects.requireNonNull(recipient, "recipient");
    Objects.requireNonNull(weight, "weight");
    Objects.requireNonNull(exactShare, "exactShare");
    Objects.requireNonNull(amount, "amount");
    Objects.requireNonNull(remainderCents, "remainderCents");
    Objects.requireNonNull(binding, "binding");
  }

  /** {@return the rounding error {@code amount - exactShare} in euro (less than a cent in absolute value)} */
  public BigDecimal difference() {
    return amount.amount().subtract(exactShare);
  }
}
