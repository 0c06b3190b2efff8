package io.github.socialplan.budget.json;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.github.socialplan.budget.copayment.CopaymentSchedule;
import io.github.socialplan.budget.copayment.CopaymentSummary;
import io.github.socialplan.budget.copayment.CopaymentUser;
import io.github.socialplan.budget.copayment.LinearCopayment;
import io.github.socialplan.budget.copayment.StepCopayment;
import io.github.socialplan.core.money.Money;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * A request for the co-payments of a list of users by ISEE (<i>richiesta di calcolo della
 * compartecipazione</i>), as {@code socialplan copayment} and {@code POST /v1/copayment} read it:
 *
 * <pre>{@code
 * {"linear": {"exemptionThreshold": 6000, "fullTariffThreshold": 30000, "fullTariff": 400.00},
 *  "users": [{"id": "u1", "isee": 18000, "units": 12}]}
 * }</pre>
 *
 * <p>Exactly one of {@code linear} ({@link LinearCopayment}) and {@code steps} ({@link StepCopayment}) is
 * the schedule. Its answer is the {@link CopaymentSummary} as
 * {@link io.github.socialplan.budget.export.BudgetJson#copayment} writes it.
 *
 * @param linear a linear schedule; or null
 * @param steps a schedule by ISEE bands; or null
 * @param users the users, not null, each with an ISEE {@code >= 0} and units {@code >= 0}
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record CopaymentRequest(Linear linear, Steps steps, List<CopaymentUser> users) {

  /**
   * A linear schedule: exempt up to one ISEE, full tariff from another, linear between.
   *
   * @param exemptionThreshold the ISEE up to which the user pays only the minimum fee, not null, {@code >= 0}
   * @param fullTariffThreshold the ISEE from which the user pays the full tariff, not null, above the other
   * @param minimumFee the least fee; null means zero
   * @param fullTariff the fee at and above the full-tariff threshold, not null, {@code >= 0}
   * @param rounding how the fee is rounded to the cent; null means {@code HALF_UP}
   */
  @JsonInclude(JsonInclude.Include.NON_NULL)
  public record Linear(BigDecimal exemptionThreshold, BigDecimal fullTariffThreshold, Money minimumFee,
      Money fullTariff, RoundingMode rounding) {}

  /**
   * A schedule by ISEE bands.
   *
   * @param fullTariff the tariff that percentages are of; null if every band gives a fee
   * @param rounding how a percentage fee is rounded to the cent; null means {@code HALF_UP}
   * @param bands the bands from ISEE 0 upwards, not null, at least one
   */
  @JsonInclude(JsonInclude.Include.NON_NULL)
  public record Steps(Money fullTariff, RoundingMode rounding, List<Band> bands) {

    /**
     * Keeps a read-only copy of the bands, so that a caller's later change to its list does not change the
     * schedule (a null band is kept, for the request to name it).
     *
     * @param fullTariff the tariff that percentages are of; null if every band gives a fee
     * @param rounding how a percentage fee is rounded to the cent; null means {@code HALF_UP}
     * @param bands the bands from ISEE 0 upwards, not null, at least one
     */
    public Steps {
      bands = bands == null ? null : Collections.unmodifiableList(new ArrayList<>(bands));
    }
  }

  /**
   * One ISEE band: a fee, or a percentage of the full tariff.
   *
   * @param fromIsee the band's lowest ISEE, not null, {@code >= 0}
   * @param fee the fee per unit, at most the full tariff if the schedule has one; or null
   * @param percentOfTariff the fee as a percentage of the full tariff, {@code 0..100}; or null
   */
  @JsonInclude(JsonInclude.Include.NON_NULL)
  public record Band(BigDecimal fromIsee, Money fee, BigDecimal percentOfTariff) {}

  /**
   * Checks the fields and builds the schedule now, so a bad one is reported when the request is read.
   *
   * @param linear a linear schedule; or null
   * @param steps a schedule by ISEE bands; or null
   * @param users the users, not null
   */
  public CopaymentRequest {
    if (users == null) {
      throw new IllegalArgumentException("missing required field 'users' of CopaymentRequest");
    }
    if ((linear == null) == (steps == null)) {
      throw new IllegalArgumentException("exactly one of 'linear' and 'steps' must be given");
    }
    for (int i = 0; i < users.size(); i++) {
      if (users.get(i) == null) { // List.copyOf would refuse it naming nothing
        throw new IllegalArgumentException("user " + i + " of 'users' must be a user, not null");
      }
    }
    users = List.copyOf(users);
    schedule(linear, steps);
  }

  private static CopaymentSchedule schedule(Linear linear, Steps steps) {
    if (linear != null) {
      LinearCopayment.Builder b = LinearCopayment.builder();
      if (linear.exemptionThreshold() != null) {
        b.exemptionThreshold(linear.exemptionThreshold());
      }
      if (linear.fullTariffThreshold() != null) {
        b.fullTariffThreshold(linear.fullTariffThreshold());
      }
      if (linear.minimumFee() != null) {
        b.minimumFee(linear.minimumFee());
      }
      if (linear.fullTariff() != null) {
        b.fullTariff(linear.fullTariff());
      }
      if (linear.rounding() != null) {
        b.rounding(linear.rounding());
      }
      return b.build();
    }
    if (steps.bands() == null) {
      throw new IllegalArgumentException("missing required field 'steps.bands' of CopaymentRequest");
    }
    StepCopayment.Builder b = StepCopayment.builder();
    if (steps.fullTariff() != null) {
      b.fullTariff(steps.fullTariff());
    }
    if (steps.rounding() != null) {
      b.rounding(steps.rounding());
    }
    for (int i = 0; i < steps.bands().size(); i++) {
      Band band = steps.bands().get(i);
      if (band == null || band.fromIsee() == null || (band.fee() == null) == (band.percentOfTariff() == null)) {
        throw new IllegalArgumentException("band " + i + " of 'steps' needs 'fromIsee' and exactly one of "
            + "'fee' and 'percentOfTariff'");
      }
      if (band.fee() != null) {
        b.band(band.fromIsee(), band.fee());
      } else {
        b.bandPercent(band.fromIsee(), band.percentOfTariff());
      }
    }
    return b.build();
  }

  /**
   * Computes each user's co-payment: the schedule's fee times the units.
   *
   * @return the lines and the total
   */
  public CopaymentSummary total() {
    return schedule(linear, steps).total(users);
  }
}
