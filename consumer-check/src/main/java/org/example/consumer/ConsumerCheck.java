package org.example.consumer;

import io.github.socialplan.budget.allocation.Allocation;
import io.github.socialplan.budget.allocation.LargestRemainder;
import io.github.socialplan.budget.allocation.Weights;
import io.github.socialplan.budget.quota.QuotaCapitaria;
import io.github.socialplan.core.fund.FundLevel;
import io.github.socialplan.core.json.SocialPlanJson;
import io.github.socialplan.core.money.Money;
import io.github.socialplan.core.plan.BudgetLine;
import io.github.socialplan.core.plan.Period;
import io.github.socialplan.core.plan.Plan;
import io.github.socialplan.core.plan.YearlyBudget;
import io.github.socialplan.indicators.result.DisplayFormat;
import io.github.socialplan.indicators.spending.SpendingIndicators;
import java.math.BigDecimal;

/**
 * What a user's program does with the published artifacts: builders of the generated value types, JSON
 * (Jackson comes in transitively), an allocation and an indicator. Fails if a figure is not the expected
 * one, computed by hand in the comments.
 */
public final class ConsumerCheck {

  private ConsumerCheck() {}

  public static void main(String[] args) {
    // 100,000.00 euro by residents: 70,841 / 85,858 of it is 82,509.49 (cent by largest remainder).
    Weights residents = Weights.builder()
        .add("019036", 70_841).add("019098", 8_744).add("019076", 6_273).build();
    Allocation a = LargestRemainder.allocate(Money.ofEuros(100_000), residents);
    check("allocation to 019036", a.amount("019036").toString(), "82509.49");

    // 19,084,183 euro over 158,529 residents = 120.38... euro per resident, shown without decimals.
    String perCapita = SpendingIndicators.perCapita(Money.ofEuros(19_084_183), 158_529)
        .format(DisplayFormat.DEFAULT.withScale(0));
    check("spending per resident", perCapita, "120");

    // 3.50 + 1.39 euro per resident.
    QuotaCapitaria quota = QuotaCapitaria.builder()
        .component("servizio sociale", new BigDecimal("3.50"))
        .component("tutela minori", new BigDecimal("1.39"))
        .build();
    check("quota capitaria", quota.rate().toPlainString(), "4.89");

    Plan plan = Plan.builder()
        .id("pdz-example").title("Piano di Zona").territory("ambito-example").period(Period.of(2015, 2017))
        .addBudget(YearlyBudget.builder().year(2015)
            .addRevenue(BudgetLine.builder().label("FNPS").amount(Money.parse("599589"))
                .fund("FNPS").level(FundLevel.NATIONAL).build())
            .build())
        .build();
    Plan back = SocialPlanJson.read(SocialPlanJson.write(plan), Plan.class);
    check("JSON round trip", String.valueOf(back.equals(plan)), "true");

    System.out.println("consumer check: ok");
  }

  private static void check(String what, String actual, String expected) {
    if (!actual.equals(expected)) {
      throw new AssertionError(what + ": expected " + expected + ", got " + actual);
    }
    System.out.println(what + ": " + actual);
  }
}
