package io.github.socialplan.indicators.services;

import io.github.socialplan.core.money.Money;
import io.github.socialplan.core.population.AgeBand;
import io.github.socialplan.core.population.Population;
import io.github.socialplan.core.service.Service;
import io.github.socialplan.core.service.UserArea;
import io.github.socialplan.core.territory.IstatCode;
import io.github.socialplan.core.territory.Partition;
import io.github.socialplan.indicators.coverage.Coverage;
import io.github.socialplan.indicators.result.IndicatorValue;
import io.github.socialplan.indicators.result.UndefinedReason;
import java.util.Collections;
import java.util.LinkedHashMap;
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
 * <p>Immutable and thread-safe.
 */
public final class ServiceTable {

  private final Map<String, Map<Service, ServiceFigures>> rows;

  private ServiceTable(Map<String, Map<Service, ServiceFigures>> rows) {
    this.rows = rows;
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
   * @return the figures, empty if the table has none
   */
  public Optional<ServiceFigures> figures(String territory, Service service) {
    return Optional.ofNullable(rows.getOrDefault(territory, Map.of()).get(Objects.requireNonNull(service)));
  }

  /**
   * The figures of every service of a territory, added.
   *
   * @param territory not null
   * @return the sum; {@link ServiceFigures#NONE} if the table has none
   */
  public ServiceFigures total(String territory) {
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
   * @return the sum over the services whose areas include {@code area}
   */
  public ServiceFigures total(String territory, UserArea area) {
    Objects.requireNonNull(area, "area");
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
   * @return the percentage; undefined if the table has no figures for the service there (missing input), if
   *     the target population is 0, or if the population's age bands do not give the target band
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
      return IndicatorValue.undefined(UndefinedReason.MISSING_INPUT,
          "users of " + service.id() + " in " + territory + " not known");
    }
    return Coverage.of(f.get().users(), population, target);
  }

  /**
   * The table of the groupings of a partition: each grouping's figures are the sum of its comuni's.
   *
   * @param partition not null
   * @return one territory per grouping that has figures
   * @throws IllegalArgumentException if a territory of this table is not a comune of the partition, naming
   *     it
   */
  public ServiceTable grouped(Partition partition) {
    Objects.requireNonNull(partition, "partition");
    Map<IstatCode, String> groupOf = partition.groupByComune();
    Builder b = new Builder();
    for (Map.Entry<String, Map<Service, ServiceFigures>> e : rows.entrySet()) {
      String group = null;
      try {
        group = groupOf.get(IstatCode.parse(e.getKey()));
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
    return b.build();
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
      Map<String, Map<Service, ServiceFigures>> copy = new LinkedHashMap<>();
      rows.forEach((t, m) -> copy.put(t, Collections.unmodifiableMap(new LinkedHashMap<>(m))));
      return new ServiceTable(Collections.unmodifiableMap(copy));
    }
  }
}
