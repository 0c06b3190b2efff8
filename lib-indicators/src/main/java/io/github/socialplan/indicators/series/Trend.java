package io.github.socialplan.indicators.series;

import io.github.socialplan.indicators.result.IndicatorValue;
import java.util.Map;
import java.util.Objects;

/**
 * The trend of one indicator of one territory over the years of a series (<i>andamento</i>).
 *
 * @param level the level of the territory in the cruscotto (0 comuni, 1 the finest partition...)
 * @param territory the ISTAT code or grouping id, not null
 * @param indicatorId the indicator's id, not null
 * @param firstYear the first year of the series
 * @param first the value in the first year, not null
 * @param lastYear the last year
 * @param last the value in the last year, not null
 * @param yearOnYear for each year after the first, in year order, the value minus the year before's (<i>variazione
 *     sull'anno precedente</i>, in the indicator's unit); undefined when either is; not null
 * @param compoundAnnualGrowth {@code ((last / first)^(1 / (lastYear - firstYear)) - 1) × 100}, the compound
 *     annual growth in % (<i>tasso medio annuo composto</i>); undefined with one year, a first value that
 *     is not positive, or an undefined end; not null
 */
public record Trend(int level, String territory, String indicatorId, int firstYear, IndicatorValue first,
    int lastYear, IndicatorValue last, Map<Integer, IndicatorValue> yearOnYear,
    IndicatorValue compoundAnnualGrowth) {

  /**
   * Checks and copies the components.
   *
   * @param level the level of the territory in the cruscotto (0 comuni, 1 the finest partition...)
   * @param territory the ISTAT code or grouping id, not null
   * @param indicatorId the indicator's id, not null
   * @param firstYear the first year of the series
   * @param first the value in the first year, not null
   * @param lastYear the last year
   * @param last the value in the last year, not null
   * @param yearOnYear for each year after the first, the value minus the year before's (<i>variazione sull'anno
   *     precedente</i>, in the indicator's unit); undefined when either is; not null; kept in year order
   * @param compoundAnnualGrowth {@code ((last / first)^(1 / (lastYear - firstYear)) - 1) × 100}, the compound annual growth in % (<i>tasso medio annuo composto</i>); undefined with one year, a first value that is not positive, or an undefined end; not null
   */
  public Trend {
    Objects.requireNonNull(territory, "territory");
    Objects.requireNonNull(indicatorId, "indicatorId");
    Objects.requireNonNull(first, "first");
    Objects.requireNonNull(last, "last");
    Objects.requireNonNull(compoundAnnualGrowth, "compoundAnnualGrowth");
    // in year order: Map.copyOf's order changes from one run to the next, and so did a printout of the changes
    java.util.SortedMap<Integer, IndicatorValue> byYear = new java.util.TreeMap<>();
    yearOnYear.forEach((y, v) -> byYear.put(Objects.requireNonNull(y, "year"),
        Objects.requireNonNull(v, () -> "change of " + y)));
    yearOnYear = java.util.Collections.unmodifiableSortedMap(byYear);
  }
}
