package io.github.socialplan.benchmarks.synthetic;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import io.github.socialplan.core.plan.Plan;
import io.github.socialplan.core.plan.YearlyBudget;
import org.junit.jupiter.api.Test;

class SyntheticPlanTest {

  @Test
  void generate_withTheSameSeed_givesAnEqualPlan() {
    assertEquals(SyntheticPlan.generate(7), SyntheticPlan.generate(7));
    assertNotEquals(SyntheticPlan.generate(7), SyntheticPlan.generate(8));
  }

  @Test
  void plan_isFull_fiveAxesFortyActionsThreeBalancedBudgets() {
    Plan plan = SyntheticPlan.generate(SyntheticItaly.DEFAULT_SEED);
    assertEquals(5, plan.axes().size());
    assertEquals(40, plan.actions().size());
    assertEquals(2, plan.targets().size());
    assertEquals(3, plan.budgets().size());
    for (YearlyBudget b : plan.budgets()) {
      assertEquals(b.publishedRevenueTotal().orElseThrow(), b.revenueTotal());
      assertEquals(b.revenueTotal(), b.expenditureTotal());
      assertEquals(5, b.revenues().size());
      assertEquals(6, b.expenditures().size());
    }
    plan.actions().forEach(a -> assertEquals(6, a.fundings().size(), a.id()));
  }
}
