package io.github.socialplan.benchmarks.synthetic;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.socialplan.core.json.SocialPlanJson;
import io.github.socialplan.core.plan.Plan;
import org.junit.jupiter.api.Test;

/** The JSON benchmark measures a real round trip: the plan comes back equal, with all its parts. */
class SyntheticPlanJsonTest {

  @Test
  void roundTrip_ofTheBenchmarkPlan_givesAnEqualPlan() {
    Plan plan = SyntheticPlan.generate(SyntheticItaly.DEFAULT_SEED);
    String json = SocialPlanJson.write(plan);
    assertEquals(plan, SocialPlanJson.read(json, Plan.class));
    // Every kind of value is in the text: money with two decimals, optional levels and user areas.
    assertTrue(json.contains("\"FNPS\""), json.substring(0, 200));
    assertTrue(json.matches("(?s).*\"amount\":\"?\\d+\\.\\d\\d\"?.*"), "money with cents");
    assertTrue(json.contains("NATIONAL") || json.contains("nazionale") || json.contains("national"),
        "fund level written");
  }
}
