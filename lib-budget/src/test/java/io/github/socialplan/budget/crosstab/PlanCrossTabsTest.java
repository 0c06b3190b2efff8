package io.github.socialplan.budget.crosstab;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.quicktheories.QuickTheory.qt;

import io.github.socialplan.core.json.SocialPlanJson;
import io.github.socialplan.core.money.Money;
import io.github.socialplan.core.plan.Action;
import io.github.socialplan.core.plan.CostLine;
import io.github.socialplan.core.plan.Funding;
import io.github.socialplan.core.plan.Period;
import io.github.socialplan.core.plan.Plan;
import io.github.socialplan.core.plan.ThematicAxis;
import io.github.socialplan.core.testing.PropertyRuns;
import io.github.socialplan.core.testing.ReferenceFiles;
import io.github.socialplan.core.testing.ReferenceTable;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.core.RandomnessSource;
import org.quicktheories.generators.Generate;

class PlanCrossTabsTest {

  private static final long SEED = 20_170_101L;
  private static final List<String> FUNDS = List.of("FNPS", "FNA", "FSR", "COMUNI");

  private static long in(RandomnessSource r, long min, long max) {
    return Generate.longRange(min, max).generate(r);
  }

  /** Plans of 2015-2017 with 0..5 actions, each with fundings and cost lines (per year or not split). */
  private static Gen<Plan> plans() {
    return r -> {
      Plan.Builder p = Plan.builder().id("p").title("t").territory("x").period(Period.of(2015, 2017))
          .addAxis(ThematicAxis.of("a", "A")).addAxis(ThematicAxis.of("b", "B"));
      int actions = (int) in(r, 0, 5);
      for (int i = 0; i < actions; i++) {
        Action.Builder a = Action.builder().id("act" + i).title("t");
        long axis = in(r, 0, 2);
        if (axis < 2) {
          a.axis(axis == 0 ? "a" : "b");
        }
        for (long k = in(r, 0, 3); k > 0; k--) {
          a.addFunding(Funding.of((int) in(r, 2015, 2017),
              FUNDS.get((int) in(r, 0, 3)),
              Money.ofCents(in(r, 0, 100_000_000))));
        }
        for (long k = in(r, 0, 3); k > 0; k--) {
          int start = (int) in(r, 2015, 2017);
          int end = (int) in(r, start, 2017);
          CostLine.Builder c = CostLine.builder().label("l" + k).years(Period.of(start, end))
              .eachYear(in(r, 0, 1) == 1)
              .quantity(BigDecimal.valueOf(in(r, 0, 300)))
              .unitCost(Money.ofCents(in(r, 0, 5_000_000)));
          if (in(r, 0, 1) == 1) {
            c.fund(FUNDS.get((int) in(r, 0, 3)));
          }
          if (in(r, 0, 1) == 1) {
            c.area("area " + in(r, 0, 2));
          }
          a.addCost(c.build());
        }
        p.addAction(a.build());
      }
      return p.build();
    };
  }

  @Test
  void crossTabs_addUpToThePlanTotal_toTheCent() {
    qt().withFixedSeed(SEED).withExamples(PropertyRuns.examples(500)).forAll(plans()).checkAssert(plan -> {
      // the total computed here independently: every funding plus every cost line's q × u, times its years
      Money expected = Money.ZERO;
      for (Action a : plan.actions()) {
        for (Funding f : a.fundings()) {
          expected = expected.plus(f.amount());
        }
        for (CostLine c : a.costs()) {
          BigDecimal once = c.quantity().orElseThrow().multiply(c.unitCost().orElseThrow().amount());
          expected = expected.plus(Money.of(once.multiply(BigDecimal.valueOf(c.eachYear() ? c.years().length() : 1))));
        }
      }
      assertEquals(expected, PlanCrossTabs.total(plan));
      for (CrossTab t : List.of(PlanCrossTabs.areaByFund(plan), PlanCrossTabs.axisByYear(plan))) {
        assertEquals(expected, t.total());
        assertEquals(expected, t.rows().stream().map(t::rowTotal).collect(Money.summing()));
        assertEquals(expected, t.columns().stream().map(t::columnTotal).collect(Money.summing()));
      }
    });
  }

  @Test
  void cremona_wellFareLegami_byAxisAndYear_340000AYearAnd500000NotSplit() throws IOException {
    Plan plan = SocialPlanJson.read(ReferenceFiles.folder().getParent().resolve("plans/cremona-pdz-2015-2017.json"),
        Plan.class);
    CrossTab t = PlanCrossTabs.axisByYear(plan);
    Money perYear = Money.of(new BigDecimal(ReferenceTable.fact("wellfare_legami_community_labs_per_year"))
        .multiply(new BigDecimal(ReferenceTable.fact("wellfare_legami_budget_per_lab")))
        .add(new BigDecimal(ReferenceTable.fact("wellfare_legami_business_pacts_per_year"))
            .multiply(new BigDecimal(ReferenceTable.fact("wellfare_legami_budget_per_business_pact"))))
        .add(new BigDecimal(ReferenceTable.fact("wellfare_legami_civic_centers_per_year"))
            .multiply(new BigDecimal(ReferenceTable.fact("wellfare_legami_budget_per_civic_center")))));
    Money pacts = Money.of(new BigDecimal(ReferenceTable.fact("wellfare_legami_patti"))
        .multiply(new BigDecimal(ReferenceTable.fact("wellfare_legami_budget_per_patto"))));
    for (String y : List.of("2015", "2016", "2017")) {
      assertEquals(perYear, t.cell("well-fare-legami", y));
    }
    assertEquals(pacts, t.cell("well-fare-legami", "2015-2017" + PlanCrossTabs.NOT_SPLIT));
    assertEquals(perYear.times(3).plus(pacts), t.total());
    assertEquals(Money.ofEuros(1_520_000), t.total());
    CrossTab area = PlanCrossTabs.areaByFund(plan);
    assertEquals(List.of(PlanCrossTabs.NO_AREA), area.rows());
    assertEquals(List.of(PlanCrossTabs.NO_FUND), area.columns());
    Map<String, Map<String, Map<String, List<String>>>> m = PlanCrossTabs.actionMatrix(plan);
    assertEquals(List.of("wfl-1"), m.get("well-fare-legami").get("persone in condizione di vulnerabilità")
        .get("patto gener-attivo con budget di welfare personale"));
  }
}
