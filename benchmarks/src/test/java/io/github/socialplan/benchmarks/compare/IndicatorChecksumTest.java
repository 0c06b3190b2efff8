package io.github.socialplan.benchmarks.compare;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.math.RoundingMode;
import org.junit.jupiter.api.Test;

class IndicatorChecksumTest {

  /** The exact quotient times 10^6, rounded half up: what floor(v * 1e6 + 0.5) gives away from ties. */
  private static long exact(long numerator, long multiplier, long denominator) {
    return BigDecimal.valueOf(numerator * multiplier).multiply(BigDecimal.valueOf(1_000_000))
        .divide(BigDecimal.valueOf(denominator), 0, RoundingMode.HALF_UP).longValueExact();
  }

  @Test
  void add_cremonaOldAgeIndex_is195point373559() {
    IndicatorChecksum sum = new IndicatorChecksum();
    sum.add(39_147 * 100.0, 20_037);
    assertEquals(exact(39_147, 100, 20_037), sum.value());
    assertEquals(195_373_559L, sum.value());
  }

  @Test
  void add_exactRatio_equalsTheDoubleForm() {
    IndicatorChecksum fromDoubles = new IndicatorChecksum();
    IndicatorChecksum fromDecimals = new IndicatorChecksum();
    fromDoubles.add(2_451_713.0, 20_464 * 2.0); // a mean age as sum of (2 age + 1) P over 2 P
    fromDecimals.add(new BigDecimal("1225856.5"), BigDecimal.valueOf(20_464), BigDecimal.ONE);
    assertEquals(fromDoubles.value(), fromDecimals.value());
    assertEquals(exact(2_451_713, 1, 40_928), fromDoubles.value());
  }

  @Test
  void sum_doesNotDependOnOrder_andCountsUndefinedApart() {
    IndicatorChecksum a = new IndicatorChecksum();
    a.add(100.0 * 7, 3);
    a.undefined();
    a.add(100.0 * 5, 11);
    IndicatorChecksum b = new IndicatorChecksum();
    b.add(100.0 * 5, 11);
    b.add(100.0 * 7, 3);
    b.undefined();
    assertEquals(a.value(), b.value());
    assertEquals(exact(7, 100, 3) + exact(5, 100, 11), a.value());
    assertEquals(2, a.defined());
    assertEquals(1, a.undefinedCount());
  }

  @Test
  void add_zeroDenominator_namesTheNumerator() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> new IndicatorChecksum().add(1234.0, 0));
    assertTrue(e.getMessage().contains("1234"), e.getMessage());
  }
}
