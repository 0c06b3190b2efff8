package io.github.socialplan.indicators.result;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.socialplan.core.testing.PropertyRuns;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.quicktheories.QuickTheory;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.SourceDSL;

class IndicatorValueTest {

  @Test
  void valueOrNaN_givesNaNForAnUndefinedValue_andTheDoubleOtherwise() {
    IndicatorValue undefined = IndicatorValue.ratio(5, 0, 100, "residents aged 0-14");
    assertTrue(Double.isNaN(undefined.valueOrNaN()));
    assertEquals("zero denominator: residents aged 0-14 is 0", undefined.detail());
    assertEquals(37.5, IndicatorValue.ratio(3, 8, 100, "x").valueOrNaN());
    assertEquals(0.25, IndicatorValue.computed(0.25).valueOrNaN());
  }

  @Test
  void rounded_of18point65_isExactHalfUp_whereTheDoubleWouldRoundDown() {
    IndicatorValue v = IndicatorValue.ratio(373, 20, 1, "twenty");
    // the double nearest 18.65 is 18.6499999..., which half-up rounds to 18.6
    assertEquals(new BigDecimal("18.6"), new BigDecimal(373 / 20.0).setScale(1, RoundingMode.HALF_UP));
    assertEquals(new BigDecimal("18.7"), v.rounded());
    assertEquals("18.7", v.format());
  }

  @Test
  void format_withItalianComma_andOtherScales() {
    IndicatorValue v = IndicatorValue.ratio(39_147, 20_037, 100, "residents aged 0-14");
    assertEquals("195.4", v.format());
    assertEquals("195,4", v.format(DisplayFormat.italian()));
    assertEquals("195", v.format(DisplayFormat.DEFAULT.withScale(0)));
    assertEquals("195.37", v.format(DisplayFormat.of(2, RoundingMode.HALF_UP)));
    assertEquals("195.3", v.format(DisplayFormat.of(1, RoundingMode.DOWN)));
    assertEquals("200", v.format(DisplayFormat.DEFAULT.withScale(-1)));
  }

  @Test
  void format_ofNegativeValue_roundsHalfUpAwayFromZero() {
    IndicatorValue v = IndicatorValue.ratio(-1, 4, 1, "four"); // -0.25
    assertEquals("-0.3", v.format());
    assertEquals("-0.2", v.format(DisplayFormat.of(1, RoundingMode.HALF_EVEN)));
  }

  @Test
  void ratio_withZeroDenominator_isUndefinedWithItsReason() {
    IndicatorValue v = IndicatorValue.ratio(39_147, 0, 100, "residents aged 0-14 in 019036");
    assertFalse(v.isDefined());
    assertEquals(Optional.of(UndefinedReason.ZERO_DENOMINATOR), v.reason());
    assertTrue(v.detail().contains("residents aged 0-14 in 019036"), v.detail());
    assertEquals("n.d.", v.format());
    assertEquals("", v.format(DisplayFormat.DEFAULT.withUndefinedText("")));
    assertTrue(v.asDouble().isEmpty());
    IllegalStateException e = assertThrows(IllegalStateException.class, v::value);
    assertTrue(e.getMessage().contains("ZERO_DENOMINATOR"), e.getMessage());
    assertThrows(IllegalStateException.class, v::rounded);
  }

  @Test
  void ratio_withNegativeDenominator_movesTheSignToTheNumerator() {
    IndicatorValue v = IndicatorValue.ratio(3, -4, 100, "x");
    assertEquals(new BigDecimal("-3"), v.numerator().get());
    assertEquals(new BigDecimal("4"), v.denominator().get());
    assertEquals(-75.0, v.value());
  }

