package io.github.socialplan.spark.functions;

import org.apache.spark.sql.api.java.UDF2;

/**
 * {@code sp_copayment_error(schedule STRING, isee DECIMAL) -> STRING}: why {@code sp_copayment} is NULL for
 * this row (the JSON path of a malformed schedule, a negative or NULL ISEE), or NULL when it has a value.
 *
 * <p>For PySpark: {@code spark.udf.registerJavaFunction("sp_copayment_error",
 * "io.github.socialplan.spark.functions.CopaymentError", StringType())}.
 */
public final class CopaymentError implements UDF2<Object, Object, String> {

  private static final long serialVersionUID = 1L;

  /** Creates the function; Spark and PySpark's {@code registerJavaFunction} call this. */
  public CopaymentError() {}

  /**
   * The reason.
   *
   * @param schedule the schedule as a JSON text, may be null
   * @param isee the user's ISEE in euro, may be null
   * @return the message, or null if the co-payment is defined
   */
  @Override
  public String call(Object schedule, Object isee) {
    return CopaymentCalculator.copayment(schedule, isee).error();
  }
}
