package io.github.socialplan.core.io;

import static io.github.socialplan.core.io.PosasFiles.FOOTNOTE;
import static io.github.socialplan.core.io.PosasFiles.HEADER;
import static io.github.socialplan.core.io.PosasFiles.TITLE;
import static io.github.socialplan.core.io.PosasFiles.comune;
import static io.github.socialplan.core.io.PosasFiles.concat;
import static io.github.socialplan.core.io.PosasFiles.file;
import static io.github.socialplan.core.io.PosasFiles.write;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import io.github.socialplan.core.population.Population;
import io.github.socialplan.core.testing.PropertyRuns;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@link PosasReader#readAll(Path)} on several threads gives what it gives on one: the same comuni, report,
 * problems, and exception with the same message and line. A test hook cuts small files into parts of a few
 * bytes, so that the parts and the problems near their edges are many.
 */
class PosasReaderParallelTest {

  @TempDir Path dir;

  /** Reads with a reader and describes the outcome: the comuni and report, or the exception. */
  private static Object outcome(PosasReader reader, Path file) {
    try {
      PosasData data = reader.readAll(file);
      return List.of(data.comuni(), data.report());
    } catch (DataFileException e) {
      return "DataFileException line " + e.line() + ": " + e.getMessage();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Reads with the mapping call and describes the outcome: the values delivered (also those before a
   * failure) and the report or the exception.
   */
  private static Object mappedOutcome(PosasReader reader, Path file) {
    List<String> values = new ArrayList<>();
    Object end;
    try {
      end = reader.read(file, c -> c.code() + "=" + c.population().total(), values::add);
    } catch (DataFileException e) {
      end = "DataFileException line " + e.line() + ": " + e.getMessage();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return List.of(values, end);
  }

  private static String code(int i) {
    return String.format(Locale.ROOT, "%06d", 1000 + 7 * i);
  }

  /**
   * A file of a few comuni generated from a seed, with problems of every kind at random places: ages or 999
   * rows left out, rows that do not add up, a 999 row that does not, a count that is not a number, empty
   * lines, a comune split by another's, rows after the footnote; CRLF endings and a BOM sometimes.
   */
  private static String scenario(long seed) {
    Random r = new Random(seed);
    int comuni = 2 + r.nextInt(10);
    List<List<String>> blocks = new ArrayList<>();
    for (int i = 0; i < comuni; i++) {
      int[] male = new int[101];
      int[] female = new int[101];
      for (int a = 0; a <= 100; a++) {
        male[a] = r.nextInt(60);
        female[a] = r.nextInt(60);
      }
      String name = r.nextInt(4) == 0 ? "Città \"\"Alta\"\" " + i : "Comune " + i;
      List<String> rows = new ArrayList<>(comune(code(i), name, male, female));
      if (r.nextInt(4) == 0) {
        int at = r.nextInt(101);
        switch (r.nextInt(6)) {
          case 0: rows.remove(at); break;                                  // an age missing
          case 1: rows.remove(101); break;                                 // no 999 row
          case 2: rows.set(at, rows.get(at).replaceAll(";(\\d+)$", ";9$1")); break; // Totale != m + f
          case 3: rows.set(101, rows.get(101).replaceFirst(";999;", ";999;1")); break; // 999 row off
          case 4: rows.set(at, rows.get(at).replaceFirst(";(\\d+);(\\d+)$", ";x$1;$2")); break; // not a number
          default: rows.add(at, ""); break;                                // an empty line
        }
      }
      blocks.add(rows);
    }
    if (r.nextInt(8) == 0) { // a comune's rows again, later: split by another's
      blocks.add(1 + r.nextInt(blocks.size()), new ArrayList<>(blocks.get(r.nextInt(blocks.size()))));
    }
    List<String> lines = new ArrayList<>();
    lines.add(TITLE);
    lines.add(HEADER);
    for (List<String> b : blocks) {
      lines.addAll(b);
    }
    if (r.nextInt(10) == 0) { // rows after a footnote
      lines.add(lines.size() - 102 - r.nextInt(50), FOOTNOTE);
    }
    if (r.nextInt(3) != 0) {
      lines.add(FOOTNOTE);
    }
    String nl = r.nextInt(3) == 0 ? "\r\n" : "\n";
    return (r.nextInt(5) == 0 ? "\uFEFF" : "") + String.join(nl, lines) + (r.nextInt(4) == 0 ? "" : nl);
  }

  @Test
  void anyFileWithProblems_readInParts_givesTheSameAsOneThread() {
    qt().withFixedSeed(20250106L).withExamples(PropertyRuns.examples(400))
        .forAll(longs().all(), integers().between(2, 14), integers().between(1, 5000), integers().between(0, 1))
        .checkAssert((seed, threads, chunk, skip) -> {
          try {
            Path file = write(dir, scenario(seed));
            PosasReader base = skip == 1 ? PosasReader.of().withPolicy(ProblemPolicy.SKIP) : PosasReader.of();
            Object oneThread = outcome(base.withParallelism(1), file);
            Object parts = outcome(base.withParallelism(threads).withMinChunkBytes(chunk), file);
            String what = "seed " + seed + ", " + threads + " threads, parts of " + chunk + " bytes or more";
            assertEquals(oneThread, parts, what);
            PosasReader inParts = base.withParallelism(threads).withMinChunkBytes(chunk);
            assertEquals(mappedOutcome(base.withParallelism(1), file), mappedOutcome(inParts, file), what);
          } catch (IOException e) {
            throw new UncheckedIOException(e);
          }
        });
  }

  @Test
  void cleanFile_readInParts_givesTheGeneratedCounts() {
    qt().withFixedSeed(20250107L).withExamples(PropertyRuns.examples(100))
        .forAll(integers().between(1, 30), integers().between(2, 12), integers().between(1, 20_000))
        .checkAssert((comuni, threads, chunk) -> {
          List<String> rows = new ArrayList<>();
          for (int i = 0; i < comuni; i++) {
            rows.addAll(comune(code(i), "Comune " + i, i * 3));
          }
          try {
            PosasData data = PosasReader.of().withParallelism(threads).withMinChunkBytes(chunk)
                .readAll(write(dir, file(rows)));
            assertEquals(comuni, data.comuni().size());
            assertEquals(102L * comuni, data.report().dataRows());
            for (int i = 0; i < comuni; i++) {
              // comune(code, name, offset): a + offset males and a + offset + 1 females at age a
              Population p = data.comuni().get(i).population();
              assertEquals(code(i), p.territory());
              assertEquals(101L * 3 * i + 5050, p.males());
              assertEquals(101L * (3 * i + 1) + 5050, p.females());
            }
          } catch (IOException e) {
            throw new UncheckedIOException(e);
          }
        });
  }

  @Test
  void cuts_fallAtTheFirstRowOfAComune() throws IOException {
    List<String> rows = new ArrayList<>();
    for (int i = 0; i < 20; i++) {
      rows.addAll(comune(code(i), "Comune " + i, i));
    }
    List<String> lines = file(rows);
    Path path = write(dir, lines);
    // the byte offset of each comune's first row, computed from the lines
    List<Long> starts = new ArrayList<>();
    long offset = 0;
    for (String line : lines) {
      if (line.startsWith("\"" + code(starts.size()) + "\"")) {
        starts.add(offset);
      }
      offset += line.getBytes(StandardCharsets.UTF_8).length + 1;
    }
    long dataStart = starts.get(0);
    long size = Files.size(path);
    try (FileChannel channel = FileChannel.open(path)) {
      long[] cuts = PosasReader.cuts(channel, dataStart, size, 7);
      assertEquals(8, cuts.length);
      assertEquals(dataStart, cuts[0]);
      assertEquals(size, cuts[7]);
      for (int i = 1; i < 7; i++) {
        assertTrue(starts.contains(cuts[i]), "cut " + i + " at byte " + cuts[i] + " starts no comune");
        assertTrue(cuts[i] > cuts[i - 1]);
      }
    }
  }

  @Test
  void twoProblemsInTwoParts_failAtTheFirstInFileOrder() throws IOException {
    List<String> first = new ArrayList<>(comune(code(0), "Primo", 1));
    first.remove(50); // age 50 missing: lines 3-103 hold ages 0..49, 51..100 and 999
    List<String> third = new ArrayList<>(comune(code(2), "Terzo", 3));
    third.remove(101); // no 999 row
    Path path = write(dir, file(concat(first, comune(code(1), "Secondo", 2), third)));
    DataFileException e = assertThrows(DataFileException.class,
        () -> PosasReader.of().withParallelism(3).withMinChunkBytes(100).readAll(path));
    assertEquals(103, e.line());
    assertEquals(path + ", lines 3-103: comune 001000 (Primo) is incomplete: age 50 missing", e.getMessage());
  }

  @Test
  void problemInALaterPart_skipped_namesItsFileLines() throws IOException {
    List<String> third = new ArrayList<>(comune(code(2), "Terzo", 3));
    third.remove(101); // no 999 row: its rows are lines 207-307, the footnote is line 308
    Path path = write(dir, file(concat(comune(code(0), "Primo", 1), comune(code(1), "Secondo", 2), third)));
    PosasData data = PosasReader.of().withPolicy(ProblemPolicy.SKIP).withParallelism(3).withMinChunkBytes(100)
        .readAll(path);
    assertEquals(2, data.comuni().size());
    PosasProblem p = data.report().problems().get(0);
    assertEquals(207, p.firstLine());
    assertEquals(307, p.lastLine());
    assertEquals("lines 207-307: comune 001014 (Terzo) is incomplete: no 999 total row (its rows end at line 307;"
        + " line 308 is the footnote)", p.message());
  }

  @Test
  void comuneRepeatedInALaterPart_failsNamingBothPlaces() throws IOException {
    List<String> a = comune(code(0), "Primo", 1);
    Path path = write(dir, file(concat(a, comune(code(1), "Secondo", 2), a)));
    DataFileException e = assertThrows(DataFileException.class,
        () -> PosasReader.of().withParallelism(3).withMinChunkBytes(100).readAll(path));
    assertEquals(207, e.line());
    assertEquals(path + ", line 207: a row of comune 001000 (Primo) after its rows at lines 3-104: its rows"
        + " must be consecutive, not split by another comune's or repeated", e.getMessage());
  }

  @Test
  void rowsAfterTheFootnote_inTheNextPart_failNamingTheFootnoteLine() throws IOException {
    // Lengthen the first comune's name and add empty lines at the end until the one cut of two parts falls
    // right after the footnote. The cut is sought from the middle of the data: the first line starting
    // there or after is compared with the next, and the cut falls after the footnote when that first line
    // is the footnote, that is when the middle is past the start of line 104 and at most the footnote's
    // start. The byte counts pick the file; only that file is written and read.
    for (int pad = 0; pad < 6; pad++) {
      List<String> lines = new ArrayList<>(List.of(TITLE, HEADER));
      lines.addAll(comune(code(0), "Primo" + "x".repeat(pad), 1)); // lines 3-104
      lines.add(FOOTNOTE); // line 105
      lines.addAll(comune(code(1), "Secondo", 2)); // lines 106-207
      long dataStart = bytes(lines.subList(0, 2));
      long withoutEmpty = bytes(lines);
      for (int empty = 0; empty < 300; empty++) {
        long middle = dataStart + (withoutEmpty + empty - dataStart) / 2; // an empty line is one byte
        if (middle <= bytes(lines.subList(0, 103)) || middle > bytes(lines.subList(0, 104))) {
          continue;
        }
        lines.addAll(java.util.Collections.nCopies(empty, ""));
        Path path = write(dir, lines);
        long afterFootnote = bytes(lines.subList(0, 105));
        try (FileChannel channel = FileChannel.open(path)) {
          assertEquals(List.of(dataStart, afterFootnote, Files.size(path)),
              java.util.Arrays.stream(PosasReader.cuts(channel, dataStart, Files.size(path), 2)).boxed().toList());
        }
        DataFileException e = assertThrows(DataFileException.class,
            () -> PosasReader.of().withParallelism(2).withMinChunkBytes(1).readAll(path));
        assertEquals(106, e.line());
        assertTrue(e.getMessage().startsWith(path + ", line 106: a comune row after the footnote at line 105: "),
            e.getMessage());
        return;
      }
    }
    throw new AssertionError("no file put the cut after the footnote");
  }

  /** The bytes of lines written with "\n" endings. */
  private static long bytes(List<String> lines) {
    long n = 0;
    for (String line : lines) {
      n += line.getBytes(StandardCharsets.UTF_8).length + 1;
    }
    return n;
  }

  @Test
  void mappedRead_inParts_deliversTheValuesInFileOrder() throws IOException {
    List<String> rows = new ArrayList<>();
    for (int i = 0; i < 25; i++) {
      rows.addAll(comune(code(i), "Comune " + i, i));
    }
    Path path = write(dir, file(rows));
    List<Long> males = new ArrayList<>();
    PosasReport report = PosasReader.of().withParallelism(4).withMinChunkBytes(1)
        .read(path, c -> c.population().males(), males::add);
    assertEquals(25, report.comuni());
    for (int i = 0; i < 25; i++) {
      assertEquals(5050 + 101L * i, males.get(i)); // ages 0..100 with a + i males each
    }
  }

  @Test
  void mapperThatFails_inALaterPart_stopsThereAfterTheValuesBefore() throws IOException {
    List<String> rows = new ArrayList<>();
    for (int i = 0; i < 12; i++) {
      rows.addAll(comune(code(i), "Comune " + i, i));
    }
    Path path = write(dir, file(rows));
    List<String> values = new ArrayList<>();
    IllegalStateException e = assertThrows(IllegalStateException.class,
        () -> PosasReader.of().withParallelism(4).withMinChunkBytes(1).read(path, c -> {
          if (c.code().value().equals(code(9))) {
            throw new IllegalStateException("no value for " + c.code());
          }
          return c.code().value();
        }, values::add));
    assertEquals("no value for " + code(9), e.getMessage());
    List<String> before = new ArrayList<>();
    for (int i = 0; i < 9; i++) {
      before.add(code(i));
    }
    assertEquals(before, values);
  }

  @Test
  void fileOfSomeMegabytes_withTheDefaultPartSize_isReadInPartsAsOnOneThread() throws IOException {
    List<String> rows = new ArrayList<>();
    for (int i = 0; i < 900; i++) { // about 3.3 MB: parts of at least 1 MB
      rows.addAll(comune(String.format(Locale.ROOT, "%06d", 10_000 + i), "Comune numero " + i, i % 500));
    }
    List<String> broken = new ArrayList<>(comune("999001", "Rotto", 7));
    broken.remove(40); // age 40 missing
    rows.addAll(450 * 102, broken); // in the middle, about where the two parts meet
    Path path = write(dir, file(rows));
    assertTrue(Files.size(path) > 3 * PosasReader.MIN_CHUNK_BYTES);
    PosasReader skip = PosasReader.of().withPolicy(ProblemPolicy.SKIP);
    PosasData parts = skip.withParallelism(2).readAll(path);
    assertEquals(outcome(skip.withParallelism(1), path), List.of(parts.comuni(), parts.report()));
    assertEquals(900, parts.comuni().size());
    PosasProblem problem = parts.report().problems().get(0);
    assertEquals(3 + 450 * 102, problem.firstLine()); // title and header, then 450 comuni
    assertEquals("age 40 missing", problem.detail().replace("is incomplete: ", ""));
  }

  @Test
  void withParallelism_outOfRange_failsNamingTheValue() {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> PosasReader.of().withParallelism(-1));
    assertEquals("parallelism must be in 0..256 (0 = one per processor): -1", e.getMessage());
    e = assertThrows(IllegalArgumentException.class, () -> PosasReader.of().withParallelism(257));
    assertTrue(e.getMessage().endsWith(": 257"), e.getMessage());
  }

  @Test
  void withParallelism_isKept_andDefaultIsPerProcessor() {
    assertEquals(0, PosasReader.of().parallelism());
    PosasReader four = PosasReader.of().withParallelism(4).withPolicy(ProblemPolicy.SKIP).withYear(2024);
    assertEquals(4, four.parallelism());
    assertEquals("PosasReader[SKIP, year 2024, parallelism 4]", four.toString());
  }

  @Test
  void sample_readInParts_equalsOneThread() throws IOException {
    Path sample = io.github.socialplan.core.testing.ReferenceFiles.path("real/posas-2025-sample.csv");
    PosasReader skip = PosasReader.of().withPolicy(ProblemPolicy.SKIP);
    assertEquals(outcome(skip.withParallelism(1), sample),
        outcome(skip.withParallelism(5).withMinChunkBytes(1), sample));
  }
}
