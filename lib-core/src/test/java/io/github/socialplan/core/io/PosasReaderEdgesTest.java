package io.github.socialplan.core.io;

import static io.github.socialplan.core.io.PosasFiles.HEADER;
import static io.github.socialplan.core.io.PosasFiles.TITLE;
import static io.github.socialplan.core.io.PosasFiles.comune;
import static io.github.socialplan.core.io.PosasFiles.concat;
import static io.github.socialplan.core.io.PosasFiles.file;
import static io.github.socialplan.core.io.PosasFiles.row;
import static io.github.socialplan.core.io.PosasFiles.write;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.socialplan.core.io.PosasProblem.Kind;
import io.github.socialplan.core.population.Population;
import io.github.socialplan.core.population.Sex;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The edges of {@link PosasReader}: the ranges of its settings, rows that the fast in-place parser must hand
 * to the general one (the last line without a line end, a wrong separator, junk after the last count,
 * counts of nine and ten digits), the largest counts, and when the mapping read works on one thread or in
 * parts. Expected counts are written by hand or computed from the generated rows.
 */
class PosasReaderEdgesTest {

  @TempDir Path dir;

  private static String code(int i) {
    return String.format(Locale.ROOT, "%06d", 1000 + 7 * i);
  }

  private DataFileException fails(PosasReader reader, String text) throws IOException {
    Path p = write(dir, text);
    return assertThrows(DataFileException.class, () -> reader.readAll(p));
  }

  // ---- settings ----

  @Test
  void settings_acceptTheirWholeRange_andRejectJustOutsideIt() {
    assertEquals(OptionalInt.of(1), PosasReader.of().withYear(1).year());
    assertEquals(OptionalInt.of(9999), PosasReader.of().withYear(9999).year());
    assertEquals("reference year must be in 1..9999: 10000",
        assertThrows(IllegalArgumentException.class, () -> PosasReader.of().withYear(10_000)).getMessage());
    assertEquals(OptionalInt.empty(), PosasReader.of().year());

    assertEquals(0, PosasReader.of().withParallelism(4).withParallelism(0).parallelism());
    assertEquals(256, PosasReader.of().withParallelism(256).parallelism());

    assertEquals(ProblemPolicy.FAIL, PosasReader.of().policy());
    assertEquals(ProblemPolicy.SKIP, PosasReader.of().withPolicy(ProblemPolicy.SKIP).withYear(2020).policy());
    assertEquals("PosasReader[FAIL, year from title]", PosasReader.of().toString());

    assertEquals("minimum chunk size must be >= 1: 0",
        assertThrows(IllegalArgumentException.class, () -> PosasReader.of().withMinChunkBytes(0)).getMessage());
  }

  // ---- rows the in-place parser must leave to the general one ----

  /** The 102 rows of a comune and a last row, written without a line end at the end of the file. */
  private String withLastLine(String lastRow) {
    List<String> rows = new ArrayList<>(comune("001001", "Agliè", 1));
    rows.remove(101); // the 999 row
    rows.set(100, lastRow); // age 100, the last line
    return String.join("\n", concat(List.of(TITLE, HEADER), rows)); // no final line end
  }

  @Test
  void lastLineWithoutLineEnd_withABadLastCount_failsNamingIt() throws IOException {
    // line 103 is the last line of the file, the row of age 100
    assertEquals(dir.resolve("posas.csv") + ", line 103: comune 001001, 'Totale' is not a number: '203x'",
        fails(PosasReader.of(), withLastLine("\"001001\";\"Agliè\";100;101;102;203x")).getMessage());
    assertEquals(dir.resolve("posas.csv") + ", line 103: comune 001001, 'Totale' is negative: -203",
        fails(PosasReader.of(), withLastLine("\"001001\";\"Agliè\";100;101;102;-203")).getMessage());
    assertEquals(dir.resolve("posas.csv") + ", line 103: expected 6 fields separated by ';', found 5:"
        + " '\"001001\";\"Agliè\";100;101;102'",
        fails(PosasReader.of(), withLastLine("\"001001\";\"Agliè\";100;101;102")).getMessage());
  }

