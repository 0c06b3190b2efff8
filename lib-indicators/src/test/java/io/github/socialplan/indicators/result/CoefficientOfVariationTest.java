package io.github.socialplan.indicators.result;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** {@link IndicatorValue#coefficientOfVariation}: doubles for speed, exact zero and rounding. */
class CoefficientOfVariationTest {

  private static final RoundingMode[] MODES = {RoundingMode.HALF_UP, RoundingMode.HALF_DOWN,
      RoundingMode.HALF_EVEN, RoundingMode.UP, RoundingMode.DOWN, RoundingMode.CEILING, RoundingMode.FLOOR};

  private static List<IndicatorValue> decimals(String... values) {
    List<IndicatorValue> out = new ArrayList<>();
    for (String v : values) {
      out.add(IndicatorValue.ratio(new BigDecimal(v), BigDecimal.ONE, BigDecimal.ONE, "1"));
    }
    return out;
  }

  private static ExactCoefficientOfVariation exact(String... values) {
    List<BigInteger[]> out = new ArrayList<>();
    for (String v : values) {
      out.add(ExactCoefficientOfVariation.of(new BigDecimal(v)));
    }
    return ExactCoefficientOfVariation.of(out);
  }

  private static void assertRoundsExactly(ExactCoefficientOfVariation exact, IndicatorValue cv) {
    for (int scale = 0; scale <= 4; scale++) {
      for (RoundingMode mode : MODES) {
        assertEquals(exact.rounded(scale, mode), cv.rounded(scale, mode), mode + " at " + scale);
      }
    }
  }

  @Test
  void computedValues_countAsTheirDoubles_andTiesRoundAsTheirDecimal() {
    // 13 and 27: standard deviation 7, mean 20, exactly 0.35
    IndicatorValue cv = IndicatorValue.coefficientOfVariation(
        List.of(IndicatorValue.computed(13), IndicatorValue.computed(27)), "the mean");
    assertEquals("0.4", cv.format());
    assertEquals(new BigDecimal("0.35"), cv.rounded(2, RoundingMode.UNNECESSARY));
    assertRoundsExactly(exact("13", "27"), cv);
    // equality is by the double, like every computed value
    assertEquals(IndicatorValue.computed(cv.value()), cv);
    assertEquals(IndicatorValue.computed(cv.value()).hashCode(), cv.hashCode());
  }

  @Test
  void aMeanOfExactly0_isUndefined_andOneNear0_isDefined() {
    IndicatorValue zero = IndicatorValue.coefficientOfVariation(decimals("0.1", "0.2", "-0.3"), "the mean");
    assertEquals(Optional.of(UndefinedReason.ZERO_DENOMINATOR), zero.reason(), zero.toString());
    assertEquals("zero denominator: the mean is 0", zero.detail());
    // a mean of 1e-30 / 3, far below the doubles' error: defined, some 10^29 times the spread
    String[] near = {"0.1", "0.2", "-0.299999999999999999999999999999"};
    IndicatorValue cv = IndicatorValue.coefficientOfVariation(decimals(near), "the mean");
    assertTrue(cv.isDefined(), cv.toString());
    assertEquals(exact(near).approx(), cv.value(), 1e-12 * cv.value());
    assertRoundsExactly(exact(near), cv);
  }

  @Test
  void valuesBeyondTheDoublesRange_areWorkedOutExactly() {
    // doubles of 1e-400 are 0 and of 1e400 infinite; the coefficient of c (200 ± k) is k / 200 all the same
    for (String scale : new String[] {"e-400", "e400", "e-120", "e120"}) {
      String[] values = {"-187" + scale, "-213" + scale};
      IndicatorValue cv = IndicatorValue.coefficientOfVariation(decimals(values), "the mean");
      assertEquals(new BigDecimal("-0.065"), cv.rounded(3, RoundingMode.UNNECESSARY), scale);
      assertEquals(-0.065, cv.value(), 1e-17, scale);
      assertRoundsExactly(exact(values), cv);
    }
  }

  @Test
  void equalValues_haveCoefficient0_ofEitherSign() {
    IndicatorValue cv = IndicatorValue.coefficientOfVariation(decimals("-0.7", "-0.7", "-0.7"), "the mean");
    assertEquals(new BigDecimal("0.00"), cv.rounded(2, RoundingMode.UNNECESSARY));
    assertEquals("0.0", cv.format());
  }

  @Test
  void badArguments_areRefusedNamingThem() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> IndicatorValue.coefficientOfVariation(List.of(), "the mean"));
    assertTrue(e.getMessage().contains("at least one"), e.getMessage());
    IndicatorValue undefined = IndicatorValue.undefined(UndefinedReason.MISSING_INPUT, "2013 not known");
    e = assertThrows(IllegalArgumentException.class, () -> IndicatorValue.coefficientOfVariation(
        List.of(IndicatorValue.computed(1), undefined), "the mean"));
    assertTrue(e.getMessage().contains("index 1") && e.getMessage().contains("2013 not known"), e.getMessage());
    // a mean 10^-400 of values near 1: a coefficient near 10^400
    e = assertThrows(IllegalArgumentException.class, () -> IndicatorValue.coefficientOfVariation(
        decimals("1", "-1", "1e-400"), "the mean of the ratios"));
    assertTrue(e.getMessage().contains("beyond a double's range"), e.getMessage());
    assertThrows(NullPointerException.class, () -> IndicatorValue.coefficientOfVariation(null, "m"));
  }
}
