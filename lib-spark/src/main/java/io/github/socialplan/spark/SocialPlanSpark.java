package io.github.socialplan.spark;

import io.github.socialplan.spark.functions.Allocate;
import io.github.socialplan.spark.functions.AllocateError;
import io.github.socialplan.spark.functions.Copayment;
import io.github.socialplan.spark.functions.CopaymentError;
import io.github.socialplan.spark.functions.IndicatorFunction;
import io.github.socialplan.spark.functions.IndicatorReason;
import io.github.socialplan.spark.functions.PopulationSum;
import java.util.List;
import java.util.Objects;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.UDFRegistration;
import org.apache.spark.sql.functions;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.DataTypes;

/**
 * socialplan's calculations as Spark SQL functions (<i>funzioni SQL di socialplan</i>): one call registers
 * them all, with the prefix {@value #PREFIX}, for SQL, the Dataset API ({@code functions.call_function}) and
 * PySpark.
 *
 * <pre>{@code
 * SocialPlanSpark.register(spark);
 * spark.sql("SELECT id, sp_copayment(:schedule, isee) AS fee FROM users");
 * }</pre>
 *
 * <p>Every function is a pure function of its arguments (the aggregate is associative and commutative), so
 * Spark may run it on any executor, in any order, again after a failure, and get the same result. Bad input
 * never fails the job silently: a scalar function returns NULL and its {@code _error} (or {@code _reason})
 * twin returns the message; to stop the job instead, wrap the twin in {@code raise_error} or
 * {@code assert_true}.
 *
 * <p>This class is stateless and thread-safe.
 */
public final class SocialPlanSpark {

  /** The prefix of every function's name. */
  public static final String PREFIX = "sp_";

  /** {@code sp_copayment(schedule, isee)}: see {@link Copayment}. */
  public static final String COPAYMENT = PREFIX + "copayment";
  /** {@code sp_copayment_error(schedule, isee)}: see {@link CopaymentError}. */
  public static final String COPAYMENT_ERROR = PREFIX + "copayment_error";
  /** {@code sp_indicator(id, male, female)}: see {@link IndicatorFunction}. */
  public static final String INDICATOR = PREFIX + "indicator";
  /** {@code sp_indicator_reason(id, male, female)}: see {@link IndicatorReason}. */
  public static final String INDICATOR_REASON = PREFIX + "indicator_reason";
  /** {@code sp_population_sum(male, female)}: see {@link PopulationSum}. */
  public static final String POPULATION_SUM = PREFIX + "population_sum";
  /** {@code sp_allocate(grp, total, ids, weights, floors, ceilings)}: see {@link Allocate}. */
  public static final String ALLOCATE = PREFIX + "allocate";
  /** {@code sp_allocate_error(grp, total, ids, weights, floors, ceilings)}: see {@link AllocateError}. */
  public static final String ALLOCATE_ERROR = PREFIX + "allocate_error";

  /** The SQL type of fees and allocated amounts: euro to the cent. */
  public static final DataType MONEY = DataTypes.createDecimalType(18, 2);

  /** The SQL type of {@code sp_allocate}'s result. */
  public static final DataType ALLOCATION = DataTypes.createArrayType(DataTypes.createStructType(List.of(
      DataTypes.createStructField("id", DataTypes.StringType, false),
      DataTypes.createStructField("amount", MONEY, false))));

  private SocialPlanSpark() {}

  /**
   * Registers every function in a session; calling it again replaces them with identical ones.
   *
   * @param spark the session, not null
   */
  public static void register(SparkSession spark) {
    Objects.requireNonNull(spark, "spark");
    UDFRegistration udf = spark.udf();
    udf.register(COPAYMENT, new Copayment(), MONEY);
    udf.register(COPAYMENT_ERROR, new CopaymentError(), DataTypes.StringType);
    udf.register(INDICATOR, new IndicatorFunction(), DataTypes.DoubleType);
    udf.register(INDICATOR_REASON, new IndicatorReason(), DataTypes.StringType);
    udf.register(ALLOCATE, new Allocate(), ALLOCATION);
    udf.register(ALLOCATE_ERROR, new AllocateError(), DataTypes.StringType);
    udf.register(POPULATION_SUM, functions.udaf(new PopulationSum(), Encoders.row(PopulationSum.INPUT)));
  }

  /**
   * The names of the functions {@link #register} registers.
   *
   * @return the names, {@code sp_copayment} first
   */
  public static List<String> functionNames() {
    return List.of(COPAYMENT, COPAYMENT_ERROR, INDICATOR, INDICATOR_REASON, POPULATION_SUM, ALLOCATE,
        ALLOCATE_ERROR);
  }
}
