package io.github.socialplan.excel.read;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.doubles;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * The quick rounding of a saved number to 15 significant digits gives what rounding the double's exact
 * binary value gives, including numbers saved right next to a half-way point, and subnormals.
 */
class FifteenDigitsTest {

  private static final long SEED = 20261130L;

  /** The reference: the double's exact value (BigDecimal(double)), rounded half-even to 15 digits. */
  private static String exact(double d) {
    BigDecimal r = new BigDecimal(d).round(new MathContext(15, RoundingMode.HALF_EVEN)).stripTrailingZeros();
    return r.signum() == 0 ? "0" : r.toPlainString();
  }

  /** Checks both routes; returns whether the quick one answered. */
  private static boolean check(String saved) {
    double d = Double.parseDouble(saved);
    String quick = SheetRows.quickFifteenDigits(saved, Double.NaN);
    String withDouble = SheetRows.quickFifteenDigits(saved, d);
    if (withDouble != null) {
      assertEquals(exact(d), withDouble, saved);
    }
    if (quick != null) {
      assertEquals(exact(d), quick, saved);
    }
    assertEquals(exact(d), SheetRows.fifteenDigits(saved, d), saved);
    return quick != null;
  }

  @Test
  void anyFiniteDouble_asJavaAndExcelSaveIt() {
    qt().withFixedSeed(SEED).withExamples(5_000).forAll(longs().all()).checkAssert(bits -> {
      double d = Double.longBitsToDouble(bits);
      if (Double.isFinite(d)) {
        check(Double.toString(d));
        check(String.format(Locale.ROOT, "%.16e", d)); // 17 significant digits
      }
    });
  }

  @Test
  void ratios_asTheCruscottoWritesThem_mostlyWithoutTheExactValue() {
    int[] quick = new int[2];
    qt().withFixedSeed(SEED).withExamples(5_000)
        .forAll(doubles().between(0, 1e6), doubles().between(1, 1e4))
        .checkAssert((a, b) -> quick[check(Double.toString(a / b * 100)) ? 0 : 1]++);
    // the double is within 1.1 units of the text's 17th digit: about one in ten is too near a half-way point
    org.junit.jupiter.api.Assertions.assertTrue(quick[1] * 7 < quick[0] + quick[1],
        "answered from the text " + quick[0] + ", unsure " + quick[1]);
  }

  @Test
  void textThatIsNotADecimal_isLeftToTheExactRoute() {
    for (String s : new String[] {"NaN", "Infinity", "-Infinity", "0x1p3", "1.5d", " 2", "1e999", "1e-999",
        "1.2345678901234567890", "."}) {
      assertEquals(null, SheetRows.quickFifteenDigits(s, Double.NaN), s);
    }
    assertEquals("0", SheetRows.quickFifteenDigits("-0.0", Double.NaN));
    assertEquals("123000", SheetRows.quickFifteenDigits("1.23E5", Double.NaN));
    assertEquals("0.3", SheetRows.quickFifteenDigits("0.30000000000000004", Double.NaN));
  }

  @Test
  void savedNextToAHalfWayPoint() {
    // sixteen digits ending in 5, and their neighbours a few units of the 17th digit away
    qt().withFixedSeed(SEED).withExamples(5_000)
        .forAll(longs().between(100_000_000_000_000L, 999_999_999_999_999L), integers().between(-30, 30),
            integers().between(-3, 3))
        .checkAssert((digits, exponent, nudge) -> {
          String mid = digits + "5" + (nudge == 0 ? "" : "0");
          BigDecimal v = new BigDecimal(new java.math.BigInteger(mid), -exponent);
          if (nudge != 0) {
            v = v.add(BigDecimal.ONE.scaleByPowerOfTen(exponent - 1).multiply(BigDecimal.valueOf(nudge)));
          }
          check(v.toString());
          check(Double.toString(v.doubleValue()));
        });
  }

  @Test
  void subnormalsAndZeros() {
    check("4.9E-324");
    check("1.7976931348623157E308");
    check("1E-320");
    check("1.2345678901234567E-310");
    check("-0.0");
    check("0.0");
    check("2.2250738585072014E-308");
  }
}