  @Test
  void lastLineWithoutLineEnd_whole_isRead() throws IOException {
    // ages 0..99 from the generator, age 100 written here: the 999 row is missing, so SKIP reports it
    PosasData data = PosasReader.of().withPolicy(ProblemPolicy.SKIP)
        .readAll(write(dir, withLastLine("\"001001\";\"Agliè\";100;101;102;203")));
    PosasProblem p = data.report().problems().get(0);
    assertEquals(EnumSet.of(Kind.MISSING_TOTAL_ROW), p.kinds());
    assertEquals(103, p.lastLine());
    assertEquals(101, data.report().dataRows());
  }

  @Test
  void aLineOfSpaces_isReadAsAnEmptyLine_notAsAFootnote() throws IOException {
    List<String> rows = new ArrayList<>(comune("001001", "Agliè", 1));
    rows.addAll(comune("001002", "Airasca", 2));
    List<String> spaced = new ArrayList<>(rows);
    spaced.add(50, " \t ");   // inside the first comune
    spaced.add(103, "   ");    // between the two comuni
    List<String> empty = new ArrayList<>(rows);
    empty.add(50, "");
    empty.add(103, "");
    PosasData withSpaces = PosasReader.of().readAll(write(dir, String.join("\n", file(spaced)) + "\n"));
    PosasData withEmpty = PosasReader.of().readAll(write(dir, String.join("\n", file(empty)) + "\n"));
    assertEquals(2, withSpaces.comuni().size());
    assertEquals(withEmpty.comuni(), withSpaces.comuni());
    assertEquals(withEmpty.report(), withSpaces.report());
  }

  @Test
  void rowsOfAComuneWithJunk_inThePlaceOfTheFastParser_failAsTheGeneralParserSays() throws IOException {
    // row 3 of a comune (line 6): the in-place parser reads it unless it is not in the usual form
    String[][] cases = {
        {"\"001001\";\"Agliè\";3;4,5;9", "expected 6 fields separated by ';', found 5:"
            + " '\"001001\";\"Agliè\";3;4,5;9'"},
        {"\"001001\";\"Agliè\";3;4;5;9x", "comune 001001, 'Totale' is not a number: '9x'"},
        {"\"001001\";\"Agliè\";3;4;5;9;", "expected 6 fields separated by ';', found 7:"
            + " '\"001001\";\"Agliè\";3;4;5;9;'"},
        {"\"001001\";\"Agliè\";3;4;5;9 ", "comune 001001, 'Totale' is not a number: '9 '"},
        {"\"001001\";\"Agliè\";3;;5;5", "comune 001001, 'Totale maschi' is empty"},
        {"\"001001\";\"Agliè\";3;4;-5;-1", "comune 001001, 'Totale femmine' is negative: -5"},
        {"\"001001\";\"Agliè\";;4;5;9", "comune 001001, 'Età' is empty"},
        {"\"001001\";\"Agliè\";3;2147483648;5;2147483653", "comune 001001, age 3: count too large: 2147483648"},
        {"\"001001\";\"Agliè\";3;4;2147483648;2147483652", "comune 001001, age 3: count too large: 2147483648"},
    };
    for (String[] c : cases) {
      List<String> rows = new ArrayList<>(comune("001001", "Agliè", 1));
      rows.set(3, c[0]);
      DataFileException e = fails(PosasReader.of(), String.join("\r\n", file(rows)) + "\r\n");
      assertEquals(dir.resolve("posas.csv") + ", line 6: " + c[1], e.getMessage(), c[0]);
      assertEquals(6, e.line());
    }
  }

  @Test
  void countsOfNineAndTenDigits_upToTheLargestInt_areRead() throws IOException {
    int[] male = new int[101];
    int[] female = new int[101];
    male[1] = 999_999_999; // nine digits: the in-place parser's limit
    female[2] = 1_000_000_000; // ten digits: read by the general parser
    male[3] = Integer.MAX_VALUE;
    List<String> rows = comune("001001", "Agliè", male, female);
    Population p = PosasReader.of().readAll(write(dir, file(rows))).comuni().get(0).population();
    assertEquals(999_999_999, p.count(Sex.MALE, 1));
    assertEquals(1_000_000_000, p.count(Sex.FEMALE, 2));
    assertEquals(Integer.MAX_VALUE, p.count(Sex.MALE, 3));
    assertEquals(999_999_999L + Integer.MAX_VALUE, p.males());
  }

