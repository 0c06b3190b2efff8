package io.github.socialplan.benchmarks.jmh;

import io.github.socialplan.core.italy.ComunePeriod;
import io.github.socialplan.core.italy.Crosswalk;
import io.github.socialplan.core.italy.ItalyRegistry;
import io.github.socialplan.core.italy.Variations;
import io.github.socialplan.core.territory.IstatCode;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The embedded registry of Italy (ANPR's archive of comuni, 19,352 periods): loading it from the library's
 * resources (target under 50 ms), a look-up by ISTAT code on a date (target under 1 µs), and a crosswalk of
 * a count for every comune of 1 January 2016 onto the territory of 1 January 2022 (target under 20 ms).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(value = 1, jvmArgsAppend = "-XX:+UseParallelGC")
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
public class ItalyRegistryBenchmark {

  static final LocalDate FROM = LocalDate.of(2016, 1, 1);
  static final LocalDate TO = LocalDate.of(2022, 1, 1);

  private ItalyRegistry italy;
  private IstatCode[] codes;
  private Map<IstatCode, Long> counts;
  private int next;

  /** The registry, the codes of 2022 to look up and a count per comune of 2016. */
  @Setup
  public void setUp() {
    italy = ItalyRegistry.embedded();
    codes = italy.validOn(TO).stream().map(ComunePeriod::code).toArray(IstatCode[]::new);
    counts = new HashMap<>();
    List<ComunePeriod> from = italy.validOn(FROM);
    for (int i = 0; i < from.size(); i++) {
      counts.put(from.get(i).code(), 1000L + i);
    }
  }

  /** {@return reads the embedded CSV resources and builds the indexes} */
  @Benchmark
  public ItalyRegistry load() {
    return ItalyRegistry.loadEmbedded();
  }

  /** {@return one look-up of a comune by code on a date, cycling through the comuni of 2022} */
  @Benchmark
  @OutputTimeUnit(TimeUnit.NANOSECONDS)
  public ComunePeriod lookUp() {
    IstatCode code = codes[next];
    next = next + 1 == codes.length ? 0 : next + 1;
    return italy.comune(code, TO);
  }

  /**
   * Builds the crosswalk 2016 → 2022 and maps a count for every comune of 2016. With no variations file
   * (none is embedded) the comuni merged since 2016 are reported as unmapped; every other comune is followed
   * through its cadastral code.
   */
  @Benchmark
  public Crosswalk.Result<Long> crosswalkAllItaly() {
    return Crosswalk.between(italy, Variations.none(), FROM, TO).mapCounts(counts);
  }
}
