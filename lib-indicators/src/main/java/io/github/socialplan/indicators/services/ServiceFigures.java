package io.github.socialplan.indicators.services;

import io.github.socialplan.core.money.Money;
import io.github.socialplan.indicators.coverage.Coverage;
import io.github.socialplan.indicators.result.IndicatorValue;
import io.github.socialplan.indicators.spending.SpendingIndicators;
import java.util.Locale;
import java.util.Objects;

/**
 * Users, municipal spending and users' co-payment of one service or of several added up
 * (<i>utenti, spesa comunale, compartecipazione</i>), with the indicators they give: the municipal spending
 * per user, the cost per user and the co-payment incidence, as in the Piano di Zona 2015-2017 dell'Ambito
 * di Cremona, §2.2 and §4.1.
 *
 * <p>Immutable and thread-safe.
 *
 * @param users users in the year, {@code >= 0}
 * @param municipalSpending the comuni's spending on the service, {@code >= 0}, not null
 * @param copayment what the users paid, {@code >= 0}, not null
 */
public record ServiceFigures(long users, Money municipalSpending, Money copayment) {

  /** No users, no spending. */
  public static final ServiceFigures NONE = new ServiceFigures(0, Money.ZERO, Money.ZERO);

  /**
   * Checks the figures.
   *
   * @param users users in the year, {@code >= 0}
   * @param municipalSpending the comuni's spending on the service, {@code >= 0}, not null
   * @param copayment what the users paid, {@code >= 0}, not null
   * @throws IllegalArgumentException if a figure is negative
   */
  public ServiceFigures {
    Objects.requireNonNull(municipalSpending, "municipalSpending");
    Objects.requireNonNull(copayment, "copayment");
    if (users < 0 || municipalSpending.signum() < 0 || copayment.signum() < 0) {
      throw new IllegalArgumentException(String.format(Locale.ROOT,
          "users, municipal spending and co-payment must be >= 0: %d users, %s, %s", users,
          municipalSpending, copayment));
    }
  }

  /**
   * The figures of both, added.
   *
   * @param other not null
   * @return the sum
   */
  public ServiceFigures plus(ServiceFigures other) {
    return new ServiceFigures(Math.addExact(users, other.users), municipalSpending.plus(other.municipalSpending),
        copayment.plus(other.copayment));
  }

  /** {@return <i>Spesa pro-utente comunale</i>: municipal spending / users, in euro; undefined with no users} */
  public IndicatorValue municipalSpendingPerUser() {
    return SpendingIndicators.perUserSpending(municipalSpending, users);
  }

  /** {@return <i>Costo medio per utente</i>: (municipal spending + co-payment) / users, in euro} */
  public IndicatorValue costPerUser() {
    return SpendingIndicators.averageCostPerUser(municipalSpending.plus(copayment), users);
  }

  /** {@return <i>Compartecipazione degli utenti</i>: co-payment / (municipal spending + co-payment) × 100} */
  public IndicatorValue copaymentIncidence() {
    return SpendingIndicators.copaymentIncidence(copayment, municipalSpending);
  }

  /**
   * <i>Tasso di copertura</i>: users / target population × 100. More users than targets (users from other
   * comuni) is allowed and gives more than 100, flagged by {@link #exceeds}, not rejected.
   *
   * @param target the target population, {@code >= 0}
   * @return the percentage; undefined if the target is 0
   */
  public IndicatorValue coverage(long target) {
    return Coverage.of(users, target);
  }

  /**
   * Whether the users outnumber the target population (a coverage above 100 %).
   *
   * @param target the target population, {@code >= 0}
   * @return {@code users > target}
   */
  public boolean exceeds(long target) {
    return users > target;
  }
}
