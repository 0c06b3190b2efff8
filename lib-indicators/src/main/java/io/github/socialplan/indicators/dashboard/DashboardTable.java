package io.github.socialplan.indicators.dashboard;

import io.github.socialplan.core.territory.TerritoryKind;
import io.github.socialplan.indicators.catalogue.Indicator;
import io.github.socialplan.indicators.demography.DemographicColumns;
import io.github.socialplan.indicators.result.IndicatorValue;
import io.github.socialplan.indicators.result.UndefinedReason;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.function.Consumer;

/**
 * The computed cruscotto (<i>cruscotto di monitoraggio</i>): its rows in a fixed order (year; coarsest
 * level first; territory id; indicator in catalogue order), whatever the order of the inputs. Export it
 * with {@code io.github.socialplan.indicators.export}.
 *
 * <p>The table keeps its values by level: the socio-demographic ones computed as doubles in
 * {@link DemographicColumns} next to the territories' profiles, the others in an array of territories ×
 * indicators. It makes {@link IndicatorValue} and {@link DashboardRow} objects only when they are asked
 * for: {@link #asDouble} reads a computed value as it is, {@link #value} makes one value (equal on every
 * call), {@link #row} one row, and {@link #rows()} makes the list of rows once, on its first call.
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
    /** The socio-demographic values, by territory; null if the table has none. */
    final DemographicColumns demographic;
    /** For each of the table's indicators, its column in {@code demographic}, or -1. */
    final int[] column;
    /** The other values, territory by territory, each in the order of the table's indicators (null in a
     * socio-demographic indicator's place); null if the table has no other indicator. */
    final IndicatorValue[] others;
    /**
     * Why each territory has no value, its figures being those of a part of it (comuni without a
     * population); null for a whole territory; null if every territory of the block is whole.
     */
    final String[] incomplete;

    Block(int year, int level, TerritoryKind kind, String[] territories, String[] parents, int[] parentIndex,
        Block parentBlock, DemographicColumns demographic, int[] column, IndicatorValue[] others,
        String[] incomplete) {
      this.year = year;
      this.level = level;
      this.kind = kind;
      this.territories = territories;
      this.parents = parents;
      this.parentIndex = parentIndex;
      this.parentBlock = parentBlock;
      this.demographic = demographic;
      this.column = column;
      this.others = others;
      this.incomplete = incomplete;
    }

    IndicatorValue value(int territory, int indicator) {
      if (incomplete != null && incomplete[territory] != null) {
        return IndicatorValue.undefined(UndefinedReason.MISSING_INPUT, incomplete[territory]);
      }
      int c = column[indicator];
      return c >= 0 ? demographic.value(territory, c) : others[territory * column.length + indicator];
    }

    OptionalDouble asDouble(int territory, int indicator) {
      if (incomplete != null && incomplete[territory] != null) {
        return OptionalDouble.empty();
      }
      int c = column[indicator];
      return c >= 0 ? demographic.asDouble(territory, c)
          : others[territory * column.length + indicator].asDouble();
    }

    /** Every value, territory by territory, each in the order of the table's indicators. */
    IndicatorValue[] values() {
      int n = column.length;
      IndicatorValue[] out = new IndicatorValue[territories.length * n];
      for (int t = 0; t < territories.length; t++) {
        for (int j = 0; j < n; j++) {
          out[t * n + j] = value(t, j);
        }
      }
      return out;
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
      n += b.territories.length * this.indicators.size();
    }
    this.size = n;
  }

  /** {@return every row, in the table's order} */
  public List<DashboardRow> rows() {
    List<DashboardRow> r = rows;
    if (r == null) {
      r = makeRows();
      rows = r;
    }
    return r;
  }

  /**
   * Hands every row to {@code action} in the table's order, as {@link #rows()} lists them, making each row
   * when it is handed on and keeping none: for a table of many territories and years, whose list of rows
   * would hold an object per row and per value at once.
   *
   * @param action receives the rows, not null
   */
  public void forEachRow(Consumer<? super DashboardRow> action) {
    Objects.requireNonNull(action, "action");
    List<DashboardRow> made = rows;
    if (made != null) {
      made.forEach(action);
      return;
    }
    for (Block b : blocks) {
      for (int t = 0; t < b.territories.length; t++) {
        for (int j = 0; j < indicators.size(); j++) {
          action.accept(row(b, t, j));
        }
      }
    }
  }

  private List<DashboardRow> makeRows() {
    DashboardRow[] out = new DashboardRow[size];
    int n = indicators.size();
    Map<Block, IndicatorValue[]> made = new HashMap<>();
    int k = 0;
    for (Block b : blocks) { // parents come first
      IndicatorValue[] values = b.values();
      made.put(b, values);
      IndicatorValue[] parentValues = made.get(b.parentBlock); // null at the top level: no parent block
      for (int t = 0; t < b.territories.length; t++) {
        for (int j = 0; j < n; j++) {
          out[k++] = new DashboardRow(b.year, b.level, b.kind, b.territories[t],
              b.parents == null ? null : b.parents[t], indicators.get(j), values[t * n + j],
              parentValues == null ? null : parentValues[b.parentIndex[t] * n + j]);
        }
      }
    }
    return List.of(out);
  }

  private DashboardRow row(Block b, int t, int j) {
    IndicatorValue parentValue = b.parentBlock == null ? null : b.parentBlock.value(b.parentIndex[t], j);
    String parent = b.parents == null ? null : b.parents[t];
    return new DashboardRow(b.year, b.level, b.kind, b.territories[t], parent, indicators.get(j), b.value(t, j),
        parentValue);
  }

  /**
   * The table's indicators, in catalogue order: the columns of each territory's rows.
   *
   * @return the indicators, not null
   */
  public List<Indicator> indicators() {
    return indicators;
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
    Cell c = find(year, level, territory, indicatorId);
    return c == null ? Optional.empty() : Optional.of(row(c.block, c.territory, c.indicator));
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
    Cell c = find(year, level, territory, indicatorId);
    return c == null ? Optional.empty() : Optional.of(c.block.value(c.territory, c.indicator));
  }

  /**
   * One value as a double, read from the computed table without making an {@link IndicatorValue} for a
   * socio-demographic indicator; equal to {@code value(...).asDouble()}.
   *
   * @param year the year
   * @param level 0 for comuni, 1 for the finest partition...
   * @param territory the ISTAT code or group id, not null
   * @param indicatorId the indicator's id, not null
   * @return the value, empty if undefined or if the table has no such row
   */
  public OptionalDouble asDouble(int year, int level, String territory, String indicatorId) {
    Cell c = find(year, level, territory, indicatorId);
    return c == null ? OptionalDouble.empty() : c.block.asDouble(c.territory, c.indicator);
  }

  /** Where a keyed value sits: its block and its territory and indicator indexes. */
  private record Cell(Block block, int territory, int indicator) {}

  /** The cell of a key, or null if the table has none. */
  private Cell find(int year, int level, String territory, String indicatorId) {
    Objects.requireNonNull(territory, "territory");
    Objects.requireNonNull(indicatorId, "indicatorId");
    Block b = block(year, level);
    Integer j = indicatorIndex.get(indicatorId);
    if (b == null || j == null) {
      return null;
    }
    int t = Arrays.binarySearch(b.territories, territory);
    return t < 0 ? null : new Cell(b, t, j);
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
