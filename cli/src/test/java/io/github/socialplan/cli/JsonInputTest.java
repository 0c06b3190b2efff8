package io.github.socialplan.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.github.socialplan.budget.json.AllocationRequest;
import io.github.socialplan.budget.json.QuotaRequest;
import io.github.socialplan.core.plan.Plan;
import io.github.socialplan.core.population.Population;
import org.junit.jupiter.api.Test;

/** The input type whose JSON reader {@code main} builds on a second thread, read from the command line. */
class JsonInputTest {

  @Test
  void requestCommands_readTheirRequest() {
    assertEquals(AllocationRequest.class, SocialPlanCli.jsonInput("allocate", "request.json"));
    assertEquals(AllocationRequest.class, SocialPlanCli.jsonInput("allocate"));
    assertEquals(QuotaRequest.class, SocialPlanCli.jsonInput("quota", "-"));
  }

  @Test
  void balance_readsAPlan_unlessItsBudgetTableAsCsv() {
    assertEquals(Plan.class, SocialPlanCli.jsonInput("balance", "plan.json"));
    assertNull(SocialPlanCli.jsonInput("balance", "data/reference/cremona-plan-2015-2017.CSV"));
  }

  @Test
  void validate_readsTheTypeItIsGiven_inEitherSpelling() {
    assertEquals(Plan.class, SocialPlanCli.jsonInput("validate", "plan.json", "--type", "plan"));
    assertEquals(Population.class, SocialPlanCli.jsonInput("validate", "--type=population", "p.json"));
    assertNull(SocialPlanCli.jsonInput("validate", "table.csv", "--type", "plan-table"), "a CSV input");
    assertNull(SocialPlanCli.jsonInput("validate", "x.json", "--type", "no-such-type"), "picocli refuses it");
    assertNull(SocialPlanCli.jsonInput("validate", "x.json", "--type"), "no type given");
  }

  @Test
  void otherCommandLines_prepareNothing() {
    assertNull(SocialPlanCli.jsonInput());
    assertNull(SocialPlanCli.jsonInput("indicators", "posas.csv"));
    assertNull(SocialPlanCli.jsonInput("serve", "--port", "0"));
    assertNull(SocialPlanCli.jsonInput("--help"));
  }
}
