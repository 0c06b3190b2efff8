/**
 * The Spark SQL functions one by one (<i>le funzioni SQL</i>): public classes with a no-argument constructor,
 * so PySpark's {@code spark.udf.registerJavaFunction} can register any of them by class name. Each calls the
 * library: {@code LinearCopayment} and {@code StepCopayment}, {@code DemographicIndicators},
 * {@code Population.plus}, {@code LargestRemainder}.
 */
package io.github.socialplan.spark.functions;
