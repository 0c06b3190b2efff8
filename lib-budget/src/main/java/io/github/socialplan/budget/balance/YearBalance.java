package io.github.socialplan.budget.balance;

import io.github.socialplan.core.money.Money;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The balance of one budget year (<i>quadratura annuale</i>): the sums of the lines, the published totals
 * and every gap between figures that should be equal.
 *
 * @param year the year
 * @param revenueLines the sum of the revenue lines
 * @param expenditureLines the sum of the expenditure lines
 * @param publishedRevenue the published total revenue, if any
 * @param publishedExpenditure the published total expenditure, if any
 * @param gaps the gaps found, in {@link GapKind} order; empty when the year balances
 */
public record YearBalance(
    int year,
    Money revenueLines,
    Money expenditureLines,
    Optional<Money> publishedRevenue,
    Optional<Money> publishedExpenditure,
    List<BalanceGap> gaps) {

  /**
   * Checks that no component is null and copies the gaps.
   *
   * @param year the year
   * @param revenueLines the sum of the revenue lines, not null
   * @param expenditureLines the sum of the expenditure lines, not null
   * @param publishedRevenue the published total revenue, if any, not null
   * @param publishedExpenditure the published total expenditure, if any, not null
   * @param gaps the gaps found, in {@link GapKind} order; empty when the year balances
   */
  public YearBalance {
    Objects.requireNonNull(revenueLines, "revenueLines");
    Objects.requireNonNull(expenditureLines, "expenditureLines");
    Objects.requireNonNull(publishedRevenue, "publishedRevenue");
    Objects.requireNonNull(publishedExpenditure, "publishedExpenditure");
    gaps = List.copyOf(gaps);
  }

  /** {@return whether every compared pair of figures is equal} */
  public boolean isBalanced() {
    return gaps.isEmpty();
  }
}
