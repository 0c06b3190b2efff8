package io.github.socialplan.core.plan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.socialplan.core.money.Money;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class PlanTest {

  private static Plan.Builder pdz() {
    return Plan.builder().id("pdz").title("Piano di Zona").territory("ambito-cremona").period(Period.of(2015, 2017));
  }

  @Test
  void budgetOutsideThePeriod_isRejectedNamingTheYear() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> pdz().addBudget(YearlyBudget.builder().year(2018).build()).build());
    assertEquals("plan pdz has a budget for 2018, outside its period 2015-2017", e.getMessage());
  }

  @Test
  void twoBudgetsForOneYear_areRejected() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> pdz()
        .addBudget(YearlyBudget.builder().year(2015).build()).addBudget(YearlyBudget.builder().year(2015).build())
        .build());
    assertEquals("plan pdz has two budgets for 2015", e.getMessage());
  }

  @Test
  void actionOfUnknownAxis_isRejectedNamingIt() {
    Action a = Action.builder().id("a1").title("SAD").axis("inclusione").targetGroup("anziani")
        .instrument("voucher").leadBody("ASC").build();
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> pdz().addAxis(ThematicAxis.of("famiglie", "Famiglie e minori")).addAction(a).build());
    assertTrue(e.getMessage().contains("unknown axis 'inclusione'"), e.getMessage());
  }

  @Test
  void actionFunding_sumsItsLinesOfAYear() {
    Action a = Action.builder().id("a1").title("SAD").targetGroup("anziani").instrument("voucher")
        .leadBody("ASC")
        .addFunding(Funding.of(2015, "FNA", Money.parse("1000.50")))
        .addFunding(Funding.of(2015, "COMUNI", Money.parse("250.25")))
        .addFunding(Funding.of(2016, "FNA", Money.parse("7")))
        .build();
    assertEquals(Money.parse("1250.75"), a.funding(2015));
    assertEquals(Money.ZERO, a.funding(2017));
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> pdz().addAction(Action.builder().from(a).addFunding(Funding.of(2019, "FNA", Money.ofEuros(1)))
            .build()).build());
    assertTrue(e.getMessage().contains("funded in 2019, outside the period 2015-2017"), e.getMessage());
  }

  @Test
  void cremonaTarget_associatedSpendingFrom19To30Percent() {
    Target t = Target.builder().indicator("pct_spending_associated").unit("percent")
        .baseline(new BigDecimal("19")).baselineYear(2012).value(new BigDecimal("30")).year(2017).build();
    assertEquals(java.util.Optional.of(new BigDecimal("30")), t.value());
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> Target.builder().indicator("x").value(BigDecimal.ONE).baselineYear(2017).year(2012).build());
    assertEquals("target 'x' is due in 2012, before its baseline year 2017", e.getMessage());
  }

  @Test
  void duplicateBudgetLine_isRejectedNamingIt() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> YearlyBudget.builder()
        .year(2015).addRevenue(BudgetLine.of("FNPS", Money.ofEuros(1)))
        .addRevenue(BudgetLine.of("FNPS", Money.ofEuros(2))).build());
    assertEquals("budget 2015 has the revenue line 'FNPS' twice", e.getMessage());
  }

  @Test
  void missingRequiredAttribute_isReportedByTheBuilder() {
    IllegalStateException e = assertThrows(IllegalStateException.class,
        () -> Plan.builder().id("p").title("t").build());
    assertTrue(e.getMessage().contains("territory") && e.getMessage().contains("period"), e.getMessage());
  }
}
