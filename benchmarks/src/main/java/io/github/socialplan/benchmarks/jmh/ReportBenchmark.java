package io.github.socialplan.benchmarks.jmh;

import io.github.socialplan.benchmarks.compare.ItalyDashboard;
import io.github.socialplan.benchmarks.synthetic.GenerateSyntheticPosas;
import io.github.socialplan.benchmarks.synthetic.SyntheticComune;
import io.github.socialplan.benchmarks.synthetic.SyntheticItaly;
import io.github.socialplan.core.population.Population;
import io.github.socialplan.core.territory.IstatCode;
import io.github.socialplan.indicators.dashboard.DashboardTable;
import io.github.socialplan.report.Language;
import io.github.socialplan.report.chart.PyramidData;
import io.github.socialplan.report.html.HtmlReport;
import io.github.socialplan.report.html.StandardSections;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
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
 * The HTML report of every province of the synthetic Italy (107 files, each with the province's profile
 * against Italy and its population pyramid in five-year bands as inline SVG), rendered on both cores from
 * the cruscotto in memory.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(value = 1, jvmArgsAppend = "-Djava.awt.headless=true")
@Warmup(iterations = 3)
@Measurement(iterations = 5)
public class ReportBenchmark {

  private DashboardTable table;
  private Map<String, Population> provinces;

  /** The synthetic Italy, its cruscotto by province, and each province's population. */
  @Setup
  public void generate() {
    List<SyntheticComune> italy = SyntheticItaly.generate(SyntheticItaly.DEFAULT_SEED);
    List<Population> comuni = new ArrayList<>(italy.size());
    Map<String, List<Population>> byProvince = new TreeMap<>();
    for (SyntheticComune c : italy) {
      Population p = c.toPopulation(GenerateSyntheticPosas.YEAR);
      comuni.add(p);
      byProvince.computeIfAbsent(IstatCode.parse(p.territory()).provinceCode(), k -> new ArrayList<>()).add(p);
    }
    table = ItalyDashboard.compute(comuni);
    provinces = new TreeMap<>();
    byProvince.forEach((code, parts) -> provinces.put(code, Population.sum(code, GenerateSyntheticPosas.YEAR,
        parts)));
  }

  /** One report per province, the provinces shared among the cores; returns the characters written. */
  @Benchmark
  public long reportsOfAllProvinces() {
    return provinces.entrySet().parallelStream().mapToLong(e -> HtmlReport.builder("Provincia " + e.getKey(),
            Language.ITALIAN)
        .section(StandardSections.profile("Provincia " + e.getKey(), table, ItalyDashboard.PROVINCES, e.getKey(),
            GenerateSyntheticPosas.YEAR, Optional.of(PyramidData.bands(e.getValue(), PyramidData.fiveYearBands())),
            Language.ITALIAN, "synthetic all-Italy POSAS file"))
        .build().html().length()).sum();
  }
}
