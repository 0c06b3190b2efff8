package io.github.socialplan.budget.copayment;

import io.github.socialplan.core.money.Money;
import java.math.BigDecimal;
import java.util.List;

/**
 * A schedule of user co-payments by ISEE (<i>regolamento di compartecipazione al costo</i>): what a user
 * with a given ISEE pays per unit of service (a month, an hour, a meal).
 *
 * <p>Every schedule is non-decreasing in ISEE and stays within {@link #minimum()} and {@link #maximum()};
 * its rounding to the cent is part of the schedule. Implementations: {@link LinearCopayment} (exemption
 * threshold, linear band, full-tariff threshold) and {@link StepCopayment} (a table of ISEE bands).
 *
 * <pre>{@code
 * CopaymentSummary s = schedule.total(List.of(CopaymentUser.of("u1", new BigDecimal("8500.00"), 12)));
 * }</pre>
 *
 * <p>Implementations are immutable and thread-safe.
 */
public interface CopaymentSchedule {

  /**
   * The fee per unit for a user.
   *
   * @param isee the user's ISEE in euro, not null, {@code >= 0}
   * @return the fee, between {@link #minimum()} and {@link #maximum()}
   * @throws IllegalArgumentException if the ISEE is negative
   */
  Money copayment(BigDecimal isee);

  /** {@return the least fee (paid at the lowest ISEE; zero when the lowest ISEE is exempt)} */
  Money minimum();

  /** {@return the greatest fee (the full tariff, but for a step table whose top band is below it)} */
  Money maximum();

  /**
   * The co-payments of a list of users: each pays {@code copayment(isee) * units}; those whose fee is
   * {@link #maximum()} are counted at the full tariff (a step table counts those at its full tariff).
   *
   * @param users not null
   * @return the lines and the total
   * @throws IllegalArgumentException if a user's ISEE is negative (the message names the user), or a user's
   *     amount or the total has more than {@link Money#MAX_INTEGER_DIGITS} integer digits, past the range of
   *     money that the JSON reads back
   */
  default CopaymentSummary total(List<CopaymentUser> users) {
    return CopaymentSummary.compute(this, users, maximum());
  }
}
