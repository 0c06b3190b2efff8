/**
 * socialplan on Apache Spark (<i>socialplan su Spark</i>): {@link io.github.socialplan.spark.SocialPlanSpark}
 * registers the library's exact co-payments, demographic indicators, population sums and allocations as
 * Spark SQL functions with the prefix {@code sp_}; {@link io.github.socialplan.spark.GroupAllocation} shares
 * a total among the rows of every group of a Dataset; {@link io.github.socialplan.spark.ScheduleJson} reads
 * the JSON form of a co-payment schedule.
 */
package io.github.socialplan.spark;
