package io.github.socialplan.core.italy;

import io.github.socialplan.core.territory.IstatCode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * A count per comune (residents, users, cases) summed through the registry's own partitions into provinces,
 * regions and Italy on a date (<i>totali per provincia, regione e Italia</i>). Comuni valid on the date that
 * have no value are reported as missing, never counted as 0; their provinces and regions are totals of the
 * comuni that have one, and say so through {@link #missing()} and, for each province or region,
 * {@link #missingIn(String)}: a total of a territory with comuni missing is of a part of it, not its own.
 *
 * <pre>{@code
 * TerritoryTotals t = TerritoryTotals.of(ItalyRegistry.embedded(), LocalDate.of(2022, 1, 1), residents);
 * t.italy();          // the sum of the comuni given
 * t.missing();        // comuni of that date without a value
 * t.missingIn("019"); // those of the Provincia di Cremona: its total is partial unless empty
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 */
public final class TerritoryTotals {

  private final LocalDate date;
  private final Map<String, Long> provinces;
  private final Map<String, Long> regions;
  private final long italy;
  private final List<ComunePeriod> missing;

  private TerritoryTotals(LocalDate date, Map<String, Long> provinces, Map<String, Long> regions, long italy,
      List<ComunePeriod> missing) {
    this.date = date;
    this.provinces = Collections.unmodifiableMap(provinces);
    this.regions = Collections.unmodifiableMap(regions);
    this.italy = italy;
    this.missing = List.copyOf(missing);
  }

  /**
   * Sums values per comune into provinces, regions and Italy.
   *
   * @param registry not null
   * @param date the date whose territory the values refer to, not null, not before the registry's first date
   * @param values per comune, each {@code >= 0}; not null, no null key or value
   * @return the totals
   * @throws IllegalArgumentException if a code was not a comune on that date, or a value is negative
   */
  public static TerritoryTotals of(ItalyRegistry registry, LocalDate date, Map<IstatCode, Long> values) {
    Objects.requireNonNull(registry, "registry");
    Objects.requireNonNull(values, "values");
    for (Map.Entry<IstatCode, Long> e : values.entrySet()) {
      registry.comune(e.getKey(), date);
      if (Objects.requireNonNull(e.getValue(), () -> "value of comune " + e.getKey()) < 0) {
        throw new IllegalArgumentException("value of comune " + e.getKey() + " is negative: " + e.getValue());
      }
    }
    Map<String, Long> provinces = new TreeMap<>();
    Map<String, Long> regions = new TreeMap<>();
    List<ComunePeriod> missing = new ArrayList<>();
    long italy = 0;
    for (ComunePeriod p : registry.validOn(date)) {
      Long v = values.get(p.code());
      provinces.merge(p.provinceCode(), v == null ? 0L : v, Long::sum);
      regions.merge(p.regionCode(), v == null ? 0L : v, Long::sum);
      if (v == null) {
        missing.add(p);
      } else {
        italy = Math.addExact(italy, v);
      }
    }
    return new TerritoryTotals(date, provinces, regions, italy, missing);
  }

  /** {@return the date of the territory} */
  public LocalDate date() {
    return date;
  }

  /**
   * {@return the total of each province by its three-digit code, every province of the date included: the
   * sum of its comuni that have a value, so partial if {@link #missingIn(String)} of it is not empty, and 0
   * if none of its comuni has one}
   */
  public Map<String, Long> provinces() {
    return provinces;
  }

  /**
   * {@return the total of each region by its two-digit code: the sum of its comuni that have a value, partial
   * if {@link #missingIn(String)} of it is not empty}
   */
  public Map<String, Long> regions() {
    return regions;
  }

  /** {@return the total of Italy: the sum of the comuni that have a value, partial unless {@link #isComplete()}} */
  public long italy() {
    return italy;
  }

  /** {@return the comuni valid on the date that have no value, in code order} */
  public List<ComunePeriod> missing() {
    return missing;
  }

  /**
   * The comuni of a province or region that have no value: its total is that of a part of it unless there are
   * none.
   *
   * @param code a province's three-digit code or a region's two-digit code, not null
   * @return its comuni without a value, in code order; empty if it has none, or is no province or region of
   *     the date
   */
  public List<ComunePeriod> missingIn(String code) {
    Objects.requireNonNull(code, "code");
    List<ComunePeriod> out = new ArrayList<>();
    for (ComunePeriod p : missing) {
      if (code.equals(code.length() == 2 ? p.regionCode() : p.provinceCode())) {
        out.add(p);
      }
    }
    return out;
  }

  /** {@return true if every comune of the date has a value} */
  public boolean isComplete() {
    return missing.isEmpty();
  }

  @Override
  public String toString() {
    return "TerritoryTotals[" + date + ": Italy " + italy + ", " + provinces.size() + " provinces, "
        + regions.size() + " regions, " + missing.size() + " comuni missing]";
  }
}