  @Test
  void agesAbove100_orNotBeing999_fail() throws IOException {
    for (String age : List.of("101", "998", "1000", "9990")) {
      List<String> rows = new ArrayList<>(comune("001001", "Agliè", 1));
      rows.set(3, "\"001001\";\"Agliè\";" + age + ";4;5;9");
      assertEquals(dir.resolve("posas.csv") + ", line 6: comune 001001: 'Età' must be 0..100 or 999: " + age,
          fails(PosasReader.of(), String.join("\n", file(rows))).getMessage(), age);
    }
  }

  @Test
  void twoRowsNotAddingUp_nameTheFirstAndCountTheOthers() throws IOException {
    List<String> rows = new ArrayList<>(comune("001001", "Agliè", 1));
    rows.set(4, "\"001001\";\"Agliè\";4;5;6;12"); // line 7: 5 + 6 = 11
    rows.set(9, "\"001001\";\"Agliè\";9;10;11;20"); // line 12
    rows.set(10, "\"001001\";\"Agliè\";10;11;12;22"); // line 13
    String message = fails(PosasReader.of(), String.join("\n", file(rows))).getMessage();
    assertTrue(message.endsWith("does not add up: 'Totale' is not males + females at line 7: 5 + 6 = 11, not 12"
        + " (and 2 more rows)"), message);
  }

  @Test
  void a999RowDisagreeingOnlyInFemales_orOnlyInTheTotal_isNamed() throws IOException {
    // ages: males a + 1 sum to 5151, females a + 2 to 5252, all residents 10403
    List<String> females = new ArrayList<>(comune("001001", "Agliè", 1));
    females.set(101, "\"001001\";\"Agliè\";999;5151;5253;10404");
    assertTrue(fails(PosasReader.of(), String.join("\n", file(females))).getMessage().endsWith(
        "does not add up: females sum to 5252 over the ages but the 999 row says 5253, residents sum to 10403"
            + " over the ages but the 999 row says 10404 (999 row at line 104)"));
    List<String> total = new ArrayList<>(comune("001001", "Agliè", 1));
    total.set(101, "\"001001\";\"Agliè\";999;5151;5252;10404");
    String message = fails(PosasReader.of(), String.join("\n", file(total))).getMessage();
    assertTrue(message.endsWith("does not add up: residents sum to 10403 over the ages but the 999 row says 10404"
        + " (999 row at line 104); 'Totale' is not males + females at line 104: 5151 + 5252 = 10403, not 10404"),
        message);
  }

  @Test
  void oneAgeMissing_isNamedInTheSingular_andAComuneOfOneRowByItsLine() throws IOException {
    List<String> rows = new ArrayList<>(comune("001001", "Agliè", 1));
    rows.remove(100); // age 100
    String message = fails(PosasReader.of(), String.join("\n", file(rows))).getMessage();
    assertTrue(message.contains("lines 3-103: comune 001001 (Agliè) is incomplete: age 100 missing"), message);

    Path p = write(dir, file(List.of("\"001001\";\"Agliè\";999;0;0;0")));
    PosasProblem only = PosasReader.of().withPolicy(ProblemPolicy.SKIP).readAll(p).report().problems().get(0);
    assertEquals("line 3: comune 001001 (Agliè) is incomplete: ages 0..100 missing", only.message());
  }

  @Test
  void oddFieldsAndQuotes_failNamingTheColumn() throws IOException {
    String[][] cases = {
        {"\"001001\";\"Aglie\"x;0;1;1;2", "text after a closing quote at column 17: '\"001001\";\"Aglie\"x;0;1;1;2'"},
        {"\"0010\";\"Agliè\";0;1;1;2", "'Codice comune' must be 6 digits: '0010'"},
        {"\"00100a\";\"Agliè\";0;1;1;2", "'Codice comune' must be 6 digits: '00100a'"},
        {"\"0010/1\";\"Agliè\";0;1;1;2", "'Codice comune' must be 6 digits: '0010/1'"},
        {"\"0010:1\";\"Agliè\";0;1;1;2", "'Codice comune' must be 6 digits: '0010:1'"},
        {"\"0010011\";\"Agliè\";0;1;1;2", "'Codice comune' must be 6 digits: '0010011'"},
        {"\"001001\";\"Agliè\";0;1;1;2;3;4", "expected 6 fields separated by ';', found 8:"
            + " '\"001001\";\"Agliè\";0;1;1;2;3;4'"},
        {"001001", "expected 6 fields separated by ';', found 1: '001001'"},
    };
    for (String[] c : cases) {
      assertEquals(dir.resolve("posas.csv") + ", line 3: " + c[1],
          fails(PosasReader.of(), String.join("\n", file(List.of(c[0])))).getMessage(), c[0]);
    }
  }

