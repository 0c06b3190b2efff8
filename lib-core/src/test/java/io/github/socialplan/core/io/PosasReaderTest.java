package io.github.socialplan.core.io;

import static io.github.socialplan.core.io.PosasFiles.FOOTNOTE;
import static io.github.socialplan.core.io.PosasFiles.HEADER;
import static io.github.socialplan.core.io.PosasFiles.TITLE;
import static io.github.socialplan.core.io.PosasFiles.comune;
import static io.github.socialplan.core.io.PosasFiles.concat;
import static io.github.socialplan.core.io.PosasFiles.file;
import static io.github.socialplan.core.io.PosasFiles.row;
import static io.github.socialplan.core.io.PosasFiles.write;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.arrays;
import static org.quicktheories.generators.SourceDSL.integers;

import io.github.socialplan.core.io.PosasProblem.Kind;
import io.github.socialplan.core.population.Population;
import io.github.socialplan.core.population.Sex;
import io.github.socialplan.core.territory.IstatCode;
import io.github.socialplan.core.testing.PropertyRuns;
import io.github.socialplan.core.testing.ReferenceFiles;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.quicktheories.core.Gen;

class PosasReaderTest {

  private static final Path SAMPLE = ReferenceFiles.path("real/posas-2025-sample.csv");

  @TempDir Path dir;

  /** The sample's lines, numbered from 1 as in the file, split naively at ';' with quotes removed. */
  private static List<String[]> sampleRows() throws IOException {
    List<String[]> rows = new ArrayList<>();
    for (String line : Files.readAllLines(SAMPLE, StandardCharsets.UTF_8)) {
      rows.add(line.replace("\"", "").split(";"));
    }
    return rows;
  }

  // ---- the real sample ----

  @Test
  void sample_abanoTerme_isCompleteAndEqualsItsAgeRowsAnd999Row() throws IOException {
    PosasData data = PosasReader.of().withPolicy(ProblemPolicy.SKIP).readAll(SAMPLE);
    Population abano = data.get(IstatCode.parse("028001")).orElseThrow().population();

    long[] sums = new long[3];
    long[] row999 = null;
    for (String[] r : sampleRows()) {
      if (r.length == 6 && r[0].equals("028001")) {
        long[] v = {Long.parseLong(r[3]), Long.parseLong(r[4]), Long.parseLong(r[5])};
        if (r[2].equals("999")) {
          row999 = v;
        } else {
          int age = Integer.parseInt(r[2]);
          assertEquals(v[0], abano.count(Sex.MALE, age), "males aged " + age);
          assertEquals(v[1], abano.count(Sex.FEMALE, age), "females aged " + age);
          for (int i = 0; i < 3; i++) {
            sums[i] += v[i];
          }
        }
      }
    }
    assertEquals(row999[0], sums[0]);
    assertEquals(row999[1], sums[1]);
    assertEquals(row999[2], sums[2]);
    assertEquals(sums[0], abano.males());
    assertEquals(sums[1], abano.females());
    assertEquals(sums[2], abano.total());
    // the figures README quotes
    assertEquals(9_777, abano.males());
    assertEquals(10_687, abano.females());
    assertEquals(20_464, abano.total());
    assertEquals("028001", abano.territory());
    assertEquals(2025, abano.year());
    assertEquals("Abano Terme", data.get(IstatCode.parse("028001")).orElseThrow().name());
  }