  @Test
  void computed_ofNaNOrInfinity_isRejectedNamingTheValue() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> IndicatorValue.computed(Double.NaN));
    assertTrue(e.getMessage().contains("NaN"), e.getMessage());
    e = assertThrows(IllegalArgumentException.class,
        () -> IndicatorValue.computed(Double.POSITIVE_INFINITY));
    assertTrue(e.getMessage().contains("Infinity"), e.getMessage());
  }

  @Test
  void minus_ofTwoRatios_isExact() {
    // 100/3 - 100/6 = 50/3 and (100/3) / (100/6) = 2, computed exactly
    IndicatorValue a = IndicatorValue.ratio(1, 3, 100, "three");
    IndicatorValue b = IndicatorValue.ratio(1, 6, 100, "six");
    IndicatorValue d = a.minus(b);
    assertTrue(d.isRatio());
    assertEquals(new BigDecimal("16.666666666666666667"),
        d.rounded(18, RoundingMode.HALF_UP));
    assertEquals(new BigDecimal("2"), a.dividedBy(b).rounded(0, RoundingMode.UNNECESSARY));
  }

  /** The mean of the ratios 1/10 and 2/10 as a mean of ratios gives it: the double of (0.1 + 0.2) / 2, exactly 3/20. */
  private static IndicatorValue meanOfATenthAndAFifth() {
    return IndicatorValue.computed((0.1 + 0.2) / 2, 1e-15, () -> IndicatorValue.ratio(3, 20, 1, "n"));
  }

  @Test
  void minus_ofARatioAndAMeanOfRatios_roundsTheExactDifference() {
    // 3/10 - 3/20 = 0.15 exactly, which shows 0.2 half-up; the doubles' difference is 0.14999999999999997
    IndicatorValue d = IndicatorValue.ratio(3, 10, 1, "ten").minus(meanOfATenthAndAFifth());
    assertEquals(new BigDecimal("0.2"), d.rounded());
    assertEquals("0.2", d.format());
    assertEquals("-0.2", meanOfATenthAndAFifth().minus(IndicatorValue.ratio(3, 10, 1, "ten")).format());
    assertEquals(0.3 - (0.1 + 0.2) / 2, d.value());
  }

  @Test
  void dividedBy_aMeanOfRatios_roundsTheExactQuotient() {
    // (3/10) / (1/2) = 0.6 and (3/40) / (1/2) = 0.15 exactly; 0.075 / 0.5 is the double 0.15 = 0.1499999...
    IndicatorValue half = IndicatorValue.computed(0.5, 1e-15, () -> IndicatorValue.ratio(1, 2, 1, "two"));
    IndicatorValue q = IndicatorValue.ratio(3, 40, 1, "forty").dividedBy(half);
    assertEquals("0.2", q.format());
    assertEquals(0.15, q.value());
    // 0.15 / 1 as a mean over a ratio of 1: the exact 3/20
    assertEquals("0.2", meanOfATenthAndAFifth().dividedBy(IndicatorValue.ratio(7, 7, 1, "seven")).format());
  }

  @Test
  void minusAndDividedBy_ofARatioAndAMeanOfRatios_roundAsTheirExactFractions() {
    Gen<Integer> small = SourceDSL.integers().between(-2_000, 2_000);
    Gen<Integer> positive = SourceDSL.integers().between(1, 400);
    QuickTheory.qt().withFixedSeed(15_485_863L).withExamples(PropertyRuns.examples(2_000))
        .forAll(small, positive, small, positive)
        .checkAssert((a, b, c, d) -> {
          IndicatorValue x = IndicatorValue.ratio(a, b, 100, "b");
          // a mean of ratios: the double nearest c / d, exactly c / d
          IndicatorValue y = IndicatorValue.computed((double) c / d, Math.ulp((double) c / d),
              () -> IndicatorValue.ratio(c, d, 1, "d"));
          BigDecimal exactX = BigDecimal.valueOf(100L * a * d);
          for (int scale = 0; scale <= 3; scale++) {
            // a/b × 100 − c/d = (100 a d − b c) / (b d)
            BigDecimal difference = exactX.subtract(BigDecimal.valueOf((long) b * c))
                .divide(BigDecimal.valueOf((long) b * d), scale, RoundingMode.HALF_UP);
            assertEquals(difference, x.minus(y).rounded(scale, RoundingMode.HALF_UP), x + " - " + y);
            assertEquals(difference.negate(), y.minus(x).rounded(scale, RoundingMode.HALF_UP), y + " - " + x);
            if (c != 0) {
              // (a/b × 100) / (c/d) = 100 a d / (b c)
              BigDecimal quotient = exactX.divide(BigDecimal.valueOf((long) b * c), scale, RoundingMode.HALF_UP);
              assertEquals(quotient, x.dividedBy(y).rounded(scale, RoundingMode.HALF_UP), x + " / " + y);
            }
          }
        });
  }

  @Test
  void dividedBy_zeroValue_isUndefinedZeroDenominator() {
    IndicatorValue a = IndicatorValue.ratio(1, 3, 100, "three");
    IndicatorValue zero = IndicatorValue.ratio(0, 3, 100, "three");
    assertEquals(Optional.of(UndefinedReason.ZERO_DENOMINATOR), a.dividedBy(zero).reason());
    assertEquals(Optional.of(UndefinedReason.ZERO_DENOMINATOR),
        IndicatorValue.computed(2).dividedBy(IndicatorValue.computed(0)).reason());
  }

  @Test
  void minusAndDividedBy_ofAnUndefinedOperand_areUndefinedOperand() {
    IndicatorValue u = IndicatorValue.undefined(UndefinedReason.MISSING_INPUT, "area of 019036 not known");
    IndicatorValue a = IndicatorValue.computed(1.5);
    assertEquals(Optional.of(UndefinedReason.UNDEFINED_OPERAND), a.minus(u).reason());
    assertEquals(Optional.of(UndefinedReason.UNDEFINED_OPERAND), u.dividedBy(a).reason());
    assertTrue(a.minus(u).detail().contains("area of 019036 not known"));
  }

  @Test
  void minus_ofComputedValues_usesDoubles() {
    assertEquals(0.5, IndicatorValue.computed(2).minus(IndicatorValue.computed(1.5)).value());
  }

  @Test
  void equals_isStructural() {
    assertEquals(IndicatorValue.ratio(1, 2, 100, "a"), IndicatorValue.ratio(
        new BigDecimal("1.0"), new BigDecimal("2.00"), new BigDecimal("100"), "b"));
    assertEquals(IndicatorValue.ratio(1, 2, 100, "a").hashCode(), IndicatorValue.ratio(
        new BigDecimal("1.0"), new BigDecimal("2.00"), new BigDecimal("100"), "b").hashCode());
    assertNotEquals(IndicatorValue.ratio(1, 2, 100, "a"), IndicatorValue.ratio(2, 4, 100, "a"));
    assertNotEquals(IndicatorValue.ratio(1, 2, 1, "a"), IndicatorValue.computed(0.5));
  }

  @Test
  void displayFormat_rejectsBadSeparatorAndScale() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> DisplayFormat.DEFAULT.withDecimalSeparator(';'));
    assertTrue(e.getMessage().contains("';'"), e.getMessage());
    e = assertThrows(IllegalArgumentException.class, () -> DisplayFormat.DEFAULT.withScale(19));
    assertTrue(e.getMessage().contains("19"), e.getMessage());
  }

  /**
   * Asserts that {@code v} is a double nearest {@code dividend / divisor} (divisor positive), by exact
   * decimal arithmetic: no neighbouring double is closer.
   */
  static void assertNearestDouble(double v, BigDecimal dividend, BigDecimal divisor) {
    BigDecimal error = new BigDecimal(v).multiply(divisor).subtract(dividend).abs();
    for (double neighbour : new double[] {Math.nextUp(v), Math.nextDown(v)}) {
      BigDecimal other = new BigDecimal(neighbour).multiply(divisor).subtract(dividend).abs();
      assertTrue(error.compareTo(other) <= 0, () -> v + " is not the double nearest " + dividend + " / "
          + divisor + ": " + neighbour + " is nearer");
    }
  }

  static final Gen<Long> MULTIPLIERS = SourceDSL.integers().between(0, 4)
      .map(k -> (long) Math.pow(10, k));

  @Test
  void value_ofRatioOfCounts_isTheDoubleNearestTheExactQuotient() {
    // counts of every size: small ones (the fast path), and ones whose product passes 2^53 or overflows
    Gen<Long> counts = SourceDSL.longs().between(-(1L << 53), 1L << 53)
        .mix(SourceDSL.longs().between(-100_000_000L, 100_000_000L), 50)
        .mix(SourceDSL.longs().all(), 10);
    Gen<Long> denominators = SourceDSL.longs().between(1, 1L << 53)
        .mix(SourceDSL.longs().between(1, 100_000_000L), 50)
        .mix(SourceDSL.longs().all().map(d -> d == 0 ? 1 : d), 10);
    QuickTheory.qt().withFixedSeed(20_251_006L).withExamples(PropertyRuns.examples(20_000))
        .forAll(counts, denominators, MULTIPLIERS)
        .checkAssert((num, den, mult) -> {
          IndicatorValue v = IndicatorValue.ratio(num, den, mult, "d");
          BigDecimal product = BigDecimal.valueOf(num).multiply(BigDecimal.valueOf(mult));
          BigDecimal divisor = BigDecimal.valueOf(den);
          if (den < 0) {
            product = product.negate();
            divisor = divisor.negate();
          }
          assertNearestDouble(v.value(), product, divisor);
          assertNearestDouble(IndicatorValue.ratioValue(num, den, mult), product, divisor);
        });
  }

  @Test
  void ratioValue_withZeroDenominator_isNaN() {
    assertTrue(Double.isNaN(IndicatorValue.ratioValue(39_147, 0, 100)));
    assertEquals(39_147 * 100.0 / 20_037, IndicatorValue.ratioValue(39_147, 20_037, 100));
  }

  @Test
  void ratioOfCounts_equalsTheRatioOfTheSameDecimals_inEveryRespect() {
    QuickTheory.qt().withFixedSeed(61L).withExamples(PropertyRuns.examples(5_000))
        .forAll(SourceDSL.longs().between(-10_000_000_000L, 10_000_000_000L)
                .mix(SourceDSL.longs().all(), 10),
            SourceDSL.longs().between(-10_000_000_000L, 10_000_000_000L).map(d -> d == 0 ? 7 : d), MULTIPLIERS)
        .checkAssert((num, den, mult) -> {
          IndicatorValue counts = IndicatorValue.ratio(num, den, mult, "d");
          IndicatorValue decimals = IndicatorValue.ratio(BigDecimal.valueOf(num), BigDecimal.valueOf(den),
              BigDecimal.valueOf(mult), "d");
          assertEquals(decimals, counts);
          assertEquals(counts, decimals);
          assertEquals(decimals.hashCode(), counts.hashCode());
          assertEquals(decimals.value(), counts.value());
          assertEquals(decimals.numerator(), counts.numerator());
          assertEquals(decimals.denominator(), counts.denominator());
          assertEquals(decimals.multiplier(), counts.multiplier());
          assertEquals(decimals.format(), counts.format());
          assertEquals(decimals.rounded(4, RoundingMode.HALF_EVEN), counts.rounded(4, RoundingMode.HALF_EVEN));
          assertEquals(decimals.toString(), counts.toString());
        });
  }

  @Test
  void differenceAndQuotientOfRatiosOfCounts_equalThoseOfTheSameDecimals_inEveryRespect() {
    // counts of comuni and of Italy (the long arithmetic), and counts whose products overflow a long
    Gen<Long> counts = SourceDSL.longs().between(-10_000_000_000L, 10_000_000_000L)
        .mix(SourceDSL.longs().between(0, 100), 20)
        .mix(SourceDSL.longs().all(), 10);
    Gen<long[]> ratios = counts.zip(counts.map(d -> d == 0 ? 11 : d), MULTIPLIERS,
        (n, d, m) -> new long[] {n, d, m});
    QuickTheory.qt().withFixedSeed(2_026_12_01L).withExamples(PropertyRuns.examples(5_000))
        .forAll(ratios, ratios)
        .checkAssert((x, y) -> {
          IndicatorValue a = IndicatorValue.ratio(x[0], x[1], x[2], "d");
          IndicatorValue b = IndicatorValue.ratio(y[0], y[1], y[2], "d");
          IndicatorValue decimalA = IndicatorValue.ratio(BigDecimal.valueOf(x[0]), BigDecimal.valueOf(x[1]),
              BigDecimal.valueOf(x[2]), "d");
          IndicatorValue decimalB = IndicatorValue.ratio(BigDecimal.valueOf(y[0]), BigDecimal.valueOf(y[1]),
              BigDecimal.valueOf(y[2]), "d");
          assertSameInEveryRespect(decimalA.minus(decimalB), a.minus(b));
          assertSameInEveryRespect(decimalA.dividedBy(decimalB), a.dividedBy(b));
        });
  }

  @Test
  void quotientByAZeroRatioOfCounts_isUndefinedAsForDecimals() {
    IndicatorValue zero = IndicatorValue.ratio(0, 7, 100, "d");
    IndicatorValue decimalZero = IndicatorValue.ratio(BigDecimal.ZERO, BigDecimal.valueOf(7),
        BigDecimal.valueOf(100), "d");
    IndicatorValue a = IndicatorValue.ratio(3, 8, 100, "d");
    IndicatorValue decimalA = IndicatorValue.ratio(BigDecimal.valueOf(3), BigDecimal.valueOf(8),
        BigDecimal.valueOf(100), "d");
    assertFalse(a.dividedBy(zero).isDefined());
    assertSameInEveryRespect(decimalA.dividedBy(decimalZero), a.dividedBy(zero));
  }

  private static void assertSameInEveryRespect(IndicatorValue expected, IndicatorValue actual) {
    assertEquals(expected, actual);
    assertEquals(actual, expected);
    assertEquals(expected.hashCode(), actual.hashCode());
    assertEquals(expected.isDefined(), actual.isDefined());
    assertEquals(expected.reason(), actual.reason());
    assertEquals(expected.detail(), actual.detail());
    if (expected.isDefined()) {
      assertEquals(expected.value(), actual.value());
      assertEquals(expected.numerator(), actual.numerator());
      assertEquals(expected.denominator(), actual.denominator());
      assertEquals(expected.multiplier(), actual.multiplier());
      assertEquals(expected.format(), actual.format());
      assertEquals(expected.rounded(4, RoundingMode.HALF_EVEN), actual.rounded(4, RoundingMode.HALF_EVEN));
    }
    assertEquals(expected.toString(), actual.toString());
  }

  @Test
  void value_ofRatioOfDecimals_isTheDoubleNearestTheExactQuotient() {
    // decimals with a few digits after the point, as a mean age (age sum × 0.5) or an area in km2
    Gen<BigDecimal> decimals = SourceDSL.longs().between(-(1L << 50), 1L << 50)
        .zip(SourceDSL.integers().between(-3, 6), BigDecimal::valueOf);
    Gen<BigDecimal> positive = SourceDSL.longs().between(1, 1L << 50)
        .zip(SourceDSL.integers().between(-3, 6), BigDecimal::valueOf);
    QuickTheory.qt().withFixedSeed(1_000_003L).withExamples(PropertyRuns.examples(10_000))
        .forAll(decimals, positive)
        .checkAssert((num, den) -> assertNearestDouble(
            IndicatorValue.ratio(num, den, BigDecimal.ONE, "d").value(), num, den));
  }

  @Test
  void value_ofTheLargestCounts_isTheNearestDouble() {
    assertNearestDouble(IndicatorValue.ratio(Long.MAX_VALUE, 3, 1000, "d").value(),
        BigDecimal.valueOf(Long.MAX_VALUE).multiply(BigDecimal.valueOf(1000)), BigDecimal.valueOf(3));
    IndicatorValue min = IndicatorValue.ratio(Long.MIN_VALUE, -1, 1, "d");
    assertEquals(BigDecimal.valueOf(Long.MIN_VALUE).negate(), min.numerator().orElseThrow());
    assertEquals(BigDecimal.ONE, min.denominator().orElseThrow());
    assertEquals(0x1p63, min.value());
  }

  @Test
  void ratioWithNameSupplier_asksForTheNameOnlyWhenTheDenominatorIsZero() {
    AtomicInteger asked = new AtomicInteger();
    IndicatorValue defined = IndicatorValue.ratio(39_147, 20_037, 100, () -> {
      asked.incrementAndGet();
      return "residents aged 0-14";
    });
    assertEquals(0, asked.get());
    assertEquals(IndicatorValue.ratio(39_147, 20_037, 100, "other"), defined);
    IndicatorValue undefined = IndicatorValue.ratio(39_147, 0, 100, () -> {
      asked.incrementAndGet();
      return "residents aged 0-14 in 019036";
    });
    assertEquals(1, asked.get());
    assertEquals(IndicatorValue.ratio(39_147, 0, 100, "residents aged 0-14 in 019036"), undefined);
    assertEquals("zero denominator: residents aged 0-14 in 019036 is 0", undefined.detail());
  }

  @Test
  void ratioWithNameSupplier_ofNullSupplierOrName_throwsNamingIt() {
    NullPointerException e = assertThrows(NullPointerException.class,
        () -> IndicatorValue.ratio(1, 0, 100, (java.util.function.Supplier<String>) null));
    assertTrue(e.getMessage().contains("denominatorName"), e.getMessage());
    e = assertThrows(NullPointerException.class, () -> IndicatorValue.ratio(1, 0, 100, () -> null));
    assertTrue(e.getMessage().contains("denominatorName"), e.getMessage());
  }

  @Test
  void toString_showsTheFormula() {
    assertEquals("195.4 = 39147 / 20037 × 100",
        IndicatorValue.ratio(39_147, 20_037, 100, "x").toString());
  }
}