  @Test
  void aFootnoteThatIsEmptyOrStartsWithASign_isAFootnote() throws IOException {
    for (String note : List.of("\"\"", "\"(a) Nota\"", "\":dati\"", "Nota")) {
      List<String> lines = file(comune("001001", "Agliè", 1));
      lines.set(lines.size() - 1, note);
      PosasData data = PosasReader.of().readAll(write(dir, lines));
      assertEquals(1, data.comuni().size(), note);
      assertEquals(102, data.report().dataRows(), note);
    }
  }

  @Test
  void messagesCutAValueAt200Characters() throws IOException {
    String name = "N".repeat(250);
    String bad = "\"001001\";\"" + name + "\";0;1;1";
    String message = fails(PosasReader.of(), String.join("\n", file(List.of(bad)))).getMessage();
    String shown = ("\"001001\";\"" + name).substring(0, 200);
    assertEquals(dir.resolve("posas.csv") + ", line 3: expected 6 fields separated by ';', found 5: '" + shown
        + "...'", message);

    String exact = "\"001001\";\"" + "N".repeat(200 - 17) + "\";0;1;1"; // 200 characters
    assertEquals(200, exact.length());
    message = fails(PosasReader.of(), String.join("\n", file(List.of(exact)))).getMessage();
    assertTrue(message.endsWith("found 5: '" + exact + "'"), message);
  }

  @Test
  void aNameInLatin1_failsSayingItIsNotUtf8() throws IOException {
    byte[] head = (TITLE + "\n" + HEADER + "\n\"001001\";\"Agli").getBytes(StandardCharsets.UTF_8);
    byte[] tail = "\";0;1;1;2\n".getBytes(StandardCharsets.UTF_8);
    byte[] bytes = new byte[head.length + 1 + tail.length];
    System.arraycopy(head, 0, bytes, 0, head.length);
    bytes[head.length] = (byte) 0xE8; // è in Latin-1
    System.arraycopy(tail, 0, bytes, head.length + 1, tail.length);
    DataFileException e = assertThrows(DataFileException.class,
        () -> PosasReader.of().readAll(new ByteArrayInputStream(bytes), "latin1.csv"));
    assertEquals("latin1.csv, line 3: 'Comune' is not valid UTF-8 (a file saved as Latin-1 or Windows-1252?):"
        + " 'Agli\uFFFD'", e.getMessage());
  }

  // ---- one thread or parts: when the mapper runs ----

  /** The order of the calls of mapper ("m") and sink ("s") in a mapping read. */
  private static String calls(PosasReader reader, Path p) throws IOException {
    StringBuilder sb = new StringBuilder();
    reader.read(p, c -> {
      synchronized (sb) {
        sb.append('m');
      }
      return c;
    }, c -> sb.append('s'));
    return sb.toString();
  }

  @Test
  void mappingRead_onOneThread_deliversEachValueAsSoonAsItIsMapped_inPartsAfterTheyAreAllRead()
      throws IOException {
    List<String> rows = new ArrayList<>();
    for (int i = 0; i < 6; i++) {
      rows.addAll(comune(code(i), "Comune " + i, i));
    }
    Path p = write(dir, file(rows));
    String interleaved = "msmsmsmsmsms";
    String batched = "mmmmmmssssss";
    assertEquals(interleaved, calls(PosasReader.of().withParallelism(1).withMinChunkBytes(1), p));
    // a file under two megabytes is read on the calling thread whatever the parallelism
    assertEquals(interleaved, calls(PosasReader.of().withParallelism(4), p));
    assertEquals(batched, calls(PosasReader.of().withParallelism(3).withMinChunkBytes(1), p));
    assertEquals(batched, calls(PosasReader.of().withParallelism(2).withMinChunkBytes(Files.size(p) / 2), p));
    // the default parallelism: one part per processor
    assertEquals(Runtime.getRuntime().availableProcessors() > 1 ? batched : interleaved,
        calls(PosasReader.of().withMinChunkBytes(1), p));
  }

