package io.github.socialplan.indicators.dashboard;

import io.github.socialplan.indicators.result.IndicatorValue;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The computed cruscotto (<i>cruscotto di monitoraggio</i>): its rows in a fixed order (year; coarsest
 * level first; territory id; indicator in catalogue order), whatever the order of the inputs. Export it
 * with {@code io.github.socialplan.indicators.export}.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class DashboardTable {

  private final List<DashboardRow> rows;
  private final Map<String, DashboardRow> index;

  DashboardTable(List<DashboardRow> rows) {
    this.rows = List.copyOf(rows);
    this.index = new HashMap<>();
    for (DashboardRow r : rows) {
      index.put(key(r.year(), r.level(), r.territory(), r.indicator().id()), r);
    }
  }

  private static String key(int year, int level, String territory, String indicatorId) {
    return year + "|" + level + "|" + territory + "|" + indicatorId;
  }

  /** Every row, in the table's order. */
  public List<DashboardRow> rows() {
    return rows;
  }

  /**
   * One row.
   *
   * @param year the year
   * @param level 0 for comuni, 1 for the finest partition...
   * @param territory the ISTAT code or group id, not null
   * @param indicatorId the indicator's id, not null
   * @return the row, empty if the table has none so keyed
   */
  public Optional<DashboardRow> row(int year, int level, String territory, String indicatorId) {
    return Optional.ofNullable(index.get(key(year, level,
        Objects.requireNonNull(territory, "territory"), Objects.requireNonNull(indicatorId, "indicatorId"))));
  }

  /**
   * One value.
   *
   * @param year the year
   * @param level 0 for comuni, 1 for the finest partition...
   * @param territory the ISTAT code or group id, not null
   * @param indicatorId the indicator's id, not null
   * @return the value, empty if the table has no such row
   */
  public Optional<IndicatorValue> value(int year, int level, String territory, String indicatorId) {
    return row(year, level, territory, indicatorId).map(DashboardRow::value);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof DashboardTable && ((DashboardTable) o).rows.equals(rows);
  }

  @Override
  public int hashCode() {
    return rows.hashCode();
  }

  @Override
  public String toString() {
    return "DashboardTable[" + rows.size() + " rows]";
  }
}
