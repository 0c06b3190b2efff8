package io.github.socialplan.budget.copayment;

import io.github.socialplan.core.number.DecimalBounds;
import java.math.BigDecimal;
import java.util.Objects;

/** Checks of ISEE values shared by the schedules. */
final class Isee {

  private Isee() {}

  static BigDecimal check(BigDecimal isee) {
    Objects.requireNonNull(isee, "isee");
    DecimalBounds.check(isee, "ISEE");
    if (isee.signum() < 0) {
      throw new IllegalArgumentException("ISEE must be >= 0: " + isee.toPlainString());
    }
    return isee;
  }

  static BigDecimal checkThreshold(String what, BigDecimal value) {
    Objects.requireNonNull(value, what);
    DecimalBounds.check(value, what);
    if (value.signum() < 0) {
      throw new IllegalArgumentException(what + " must be >= 0: " + value.toPlainString());
    }
    return value;
  }
}
