package io.github.socialplan.report.chart;

import io.github.socialplan.indicators.catalogue.Indicator;
import io.github.socialplan.indicators.dashboard.DashboardRow;
import io.github.socialplan.indicators.dashboard.DashboardTable;
import io.github.socialplan.indicators.result.IndicatorValue;
import java.util.Collections;
import java.util.Map;
import java.util.Objects;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * One indicator of one territory over the years (<i>serie storica</i>), as a trend chart draws it. Undefined
 * values are kept, with their reasons: the chart leaves a gap there and says why.
 *
 * <p>Immutable and thread-safe.
 */
public final class IndicatorSeries {

  private final String territory;
  private final Indicator indicator;
  private final SortedMap<Integer, IndicatorValue> values;

  private IndicatorSeries(String territory, Indicator indicator, SortedMap<Integer, IndicatorValue> values) {
    this.territory = territory;
    this.indicator = indicator;
    this.values = values;
  }

  /**
   * A series from values by year.
   *
   * @param territory the territory's name as the chart shows it, not null
   * @param indicator the indicator, not null
   * @param values the value of each year, not null
   * @return the series, not null
   */
  public static IndicatorSeries of(String territory, Indicator indicator, Map<Integer, IndicatorValue> values) {
    Objects.requireNonNull(territory, "territory");
    Objects.requireNonNull(indicator, "indicator");
    SortedMap<Integer, IndicatorValue> copy = new TreeMap<>(values);
    copy.values().forEach(v -> Objects.requireNonNull(v, "value"));
    return new IndicatorSeries(territory, indicator, Collections.unmodifiableSortedMap(copy));
  }

  /**
   * The series of a territory of a cruscotto, every year the table has.
   *
   * @param table the cruscotto, not null
   * @param level the territory's level in the table (0 = the finest partition's comuni)
   * @param territory the territory's id, not null
   * @param indicatorId the indicator's id, not null
   * @return the series, empty if the table has no such row
   */
  public static IndicatorSeries fromDashboard(DashboardTable table, int level, String territory,
      String indicatorId) {
    SortedMap<Integer, IndicatorValue> values = new TreeMap<>();
    Indicator indicator = null;
    for (DashboardRow r : rows(table, level, territory, indicatorId)) {
      values.put(r.year(), r.value());
      indicator = r.indicator();
    }
    if (indicator == null) {
      throw new IllegalArgumentException("the cruscotto has no row for territory " + territory + " at level "
          + level + " and indicator " + indicatorId);
    }
    return of(territory, indicator, values);
  }

  /**
   * The series of the parent territory of a cruscotto's territory, as its rows carry it.
   *
   * @param table the cruscotto, not null
   * @param level the child territory's level
   * @param territory the child territory's id, not null
   * @param indicatorId the indicator's id, not null
   * @return the parent's series, named after the parent
   * @throws IllegalArgumentException if the territory has no row or no parent
   */
  public static IndicatorSeries parentFromDashboard(DashboardTable table, int level, String territory,
      String indicatorId) {
    SortedMap<Integer, IndicatorValue> values = new TreeMap<>();
    Indicator indicator = null;
    String parent = null;
    for (DashboardRow r : rows(table, level, territory, indicatorId)) {
      if (r.parent().isPresent() && r.parentValue().isPresent()) {
        values.put(r.year(), r.parentValue().get());
        parent = r.parent().get();
        indicator = r.indicator();
      }
    }
    if (indicator == null) {
      throw new IllegalArgumentException("territory " + territory + " at level " + level
          + " has no parent in the cruscotto for indicator " + indicatorId);
    }
    return of(parent, indicator, values);
  }

  private static Iterable<DashboardRow> rows(DashboardTable table, int level, String territory, String id) {
    Objects.requireNonNull(table, "table");
    Objects.requireNonNull(territory, "territory");
    Objects.requireNonNull(id, "indicatorId");
    return table.rows().stream().filter(r -> r.level() == level && r.territory().equals(territory)
        && r.indicator().id().equals(id))::iterator;
  }

  /**
   * The territory's name.
   *
   * @return the name, not null
   */
  public String territory() {
    return territory;
  }

  /**
   * The indicator.
   *
   * @return the indicator, not null
   */
  public Indicator indicator() {
    return indicator;
  }

  /**
   * The values by year, in increasing year order.
   *
   * @return the values, not null
   */
  public SortedMap<Integer, IndicatorValue> values() {
    return values;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof IndicatorSeries s && territory.equals(s.territory) && indicator.equals(s.indicator)
        && values.equals(s.values);
  }

  @Override
  public int hashCode() {
    return Objects.hash(territory, indicator, values);
  }

  @Override
  public String toString() {
    return "IndicatorSeries[" + territory + ", " + indicator.id() + ", " + values.keySet() + "]";
  }
}
