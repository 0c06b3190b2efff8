package io.github.socialplan.spark;

import org.apache.spark.sql.SparkSession;

/**
 * The one local Spark session every test class uses (starting Spark takes seconds): two cores, no web UI,
 * bound to the loopback interface, two shuffle partitions for small data, functions registered.
 */
final class SharedSpark {

  private static SparkSession session;

  private SharedSpark() {}

  static synchronized SparkSession session() {
    if (session == null) {
      session = SparkSession.builder()
          .master("local[2]")
          .appName("socialplan-spark tests")
          .config("spark.ui.enabled", "false")
          .config("spark.driver.host", "127.0.0.1")
          .config("spark.driver.bindAddress", "127.0.0.1")
          .config("spark.sql.shuffle.partitions", "2")
          .getOrCreate();
      SocialPlanSpark.register(session);
    }
    return session;
  }
}
