package io.github.socialplan.budget.quota;

import io.github.socialplan.core.money.Money;
import java.math.BigDecimal;
import java.util.Objects;
import java.util.Set;

/**
 * What one comune pays (<i>quota capitaria del comune</i>).
 *
 * @param comune the comune's id (its ISTAT code)
 * @param residents its residents
 * @param excluded the rate components it does not pay (services it has not delegated)
 * @param rate the rate it pays per resident, the sum of the components it does not exclude
 * @param amount {@code residents * rate}, rounded to the cent with the schedule's rounding
 */
public record QuotaLine(String comune, long residents, Set<String> excluded, BigDecimal rate, Money amount) {

  /**
   * Checks that no component is null and copies the exclusions.
   *
   * @param comune the comune's id (its ISTAT code), not null
   * @param residents its residents
   * @param excluded the rate components it does not pay (services it has not delegated)
   * @param rate the rate it pays per resident, the sum of the components it does not exclude, not null
   * @param amount {@code residents * rate}, rounded to the cent with the schedule's rounding, not null
   */
  public QuotaLine {
    Objects.requireNonNull(comune, "comune");
    excluded = Set.copyOf(excluded);
    Objects.requireNonNull(rate, "rate");
    Objects.requireNonNull(amount, "amount");
  }
}
