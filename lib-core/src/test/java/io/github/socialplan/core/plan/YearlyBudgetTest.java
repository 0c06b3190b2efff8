package io.github.socialplan.core.plan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.github.socialplan.core.fund.Fund;
import io.github.socialplan.core.fund.FundLevel;
import io.github.socialplan.core.fund.FundTransfer;
import io.github.socialplan.core.money.Money;
import org.junit.jupiter.api.Test;

/** The checks of a yearly budget, its lines, funds and transfers, each naming what is wrong. */
class YearlyBudgetTest {

  private static String rejected(org.junit.jupiter.api.function.Executable e) {
    return assertThrows(IllegalArgumentException.class, e).getMessage();
  }

  @Test
  void totals_addTheLines() {
    // Cremona 2012 transfers: FNPS 321,633.00 + FNA 79,426.84 + FSR 850,000.00 = 1,251,059.84.
    YearlyBudget b = YearlyBudget.builder().year(2012)
        .addRevenue(BudgetLine.of("FNPS", Money.parse("321633.00")))
        .addRevenue(BudgetLine.of("FNA", Money.parse("79426.84")))
        .addRevenue(BudgetLine.of("FSR", Money.parse("850000.00")))
        .addExpenditure(BudgetLine.of("SAD", Money.parse("1251059.84"))).build();
    assertEquals(Money.parse("1251059.84"), b.revenueTotal());
    assertEquals(Money.parse("1251059.84"), b.expenditureTotal());
    assertEquals(Money.ZERO, YearlyBudget.builder().year(2012).build().revenueTotal());
  }

  @Test
  void yearOutOfRange_negativePublishedTotals_andRepeatedLabels_areRejected() {
    assertEquals("budget year must be in 1..9999: 0", rejected(() -> YearlyBudget.builder().year(0).build()));
    assertEquals("budget year must be in 1..9999: 10000", rejected(() -> YearlyBudget.builder().year(10000).build()));
    assertEquals(1, YearlyBudget.builder().year(1).build().year());
    assertEquals(9999, YearlyBudget.builder().year(9999).build().year());
    assertEquals("publishedRevenueTotal of budget 2012 must not be negative: -1.00",
        rejected(() -> YearlyBudget.builder().year(2012).publishedRevenueTotal(Money.ofEuros(-1)).build()));
    assertEquals("publishedExpenditureTotal of budget 2012 must not be negative: -0.01",
        rejected(() -> YearlyBudget.builder().year(2012).publishedExpenditureTotal(Money.ofCents(-1)).build()));
    assertEquals(Money.ZERO, YearlyBudget.builder().year(2012).publishedRevenueTotal(Money.ZERO).build()
        .publishedRevenueTotal().orElseThrow());
    assertEquals("budget 2012 has the revenue line 'FNPS' twice", rejected(() -> YearlyBudget.builder().year(2012)
        .addRevenue(BudgetLine.of("FNPS", Money.ofEuros(1))).addRevenue(BudgetLine.of("FNPS", Money.ofEuros(2)))
        .build()));
    assertEquals("budget 2012 has the expenditure line 'SAD' twice", rejected(() -> YearlyBudget.builder()
        .year(2012).addExpenditure(BudgetLine.of("SAD", Money.ZERO)).addExpenditure(BudgetLine.of("SAD", Money.ZERO))
        .build()));
  }

  @Test
  void budgetLine_needsALabelAndANonNegativeAmount() {
    assertEquals("budget line of 5.00 has a blank label", rejected(() -> BudgetLine.of(" ", Money.ofEuros(5))));
    assertEquals("amount of budget line 'SAD' must not be negative: -5.00",
        rejected(() -> BudgetLine.of("SAD", Money.ofEuros(-5))));
    assertEquals(Money.ZERO, BudgetLine.of("SAD", Money.ZERO).amount());
  }

  @Test
  void fundAndTransfer_checks() {
    assertEquals("fund needs an id and a name: '', 'Fondo'",
        rejected(() -> Fund.of("", "Fondo", FundLevel.NATIONAL, false)));
    assertEquals("fund needs an id and a name: 'F', ' '", rejected(() -> Fund.of("F", " ", FundLevel.NATIONAL, false)));
    assertEquals("transfer of FNPS to Cremona in 2012 must not be negative: -321633.00",
        rejected(() -> FundTransfer.of("FNPS", "Cremona", 2012, Money.parse("-321633.00"))));
    assertEquals("transfer of FNPS has year out of 1..9999: 0",
        rejected(() -> FundTransfer.of("FNPS", "Cremona", 0, Money.ZERO)));
    assertEquals("transfer of FNPS has year out of 1..9999: 10000",
        rejected(() -> FundTransfer.of("FNPS", "Cremona", 10000, Money.ZERO)));
    assertEquals(9999, FundTransfer.of("FNPS", "Cremona", 9999, Money.ZERO).year());
    assertEquals(1, FundTransfer.of("FNPS", "Cremona", 1, Money.ZERO).year());
  }
}
