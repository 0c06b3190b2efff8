package io.github.socialplan.benchmarks.jmh;

import io.github.socialplan.benchmarks.compare.ItalyDashboard;
import io.github.socialplan.benchmarks.compare.ItalyProfiles;
import io.github.socialplan.benchmarks.synthetic.GenerateSyntheticPosas;
import io.github.socialplan.core.io.PosasData;
import io.github.socialplan.core.io.PosasReader;
import io.github.socialplan.core.io.PosasReport;
import io.github.socialplan.indicators.dashboard.DashboardTable;
import java.io.IOException;
import java.nio.file.Path;
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
import org.openjdk.jmh.infra.Blackhole;

/**
 * Reading the all-Italy POSAS file (7,896 comuni × 102 rows, about 27 MB) with the library's
 * {@link PosasReader}, and reading it plus the indicators of every comune, province and Italy by the two
 * routes of the pandas comparison (streaming with the calculators; {@code readAll} with the cruscotto). The file is {@value GenerateSyntheticPosas#DEFAULT_FILE} relative to the working directory
 * (generated if missing), or the one named by the system property {@code socialplan.posas}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(value = 1, jvmArgsAppend = "-XX:+UseParallelGC")
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
public class PosasReadBenchmark {

  private Path file;

  /** Finds or generates the file. */
  @Setup
  public void file() throws IOException {
    file = GenerateSyntheticPosas.ensure(
        Path.of(System.getProperty("socialplan.posas", GenerateSyntheticPosas.DEFAULT_FILE)));
  }

  /** Every comune into memory, checked against its 999 row. */
  @Benchmark
  public PosasData readAll() throws IOException {
    return PosasReader.of().readAll(file);
  }

  /** Streaming: each comune handed on and dropped, memory flat. */
  @Benchmark
  public PosasReport readStreaming(Blackhole sink) throws IOException {
    return PosasReader.of().read(file, sink::consume);
  }

  /** The streaming route of the pandas comparison: read, a profile per comune, the calculators. */
  @Benchmark
  public ItalyProfiles readStreamingAndIndicators() {
    return ItalyProfiles.read(file);
  }

  /** What the pandas comparison times in-process: the file read, then the dashboard of all Italy. */
  @Benchmark
  public DashboardTable readAndDashboard() throws IOException {
    return ItalyDashboard.compute(PosasReader.of().readAll(file).populations());
  }
}
