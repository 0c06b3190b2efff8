package io.github.socialplan.core.money;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;

import io.github.socialplan.core.testing.Generators;
import io.github.socialplan.core.testing.PropertyRuns;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class MoneyTest {

  @Test
  void of_acceptsUpToTwoDecimals_andKeepsScaleTwo() {
    assertEquals("1.50", Money.of(new BigDecimal("1.5")).toString());
    assertEquals("1.50", Money.of(new BigDecimal("1.500")).toString());
    assertEquals("1000.00", Money.of(new BigDecimal("1E+3")).toString());
    assertEquals(2, Money.of(new BigDecimal("7")).amount().scale());
  }

  @Test
  void of_withThreeDecimals_isRejectedNamingTheValue() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> Money.of(new BigDecimal("599589.123")));
    assertEquals("money must have at most 2 decimals (cents): 599589.123", e.getMessage());
  }

  @Test
  void parse_readsPlainDecimals_andRejectsTextNamingIt() {
    assertEquals(Money.ofCents(125_105_984), Money.parse("1251059.84"));
    assertEquals(Money.ofEuros(-3), Money.parse(" -3 "));
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Money.parse("1.251,84"));
    assertTrue(e.getMessage().contains("'1.251,84'"), e.getMessage());
    IllegalArgumentException cents = assertThrows(IllegalArgumentException.class, () -> Money.parse("0.001"));
    assertTrue(cents.getMessage().contains("0.001"), cents.getMessage());
  }

  @Test
  void parse_refusesThreeDecimalsEvenOfZeros_andWhatIsNotAPlainDecimal() {
    // 250.000 is 250 thousand euro in Italian writing: never 250.00
    IllegalArgumentException thousands = assertThrows(IllegalArgumentException.class, () -> Money.parse("250.000"));
    assertEquals("money must have at most 2 decimals (cents): 250.000; if the dot separates thousands, write the"
        + " amount without it", thousands.getMessage());
    assertEquals("money must have at most 2 decimals (cents): 1.005",
        assertThrows(IllegalArgumentException.class, () -> Money.parse("1.005")).getMessage());
    for (String text : new String[] {"1e3", "-1.2e1", "+5", ".5", "5.", "\u0661\u0662", "1 000", "-", ""}) {
      IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Money.parse(text), text);
      assertTrue(e.getMessage().startsWith("not an amount of money: '" + text + "'"), e.getMessage());
    }
    assertEquals(Money.parse("12.50"), Money.parse("12.5"));
    assertEquals(Money.ZERO, Money.parse("-0.00"));
  }

  @Test
  void hugeOrTinyExponents_areRejectedWithoutExpandingThem() {
    IllegalArgumentException big = assertThrows(IllegalArgumentException.class,
        () -> Money.of(new BigDecimal("1e999999999")));
    assertTrue(big.getMessage().contains("out of range"), big.getMessage());
    IllegalArgumentException tiny = assertThrows(IllegalArgumentException.class,
        () -> Money.of(new BigDecimal("1e-999999999")));
    assertTrue(tiny.getMessage().contains("1E-999999999"), tiny.getMessage());
    // rounded() of a sub-cent amount depends only on sign and mode.
    assertEquals(Money.ofCents(1), Money.rounded(new BigDecimal("1e-999999999"), RoundingMode.UP));
    assertEquals(Money.ZERO, Money.rounded(new BigDecimal("1e-999999999"), RoundingMode.HALF_UP));
    assertEquals(Money.ofCents(-1), Money.rounded(new BigDecimal("-1e-999999999"), RoundingMode.FLOOR));
    assertEquals(Money.ZERO, Money.rounded(new BigDecimal("-1e-999999999"), RoundingMode.CEILING));
  }

  @Test
  void rounded_namesItsMode() {
    assertEquals(Money.ofCents(1), Money.rounded(new BigDecimal("0.005"), RoundingMode.HALF_UP));
    assertEquals(Money.ZERO, Money.rounded(new BigDecimal("0.005"), RoundingMode.HALF_EVEN));
    assertEquals(Money.ofCents(2), Money.rounded(new BigDecimal("0.015"), RoundingMode.HALF_EVEN));
    assertThrows(ArithmeticException.class, () -> Money.rounded(new BigDecimal("0.005"), RoundingMode.UNNECESSARY));
  }

  @Test
  void quotaCapitaria_ofCremona_is4point89TimesResidents() {
    // 4.89 euro x 158,529 residents = 775,206.81 (exact: 489 x 158,529 = 77,520,681 cents)
    Money quota = Money.parse("4.89").times(158_529);
    assertEquals(Money.ofCents(489L * 158_529), quota);
    assertEquals("775206.81", quota.toString());
    // 775,206.81 / 47 = 16,493.761... -> 16,493.76
    assertEquals(Money.parse("16493.76"), quota.dividedBy(47, RoundingMode.HALF_EVEN));
  }

  @Test
  void arithmetic_isExact() {
    Money a = Money.parse("0.10");
    Money b = Money.parse("0.20");
    assertEquals(Money.parse("0.30"), a.plus(b));
    assertEquals(Money.parse("-0.10"), a.minus(b));
    assertEquals(Money.parse("0.10"), a.minus(b).abs());
    assertEquals(Money.parse("0.33"), Money.ofEuros(1).dividedBy(new BigDecimal("3"), RoundingMode.DOWN));
    assertEquals(Money.parse("0.15"), a.times(new BigDecimal("1.5"), RoundingMode.UNNECESSARY));
    assertEquals(-1, a.minus(b).signum());
    assertTrue(b.isGreaterThan(a) && a.isLessThan(b));
    assertEquals(b, a.max(b));
    assertEquals(a, a.min(b));
    assertTrue(Money.ZERO.isZero() && !a.isNegative() && a.isPositive());
    assertEquals(1251059_84L, Money.parse("1251059.84").cents());
  }

  @Test
  void sumAndSumming_addFundTransfersOfCremona2012() {
    // FNPS 321,633.00 + FNA 79,426.84 + FSR 850,000.00 = 1,251,059.84 (reference table's Totale)
    List<Money> transfers = List.of(Money.parse("321633.00"), Money.parse("79426.84"), Money.parse("850000.00"));
    assertEquals(Money.parse("1251059.84"), Money.sum(transfers));
    assertEquals(Money.parse("1251059.84"), transfers.stream().collect(Money.summing()));
    assertEquals(Money.ZERO, Stream.<Money>empty().collect(Money.summing()));
  }

  @Test
  void equality_ignoresHowTheAmountWasWritten_andToStringParsesBack() {
    assertEquals(Money.of(new BigDecimal("2")), Money.of(new BigDecimal("2.00")));
    assertEquals(Money.of(new BigDecimal("2")).hashCode(), Money.parse("2.0").hashCode());
    qt().withFixedSeed(7L).withExamples(PropertyRuns.examples(2000)).forAll(Generators.money())
        .check(m -> Money.parse(m.toString()).equals(m) && m.amount().scale() == 2);
  }

  @Test
  void nulls_areRejectedNamingTheParameter() {
    NullPointerException e = assertThrows(NullPointerException.class, () -> Money.ZERO.plus(null));
    assertEquals("other", e.getMessage());
    assertEquals("amount", assertThrows(NullPointerException.class, () -> Money.of(null)).getMessage());
    assertFalse(Money.ZERO.equals(null));
  }

  @Test
  void maxAndMin_ofEqualAmounts_returnThisOne() {
    Money a = Money.parse("12.30");
    Money b = Money.parse("12.3");
    org.junit.jupiter.api.Assertions.assertNotSame(a, b);
    org.junit.jupiter.api.Assertions.assertSame(a, a.max(b));
    org.junit.jupiter.api.Assertions.assertSame(a, a.min(b));
    org.junit.jupiter.api.Assertions.assertSame(b, b.max(a));
    org.junit.jupiter.api.Assertions.assertSame(b, b.min(a));
  }
}
