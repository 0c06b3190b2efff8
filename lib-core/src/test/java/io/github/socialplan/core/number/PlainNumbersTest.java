package io.github.socialplan.core.number;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;

import io.github.socialplan.core.testing.PropertyRuns;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.quicktheories.generators.SourceDSL;

class PlainNumbersTest {

  /** The zero of each script whose digits Java's parsers take as 0-9: Arabic-Indic, Persian, Devanagari, fullwidth. */
  private static final char[] OTHER_ZEROS = {'\u0660', '\u06F0', '\u0966', '\uFF10'};

  @Test
  void everyIntWrittenByJava_readsBackAsItself() {
    qt().withFixedSeed(11L).withExamples(PropertyRuns.examples(2000)).forAll(SourceDSL.integers().all())
        .check(i -> PlainNumbers.parseInt(Integer.toString(i)) == i);
  }

  @Test
  void everyPlainDecimal_readsBackAtItsScale() {
    qt().withFixedSeed(12L).withExamples(PropertyRuns.examples(2000))
        .forAll(SourceDSL.longs().all(), SourceDSL.integers().between(0, 12))
        .check((unscaled, scale) -> {
          BigDecimal d = BigDecimal.valueOf(unscaled, scale);
          BigDecimal read = PlainNumbers.parseDecimal(d.toPlainString());
          return read.equals(d); // equals: the same value at the same scale
        });
  }

  /** Java's parsers read the digits of other scripts as 0-9; these are refused, whichever digit it is. */
  @Test
  void aDigitOfAnotherScript_isRefused_whereJavaWouldReadIt() {
    qt().withFixedSeed(13L).withExamples(PropertyRuns.examples(500))
        .forAll(SourceDSL.integers().between(0, 99_999), SourceDSL.integers().between(0, OTHER_ZEROS.length - 1))
        .check((n, script) -> {
          String ascii = Integer.toString(n);
          char[] c = ascii.toCharArray();
          int at = n % c.length;
          c[at] = (char) (OTHER_ZEROS[script] + (c[at] - '0'));
          String other = new String(c);
          return Integer.parseInt(other) == n && new BigDecimal(other).intValueExact() == n // what Java does
              && !PlainNumbers.isDigits(other)
              && refused(() -> PlainNumbers.parseInt(other)) && refused(() -> PlainNumbers.parseDecimal(other));
        });
  }

  private static boolean refused(Runnable r) {
    try {
      r.run();
      return false;
    } catch (IllegalArgumentException e) {
      return true;
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"+5", "1e3", "1E3", "0x10", "1.234,56", "1,5", "1 234", "1\u00a0234", "1\u202f234",
      "5-", "(5)", "12.5%", "\u20ac 5", "NaN", "Infinity", "", "-", ".", "1.", ".5", "1.2.3", " 5", "5 ", "--5",
      "\"5\""})
  void textThatIsNotAPlainDecimal_isRefusedNamingIt(String text) {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> PlainNumbers.parseDecimal(text));
    assertEquals("not a plain decimal (ASCII digits, an optional leading minus and decimal dot, no grouping or"
        + " exponent): '" + text + "'", e.getMessage());
    if (!text.contains(".")) {
      assertEquals("not a whole number of ASCII digits: '" + text + "'",
          assertThrows(NumberFormatException.class, () -> PlainNumbers.parseInt(text)).getMessage());
    }
  }

  @Test
  void leadingZerosAndMinusZero_areTheNumbersTheyWrite() {
    assertEquals(7, PlainNumbers.parseInt("007"));
    assertEquals(0, PlainNumbers.parseInt("-0"));
    assertEquals(-2147483648, PlainNumbers.parseInt("-2147483648"));
    assertEquals(new BigDecimal("1.50"), PlainNumbers.parseDecimal("1.50"));
    assertEquals(new BigDecimal("-0.125"), PlainNumbers.parseDecimal("-0.125"));
    assertTrue(PlainNumbers.isDigits("007"));
    assertFalse(PlainNumbers.isDigits(""));
    assertFalse(PlainNumbers.isDigits("-7"));
  }

  @Test
  void beyondTheIntRange_orTheDecimalBounds_isRefused() {
    assertThrows(NumberFormatException.class, () -> PlainNumbers.parseInt("2147483648"));
    assertThrows(NumberFormatException.class, () -> PlainNumbers.parseInt("-2147483649"));
    IllegalArgumentException big = assertThrows(IllegalArgumentException.class,
        () -> PlainNumbers.parseDecimal("1" + "0".repeat(30)));
    assertTrue(big.getMessage().startsWith("decimal is out of range"), big.getMessage());
    IllegalArgumentException longText = assertThrows(IllegalArgumentException.class,
        () -> PlainNumbers.parseDecimal("0." + "1".repeat(63)));
    assertTrue(longText.getMessage().startsWith("not a plain decimal: 65 characters, more than 64"),
        longText.getMessage());
  }
}
