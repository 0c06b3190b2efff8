package io.github.socialplan.core.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@link TextInput}'s strict UTF-8 reader at its edges (a byte order mark alone or in a read of its own,
 * U+FEFF later in the text, a bad byte past the first buffer, line ends of every kind, closing), its CSV
 * factory's cell limit, and {@link ComuniListReader}'s checks with their messages.
 */
class TextInputEdgesTest {

  @TempDir Path dir;

  private static String readAll(Reader r) throws IOException {
    StringBuilder sb = new StringBuilder();
    char[] buf = new char[100];
    for (int n; (n = r.read(buf, 0, buf.length)) >= 0; ) {
      sb.append(buf, 0, n);
    }
    return sb.toString();
  }

  private static InputStream trickle(byte[] bytes, int most) {
    return new ByteArrayInputStream(bytes) {
      @Override
      public synchronized int read(byte[] b, int off, int len) {
        return super.read(b, off, Math.min(len, most));
      }
    };
  }

  private static byte[] utf8(String s) {
    return s.getBytes(StandardCharsets.UTF_8);
  }

  @Test
  void byteOrderMark_aloneOrInAReadOfItsOwn_isSkipped_andU_FEFF_laterIsKept() throws IOException {
    assertEquals(-1, TextInput.utf8(new ByteArrayInputStream(utf8("\uFEFF")), "s").read(new char[4], 0, 4));
    assertEquals("abc", readAll(TextInput.utf8(trickle(utf8("\uFEFFabc"), 3), "s")));
    assertEquals("abc", readAll(TextInput.utf8(new ByteArrayInputStream(utf8("\uFEFFabc")), "s")));
    String later = "a".repeat(8192) + "\uFEFFb"; // U+FEFF starts the second buffer of characters
    assertEquals(later, readAll(TextInput.utf8(new ByteArrayInputStream(utf8(later)), "s")));
    assertEquals(0, TextInput.utf8(new ByteArrayInputStream(utf8("abc")), "s").read(new char[4], 2, 0));
  }

  @Test
  void badByte_pastTheFirstBuffer_isNamedWithItsOffsetAndLine_forEveryKindOfLineEnd() {
    // 10,000 bytes of lines ended by LF, CRLF and a lone CR: 2,500 lines of 4 bytes each
    StringBuilder text = new StringBuilder();
    String[] ends = {"\n", "\r\n", "\r"};
    for (int i = 0; i < 2500; i++) {
      String end = ends[i % 3];
      text.append("x".repeat(4 - end.length())).append(end);
    }
    byte[] good = utf8(text.toString());
    assertEquals(10_000, good.length);
    byte[] bytes = new byte[good.length + 3];
    System.arraycopy(good, 0, bytes, 0, good.length);
    bytes[good.length] = 'a';
    bytes[good.length + 1] = (byte) 0xE8; // è in Latin-1
    bytes[good.length + 2] = 'b';
    DataFileException e = assertThrows(DataFileException.class,
        () -> readAll(TextInput.utf8(trickle(bytes, 4096), "latin1.csv")));
    assertEquals("latin1.csv, line 2501: not valid UTF-8, the encoding expected (a file saved as Latin-1 or"
        + " Windows-1252?): byte 0xE8 at byte offset 10001", e.getMessage());
    assertEquals(2501, e.line());
  }

  @Test
  void closingTheReader_closesTheStream_andWithoutBomKeepsAStrictReader() throws IOException {
    boolean[] closed = {false};
    InputStream in = new ByteArrayInputStream(utf8("x")) {
      @Override
      public void close() {
        closed[0] = true;
      }
    };
    Reader r = TextInput.utf8(in, "s");
    assertSame(r, TextInput.withoutBom(r));
    r.close();
    assertTrue(closed[0]);
    assertEquals("ab", readAll(TextInput.withoutBom(new StringReader("\uFEFFab"))));
    assertEquals("ab", readAll(TextInput.withoutBom(new StringReader("ab"))));
  }

  @Test
  void csvFactory_stopsACellLongerThanTheLimit() throws IOException {
    String ok = "y".repeat(TextInput.MAX_CELL_LENGTH);
    try (CsvParser p = (CsvParser) TextInput.csvFactory().createParser(ok + ",1\n")) {
      p.setSchema(CsvSchema.emptySchema());
      p.nextToken();
      p.nextToken();
      assertEquals(ok, p.getText());
    }
    try (CsvParser p = (CsvParser) TextInput.csvFactory().createParser(ok + "y,1\n")) {
      p.setSchema(CsvSchema.emptySchema());
      p.nextToken();
      assertThrows(StreamConstraintsException.class, () -> {
        p.nextToken();
        p.getText();
      });
    }
  }

