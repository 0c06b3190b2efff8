package io.github.socialplan.budget.copayment;

import io.github.socialplan.core.money.Money;
import java.util.Objects;

/**
 * One user's co-payment.
 *
 * @param user the user
 * @param fee the fee per unit
 * @param amount {@code fee * units}
 */
public record CopaymentLine(CopaymentUser user, Money fee, Money amount) {

  /**
   * Checks that no component is null.
   *
   * @param user the user, not null
   * @param fee the fee per unit, not null
   * @param amount {@code fee * units}, not null
   */
  public CopaymentLine {
    Objects.requireNonNull(user, "user");
    Objects.requireNonNull(fee, "fee");
    Objects.requireNonNull(amount, "amount");
  }
}
