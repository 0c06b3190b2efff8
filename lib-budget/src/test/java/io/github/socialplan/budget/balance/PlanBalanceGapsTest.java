package io.github.socialplan.budget.balance;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.socialplan.core.money.Money;
import io.github.socialplan.core.plan.BudgetLine;
import io.github.socialplan.core.plan.YearlyBudget;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Each of the four checks of a year's balance, alone: which gaps a year has, and only those. */
class PlanBalanceGapsTest {

  private static BudgetLine line(String label, long euros) {
    return BudgetLine.builder().label(label).amount(Money.ofEuros(euros)).build();
  }

  private static List<BalanceGap> gaps(YearlyBudget b) {
    return PlanBalance.of(List.of(b)).gaps();
  }

  @Test
  void revenueLinesOnly_areCheckedAgainstTheirPublishedTotal_only() {
    YearlyBudget b = YearlyBudget.builder().year(2015).addRevenues(line("FNPS", 100))
        .publishedRevenueTotal(Money.ofEuros(90)).build();
    assertEquals(List.of(new BalanceGap(2015, GapKind.REVENUE_LINES_VS_PUBLISHED_TOTAL, Money.ofEuros(100),
        Money.ofEuros(90))), gaps(b));
  }

  @Test
  void expenditureLinesOnly_areCheckedAgainstTheirPublishedTotal_andThePublishedTotalsAgainstEachOther() {
    YearlyBudget b = YearlyBudget.builder().year(2016).addExpenditures(line("Area anziani", 100))
        .publishedExpenditureTotal(Money.ofEuros(90)).publishedRevenueTotal(Money.ofEuros(100)).build();
    assertEquals(List.of(
        new BalanceGap(2016, GapKind.EXPENDITURE_LINES_VS_PUBLISHED_TOTAL, Money.ofEuros(100), Money.ofEuros(90)),
        new BalanceGap(2016, GapKind.PUBLISHED_REVENUE_VS_PUBLISHED_EXPENDITURE, Money.ofEuros(100),
            Money.ofEuros(90))), gaps(b));
  }

  @Test
  void linesOfBothKinds_areCheckedAgainstEachOther() {
    YearlyBudget balanced = YearlyBudget.builder().year(2017).addRevenues(line("FNPS", 100))
        .addExpenditures(line("Area anziani", 100)).publishedRevenueTotal(Money.ofEuros(100))
        .publishedExpenditureTotal(Money.ofEuros(100)).build();
    assertEquals(List.of(), gaps(balanced));
    YearlyBudget unbalanced = YearlyBudget.builder().year(2017).addRevenues(line("FNPS", 100))
        .addExpenditures(line("Area anziani", 99)).build();
    assertEquals(List.of(new BalanceGap(2017, GapKind.REVENUE_LINES_VS_EXPENDITURE_LINES, Money.ofEuros(100),
        Money.ofEuros(99))), gaps(unbalanced));
  }

  @Test
  void publishedTotalsWithoutLines_areCheckedOnlyAgainstEachOther() {
    YearlyBudget b = YearlyBudget.builder().year(2018).publishedRevenueTotal(Money.ofEuros(5))
        .publishedExpenditureTotal(Money.ofEuros(7)).build();
    assertEquals(List.of(new BalanceGap(2018, GapKind.PUBLISHED_REVENUE_VS_PUBLISHED_EXPENDITURE, Money.ofEuros(5),
        Money.ofEuros(7))), gaps(b));
  }
}
