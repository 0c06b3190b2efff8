package io.github.socialplan.budget.execution;

import io.github.socialplan.core.money.Money;
import java.util.Objects;

/**
 * One year of a budget line's series: its amount and whether that amount is an actual or a planned one.
 *
 * @param year the year
 * @param amount the amount
 * @param actual true for an actual (<i>consuntivo</i>), false for a planned amount (<i>previsione</i>)
 */
public record SeriesPoint(int year, Money amount, boolean actual) {

  /**
   * Checks that no component is null.
   *
   * @param year the year
   * @param amount the amount
   * @param actual true for an actual (<i>consuntivo</i>), false for a planned amount (<i>previsione</i>)
   */
  public SeriesPoint {
    Objects.requireNonNull(amount, "amount");
  }
}
