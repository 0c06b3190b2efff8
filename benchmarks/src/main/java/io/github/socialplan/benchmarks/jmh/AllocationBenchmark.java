package io.github.socialplan.benchmarks.jmh;

import io.github.socialplan.benchmarks.synthetic.SyntheticComune;
import io.github.socialplan.benchmarks.synthetic.SyntheticItaly;
import io.github.socialplan.budget.allocation.Allocation;
import io.github.socialplan.budget.allocation.Bounds;
import io.github.socialplan.budget.allocation.LargestRemainder;
import io.github.socialplan.budget.allocation.Weights;
import io.github.socialplan.core.money.Money;
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
 * A national fund allocated to the cent over the 7,896 comuni of the synthetic Italy in proportion to
 * their residents, with lib-budget's largest remainder method (target: under 1 ms per call).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Fork(value = 1, jvmArgsAppend = "-XX:+UseParallelGC")
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
public class AllocationBenchmark {

  /** A fund of the size of the FNPS: 390,000,000.00 euro. */
  static final Money FUND = Money.ofEuros(390_000_000L);

  private String[] ids;
  private long[] residents;
  private Weights weights;
  private Bounds floors;

  /** The comuni's codes and residents. */
  @Setup
  public void generate() {
    List<SyntheticComune> italy = SyntheticItaly.generate(SyntheticItaly.DEFAULT_SEED);
    ids = new String[italy.size()];
    residents = new long[italy.size()];
    Bounds.Builder bounds = Bounds.builder();
    for (int i = 0; i < ids.length; i++) {
      ids[i] = italy.get(i).code();
      residents[i] = italy.get(i).males() + italy.get(i).females();
      bounds.floor(ids[i], Money.ofEuros(20_000));
    }
    weights = Weights.of(ids, residents);
    floors = bounds.build();
  }

  /** The call itself, weights already built. */
  @Benchmark
  public Allocation allocateByResidents() {
    return LargestRemainder.allocate(FUND, weights);
  }

  /** Building the weights from the arrays, then allocating. */
  @Benchmark
  public Allocation buildWeightsAndAllocate() {
    return LargestRemainder.allocate(FUND, Weights.of(ids, residents));
  }

  /** With a floor of 20,000 euro per comune, which binds for the smallest comuni. */
  @Benchmark
  public Allocation allocateWithFloors() {
    return LargestRemainder.allocate(FUND, weights, floors);
  }
}
