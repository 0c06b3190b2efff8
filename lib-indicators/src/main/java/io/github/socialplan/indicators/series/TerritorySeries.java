package io.github.socialplan.indicators.series;

import io.github.socialplan.core.italy.Crosswalk;
import io.github.socialplan.core.italy.ItalyRegistry;
import io.github.socialplan.core.italy.Variations;
import io.github.socialplan.core.population.Population;
import io.github.socialplan.core.territory.IstatCode;
import io.github.socialplan.core.territory.Partition;
import io.github.socialplan.indicators.dashboard.Dashboard;
import io.github.socialplan.indicators.dashboard.DashboardTable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Populations of several years brought onto the comuni of one reference date (<i>serie su territorio
 * costante</i>): each year's populations, on the territory of 1 January of that year, go through a
 * {@link Crosswalk} to the reference date, so that a comune merged in between is the sum of its parts in
 * every year, and the years compare.
 *
 * <pre>{@code
 * TerritorySeries series = TerritorySeries.builder(ItalyRegistry.embedded(), variations, LocalDate.of(2022, 1, 1))
 *     .year(2016, posas2016.populations())
 *     .year(2022, posas2022.populations())
 *     .build();
 * DashboardTable table = series.dashboard();   // comuni, provinces, regions, Italy; every year
 * Trends trends = Trends.of(table);
 * }</pre>
 *
 * <p>The comuni in the series are those with a population in every year after the crosswalk; the others
 * (a split, a comune missing from a year's file) are left out and {@link #leftOut()} says why, year by year.
 *
 * <p>Immutable and thread-safe.
 */
public final class TerritorySeries {

  private final ItalyRegistry registry;
  private final LocalDate reference;
  private final Map<Integer, Crosswalk.Result<Population>> years;
  private final Set<IstatCode> comuni;
  private final Map<IstatCode, String> leftOut;

  private TerritorySeries(ItalyRegistry registry, LocalDate reference,
      Map<Integer, Crosswalk.Result<Population>> years) {
    this.registry = registry;
    this.reference = reference;
    this.years = Collections.unmodifiableMap(years);
    Set<IstatCode> all = new TreeSet<>();
    registry.validOn(reference).forEach(p -> all.add(p.code()));
    Set<IstatCode> kept = new TreeSet<>(all);
    Map<IstatCode, String> out = new TreeMap<>();
    years.forEach((year, r) -> {
      for (IstatCode c : all) {
        if (!r.values().containsKey(c)) {
          kept.remove(c);
          String why = r.missing().getOrDefault(c, "no population in " + year);
          out.merge(c, year + ": " + why, (a, b) -> a + "; " + b);
        }
      }
    });
    this.comuni = Collections.unmodifiableSet(kept);
    this.leftOut = Collections.unmodifiableMap(out);
  }

  /**
   * Returns a builder.
   *
   * @param registry the comuni through time, not null
   * @param variations ISTAT's changes since 1991 for mergers and splits, not null
   * @param reference the date whose comuni the series is on, not null
   * @return a new builder
   */
  public static Builder builder(ItalyRegistry registry, Variations variations, LocalDate reference) {
    return new Builder(registry, variations, reference);
  }

  /** Collects the years of a series. Not thread-safe. */
  public static final class Builder {
    private final ItalyRegistry registry;
    private final Variations variations;
    private final LocalDate reference;
    private final Map<Integer, Collection<Population>> years = new TreeMap<>();

    private Builder(ItalyRegistry registry, Variations variations, LocalDate reference) {
      this.registry = Objects.requireNonNull(registry, "registry");
      this.variations = Objects.requireNonNull(variations, "variations");
      this.reference = Objects.requireNonNull(reference, "reference");
    }

    /**
     * Adds a year's populations, one per comune of 1 January of that year (as a POSAS file of that year has
     * them).
     *
     * @param year the year, its 1 January not after the reference date
     * @param populations their territory the ISTAT code, their year {@code year}; not null
     * @return this builder
     * @throws IllegalArgumentException if the year is given twice, is after the reference date, or a
     *     population is of another year
     */
    public Builder year(int year, Collection<Population> populations) {
      Objects.requireNonNull(populations, "populations");
      if (LocalDate.of(year, 1, 1).isAfter(reference)) {
        throw new IllegalArgumentException("year " + year + " is after the reference date " + reference
            + " of the series");
      }
      for (Population p : populations) {
        if (p.year() != year) {
          throw new IllegalArgumentException("population of " + p.territory() + " is of " + p.year()
              + ", given as " + year);
        }
      }
      if (years.putIfAbsent(year, List.copyOf(populations)) != null) {
        throw new IllegalArgumentException("year " + year + " is given twice");
      }
      return this;
    }

    /**
     * Crosswalks every year onto the reference date.
     *
     * @return the series
     * @throws IllegalArgumentException if no year was given, or a population is not of a comune of its year
     */
    public TerritorySeries build() {
      if (years.isEmpty()) {
        throw new IllegalArgumentException("a series needs at least one year");
      }
      Map<Integer, Crosswalk.Result<Population>> mapped = new TreeMap<>();
      years.forEach((year, pops) -> mapped.put(year,
          Crosswalk.between(registry, variations, LocalDate.of(year, 1, 1), reference).mapPopulations(pops)));
      return new TerritorySeries(registry, reference, mapped);
    }
  }

  /** {@return the reference date} */
  public LocalDate reference() {
    return reference;
  }

  /** {@return the years, ascending} */
  public List<Integer> years() {
    return List.copyOf(years.keySet());
  }

  /** {@return the comuni of the reference date with a population in every year, in code order} */
  public Set<IstatCode> comuni() {
    return comuni;
  }

  /** {@return the comuni of the reference date left out of the series, with the reasons year by year} */
  public Map<IstatCode, String> leftOut() {
    return leftOut;
  }

  /**
   * What the crosswalk did in a year, comune by comune.
   *
   * @param year a year of the series
   * @return its result and report
   * @throws IllegalArgumentException if the year is not in the series
   */
  public Crosswalk.Result<Population> crosswalk(int year) {
    Crosswalk.Result<Population> r = years.get(year);
    if (r == null) {
      throw new IllegalArgumentException("year " + year + " is not in the series " + years.keySet());
    }
    return r;
  }

  /** {@return the populations of the comuni of the series, every year, on the reference territory} */
  public List<Population> populations() {
    List<Population> out = new ArrayList<>();
    years.values().forEach(r -> r.values().forEach((c, p) -> {
      if (comuni.contains(c)) {
        out.add(p);
      }
    }));
    return out;
  }

  /**
   * The cruscotto of every year with the registry's provinces, regions and Italy of the reference date as
   * levels: the comuni of the series, and each grouping all of whose comuni are in the series. A grouping
   * with a comune left out ({@link #leftOut()}) has no value, its reason naming the comuni missing, since
   * its figures would be those of a part of it (see {@link Dashboard.Builder#incompleteGroupingsUndefined()}).
   *
   * @return the table: level 0 comuni, 1 provinces, 2 regions, 3 Italy
   */
  public DashboardTable dashboard() {
    return dashboard(List.of(registry.provinces(reference), registry.regions(reference),
        registry.nation(reference)));
  }

  /**
   * The cruscotto of every year with the given levels: the comuni of the series, and their groupings. A
   * grouping that holds a comune not in the series has no value, its reason naming the comuni missing,
   * rather than the figures of the part of it in the series; a grouping with no comune in the series is
   * left out.
   *
   * @param levels partitions of the reference date's comuni, finest first, each holding every comune of the
   *     series; not null
   * @return the table
   * @throws IllegalArgumentException if a comune of the series is not in every partition, or the partitions
   *     are not nested
   */
  public DashboardTable dashboard(List<Partition> levels) {
    // A grouping was once summed over its comuni in the series alone: Italy from two comuni was shown as
    // Italy. Its comuni outside the series now make it undefined instead.
    return Dashboard.builder().levels(levels).populations(populations()).incompleteGroupingsUndefined()
        .compute();
  }

  @Override
  public String toString() {
    return "TerritorySeries[" + reference + ", years " + years.keySet() + ", " + comuni.size() + " comuni, "
        + leftOut.size() + " left out]";
  }
}
