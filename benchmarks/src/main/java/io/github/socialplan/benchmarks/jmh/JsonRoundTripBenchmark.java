package io.github.socialplan.benchmarks.jmh;

import io.github.socialplan.benchmarks.synthetic.SyntheticItaly;
import io.github.socialplan.benchmarks.synthetic.SyntheticPlan;
import io.github.socialplan.core.json.SocialPlanJson;
import io.github.socialplan.core.plan.Plan;
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
 * A full three-year plan ({@link SyntheticPlan}: 5 axes, 40 actions, 3 budgets) written to JSON and read
 * back with the core JSON module's safe mapper ({@link SocialPlanJson}), and each half on its own.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Fork(value = 1, jvmArgsAppend = "-XX:+UseParallelGC")
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
public class JsonRoundTripBenchmark {

  private Plan plan;
  private String json;

  /** The plan and its JSON. */
  @Setup
  public void plan() {
    plan = SyntheticPlan.generate(SyntheticItaly.DEFAULT_SEED);
    json = SocialPlanJson.write(plan);
  }

  /** Plan to JSON text and back to an equal plan. */
  @Benchmark
  public Plan roundTrip() {
    return SocialPlanJson.read(SocialPlanJson.write(plan), Plan.class);
  }

  /** Plan to JSON text. */
  @Benchmark
  public String write() {
    return SocialPlanJson.write(plan);
  }

  /** JSON text to a plan, with the strict checks of untrusted input. */
  @Benchmark
  public Plan read() {
    return SocialPlanJson.read(json, Plan.class);
  }
}
