package io.github.socialplan.indicators.result;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Equality of indicator values says "unequal" whenever one term differs: otherwise every
 * {@code assertEquals} on values, the CSV round trips included, would prove nothing.
 */
class IndicatorValueEqualityTest {

  private static BigDecimal dec(String s) {
    return new BigDecimal(s);
  }

  /** Asserts both directions of equality and the equal hash codes that equality implies. */
  private static void assertSame(IndicatorValue a, IndicatorValue b) {
    assertTrue(a.equals(b), () -> a + " should equal " + b);
    assertTrue(b.equals(a), () -> b + " should equal " + a);
    assertEquals(a.hashCode(), b.hashCode(), () -> a + " and " + b);
  }

  /** Asserts both directions of inequality. */
  private static void assertDifferent(IndicatorValue a, IndicatorValue b) {
    assertFalse(a.equals(b), () -> a + " should not equal " + b);
    assertFalse(b.equals(a), () -> b + " should not equal " + a);
  }

  @Test
  void aValue_equalsItself_andNothingElseThanAValue() {
    IndicatorValue ratio = IndicatorValue.ratio(39_147, 20_037, 100, "residents aged 0-14");
    IndicatorValue computed = IndicatorValue.computed(0.25);
    IndicatorValue undefined = IndicatorValue.undefined(UndefinedReason.MISSING_INPUT, "area of 019036");
    for (IndicatorValue v : List.of(ratio, computed, undefined)) {
      assertTrue(v.equals(v), v::toString);
      assertFalse(v.equals(null), v::toString);
      assertFalse(v.equals(v.toString()), v::toString);
    }
    assertFalse(computed.equals(0.25));
  }

  @Test
  void ratiosOfCounts_differWhenTheNumeratorTheDenominatorOrTheMultiplierDiffers() {
    IndicatorValue v = IndicatorValue.ratio(3, 8, 100, "eight");
    assertSame(v, IndicatorValue.ratio(3, 8, 100, "another name: names do not count when defined"));
    assertDifferent(v, IndicatorValue.ratio(4, 8, 100, "eight"));
    assertDifferent(v, IndicatorValue.ratio(3, 9, 100, "eight"));
    assertDifferent(v, IndicatorValue.ratio(3, 8, 1000, "eight"));
    // 3/8 × 100 = 37.5 = 30/8 × 10, yet the terms differ
    assertDifferent(v, IndicatorValue.ratio(30, 8, 10, "eight"));
  }

  @Test
  void ratiosOfDecimals_differWhenTheNumeratorTheDenominatorOrTheMultiplierDiffers() {
    IndicatorValue v = IndicatorValue.ratio(dec("12.5"), dec("70.49"), dec("1"), "area");
    assertSame(v, IndicatorValue.ratio(dec("12.50"), dec("70.490"), dec("1.0"), "area"));
    assertDifferent(v, IndicatorValue.ratio(dec("12.6"), dec("70.49"), dec("1"), "area"));
    assertDifferent(v, IndicatorValue.ratio(dec("12.5"), dec("70.48"), dec("1"), "area"));
    assertDifferent(v, IndicatorValue.ratio(dec("12.5"), dec("70.49"), dec("100"), "area"));
  }

  @Test
  void aRatioOfCounts_andOneOfDecimals_compareByTheirTerms() {
    IndicatorValue counts = IndicatorValue.ratio(3, 8, 100, "eight");
    assertSame(counts, IndicatorValue.ratio(dec("3.00"), dec("8"), dec("100"), "eight"));
    assertDifferent(counts, IndicatorValue.ratio(dec("3.01"), dec("8"), dec("100"), "eight"));
    assertDifferent(counts, IndicatorValue.ratio(dec("3"), dec("8.5"), dec("100"), "eight"));
    assertDifferent(counts, IndicatorValue.ratio(dec("3"), dec("8"), dec("10"), "eight"));
  }

  @Test
  void computedValues_areEqualExactlyWhenTheirDoublesAre() {
    assertSame(IndicatorValue.computed(0.25), IndicatorValue.computed(1 / 4.0));
    assertDifferent(IndicatorValue.computed(0.25), IndicatorValue.computed(Math.nextUp(0.25)));
  }

