package io.github.socialplan.budget;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.socialplan.budget.allocation.Allocation;
import io.github.socialplan.budget.allocation.Bounds;
import io.github.socialplan.budget.allocation.LargestRemainder;
import io.github.socialplan.budget.allocation.Weights;
import io.github.socialplan.budget.copayment.CopaymentUser;
import io.github.socialplan.budget.copayment.LinearCopayment;
import io.github.socialplan.budget.copayment.StepCopayment;
import io.github.socialplan.budget.projection.Growth;
import io.github.socialplan.budget.quota.QuotaCapitaria;
import io.github.socialplan.budget.transition.TransitionCap;
import io.github.socialplan.core.money.Money;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The texts of the calculators' values, as a user debugging a plan reads them: each names its figures. */
class TextsTest {

  private static void assertMentions(Object value, String... parts) {
    String text = value.toString();
    for (String p : parts) {
      assertTrue(text.contains(p), () -> "'" + p + "' missing from: " + text);
    }
  }

  @Test
  void allocationsAndTheirInputs_nameTheirFigures() {
    Weights w = Weights.builder().add("a", 1).add("b", 3).build();
    assertMentions(w, "a=1", "b=3");
    // 1.00 by 1:3 is 0.25 and 0.75
    Allocation x = LargestRemainder.allocate(Money.parse("1.00"), w);
    assertMentions(x, "1.00", "a=0.25", "b=0.75");
    assertMentions(Bounds.builder().floor("a", Money.parse("0.30")).ceiling("b", Money.parse("0.90")).build(),
        "a=0.30", "b=0.90");
  }

  @Test
  void schedulesAndCaps_nameTheirFigures() {
    LinearCopayment linear = LinearCopayment.builder().exemptionThreshold(new BigDecimal("6000"))
        .fullTariffThreshold(new BigDecimal("30000")).fullTariff(Money.parse("400.00")).build();
    assertMentions(linear, "6000", "30000", "400.00", "HALF_UP");
    StepCopayment steps = StepCopayment.builder().band(BigDecimal.ZERO, Money.ZERO)
        .band(new BigDecimal("12500"), Money.parse("55.50")).build();
    assertMentions(steps, "12500", "55.50");
    // ISEE 18000 is half way from 6000 to 30000: half of 400.00
    assertMentions(linear.total(List.of(new CopaymentUser("u", new BigDecimal("18000"), 1))), "200.00", "users=1");
    QuotaCapitaria quota = QuotaCapitaria.builder().component("sociale", new BigDecimal("3.50"))
        .component("minori", new BigDecimal("1.39")).build();
    assertMentions(quota, "4.89", "sociale", "minori");
    // 2 residents at 3.50 + 1.39 pay 9.78
    assertMentions(quota.charge(Map.of("019036", 2L)), "9.78", "residents=2");
    assertEquals("5% of historical", TransitionCap.percentOfHistorical(new BigDecimal("5")).toString());
    assertEquals("0.5 of the gap", TransitionCap.shareOfGap(new BigDecimal("0.5")).toString());
    assertEquals("2.5% a year", Growth.percentPerYear(new BigDecimal("2.5")).toString());
    assertEquals("100.00 a year", Growth.amountPerYear(Money.ofEuros(100)).toString());
  }
}
