package io.github.socialplan.core.fund;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.github.socialplan.core.money.Money;
import org.immutables.value.Value;

/**
 * Money a fund transferred to a territory in a year (<i>trasferimento</i>), e.g. FNPS to the Ambito di
 * Cremona: 321,633.00 in 2012, nothing in 2013, 677,105.00 in 2014.
 *
 * <p>This type is immutable and thread-safe.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableFundTransfer.class)
@JsonDeserialize(as = ImmutableFundTransfer.class)
public abstract class FundTransfer {

  /** {@return the fund's id, e.g. "FNPS"} */
  @Value.Parameter
  public abstract String fund();

  /** {@return the receiving territory's id (an ISTAT code or a grouping id)} */
  @Value.Parameter
  public abstract String recipient();

  /** {@return the calendar year of the transfer} */
  @Value.Parameter
  public abstract int year();

  /** {@return the amount, {@code >= 0}} */
  @Value.Parameter
  public abstract Money amount();

  /**
   * Returns the transfer.
   *
   * @param fund the fund id, not blank
   * @param recipient the territory id, not blank
   * @param year 1..9999
   * @param amount not negative
   * @return the transfer
   */
  public static FundTransfer of(String fund, String recipient, int year, Money amount) {
    return ImmutableFundTransfer.of(fund, recipient, year, amount);
  }

  @Value.Check
  void check() {
    if (amount().isNegative()) {
      throw new IllegalArgumentException(String.format(java.util.Locale.ROOT,
          "transfer of %s to %s in %d must not be negative: %s", fund(), recipient(), year(), amount()));
    }
    if (year() < 1 || year() > 9999) {
      throw new IllegalArgumentException("transfer of " + fund() + " has year out of 1..9999: " + year());
    }
  }
}
