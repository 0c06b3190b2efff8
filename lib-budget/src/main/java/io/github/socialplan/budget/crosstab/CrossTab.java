package io.github.socialplan.budget.crosstab;

import io.github.socialplan.core.money.Money;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * A table of euro amounts by row and column (<i>tabella incrociata</i>), e.g. a plan's budget by area ×
 * fund, with row, column and grand totals exact to the cent. Rows and columns keep the order in which
 * they were first met.
 *
 * <pre>{@code
 * CrossTab t = PlanCrossTabs.axisByYear(plan);
 * Money labs2015 = t.cell("wfl", "2015");
 * Money all = t.total();              // equals the plan's action budget total
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 */
public final class CrossTab {

  private final String rowName;
  private final String columnName;
  private final Map<String, Map<String, Money>> cells;
  private final List<String> columns;

  private CrossTab(String rowName, String columnName, Map<String, Map<String, Money>> cells, List<String> columns) {
    this.rowName = rowName;
    this.columnName = columnName;
    this.cells = cells;
    this.columns = columns;
  }

  /**
   * Returns a new builder.
   *
   * @param rowName what the rows are, e.g. "area", not null
   * @param columnName what the columns are, e.g. "fund", not null
   * @return an empty builder
   */
  public static Builder builder(String rowName, String columnName) {
    return new Builder(Objects.requireNonNull(rowName, "rowName"), Objects.requireNonNull(columnName, "columnName"));
  }

  /** {@return what the rows are} */
  public String rowName() {
    return rowName;
  }

  /** {@return what the columns are} */
  public String columnName() {
    return columnName;
  }

  /** {@return the row keys, in order} */
  public List<String> rows() {
    return List.copyOf(cells.keySet());
  }

  /** {@return the column keys, in order} */
  public List<String> columns() {
    return columns;
  }

  /**
   * One cell.
   *
   * @param row not null
   * @param column not null
   * @return the amount, zero if nothing was added there
   */
  public Money cell(String row, String column) {
    Map<String, Money> r = cells.get(Objects.requireNonNull(row, "row"));
    return r == null ? Money.ZERO : r.getOrDefault(Objects.requireNonNull(column, "column"), Money.ZERO);
  }

  /**
   * The total of a row.
   *
   * @param row not null
   * @return the sum of its cells
   */
  public Money rowTotal(String row) {
    Map<String, Money> r = cells.get(Objects.requireNonNull(row, "row"));
    return r == null ? Money.ZERO : Money.sum(r.values());
  }

  /**
   * The total of a column.
   *
   * @param column not null
   * @return the sum of its cells
   */
  public Money columnTotal(String column) {
    Objects.requireNonNull(column, "column");
    return cells.values().stream().map(r -> r.getOrDefault(column, Money.ZERO)).collect(Money.summing());
  }

  /** {@return the sum of every cell} */
  public Money total() {
    return cells.values().stream().map(r -> Money.sum(r.values())).collect(Money.summing());
  }

  @Override
  public String toString() {
    return "CrossTab[" + rowName + " x " + columnName + ", " + cells.size() + " x " + columns.size() + "]";
  }

  /** Adds amounts cell by cell; not thread-safe. */
  public static final class Builder {
    private final String rowName;
    private final String columnName;
    private final Map<String, Map<String, Money>> cells = new LinkedHashMap<>();
    private final Set<String> columns = new LinkedHashSet<>();

    private Builder(String rowName, String columnName) {
      this.rowName = rowName;
      this.columnName = columnName;
    }

    /**
     * Adds an amount to a cell.
     *
     * @param row not null
     * @param column not null
     * @param amount not null
     * @return this builder
     */
    public Builder add(String row, String column, Money amount) {
      Objects.requireNonNull(row, "row");
      Objects.requireNonNull(column, "column");
      Objects.requireNonNull(amount, "amount");
      columns.add(column);
      cells.computeIfAbsent(row, k -> new LinkedHashMap<>()).merge(column, amount, Money::plus);
      return this;
    }

    /**
     * Builds the table.
     *
     * @return the table
     */
    public CrossTab build() {
      Map<String, Map<String, Money>> copy = new LinkedHashMap<>();
      cells.forEach((k, v) -> copy.put(k, Collections.unmodifiableMap(new LinkedHashMap<>(v))));
      return new CrossTab(rowName, columnName, Collections.unmodifiableMap(copy), List.copyOf(new ArrayList<>(columns)));
    }
  }
}
