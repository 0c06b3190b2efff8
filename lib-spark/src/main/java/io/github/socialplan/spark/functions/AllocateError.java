package io.github.socialplan.spark.functions;

import org.apache.spark.sql.api.java.UDF6;

/**
 * {@code sp_allocate_error(grp, total, ids, weights, floors, ceilings) -> STRING}: why {@code sp_allocate}
 * is NULL for this group, naming the group ({@code group "A12": every weight is zero ...}), or NULL when the
 * group has its allocation.
 */
public final class AllocateError implements UDF6<Object, Object, Object, Object, Object, Object, String> {

  private static final long serialVersionUID = 1L;

  /** Creates the function; Spark and PySpark's {@code registerJavaFunction} call this. */
  public AllocateError() {}

  /**
   * The reason.
   *
   * @param group the group, a text or a number, may be null
   * @param total the amount to share
   * @param ids the rows' ids
   * @param weights the rows' weights
   * @param floors the rows' floors, or null
   * @param ceilings the rows' ceilings, or null
   * @return the message, or null if the group can be allocated
   */
  @Override
  public String call(Object group, Object total, Object ids, Object weights, Object floors, Object ceilings) {
    return AllocationCalculator.allocate(group, total, ids, weights, floors, ceilings).error();
  }
}
