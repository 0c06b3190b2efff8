package io.github.socialplan.excel.write;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.doubles;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;
import static org.quicktheories.generators.SourceDSL.strings;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.xssf.streaming.SXSSFRow;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.streaming.SheetDataWriter;
import org.junit.jupiter.api.Test;

/**
 * The fast cell writer writes texts as Apache POI escapes them, numbers as text that reads back as the same
 * double, and formulas, blank and error cells as POI's streaming writer does; a row's cells go out by column
 * whatever the order they were given in; the column widths count a decimal's characters as its plain text has
 * them.
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

  private static String rows(FastSheetDataWriter.Texts texts, IoConsumer<FastSheetDataWriter> rows)
      throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    FastSheetDataWriter w = new FastSheetDataWriter(out, texts);
    rows.accept(w);
    w.finish();
    return out.toString(StandardCharsets.UTF_8);
  }

  private interface IoConsumer<T> {
    void accept(T t) throws IOException;
  }

  @Test
  void formulasBlanksAndErrors_areWrittenAsPoiWritesThem() throws IOException {
    try (SXSSFWorkbook book = new SXSSFWorkbook()) {
      CellStyle style = book.createCellStyle();
      style.setDataFormat((short) 4);
      SXSSFRow row = book.createSheet("x").createRow(6);
      row.createCell(0).setCellFormula("SUM(B7:C7)");
      row.getCell(0).setCellValue(1234.5);
      row.getCell(0).setCellStyle(style);
      row.createCell(1).setCellValue(Double.POSITIVE_INFINITY);
      row.createCell(2).setCellValue(Double.NaN);
      row.getCell(2).setCellStyle(style);
      row.createCell(3);
      row.createCell(27).setCellFormula("A7-\"<&>\"");
      row.getCell(27).setCellValue(-0.25);
      StringWriter poi = new StringWriter();
      SheetDataWriter writer = new SheetDataWriter(poi);
      writer.writeRow(6, row);
      writer.close();
      int s = style.getIndex();
      String ours = rows(new FastSheetDataWriter.Texts(), w -> {
        w.row(6);
        w.formula(0, "SUM(B7:C7)", 1234.5, s);
        w.number(1, Double.POSITIVE_INFINITY, 0);
        w.number(2, Double.NaN, s);
        w.blank(3);
        w.formula(27, "A7-\"<&>\"", -0.25, 0);
      });
      assertEquals(poi.toString(), ours);
      book.dispose();
    }
  }

  @Test
  void cellsGivenOutOfOrder_areWrittenByColumn_aLaterOneReplacingAnEarlier() throws IOException {
    FastSheetDataWriter.Texts none = new FastSheetDataWriter.Texts();
    String inOrder = rows(none, w -> {
      w.row(0);
      w.number(0, 1, 0);
      w.text(2, "b", 3);
      w.number(14, 2.5, 0);
      w.row(1);
      w.blank(0);
      w.text(1, " c ", 0);
    });
    String shuffled = rows(none, w -> {
      w.row(0);
      w.number(14, 2.5, 0);
      w.text(2, "old", 0);
      w.number(0, 1, 0);
      w.text(2, "b", 3);
      w.blank(2); // a blank cell does not replace a cell with a value
      w.row(1);
      w.text(1, " c ", 0);
      w.blank(0);
    });
    assertEquals(inOrder, shuffled);
    assertEquals("<row r=\"1\">\n<c r=\"A1\"><v>1</v></c><c r=\"C1\" s=\"3\" t=\"inlineStr\"><is><t>b</t></is></c>"
        + "<c r=\"O1\"><v>2.5</v></c></row>\n<row r=\"2\">\n<c r=\"A2\"></c>"
        + "<c r=\"B2\" t=\"inlineStr\"><is><t xml:space=\"preserve\"> c </t></is></c></row>\n", inOrder);
  }

  @Test
  void aTextLongerThanACellHolds_isRefusedWhileLayingOut() {
    Cells.Writer w = new Cells.Writer("Comuni");
    w.row();
    w.text(0, "x".repeat(32_767));
    w.row();
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> w.text(1, "y".repeat(32_768)));
    assertTrue(e.getMessage().startsWith("a cell holds at most 32767 characters; sheet 'Comuni', row 2 has a text"
        + " of 32768: yyyy"), e.getMessage());
  }

  @Test
  void aFailingStream_failsTheSheet_andGivingUpEndsItsThread() throws IOException {
    OutputStream failing = new OutputStream() {
      @Override
      public void write(int b) throws IOException {
        throw new IOException("disk full");
      }

      @Override
      public void write(byte[] b, int off, int len) throws IOException {
        throw new IOException("disk full");
      }
    };
    FastSheetDataWriter w = new FastSheetDataWriter(failing, new FastSheetDataWriter.Texts());
    IOException e = assertThrows(IOException.class, () -> {
      for (int r = 0; r < 100_000; r++) {
        w.row(r);
        w.text(0, "a text long enough to fill a few blocks of the writer", 0);
      }
      w.finish();
    });
    assertTrue(e.getMessage().contains("disk full"), e.getMessage());
    w.abort(); // idempotent once the thread has ended

    ByteArrayOutputStream out = new ByteArrayOutputStream();
    FastSheetDataWriter given = new FastSheetDataWriter(out, new FastSheetDataWriter.Texts());
    given.row(0);
    given.number(0, 1, 0);
    assertTimeoutPreemptively(java.time.Duration.ofSeconds(5), given::abort);
    assertEquals(0, out.size());
  }
}
