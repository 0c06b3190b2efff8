package io.github.socialplan.spark.functions;

import io.github.socialplan.indicators.result.IndicatorValue;
import org.apache.spark.sql.api.java.UDF3;

/**
 * {@code sp_indicator(id STRING, male ARRAY<numeric>, female ARRAY<numeric>) -> DOUBLE}: a socio-demographic
 * indicator (<i>indicatore socio-demografico</i>: indice di vecchiaia, dipendenza, ricambio, struttura,
 * carico di figli, età media, % anziani, grandi anziani, minorenni) of residents counted by single year of
 * age 0..100 (100 = 100 and over) and sex, by the library's {@code DemographicIndicators}.
 *
 * <p>The value is the double nearest the exact ratio (the library rounds only for display). It is SQL NULL
 * when the indicator is undefined (a zero denominator: no children for the old-age index) or the input is
 * bad (an unknown id, arrays not of 101 counts, a negative count, a fractional one such as 12.7, one beyond
 * the int range; a whole 12.0 given as DOUBLE or DECIMAL is the count 12); {@link IndicatorReason} says why, never
 * 0 or NaN. Ids: {@code old_age_index, total_dependency_ratio, old_age_dependency_ratio,
 * youth_dependency_ratio, active_population_replacement_index, active_population_structure_index,
 * child_woman_ratio, mean_age, pct_elderly_65plus, pct_oldest_old, pct_minors} (the others of the
 * catalogue need inputs besides the counts and are NULL with reason {@code MISSING_INPUT}).
 *
 * <p>For PySpark: {@code spark.udf.registerJavaFunction("sp_indicator",
 * "io.github.socialplan.spark.functions.IndicatorFunction", DoubleType())}.
 */
public final class IndicatorFunction implements UDF3<Object, Object, Object, Double> {

  private static final long serialVersionUID = 1L;

  /** Creates the function; Spark and PySpark's {@code registerJavaFunction} call this. */
  public IndicatorFunction() {}

  /**
   * The value.
   *
   * @param id the indicator's id, a text; may be null
   * @param male 101 counts of males by age, may be null
   * @param female 101 counts of females by age, may be null
   * @return the value, or null if undefined or on bad input
   */
  @Override
  public Double call(Object id, Object male, Object female) {
    IndicatorValue v = IndicatorCalculator.indicator(id, male, female).value();
    return v == null ? null : v.value();
  }
}
