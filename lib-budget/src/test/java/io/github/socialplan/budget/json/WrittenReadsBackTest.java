package io.github.socialplan.budget.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.socialplan.budget.allocation.Allocation;
import io.github.socialplan.budget.allocation.AllocationLine;
import io.github.socialplan.budget.allocation.Blend;
import io.github.socialplan.budget.allocation.LargestRemainder;
import io.github.socialplan.budget.allocation.Weights;
import io.github.socialplan.core.json.JsonInputException;
import io.github.socialplan.core.json.SocialPlanJson;
import io.github.socialplan.core.money.Money;
import io.github.socialplan.core.number.DecimalBounds;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

/**
 * What the library writes as JSON it reads back: allocations over the exact integer weights of a blend,
 * which pass the 30 integer digits of the other decimals of the JSON.
 */
class WrittenReadsBackTest {

  private static final String[] IDS = {"019001", "019004", "019036"};

  /** Five criteria of counts in the millions: each blended weight is a product of five such counts. */
  private static Weights fiveCriteria() {
    Blend.Builder b = Blend.builder();
    long[][] counts = {{1_123_457, 2_615_003, 7_084_121}, {3_300_001, 1_200_007, 4_500_013},
        {9_876_543, 1_234_567, 5_555_557}, {2_000_003, 7_000_001, 3_000_007}, {1_111_117, 2_222_227, 6_666_661}};
    BigDecimal[] coefficients = {new BigDecimal("0.3"), new BigDecimal("0.25"), new BigDecimal("0.2"),
        new BigDecimal("0.15"), new BigDecimal("0.1")};
    for (int k = 0; k < counts.length; k++) {
      b.criterion(coefficients[k], Weights.of(IDS, counts[k]));
    }
    return b.build();
  }

  @Test
  void anAllocationByAFiveCriterionBlend_readsBackEqual() {
    Weights blend = fiveCriteria();
    // the premise: a blended weight has more integer digits than a decimal of the JSON may have
    BigDecimal w = blend.weight("019036");
    assertTrue(w.precision() - w.scale() > DecimalBounds.MAX_INTEGER_DIGITS, w.toPlainString());
    Allocation a = LargestRemainder.allocate(Money.parse("1000000.00"), blend);
    String json = SocialPlanJson.write(a);
    assertEquals(a, SocialPlanJson.read(json, Allocation.class), json);
    assertEquals(blend, SocialPlanJson.read(SocialPlanJson.write(blend), Weights.class));
    // and in Java, from its own lines
    assertEquals(a, Allocation.of(a.total(), a.lines()));
  }

  @Test
  void aWeightOfTheAllocationLines_isReadInTheRangeOfWeights_notOfOtherDecimals() {
    // 10^44 has 45 integer digits: a weight, not a decimal of DecimalBounds
    String json = "{\"total\":1.00,\"lines\":[{\"recipient\":\"a\",\"weight\":100000000000000000000000000000000000000000000,"
        + "\"exactShare\":1.000000000000,\"amount\":1.00,\"remainderCents\":0.0000000000,\"roundedUp\":false,"
        + "\"binding\":\"NONE\"}]}";
    Allocation a = SocialPlanJson.read(json, Allocation.class);
    AllocationLine l = a.lines().get(0);
    assertEquals(0, new BigDecimal("1e44").compareTo(l.weight()));
    // a weight past the weights' own range is still refused, at the weight
    JsonInputException e = assertThrows(JsonInputException.class,
        () -> SocialPlanJson.read(json.replace("100000000000000000000000000000000000000000000", "1e100"),
            Allocation.class));
    assertEquals("$.lines[0].weight", e.path());
    assertEquals("weight of recipient a has more than 100 integer digits: 1E+100", e.problem());
  }

  @Test
  void anAllocationByABlendOfTheLongestWeights_readsBackEqual() {
    // the longest blended weight, Blend.MAX_DIGITS = 64 digits, is the longest number the JSON reads
    Weights x = Weights.builder().add("a", new BigDecimal("9".repeat(Blend.MAX_DIGITS))).add("b", BigDecimal.ONE)
        .build();
    Allocation a = LargestRemainder.allocate(Money.parse("1000.00"), Blend.builder().criterion(BigDecimal.ONE, x)
        .build());
    assertEquals(a, SocialPlanJson.read(SocialPlanJson.write(a), Allocation.class));
  }
}
