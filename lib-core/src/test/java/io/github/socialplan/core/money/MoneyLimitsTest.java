package io.github.socialplan.core.money;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.math.RoundingMode;
import org.junit.jupiter.api.Test;

/** Money at the edges of its documented limits, and comparisons of equal amounts. */
class MoneyLimitsTest {

  @Test
  void thirtyIntegerDigits_areAccepted_thirtyOneAreNot() {
    String thirty = "9".repeat(30);
    assertEquals(thirty + ".00", Money.of(new BigDecimal(thirty)).toString());
    assertEquals("-" + thirty + ".00", Money.parse("-" + thirty).toString());
    String thirtyOne = "1" + "0".repeat(30);
    assertEquals("money out of range (more than 30 integer digits): " + thirtyOne,
        assertThrows(IllegalArgumentException.class, () -> Money.of(new BigDecimal(thirtyOne))).getMessage());
    assertThrows(IllegalArgumentException.class,
        () -> Money.rounded(new BigDecimal(thirtyOne), RoundingMode.HALF_UP));
  }

  @Test
  void rounded_refusesAnAmountThatRoundsPastTheRange() {
    // thirty nines and 0.995 round half-up to 10^30: not an amount Money.of or JSON would take back
    BigDecimal edge = new BigDecimal("9".repeat(30) + ".995");
    assertEquals("money out of range (more than 30 integer digits): 1" + "0".repeat(30) + ".00",
        assertThrows(IllegalArgumentException.class, () -> Money.rounded(edge, RoundingMode.HALF_UP)).getMessage());
    assertEquals("9".repeat(30) + ".99", Money.rounded(edge, RoundingMode.DOWN).toString());
    assertEquals("-" + "9".repeat(30) + ".99", Money.rounded(edge.negate(), RoundingMode.HALF_DOWN).toString());
  }

  @Test
  void zeroWrittenWithAHugeExponent_isZero() {
    // 0E+40 has 41 "integer digits" by precision - scale, but it is zero.
    assertEquals(Money.ZERO, Money.of(new BigDecimal("0E+40")));
    assertEquals(Money.ZERO, Money.rounded(new BigDecimal("0E+40"), RoundingMode.UNNECESSARY));
  }

  @Test
  void textOf64Characters_isParsed_65IsRefusedShowingTheFirst20() {
    String sixtyFour = "0".repeat(62) + "12";
    assertEquals(64, sixtyFour.length());
    assertEquals(Money.ofEuros(12), Money.parse(sixtyFour));
    String sixtyFive = "0" + sixtyFour;
    assertEquals("not an amount of money: 65 characters, more than 64: '" + "0".repeat(20) + "...'",
        assertThrows(IllegalArgumentException.class, () -> Money.parse(sixtyFive)).getMessage());
  }

  @Test
  void subCentAmounts_areNamedInPlainNotation_upToScale64() {
    assertEquals("money must have at most 2 decimals (cents): 0." + "0".repeat(63) + "1",
        assertThrows(IllegalArgumentException.class, () -> Money.of(new BigDecimal("1E-64"))).getMessage());
    assertEquals("money must have at most 2 decimals (cents): 1E-65",
        assertThrows(IllegalArgumentException.class, () -> Money.of(new BigDecimal("1E-65"))).getMessage());
  }

  @Test
  void rounded_ofAThousandthOrMore_roundsTheAmountItself() {
    // 0.0015 rounds UP to 0.01 and DOWN to 0.00; 0.009 rounds HALF_UP to 0.01; -0.006 FLOOR to -0.01.
    assertEquals(Money.ofCents(1), Money.rounded(new BigDecimal("0.0015"), RoundingMode.UP));
    assertEquals(Money.ZERO, Money.rounded(new BigDecimal("0.0015"), RoundingMode.DOWN));
    assertEquals(Money.ofCents(1), Money.rounded(new BigDecimal("0.009"), RoundingMode.HALF_UP));
    assertEquals(Money.ofCents(-1), Money.rounded(new BigDecimal("-0.006"), RoundingMode.FLOOR));
    assertEquals(Money.parse("123.46"), Money.rounded(new BigDecimal("123.455"), RoundingMode.HALF_UP));
  }

  @Test
  void equalAmounts_areNeitherGreaterNorLess() {
    Money a = Money.parse("5.00");
    Money b = Money.ofCents(500);
    assertFalse(a.isGreaterThan(b));
    assertFalse(a.isLessThan(b));
    assertEquals(0, a.compareTo(b));
    assertFalse(Money.ZERO.isPositive());
    assertFalse(Money.ZERO.isNegative());
    assertEquals(0, Money.ZERO.signum());
    assertFalse(Money.ofCents(1).isZero());
    assertTrue(Money.ofCents(-1).isNegative());
    assertEquals(Money.ofEuros(7), Money.ofEuros(3).max(Money.ofEuros(7)));
    assertEquals(Money.ofEuros(3), Money.ofEuros(7).min(Money.ofEuros(3)));
    assertEquals(Money.ofEuros(7), Money.ofEuros(7).max(Money.ofEuros(3)));
    assertEquals(Money.ofEuros(3), Money.ofEuros(3).min(Money.ofEuros(7)));
    assertFalse(Money.ofEuros(3).equals(Money.ofEuros(7)));
    assertFalse(Money.ofEuros(3).equals(new BigDecimal("3.00")));
  }

  @Test
  void summing_inParallel_addsEveryPart() {
    // 1 + 2 + ... + 1000 cents = 1000 × 1001 / 2 = 500,500 cents, whatever way the stream is split.
    Money total = java.util.stream.LongStream.rangeClosed(1, 1000).parallel().mapToObj(Money::ofCents)
        .collect(Money.summing());
    assertEquals(Money.ofCents(500_500), total);
  }

  @Test
  void signsAndProducts_computedByHand() {
    assertEquals(Money.parse("-12.34"), Money.parse("12.34").negated());
    assertEquals(Money.parse("12.34"), Money.parse("12.34").negated().negated());
    assertEquals(Money.parse("12.34"), Money.parse("12.34").abs());
    assertEquals(Money.parse("-37.02"), Money.parse("12.34").times(-3));
    // 10.00 / 3 = 3.333... -> 3.34 UP, 3.33 DOWN; -10.00 / 4 = -2.50 exactly
    assertEquals(Money.parse("3.34"), Money.ofEuros(10).dividedBy(3, RoundingMode.UP));
    assertEquals(Money.parse("3.33"), Money.ofEuros(10).dividedBy(3, RoundingMode.DOWN));
    assertEquals(Money.parse("-2.50"), Money.ofEuros(-10).dividedBy(4, RoundingMode.UNNECESSARY));
    assertEquals(Money.parse("6.67"), Money.ofEuros(10).times(new BigDecimal("0.6666"), RoundingMode.HALF_UP));
    assertEquals(-1_234L, Money.parse("-12.34").cents());
    assertEquals("0.00", Money.ZERO.toString());
    assertEquals("-0.05", Money.ofCents(-5).toString());
  }
}
