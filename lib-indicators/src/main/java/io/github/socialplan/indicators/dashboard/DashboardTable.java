package io.github.socialplan.indicators.dashboard;

import io.github.socialplan.core.territory.TerritoryKind;
import io.github.socialplan.indicators.catalogue.Indicator;
import io.github.socialplan.indicators.result.IndicatorValue;
import java.util.Arrays;
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
 * <p>The table keeps its values by level, in arrays of territories × indicators, and makes the
 * {@link DashboardRow} objects only when they are asked for: {@link #value} reads a value without
 * making a row, and {@link #rows()} makes the list of rows once, on its first call.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class DashboardTable {

  /** The values of one level in one year. */
  static final class Block {
    final int year;
    final int level;
    final TerritoryKind kind;
    /** The territory ids, sorted. */
    final String[] territories;
    /** Each territory's parent id; null at the coarsest level. */
    final String[] parents;
    /** Each territory's index in {@code parentBlock}; null at the coarsest level. */
    final int[] parentIndex;
    /** The block of the parent level; null at the coarsest level. */
    final Block parentBlock;
    /** The values, territory by territory, each in the order of the table's indicators. */
    final IndicatorValue[] values;

    Block(int year, int level, TerritoryKind kind, String[] territories, String[] parents, int[] parentIndex,
        Block parentBlock, IndicatorValue[] values) {
      this.year = year;
      this.level = level;
      this.kind = kind;
      this.territories = territories;
      this.parents = parents;
      this.parentIndex = parentIndex;
      this.parentBlock = parentBlock;
      this.values = values;
    }
  }

  private final List<Indicator> indicators;
  private final Map<String, Integer> indicatorIndex;
  private final List<Block> blocks;
  private final int size;
  // The rows, made on the first call of rows(); a race makes two equal lists, either of which is kept.
  private volatile List<DashboardRow> rows;

  /**
   * A table of blocks given in the table's order.
   *
   * @param indicators the indicators of every block, in catalogue order
   * @param blocks by year, then from the coarsest level to the comuni
   */
  DashboardTable(List<Indicator> indicators, List<Block> blocks) {
    this.indicators = List.copyOf(indicators);
    this.blocks = List.copyOf(blocks);
    this.indicatorIndex = new HashMap<>();
    for (int j = 0; j < this.indicators.size(); j++) {
      indicatorIndex.put(this.indicators.get(j).id(), j);
    }
    int n = 0;
    for (Block b : this.blocks) {
      n += b.values.length;
    }
    this.size = n;
  }

  /** Every row, in the table's order. */
  public List<DashboardRow> rows() {
    List<DashboardRow> r = rows;
    if (r == null) {
      r = makeRows();
      rows = r;
    }
    return r;
  }

  private List<DashboardRow> makeRows() {
    DashboardRow[] out = new DashboardRow[size];
    int k = 0;
    for (Block b : blocks) {
      for (int t = 0; t < b.territories.length; t++) {
        for (int j = 0; j < indicators.size(); j++) {
          out[k++] = row(b, t, j);
        }
      }
    }
    return List.of(out);
  }

  private DashboardRow row(Block b, int t, int j) {
    int n = indicators.size();
    IndicatorValue parentValue = b.parentBlock == null ? null : b.parentBlock.values[b.parentIndex[t] * n + j];
    return new DashboardRow(b.year, b.level, b.kind, b.territories[t], b.parents == null ? null : b.parents[t],
        indicators.get(j), b.values[t * n + j], parentValue);
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
    Objects.requireNonNull(territory, "territory");
    Objects.requireNonNull(indicatorId, "indicatorId");
    Block b = block(year, level);
    Integer j = indicatorIndex.get(indicatorId);
    if (b == null || j == null) {
      return Optional.empty();
    }
    int t = Arrays.binarySearch(b.territories, territory);
    return t < 0 ? Optional.empty() : Optional.of(row(b, t, j));
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
    Objects.requireNonNull(territory, "territory");
    Objects.requireNonNull(indicatorId, "indicatorId");
    Block b = block(year, level);
    Integer j = indicatorIndex.get(indicatorId);
    if (b == null || j == null) {
      return Optional.empty();
    }
    int t = Arrays.binarySearch(b.territories, territory);
    return t < 0 ? Optional.empty() : Optional.of(b.values[t * indicators.size() + j]);
  }

  private Block block(int year, int level) {
    for (Block b : blocks) {
      if (b.year == year && b.level == level) {
        return b;
      }
    }
    return null;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof DashboardTable && ((DashboardTable) o).rows().equals(rows());
  }

  @Override
  public int hashCode() {
    return rows().hashCode();
  }

  @Override
  public String toString() {
    return "DashboardTable[" + size + " rows]";
  }
}
