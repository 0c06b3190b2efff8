package io.github.socialplan.indicators.services;

import io.github.socialplan.core.money.Money;
import io.github.socialplan.core.population.AgeBand;
import io.github.socialplan.core.population.Population;
import io.github.socialplan.core.service.Service;
import io.github.socialplan.core.service.UserArea;
import io.github.socialplan.core.territory.IstatCode;
import io.github.socialplan.core.territory.Partition;
import io.github.socialplan.indicators.coverage.Coverage;
import io.github.socialplan.indicators.internal.Lacking;
import io.github.socialplan.indicators.result.IndicatorValue;
import io.github.socialplan.indicators.result.UndefinedReason;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Users, municipal spending and co-payment by territory and {@link Service} (<i>tabella dei servizi</i>),
 * summed by area of users ({@link UserArea}) and by grouping of a {@link Partition}.
 *
 * <pre>{@code
 * ServiceTable t = ServiceTable.builder()
 *     .add("019036", Services.byId("NIDO"), 412, Money.ofEuros(2_100_000), Money.ofEuros(640_000))
 *     .build();
 * t.figures("019036", Services.byId("NIDO")).orElseThrow().municipalSpendingPerUser();
 * t.coverage("019036", Services.byId("NIDO"), population, AgeBand.of(0, 2));   // users / residents 0-2
 * ServiceTable ambiti = t.grouped(partition);                                    // per ambito
 * }</pre>
 *
 * <p>A territory with no row for a service is not known to have none: its figures of that service are
 * not known ({@link #coverage} is undefined, {@code MISSING_INPUT}). A row of 0 users and 0 euro says it
 * has none. So a grouping of {@link #grouped} has the figures of a service only if every one of its comuni
 * has a row for it; otherwise they are not known, and {@link #missing(String)} names the comuni without
 * one, rather than the sum of the others shown as the grouping's.
 *
 * <p>Immutable and thread-safe.
 */
public final class ServiceTable {

  private final Map<String, Map<Service, ServiceFigures>> rows;
  // Of a grouped table: per grouping, the services that some of its comuni have no row for, with those comuni.
  private final Map<String, Map<Service, List<String>>> missing;
  // Of a grouped table: how many comuni each grouping holds.
  private final Map<String, Integer> sizes;

  private ServiceTable(Map<String, Map<Service, ServiceFigures>> rows,
      Map<String, Map<Service, List<String>>> missing, Map<String, Integer> sizes) {
    this.rows = rows;
    this.missing = missing;
    this.sizes = sizes;
  }

  /** {@return A new builder} */
  public static Builder builder() {
    return new Builder();
  }

  /** {@return the territories, in the order they were first added} */
  public Set<String> territories() {
    return Collections.unmodifiableSet(rows.keySet());
  }

  /**
   * The figures of one service in one territory.
   *
   * @param territory not null
   * @param service not null
   * @return the figures, empty if the table has none: the territory has no row for it, or is a grouping
   *     some of whose comuni have none ({@link #missing(String)})
   */
  public Optional<ServiceFigures> figures(String territory, Service service) {
    return Optional.ofNullable(rows.getOrDefault(territory, Map.of()).get(Objects.requireNonNull(service)));
  }

  /**
   * The services of a grouping that some of its comuni have no row for, each with those comuni: the
   * grouping's figures of these services are not known.
   *
   * @param territory not null
   * @return the comuni without a row by service, in code order; empty for a comune, and for a grouping
   *     whose comuni all have a row for each of its services
   */
  public Map<Service, List<String>> missing(String territory) {
    return missing.getOrDefault(Objects.requireNonNull(territory, "territory"), Map.of());
  }

  /**
   * The figures of every service of a territory, added.
   *
   * @param territory not null
   * @return the sum of its rows
   * @throws IllegalArgumentException if the table has no row of the territory (not one of
   *     {@link #territories()}), naming it: its total is not known, not 0
   * @throws IllegalStateException if the territory is a grouping with a service that some of its comuni have
   *     no row for ({@link #missing(String)}), naming the service and the comuni: its total is not known
   */
  public ServiceFigures total(String territory) {
    refuseUnknown(territory, null);
    ServiceFigures sum = ServiceFigures.NONE;
    for (ServiceFigures f : rows.getOrDefault(Objects.requireNonNull(territory), Map.of()).values()) {
      sum = sum.plus(f);
    }
    return sum;
  }

  /**
   * The figures of the services of one area of users in a territory, added.
   *
   * @param territory not null
   * @param area not null
   * @return the sum over the services whose areas include {@code area}; {@link ServiceFigures#NONE} if the
   *     territory has rows, none of that area
   * @throws IllegalArgumentException if the table has no row of the territory (not one of
   *     {@link #territories()}), naming it: its total is not known, not 0
   * @throws IllegalStateException if the territory is a grouping with a service of that area that some of
   *     its comuni have no row for ({@link #missing(String)}), naming the service and the comuni
   */
  public ServiceFigures total(String territory, UserArea area) {
    Objects.requireNonNull(area, "area");
    refuseUnknown(territory, area);
    ServiceFigures sum = ServiceFigures.NONE;
    for (Map.Entry<Service, ServiceFigures> e : rows.getOrDefault(territory, Map.of()).entrySet()) {
      if (e.getKey().userAreas().contains(area)) {
        sum = sum.plus(e.getValue());
      }
    }
    return sum;
  }

  /**
   * The coverage of a service's target population in a territory: its users over the residents of the
   * target age band.
   *
   * @param territory not null
   * @param service not null
   * @param population the territory's residents, not null: its territory is {@code territory}, or none
   *     (an unnamed sum of populations, such as {@link Population#plus} of two comuni)
   * @param target the target age band, not null
   * @return the percentage; undefined if the table has no figures for the service there (missing input,
   *     naming the comuni without a row when the territory is a grouping), if the target population is 0, or
   *     if the population's age bands do not give the target band
   * @throws IllegalArgumentException if the population is of another territory, naming both: its
   *     residents would give a percentage of nobody's users
   */
  public IndicatorValue coverage(String territory, Service service, Population population, AgeBand target) {
    Objects.requireNonNull(territory, "territory");
    Objects.requireNonNull(service, "service");
    Objects.requireNonNull(population, "population");
    if (!population.territory().isEmpty() && !population.territory().equals(territory)) {
      throw new IllegalArgumentException("the coverage of " + service.id() + " in " + territory
          + " needs the residents of " + territory + ", not of " + population.territory());
    }
    Optional<ServiceFigures> f = figures(territory, service);
    if (f.isEmpty()) {
      List<String> lacking = missing(territory).get(service);
      return IndicatorValue.undefined(UndefinedReason.MISSING_INPUT,
          "users of " + service.id() + " in " + territory + " not known"
              + (lacking == null ? "" : ": " + partly(territory, lacking)));
    }
    return Coverage.of(f.get().users(), population, target);
  }

  /**
   * The table of the groupings of a partition: each grouping's figures of a service are the sum of its
   * comuni's, when every one of its comuni has a row for the service (0 users counts). When some have none,
   * the grouping's figures of that service are not known: {@link #figures} is empty, {@link #coverage}
   * undefined naming the comuni, and {@link #missing(String)} lists them, rather than the sum of the other
   * comuni shown as the grouping's.
   *
   * @param partition not null
   * @return one territory per grouping with a comune that has figures
   * @throws IllegalArgumentException if a territory of this table is not a comune of the partition, naming
   *     it
   */
  public ServiceTable grouped(Partition partition) {
    Objects.requireNonNull(partition, "partition");
    Map<IstatCode, String> groupOf = partition.groupByComune();
    Builder b = new Builder();
    Map<IstatCode, Map<Service, ServiceFigures>> byCode = new LinkedHashMap<>();
    for (Map.Entry<String, Map<Service, ServiceFigures>> e : rows.entrySet()) {
      String group = null;
      try {
        IstatCode code = IstatCode.parse(e.getKey());
        group = groupOf.get(code);
        byCode.put(code, e.getValue());
      } catch (IllegalArgumentException notACode) {
        // reported below
      }
      if (group == null) {
        throw new IllegalArgumentException(String.format(Locale.ROOT,
            "service figures of territory '%s' cannot be grouped: it is not a comune of partition '%s'",
            e.getKey(), partition.name()));
      }
      for (Map.Entry<Service, ServiceFigures> s : e.getValue().entrySet()) {
        b.merge(group, s.getKey(), s.getValue());
      }
    }
    // a comune without a row is not known to have no users: the others' sum would be shown as the whole's
    Map<String, Map<Service, List<String>>> lacking = new LinkedHashMap<>();
    Map<String, Integer> sizes = new LinkedHashMap<>();
    for (Map.Entry<String, Map<Service, ServiceFigures>> g : b.rows.entrySet()) {
      List<IstatCode> members = partition.members(g.getKey()); // in code order
      sizes.put(g.getKey(), members.size());
      for (Service s : List.copyOf(g.getValue().keySet())) {
        List<String> without = new ArrayList<>();
        for (IstatCode c : members) {
          if (!byCode.getOrDefault(c, Map.of()).containsKey(s)) {
            without.add(c.value());
          }
        }
        if (!without.isEmpty()) {
          g.getValue().remove(s);
          lacking.computeIfAbsent(g.getKey(), k -> new LinkedHashMap<>()).put(s, List.copyOf(without));
        }
      }
    }
    Map<String, Map<Service, List<String>>> frozen = new LinkedHashMap<>();
    lacking.forEach((g, m) -> frozen.put(g, Collections.unmodifiableMap(m)));
    return b.build(Collections.unmodifiableMap(frozen), Collections.unmodifiableMap(sizes));
  }

  /**
   * Refuses the total of a territory without rows, and that of a grouping (of an area, if not null) that has
   * a service known only in part.
   */
  private void refuseUnknown(String territory, UserArea area) {
    if (!rows.containsKey(Objects.requireNonNull(territory, "territory"))) {
      throw new IllegalArgumentException("the table has no figures of " + territory
          + ": its total is not known, not 0");
    }
    for (Map.Entry<Service, List<String>> e : missing(territory).entrySet()) {
      if (area == null || e.getKey().userAreas().contains(area)) {
        throw new IllegalStateException("the total of " + territory + (area == null ? "" : " in area "
            + area.sdmxCode()) + " is not known: " + e.getKey().id() + " is not known there, "
            + partly(territory, e.getValue()));
      }
    }
  }

  /** "1 of its 3 comuni has no row for it (019003); ...", the first comuni only. */
  private String partly(String territory, List<String> lacking) {
    return Lacking.comuni(lacking, sizes.getOrDefault(territory, lacking.size()), "no row for it")
        + "; its figures would be those of a part of it";
  }

  @Override
  public String toString() {
    return "ServiceTable[" + rows.size() + " territories]";
  }

  /** Collects the figures of a table; not thread-safe. */
  public static final class Builder {
    private final Map<String, Map<Service, ServiceFigures>> rows = new LinkedHashMap<>();

    private Builder() {}

    /**
     * Adds the figures of one service in one territory.
     *
     * @param territory an ISTAT code or a grouping id, not null, not blank
     * @param service not null
     * @param users {@code >= 0}
     * @param municipalSpending {@code >= 0}, not null
     * @param copayment {@code >= 0}, not null
     * @return this builder
     * @throws IllegalArgumentException if the service already has figures in the territory, or a figure is
     *     negative
     */
    public Builder add(String territory, Service service, long users,
        Money municipalSpending, Money copayment) {
      Objects.requireNonNull(territory, "territory");
      Objects.requireNonNull(service, "service");
      if (territory.isBlank()) {
        throw new IllegalArgumentException("territory of the " + service.id() + " figures is blank");
      }
      ServiceFigures f;
      try {
        f = new ServiceFigures(users, municipalSpending, copayment);
      } catch (IllegalArgumentException e) {
        throw new IllegalArgumentException(service.id() + " in " + territory + ": " + e.getMessage(), e);
      }
      if (rows.computeIfAbsent(territory, t -> new LinkedHashMap<>()).putIfAbsent(service, f) != null) {
        throw new IllegalArgumentException("service " + service.id() + " has figures twice in " + territory);
      }
      return this;
    }

    private void merge(String territory, Service service, ServiceFigures f) {
      rows.computeIfAbsent(territory, t -> new LinkedHashMap<>()).merge(service, f, ServiceFigures::plus);
    }

    /** {@return returns the table; the builder's maps are copied} */
    public ServiceTable build() {
      return build(Map.of(), Map.of());
    }

    private ServiceTable build(Map<String, Map<Service, List<String>>> missing, Map<String, Integer> sizes) {
      Map<String, Map<Service, ServiceFigures>> copy = new LinkedHashMap<>();
      rows.forEach((t, m) -> copy.put(t, Collections.unmodifiableMap(new LinkedHashMap<>(m))));
      return new ServiceTable(Collections.unmodifiableMap(copy), missing, sizes);
    }
  }
}
