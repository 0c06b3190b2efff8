package io.github.socialplan.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.socialplan.core.json.SocialPlanJson;
import io.github.socialplan.core.money.Money;
import io.github.socialplan.core.plan.Plan;
import java.io.IOException;
import org.junit.jupiter.api.Test;

class CremonaPlanExampleTest {

  @Test
  void cremonaPlan_readByPlanTableReader_toJsonAndBack_isAnEqualPlan() throws IOException {
    Plan plan = CremonaPlanExample.readPlan(DataFolder.locate());
    String json = SocialPlanJson.write(plan);
    Plan back = SocialPlanJson.read(json, Plan.class);
    assertEquals(plan, back);
    assertEquals(json, SocialPlanJson.write(back));
    // the published 2015 total survives as written, not replaced by the sum of the lines
    assertEquals(plan.budget(2015).orElseThrow().publishedExpenditureTotal(),
        back.budget(2015).orElseThrow().publishedExpenditureTotal());
    assertEquals(Money.parse("1.00"), back.budget(2015).orElseThrow().publishedExpenditureTotal().orElseThrow()
        .minus(back.budget(2015).orElseThrow().expenditureTotal()));
    assertTrue(json.contains("5574719.00"), json);
  }
}