  @Test
  void sample_abbadiaCerreto_isReportedIncompleteWithItsLines_underSkip() throws IOException {
    int first = 0;
    int last = 0;
    int maxAge = -1;
    List<String[]> rows = sampleRows();
    for (int i = 0; i < rows.size(); i++) {
      if (rows.get(i)[0].equals("098001")) {
        first = first == 0 ? i + 1 : first;
        last = i + 1;
        maxAge = Math.max(maxAge, Integer.parseInt(rows.get(i)[2]));
      }
    }
    assertEquals(91, maxAge, "the sample stops Abbadia Cerreto at 91");

    PosasData data = PosasReader.of().withPolicy(ProblemPolicy.SKIP).readAll(SAMPLE);

    assertEquals(1, data.comuni().size());
    assertFalse(data.get(IstatCode.parse("098001")).isPresent());
    PosasReport report = data.report();
    assertEquals(2025, report.year());
    assertEquals(1, report.comuni());
    assertEquals(rows.size() - 4, report.dataRows()); // minus SOURCE comment, title, header, footnote
    assertFalse(report.isClean());
    assertEquals(1, report.problems().size());
    PosasProblem p = report.problems().get(0);
    assertEquals(IstatCode.parse("098001"), p.code());
    assertEquals("Abbadia Cerreto", p.name());
    assertEquals(first, p.firstLine());
    assertEquals(last, p.lastLine());
    assertTrue(p.isIncomplete());
    assertEquals(EnumSet.of(Kind.MISSING_AGES, Kind.MISSING_TOTAL_ROW), p.kinds());
    assertTrue(p.detail().contains("ages " + (maxAge + 1) + "..100 missing"), p.detail());
    assertTrue(p.message().startsWith("lines " + first + "-" + last + ": comune 098001 (Abbadia Cerreto)"),
        p.message());
  }

  @Test
  void sample_underFail_throwsNamingFileLinesAndAbbadiaCerreto() {
    DataFileException e = assertThrows(DataFileException.class, () -> PosasReader.of().readAll(SAMPLE));
    assertTrue(e.getMessage().startsWith(SAMPLE + ", lines 106-197: comune 098001 (Abbadia Cerreto) is"
        + " incomplete: ages 92..100 missing; no 999 total row"), e.getMessage());
    assertEquals(SAMPLE.toString(), e.source());
    assertEquals(198, e.line()); // the footnote, where the comune was seen to end
  }

  @Test
  void sample_streaming_deliversAbanoBeforeFailingOnAbbadia() {
    List<String> delivered = new ArrayList<>();
    assertThrows(DataFileException.class,
        () -> PosasReader.of().read(SAMPLE, c -> delivered.add(c.code().value())));
    assertEquals(List.of("028001"), delivered);
  }

  // ---- format variants ----

  @Test
  void bomAndCrlf_giveTheSameComuniAsLf() throws IOException {
    List<String> lines = file(concat(comune("001001", "Agliè", 3), comune("001002", "Airasca", 7)));
    PosasData lf = PosasReader.of().readAll(write(dir, lines));
    Path crlf = write(dir, "\uFEFF" + String.join("\r\n", lines) + "\r\n");
    PosasData withBom = PosasReader.of().readAll(crlf);

    assertEquals(2, withBom.comuni().size());
    assertEquals(lf.comuni(), withBom.comuni());
    assertEquals("Agliè", withBom.comuni().get(0).name());
    // a = 0..100, males a + 3, females a + 4
    assertEquals(5050 + 101 * 3, withBom.comuni().get(0).population().males());
    assertEquals(5050 + 101 * 4, withBom.comuni().get(0).population().females());
  }

  @Test
  void noFinalNewlineAndNoFootnote_areAccepted() throws IOException {
    List<String> lines = concat(List.of(TITLE, HEADER), comune("001001", "Agliè", 1));
    PosasData data = PosasReader.of().readAll(write(dir, String.join("\n", lines)));
    assertEquals(5050 + 101, data.comuni().get(0).population().males());
  }

  @Test
  void headerWithoutTitle_takesTheYearFromWithYear() throws IOException {
    Path p = write(dir, concat(List.of(HEADER), comune("001001", "Agliè", 1)));
    PosasData data = PosasReader.of().withYear(2019).readAll(p);
    assertEquals(2019, data.comuni().get(0).population().year());
    assertEquals(2019, data.report().year());
  }

