package io.github.socialplan.budget.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.socialplan.budget.allocation.Weights;
import io.github.socialplan.budget.copayment.CopaymentSummary;
import io.github.socialplan.budget.copayment.CopaymentUser;
import io.github.socialplan.budget.copayment.LinearCopayment;
import io.github.socialplan.budget.reallocation.Reallocation;
import io.github.socialplan.budget.reallocation.ReallocationResult;
import io.github.socialplan.budget.transition.Transition;
import io.github.socialplan.budget.transition.TransitionCap;
import io.github.socialplan.budget.transition.TransitionPath;
import io.github.socialplan.core.json.SocialPlanJson;
import io.github.socialplan.core.money.Money;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The transition, reallocation and co-payment documents: figures worked by hand, and they read back equal. */
class BudgetJsonResultsTest {

  @Test
  void transition_writesEachYearsLines_andReadsBackEqual() {
    // A 60, B 40, residents 1:1, a quarter of the gap a year: targets 50 / 50, A 57.50, B 42.50
    Map<String, Money> historical = new LinkedHashMap<>();
    historical.put("A", Money.ofEuros(60));
    historical.put("B", Money.ofEuros(40));
    TransitionPath p = Transition.path(historical, Weights.of(new String[] {"A", "B"}, new long[] {1, 1}),
        TransitionCap.shareOfGap(new BigDecimal("0.25")), 2015, List.of(Money.ofEuros(100)));
    String json = BudgetJson.transition(p);
    assertTrue(json.contains("\"amount\" : 57.50"), json);
    assertTrue(json.contains("\"amount\" : 42.50"), json);
    assertTrue(json.endsWith("}\n"), json);
    assertEquals(p, SocialPlanJson.read(json, TransitionPath.class));
  }

  @Test
  void reallocation_writesTheMovement_andReadsBackEqual() {
    // A 30 -> 50 % of 100: 50; B 70 -> 50; 20 moved
    ReallocationResult r = Reallocation.builder().current("A", Money.ofEuros(30)).current("B", Money.ofEuros(70))
        .target("A", new BigDecimal("0.5")).build();
    String json = BudgetJson.reallocation(r);
    assertTrue(json.contains("\"movement\" : 20.00"), json);
    assertEquals(r, SocialPlanJson.read(json, ReallocationResult.class));
  }

  @Test
  void copayment_writesTheCounts_andReadsBackEqual() {
    // exempt up to 5,000, full tariff 300.00 from 20,000: ISEE 1,000 pays 0, ISEE 30,000 pays 300.00 x 2
    CopaymentSummary s = LinearCopayment.builder().exemptionThreshold(new BigDecimal("5000"))
        .fullTariffThreshold(new BigDecimal("20000")).fullTariff(Money.ofEuros(300)).build()
        .total(List.of(CopaymentUser.of("u1", new BigDecimal("1000"), 1),
            CopaymentUser.of("u2", new BigDecimal("30000"), 2)));
    String json = BudgetJson.copayment(s);
    assertTrue(json.contains("\"total\" : 600.00"), json);
    assertTrue(json.contains("\"exempt\" : 1"), json);
    assertTrue(json.contains("\"fullTariff\" : 1"), json);
    assertEquals(s, SocialPlanJson.read(json, CopaymentSummary.class));
  }
}
