package io.github.socialplan.budget.copayment;

import io.github.socialplan.core.money.Money;
import java.math.RoundingMode;
import java.util.Objects;

/** The checks every schedule builder makes of its full tariff and rounding. */
final class ScheduleChecks {

  private ScheduleChecks() {}

  static Money fullTariff(Money fee) {
    Objects.requireNonNull(fee, "fee");
    if (fee.isNegative()) {
      throw new IllegalArgumentException("full tariff must be >= 0: " + fee);
    }
    return fee;
  }

  /** A rounding that can round fees: UNNECESSARY cannot, and {@code what} says which fees. */
  static RoundingMode rounding(RoundingMode rounding, String what) {
    Objects.requireNonNull(rounding, "rounding");
    if (rounding == RoundingMode.UNNECESSARY) {
      throw new IllegalArgumentException("rounding UNNECESSARY cannot round " + what);
    }
    return rounding;
  }
}