  @Test
  void headerWithoutTitleOrYear_failsAskingForTheYear() throws IOException {
    Path p = write(dir, concat(List.of(HEADER), comune("001001", "Agliè", 1)));
    DataFileException e = assertThrows(DataFileException.class, () -> PosasReader.of().readAll(p));
    assertEquals(p + ", line 1: no title line with the reference year before the header; give the year with"
        + " withYear", e.getMessage());
  }

  @Test
  void titleWithAnotherYear_thanWithYear_fails() throws IOException {
    Path p = write(dir, file(comune("001001", "Agliè", 1)));
    DataFileException e =
        assertThrows(DataFileException.class, () -> PosasReader.of().withYear(2024).readAll(p));
    assertTrue(e.getMessage().startsWith(p + ", line 1: the title says 1 January 2025 but the reader was"
        + " asked for 2024"), e.getMessage());
  }

  @Test
  void titleWithoutYear_failsUnlessWithYear() throws IOException {
    List<String> lines = concat(List.of("\"Popolazione residente per età e sesso\"", HEADER),
        comune("001001", "Agliè", 1));
    Path p = write(dir, lines);
    DataFileException e = assertThrows(DataFileException.class, () -> PosasReader.of().readAll(p));
    assertTrue(e.getMessage().startsWith(p + ", line 2: the title line (line 1) does not say"), e.getMessage());
    assertEquals(2011, PosasReader.of().withYear(2011).readAll(p).report().year());
  }

  @Test
  void unquotedAndQuotedNumbers_andEscapedQuotesInNames_areRead() throws IOException {
    List<String> rows = new ArrayList<>();
    for (int age = 0; age <= 100; age++) {
      rows.add(age % 2 == 0
          ? "001001;\"Monte \"\"Bello\"\"\";" + age + ";1;2;3"
          : "\"001001\";\"Monte \"\"Bello\"\"\";\"" + age + "\";\"1\";\"2\";\"3\"");
    }
    rows.add("\"001001\";\"Monte \"\"Bello\"\"\";999;101;202;303");
    PosasComune c = PosasReader.of().readAll(write(dir, file(rows))).comuni().get(0);
    assertEquals("Monte \"Bello\"", c.name());
    assertEquals(101, c.population().males());
    assertEquals(202, c.population().females());
  }

  @Test
  void inputStream_messagesUseTheGivenSourceName() {
    byte[] bytes = String.join("\n", file(List.of(row("001001", "Agliè", 0, 1, 1).replace(";1;1;", ";x;1;"))))
        .getBytes(StandardCharsets.UTF_8);
    DataFileException e = assertThrows(DataFileException.class,
        () -> PosasReader.of().readAll(new ByteArrayInputStream(bytes), "https://demo.istat.it/x.csv"));
    assertEquals("https://demo.istat.it/x.csv, line 3: comune 001001, 'Totale maschi' is not a number: 'x'",
        e.getMessage());
  }

