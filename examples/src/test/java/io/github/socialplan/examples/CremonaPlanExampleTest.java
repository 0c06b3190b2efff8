package io.github.socialplan.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.socialplan.core.json.SocialPlanJson;
import io.github.socialplan.core.money.Money;
import io.github.socialplan.core.plan.Plan;
import java.io.IOException;
import org.junit.jupiter.api.Test;

class CremonaPlanExampleTest {

  /** The published bands give five indices; the others are shown undefined with the band and the cut. */
  @Test
  void demography_fromTheBands_showsMinorsUndefined_neverThe75point3OfTheFirstAgePlacement() throws IOException {
    String out = AllExamplesTest.run(CremonaPlanExample::print);
    assertTrue(out.contains("% minorenni: n.d. (AGE_BAND_NOT_SPLIT: band 15-64 does not split at 18 in"
        + " ambito-cremona, 2014)"), out);
    assertTrue(out.contains("% grandi anziani: n.d. (AGE_BAND_NOT_SPLIT: band 65+ does not split at 85"), out);
    assertFalse(out.contains("75.3"), out);
  }

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
