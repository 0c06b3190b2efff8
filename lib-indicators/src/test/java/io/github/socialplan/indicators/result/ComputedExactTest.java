package io.github.socialplan.indicators.result;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** {@link IndicatorValue#computed(double, double, java.util.function.Supplier)}: exact rounding on demand. */
class ComputedExactTest {

  @Test
  void theExactForm_isAskedOnlyNearABoundary_andOnce() {
    AtomicInteger asked = new AtomicInteger();
    // 249 / 20 = 12.45, whose double is 12.4499999999999992894572642398998141288757324218750
    IndicatorValue tie = IndicatorValue.computed(249 / 20.0, 1e-12, () -> {
      asked.incrementAndGet();
      return IndicatorValue.ratio(249, 20, 1, "20");
    });
    assertEquals(0, asked.get());
    assertEquals("12.5", tie.format());
    assertEquals(new BigDecimal("12.4"), tie.rounded(1, RoundingMode.HALF_DOWN));
    assertEquals(new BigDecimal("12.45"), tie.rounded(2, RoundingMode.UNNECESSARY));
    assertEquals(1, asked.get());
    // far from every boundary at one decimal: the double decides
    AtomicInteger never = new AtomicInteger();
    IndicatorValue far = IndicatorValue.computed(1 / 3.0, 1e-12, () -> {
      never.incrementAndGet();
      return IndicatorValue.ratio(1, 3, 1, "3");
    });
    assertEquals("0.3", far.format());
    assertEquals(0, never.get());
    assertEquals(IndicatorValue.computed(249 / 20.0), tie); // equality by the doubles
  }

  @Test
  void aValueOnABoundary_withNoTolerance_roundsAsThatBoundary() {
    // 1/4 is exact in double and lies on the half-way point 0.25 at one decimal
    IndicatorValue quarter = IndicatorValue.computed(0.25, 0, () -> IndicatorValue.ratio(1, 4, 1, "4"));
    assertEquals(new BigDecimal("0.2"), quarter.rounded(1, RoundingMode.HALF_EVEN));
    assertEquals(new BigDecimal("0.3"), quarter.rounded(1, RoundingMode.HALF_UP));
    assertEquals(new BigDecimal("0.25"), quarter.rounded(2, RoundingMode.UNNECESSARY));
  }

  @Test
  void badArguments_areRefused() {
    assertThrows(NullPointerException.class, () -> IndicatorValue.computed(1, 0, null));
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> IndicatorValue.computed(1, -1e-9, () -> IndicatorValue.ratio(1, 1, 1, "1")));
    assertEquals("a tolerance must be finite and >= 0, not -1.0E-9", e.getMessage());
    assertThrows(IllegalArgumentException.class,
        () -> IndicatorValue.computed(1, Double.NaN, () -> IndicatorValue.ratio(1, 1, 1, "1")));
    assertThrows(IllegalArgumentException.class,
        () -> IndicatorValue.computed(Double.NaN, 0, () -> IndicatorValue.ratio(1, 1, 1, "1")));
    IndicatorValue notARatio = IndicatorValue.computed(0.05, 1e-9, () -> IndicatorValue.computed(0.05));
    IllegalStateException s = assertThrows(IllegalStateException.class, notARatio::format);
    assertEquals("the exact form of a computed value must be a ratio: 0.05", s.getMessage());
  }
}
