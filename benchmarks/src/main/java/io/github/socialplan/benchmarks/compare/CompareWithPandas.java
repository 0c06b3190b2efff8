package io.github.socialplan.benchmarks.compare;

import io.github.socialplan.benchmarks.synthetic.GenerateSyntheticPosas;
import io.github.socialplan.core.io.PosasReader;
import io.github.socialplan.core.population.Population;
import io.github.socialplan.indicators.dashboard.DashboardTable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.List;
import java.util.Locale;

/**
 * The socialplan side of {@code benchmarks/compare-pandas.sh} (<i>confronto con pandas</i>): loads an ISTAT
 * POSAS file with the library's {@link PosasReader} and computes the cruscotto of every comune, every
 * province and Italy with {@link ItalyDashboard} (lib-indicators' {@code Dashboard}), the same eleven
 * indicators as {@code benchmarks/pandas_dashboard.py}; prints the in-process best of N and the
 * {@link IndicatorChecksum} that the pandas side prints too. With {@code --streaming} it takes the
 * lower-level route of {@link ItalyProfiles} instead: the reader's streaming call and the calculators,
 * without a cruscotto table.
 *
 * <pre>
 * java -cp benchmarks/target/benchmarks.jar io.github.socialplan.benchmarks.compare.CompareWithPandas \
 *     benchmarks/target/posas-italy-synthetic.csv --reps 10 --warmup 5 [--phases | --streaming]
 * </pre>
 *
 * <p>{@code --phases} also times the reading and the dashboard apart, to show which dominates.
 */
public final class CompareWithPandas {

  private CompareWithPandas() {}

  /**
   * Runs the comparison's Java side.
   *
   * @param args the POSAS file (default: the generated one, generated if missing), {@code --reps N},
   *     {@code --warmup W}, {@code --phases} (time reading and dashboard apart), {@code --streaming},
   *     {@code --duckdb THREADS} (the DuckDB side instead of the library)
   * @throws IOException if the file cannot be read or generated
   */
  public static void main(String[] args) throws IOException {
    Path file = null;
    int reps = 10;
    int warmup = 5;
    boolean phases = false;
    boolean streaming = false;
    int duckDbThreads = 0;
    for (int i = 0; i < args.length; i++) {
      switch (args[i]) {
        case "--reps": reps = Integer.parseInt(args[++i]); break;
        case "--warmup": warmup = Integer.parseInt(args[++i]); break;
        case "--phases": phases = true; break;
        case "--streaming": streaming = true; break;
        case "--duckdb": duckDbThreads = Integer.parseInt(args[++i]); break;
        default: file = Path.of(args[i]);
      }
    }
    Path input = file != null ? file
        : GenerateSyntheticPosas.ensure(Path.of(GenerateSyntheticPosas.DEFAULT_FILE));
    if (duckDbThreads > 0) {
      duckDb(input, warmup, reps, duckDbThreads);
    } else if (streaming) {
      streaming(input, warmup, reps);
    } else {
      cruscotto(input, warmup, reps, phases);
    }
  }

  /** The reader's {@code readAll}, then the library's {@code Dashboard} (the cruscotto table). */
  private static void cruscotto(Path input, int warmup, int reps, boolean phases) {
    BestOfN<DashboardTable> run = BestOfN.run(warmup, reps, () -> ItalyDashboard.compute(load(input)));
    DashboardTable table = run.last();
    IndicatorChecksum checksum = ItalyDashboard.checksum(table);
    print("socialplan", ItalyDashboard.territories(table), checksum, run, ItalyDashboard.italySummary(table));
    if (phases) {
      BestOfN<List<Population>> load = BestOfN.run(warmup, reps, () -> load(input));
      List<Population> comuni = load.last();
      BestOfN<DashboardTable> compute = BestOfN.run(warmup, reps, () -> ItalyDashboard.compute(comuni));
      System.out.printf(Locale.ROOT, "socialplan: phase load %s%n", load.summary());
      System.out.printf(Locale.ROOT, "socialplan: phase dashboard %s%n", compute.summary());
    }
  }

  /** The reader's streaming {@code read}, profiles and the demographic calculators. */
  private static void streaming(Path input, int warmup, int reps) {
    BestOfN<ItalyProfiles> run = BestOfN.run(warmup, reps, () -> ItalyProfiles.read(input));
    ItalyProfiles italy = run.last();
    print("socialplan-streaming", italy.territories(), italy.checksum(), run, italy.italySummary());
  }

  /** DuckDB through JDBC, in this JVM: one SQL query over the file, then the same checksum. */
  private static void duckDb(Path input, int warmup, int reps, int threads) {
    try (DuckDbDashboard duck = DuckDbDashboard.open(threads)) {
      BestOfN<DuckDbDashboard.Result> run = BestOfN.run(warmup, reps, () -> {
        try {
          return duck.compute(input);
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
