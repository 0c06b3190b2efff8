package io.github.socialplan.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.github.socialplan.budget.json.AllocationRequest;
import io.github.socialplan.budget.json.CopaymentRequest;
import io.github.socialplan.core.plan.Plan;
import io.github.socialplan.core.population.Population;
import org.junit.jupiter.api.Test;

/** The JSON type whose reader the start-up prepares while picocli reads the command line. */
class ExpectedInputTest {

  @Test
  void calculations_readTheirRequest_andBalanceAPlan() {
    assertEquals(AllocationRequest.class, SocialPlanCli.expectedInput("allocate", "request.json"));
    assertEquals(CopaymentRequest.class, SocialPlanCli.expectedInput("copayment"));
    assertEquals(Plan.class, SocialPlanCli.expectedInput("balance", "plan.json"));
  }

  @Test
  void validate_readsItsType_inEitherSpelling() {
    assertEquals(Plan.class, SocialPlanCli.expectedInput("validate", "plan.json", "--type", "plan"));
    assertEquals(Population.class, SocialPlanCli.expectedInput("validate", "--type=population", "p.json"));
  }

  @Test
  void noGuess_whenTheWordsDoNotTell() {
    assertNull(SocialPlanCli.expectedInput());
    assertNull(SocialPlanCli.expectedInput("indicators", "posas.csv"));
    assertNull(SocialPlanCli.expectedInput("validate", "posas.csv", "--type", "posas"));
    assertNull(SocialPlanCli.expectedInput("validate", "x.json", "--type", "nonsense"));
    assertNull(SocialPlanCli.expectedInput("validate", "x.json", "--type"));
    assertNull(SocialPlanCli.expectedInput("--help"));
  }
}
