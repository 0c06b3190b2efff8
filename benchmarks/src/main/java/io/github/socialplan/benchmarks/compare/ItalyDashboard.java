package io.github.socialplan.benchmarks.compare;

import io.github.socialplan.core.io.PosasReader;
import io.github.socialplan.core.population.Population;
import io.github.socialplan.core.territory.IstatCode;
import io.github.socialplan.core.territory.Partition;
import io.github.socialplan.core.territory.TerritoryKind;
import io.github.socialplan.indicators.catalogue.Indicator;
import io.github.socialplan.indicators.catalogue.IndicatorCatalogue;
import io.github.socialplan.indicators.catalogue.StandardIndicators;
import io.github.socialplan.indicators.dashboard.Dashboard;
import io.github.socialplan.indicators.dashboard.DashboardTable;
import io.github.socialplan.indicators.demography.DemographicProfile;
import io.github.socialplan.indicators.result.IndicatorValue;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The all-Italy demographic cruscotto that both the pandas comparison and the JMH suite measure
 * (<i>cruscotto demografico nazionale</i>): the library's {@link Dashboard} of every comune, every province
 * (the first three digits of the ISTAT code) and Italy, over the eleven indicators that
 * {@code benchmarks/pandas_dashboard.py} computes too.
 *
 * <pre>{@code
 * DashboardTable table = ItalyDashboard.compute(populations);   // one Population per comune
 * ItalyDashboard.checksum(table).value();                        // what the pandas side prints
 * }</pre>
 *
 * <p>This class is stateless and thread-safe.
 */
public final class ItalyDashboard {

  /** The indicators both sides compute, in the pandas script's order. */
  public static final List<Indicator> INDICATORS = List.of(StandardIndicators.OLD_AGE_INDEX,
      StandardIndicators.TOTAL_DEPENDENCY_RATIO, StandardIndicators.OLD_AGE_DEPENDENCY_RATIO,
      StandardIndicators.YOUTH_DEPENDENCY_RATIO, StandardIndicators.REPLACEMENT_INDEX,
      StandardIndicators.STRUCTURE_INDEX, StandardIndicators.CHILD_WOMAN_RATIO, StandardIndicators.MEAN_AGE,
      StandardIndicators.PCT_ELDERLY, StandardIndicators.PCT_OLDEST_OLD, StandardIndicators.PCT_MINORS);

  /** Only these: the dashboard computes every applicable indicator of its catalogue. */
  public static final IndicatorCatalogue CATALOGUE = IndicatorCatalogue.of(INDICATORS);

  /** The grouping id of the whole country. */
  public static final String ITALY = "IT";

  /** The table level of the comuni, the provinces and Italy. */
  public static final int COMUNI = 0;
  /** The table level of the provinces. */
  public static final int PROVINCES = 1;
  /** The table level of Italy. */
  public static final int NATION = 2;

  private ItalyDashboard() {}

  /**
   * Computes the cruscotto with the library: the province and Italy partitions from the comuni's codes,
   * then {@link Dashboard}.
   *
   * @param comuni one population per comune, territory = its ISTAT code, not null
   * @return the table: comuni at level 0, provinces at level 1, Italy at level 2
   */
  public static DashboardTable compute(List<Population> comuni) {
    Objects.requireNonNull(comuni, "comuni");
    return Dashboard.builder()
        .levels(partitions(comuni))
        .populations(comuni)
        .catalogue(CATALOGUE)
        .compute();
  }

  /**
   * Computes the cruscotto of several years at once (a series): one table with every comune, province and
   * Italy of every year. The provinces are those of the first year's comuni.
   *
   * @param years one list of populations per year, one population per comune, not null, not empty
   * @return the table, year by year as {@link #compute(List)}'s
   */
  public static DashboardTable computeSeries(List<List<Population>> years) {
    Objects.requireNonNull(years, "years");
    Dashboard.Builder dashboard = Dashboard.builder().levels(partitions(years.get(0))).catalogue(CATALOGUE);
    for (List<Population> year : years) {
      dashboard.populations(year);
    }
    return dashboard.compute();
  }