  @Test
  void undefinedValues_differWhenTheReasonOrTheTextDiffers() {
    IndicatorValue v = IndicatorValue.undefined(UndefinedReason.MISSING_INPUT, "births of 2014 not known");
    assertSame(v, IndicatorValue.undefined(UndefinedReason.MISSING_INPUT, "births of 2014 not known"));
    assertDifferent(v, IndicatorValue.undefined(UndefinedReason.NO_DATA, "births of 2014 not known"));
    assertDifferent(v, IndicatorValue.undefined(UndefinedReason.MISSING_INPUT, "births of 2015 not known"));
    assertDifferent(IndicatorValue.ratio(1, 0, 100, "residents aged 0-14"),
        IndicatorValue.ratio(1, 0, 100, "residents aged 65+"));
  }

  @Test
  void valuesOfDifferentKinds_areNeverEqual_evenWithTheSameNumber() {
    IndicatorValue ratio = IndicatorValue.ratio(1, 4, 1, "four");
    IndicatorValue decimalRatio = IndicatorValue.ratio(dec("1"), dec("4"), dec("1"), "four");
    IndicatorValue computed = IndicatorValue.computed(0.25);
    IndicatorValue undefined = IndicatorValue.undefined(UndefinedReason.NO_DATA, "");
    assertDifferent(ratio, computed);
    assertDifferent(decimalRatio, computed);
    assertDifferent(ratio, undefined);
    assertDifferent(decimalRatio, undefined);
    assertDifferent(computed, undefined);
  }

  @Test
  void hashCode_followsEquality_andTellsTheseValuesApart() {
    // equal values of every representation hash alike
    assertEquals(IndicatorValue.ratio(3, 8, 100, "a").hashCode(),
        IndicatorValue.ratio(dec("3.0"), dec("8.00"), dec("1E+2"), "b").hashCode());
    assertEquals(IndicatorValue.computed(0.25).hashCode(), IndicatorValue.computed(0.25).hashCode());
    assertEquals(IndicatorValue.undefined(UndefinedReason.NO_DATA, "x").hashCode(),
        IndicatorValue.undefined(UndefinedReason.NO_DATA, "x").hashCode());
    // and these unequal values (one term apart) do not all share one hash code
    List<IndicatorValue> distinct = List.of(
        IndicatorValue.ratio(3, 8, 100, "a"), IndicatorValue.ratio(4, 8, 100, "a"),
        IndicatorValue.ratio(3, 9, 100, "a"), IndicatorValue.ratio(3, 8, 1000, "a"),
        IndicatorValue.computed(0.25), IndicatorValue.computed(0.5),
        IndicatorValue.undefined(UndefinedReason.NO_DATA, "x"),
        IndicatorValue.undefined(UndefinedReason.MISSING_INPUT, "x"),
        IndicatorValue.undefined(UndefinedReason.NO_DATA, "y"));
    for (int i = 0; i < distinct.size(); i++) {
      for (int j = i + 1; j < distinct.size(); j++) {
        assertNotEquals(distinct.get(i).hashCode(), distinct.get(j).hashCode(),
            distinct.get(i) + " and " + distinct.get(j));
      }
    }
  }

  @Test
  void aComputedZero_isZero_whateverTheSignOfItsDouble() {
    // two comuni with the same balance per resident, -5.00 (-5,000 euro over 1,000 residents and -2,500 over
    // 500): the deviation is 0 and the coefficient of variation 0 / -5 = 0, a double -0.0 in IEEE arithmetic.
    // It is the number 0: equal to a computed 0, with its hash, and 0.0 as a double
    IndicatorValue cv = IndicatorValue.coefficientOfVariation(List.of(
        IndicatorValue.ratio(dec("-5000"), dec("1000"), BigDecimal.ONE, "residents"),
        IndicatorValue.ratio(dec("-2500"), dec("500"), BigDecimal.ONE, "residents")), "the mean");
    assertSame(IndicatorValue.computed(0), cv);
    assertEquals("0.0", Double.toString(cv.value()));
    assertEquals("0.0", cv.format());
    // 0 divided by a negative value, and a -0.0 given as it is
    assertSame(IndicatorValue.computed(0), IndicatorValue.computed(0).dividedBy(IndicatorValue.computed(-2)));
    assertSame(IndicatorValue.computed(0), IndicatorValue.computed(-0.0));
    assertDifferent(IndicatorValue.computed(0), IndicatorValue.computed(Double.MIN_VALUE));
  }
}
