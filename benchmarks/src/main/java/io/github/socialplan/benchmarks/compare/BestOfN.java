package io.github.socialplan.benchmarks.compare;

import java.util.Arrays;
import java.util.Locale;
import java.util.Objects;
import java.util.function.Supplier;

/**
 * Times a piece of work in-process the way the pandas side does (<i>miglior tempo su N prove</i>): some
 * warm-up runs that are not timed (they let the JIT compile the hot code), then {@code reps} timed runs;
 * reports the best and the median.
 *
 * <pre>{@code
 * BestOfN<Result> t = BestOfN.run(5, 10, () -> work());
 * t.bestMillis();
 * }</pre>
 *
 * <p>Instances are immutable once returned.
 *
 * @param <T> what the work returns (the last run's result is kept, so the JIT cannot drop the work)
 */
public final class BestOfN<T> {

  private final double[] millis;
  private final int warmup;
  private final T last;

  private BestOfN(double[] millis, int warmup, T last) {
    this.millis = millis;
    this.warmup = warmup;
    this.last = last;
  }

  /**
   * Runs the work {@code warmup + max(1, reps)} times, timing the last {@code max(1, reps)}.
   *
   * @param warmup untimed runs first, at least 0
   * @param reps timed runs (at least one is made)
   * @param work not null
   * @param <T> the result type
   * @return the timings and the last result
   */
  public static <T> BestOfN<T> run(int warmup, int reps, Supplier<T> work) {
    Objects.requireNonNull(work, "work");
    T result = null;
    for (int i = 0; i < warmup; i++) {
      result = work.get();
    }
    double[] times = new double[Math.max(1, reps)];
    for (int i = 0; i < times.length; i++) {
      result = null; // the last result is garbage before the next run, as when a user computes once
      long start = System.nanoTime();
      result = work.get();
      times[i] = (System.nanoTime() - start) / 1e6;
    }
    Objects.requireNonNull(result, "result of the work");
    return new BestOfN<>(times, Math.max(0, warmup), result);
  }

  /** The fastest timed run in milliseconds. */
  public double bestMillis() {
    return Arrays.stream(millis).min().orElseThrow();
  }

  /** The median timed run in milliseconds (the upper one for an even count, as the Python side). */
  public double medianMillis() {
    double[] sorted = millis.clone();
    Arrays.sort(sorted);
    return sorted[sorted.length / 2];
  }

  /** The result of the last run. */
  public T last() {
    return last;
  }

  /** {@code best=12.3 ms median=12.9 ms runs=10 warmup=5}, the form the comparison script reads. */
  public String summary() {
    return String.format(Locale.ROOT, "best=%.1f ms median=%.1f ms runs=%d warmup=%d", bestMillis(),
        medianMillis(), millis.length, warmup);
  }
}
