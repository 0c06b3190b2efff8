package io.github.socialplan.benchmarks.compare;

import io.github.socialplan.core.io.PosasReader;
import io.github.socialplan.indicators.demography.DemographicColumns;
import io.github.socialplan.indicators.demography.DemographicProfile;
import io.github.socialplan.indicators.result.IndicatorValue;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * The same all-Italy indicators as {@link ItalyDashboard}, by the library's lower-level, streaming route
 * (<i>percorso in streaming</i>): {@link PosasReader#read(Path, java.util.function.Function,
 * java.util.function.Consumer)} turns each comune into a {@link DemographicProfile} (a few band totals) as
 * soon as its 999 row is checked, on the thread that reads its part of the file, and hands the profiles on
 * in file order; provinces and Italy are sums of profiles, and {@link DemographicIndicators} computes the
 * eleven values of each territory. No population is kept, and there is no table with parent comparisons.
 *
 * <pre>{@code
 * ItalyProfiles italy = ItalyProfiles.read(Path.of("posas.csv"));
 * italy.checksum().value();   // the same as ItalyDashboard.checksum(table) and the pandas side
 * }</pre>
 *
 * <p>Instances are immutable once built and thread-safe.
 */
public final class ItalyProfiles {

  private final DemographicColumns columns;

  private ItalyProfiles(DemographicColumns columns) {
    this.columns = columns;
  }

  /**
   * Streams a POSAS file and computes the indicators of every comune, province and Italy.
   *
   * @param file a POSAS file, not null
   * @return the values
   * @throws UncheckedIOException if the file cannot be read
   */
  public static ItalyProfiles read(Path file) {
    return read(file, PosasReader.of());
  }

  /**
   * Streams a POSAS file with the given reader and computes the indicators of every comune, province and
   * Italy.
   *
   * @param file a POSAS file, not null
   * @param reader the reader, e.g. one that reads on the calling thread only, not null
   * @return the values
   * @throws UncheckedIOException if the file cannot be read
   */
  public static ItalyProfiles read(Path file, PosasReader reader) {
    return of(ItalyDashboard.profiles(Objects.requireNonNull(file, "file"), reader));
  }

  /**
   * Computes the indicators of comuni given as profiles, their provinces and Italy.
   *
   * @param comuni one profile per comune, territory = its ISTAT code, not null
   * @return the values
   */
  public static ItalyProfiles of(List<DemographicProfile> comuni) {
    Map<String, List<DemographicProfile>> byProvince = new TreeMap<>();
    for (DemographicProfile c : comuni) {
      byProvince.computeIfAbsent(c.territory().substring(0, 3), k -> new ArrayList<>()).add(c);
    }
    List<DemographicProfile> all = new ArrayList<>(comuni.size() + byProvince.size() + 1);
    all.addAll(comuni);
    List<DemographicProfile> provinces = new ArrayList<>(byProvince.size());
    for (Map.Entry<String, List<DemographicProfile>> e : byProvince.entrySet()) {
      provinces.add(DemographicProfile.sum(e.getKey(), e.getValue()));
    }
    all.addAll(provinces);
    all.add(DemographicProfile.sum(ItalyDashboard.ITALY, provinces));
    // Every value is divided here, in columns of doubles; an IndicatorValue is made only when read.
    return new ItalyProfiles(DemographicColumns.of(ItalyDashboard.INDICATORS, all));
  }

  /** How many territories: comuni, provinces and Italy. */
  public int territories() {
    return columns.size();
  }

  /** The checksum of every value, as the pandas side computes it. */
  public IndicatorChecksum checksum() {
    IndicatorChecksum sum = new IndicatorChecksum();
    for (int t = 0; t < columns.size(); t++) {
      for (int i = 0; i < columns.indicators().size(); i++) {
        IndicatorValue v = columns.value(t, i);
        if (v.isDefined()) {
          sum.add(v.numerator().orElseThrow(), v.denominator().orElseThrow(), v.multiplier().orElseThrow());
        } else {
          sum.undefined();
        }
      }
    }
    return sum;
  }

  /** Italy's values rounded for display, {@code old_age_index=201.9 ...}. */
  public String italySummary() {
    int italy = columns.size() - 1;
    StringBuilder s = new StringBuilder();
    for (int i = 0; i < columns.indicators().size(); i++) {
      s.append(i == 0 ? "" : " ").append(columns.indicators().get(i).id()).append('=')
          .append(columns.value(italy, i).format());
    }
    return s.toString();
  }
}
