package io.github.socialplan.indicators.result;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Optional;
import java.util.OptionalDouble;
import org.junit.jupiter.api.Test;

/** What a computed and an undefined value give where a ratio would give its terms, and mixed arithmetic. */
class IndicatorValueKindsTest {

  private static final IndicatorValue COMPUTED = IndicatorValue.computed(0.25);
  private static final IndicatorValue UNDEFINED = IndicatorValue.undefined(UndefinedReason.NO_DATA, "no comune");

  @Test
  void aComputedValue_hasNoTerms_butMultiplier1() {
    assertFalse(COMPUTED.isRatio());
    assertTrue(COMPUTED.isDefined());
    assertEquals(OptionalDouble.of(0.25), COMPUTED.asDouble());
    assertEquals(Optional.empty(), COMPUTED.numerator());
    assertEquals(Optional.empty(), COMPUTED.denominator());
    assertEquals(Optional.of(BigDecimal.ONE), COMPUTED.multiplier());
    assertEquals("0.25", COMPUTED.toString());
  }

  @Test
  void anUndefinedValue_hasNoTermsAndNoMultiplier() {
    assertFalse(UNDEFINED.isRatio());
    assertEquals(OptionalDouble.empty(), UNDEFINED.asDouble());
    assertEquals(Optional.empty(), UNDEFINED.numerator());
    assertEquals(Optional.empty(), UNDEFINED.denominator());
    assertEquals(Optional.empty(), UNDEFINED.multiplier());
    assertEquals("undefined (NO_DATA: no comune)", UNDEFINED.toString());
  }

  @Test
  void aRatio_isARatio_withItsTerms() {
    IndicatorValue v = IndicatorValue.ratio(3, 8, 100, "eight");
    assertTrue(v.isRatio());
    assertEquals(OptionalDouble.of(37.5), v.asDouble());
    assertEquals(Optional.of(new BigDecimal("100")), v.multiplier());
  }

  @Test
  void rounded_ofAComputedValue_roundsTheExactExpansionOfItsDouble() {
    // 0.25 is exact: 0.3 half-up, 0.2 half-even
    assertEquals(new BigDecimal("0.3"), COMPUTED.rounded(1, RoundingMode.HALF_UP));
    assertEquals(new BigDecimal("0.2"), COMPUTED.rounded(1, RoundingMode.HALF_EVEN));
    // the double nearest 0.15 is 0.1499999999999999944...: 0.1 half-up
    assertEquals(new BigDecimal("0.1"), IndicatorValue.computed(0.15).rounded(1, RoundingMode.HALF_UP));
    assertEquals("0.3", COMPUTED.format());
  }

  @Test
  void arithmetic_withAComputedOperand_isComputedInDoubles() {
    IndicatorValue half = IndicatorValue.ratio(1, 2, 1, "two");
    // 0.5 − 0.25 = 0.25; 0.25 − 0.5 = −0.25
    IndicatorValue d = half.minus(COMPUTED);
    assertFalse(d.isRatio());
    assertEquals(0.25, d.value());
    assertEquals(-0.25, COMPUTED.minus(half).value());
    assertFalse(COMPUTED.minus(half).isRatio());
    // 0.5 / 0.25 = 2; 0.25 / 0.5 = 0.5; 3 / 2 = 1.5
    IndicatorValue q = half.dividedBy(COMPUTED);
    assertFalse(q.isRatio());
    assertEquals(2.0, q.value());
    assertEquals(0.5, COMPUTED.dividedBy(half).value());
    assertFalse(COMPUTED.dividedBy(half).isRatio());
    assertEquals(1.5, IndicatorValue.computed(3).dividedBy(IndicatorValue.computed(2)).value());
    assertEquals(UndefinedReason.ZERO_DENOMINATOR,
        COMPUTED.dividedBy(IndicatorValue.ratio(0, 5, 100, "five")).reason().orElseThrow());
  }

  @Test
  void arithmetic_ofTwoRatios_staysAnExactRatio() {
    // (100/3) / (100/6) = 600/300 = 2 and 100/3 − 100/6 = 300/18 = 16.66...
    IndicatorValue third = IndicatorValue.ratio(1, 3, 100, "three");
    IndicatorValue sixth = IndicatorValue.ratio(1, 6, 100, "six");
    assertTrue(third.dividedBy(sixth).isRatio());
    assertEquals(new BigDecimal("600"), third.dividedBy(sixth).numerator().orElseThrow().stripTrailingZeros()
        .setScale(0));
    assertEquals(new BigDecimal("300"), third.dividedBy(sixth).denominator().orElseThrow().stripTrailingZeros()
        .setScale(0));
    assertTrue(third.minus(sixth).isRatio());
  }

  @Test
  void aRatioWithTheSmallestLongDenominator_movesTheSignExactly() {
    // 1 / −2^63 = −1 / 2^63: no long holds 2^63, so the terms are decimals
    IndicatorValue v = IndicatorValue.ratio(1, Long.MIN_VALUE, 1, "d");
    assertEquals(new BigDecimal("-1"), v.numerator().orElseThrow());
    assertEquals(new BigDecimal("9223372036854775808"), v.denominator().orElseThrow());
    assertEquals(-0x1p-63, v.value());
  }
}