  @Test
  void titleWithoutHeader_readInParts_failsAsOnOneThread() throws IOException {
    Path p = write(dir, TITLE + "\n\n\n\n\n\n\n\n\n\n");
    DataFileException e = assertThrows(DataFileException.class,
        () -> PosasReader.of().withParallelism(4).withMinChunkBytes(1).readAll(p));
    assertTrue(e.getMessage().startsWith(p + ", line 1: no header after the title line; expected"), e.getMessage());
  }

  // ---- parts: a part is taken as read only when the result is the same ----

  @Test
  void comuneRepeatedRightAfterItself_withinOnePart_fails() throws IOException {
    // A, B, B, C of equal size: the cut of two parts is sought from the middle, the first row of the second
    // B, which has the code of the row before it, so the cut moves on to C and both Bs are in one part
    List<String> a = comune(code(0), "Primo", 1);
    List<String> b = comune(code(1), "Secondo", 2);
    Path p = write(dir, file(concat(a, b, b, comune(code(3), "Quarto", 4))));
    for (PosasReader reader : List.of(PosasReader.of(), PosasReader.of().withPolicy(ProblemPolicy.SKIP))) {
      DataFileException e = assertThrows(DataFileException.class,
          () -> reader.withParallelism(2).withMinChunkBytes(1).readAll(p));
      assertEquals(p + ", line 207: a row of comune 001007 (Secondo) after its rows at lines 105-206: its rows must"
          + " be consecutive, not split by another comune's or repeated", e.getMessage());
    }
  }

  @Test
  void comuneWithout999Row_alone_inItsPart_isReportedAsOnOneThread() throws IOException {
    List<List<String>> comuni = new ArrayList<>();
    for (int i = 0; i < 8; i++) {
      comuni.add(new ArrayList<>(comune(code(i), "Comune " + i, i)));
    }
    comuni.get(2).remove(101); // no 999 row: lines 207-307, then comune 3 at line 308
    List<String> rows = new ArrayList<>();
    comuni.forEach(rows::addAll);
    Path p = write(dir, file(rows));
    // with sixteen parts, two per comune, comune 2 is a part of its own: cuts at its first row and at comune 3's
    List<String> lines = file(rows);
    long comune2 = (String.join("\n", lines.subList(0, 2 + 2 * 102)) + "\n").getBytes(StandardCharsets.UTF_8).length;
    long comune3 = (String.join("\n", lines.subList(0, 2 + 3 * 102 - 1)) + "\n").getBytes(StandardCharsets.UTF_8).length;
    try (FileChannel channel = FileChannel.open(p)) {
      long dataStart = (TITLE + "\n" + HEADER + "\n").getBytes(StandardCharsets.UTF_8).length;
      List<Long> cuts = new ArrayList<>();
      for (long c : PosasReader.cuts(channel, dataStart, Files.size(p), 16)) {
        cuts.add(c);
      }
      assertTrue(cuts.contains(comune2) && cuts.contains(comune3), cuts + " " + comune2 + " " + comune3);
    }
    PosasData data = PosasReader.of().withPolicy(ProblemPolicy.SKIP).withParallelism(16).withMinChunkBytes(1)
        .readAll(p);
    assertEquals(7, data.comuni().size());
    assertEquals("lines 207-307: comune 001014 (Comune 2) is incomplete: no 999 total row (its rows end at line"
        + " 307; line 308 is a row of comune 001021 (Comune 3))", data.report().problems().get(0).message());
    assertEquals(8 * 102 - 1, data.report().dataRows());
  }

  // ---- the cuts, against their definition ----

  /** The start of each line of a file and the line's first field (to its first ';', '\r' or line end). */
  private static List<long[]> lineStarts(byte[] bytes) {
    List<long[]> starts = new ArrayList<>();
    int s = 0;
    while (s < bytes.length) {
      int e = s;
      while (e < bytes.length && bytes[e] != '\n') {
        e++;
      }
      starts.add(new long[] {s, e});
      s = e + 1;
    }
    return starts;
  }

  private static String firstField(byte[] bytes, long[] line, long windowEnd) {
    int s = (int) line[0];
    int e = s;
    while (e < line[1] && e < windowEnd && bytes[e] != ';' && bytes[e] != '\r') {
      e++;
    }
    return new String(bytes, s, e - s, StandardCharsets.ISO_8859_1);
  }

