package io.github.socialplan.spark.functions;

import java.util.List;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.api.java.UDF6;

/**
 * {@code sp_allocate(grp, total DECIMAL, ids ARRAY<STRING>, weights ARRAY<numeric>,
 * floors ARRAY<DECIMAL>, ceilings ARRAY<DECIMAL>) -> ARRAY<STRUCT<id: STRING, amount: DECIMAL(18,2)>>}: a
 * group's total shared among its rows in proportion to their weights, to the cent, by the largest remainder
 * method within floors and ceilings (<i>riparto con il metodo dei resti più alti</i>), by the library's
 * {@code LargestRemainder}. The parts add up exactly to the total; the result does not depend on the order
 * of the rows.
 *
 * <p>It is a grouped operation: collect each group's rows with {@code collect_list(struct(id, weight, ...))}
 * and pass the arrays ({@code rows.id, rows.weight}); see {@link io.github.socialplan.spark.SocialPlanSpark}.
 * The group serves only to name it in messages: a text or a number (an INT group id, written as Spark casts
 * it to STRING); ids may be texts or numbers alike.
 * {@code floors} and {@code ceilings} may be NULL (no bounds) or hold NULL for a row without one. The
 * result is NULL when the group cannot be allocated: a NULL or negative weight, a repeated id, every weight
 * zero, floors above the total, ceilings that cannot take it, a part too large for {@code DECIMAL(18,2)}
 * (above 9999999999999999.99); {@link AllocateError} says why and names the group. A total, floor or
 * ceiling given as STRING is read as an amount written as text ({@code "250000.00"}, at most two decimals:
 * {@code "250.000"} is refused, not read as 250 euro), a weight as STRING as a plain decimal (no exponent).
 */
public final class Allocate implements UDF6<Object, Object, Object, Object, Object, Object, List<Row>> {

  private static final long serialVersionUID = 1L;

  /** Creates the function; Spark and PySpark's {@code registerJavaFunction} call this. */
  public Allocate() {}

  /**
   * The parts.
   *
   * @param group the group, for messages: a text or a number (an INT group id); may be null
   * @param total the amount to share, euro with at most two decimals, {@code >= 0}
   * @param ids the rows' ids, unique, not null elements
   * @param weights the rows' weights, as long as {@code ids}, each {@code >= 0}, not all zero
   * @param floors the rows' floors in euro, or null
   * @param ceilings the rows' ceilings in euro, or null
   * @return one (id, amount) per id in the same order, or null if the group cannot be allocated
   */
  @Override
  public List<Row> call(Object group, Object total, Object ids, Object weights, Object floors,
      Object ceilings) {
    return AllocationCalculator.allocate(group, total, ids, weights, floors, ceilings).value();
  }
}
