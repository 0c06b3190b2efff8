package io.github.socialplan.indicators.result;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.github.socialplan.core.testing.PropertyRuns;
import java.math.BigDecimal;
import java.math.RoundingMode;
import org.junit.jupiter.api.Test;
import org.quicktheories.QuickTheory;
import org.quicktheories.generators.SourceDSL;

/** {@link IndicatorValue#compoundGrowth}: a double for computation, rounding that is exact. */
class CompoundGrowthTest {

  private static final BigDecimal TWENTY = BigDecimal.valueOf(20);

  @Test
  void exactRates_roundAsTheirDecimal() {
    // (2000 + k)^n / 2000^n grows by exactly k / 20 % a period: ties (k odd) included, every rounding
    // mode must give what BigDecimal gives for the decimal k / 20, and UNNECESSARY must not throw at 2
    // decimals.
    QuickTheory.qt().withFixedSeed(125L).withExamples(PropertyRuns.examples(400))
        .forAll(SourceDSL.integers().between(-1_999, 6_000), SourceDSL.integers().between(1, 4))
        .checkAssert((k, n) -> {
          BigDecimal first = BigDecimal.valueOf(2_000).pow(n);
          BigDecimal last = BigDecimal.valueOf(2_000L + k).pow(n);
          IndicatorValue g = IndicatorValue.compoundGrowth(first, last, n);
          BigDecimal exact = BigDecimal.valueOf(k).divide(TWENTY);
          assertEquals(exact.doubleValue(), g.value(), 1e-9);
          for (RoundingMode mode : new RoundingMode[] {RoundingMode.HALF_UP, RoundingMode.HALF_DOWN,
              RoundingMode.HALF_EVEN, RoundingMode.FLOOR, RoundingMode.CEILING, RoundingMode.UP,
              RoundingMode.DOWN}) {
            assertEquals(exact.setScale(1, mode), g.rounded(1, mode), mode + " of " + exact);
            assertEquals(exact.setScale(0, mode), g.rounded(0, mode), mode + " of " + exact);
          }
          assertEquals(exact.setScale(2), g.rounded(2, RoundingMode.UNNECESSARY));
        });
  }

  @Test
  void inexactRates_roundAsTheirDouble() {
    // a rate that is not a finite decimal is rounded from its double, which is far from any tie here
    IndicatorValue g = IndicatorValue.compoundGrowth(BigDecimal.valueOf(100), BigDecimal.valueOf(200), 3);
    assertEquals(25.992104989487316, g.value(), 1e-12); // 2^(1/3) − 1
    assertEquals(new BigDecimal("26.0"), g.rounded());
    assertEquals(new BigDecimal("25.99210"), g.rounded(5, RoundingMode.HALF_UP));
    assertThrows(ArithmeticException.class, () -> g.rounded(3, RoundingMode.UNNECESSARY));
  }

  @Test
  void fromRatios_usesTheirExactQuotients() {
    // an old-age index of 80.0 then 81.0 (ratios), one year apart
    IndicatorValue first = IndicatorValue.ratio(80, 100, 100, "residents aged 0-14");
    IndicatorValue last = IndicatorValue.ratio(162, 200, 100, "residents aged 0-14");
    assertEquals("1.3", IndicatorValue.compoundGrowth(first, last, 1).format());
    // to zero: −100 % exactly
    assertEquals("-100.0", IndicatorValue.compoundGrowth(first, IndicatorValue.ratio(0, 7, 100, "x"), 2).format());
    assertFalse(IndicatorValue.compoundGrowth(first, last, 1).isRatio());
  }

  @Test
  void outOfRange_isRefused() {
    BigDecimal one = BigDecimal.ONE;
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> IndicatorValue.compoundGrowth(BigDecimal.ZERO, one, 1));
    assertEquals("compound growth needs first > 0 and last >= 0: from 0 to 1", e.getMessage());
    e = assertThrows(IllegalArgumentException.class,
        () -> IndicatorValue.compoundGrowth(one, BigDecimal.valueOf(-1), 1));
    assertEquals("compound growth needs first > 0 and last >= 0: from 1 to -1", e.getMessage());
    e = assertThrows(IllegalArgumentException.class, () -> IndicatorValue.compoundGrowth(one, one, 0));
    assertEquals("compound growth needs 1 to 1000 periods: 0", e.getMessage());
    assertThrows(IllegalArgumentException.class, () -> IndicatorValue.compoundGrowth(one, one, 1001));
    IndicatorValue undefined = IndicatorValue.undefined(UndefinedReason.NO_DATA, "no births");
    e = assertThrows(IllegalArgumentException.class,
        () -> IndicatorValue.compoundGrowth(undefined, IndicatorValue.computed(1), 1));
    assertEquals("compound growth of an undefined value: undefined (NO_DATA: no births)", e.getMessage());
  }
}
