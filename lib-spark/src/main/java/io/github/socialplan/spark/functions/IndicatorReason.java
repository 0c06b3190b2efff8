package io.github.socialplan.spark.functions;

import org.apache.spark.sql.api.java.UDF3;

/**
 * {@code sp_indicator_reason(id STRING, male ARRAY<numeric>, female ARRAY<numeric>) -> STRING}: why
 * {@code sp_indicator} is NULL for this row ({@code ZERO_DENOMINATOR: zero denominator: residents aged
 * 0-14 is 0}, or the bad input), NULL when it has a value.
 *
 * <p>For PySpark: {@code spark.udf.registerJavaFunction("sp_indicator_reason",
 * "io.github.socialplan.spark.functions.IndicatorReason", StringType())}.
 */
public final class IndicatorReason implements UDF3<Object, Object, Object, String> {

  private static final long serialVersionUID = 1L;

  /** Creates the function; Spark and PySpark's {@code registerJavaFunction} call this. */
  public IndicatorReason() {}

  /**
   * The reason.
   *
   * @param id the indicator's id, a text; may be null
   * @param male 101 counts of males by age, may be null
   * @param female 101 counts of females by age, may be null
   * @return the reason, or null if the indicator has a value
   */
  @Override
  public String call(Object id, Object male, Object female) {
    return IndicatorCalculator.indicator(id, male, female).error();
  }
}