  /**
   * Reads a series of POSAS files, one per year, and computes their cruscotto as {@link
   * #computeSeries(List)} does, keeping less alive and keeping both cores busy: the files are read at once,
   * each on one thread of the common fork-join pool (whole files keep both threads busy with no cut and no
   * wait between files), each comune's profile is made on the thread that reads it, and each file's
   * profiles are given to the dashboard on that thread as the file ends, one file at a time; the dashboard
   * keeps the profiles ({@link Dashboard.Builder#profilesOnly()}, {@link Dashboard.Builder#profiles}), so
   * no population outlives its comune's rows, and computes the years at once ({@link
   * Dashboard.Builder#parallelism}). The provinces are those of the first file's comuni.
   *
   * @param files the POSAS files, one per year, not null, not empty
   * @return the table, as {@link #computeSeries(List)}'s of the files' populations
   * @throws java.io.UncheckedIOException if a file cannot be read
   */
  public static DashboardTable readSeries(List<Path> files) {
    Objects.requireNonNull(files, "files");
    if (files.isEmpty()) {
      throw new IllegalArgumentException("a series needs at least one file");
    }
    PosasReader oneThread = PosasReader.of().withParallelism(1);
    Dashboard.Builder dashboard = Dashboard.builder().catalogue(CATALOGUE).profilesOnly();
    List<List<DemographicProfile>> years = files.parallelStream()
        .map(f -> {
          List<DemographicProfile> year = profiles(f, oneThread);
          synchronized (dashboard) { // the builder is not thread-safe: one file's profiles at a time
            dashboard.profiles(year);
          }
          return year;
        })
        .collect(Collectors.toList()); // in the files' order
    return dashboard.levels(partitions(years.get(0), DemographicProfile::territory)).compute();
  }

  /**
   * Reads a POSAS file and computes its cruscotto as {@link #compute(List)} does, each comune's profile made
   * on the thread that reads it ({@link PosasReader#read(Path, Function, java.util.function.Consumer)}, the
   * file cut in parts read at once), so that no population outlives its comune: the cruscotto route of the
   * comparison. The same table as {@code compute(PosasReader.of().readAll(file).comuni())}.
   *
   * @param file the POSAS file, not null
   * @return the table, as {@link #compute(List)}'s of the file's populations
   * @throws java.io.UncheckedIOException if the file cannot be read
   */
  public static DashboardTable read(Path file) {
    return fromProfiles(List.of(profiles(Objects.requireNonNull(file, "file"), PosasReader.of())));
  }

  /** The cruscotto of the comuni's profiles, one list per year; the provinces are those of the first year. */
  private static DashboardTable fromProfiles(List<List<DemographicProfile>> years) {
    Dashboard.Builder dashboard = Dashboard.builder()
        .levels(partitions(years.get(0), DemographicProfile::territory)).catalogue(CATALOGUE).profilesOnly();
    for (List<DemographicProfile> year : years) {
      dashboard.profiles(year);
    }
    return dashboard.compute();
  }

  /** The profile of each comune of a file, made as the reader checks it (on the reader's threads). */
  static List<DemographicProfile> profiles(Path file, PosasReader reader) {
    List<DemographicProfile> year = new ArrayList<>(8_000);
    try {
      reader.read(file, c -> DemographicProfile.of(c.population()), year::add);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return year;
  }

  /** The provinces and Italy of the comuni. */
  private static List<Partition> partitions(List<Population> comuni) {
    return partitions(comuni, Population::territory);
  }

  /** The provinces and Italy of the comuni whose ISTAT codes {@code code} gives. */
  private static <T> List<Partition> partitions(List<T> comuni, Function<T, String> code) {
    Partition.Builder provinces = Partition.builder("province", TerritoryKind.PROVINCE);
    Partition.Builder italy = Partition.builder("italia", TerritoryKind.NATION);
    for (T c : comuni) {
      IstatCode istat = IstatCode.parse(code.apply(c));
      provinces.assign(istat, istat.provinceCode());
      italy.assign(istat, ITALY);
    }
    return List.of(provinces.build(), italy.build());
  }

  /**
   * The checksum of every value of a table, as the pandas side computes it.
   *
   * @param table not null
   * @return the checksum with its counts of defined and undefined values
   */
  public static IndicatorChecksum checksum(DashboardTable table) {
    IndicatorChecksum sum = new IndicatorChecksum();
    // row by row, not table.rows(): the list of a series' 704,282 rows would be most of the process's memory
    table.forEachRow(row -> {
      IndicatorValue v = row.value();
      if (v.isDefined()) {
        sum.add(v.numerator().orElseThrow(), v.denominator().orElseThrow(), v.multiplier().orElseThrow());
      } else {
        sum.undefined();
      }
    });
    return sum;
  }

  /**
   * How many territories (comuni, provinces, Italy) a table has, each year counted apart.
   *
   * @param table not null
   * @return the count
   */
  public static int territories(DashboardTable table) {
    Set<String> seen = new HashSet<>();
    table.forEachRow(row -> seen.add(row.year() + "|" + row.level() + "|" + row.territory()));
    return seen.size();
  }

  /**
   * Italy's values rounded for display, {@code old_age_index=201.9 ...}, as the pandas side prints them.
   *
   * @param table a table of one year, not null
   * @return the text
   */
  public static String italySummary(DashboardTable table) {
    int year = table.rows().get(0).year();
    StringBuilder s = new StringBuilder();
    for (Indicator i : INDICATORS) {
      IndicatorValue v = table.value(year, NATION, ITALY, i.id()).orElseThrow();
      s.append(s.length() == 0 ? "" : " ").append(i.id()).append('=').append(v.format());
    }
    return s.toString();
  }
}
