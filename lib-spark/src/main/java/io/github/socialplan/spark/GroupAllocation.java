package io.github.socialplan.spark;

import static org.apache.spark.sql.functions.call_function;
import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.collect_list;
import static org.apache.spark.sql.functions.concat;
import static org.apache.spark.sql.functions.element_at;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.max;
import static org.apache.spark.sql.functions.min;
import static org.apache.spark.sql.functions.not;
import static org.apache.spark.sql.functions.posexplode;
import static org.apache.spark.sql.functions.struct;
import static org.apache.spark.sql.functions.when;

import java.util.Objects;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

/**
 * Allocation of a total among the rows of every group, to the cent, as one Dataset operation
 * (<i>riparto per gruppi</i>): each group's rows are collected, shared by {@code sp_allocate} (the library's
 * largest remainder method with floors and ceilings) and given back one per row, so the amounts of every
 * group add up exactly to its total.
 *
 * <pre>{@code
 * Dataset<Row> shares = GroupAllocation.of("region", "fund", "ambito", "users").allocate(ambiti);
 * // columns group (the region), id (the ambito, as STRING), weight (its users), amount, error
 * }</pre>
 *
 * <p>The group column may be a text or a number (an INT group id), and so may the ids. A group that cannot
 * be allocated (a NULL weight, every weight zero, floors above the total, totals that differ between its
 * rows, a total NULL on some or all of its rows, an amount too large for {@code DECIMAL(18,2)}) keeps its
 * rows with a NULL amount and the reason, naming the group, in {@code error}. Requires
 * {@link SocialPlanSpark#register} on the session.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class GroupAllocation {

  private final String group;
  private final String total;
  private final String id;
  private final String weight;
  private final String floor;
  private final String ceiling;

  private GroupAllocation(String group, String total, String id, String weight, String floor, String ceiling) {
    this.group = group;
    this.total = total;
    this.id = id;
    this.weight = weight;
    this.floor = floor;
    this.ceiling = ceiling;
  }

  /**
   * An allocation without bounds.
   *
   * @param group the column whose values are the groups, not null
   * @param total the column of each group's total in euro (the same on every row of a group; a STRING total
   *     written the same way, as texts are compared: "100.00" and "100.0" are refused as totals that
   *     differ), not null
   * @param id the column of the recipients' ids, unique within a group, not null
   * @param weight the column of the weights, {@code >= 0}, not null
   * @return the operation
   */
  public static GroupAllocation of(String group, String total, String id, String weight) {
    return new GroupAllocation(Objects.requireNonNull(group, "group"), Objects.requireNonNull(total, "total"),
        Objects.requireNonNull(id, "id"), Objects.requireNonNull(weight, "weight"), null, null);
  }

  /**
   * The same with floors and ceilings.
   *
   * @param floorColumn the column of the floors in euro (NULL: none), or null for no floors
   * @param ceilingColumn the column of the ceilings in euro (NULL: none), or null for no ceilings
   * @return a new operation
   */
  public GroupAllocation withBounds(String floorColumn, String ceilingColumn) {
    return new GroupAllocation(group, total, id, weight, floorColumn, ceilingColumn);
  }

  /**
   * Allocates.
   *
   * @param rows one row per recipient, not null
   * @return columns {@code group} (the group column's values), {@code id} (as STRING), {@code weight},
   *     {@code amount DECIMAL(18,2)}, {@code error}: one row per input row
   */
  public Dataset<Row> allocate(Dataset<Row> rows) {
    Objects.requireNonNull(rows, "rows");
    Column none = lit(null).cast("decimal(18,2)");
    Dataset<Row> groups = rows.groupBy(col(group).as("group")).agg(
        min(col(total)).as("_total"), max(col(total)).as("_total_max"),
        count(col(total)).as("_totals"), count(lit(1)).as("_n"),
        collect_list(struct(col(id).cast("string").as("id"), col(weight).as("weight"),
            (floor == null ? none : col(floor)).as("floor"),
            (ceiling == null ? none : col(ceiling)).as("ceiling"))).as("_rows"));
    Column[] args = {col("group").cast("string"), col("_total"), col("_rows.id"), col("_rows.weight"),
        floor == null ? none : col("_rows.floor"), ceiling == null ? none : col("_rows.ceiling")};
    // min and max skip NULL: a total NULL on some rows only is a total that differs, not one to leave out;
    // NULL on every row is sp_allocate's to report ("total is NULL").
    Column nullOnSome = col("_totals").gt(0).and(col("_totals").lt(col("_n")));
    Column sameTotal = col("_total").eqNullSafe(col("_total_max")).and(not(nullOnSome));
    // As sp_allocate names a group: in quotes, or NULL.
    Column name = coalesce(concat(lit("\""), col("group").cast("string"), lit("\"")), lit("NULL"));
    Dataset<Row> allocated = groups.select(col("group"),
        when(sameTotal, call_function(SocialPlanSpark.ALLOCATE, args)).as("_parts"),
        when(sameTotal, call_function(SocialPlanSpark.ALLOCATE_ERROR, args))
            .when(nullOnSome, concat(lit("group "), name, lit(": the total is NULL on "),
                col("_n").minus(col("_totals")).cast("string"), lit(" of its "), col("_n").cast("string"),
                lit(" rows")))
            .otherwise(concat(lit("group "), name, lit(": the total differs between its rows: "),
                col("_total").cast("string"), lit(" and "), col("_total_max").cast("string"))).as("error"),
        posexplode(col("_rows")).as(new String[] {"_pos", "_row"}));
    return allocated.select(col("group"), col("_row.id").as("id"), col("_row.weight").as("weight"),
        element_at(col("_parts"), col("_pos").plus(1)).getField("amount").as("amount"), col("error"));
  }
}
