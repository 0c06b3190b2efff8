package io.github.socialplan.budget.copayment;

import io.github.socialplan.core.number.DecimalBounds;
import java.math.BigDecimal;
import java.util.Objects;

/**
 * A user of a service with an ISEE (<i>utente</i>, <i>indicatore della situazione economica
 * equivalente</i>) and the units of service used (months, hours, meals). Equal when the id and the units
 * are equal and the ISEEs are equal in value: 18000, 18000.00 and 1.8E+4 are one ISEE, and pay one fee.
 *
 * @param id the user's id
 * @param isee ISEE in euro, {@code >= 0}
 * @param units units used, {@code >= 0}
 */
public record CopaymentUser(String id, BigDecimal isee, long units) {

  /**
   * Checks the components.
   *
   * @param id the user's id, not null
   * @param isee ISEE in euro, {@code >= 0}, not null, within {@link DecimalBounds}
   * @param units units used, {@code >= 0}
   */
  public CopaymentUser {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(isee, "isee");
    if (!DecimalBounds.within(isee)) { // the message made only for a user it refuses
      throw DecimalBounds.outOfRange(isee, "ISEE of user " + id);
    }
    if (isee.signum() < 0) {
      throw new IllegalArgumentException("ISEE of user " + id + " must be >= 0: " + isee.toPlainString());
    }
    if (units < 0) {
      throw new IllegalArgumentException("units of user " + id + " must be >= 0: " + units);
    }
  }

  /**
   * Returns a user.
   *
   * @param id not null
   * @param isee not null, {@code >= 0}
   * @param units {@code >= 0}
   * @return the user
   */
  public static CopaymentUser of(String id, BigDecimal isee, long units) {
    return new CopaymentUser(id, isee, units);
  }

  /** Equal when the ids and units are equal and the ISEEs are equal in value. */
  @Override
  public boolean equals(Object o) {
    return o instanceof CopaymentUser other && id.equals(other.id) && units == other.units
        && isee.compareTo(other.isee) == 0;
  }

  @Override
  public int hashCode() {
    // the ISEE as its value, so that 18000 and 18000.00 hash alike
    return Objects.hash(id, isee.stripTrailingZeros(), units);
  }
}