  // ---- ComuniListReader ----

  private static final String HEADER = "code,name,total,F,M";
  private static final ComuniListReader SIMPLE = ComuniListReader.columns("code", "name", "total", "F", "M");

  private Path write(String... lines) throws IOException {
    return TextFiles.write(dir, "comuni.csv", lines);
  }

  private String failure(ComuniListReader reader, String... lines) throws IOException {
    Path p = write(lines);
    return assertThrows(DataFileException.class, () -> reader.read(p)).getMessage();
  }

  @Test
  void comuniList_totalRow_checksEachFigure_andSaysWhatIsWrong() throws IOException {
    ComuniListReader withTotal = SIMPLE.withTotalRow("name", "Totale");
    Path fine = write(HEADER, "19036,Cremona,30,16,14", "19001,Acquanegra,10,5,5", "TOTAL, totale ,40,21,19");
    ComuniList list = withTotal.read(fine);
    assertEquals(40, list.total());
    assertEquals(40, list.publishedTotal().orElseThrow());

    String p = dir.resolve("comuni.csv").toString();
    assertEquals(p + ", line 4: the total row says 41 residents but the 2 comuni add up to 40 (a difference of -1)",
        failure(withTotal, HEADER, "19036,Cremona,30,16,14", "19001,Acquanegra,10,5,5", ",Totale,41,21,20"));
    assertEquals(p + ", line 4: the total row says 22 females but the 2 comuni add up to 21 (a difference of -1)",
        failure(withTotal, HEADER, "19036,Cremona,30,16,14", "19001,Acquanegra,10,5,5", ",Totale,40,22,18"));
    assertEquals(p + ", line 4: the total row says 18 males but the 2 comuni add up to 19 (a difference of 1)",
        failure(withTotal, HEADER, "19036,Cremona,30,16,14", "19001,Acquanegra,10,5,5", ",Totale,,,18"));
    assertEquals(p + ": no total row: no row with 'Totale' in column 'name'",
        failure(withTotal, HEADER, "19036,Cremona,30,16,14"));
    assertEquals("ComuniListReader[code=code, name=name, total=total, female=F, male=M, total row 'Totale' in name,"
        + " separator ',']", withTotal.toString());
    assertEquals("ComuniListReader[code=code, name=name, total=total, female=F, male=M, separator ',']",
        SIMPLE.toString());
  }

  @Test
  void comuniList_badCells_areNamedWithTheirColumn() throws IOException {
    String p = dir.resolve("comuni.csv").toString();
    assertEquals(p + ", line 2: comune 019036: 'name' is empty", failure(SIMPLE, HEADER, "19036, ,30,16,14"));
    assertEquals(p + ", line 2: comune 019036 (Cremona): 'F' is negative: -16",
        failure(SIMPLE, HEADER, "19036,Cremona,30,-16,14"));
    assertEquals(p + ", line 2: comune 019036 (Cremona): 'F' is not a whole number: '-'",
        failure(SIMPLE, HEADER, "19036,Cremona,30,-,14"));
    assertEquals(p + ", line 2: comune 019036 (Cremona): 'F' is not a whole number: '1/6'",
        failure(SIMPLE, HEADER, "19036,Cremona,30,1/6,14"));
    assertEquals(p + ", line 2: comune 019036 (Cremona): 'F' is not a whole number: '1:6'",
        failure(SIMPLE, HEADER, "19036,Cremona,30,1:6,14"));
    assertEquals(p + ", line 2: comune 019036 (Cremona): 'total' is not a whole number: '1234567890123456789'",
        failure(SIMPLE, HEADER, "19036,Cremona,1234567890123456789,16,14"));
    // eighteen digits are a count; the sum must still hold
    assertEquals(p + ", line 2: comune 019036 (Cremona): 'F' + 'M' = 16 + 14 = 30, not 'total' 123456789012345678",
        failure(SIMPLE, HEADER, "19036,Cremona,123456789012345678,16,14"));
    assertEquals(p + ", line 2: 'code' is not an ISTAT comune code (1 to 6 digits, not 0): '000000'",
        failure(SIMPLE, HEADER, "000000,Cremona,30,16,14"));
    assertEquals(p + ", line 2: 'code' is not an ISTAT comune code (1 to 6 digits, not 0): '19o36'",
        failure(SIMPLE, HEADER, "19o36,Cremona,30,16,14"));
    assertEquals(p + ", line 2: 'code' is not an ISTAT comune code (1 to 6 digits, not 0): '19/36'",
        failure(SIMPLE, HEADER, "19/36,Cremona,30,16,14"));
  }

