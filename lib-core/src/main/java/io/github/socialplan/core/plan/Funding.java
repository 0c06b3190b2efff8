package io.github.socialplan.core.plan;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.github.socialplan.core.money.Money;
import org.immutables.value.Value;

/** A budget line of an action: an amount from a fund in a year (<i>copertura finanziaria</i>). Immutable. */
@Value.Immutable
@JsonSerialize(as = ImmutableFunding.class)
@JsonDeserialize(as = ImmutableFunding.class)
public abstract class Funding {

  /** {@return the calendar year of the funding, 1..9999} */
  @Value.Parameter
  public abstract int year();

  /** {@return the fund's id, e.g. "FNPS"} */
  @Value.Parameter
  public abstract String fund();

  /** {@return the amount, {@code >= 0}} */
  @Value.Parameter
  public abstract Money amount();

  /**
   * Returns the line.
   *
   * @param year 1..9999
   * @param fund a fund id, not blank
   * @param amount not negative
   * @return the line
   */
  public static Funding of(int year, String fund, Money amount) {
    return ImmutableFunding.of(year, fund, amount);
  }

  @Value.Check
  void check() {
    Years.check("funding", year());
    if (fund().isBlank()) {
      throw new IllegalArgumentException("funding of " + amount() + " in " + year() + " names a blank fund");
    }
    if (amount().isNegative()) {
      throw new IllegalArgumentException(String.format(java.util.Locale.ROOT,
          "funding from %s in %d must not be negative: %s", fund(), year(), amount()));
    }
  }
}
