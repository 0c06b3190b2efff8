package io.github.socialplan.indicators.result;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.github.socialplan.core.testing.PropertyRuns;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.quicktheories.QuickTheory;
import org.quicktheories.generators.SourceDSL;

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
  void anExactValueAtTheFullToleranceFromTheDouble_onABoundary_roundsAsThatBoundary() {
    // 12.5 lies exactly 0.5 from the double 12.0, as the tolerance allows: at no decimals it rounds up
    IndicatorValue below = IndicatorValue.computed(12.0, 0.5, () -> IndicatorValue.ratio(25, 2, 1, "2"));
    assertEquals("13", below.format(DisplayFormat.DEFAULT.withScale(0)));
    assertEquals(new BigDecimal("12.5"), below.rounded(1, RoundingMode.DOWN));
    IndicatorValue above = IndicatorValue.computed(13.0, 0.5, () -> IndicatorValue.ratio(25, 2, 1, "2"));
    assertEquals(new BigDecimal("12"), above.rounded(0, RoundingMode.HALF_EVEN));
  }

  @Test
  void rounding_isThatOfTheExactValue_anywhereWithinTheTolerance() {
    // dyadic values, so that the double, the tolerance and the exact value may sit exactly on the
    // boundaries where rounding changes (multiples of half a unit), and the exact value exactly at the
    // tolerance's ends
    QuickTheory.qt().withFixedSeed(1245L).withExamples(PropertyRuns.examples(5_000))
        .forAll(SourceDSL.integers().between(-4_000, 4_000), SourceDSL.integers().between(0, 16),
            SourceDSL.integers().between(-1, 1), SourceDSL.integers().between(-1, 3))
        .checkAssert((sixteenths, tol, side, scale) -> {
          BigDecimal exact = BigDecimal.valueOf(sixteenths).divide(BigDecimal.valueOf(16));
          BigDecimal tolerance = BigDecimal.valueOf(tol).divide(BigDecimal.valueOf(16));
          double approx = exact.add(tolerance.multiply(BigDecimal.valueOf(side))).doubleValue();
          IndicatorValue v = IndicatorValue.computed(approx, tolerance.doubleValue(),
              () -> IndicatorValue.ratio(sixteenths, 16, 1, "16"));
          for (RoundingMode mode : RoundingMode.values()) {
            if (mode != RoundingMode.UNNECESSARY) {
              assertEquals(exact.setScale(scale, mode), v.rounded(scale, mode),
                  () -> exact + " from " + approx + " ± " + tolerance + " at scale " + scale + ", " + mode);
            }
          }
        });
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