  @Test
  void comuniList_residentsSummingPastTheLargestLong_fail() throws IOException {
    String big = "999999999999999999"; // eighteen nines
    String[] lines = new String[12];
    lines[0] = HEADER;
    for (int i = 1; i < lines.length; i++) {
      lines[i] = (19000 + i) + ",C" + i + "," + big + "," + big + ",0";
    }
    // ten comuni of 10^18 - 1 pass 9.22 * 10^18 at the tenth
    String message = failure(SIMPLE, lines);
    assertTrue(message.endsWith(": comune 019010 (C10): its 999999999999999999 residents take the total of the"
        + " comuni so far, 8999999999999999991, past 9223372036854775807"), message);
  }

  // ---- CsvRows, through TableRows.csv ----

  /** Reads every row of a CSV text and returns the message of the exception it ends with. */
  private static String csvFailure(String text) {
    return assertThrows(DataFileException.class, () -> {
      try (TableRows rows = TableRows.csv(new ByteArrayInputStream(utf8(text)), "t.csv", ',')) {
        while (rows.next() != null) {
          // read on
        }
      }
    }).getMessage();
  }

  @Test
  void csvRows_longCell_isNamedByTheHeadersColumn_abbreviatedPast40Characters() {
    String tooLong = "z".repeat(TextInput.MAX_CELL_LENGTH + 1);
    assertEquals("t.csv, line 3: column 2 ('name') has more than the 10000 characters a cell may have",
        csvFailure("code,name\n1,short\n2," + tooLong + "\n"));
    String forty = "n".repeat(40);
    assertEquals("t.csv, line 2: column 2 ('" + forty + "') has more than the 10000 characters a cell may have",
        csvFailure("code," + forty + "\n2," + tooLong + "\n"));
    assertEquals("t.csv, line 2: column 2 ('" + "n".repeat(37) + "...') has more than the 10000 characters a cell"
        + " may have", csvFailure("code," + forty + "m\n2," + tooLong + "\n"));
    assertEquals("t.csv, line 2: column 3 has more than the 10000 characters a cell may have",
        csvFailure("code,name\n2,x," + tooLong + "\n"));
  }

  @Test
  void csvRows_aThousandCellsAreARow_moreAreNot() throws IOException {
    String thousand = String.join(",", java.util.Collections.nCopies(TextInput.MAX_CELLS, "1"));
    try (TableRows rows = TableRows.csv(new ByteArrayInputStream(utf8("h\n" + thousand + "\n")), "t.csv", ',')) {
      rows.next();
      assertEquals(TextInput.MAX_CELLS, rows.next().size());
      assertEquals(2, rows.line());
      assertEquals(null, rows.next());
      assertEquals(2, rows.line());
    }
    assertEquals("t.csv, line 2: more than 1000 cells in a row", csvFailure("h\n" + thousand + ",1\n"));
  }

  @Test
  void csvRows_separatorMayNotBeAQuoteLetterOrDigit() throws IOException {
    for (char c : new char[] {'"', 'a', 'Z', '7', '\u00e8'}) {
      IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
          () -> TableRows.csv(new ByteArrayInputStream(utf8("a")), "t.csv", c));
      assertEquals("separator must not be a quote, letter or digit: '" + c + "'", e.getMessage());
    }
    try (TableRows rows = TableRows.csv(new ByteArrayInputStream(utf8("a\tb\n")), "t.csv", '\t')) {
      assertEquals(java.util.List.of("a", "b"), rows.next());
    }
  }

  @Test
  void comuniList_byCodeKeepsFileOrder_andAPublishedTotalOfZeroIsOne() throws IOException {
    ComuniList list = SIMPLE.read(write(HEADER, "19036,Cremona,30,16,14", "19001,Acquanegra,10,5,5"));
    assertEquals(java.util.List.of(io.github.socialplan.core.territory.IstatCode.parse("019036"),
        io.github.socialplan.core.territory.IstatCode.parse("019001")), java.util.List.copyOf(list.byCode().keySet()));
    assertEquals(dir.resolve("comuni.csv") + "", list.source());
    assertEquals("ComuniList[" + dir.resolve("comuni.csv") + ": 2 comuni, 40 residents]", list.toString());
    ComuniList empty = SIMPLE.withTotalRow("name", "Totale")
        .read(write(HEADER, "19036,Cremona,0,0,0", ",Totale,0,0,0"));
    assertEquals(java.util.OptionalLong.of(0), empty.publishedTotal());
  }
}
