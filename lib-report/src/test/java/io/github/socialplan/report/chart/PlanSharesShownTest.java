package io.github.socialplan.report.chart;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;

import io.github.socialplan.budget.balance.PlanBalance;
import io.github.socialplan.budget.balance.Share;
import io.github.socialplan.core.json.SocialPlanJson;
import io.github.socialplan.core.plan.Plan;
import io.github.socialplan.core.plan.YearlyBudget;
import io.github.socialplan.core.testing.Generators;
import io.github.socialplan.core.testing.ReferenceFiles;
import io.github.socialplan.report.Language;
import java.math.RoundingMode;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The spending-shares chart of a plan's first year labels each bar with the library's share, one decimal half-up. */
class PlanSharesShownTest {

  @Test
  void generatedPlans_spendingSharesChart_showsTheLibrarysShares() {
    qt().withFixedSeed(20261201L).withExamples(30).forAll(Generators.plans()).checkAssert(p -> {
      if (!p.budgets().isEmpty()) {
        check(p);
      }
    });
  }

  @Test
  void cremonaPlan_spendingSharesChart_showsTheLibrarysShares() throws Exception {
    check(SocialPlanJson.read(ReferenceFiles.folder().getParent().resolve("plans/cremona-pdz-2015-2017.json"),
        Plan.class));
  }

  private static void check(Plan plan) {
    YearlyBudget first = plan.budgets().get(0);
    List<Share> shares = PlanBalance.of(plan).expenditureByArea(first.year()).stream().filter(Share::isDefined)
        .toList();
    try {
      Svg svg = Svg.parse(Charts.spendingShares(first, Language.ENGLISH).svg());
      assertEquals(shares.size(), svg.items().size(), plan.id() + " bars " + shares);
      String text = svg.text();
      for (Share s : shares) {
        String pct = s.percent(1, RoundingMode.HALF_UP).toPlainString();
        assertTrue(text.contains(pct), plan.id() + " share " + s + " as " + pct + " in " + text);
      }
    } catch (Exception e) {
      throw new AssertionError(e);
    }
  }
}
