package io.github.socialplan.spark.functions;

import java.math.BigDecimal;
import org.apache.spark.sql.api.java.UDF2;

/**
 * {@code sp_copayment(schedule STRING, isee DECIMAL) -> DECIMAL(18,2)}: the fee per unit that a user with
 * this ISEE pays under the schedule (<i>quota di compartecipazione</i>), exact to the cent, by the library's
 * {@code LinearCopayment} or {@code StepCopayment}. NULL when the schedule is malformed or the ISEE is NULL,
 * negative or not a number; {@link CopaymentError} says why.
 *
 * <p>The ISEE may be DECIMAL (exact), an integer type, or DOUBLE or FLOAT (read by its shortest decimal text:
 * a FLOAT 12000.3 is 12000.3), or STRING read as an amount written as text ({@code "18000.00"}, at most two
 * decimals: {@code "18.000"}, eighteen thousand in Italian writing, is refused, not read as 18 euro). For
 * PySpark: {@code spark.udf.registerJavaFunction("sp_copayment",
 * "io.github.socialplan.spark.functions.Copayment", DecimalType(18, 2))}.
 */
public final class Copayment implements UDF2<Object, Object, BigDecimal> {

  private static final long serialVersionUID = 1L;

  /** Creates the function; Spark and PySpark's {@code registerJavaFunction} call this. */
  public Copayment() {}

  /**
   * The fee.
   *
   * @param schedule the schedule as a JSON text ({@link io.github.socialplan.spark.ScheduleJson}), may be null
   * @param isee the user's ISEE in euro, may be null
   * @return the fee at scale 2, or null on bad input
   */
  @Override
  public BigDecimal call(Object schedule, Object isee) {
    return CopaymentCalculator.copayment(schedule, isee).value();
  }
}
