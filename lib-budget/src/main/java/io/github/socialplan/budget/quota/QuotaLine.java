package io.github.socialplan.budget.quota;

import io.github.socialplan.core.money.Money;
import java.math.BigDecimal;
import java.util.Objects;
import java.util.Set;

/**
 * What one comune pays (<i>quota capitaria del comune</i>). Equal when every component is equal, the rate
 * by value: 4.89 and 4.890 are one rate, as they are one rate of a {@link QuotaCapitaria}.
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

  /** Equal when the comune, residents, exclusions and amount are equal and the rates are equal in value. */
  @Override
  public boolean equals(Object o) {
    return o instanceof QuotaLine other && comune.equals(other.comune) && residents == other.residents
        && excluded.equals(other.excluded) && rate.compareTo(other.rate) == 0 && amount.equals(other.amount);
  }

  @Override
  public int hashCode() {
    // the rate as its value, so that 4.89 and 4.890 hash alike
    return Objects.hash(comune, residents, excluded, rate.stripTrailingZeros(), amount);
  }
}
