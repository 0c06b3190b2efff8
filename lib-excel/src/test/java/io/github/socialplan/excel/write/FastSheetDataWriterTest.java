package io.github.socialplan.excel.write;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.doubles;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;
import static org.quicktheories.generators.SourceDSL.strings;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import org.apache.poi.xssf.streaming.SheetDataWriter;
import org.junit.jupiter.api.Test;

/**
 * The fast cell writer writes texts as Apache POI escapes them and numbers as text that reads back as the
 * same double; the column widths count a decimal's characters as its plain text has them.
 */
class FastSheetDataWriterTest {

  private static final long SEED = 20261130L;

  /** POI's own escaping, the reference. */
  private static final class PoiEscape extends SheetDataWriter {
    private final StringWriter out;

    PoiEscape(StringWriter out) throws IOException {
      super(out);
      this.out = out;
    }

    static String escape(String text) {
      try {
        PoiEscape w = new PoiEscape(new StringWriter());
        w.outputEscapedString(text);
        return w.out.toString();
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
  }

  private static String escape(String text) {
    StringBuilder b = new StringBuilder();
    FastSheetDataWriter.escape(b, text);
    return b.toString();
  }

  @Test
  void texts_areEscapedAsPoiEscapesThem() {
    qt().withFixedSeed(SEED).withExamples(2_000).forAll(strings().allPossible().ofLengthBetween(0, 40))
        .checkAssert(text -> assertEquals(PoiEscape.escape(text), escape(text), text));
    qt().withFixedSeed(SEED).withExamples(2_000).forAll(strings().betweenCodePoints(0, 0x2100).ofLengthBetween(0, 20))
        .checkAssert(text -> assertEquals(PoiEscape.escape(text), escape(text), text));
    for (String text : new String[] {"a<b>&\"c\"", "Codice\nComune", "\t\r\u00a0\u0001\ufffe\uffff", "età 🙂"}) {
      assertEquals(PoiEscape.escape(text), escape(text), text);
    }
  }

  private static String number(double d) {
    StringBuilder b = new StringBuilder();
    FastSheetDataWriter.number(b, d);
    return b.toString();
  }

  @Test
  void numbers_readBackAsTheSameDouble() {
    qt().withFixedSeed(SEED).withExamples(5_000).forAll(longs().all()).checkAssert(bits -> {
      double d = Double.longBitsToDouble(bits);
      if (Double.isFinite(d)) {
        assertEquals(bits, Double.doubleToRawLongBits(Double.parseDouble(number(d))), number(d));
      }
    });
    qt().withFixedSeed(SEED).withExamples(5_000).forAll(doubles().between(-1e16, 1e16)).checkAssert(d -> {
      assertEquals(Double.doubleToRawLongBits(d), Double.doubleToRawLongBits(Double.parseDouble(number(d))));
    });
  }

  @Test
  void wholeNumbers_haveNoPointBelowAMillionBillions() {
    qt().withFixedSeed(SEED).withExamples(2_000).forAll(longs().between(-999_999_999_999_999L, 999_999_999_999_999L))
        .checkAssert(n -> assertEquals(Long.toString(n), number(n)));
    assertEquals("2025", number(2025.0));
    assertEquals("0", number(0.0));
    assertEquals("-0.0", number(-0.0));
    assertEquals("1.0E15", number(1e15));
    assertEquals("0.5", number(0.5));
    assertFalse(number(123456789012345.0).contains("."));
  }

  @Test
  void plainLength_isTheLengthOfThePlainString() {
    qt().withFixedSeed(SEED).withExamples(5_000).forAll(longs().all(), integers().between(-30, 30))
        .checkAssert((unscaled, scale) -> {
          BigDecimal d = BigDecimal.valueOf(unscaled, scale);
          assertEquals(d.toPlainString().length(), Cells.plainLength(d), d.toPlainString());
        });
    for (String s : new String[] {"0", "0.00", "-0.05", "1E+3", "-1.5", "123.450", "0E-7", "0E+3"}) {
      BigDecimal d = new BigDecimal(s);
      assertEquals(d.toPlainString().length(), Cells.plainLength(d), s);
    }
  }
}
