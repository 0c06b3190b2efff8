package io.github.socialplan.benchmarks.jmh;

import io.github.socialplan.benchmarks.compare.ItalyDashboard;
import io.github.socialplan.benchmarks.synthetic.GenerateSyntheticPosas;
import io.github.socialplan.benchmarks.synthetic.SyntheticComune;
import io.github.socialplan.benchmarks.synthetic.SyntheticItaly;
import io.github.socialplan.core.population.Population;
import io.github.socialplan.indicators.dashboard.DashboardTable;
import java.util.ArrayList;
import java.util.List;
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
 * The demographic cruscotto of every comune, every province and Italy (7,896 + 107 + 1 territories, eleven
 * indicators) with lib-indicators' {@code Dashboard}, from populations already in memory: the computing
 * half of the pandas comparison, without the file. The JVM runs the throughput collector, as the comparison
 * does: the default G1 makes the timings of this allocation-heavy call vary far more.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(value = 1, jvmArgsAppend = "-XX:+UseParallelGC")
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
public class DashboardBenchmark {

  private List<Population> comuni;

  /** The synthetic Italy's populations, as the reader would deliver them. */
  @Setup
  public void generate() {
    List<SyntheticComune> italy = SyntheticItaly.generate(SyntheticItaly.DEFAULT_SEED);
    comuni = new ArrayList<>(italy.size());
    for (SyntheticComune c : italy) {
      comuni.add(c.toPopulation(GenerateSyntheticPosas.YEAR));
    }
  }

  /** Partitions by province and Italy, then the dashboard of all three levels. */
  @Benchmark
  public DashboardTable dashboardOfAllItaly() {
    return ItalyDashboard.compute(comuni);
  }
}
