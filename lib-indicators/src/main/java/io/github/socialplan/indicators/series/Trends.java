package io.github.socialplan.indicators.series;

import io.github.socialplan.indicators.dashboard.DashboardRow;
import io.github.socialplan.indicators.dashboard.DashboardTable;
import io.github.socialplan.indicators.result.IndicatorValue;
import io.github.socialplan.indicators.result.UndefinedReason;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * The multi-year view of a cruscotto (<i>cruscotto pluriennale</i>): for every territory and indicator, its
 * value in each year, the change on the year before, the compound annual growth, and the first and last
 * years.
 *
 * <pre>{@code
 * Trends trends = Trends.of(series.dashboard());
 * Trend t = trends.get(1, "047", "old_age_index");   // the Provincia di Pistoia
 * t.compoundAnnualGrowth().format();
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 */
public final class Trends {


  private final Map<String, Trend> trends;

  private Trends(Map<String, Trend> trends) {
    this.trends = Collections.unmodifiableMap(trends);
  }

  /**
   * Computes the trends of every territory and indicator of a table.
   *
   * @param table a cruscotto of one or more years, not null
   * @return the trends
   */
  public static Trends of(DashboardTable table) {
    Map<String, TreeMap<Integer, IndicatorValue>> byKey = new LinkedHashMap<>();
    Map<String, DashboardRow> sample = new LinkedHashMap<>();
    for (DashboardRow r : Objects.requireNonNull(table, "table").rows()) {
      String k = key(r.level(), r.territory(), r.indicator().id());
      byKey.computeIfAbsent(k, x -> new TreeMap<>()).put(r.year(), r.value());
      sample.putIfAbsent(k, r);
    }
    Map<String, Trend> out = new LinkedHashMap<>();
    byKey.forEach((k, values) -> {
      DashboardRow r = sample.get(k);
      out.put(k, trend(r.level(), r.territory(), r.indicator().id(), values));
    });
    return new Trends(out);
  }

  private static Trend trend(int level, String territory, String indicator, TreeMap<Integer, IndicatorValue> v) {
    Map<Integer, IndicatorValue> changes = new TreeMap<>();
    Map.Entry<Integer, IndicatorValue> previous = null;
    for (Map.Entry<Integer, IndicatorValue> e : v.entrySet()) {
      if (previous != null) {
        changes.put(e.getKey(), e.getKey() == previous.getKey() + 1 ? e.getValue().minus(previous.getValue())
            : IndicatorValue.undefined(UndefinedReason.MISSING_INPUT, indicator + " of " + territory
                + " has no value in " + (e.getKey() - 1)));
      }
      previous = e;
    }
    int firstYear = v.firstKey();
    int lastYear = v.lastKey();
    IndicatorValue first = v.firstEntry().getValue();
    IndicatorValue last = v.lastEntry().getValue();
    return new Trend(level, territory, indicator, firstYear, first, lastYear, last, changes,
        growth(territory, indicator, firstYear, first, lastYear, last));
  }

  private static IndicatorValue growth(String territory, String indicator, int firstYear, IndicatorValue first,
      int lastYear, IndicatorValue last) {
    String what = indicator + " of " + territory;
    if (lastYear == firstYear) {
      return IndicatorValue.undefined(UndefinedReason.NO_DATA,
          "compound growth of " + what + " needs two years, the series has only " + firstYear);
    }
    if (!first.isDefined() || !last.isDefined()) {
      return IndicatorValue.undefined(UndefinedReason.UNDEFINED_OPERAND,
          what + " is undefined in " + (first.isDefined() ? lastYear : firstYear));
    }
    if (first.value() <= 0 || last.value() < 0) {
      return IndicatorValue.undefined(UndefinedReason.OUT_OF_DOMAIN,
          "compound growth of " + what + " from " + first.value() + " in " + firstYear + " to "
              + last.value() + " in " + lastYear + " needs positive values");
    }
    return IndicatorValue.compoundGrowth(first, last, lastYear - firstYear);
  }

  private static String key(int level, String territory, String indicator) {
    return level + "\u0000" + territory + "\u0000" + indicator;
  }

  /**
   * The trend of one territory and indicator.
   *
   * @param level the level in the cruscotto (0 comuni...)
   * @param territory the ISTAT code or grouping id, not null
   * @param indicatorId the indicator's id, not null
   * @return the trend
   * @throws IllegalArgumentException if the table has no such row
   */
  public Trend get(int level, String territory, String indicatorId) {
    Trend t = trends.get(key(level, Objects.requireNonNull(territory, "territory"),
        Objects.requireNonNull(indicatorId, "indicatorId")));
    if (t == null) {
      throw new IllegalArgumentException("no row of level " + level + ", territory '" + territory
          + "', indicator '" + indicatorId + "' in the cruscotto");
    }
    return t;
  }

  /** {@return every trend, in the table's order of territories and indicators} */
  public List<Trend> all() {
    return new ArrayList<>(trends.values());
  }
}
