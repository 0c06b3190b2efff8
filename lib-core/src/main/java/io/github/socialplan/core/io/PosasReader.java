package io.github.socialplan.core.io;

import io.github.socialplan.core.population.Population;
import io.github.socialplan.core.territory.IstatCode;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.OptionalInt;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads ISTAT's resident population per comune by single year of age and sex, "Popolazione residente per
 * età e sesso al 1° gennaio" (<i>POSAS</i>, demo.istat.it), exactly as ISTAT publishes it, and delivers one
 * checked {@link PosasComune} per comune.
 *
 * <p>The format: optional leading {@code #} comment lines; a title line such as
 * {@code "Popolazione residente per età e sesso al 1° gennaio 2025"} (the reference year is read from it);
 * the header {@code "Codice comune";"Comune";"Età";"Totale maschi";"Totale femmine";"Totale"}; then per comune
 * the ages 0..100 (100 meaning 100 and over) and a {@code 999} row with the comune's totals; footnote lines
 * such as {@code "Nota: ..."} at the end. Separator {@code ;}, fields optionally in double quotes, UTF-8 with
 * or without a byte order mark, lines ending in {@code \n} or {@code \r\n}.
 *
 * <p>Every comune is checked: each of the ages 0..100 exactly once, a {@code 999} row, males, females and all
 * residents summed over the ages equal to the {@code 999} row, and {@code Totale = Totale maschi + Totale
 * femmine} on every row. A comune that fails these checks is a {@link PosasProblem}: under
 * {@link ProblemPolicy#FAIL} (the default) reading stops with a {@link DataFileException} naming file, lines,
 * comune and figures; under {@link ProblemPolicy#SKIP} the comune is left out and listed in the
 * {@link PosasReport}. A malformed file (wrong header, a count that is not a number or negative, an age out of
 * range, a comune whose rows are split by another's, an empty file) always fails with the file, line and value.
 *
 * <p>The file is streamed: memory use does not grow with its size (about 64 KB of buffer plus one comune's
 * counts), so the all-Italy file (about 7,900 comuni, 800,000 rows, 30 MB) reads in tens of milliseconds.
 * Why not a CSV library: this reader scans bytes and parses counts in place, with no {@code String} per field;
 * on a synthetic 37 MB all-Italy file it measured about 5 times faster than Jackson's streaming CSV parser,
 * whose time alone would exceed the load budget of the benchmark (issue 6). Other CSV files of this package
 * use Jackson.
 *
 * <pre>{@code
 * PosasData italy = PosasReader.of().withPolicy(ProblemPolicy.SKIP).readAll(Path.of("POSAS_2025_it_Comuni.csv"));
 * Population abano = italy.get(IstatCode.parse("028001")).orElseThrow().population();
 * italy.report().problems().forEach(System.out::println);
 *
 * // streaming, one comune at a time:
 * PosasReport report = PosasReader.of().read(path, comune -> process(comune.population()));
 * }</pre>
 *
 * <p>Instances are immutable and thread-safe; each read uses its own state.
 */
public final class PosasReader {

  /** The header ISTAT writes, column by column. */
  public static final List<String> HEADER =
      List.of("Codice comune", "Comune", "Età", "Totale maschi", "Totale femmine", "Totale");

  /** The age of the row that carries a comune's totals. */
  public static final int TOTAL_ROW_AGE = 999;

  private static final String[] COLUMNS = HEADER.toArray(new String[0]);
  private static final int FIELDS = 6;
  /** Bytes made readable before a row is parsed in place: far more than a row of ISTAT's file. */
  private static final int FAST_WINDOW = 512;
  private static final Pattern TITLE_YEAR =
      Pattern.compile("(?iu)\\b1\\s*°?\\s*(?:gennaio|january)\\s+(\\d{4})\\b");

  private static final PosasReader DEFAULT = new PosasReader(ProblemPolicy.FAIL, 0);

  private final ProblemPolicy policy;
  private final int year;

  private PosasReader(ProblemPolicy policy, int year) {
    this.policy = policy;
    this.year = year;
  }

  /**
   * Returns the reader that fails on the first incomplete or inconsistent comune and reads the year from the
   * title line.
   *
   * @return the default reader
   */
  public static PosasReader of() {
    return DEFAULT;
  }

  /**
   * Returns a reader with the given handling of incomplete or inconsistent comuni.
   *
   * @param newPolicy not null
   * @return a reader with that policy
   */
  public PosasReader withPolicy(ProblemPolicy newPolicy) {
    return new PosasReader(Objects.requireNonNull(newPolicy, "policy"), year);
  }

  /**
   * Returns a reader for files whose title does not say the reference year, or to check that it says this
   * one: if the title names another year, reading fails.
   *
   * @param referenceYear the year whose 1 January is the reference date, 1..9999
   * @return a reader with that year
   * @throws IllegalArgumentException if the year is out of range
   */
  public PosasReader withYear(int referenceYear) {
    if (referenceYear < 1 || referenceYear > 9999) {
      throw new IllegalArgumentException("reference year must be in 1..9999: " + referenceYear);
    }
    return new PosasReader(policy, referenceYear);
  }

  /** What the reader does with an incomplete or inconsistent comune. */
  public ProblemPolicy policy() {
    return policy;
  }

  /** The reference year given by {@link #withYear}; empty if it comes from the title. */
  public OptionalInt year() {
    return year == 0 ? OptionalInt.empty() : OptionalInt.of(year);
  }

  /**
   * Streams a file, handing each checked comune to {@code sink} as soon as its {@code 999} row is read.
   * If reading fails, the comuni before the failure have already been delivered.
   *
   * @param file a POSAS file, not null
   * @param sink receives the comuni in file order, not null
   * @return the report: year, counts, and the comuni left out under {@link ProblemPolicy#SKIP}
   * @throws IOException if the file cannot be read
   * @throws DataFileException if the file is malformed, or a comune is incomplete or inconsistent under
   *     {@link ProblemPolicy#FAIL}
   */
  public PosasReport read(Path file, Consumer<? super PosasComune> sink) throws IOException {
    Objects.requireNonNull(file, "file");
    try (InputStream in = Files.newInputStream(file)) {
      return read(in, file.toString(), sink);
    }
  }

  /**
   * Streams a POSAS file from an input stream, which is read to its end but not closed.
   *
   * @param in the bytes of a POSAS file, not null; buffering it is not needed
   * @param source the name that messages give for the stream (a file name or URL), not null
   * @param sink receives the comuni in file order, not null
   * @return the report
   * @throws IOException if the stream cannot be read
   * @throws DataFileException as {@link #read(Path, Consumer)}
   */
  public PosasReport read(InputStream in, String source, Consumer<? super PosasComune> sink)
      throws IOException {
    Objects.requireNonNull(in, "in");
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(sink, "sink");
    return new Run(new ByteLines(in, source), source, sink).read();
  }

  /**
   * Reads a whole file into memory.
   *
   * @param file a POSAS file, not null
   * @return the comuni and the report
   * @throws IOException if the file cannot be read
   * @throws DataFileException as {@link #read(Path, Consumer)}
   */
  public PosasData readAll(Path file) throws IOException {
    List<PosasComune> comuni = new ArrayList<>();
    PosasReport report = read(file, comuni::add);
    return new PosasData(comuni, report);
  }

  /**
   * Reads a whole stream into memory; the stream is not closed.
   *
   * @param in the bytes of a POSAS file, not null
   * @param source the name that messages give for the stream, not null
   * @return the comuni and the report
   * @throws IOException if the stream cannot be read
   * @throws DataFileException as {@link #read(Path, Consumer)}
   */
  public PosasData readAll(InputStream in, String source) throws IOException {
    List<PosasComune> comuni = new ArrayList<>();
    PosasReport report = read(in, source, comuni::add);
    return new PosasData(comuni, report);
  }

  @Override
  public String toString() {
    return "PosasReader[" + policy + (year == 0 ? ", year from title" : ", year " + year) + "]";
  }

  /** The state of one read. */
  private final class Run {
    private final ByteLines lines;
    private final String source;
    private final Consumer<? super PosasComune> sink;
    /** Field boundaries of the current line: start and end of field i at 2i and 2i+1, quotes excluded. */
    private final int[] bounds = new int[2 * FIELDS];
    /** Whether field i holds doubled quotes that must be unescaped. */
    private final boolean[] escaped = new boolean[FIELDS];
    private final List<PosasProblem> problems = new ArrayList<>();
    /** Code of every comune already closed, with its lines, to catch rows of a comune split by another's. */
    private final Map<String, String> seen = new HashMap<>();

    private int referenceYear;
    private int titleLine;
    private int headerLine;
    private int footnoteLine;
    private long dataRows;
    private int delivered;

    // The comune being read.
    private boolean open;
    private final byte[] code = new byte[6];
    private String codeText;
    private IstatCode istatCode;
    private byte[] nameBytes = new byte[64];
    private int nameLength;
    private String name;
    private int firstLine;
    private int lastLine;
    private final int[] male = new int[Population.AGE_CLASSES];
    private final int[] female = new int[Population.AGE_CLASSES];
    /** The line of each age's row, 0 if none yet. */
    private final int[] ageLine = new int[Population.AGE_CLASSES];
    private int totalLine;
    private long totalMale;
    private long totalFemale;
    private long totalAll;
    private int rowSumLine;
    private String rowSumFigures;
    private int rowSumCount;

    Run(ByteLines lines, String source, Consumer<? super PosasComune> sink) {
      this.lines = lines;
      this.source = source;
      this.sink = sink;
    }

    PosasReport read() throws IOException {
      while (true) {
        if (open && fastRow()) {
          continue;
        }
        if (!lines.next()) {
          break;
        }
        byte[] b = lines.buf;
        int s = lines.start;
        int e = lines.end;
        if (s == e) {
          continue;
        }
        if (headerLine == 0) {
          preamble(b, s, e);
          continue;
        }
        int n = split(b, s, e);
        // A footnote is one field of text ("Nota: ..."); one field that starts like a code is a broken row.
        if (n == 1 && (bounds[0] == bounds[1] || b[bounds[0]] < '0' || b[bounds[0]] > '9')) {
          footnote();
          continue;
        }
        if (footnoteLine != 0) {
          throw error("a comune row after the footnote at line " + footnoteLine + ": '" + text(b, s, e) + "'");
        }
        row(b, s, e, n);
      }
      if (headerLine == 0) {
        throw new DataFileException(source, titleLine,
            titleLine == 0 ? "empty file: no title, header or comune rows"
                : "no header after the title line; expected " + headerText());
      }
      if (open) {
        close(lines.number, "the file ends at line " + lines.number);
      }
      if (dataRows == 0) {
        throw new DataFileException(source, headerLine, "no comune rows after the header");
      }
      return new PosasReport(source, referenceYear, delivered, dataRows, problems);
    }

    /** Leading comments, the title and the header. */
    private void preamble(byte[] b, int s, int e) {
      if (titleLine == 0 && b[s] == '#') {
        return;
      }
      int n = split(b, s, e);
      if (n == 1 && titleLine == 0) {
        titleLine = lines.number;
        String title = strict(b, bounds[0], bounds[1], "title");
        Matcher m = TITLE_YEAR.matcher(title);
        int titleYear = m.find() ? Integer.parseInt(m.group(1)) : 0;
        if (titleYear != 0 && year != 0 && titleYear != year) {
          throw error("the title says 1 January " + titleYear + " but the reader was asked for " + year
              + ": '" + title + "'");
        }
        referenceYear = titleYear != 0 ? titleYear : year;
        return;
      }
      boolean ok = n == FIELDS;
      for (int i = 0; ok && i < FIELDS; i++) {
        ok = COLUMNS[i].equalsIgnoreCase(strict(b, bounds[2 * i], bounds[2 * i + 1], "header").trim());
      }
      if (!ok) {
        throw error("wrong header: expected " + headerText() + ", found '" + text(b, s, e) + "'");
      }
      headerLine = lines.number;
      if (titleLine == 0) {
        referenceYear = year;
      }
      if (referenceYear == 0) {
        throw error(titleLine == 0
            ? "no title line with the reference year before the header; give the year with withYear"
            : "the title line (line " + titleLine + ") does not say 'al 1° gennaio YYYY'; give the year"
                + " with withYear");
      }
    }

    private void footnote() {
      if (footnoteLine == 0) {
        footnoteLine = lines.number;
        if (open) {
          close(lines.number, "line " + lines.number + " is the footnote");
        }
      }
    }

    private void row(byte[] b, int s, int e, int n) {
      int line = lines.number;
      if (n != FIELDS) {
        throw error("expected 6 fields separated by ';', found " + n + ": '" + text(b, s, e) + "'");
      }
      int cs = bounds[0];
      int ce = bounds[1];
      if (!open || ce - cs != 6 || !Arrays.equals(b, cs, ce, code, 0, 6)) {
        begin(b, line);
      } else if (!Arrays.equals(b, bounds[2], bounds[3], nameBytes, 0, nameLength)) {
        throw error("comune " + codeText + " is named '" + name + "' at line " + firstLine + " but '"
            + name(b) + "' here");
      }
      values(line, number(b, 2), number(b, 3), number(b, 4), number(b, 5));
    }

    /**
     * Reads in place, without splitting it first, a row of the comune being read in its usual form
     * ({@code "028001";"Abano Terme";57;48;105}, code and name exactly as in the comune's first row, counts
     * of at most 9 digits). Most rows are like that; this is what makes the reader fast. Anything else is left
     * to the general path, which reports what is wrong.
     *
     * @return true if the row was read; false if the general path must read it
     */
    private boolean fastRow() throws IOException {
      lines.ensure(FAST_WINDOW);
      byte[] b = lines.buf;
      int p = lines.pos();
      int lim = lines.limit();
      int q = p + 9 + nameLength + 3;
      if (q >= lim || b[p] != '"' || b[p + 7] != '"' || b[p + 8] != ';' || b[p + 9] != '"'
          || b[q - 2] != '"' || b[q - 1] != ';'
          || !Arrays.equals(b, p + 1, p + 7, code, 0, 6)
          || !Arrays.equals(b, p + 10, q - 2, nameBytes, 0, nameLength)) {
        return false;
      }
      long age = 0;
      long m = 0;
      long f = 0;
      long t = 0;
      for (int field = 0; field < 4; field++) {
        int k = q;
        int v = 0;
        int d;
        while (k < lim && (d = b[k] - '0') >= 0 && d <= 9) {
          v = v * 10 + d;
          k++;
        }
        if (k == q || k - q > 9 || k >= lim && field < 3) {
          return false;
        }
        switch (field) {
          case 0: age = v; break;
          case 1: m = v; break;
          case 2: f = v; break;
          default: t = v; break;
        }
        if (field < 3) {
          if (b[k] != ';') {
            return false;
          }
          q = k + 1;
        } else {
          q = k;
        }
      }
      int lineEnd = q;
      if (q < lim && b[q] == '\r') {
        q++;
      }
      if (q < lim && b[q] == '\n') {
        q++;
      } else if (!(q == lim && lines.atEof())) {
        return false;
      }
      lines.consume(lineEnd, q);
      values(lines.number, age, m, f, t);
      return true;
    }

    /** Checks and records the figures of a row of the comune being read. */
    private void values(int line, long age, long m, long f, long t) {
      dataRows++;
      lastLine = line;
      if (t != m + f) {
        if (rowSumCount++ == 0) {
          rowSumLine = line;
          rowSumFigures = m + " + " + f + " = " + (m + f) + ", not " + t;
        }
      }
      if (age == TOTAL_ROW_AGE) {
        totalLine = line;
        totalMale = m;
        totalFemale = f;
        totalAll = t;
        close(line, null);
        return;
      }
      if (age > Population.MAX_AGE) {
        throw error("comune " + codeText + ": 'Età' must be 0..100 or " + TOTAL_ROW_AGE + ": " + age);
      }
      int a = (int) age;
      if (ageLine[a] != 0) {
        throw error("comune " + codeText + ": age " + a + " repeated (first at line " + ageLine[a] + ")");
      }
      if (m > Integer.MAX_VALUE || f > Integer.MAX_VALUE) {
        throw error("comune " + codeText + ", age " + a + ": count too large: " + Math.max(m, f));
      }
      ageLine[a] = line;
      male[a] = (int) m;
      female[a] = (int) f;
    }

    /** Starts a comune at the current row, closing the one before if its 999 row is missing. */
    private void begin(byte[] b, int line) {
      int cs = bounds[0];
      int ce = bounds[1];
      String newCode = new String(b, cs, ce - cs, StandardCharsets.UTF_8);
      if (!isCode(b, cs, ce)) {
        throw error("'Codice comune' must be 6 digits: '" + newCode + "'");
      }
      String newName = name(b);
      if (open) {
        close(line, "line " + line + " is a row of comune " + newCode + " (" + newName + ")");
      }
      String before = seen.get(newCode);
      if (before != null) {
        throw error("a row of comune " + newCode + " (" + newName + ") after its rows at " + before
            + ": its rows must be consecutive, not split by another comune's or repeated");
      }
      open = true;
      System.arraycopy(b, cs, code, 0, 6);
      codeText = newCode;
      istatCode = IstatCode.parse(newCode);
      int ns = bounds[2];
      nameLength = bounds[3] - ns;
      if (nameBytes.length < nameLength) {
        nameBytes = new byte[nameLength];
      }
      System.arraycopy(b, ns, nameBytes, 0, nameLength);
      name = newName;
      firstLine = line;
    }

    /**
     * Ends the comune being read: delivers it if it is whole and adds up, otherwise reports or fails.
     *
     * @param detectedAt the line where the end of the comune was seen, for the exception
     * @param after what follows when the 999 row is missing; null if the comune ended at its 999 row
     */
    private void close(int detectedAt, String after) {
      open = false;
      seen.put(codeText, firstLine == lastLine ? "line " + firstLine : "lines " + firstLine + "-" + lastLine);
      EnumSet<PosasProblem.Kind> kinds = EnumSet.noneOf(PosasProblem.Kind.class);
      List<String> parts = new ArrayList<>(3);
      String missing = missingAges();
      if (missing != null) {
        kinds.add(PosasProblem.Kind.MISSING_AGES);
        parts.add(missing);
      }
      if (after != null) {
        kinds.add(PosasProblem.Kind.MISSING_TOTAL_ROW);
        parts.add("no " + TOTAL_ROW_AGE + " total row (its rows end at line " + lastLine + "; " + after + ")");
      } else if (missing == null) {
        String mismatch = totalsMismatch();
        if (mismatch != null) {
          kinds.add(PosasProblem.Kind.TOTALS_MISMATCH);
          parts.add(mismatch);
        }
      }
      if (rowSumCount > 0) {
        kinds.add(PosasProblem.Kind.ROW_SUM_MISMATCH);
        parts.add("'Totale' is not males + females at line " + rowSumLine + ": " + rowSumFigures
            + (rowSumCount > 1 ? " (and " + (rowSumCount - 1) + " more rows)" : ""));
      }
      if (kinds.isEmpty()) {
        sink.accept(new PosasComune(istatCode, name, Population.of(codeText, referenceYear, male, female)));
        delivered++;
      } else {
        boolean incomplete = missing != null || after != null;
        String detail = (incomplete ? "is incomplete: " : "does not add up: ") + String.join("; ", parts);
        PosasProblem problem = new PosasProblem(istatCode, name, firstLine, lastLine, kinds, detail);
        if (policy == ProblemPolicy.FAIL) {
          throw DataFileException.spanning(source, firstLine, lastLine, detectedAt,
              "comune " + codeText + " (" + name + ") " + detail);
        }
        problems.add(problem);
      }
      Arrays.fill(male, 0);
      Arrays.fill(female, 0);
      Arrays.fill(ageLine, 0);
      rowSumCount = 0;
    }

    /** The missing ages as ranges, e.g. "ages 92..100 missing", or null if none is missing. */
    private String missingAges() {
      StringBuilder sb = null;
      int count = 0;
      for (int a = 0; a <= Population.MAX_AGE; a++) {
        if (ageLine[a] != 0) {
          continue;
        }
        int to = a;
        while (to < Population.MAX_AGE && ageLine[to + 1] == 0) {
          to++;
        }
        sb = sb == null ? new StringBuilder() : sb.append(", ");
        sb.append(a);
        if (to > a) {
          sb.append("..").append(to);
        }
        count += to - a + 1;
        a = to;
      }
      return sb == null ? null : (count == 1 ? "age " : "ages ") + sb + " missing";
    }

    private String totalsMismatch() {
      long m = 0;
      long f = 0;
      for (int a = 0; a <= Population.MAX_AGE; a++) {
        m += male[a];
        f += female[a];
      }
      List<String> diffs = new ArrayList<>(3);
      if (m != totalMale) {
        diffs.add("males sum to " + m + " over the ages but the " + TOTAL_ROW_AGE + " row says " + totalMale);
      }
      if (f != totalFemale) {
        diffs.add("females sum to " + f + " over the ages but the " + TOTAL_ROW_AGE + " row says "
            + totalFemale);
      }
      if (m + f != totalAll) {
        diffs.add("residents sum to " + (m + f) + " over the ages but the " + TOTAL_ROW_AGE + " row says "
            + totalAll);
      }
      return diffs.isEmpty() ? null
          : String.join(", ", diffs) + " (" + TOTAL_ROW_AGE + " row at line " + totalLine + ")";
    }

    /** A non-negative count or age in field i, parsed in place. */
    private long number(byte[] b, int i) {
      int s = bounds[2 * i];
      int e = bounds[2 * i + 1];
      if (e - s > 0 && e - s <= 18) {
        long v = 0;
        int k = s;
        for (; k < e; k++) {
          int d = b[k] - '0';
          if (d < 0 || d > 9) {
            break;
          }
          v = v * 10 + d;
        }
        if (k == e) {
          return v;
        }
      }
      return badNumber(b, i, s, e);
    }

    private long badNumber(byte[] b, int i, int s, int e) {
      String what = "comune " + codeText + ", '" + COLUMNS[i] + "'";
      String value = text(b, s, e);
      if (s == e) {
        throw error(what + " is empty");
      }
      if (value.matches("-[0-9]+")) {
        throw error(what + " is negative: " + value);
      }
      if (value.matches("[0-9]+")) {
        throw error(what + " is too large: " + value);
      }
      throw error(what + " is not a number: '" + value + "'");
    }

    /**
     * Splits the line at {@code ;} outside double quotes into {@link #bounds}.
     *
     * @return the number of fields (those past the sixth are counted, not stored)
     */
    private int split(byte[] b, int s, int e) {
      int n = 0;
      int i = s;
      while (true) {
        int fs;
        int fe;
        boolean esc = false;
        if (i < e && b[i] == '"') {
          fs = ++i;
          while (true) {
            while (i < e && b[i] != '"') {
              i++;
            }
            if (i >= e) {
              throw error("a quote opened at column " + (fs - s) + " is not closed: '" + text(b, s, e) + "'");
            }
            if (i + 1 < e && b[i + 1] == '"') {
              esc = true;
              i += 2;
              continue;
            }
            break;
          }
          fe = i++;
          if (i < e && b[i] != ';') {
            throw error("text after a closing quote at column " + (i - s + 1) + ": '" + text(b, s, e) + "'");
          }
        } else {
          fs = i;
          while (i < e && b[i] != ';') {
            i++;
          }
          fe = i;
        }
        if (n < FIELDS) {
          bounds[2 * n] = fs;
          bounds[2 * n + 1] = fe;
          escaped[n] = esc;
        }
        n++;
        if (i >= e) {
          return n;
        }
        i++; // the separator
      }
    }

    private String name(byte[] b) {
      String raw = strict(b, bounds[2], bounds[3], "'Comune'");
      return escaped[1] ? raw.replace("\"\"", "\"") : raw;
    }

    /** Decodes strict UTF-8, so that a file in another encoding fails here rather than garbling names. */
    private String strict(byte[] b, int s, int e, String what) {
      try {
        return StandardCharsets.UTF_8.newDecoder().decode(ByteBuffer.wrap(b, s, e - s)).toString();
      } catch (CharacterCodingException ex) {
        throw error(what + " is not valid UTF-8 (a file saved as Latin-1 or Windows-1252?): '"
            + text(b, s, e) + "'");
      }
    }

    private DataFileException error(String problem) {
      return new DataFileException(source, lines.number, problem);
    }
  }

  private static boolean isCode(byte[] b, int s, int e) {
    if (e - s != 6) {
      return false;
    }
    for (int i = s; i < e; i++) {
      if (b[i] < '0' || b[i] > '9') {
        return false;
      }
    }
    return true;
  }

  /** Text for messages: lenient UTF-8, cut at 200 characters. */
  private static String text(byte[] b, int s, int e) {
    String t = new String(b, s, Math.min(e - s, 800), StandardCharsets.UTF_8);
    return t.length() > 200 ? t.substring(0, 200) + "..." : t;
  }

  private static String headerText() {
    StringBuilder sb = new StringBuilder();
    for (String c : COLUMNS) {
      sb.append(sb.length() == 0 ? "" : ";").append('"').append(c).append('"');
    }
    return sb.toString();
  }
}
