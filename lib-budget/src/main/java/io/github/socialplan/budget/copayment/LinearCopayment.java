package io.github.socialplan.budget.copayment;

import io.github.socialplan.core.money.Money;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Objects;

/**
 * A linear co-payment schedule (<i>compartecipazione con progressione lineare</i>): free (or a minimum
 * fee) up to an exemption threshold, the full tariff from a full-tariff threshold, linear in between.
 *
 * <p><b>Formula</b> (docs/domain.md §7). With exemption threshold {@code E}, full-tariff threshold
 * {@code F > E}, minimum fee {@code m} and full tariff {@code T >= m}:
 * {@code fee(isee) = m} for {@code isee <= E}; {@code T} for {@code isee >= F};
 * {@code m + (T - m) * (isee - E) / (F - E)} in between, rounded to the cent with the schedule's rounding.
 * Every rounding mode but {@code UNNECESSARY} keeps the fee non-decreasing in ISEE and within
 * {@code [m, T]} (both are whole cents).
 *
 * <pre>{@code
 * LinearCopayment sad = LinearCopayment.builder()
 *     .exemptionThreshold(new BigDecimal("6000")).fullTariffThreshold(new BigDecimal("30000"))
 *     .fullTariff(Money.parse("400.00")).rounding(RoundingMode.HALF_UP).build();
 * sad.copayment(new BigDecimal("18000")); // 200.00
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 */
public final class LinearCopayment implements CopaymentSchedule {

  private final BigDecimal exemption;
  private final BigDecimal full;
  private final Money minimumFee;
  private final Money tariff;
  private final RoundingMode rounding;

  private LinearCopayment(Builder b) {
    this.exemption = b.exemption;
    this.full = b.full;
    this.minimumFee = b.minimumFee;
    this.tariff = b.tariff;
    this.rounding = b.rounding;
  }

  /** {@return a builder; the minimum fee defaults to zero and the rounding to {@code HALF_UP}} */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link LinearCopayment}; not thread-safe. */
  public static final class Builder {
    private BigDecimal exemption;
    private BigDecimal full;
    private Money minimumFee = Money.ZERO;
    private Money tariff;
    private RoundingMode rounding = RoundingMode.HALF_UP;

    private Builder() {}

    /**
     * The ISEE up to which the user pays only the minimum fee (<i>soglia di esenzione</i>).
     *
     * @param isee not null, {@code >= 0}
     * @return this builder
     */
    public Builder exemptionThreshold(BigDecimal isee) {
      this.exemption = Isee.checkThreshold("exemption threshold", isee);
      return this;
    }

    /**
     * The ISEE from which the user pays the full tariff (<i>soglia di tariffa piena</i>).
     *
     * @param isee not null, {@code >= 0}
     * @return this builder
     */
    public Builder fullTariffThreshold(BigDecimal isee) {
      this.full = Isee.checkThreshold("full-tariff threshold", isee);
      return this;
    }

    /**
     * The fee at and below the exemption threshold.
     *
     * @param fee not null, {@code >= 0}
     * @return this builder
     */
    public Builder minimumFee(Money fee) {
      Objects.requireNonNull(fee, "fee");
      if (fee.isNegative()) {
        throw new IllegalArgumentException("minimum fee must be >= 0: " + fee);
      }
      this.minimumFee = fee;
      return this;
    }

    /**
     * The full tariff (<i>tariffa piena</i>, the cost of the service).
     *
     * @param fee not null, {@code >= 0}
     * @return this builder
     */
    public Builder fullTariff(Money fee) {
      this.tariff = ScheduleChecks.fullTariff(fee);
      return this;
    }

    /**
     * How fees in the linear band are rounded to the cent.
     *
     * @param rounding not null, not {@code UNNECESSARY}
     * @return this builder
     */
    public Builder rounding(RoundingMode rounding) {
      this.rounding = ScheduleChecks.rounding(rounding, "fees in the linear band");
      return this;
    }

    /**
     * Returns the schedule.
     *
     * @return the schedule
     * @throws IllegalArgumentException if a threshold or the tariff is missing, the thresholds are out of
     *     order or the minimum fee exceeds the tariff
     */
    public LinearCopayment build() {
      if (exemption == null || full == null || tariff == null) {
        throw new IllegalArgumentException(
            "a linear schedule needs an exemption threshold, a full-tariff threshold and a full tariff");
      }
      if (exemption.compareTo(full) >= 0) {
        throw new IllegalArgumentException("thresholds out of order: exemption threshold "
            + exemption.toPlainString() + " must be below the full-tariff threshold " + full.toPlainString());
      }
      if (minimumFee.isGreaterThan(tariff)) {
        throw new IllegalArgumentException(
            "minimum fee " + minimumFee + " is above the full tariff " + tariff);
      }
      return new LinearCopayment(this);
    }
  }

  @Override
  public Money copayment(BigDecimal isee) {
    Isee.check(isee);
    if (isee.compareTo(exemption) <= 0) {
      return minimumFee;
    }
    if (isee.compareTo(full) >= 0) {
      return tariff;
    }
    BigDecimal band = tariff.amount().subtract(minimumFee.amount());
    BigDecimal exact = band.multiply(isee.subtract(exemption));
    // One division, rounded once to the cent with the schedule's mode.
    BigDecimal part = exact.divide(full.subtract(exemption), 2, rounding);
    return Money.of(minimumFee.amount().add(part));
  }

  @Override
  public Money minimum() {
    return minimumFee;
  }

  @Override
  public Money maximum() {
    return tariff;
  }

  /** {@return the exemption threshold} */
  public BigDecimal exemptionThreshold() {
    return exemption;
  }

  /** {@return the full-tariff threshold} */
  public BigDecimal fullTariffThreshold() {
    return full;
  }

  /** {@return the rounding of fees in the linear band} */
  public RoundingMode rounding() {
    return rounding;
  }

  @Override
  public String toString() {
    return "LinearCopayment{exemption=" + exemption.toPlainString() + ", full=" + full.toPlainString()
        + ", minimumFee=" + minimumFee + ", tariff=" + tariff + ", rounding=" + rounding + "}";
  }
}
