package io.github.socialplan.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.socialplan.core.fund.FundLevel;
import io.github.socialplan.core.fund.Funds;
import io.github.socialplan.core.io.PlanTableReader;
import io.github.socialplan.core.json.JsonInputException;
import io.github.socialplan.core.json.SocialPlanJson;
import io.github.socialplan.core.money.Money;
import io.github.socialplan.core.plan.BudgetLine;
import io.github.socialplan.core.plan.Period;
import io.github.socialplan.core.plan.Plan;
import io.github.socialplan.core.plan.YearlyBudget;
import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * Keeps the code of README's "Domain model and JSON" section compiling and true: the statements below are
 * the README's, with its comments turned into assertions.
 */
class ReadmeExampleTest {

  @Test
  void domainModelAndJson_section() {
    // --- README snippet starts
    Plan plan = Plan.builder()
        .id("pdz-cremona-2015-2017").title("Piano di Zona 2015-2017")
        .territory("ambito-cremona").period(Period.of(2015, 2017))
        .addBudget(YearlyBudget.builder().year(2015)
            .addRevenue(BudgetLine.builder().label("Entrate da Fondo Naz. Politiche Sociali")
                .amount(Money.parse("599589")).fund("FNPS").level(FundLevel.NATIONAL).build())
            .publishedRevenueTotal(Money.parse("5574719"))
            .build())
        .build();

    String json = SocialPlanJson.write(plan);             // amounts as 599589.00
    Plan back = SocialPlanJson.read(json, Plan.class);    // equal to plan
    String bad = json.replace("599589.00", "599589.123");
    // SocialPlanJson.read(bad, Plan.class) throws JsonInputException:
    // JSON input at $.budgets[0].revenues[0].amount (line 1, column ...):
    //     money must have at most 2 decimals (cents): 599589.123
    // --- README snippet ends

    assertTrue(json.contains("\"amount\":599589.00"), json);
    assertEquals(plan, back);
    JsonInputException e = assertThrows(JsonInputException.class, () -> SocialPlanJson.read(bad, Plan.class));
    assertEquals("$.budgets[0].revenues[0].amount", e.path());
    assertTrue(e.getMessage().startsWith("JSON input at $.budgets[0].revenues[0].amount (line 1, column "));
    assertTrue(e.getMessage().endsWith("money must have at most 2 decimals (cents): 599589.123"));
  }

  @Test
  void planTable_section() throws IOException {
    // --- README snippet starts
    Plan pdz = PlanTableReader.of("pdz-cremona-2015-2017", "Piano di Zona 2015-2017", "ambito-cremona")
        .withFund("Entrate da Fondo Naz. Politiche Sociali", Funds.byId("FNPS"))
        .read(Path.of("data/reference/cremona-plan-2015-2017.csv"));
    YearlyBudget y2015 = pdz.budget(2015).orElseThrow();
    y2015.publishedExpenditureTotal();   // Optional[5574719.00], as published
    y2015.expenditureTotal();            // 5574718.00, the sum of its lines
    // --- README snippet ends

    assertEquals("Optional[5574719.00]", y2015.publishedExpenditureTotal().toString());
    assertEquals(Money.parse("5574718.00"), y2015.expenditureTotal());
  }
}
