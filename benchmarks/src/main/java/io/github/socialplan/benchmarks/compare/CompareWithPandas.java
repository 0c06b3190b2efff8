package io.github.socialplan.benchmarks.compare;

import io.github.socialplan.benchmarks.synthetic.GenerateSyntheticPosas;
import io.github.socialplan.core.io.PosasReader;
import io.github.socialplan.core.population.Population;
import io.github.socialplan.indicators.dashboard.DashboardTable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * The socialplan side of {@code benchmarks/compare-pandas.sh} (<i>confronto con pandas</i>): reads an ISTAT
 * POSAS file with the library's {@link PosasReader} and computes the cruscotto of every comune, every
 * province and Italy with {@link ItalyDashboard} (lib-indicators' {@code Dashboard}), the same eleven
 * indicators as {@code benchmarks/pandas_dashboard.py}; prints the in-process best of N and the
 * {@link IndicatorChecksum} that the pandas side prints too. The cruscotto is read as {@link
 * ItalyDashboard#read} reads it, each comune's profile made on the thread that reads it; with {@code
 * --populations}, the same table from {@code readAll}'s populations instead. With {@code --streaming} it
 * takes the lower-level route of {@link ItalyProfiles}: the reader's streaming call and the calculators,
 * without a cruscotto table.
 *
 * <pre>
 * java -cp benchmarks/target/benchmarks.jar io.github.socialplan.benchmarks.compare.CompareWithPandas \
 *     benchmarks/target/posas-italy-synthetic.csv --reps 10 --warmup 5 [--populations [--phases]
 *     | --streaming | --scan | --duckdb THREADS]
 * </pre>
 *
 * <p>{@code --phases} (with {@code --populations}) also times the reading and the dashboard apart, to show
 * which dominates. {@code --scan}
 * times the floor of any reader instead ({@link ByteScan}: the file's bytes read once and its newlines
 * counted, with the reader's threads). Given several files (a series of years), every side computes all of
 * them: the cruscotto as one table of every year, the streaming route file by file, DuckDB as one query over
 * the files; the checksum is that of every territory and year.
 */
public final class CompareWithPandas {

  private CompareWithPandas() {}

  /**
   * Runs the comparison's Java side.
   *
   * @param args the POSAS files (default: the generated one, generated if missing), {@code --reps N},
   *     {@code --warmup W}, {@code --populations} (the cruscotto from {@code readAll}'s populations), {@code
   *     --phases} (with it, time reading and dashboard apart), {@code --streaming} (with {@code --threads N},
   *     the reader on N threads instead of one per processor),
   *     {@code --scan} (the byte scan), {@code --duckdb THREADS} (the DuckDB side instead of the library)
   * @throws IOException if the file cannot be read or generated
   */
  public static void main(String[] args) throws IOException {
    List<Path> files = new ArrayList<>();
    int reps = 10;
    int warmup = 5;
    boolean phases = false;
    boolean populations = false;
    int threads = 0;
    boolean streaming = false;
    boolean scan = false;
    int duckDbThreads = 0;
    for (int i = 0; i < args.length; i++) {
      switch (args[i]) {
        case "--reps": reps = Integer.parseInt(args[++i]); break;
        case "--warmup": warmup = Integer.parseInt(args[++i]); break;
        case "--phases": phases = true; break;
        case "--populations": populations = true; break;
        case "--threads": threads = Integer.parseInt(args[++i]); break;
        case "--streaming": streaming = true; break;
        case "--scan": scan = true; break;
        case "--duckdb": duckDbThreads = Integer.parseInt(args[++i]); break;
        default: files.add(Path.of(args[i]));
      }
    }
    if (files.isEmpty()) {
      files.add(GenerateSyntheticPosas.ensure(Path.of(GenerateSyntheticPosas.DEFAULT_FILE)));
    }
    if (scan) {
      scan(files, warmup, reps);
    } else if (duckDbThreads > 0) {
      duckDb(files, warmup, reps, duckDbThreads);
    } else if (files.size() > 1) {
      series(files, warmup, reps, streaming);
    } else if (streaming) {
      streaming(files.get(0), warmup, reps, threads);
    } else {
      cruscotto(files.get(0), warmup, reps, populations, phases);
    }
  }

  /**
   * The cruscotto table: read as {@link ItalyDashboard#read} reads it, or with {@code populations} from the
   * reader's {@code readAll}, then the library's {@code Dashboard}.
   */
  private static void cruscotto(Path input, int warmup, int reps, boolean populations, boolean phases) {
    BestOfN<DashboardTable> run = populations
        ? BestOfN.run(warmup, reps, () -> ItalyDashboard.compute(load(input)))
        : BestOfN.run(warmup, reps, () -> ItalyDashboard.read(input));
    DashboardTable table = run.last();
    IndicatorChecksum checksum = ItalyDashboard.checksum(table);
    print(populations ? "socialplan-populations" : "socialplan", ItalyDashboard.territories(table), checksum, run,
        ItalyDashboard.italySummary(table));
    if (populations && phases) {
      BestOfN<List<Population>> load = BestOfN.run(warmup, reps, () -> load(input));
      List<Population> comuni = load.last();
      BestOfN<DashboardTable> compute = BestOfN.run(warmup, reps, () -> ItalyDashboard.compute(comuni));
      System.out.printf(Locale.ROOT, "socialplan: phase load %s%n", load.summary());
      System.out.printf(Locale.ROOT, "socialplan: phase dashboard %s%n", compute.summary());
    }
  }

  /** The reader's streaming {@code read}, profiles and the demographic calculators. */
  private static void streaming(Path input, int warmup, int reps, int threads) {
    PosasReader reader = PosasReader.of().withParallelism(threads);
    BestOfN<ItalyProfiles> run = BestOfN.run(warmup, reps, () -> ItalyProfiles.read(input, reader));
    ItalyProfiles italy = run.last();
    print(threads == 0 ? "socialplan-streaming" : "socialplan-streaming-" + threads + "t", italy.territories(),
        italy.checksum(), run, italy.italySummary());
  }

  /** DuckDB through JDBC, in this JVM: one SQL query over the file (or the files), then the same checksum. */
  private static void duckDb(List<Path> files, int warmup, int reps, int threads) {
    try (DuckDbDashboard duck = DuckDbDashboard.open(threads)) {
      BestOfN<DuckDbDashboard.Result> run = BestOfN.run(warmup, reps, () -> {
        try {
          return files.size() == 1 ? duck.compute(files.get(0)) : duck.compute(files);
        } catch (SQLException e) {
          throw new IllegalStateException("DuckDB query failed: " + e.getMessage(), e);
        }
      });
      DuckDbDashboard.Result r = run.last();
      print("duckdb-" + threads + "t", r.territories(), r.checksum(), run, "(threads=" + threads + ")");
    } catch (SQLException e) {
      throw new IllegalStateException("DuckDB failed: " + e.getMessage(), e);
    }
  }

  /**
   * A series of years: the cruscotto of every year as one table, or the streaming route file by file. The
   * files are read at once, each on one thread of the common fork-join pool.
   */
  private static void series(List<Path> files, int warmup, int reps, boolean streaming) {
    if (streaming) {
      // the files at once, each read and computed on one thread, as the cruscotto's series reads them
      PosasReader oneThread = PosasReader.of().withParallelism(1);
      BestOfN<List<ItalyProfiles>> run = BestOfN.run(warmup, reps, () -> files.parallelStream()
          .map(f -> ItalyProfiles.read(f, oneThread)).collect(Collectors.toList()));
      IndicatorChecksum sum = new IndicatorChecksum();
      int territories = 0;
      for (ItalyProfiles year : run.last()) {
        sum.addAll(year.checksum());
        territories += year.territories();
      }
      print("socialplan-streaming", territories, sum, run, run.last().get(run.last().size() - 1).italySummary());
    } else {
      // each year's populations are dropped once the dashboard has their profiles
      BestOfN<DashboardTable> run = BestOfN.run(warmup, reps, () -> ItalyDashboard.readSeries(files));
      DashboardTable table = run.last();
      print("socialplan", ItalyDashboard.territories(table), ItalyDashboard.checksum(table), run,
          "(first year) " + ItalyDashboard.italySummary(table));
    }
  }

  /** The floor: the files' bytes read once and their newlines counted, with the reader's threads. */
  private static void scan(List<Path> files, int warmup, int reps) {
    BestOfN<Long> run = BestOfN.run(warmup, reps, () -> ByteScan.newlines(files, 0));
    long bytes = 0;
    for (Path f : files) {
      try {
        bytes += Files.size(f);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    System.out.printf(Locale.ROOT, "scan: files=%d bytes=%d newlines=%d threads=%d%n", files.size(), bytes,
        run.last(), Runtime.getRuntime().availableProcessors());
    System.out.printf(Locale.ROOT, "scan: read+count %s (Java %s)%n", run.summary(), Runtime.version());
  }

  private static void print(String side, int territories, IndicatorChecksum checksum, BestOfN<?> run,
      String italy) {
    System.out.printf(Locale.ROOT, "%s: territories=%d values=%d undefined=%d checksum=%d%n", side,
        territories, checksum.defined(), checksum.undefinedCount(), checksum.value());
    System.out.printf(Locale.ROOT, "%s: load+dashboard %s (Java %s)%n", side, run.summary(),
        Runtime.version());
    System.out.println(side + ": Italy " + italy);
  }

  /** Reads the file with the library's reader (default policy: fail on any inconsistent comune). */
  static List<Population> load(Path file) {
    try {
      return PosasReader.of().readAll(file).populations();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
