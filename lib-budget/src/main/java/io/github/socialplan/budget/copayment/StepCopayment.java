package io.github.socialplan.budget.copayment;

import io.github.socialplan.core.money.Money;
import io.github.socialplan.core.number.DecimalBounds;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * A co-payment table by ISEE bands (<i>fasce ISEE</i>): each band, from its lower ISEE threshold up to the
 * next band's, has one fee, given in euro or as a percentage of the full tariff.
 *
 * <p><b>Formula</b> (docs/domain.md §7). {@code fee(isee)} is the fee of the last band whose threshold
 * is {@code <= isee}. A percentage fee is {@code tariff * percent / 100} rounded to the cent with the
 * schedule's rounding, once, when the table is built. The first band starts at ISEE 0; thresholds must
 * increase strictly and fees must not decrease, so the fee never decreases as ISEE grows; when the schedule
 * has a full tariff no fee is above it (a fee in euro at most the tariff, a percentage at most 100).
 *
 * <pre>{@code
 * StepCopayment meals = StepCopayment.builder().fullTariff(Money.parse("5.20")).rounding(RoundingMode.HALF_UP)
 *     .bandPercent(BigDecimal.ZERO, BigDecimal.ZERO)
 *     .bandPercent(new BigDecimal("8000"), new BigDecimal("33.3"))
 *     .bandPercent(new BigDecimal("16000"), new BigDecimal("66.6"))
 *     .bandPercent(new BigDecimal("24000"), new BigDecimal("100"))
 *     .build();
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 */
public final class StepCopayment implements CopaymentSchedule {

  private final BigDecimal[] thresholds;
  private final Money[] fees;
  private final Money tariff; // null: the schedule has no full tariff

  private StepCopayment(BigDecimal[] thresholds, Money[] fees, Money tariff) {
    this.thresholds = thresholds;
    this.fees = fees;
    this.tariff = tariff;
  }

  /** {@return a builder; the rounding of percentage fees defaults to {@code HALF_UP}} */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link StepCopayment}; not thread-safe. */
  public static final class Builder {
    private final List<BigDecimal> thresholds = new ArrayList<>();
    private final List<Object> fees = new ArrayList<>(); // Money or a BigDecimal percentage
    private Money tariff;
    private RoundingMode rounding = RoundingMode.HALF_UP;

    private Builder() {}

    /**
     * The full tariff that percentage fees refer to.
     *
     * @param fee not null, {@code >= 0}
     * @return this builder
     */
    public Builder fullTariff(Money fee) {
      this.tariff = ScheduleChecks.fullTariff(fee);
      return this;
    }

    /**
     * How percentage fees are rounded to the cent.
     *
     * @param rounding not null, not {@code UNNECESSARY}
     * @return this builder
     */
    public Builder rounding(RoundingMode rounding) {
      this.rounding = ScheduleChecks.rounding(rounding, "percentage fees");
      return this;
    }

    /**
     * Adds a band with a fee in euro.
     *
     * @param fromIsee the band's lower ISEE threshold, not null, {@code >= 0}
     * @param fee not null, {@code >= 0}, at most the full tariff if the schedule has one (checked by
     *     {@link #build()})
     * @return this builder
     */
    public Builder band(BigDecimal fromIsee, Money fee) {
      Objects.requireNonNull(fromIsee, "fromIsee");
      Objects.requireNonNull(fee, "fee");
      if (fee.isNegative()) {
        throw new IllegalArgumentException("fee of the band from " + fromIsee + " must be >= 0: " + fee);
      }
      thresholds.add(Isee.checkThreshold("band threshold", fromIsee));
      fees.add(fee);
      return this;
    }

    /**
     * Adds a band whose fee is a percentage of the full tariff.
     *
     * @param fromIsee the band's lower ISEE threshold, not null, {@code >= 0}
     * @param percentOfTariff not null, {@code 0..100}, at most 30 decimals
     * @return this builder
     */
    public Builder bandPercent(BigDecimal fromIsee, BigDecimal percentOfTariff) {
      Objects.requireNonNull(fromIsee, "fromIsee");
      Objects.requireNonNull(percentOfTariff, "percentOfTariff");
      DecimalBounds.check(percentOfTariff, "percentage of the band from " + fromIsee);
      if (percentOfTariff.signum() < 0 || percentOfTariff.compareTo(BigDecimal.valueOf(100)) > 0) {
        throw new IllegalArgumentException("percentage of the band from " + fromIsee
            + " must be in 0..100: " + percentOfTariff.toPlainString());
      }
      thresholds.add(Isee.checkThreshold("band threshold", fromIsee));
      fees.add(percentOfTariff);
      return this;
    }

    /**
     * Returns the table.
     *
     * @return the schedule
     * @throws IllegalArgumentException if there is no band, the first does not start at 0, thresholds are
     *     out of order, fees decrease, a percentage band has no tariff or a fee in euro is above the full
     *     tariff
     */
    public StepCopayment build() {
      int n = thresholds.size();
      if (n == 0) {
        throw new IllegalArgumentException("a step schedule needs at least one band");
      }
      if (thresholds.get(0).signum() != 0) {
        throw new IllegalArgumentException(
            "the first band must start at ISEE 0, not " + thresholds.get(0).toPlainString());
      }
      Money[] money = new Money[n];
      for (int i = 0; i < n; i++) {
        Object f = fees.get(i);
        if (f instanceof Money) {
          money[i] = (Money) f;
          if (tariff != null && money[i].isGreaterThan(tariff)) {
            throw new IllegalArgumentException("fee " + money[i] + " of the band from "
                + thresholds.get(i).toPlainString() + " is above the full tariff " + tariff);
          }
        } else {
          if (tariff == null) {
            throw new IllegalArgumentException("band from " + thresholds.get(i).toPlainString()
                + " is a percentage but the schedule has no full tariff");
          }
          money[i] = Money.rounded(tariff.amount().multiply((BigDecimal) f).movePointLeft(2), rounding);
        }
        if (i > 0) {
          if (thresholds.get(i).compareTo(thresholds.get(i - 1)) <= 0) {
            throw new IllegalArgumentException("band thresholds out of order: "
                + thresholds.get(i).toPlainString() + " comes after " + thresholds.get(i - 1).toPlainString());
          }
          if (money[i].isLessThan(money[i - 1])) {
            throw new IllegalArgumentException("fee " + money[i] + " of the band from "
                + thresholds.get(i).toPlainString() + " is below the previous band's fee " + money[i - 1]);
          }
        }
      }
      return new StepCopayment(thresholds.toArray(new BigDecimal[0]), money, tariff);
    }
  }

  @Override
  public Money copayment(BigDecimal isee) {
    Isee.check(isee);
    // The band of the last threshold <= isee: thresholds strictly increase from 0, so a miss at insertion
    // point p (returned as -p - 1, p >= 1) falls in band p - 1.
    int k = Arrays.binarySearch(thresholds, isee, BigDecimal::compareTo);
    return fees[k >= 0 ? k : -k - 2];
  }

  /**
   * {@inheritDoc}
   *
   * <p>The users counted at the full tariff are those whose fee is the schedule's full tariff (none when
   * the top band is below it); when the schedule has no full tariff, those who pay the top band's fee (a
   * band below it with the same fee counts too, as {@link CopaymentSummary#of} reads a summary back).
   */
  @Override
  public CopaymentSummary total(List<CopaymentUser> users) {
    return CopaymentSummary.compute(this, users, tariff != null ? tariff : maximum());
  }

  @Override
  public Money minimum() {
    return fees[0];
  }

  /** {@return the top band's fee: the full tariff, or below it when the top band is less than 100 %} */
  @Override
  public Money maximum() {
    return fees[fees.length - 1];
  }

  /** {@return the bands' lower thresholds, in order} */
  public List<BigDecimal> thresholds() {
    return List.of(thresholds);
  }

  /** {@return the bands' fees, in order} */
  public List<Money> fees() {
    return List.of(fees);
  }

  @Override
  public String toString() {
    return "StepCopayment{thresholds=" + thresholds() + ", fees=" + fees() + "}";
  }
}