  /**
   * The cuts as their documentation defines them: for each of the parts - 1 targets spaced evenly from start
   * to end, the first line starting at or after it, then the first line after that one whose first field
   * differs from the line before, if it starts within 64 KB (less one byte) of the target and before the
   * end; kept if past the cut before.
   */
  private static List<Long> expectedCuts(byte[] bytes, long start, long end, int parts) {
    List<long[]> lines = lineStarts(bytes);
    List<Long> cuts = new ArrayList<>(List.of(start));
    for (int i = 1; i < parts; i++) {
      long target = start + (end - start) * i / parts;
      long windowEnd = Math.min(target - 1 + (1 << 16), end);
      int l = 0;
      while (l < lines.size() && lines.get(l)[0] < target) {
        l++;
      }
      long cut = -1;
      for (int m = l + 1; m < lines.size() && lines.get(m)[0] < windowEnd; m++) {
        if (!firstField(bytes, lines.get(m), windowEnd).equals(firstField(bytes, lines.get(m - 1), windowEnd))) {
          cut = lines.get(m)[0];
          break;
        }
      }
      if (cut > cuts.get(cuts.size() - 1) && cut < end) {
        cuts.add(cut);
      }
    }
    cuts.add(end);
    return cuts;
  }

  @Test
  void cuts_agreeWithTheirDefinition_onFilesOfEveryKind() throws IOException {
    java.util.Random random = new java.util.Random(20250110L);
    for (int example = 0; example < io.github.socialplan.core.testing.PropertyRuns.examples(40); example++) {
      List<String> lines = new ArrayList<>(List.of(TITLE, HEADER));
      int comuni = 1 + random.nextInt(8);
      for (int i = 0; i < comuni; i++) {
        // names long enough, now and then, for a comune to fill more than the 64 KB a cut looks through
        String name = "Comune " + "x".repeat(random.nextInt(4) == 0 ? 600 + random.nextInt(700) : random.nextInt(20));
        List<String> rows = new ArrayList<>(comune(code(i), name, i));
        if (random.nextInt(3) == 0) {
          rows.add(random.nextInt(rows.size()), "");
        }
        if (random.nextInt(4) == 0) {
          rows.add(random.nextInt(rows.size()), "\"Nota: " + i + "\"");
        }
        if (random.nextInt(5) == 0) {
          String quoted = "\"" + code(i) + "\"";
          String bare = code(i);
          rows.replaceAll(r -> r.replace(quoted, bare));
        }
        lines.addAll(rows);
      }
      String nl = random.nextBoolean() ? "\r\n" : "\n";
      String text = String.join(nl, lines) + (random.nextBoolean() ? nl : "");
      Path p = write(dir, text);
      byte[] bytes = Files.readAllBytes(p);
      long start = (TITLE + nl + HEADER + nl).getBytes(StandardCharsets.UTF_8).length;
      int parts = 2 + random.nextInt(40);
      try (FileChannel channel = FileChannel.open(p)) {
        List<Long> actual = new ArrayList<>();
        for (long c : PosasReader.cuts(channel, start, bytes.length, parts)) {
          actual.add(c);
        }
        assertEquals(expectedCuts(bytes, start, bytes.length, parts), actual, "example " + example);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
  }

  @Test
  void data_givesPopulationsAndComuniInFileOrder_andDescribesItself() throws IOException {
    List<String> rows = concat(comune(code(2), "Terzo", 2), comune(code(0), "Primo", 0));
    Path p = write(dir, file(rows));
    PosasData data = PosasReader.of().readAll(p);
    assertEquals(List.of(code(2), code(0)), data.populations().stream().map(Population::territory).toList());
    assertEquals(5050 + 101 * 2, data.populations().get(0).males());
    assertEquals(List.of(code(2), code(0)), data.byCode().keySet().stream().map(c -> c.value()).toList());
    assertEquals("PosasData[" + p + ", 2025: 2 comuni, 0 left out]", data.toString());
  }

  @Test
  void theCode000000_failsNamingFileAndLine_asInTheOlderLayouts() throws IOException {
    // six digits, yet no comune's code: it failed with IstatCode's IllegalArgumentException, without file or line
    Path p = write(dir, file(comune("000000", "Nessuno", 1)));
    DataFileException e = assertThrows(DataFileException.class, () -> PosasReader.of().readAll(p));
    assertEquals(p + ", line 3: 'Codice comune' is not a comune's code: '000000'", e.getMessage());
    assertEquals(3, e.line());
  }
}
