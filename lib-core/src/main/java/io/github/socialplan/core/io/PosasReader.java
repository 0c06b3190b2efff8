package io.github.socialplan.core.io;

import io.github.socialplan.core.population.Population;
import io.github.socialplan.core.territory.IstatCode;
import java.io.IOException;
import java.io.InputStream;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.FileChannel;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.OptionalInt;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.IntStream;

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
 * <p>ISTAT's older layouts, the 2019-2020 national file and the per-province files up to 2018
 * ({@link PosasLayout}), are recognised from the first lines and read with the same checks by a sibling
 * reader; a file in none of the layouts fails with its first line shown.
 *
 * <p>The file is streamed: memory use does not grow with its size (about 64 KB of buffer plus one comune's
 * counts), so the all-Italy file (about 7,900 comuni, 800,000 rows, 30 MB) reads in tens of milliseconds.
 * {@link #readAll(Path)} reads a file of a few megabytes or more on several threads of the common
 * fork-join pool ({@link #withParallelism}), each streaming its own part with its own 64 KB buffer; the
 * result is the same as on one thread, comune by comune, problem by problem and line by line.
 * Why not a CSV library: this reader scans bytes and parses counts in place, with no {@code String} per field;
 * on a synthetic 37 MB all-Italy file it measured about 5 times faster than Jackson's streaming CSV parser,
 * whose time alone would exceed the load budget of the benchmark. Other CSV files of this package
 * use Jackson.
 *
 * <pre>{@code
 * PosasData italy = PosasReader.of().withPolicy(ProblemPolicy.SKIP).readAll(Path.of("POSAS_2025_it_Comuni.csv"));
 * Population abano = italy.get(IstatCode.parse("028001")).orElseThrow().population();
 * italy.report().problems().forEach(System.out::println);
 *
 * // streaming, one comune at a time:
 * PosasReport report = PosasReader.of().read(path, comune -> process(comune.population()));
 *
 * // a value per comune, made on several threads, delivered in file order:
 * List<Long> totals = new ArrayList<>();
 * PosasReader.of().read(path, comune -> comune.population().total(), totals::add);
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

  /**
   * The smallest part of a file that {@link #readAll(Path)} reads on a thread of its own: below two of
   * these a file is read on the calling thread, where starting threads would cost more than they save.
   */
  static final long MIN_CHUNK_BYTES = 1 << 20;
  /** How far past a cut the reader looks for the first row of a comune before giving up that cut. */
  private static final int CUT_WINDOW = 1 << 16;

  /** Eight bytes of a {@code byte[]} as one {@code long}, for comparisons a word at a time. */
  private static final VarHandle LONGS =
      MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);

  private static final PosasReader DEFAULT = new PosasReader(ProblemPolicy.FAIL, 0, 0, MIN_CHUNK_BYTES);

  private final ProblemPolicy policy;
  private final int year;
  /** Threads for {@link #readAll(Path)}; 0 for as many as the machine has processors. */
  private final int parallelism;
  private final long minChunkBytes;

  private PosasReader(ProblemPolicy policy, int year, int parallelism, long minChunkBytes) {
    this.policy = policy;
    this.year = year;
    this.parallelism = parallelism;
    this.minChunkBytes = minChunkBytes;
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
    return new PosasReader(Objects.requireNonNull(newPolicy, "policy"), year, parallelism, minChunkBytes);
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
    return new PosasReader(policy, referenceYear, parallelism, minChunkBytes);
  }

  /**
   * Returns a reader whose {@link #readAll(Path)} and {@link #read(Path, Function, Consumer)} cut a large file
   * into up to {@code threads} parts, read at once by the calling thread and the common fork-join pool
   * (<i>lettura in parallelo</i>). The result is the same whatever the number: the same comuni in file order,
   * the same report, and the same exception with the same line under {@link ProblemPolicy#FAIL}. Each part
   * has at least a megabyte, so a file under two megabytes is read on the calling thread. The streaming
   * {@link #read(Path, Consumer)} and the reads of an {@code InputStream} always use the calling thread only.
   *
   * @param threads 1 to read on the calling thread only, 2 or more for at most that many parts,
   *     0 (the default) for as many as {@link Runtime#availableProcessors()}; at most 256
   * @return a reader with that parallelism
   * @throws IllegalArgumentException if {@code threads} is negative or above 256
   */
  public PosasReader withParallelism(int threads) {
    if (threads < 0 || threads > 256) {
      throw new IllegalArgumentException("parallelism must be in 0..256 (0 = one per processor): " + threads);
    }
    return new PosasReader(policy, year, threads, minChunkBytes);
  }

  /**
   * {@return the parallelism given by {@link #withParallelism}: 0 (the default) for one thread per processor, 1 for
   * the calling thread only}
   */
  public int parallelism() {
    return parallelism;
  }

  /** For tests: a reader that cuts files into parts as small as {@code bytes}, so small files are cut too. */
  PosasReader withMinChunkBytes(long bytes) {
    if (bytes < 1) {
      throw new IllegalArgumentException("minimum chunk size must be >= 1: " + bytes);
    }
    return new PosasReader(policy, year, parallelism, bytes);
  }

  /** {@return what the reader does with an incomplete or inconsistent comune} */
  public ProblemPolicy policy() {
    return policy;
  }

  /** {@return the reference year given by {@link #withYear}; empty if it comes from the title} */
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
    // Detection hook: ISTAT's older layouts go to their own reader; the current layout reads on below.
    java.io.PushbackInputStream peek = new java.io.PushbackInputStream(in, PosasLayout.HEAD_BYTES);
    PosasLayout layout = PosasLayout.detect(peek, source);
    if (layout != PosasLayout.CURRENT) {
      return PosasLegacyReader.read(layout, peek, source, policy, year, sink);
    }
    Run run = new Run(new ByteLines(peek, source), source, sink);
    run.readLines(false);
    return run.finish();
  }

  /**
   * Reads a whole file into memory. A large file (a few megabytes or more) is read on several threads, as
   * {@link #withParallelism} says: it is cut into parts at the first row of a comune, the parts are read at
   * once with the same checks, and their comuni are joined in file order. The result is the one of a read
   * on one thread: a part that has a problem, or whose comuni continue or repeat another part's, is read
   * again after the parts before it, so every report and message names the true file lines.
   *
   * @param file a POSAS file, not null
   * @return the comuni and the report
   * @throws IOException if the file cannot be read
   * @throws DataFileException as {@link #read(Path, Consumer)}
   */
  public PosasData readAll(Path file) throws IOException {
    List<PosasComune> comuni = new ArrayList<>();
    PosasReport report = read(file, Function.identity(), comuni::add);
    return new PosasData(comuni, report);
  }

  /**
   * Reads a file and turns each comune into a value, with a large file read in parts on several threads as
   * {@link #readAll(Path)} says: {@code mapper} runs on the thread that reads the comune's part, and
   * {@code sink} receives the values in file order on the calling thread. For work per comune that keeps
   * less than the comune (a few totals, say): the comuni are not kept, only the values.
   *
   * <p>On one thread (a small file, or {@code withParallelism(1)}) each comune is mapped and its value
   * delivered as soon as it is read, as {@link #read(Path, Consumer)} does. On several, a part's values wait
   * until the parts before it are delivered; a part that is read again is mapped again, so {@code mapper}
   * must be thread-safe and free of side effects. Either way, if reading fails, the values of the comuni
   * before the failure have been delivered and no others.
   *
   * <pre>{@code
   * List<long[]> sexes = new ArrayList<>();
   * PosasReader.of().read(path, c -> new long[] {c.population().males(), c.population().females()}, sexes::add);
   * }</pre>
   *
   * @param <T> the type of the values
   * @param file a POSAS file, not null
   * @param mapper turns a checked comune into its value, not null
   * @param sink receives the values in file order, not null
   * @return the report
   * @throws IOException if the file cannot be read
   * @throws DataFileException as {@link #read(Path, Consumer)}
   */
  public <T> PosasReport read(Path file, Function<? super PosasComune, ? extends T> mapper,
      Consumer<? super T> sink) throws IOException {
    Objects.requireNonNull(file, "file");
    Objects.requireNonNull(mapper, "mapper");
    Objects.requireNonNull(sink, "sink");
    int parts = parts(Files.size(file));
    // Detection hook: a file of an older layout is read on one thread by its own reader.
    if (parts <= 1 || PosasLayout.detect(file) != PosasLayout.CURRENT) {
      return read(file, c -> sink.accept(mapper.apply(c)));
    }
    @SuppressWarnings("unchecked") // the values of the parts are what mapper returns
    Consumer<Object> values = v -> sink.accept((T) v);
    return readInParts(file, parts, mapper, values);
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
    return "PosasReader[" + policy + (year == 0 ? ", year from title" : ", year " + year)
        + (parallelism == 0 ? "" : ", parallelism " + parallelism) + "]";
  }

  /** How many parts to read a file of this size in: 1 unless each part can have {@link #minChunkBytes}. */
  private int parts(long size) {
    int threads = parallelism != 0 ? parallelism : Runtime.getRuntime().availableProcessors();
    return (int) Math.max(1, Math.min(threads, size / minChunkBytes));
  }

  /**
   * Reads the title and header on this thread, the rows in parts on several, then joins the parts in file
   * order: a clean part (no problem, its last comune closed by its 999 row, no code seen in an earlier part)
   * is taken as it is, with its lines shifted after those before it; any other part is read again by the
   * run that holds the state of the file up to it, exactly as a read on one thread would.
   */
  private PosasReport readInParts(Path file, int parts, Function<? super PosasComune, ?> mapper,
      Consumer<Object> values) throws IOException {
    String source = file.toString();
    try (FileChannel channel = FileChannel.open(file)) {
      long size = channel.size();
      Run whole = new Run(new ByteLines(new ChannelRange(channel, 0, size), source), source,
          c -> values.accept(mapper.apply(c)));
      if (!whole.readLines(true)) {
        return whole.finish();
      }
      long[] cuts = cuts(channel, whole.lines.streamPos(), size, parts);
      Part[] read = IntStream.range(0, cuts.length - 1).parallel()
          .mapToObj(i -> Part.read(whole, channel, cuts[i], cuts[i + 1], mapper))
          .toArray(Part[]::new);
      for (int i = 0; i < read.length; i++) {
        if (!whole.take(read[i], values)) {
          whole.lines = new ByteLines(
              new ChannelRange(channel, cuts[i], cuts[i + 1]), source, whole.lines.number, false);
          whole.readLines(false);
        }
      }
      return whole.finish();
    }
  }

  /**
   * Where the parts of the rows from {@code start} to {@code end} begin: about equal sizes, each cut moved to
   * the first line whose code differs from the line before it. A cut with no such line close by is dropped.
   *
   * @return {@code start}, the cuts, {@code end}, increasing
   */
  static long[] cuts(FileChannel channel, long start, long end, int parts) throws IOException {
    long[] cuts = new long[parts + 1];
    int n = 0;
    cuts[n++] = start;
    byte[] window = new byte[CUT_WINDOW];
    for (int i = 1; i < parts; i++) {
      long cut = comuneStart(channel, start + (end - start) * i / parts, end, window);
      if (cut > cuts[n - 1] && cut < end) {
        cuts[n++] = cut;
      }
    }
    cuts[n++] = end;
    return Arrays.copyOf(cuts, n);
  }

  /**
   * The start of the first line at or after {@code from} whose first field differs from the line before;
   * -1 if there is none in the next {@link #CUT_WINDOW} bytes.
   */
  private static long comuneStart(FileChannel channel, long from, long end, byte[] w) throws IOException {
    long at = from - 1; // one byte back, to see whether from starts a line
    int len = 0;
    while (len < w.length && at + len < end) {
      int r = channel.read(ByteBuffer.wrap(w, len, (int) Math.min(w.length - len, end - at - len)), at + len);
      if (r < 0) {
        break;
      }
      len += r;
    }
    int line = indexOf(w, 0, len, (byte) '\n') + 1;
    if (line == 0) {
      return -1;
    }
    while (true) {
      int next = indexOf(w, line, len, (byte) '\n') + 1;
      if (next == 0 || next >= len) {
        return -1;
      }
      int a = fieldEnd(w, line, len);
      int b = fieldEnd(w, next, len);
      if (!Arrays.equals(w, line, a, w, next, b)) {
        return at + next;
      }
      line = next;
    }
  }

  private static int indexOf(byte[] b, int from, int to, byte x) {
    for (int i = from; i < to; i++) {
      if (b[i] == x) {
        return i;
      }
    }
    return -1;
  }

  /** The end of the first field of the line at {@code s}: its first {@code ;}, or the line's end. */
  private static int fieldEnd(byte[] b, int s, int to) {
    int i = s;
    while (i < to && b[i] != ';' && b[i] != '\n' && b[i] != '\r') {
      i++;
    }
    return i;
  }

  /**
   * A part of a file read on its own, from a fresh state after the header: the run, the values of its
   * comuni, and whether it failed.
   */
  private static final class Part {
    final Run run;
    final List<Object> values;
    final boolean failed;
    /** How many lines the part has, counted to where it stopped. */
    final int lineCount;

    private Part(Run run, List<Object> values, boolean failed) {
      this.run = run;
      this.values = values;
      this.failed = failed;
      this.lineCount = run.lines.number;
      run.lines = null; // its buffer is not needed while the parts wait to be joined
    }

    /** Reads the rows from {@code from} to {@code to}; any exception only marks the part to be read again. */
    static Part read(Run header, FileChannel channel, long from, long to, Function<? super PosasComune, ?> mapper) {
      List<Object> values = new ArrayList<>();
      Run run = header.part(new ByteLines(new ChannelRange(channel, from, to), header.source, 0, false),
          c -> values.add(mapper.apply(c)));
      boolean failed = false;
      try {
        run.readLines(false);
      } catch (IOException | RuntimeException e) {
        failed = true; // the run that reads the part again throws what a read on one thread throws
      }
      return new Part(run, values, failed);
    }

    /**
     * True if the part read to its end with no problem and its last comune closed by a 999 row (or by the
     * footnote, which ends the last part).
     */
    boolean clean() {
      return !failed && run.problems.isEmpty() && !run.open;
    }
  }

  /** The state of one read. */
  private final class Run {
    ByteLines lines;
    private final String source;
    private final Consumer<? super PosasComune> sink;
    /** Field boundaries of the current line: start and end of field i at 2i and 2i+1, quotes excluded. */
    private final int[] bounds = new int[2 * FIELDS];
    /** Whether field i holds doubled quotes that must be unescaped. */
    private final boolean[] escaped = new boolean[FIELDS];
    private final List<PosasProblem> problems = new ArrayList<>();
    /** Code of every comune already closed, with its lines, to catch rows of a comune split by another's. */
    private final CodeLines seen = new CodeLines();

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
    private int codeKey;
    private IstatCode istatCode;
    private byte[] nameBytes = new byte[64];
    private int nameLength;
    /**
     * The start of the comune's rows in their usual form, {@code "028001";"Abano Terme";}, padded to whole
     * longs so that {@link #fastRow} compares it eight bytes at a time.
     */
    private byte[] prefix = new byte[80];
    private int prefixLength;
    private String name;
    private int firstLine;
    private int lastLine;
    // The age, males, females and total of the row being read in place.
    private final long[] rowCounts = new long[4];
    private final int[] male = new int[Population.AGE_CLASSES];
    private final int[] female = new int[Population.AGE_CLASSES];
    /** The line of each age's row, 0 if none yet. */
    private final int[] ageLine = new int[Population.AGE_CLASSES];
    /** How many of the ages have a row: all 101 in a whole comune, which then needs no search for gaps. */
    private int ages;
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

    /** A run for a part of the file after the header, with the year that the title and header gave. */
    Run part(ByteLines partLines, Consumer<? super PosasComune> partSink) {
      Run run = new Run(partLines, source, partSink);
      run.referenceYear = referenceYear;
      run.titleLine = titleLine;
      run.headerLine = headerLine;
      return run;
    }

    /**
     * Takes a part read on its own as if this run had read it, if the result would be the same: this run is
     * between comuni and before any footnote, the part is clean and none of its comuni was seen before.
     *
     * @param values receives the part's values
     * @return false if the part must be read again by this run
     */
    boolean take(Part part, Consumer<Object> values) {
      Run p = part.run;
      if (open || footnoteLine != 0 || !part.clean()) {
        return false;
      }
      for (int i = 0; i < p.seen.size(); i++) {
        if (seen.indexOf(p.seen.key(i)) >= 0) {
          return false;
        }
      }
      seen.addAll(p.seen, lines.number);
      if (p.footnoteLine != 0) {
        footnoteLine = lines.number + p.footnoteLine;
      }
      lines.number += part.lineCount;
      dataRows += p.dataRows;
      for (Object v : part.values) {
        values.accept(v);
      }
      delivered += p.delivered;
      return true;
    }

    /**
     * Reads lines to the end of {@link #lines}, leaving a comune open at the end (see {@link #finish}).
     *
     * @param stopAfterHeader return as soon as the header is read
     * @return true if it stopped after the header
     */
    boolean readLines(boolean stopAfterHeader) throws IOException {
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
        if (s == e || blank(b, s, e)) {
          continue; // as an empty line: not a footnote, which would end the comuni
        }
        if (headerLine == 0) {
          preamble(b, s, e);
          if (stopAfterHeader && headerLine != 0) {
            return true;
          }
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
      return false;
    }

    /** Whether a line holds only spaces and tabs; the caller checked it is not empty. */
    private boolean blank(byte[] b, int s, int e) {
      for (int i = s; i < e; i++) {
        if (b[i] != ' ' && b[i] != '\t') {
          return false;
        }
      }
      return true;
    }

    /** The checks at the end of the file: a header, the last comune whole, some rows. */
    PosasReport finish() {
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
     * of at most 7 digits). Most rows are like that; this is what makes the reader fast. Anything else is left
     * to the general path, which reports what is wrong.
     *
     * @return true if the row was read; false if the general path must read it
     */
    private boolean fastRow() throws IOException {
      lines.ensure(FAST_WINDOW);
      byte[] b = lines.buf;
      int p = lines.pos();
      int lim = lines.limit();
      int q = p + prefixLength;
      if (q >= lim || !startsWithPrefix(b, p)) {
        return false;
      }
      if (lim - q < 40) {
        return false; // the file's last rows: the general path, which needs no bytes past the row
      }
      // four counts of 1 to 7 digits, each read from one word: no branch on each digit
      for (int field = 0; field < 4; field++) {
        long w = (long) LONGS.get(b, q);
        int n = digits(w);
        if (n == 0) {
          return false;
        }
        rowCounts[field] = digitsValue(w, n);
        q += n;
        if (field < 3) {
          if (b[q] != ';') {
            return false;
          }
          q++;
        }
      }
      int lineEnd = q;
      if (b[q] == '\r') {
        q++;
      }
      if (b[q] != '\n') {
        return false;
      }
      q++;
      lines.consume(lineEnd, q);
      values(lines.number, rowCounts[0], rowCounts[1], rowCounts[2], rowCounts[3]);
      return true;
    }

    /**
     * How many ASCII digits a little-endian word starts with, 0 to 7; 0 also when all eight bytes are
     * digits, a number the general path reads.
     */
    private static int digits(long w) {
      long x = w ^ 0x3030303030303030L; // a digit becomes 0..9, with its high bits clear
      long notDigit = (x | ((x & 0x7F7F7F7F7F7F7F7FL) + 0x7676767676767676L)) & 0x8080808080808080L;
      int n = Long.numberOfTrailingZeros(notDigit) >>> 3; // 8 when every byte is a digit
      return n & 7;
    }

    /** The value of the first {@code n} (1 to 7) ASCII digits of a little-endian word. */
    private static long digitsValue(long w, int n) {
      long v = (w & 0x0F0F0F0F0F0F0F0FL) << (64 - 8 * n); // the digits in the top bytes, zeros before them
      v = (v * 2561) >>> 8; // 10 * 256 + 1: pairs of digits
      v = ((v & 0x00FF00FF00FF00FFL) * 6553601) >>> 16; // 100 * 65536 + 1: groups of four
      return ((v & 0x0000FFFF0000FFFFL) * 42949672960001L) >>> 32; // 10000 * 2^32 + 1: all eight
    }

    /** Whether {@code b} holds {@link #prefix} at {@code p}; the caller checked that it has the bytes. */
    private boolean startsWithPrefix(byte[] b, int p) {
      int n = prefixLength; // at least 12: the quotes, separators and code
      for (int i = 0; i < n - 8; i += 8) {
        if ((long) LONGS.get(b, p + i) != (long) LONGS.get(prefix, i)) {
          return false;
        }
      }
      // the last eight bytes, overlapping those compared already rather than a byte at a time
      return (long) LONGS.get(b, p + n - 8) == (long) LONGS.get(prefix, n - 8);
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
      ages++;
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
      IstatCode parsed;
      try {
        parsed = IstatCode.parse(newCode); // the six digits of a comune: not 000000
      } catch (IllegalArgumentException e) {
        throw error("'Codice comune' is not a comune's code: '" + newCode + "'");
      }
      String newName = name(b);
      if (open) {
        close(line, "line " + line + " is a row of comune " + newCode + " (" + newName + ")");
      }
      int key = CodeLines.key(b, cs);
      int before = seen.indexOf(key);
      if (before >= 0) {
        throw error("a row of comune " + newCode + " (" + newName + ") after its rows at "
            + seen.lines(before) + ": its rows must be consecutive, not split by another comune's or repeated");
      }
      open = true;
      codeKey = key;
      System.arraycopy(b, cs, code, 0, 6);
      codeText = newCode;
      istatCode = parsed;
      int ns = bounds[2];
      nameLength = bounds[3] - ns;
      if (nameBytes.length < nameLength) {
        nameBytes = new byte[nameLength];
      }
      System.arraycopy(b, ns, nameBytes, 0, nameLength);
      prefixLength = nameLength + 12;
      if (prefix.length < prefixLength) {
        prefix = new byte[prefixLength];
      }
      prefix[0] = '"';
      System.arraycopy(code, 0, prefix, 1, 6);
      prefix[7] = '"';
      prefix[8] = ';';
      prefix[9] = '"';
      System.arraycopy(nameBytes, 0, prefix, 10, nameLength);
      prefix[prefixLength - 2] = '"';
      prefix[prefixLength - 1] = ';';
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
      seen.add(codeKey, firstLine, lastLine);
      String missing = ages == Population.AGE_CLASSES ? null : missingAges(ageLine);
      String mismatch = after == null && missing == null ? totalsMismatch() : null;
      if (missing == null && after == null && mismatch == null && rowSumCount == 0) {
        // The usual case, without the objects that describe a problem.
        sink.accept(new PosasComune(istatCode, name, Population.of(codeText, referenceYear, male, female)));
        delivered++;
        reset();
        return;
      }
      EnumSet<PosasProblem.Kind> kinds = EnumSet.noneOf(PosasProblem.Kind.class);
      List<String> parts = new ArrayList<>(3);
      if (missing != null) {
        kinds.add(PosasProblem.Kind.MISSING_AGES);
        parts.add(missing);
      }
      if (after != null) {
        kinds.add(PosasProblem.Kind.MISSING_TOTAL_ROW);
        parts.add("no " + TOTAL_ROW_AGE + " total row (its rows end at line " + lastLine + "; " + after + ")");
      } else if (mismatch != null) {
        kinds.add(PosasProblem.Kind.TOTALS_MISMATCH);
        parts.add(mismatch);
      }
      if (rowSumCount > 0) {
        kinds.add(PosasProblem.Kind.ROW_SUM_MISMATCH);
        parts.add("'Totale' is not males + females at line " + rowSumLine + ": " + rowSumFigures
            + (rowSumCount > 1 ? " (and " + (rowSumCount - 1) + " more rows)" : ""));
      }
      boolean incomplete = missing != null || after != null;
      String detail = (incomplete ? "is incomplete: " : "does not add up: ") + String.join("; ", parts);
      PosasProblem problem = new PosasProblem(istatCode, name, firstLine, lastLine, kinds, detail);
      if (policy == ProblemPolicy.FAIL) {
        throw DataFileException.spanning(source, firstLine, lastLine, detectedAt,
            "comune " + codeText + " (" + name + ") " + detail);
      }
      problems.add(problem);
      reset();
    }

    private void reset() {
      Arrays.fill(male, 0);
      Arrays.fill(female, 0);
      Arrays.fill(ageLine, 0);
      ages = 0;
      rowSumCount = 0;
    }

    private String totalsMismatch() {
      long m = 0;
      long f = 0;
      for (int a = 0; a <= Population.MAX_AGE; a++) {
        m += male[a];
        f += female[a];
      }
      if (m == totalMale && f == totalFemale && m + f == totalAll) {
        return null;
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
      return String.join(", ", diffs) + " (" + TOTAL_ROW_AGE + " row at line " + totalLine + ")";
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
      boolean ascii = true;
      for (int i = s; ascii && i < e; i++) {
        ascii = b[i] >= 0;
      }
      if (ascii) {
        return new String(b, s, e - s, StandardCharsets.ISO_8859_1); // the same text, without a decoder
      }
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

  /**
   * The missing ages of a comune as ranges, e.g. "ages 92..100 missing", or null if none is missing.
   *
   * @param ageLine the line of each age's row, 0 where an age has none
   * @return the text, or null
   */
  static String missingAges(int[] ageLine) {
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
}