  /** Round trip: any counts written in ISTAT's format, in any of its quoting and line-ending forms, read back. */
  @Test
  void anyCounts_writtenAsPosas_readBackEqual() {
    qt().withFixedSeed(20250101L).withExamples(PropertyRuns.examples(150))
        .forAll(arrays().ofIntegers(integers().between(0, 40_000)).withLength(101),
            arrays().ofIntegers(integers().between(0, 40_000)).withLength(101),
            integers().between(0, 7))
        .checkAssert((m, f, style) -> {
          int[] male = ints(m);
          int[] female = ints(f);
          List<String> rows = new ArrayList<>(comune("019036", "Cremona", male, female));
          if ((style & 1) != 0) {
            rows.replaceAll(r -> r.replace("\"019036\"", "019036")); // unquoted codes: the general path
          }
          String nl = (style & 2) != 0 ? "\r\n" : "\n";
          String text = ((style & 4) != 0 ? "\uFEFF" : "") + String.join(nl, file(rows)) + nl;
          try {
            PosasData data = PosasReader.of().readAll(
                new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), "generated");
            assertEquals(Population.of("019036", 2025, male, female), data.comuni().get(0).population());
            assertTrue(data.report().isClean());
          } catch (IOException e) {
            throw new AssertionError(e);
          }
        });
  }

  /**
   * Counts of one to nine digits, past the seven that the in-place path reads: read with quoted codes
   * (the in-place path where it can) and unquoted (the general path), the same comuni and report.
   */
  @Test
  void countsOfAnyLength_inPlaceAndGeneralPath_readTheSame() {
    Gen<Integer> anyLength = integers().between(1, 9).zip(integers().between(0, Integer.MAX_VALUE),
        (digits, r) -> r % (int) Math.pow(10, digits));
    qt().withFixedSeed(20261130L).withExamples(PropertyRuns.examples(100))
        .forAll(arrays().ofIntegers(anyLength).withLength(101), arrays().ofIntegers(anyLength).withLength(101),
            integers().between(0, 1))
        .checkAssert((m, f, crlf) -> {
          int[] male = ints(m);
          int[] female = ints(f);
          List<String> rows = new ArrayList<>(comune("019036", "Cremona", male, female));
          String nl = crlf == 1 ? "\r\n" : "\n";
          String quoted = String.join(nl, file(rows)) + nl;
          String unquoted = quoted.replace("\"019036\"", "019036");
          try {
            PosasData inPlace = PosasReader.of().readAll(
                new ByteArrayInputStream(quoted.getBytes(StandardCharsets.UTF_8)), "generated");
            PosasData general = PosasReader.of().readAll(
                new ByteArrayInputStream(unquoted.getBytes(StandardCharsets.UTF_8)), "generated");
            assertEquals(Population.of("019036", 2025, male, female), inPlace.comuni().get(0).population());
            assertEquals(general.comuni(), inPlace.comuni());
            assertEquals(general.report(), inPlace.report());
          } catch (IOException e) {
            throw new AssertionError(e);
          }
        });
  }

  /** The generated counts (QuickTheories makes boxed arrays) as the reader's {@code int[]}. */
  private static int[] ints(Integer[] counts) {
    int[] out = new int[counts.length];
    for (int i = 0; i < counts.length; i++) {
      out[i] = counts[i];
    }
    return out;
  }

  @Test
  void manyComuni_streamOneByOneInFileOrder() throws IOException {
    List<String> rows = new ArrayList<>();
    long expectedTotal = 0;
    for (int i = 1; i <= 300; i++) {
      rows.addAll(comune(String.format(Locale.ROOT, "%06d", 1000 + i), "Comune " + i, i));
      expectedTotal += 2 * (5050 + 101L * i) + 101;
    }
    List<String> codes = new ArrayList<>();
    long[] total = new long[1];
    PosasReport report = PosasReader.of().read(write(dir, file(rows)), c -> {
      codes.add(c.code().value());
      total[0] += c.population().total();
    });
    assertEquals(300, report.comuni());
    assertEquals(300 * 102, report.dataRows());
    assertEquals("001001", codes.get(0));
    assertEquals("001300", codes.get(299));
    assertEquals(expectedTotal, total[0]);
  }

  @Test
  void streamThatTricklesFewBytesPerRead_andLongNames_giveTheSameComuni() throws IOException {
    List<String> rows = new ArrayList<>();
    for (int i = 1; i <= 40; i++) {
      // names of 1 to 2,000 bytes: rows cross the 64 KB buffer and exceed the in-place parser's window
      String name = "Località " + "x".repeat((i * 53) % 2000);
      rows.addAll(comune(String.format(Locale.ROOT, "%06d", 5000 + i), name, i));
    }
    byte[] bytes = (String.join("\r\n", file(rows)) + "\r\n").getBytes(StandardCharsets.UTF_8);
    PosasData whole = PosasReader.of().readAll(new ByteArrayInputStream(bytes), "whole");
    PosasData trickled = PosasReader.of().readAll(new ByteArrayInputStream(bytes) {
      @Override
      public synchronized int read(byte[] b, int off, int len) {
        return super.read(b, off, Math.min(len, 7));
      }
    }, "trickled");

    assertEquals(40, whole.comuni().size());
    assertEquals(whole.comuni(), trickled.comuni());
    for (int i = 1; i <= 40; i++) {
      PosasComune c = whole.comuni().get(i - 1);
      assertEquals("Località " + "x".repeat((i * 53) % 2000), c.name());
      assertEquals(5050 + 101L * i, c.population().males());
    }
  }

  @Test
  void lineLongerThanAMegabyte_failsAsNotThisFormat() throws IOException {
    Path p = write(dir, TITLE + "\n" + HEADER + "\n\"001001\";\"" + "x".repeat(1 << 21) + "\";0;1;1;2\n");
    DataFileException e = assertThrows(DataFileException.class, () -> PosasReader.of().readAll(p));
    assertEquals(p + ", line 3: line longer than 1048576 bytes: not a text file of the expected format",
        e.getMessage());
  }

  // ---- inconsistent comuni ----

  @Test
  void totalsMismatch_isSkippedAndReported_orFailsNamingTheFigures() throws IOException {
    List<String> bad = new ArrayList<>(comune("001002", "Airasca", 0));
    // ages: males 0..100 sum to 5050, females 101..., the 999 row claims one male more
    bad.set(101, "\"001002\";\"Airasca\";999;5051;5151;10202");
    Path p = write(dir, file(concat(comune("001001", "Agliè", 1), bad, comune("001003", "Ala di Stura", 2))));

    PosasData data = PosasReader.of().withPolicy(ProblemPolicy.SKIP).readAll(p);
    assertEquals(List.of("001001", "001003"), data.comuni().stream().map(c -> c.code().value()).toList());
    PosasProblem problem = data.report().problems().get(0);
    assertEquals(EnumSet.of(Kind.TOTALS_MISMATCH), problem.kinds());
    assertFalse(problem.isIncomplete());
    assertEquals(105, problem.firstLine());
    assertEquals(206, problem.lastLine());

    DataFileException e = assertThrows(DataFileException.class, () -> PosasReader.of().readAll(p));
    assertEquals(p + ", lines 105-206: comune 001002 (Airasca) does not add up: males sum to 5050 over the"
        + " ages but the 999 row says 5051, residents sum to 10201 over the ages but the 999 row says 10202"
        + " (999 row at line 206)", e.getMessage());
    assertEquals(206, e.line());
  }

  @Test
  void rowTotalNotMalesPlusFemales_isReportedWithItsLine() throws IOException {
    List<String> rows = new ArrayList<>(comune("001001", "Agliè", 1));
    rows.set(10, "\"001001\";\"Agliè\";10;11;12;24"); // 11 + 12 = 23
    Path p = write(dir, file(rows));
    DataFileException e = assertThrows(DataFileException.class, () -> PosasReader.of().readAll(p));
    assertTrue(e.getMessage().startsWith(p + ", lines 3-104: comune 001001 (Agliè) does not add up:"),
        e.getMessage());
    assertTrue(e.getMessage().contains("'Totale' is not males + females at line 13: 11 + 12 = 23, not 24"),
        e.getMessage());
    PosasProblem problem =
        PosasReader.of().withPolicy(ProblemPolicy.SKIP).readAll(p).report().problems().get(0);
    assertTrue(problem.kinds().contains(Kind.ROW_SUM_MISMATCH));
  }

  @Test
  void missing999Row_beforeTheNextComune_failsNamingBothAndTheLine() throws IOException {
    List<String> first = new ArrayList<>(comune("001001", "Agliè", 1));
    first.remove(101); // its 999 row
    Path p = write(dir, file(concat(first, comune("001002", "Airasca", 1))));
    DataFileException e = assertThrows(DataFileException.class, () -> PosasReader.of().readAll(p));
    assertEquals(p + ", lines 3-103: comune 001001 (Agliè) is incomplete: no 999 total row (its rows end at"
        + " line 103; line 104 is a row of comune 001002 (Airasca))", e.getMessage());
    assertEquals(104, e.line());

    PosasReport report = PosasReader.of().withPolicy(ProblemPolicy.SKIP).readAll(p).report();
    assertEquals(1, report.comuni());
    assertEquals(EnumSet.of(Kind.MISSING_TOTAL_ROW), report.problems().get(0).kinds());
  }

  @Test
  void missing999Row_atTheEndOfTheFile_fails() throws IOException {
    List<String> rows = new ArrayList<>(comune("001001", "Agliè", 1));
    rows.remove(101);
    Path p = write(dir, concat(List.of(TITLE, HEADER), rows));
    DataFileException e = assertThrows(DataFileException.class, () -> PosasReader.of().readAll(p));
    assertEquals(p + ", lines 3-103: comune 001001 (Agliè) is incomplete: no 999 total row (its rows end at"
        + " line 103; the file ends at line 103)", e.getMessage());
  }

  @Test
  void rowOfAnotherComune_inTheMiddleOfOne_failsEvenWhenSkipping() throws IOException {
    List<String> rows = new ArrayList<>(comune("001001", "Agliè", 1));
    rows.add(50, row("001002", "Airasca", 0, 4, 5)); // line 53
    Path p = write(dir, file(rows));

    DataFileException strict = assertThrows(DataFileException.class, () -> PosasReader.of().readAll(p));
    assertEquals(p + ", lines 3-52: comune 001001 (Agliè) is incomplete: ages 50..100 missing; no 999 total"
        + " row (its rows end at line 52; line 53 is a row of comune 001002 (Airasca))", strict.getMessage());

    DataFileException skipping = assertThrows(DataFileException.class,
        () -> PosasReader.of().withPolicy(ProblemPolicy.SKIP).readAll(p));
    assertEquals(p + ", line 54: a row of comune 001001 (Agliè) after its rows at lines 3-52: its rows must be"
        + " consecutive, not split by another comune's or repeated", skipping.getMessage());
    assertEquals(54, skipping.line());
  }

  @Test
  void comuneRepeatedAfterIts999Row_fails() throws IOException {
    Path p = write(dir, file(concat(comune("001001", "Agliè", 1), List.of(row("001001", "Agliè", 5, 1, 1)))));
    DataFileException e = assertThrows(DataFileException.class, () -> PosasReader.of().readAll(p));
    assertEquals(p + ", line 105: a row of comune 001001 (Agliè) after its rows at lines 3-104: its rows must be"
        + " consecutive, not split by another comune's or repeated", e.getMessage());
  }

  // ---- malformed files ----

  @Test
  void emptyFile_fails() throws IOException {
    Path p = write(dir, "");
    DataFileException e = assertThrows(DataFileException.class, () -> PosasReader.of().readAll(p));
    assertEquals(p + ": empty file: no title, header or comune rows", e.getMessage());
    assertEquals(0, e.line());
  }

  @Test
  void onlyBomCommentsAndBlankLines_isEmpty() throws IOException {
    Path p = write(dir, "\uFEFF# SOURCE: nowhere\r\n\r\n");
    DataFileException e = assertThrows(DataFileException.class, () -> PosasReader.of().readAll(p));
    assertEquals(p + ": empty file: no title, header or comune rows", e.getMessage());
  }

  @Test
  void titleAndHeaderWithoutRows_fails() throws IOException {
    Path p = write(dir, List.of(TITLE, HEADER, FOOTNOTE));
    DataFileException e = assertThrows(DataFileException.class, () -> PosasReader.of().readAll(p));
    assertEquals(p + ", line 2: no comune rows after the header", e.getMessage());
  }

  @Test
  void titleWithoutHeader_fails() throws IOException {
    Path p = write(dir, List.of(TITLE));
    DataFileException e = assertThrows(DataFileException.class, () -> PosasReader.of().readAll(p));
    assertTrue(e.getMessage().startsWith(p + ", line 1: no header after the title line; expected"),
        e.getMessage());
  }

  @Test
  void wrongHeader_failsShowingTheExpectedAndFoundHeader() throws IOException {
    String wrong = "\"Codice comune\";\"Comune\";\"Età\";\"Maschi\";\"Femmine\";\"Totale\"";
    Path p = write(dir, concat(List.of("# SOURCE: test", TITLE, wrong), comune("001001", "Agliè", 1)));
    DataFileException e = assertThrows(DataFileException.class, () -> PosasReader.of().readAll(p));
    assertEquals(p + ", line 3: wrong header: expected " + HEADER + ", found '" + wrong + "'", e.getMessage());
    assertEquals(3, e.line());
  }

  @Test
  void headerInLatin1_failsSayingItIsNotUtf8() throws IOException {
    byte[] latin1 = String.join("\n", file(comune("001001", "Agliè", 1))).getBytes(StandardCharsets.ISO_8859_1);
    Path p = dir.resolve("latin1.csv");
    Files.write(p, latin1);
    DataFileException e = assertThrows(DataFileException.class, () -> PosasReader.of().readAll(p));
    assertTrue(e.getMessage().startsWith(p + ", line 1: title is not valid UTF-8"), e.getMessage());
  }

  @Test
  void nonNumericCount_failsNamingLineComuneColumnAndValue() throws IOException {
    List<String> rows = new ArrayList<>(comune("001001", "Agliè", 1));
    rows.set(54, "\"001001\";\"Agliè\";54;5x;55;110");
    Path p = write(dir, file(rows));
    DataFileException e = assertThrows(DataFileException.class, () -> PosasReader.of().readAll(p));
    assertEquals(p + ", line 57: comune 001001, 'Totale maschi' is not a number: '5x'", e.getMessage());
    assertEquals(57, e.line());
  }

  @Test
  void negativeCount_failsNamingTheValue() throws IOException {
    List<String> rows = new ArrayList<>(comune("001001", "Agliè", 1));
    rows.set(3, "\"001001\";\"Agliè\";3;4;-5;-1");
    Path p = write(dir, file(rows));
    DataFileException e = assertThrows(DataFileException.class, () -> PosasReader.of().readAll(p));
    assertEquals(p + ", line 6: comune 001001, 'Totale femmine' is negative: -5", e.getMessage());
  }

  @Test
  void emptyCount_fails() throws IOException {
    List<String> rows = new ArrayList<>(comune("001001", "Agliè", 1));
    rows.set(3, "\"001001\";\"Agliè\";3;4;;4");
    Path p = write(dir, file(rows));
    DataFileException e = assertThrows(DataFileException.class, () -> PosasReader.of().readAll(p));
    assertEquals(p + ", line 6: comune 001001, 'Totale femmine' is empty", e.getMessage());
  }

  @Test
  void ageOutOfRange_fails() throws IOException {
    List<String> rows = new ArrayList<>(comune("001001", "Agliè", 1));
    rows.set(100, row("001001", "Agliè", 101, 1, 1));
    Path p = write(dir, file(rows));
    DataFileException e = assertThrows(DataFileException.class, () -> PosasReader.of().readAll(p));
    assertEquals(p + ", line 103: comune 001001: 'Età' must be 0..100 or 999: 101", e.getMessage());
  }

  @Test
  void repeatedAge_failsNamingBothLines() throws IOException {
    List<String> rows = new ArrayList<>(comune("001001", "Agliè", 1));
    rows.set(8, row("001001", "Agliè", 7, 8, 9));
    Path p = write(dir, file(rows));
    DataFileException e = assertThrows(DataFileException.class, () -> PosasReader.of().readAll(p));
    assertEquals(p + ", line 11: comune 001001: age 7 repeated (first at line 10)", e.getMessage());
  }

  @Test
  void wrongNumberOfFields_fails() throws IOException {
    List<String> rows = new ArrayList<>(comune("001001", "Agliè", 1));
    rows.set(8, "\"001001\";\"Agliè\";8;9;10");
    Path p = write(dir, file(rows));
    DataFileException e = assertThrows(DataFileException.class, () -> PosasReader.of().readAll(p));
    assertEquals(p + ", line 11: expected 6 fields separated by ';', found 5: '\"001001\";\"Agliè\";8;9;10'",
        e.getMessage());
  }

  @Test
  void commaSeparatedRow_failsAsOneField() throws IOException {
    List<String> rows = new ArrayList<>(comune("001001", "Agliè", 1));
    rows.set(8, "001001,Agliè,8,9,10,19");
    Path p = write(dir, file(rows));
    DataFileException e = assertThrows(DataFileException.class, () -> PosasReader.of().readAll(p));
    assertEquals(p + ", line 11: expected 6 fields separated by ';', found 1: '001001,Agliè,8,9,10,19'",
        e.getMessage());
  }

  @Test
  void badCode_fails() throws IOException {
    List<String> rows = new ArrayList<>(comune("001001", "Agliè", 1));
    rows.set(0, "\"1001\";\"Agliè\";0;1;1;2");
    Path p = write(dir, file(rows));
    DataFileException e = assertThrows(DataFileException.class, () -> PosasReader.of().readAll(p));
    assertEquals(p + ", line 3: 'Codice comune' must be 6 digits: '1001'", e.getMessage());
  }

  @Test
  void unclosedQuote_fails() throws IOException {
    List<String> rows = new ArrayList<>(comune("001001", "Agliè", 1));
    rows.set(5, "\"001001\";\"Agliè;5;6;7;13");
    Path p = write(dir, file(rows));
    DataFileException e = assertThrows(DataFileException.class, () -> PosasReader.of().readAll(p));
    assertEquals(p + ", line 8: a quote opened at column 10 is not closed: '\"001001\";\"Agliè;5;6;7;13'",
        e.getMessage());
  }

  @Test
  void nameChangingWithinAComune_fails() throws IOException {
    List<String> rows = new ArrayList<>(comune("001001", "Agliè", 1));
    rows.set(5, row("001001", "Aglie", 5, 6, 7));
    Path p = write(dir, file(rows));
    DataFileException e = assertThrows(DataFileException.class, () -> PosasReader.of().readAll(p));
    assertEquals(p + ", line 8: comune 001001 is named 'Agliè' at line 3 but 'Aglie' here", e.getMessage());
  }

  @Test
  void rowAfterTheFootnote_fails() throws IOException {
    List<String> lines = new ArrayList<>(file(comune("001001", "Agliè", 1)));
    lines.add(row("001002", "Airasca", 0, 1, 1));
    Path p = write(dir, lines);
    DataFileException e = assertThrows(DataFileException.class, () -> PosasReader.of().readAll(p));
    assertTrue(e.getMessage().startsWith(p + ", line 106: a comune row after the footnote at line 105"),
        e.getMessage());
  }

  @Test
  void countTooLarge_fails() throws IOException {
    List<String> rows = new ArrayList<>(comune("001001", "Agliè", 1));
    rows.set(5, "\"001001\";\"Agliè\";5;1234567890123456789;7;13");
    Path p = write(dir, file(rows));
    DataFileException e = assertThrows(DataFileException.class, () -> PosasReader.of().readAll(p));
    assertEquals(p + ", line 8: comune 001001, 'Totale maschi' is too large: 1234567890123456789",
        e.getMessage());
  }

  // ---- arguments ----

  @Test
  void nullArguments_areNamed() {
    NullPointerException e = assertThrows(NullPointerException.class,
        () -> PosasReader.of().read((Path) null, c -> { }));
    assertEquals("file", e.getMessage());
    e = assertThrows(NullPointerException.class, () -> PosasReader.of().withPolicy(null));
    assertEquals("policy", e.getMessage());
  }

  @Test
  void yearOutOfRange_isRejected() {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> PosasReader.of().withYear(0));
    assertEquals("reference year must be in 1..9999: 0", e.getMessage());
  }
}
