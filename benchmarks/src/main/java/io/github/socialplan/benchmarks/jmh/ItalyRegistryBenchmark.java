package io.github.socialplan.benchmarks.jmh;

import io.github.socialplan.core.italy.ComunePeriod;
import io.github.socialplan.core.italy.Crosswalk;
import io.github.socialplan.core.italy.ItalyRegistry;
import io.github.socialplan.core.italy.Variations;
import io.github.socialplan.core.italy.VariationsReader;
import io.github.socialplan.core.territory.IstatCode;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
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
  private Variations mergers;
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
    mergers = mergers(italy, from);
  }

  /**
   * ES rows (comune extinguished into another) in ISTAT's variations layout for the comuni of 2016 that the
   * cadastral code does not follow into 2022: each goes to the comune of its province that starts the day
   * after it ends, as ANPR's archive dates a merger. No ISTAT variations file is embedded; this stand-in lets
   * the benchmark sum merged comuni as a real crosswalk does instead of leaving them unmapped.
   */
  static Variations mergers(ItalyRegistry italy, List<ComunePeriod> from) {
    DateTimeFormatter dmy = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    // ISTAT's file lists its changes in date order
    java.util.TreeMap<LocalDate, StringBuilder> byDay = new java.util.TreeMap<>();
    for (ComunePeriod p : from) {
      if (italy.follow(p, TO).isPresent() || p.validTo().isAfter(TO)) {
        continue;
      }
      LocalDate day = p.validTo().plusDays(1);
      for (ComunePeriod q : italy.validOn(day)) {
        if (q.validFrom().equals(day) && q.provinceCode().equals(p.provinceCode())
            && italy.follow(q, TO).isPresent()) {
          byDay.computeIfAbsent(day, d -> new StringBuilder()).append(day.getYear()).append(";ES;").append(p.regionCode()).append(';').append(p.provinceCode())
              .append(';').append(p.code()).append(';').append(p.name()).append(';').append(q.regionCode())
              .append(';').append(q.provinceCode()).append(';').append(q.code()).append(';').append(q.name())
              .append(";;;").append(day.format(dmy)).append(";\r\n");
          break;
        }
      }
    }
    StringBuilder csv = new StringBuilder(String.join(";", VariationsReader.HEADER)).append("\r\n");
    byDay.values().forEach(csv::append);
    try {
      return VariationsReader.read(new ByteArrayInputStream(csv.toString().getBytes(VariationsReader.ENCODING)),
          "mergers 2016-2022 dated by ANPR's archive");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
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
   * Builds the crosswalk 2016 → 2022 and maps a count for every comune of 2016: comuni followed through
   * their cadastral code, and the comuni merged since 2016 summed into their new comune (ES rows dated by
   * ANPR's archive, {@link #mergers}).
   *
   * @return the mapped counts
   */
  @Benchmark
  public Crosswalk.Result<Long> crosswalkAllItaly() {
    return Crosswalk.between(italy, mergers, FROM, TO).mapCounts(counts);
  }
}
