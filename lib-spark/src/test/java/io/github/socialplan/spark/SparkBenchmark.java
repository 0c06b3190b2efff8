package io.github.socialplan.spark;

import io.github.socialplan.benchmarks.synthetic.SyntheticIseeUsers;
import io.github.socialplan.budget.copayment.CopaymentSchedule;
import io.github.socialplan.core.money.Money;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;

/**
 * Co-payments of N synthetic users plus their totals by ambito, two ways: the plain library streaming the
 * users in one JVM, and Spark {@code local[2]} with the registered functions. Both generate the users as
 * they go (the same generator), and both totals are checked equal. Run by {@code lib-spark/benchmark.sh}, not
 * by the tests.
 *
 * <p>Arguments: the sizes, comma-separated (default {@code 1000000,5000000,10000000}).
 */
public final class SparkBenchmark {

  private SparkBenchmark() {}

  /**
   * Runs the benchmark and prints one line per size.
   *
   * @param args the sizes
   */
  public static void main(String[] args) {
    String[] sizes = (args.length > 0 ? args[0] : "1000000,5000000,10000000").split(",");
    long seed = SyntheticIseeUsers.DEFAULT_SEED;
    SyntheticUsersDataset.generator(seed); // the comuni and ambiti, built once for both sides

    SparkSession spark = SparkSession.builder().master("local[2]").appName("socialplan benchmark")
        .config("spark.ui.enabled", "false").config("spark.driver.host", "127.0.0.1")
        .config("spark.driver.bindAddress", "127.0.0.1").config("spark.sql.shuffle.partitions", "4")
        .getOrCreate();
    SocialPlanSpark.register(spark);
    // Warm-up of both sides: the JIT and Spark's code generation.
    plain(seed, 200_000);
    sparkTotals(spark, seed, 200_000);

    System.out.println("users,plain_seconds,spark_local2_seconds,total_copayments");
    for (String s : sizes) {
      long n = Long.parseLong(s.trim());
      long t0 = System.nanoTime();
      Map<String, BigDecimal> plain = plain(seed, n);
      long t1 = System.nanoTime();
      Map<String, BigDecimal> distributed = sparkTotals(spark, seed, n);
      long t2 = System.nanoTime();
      if (!equal(plain, distributed)) {
        throw new IllegalStateException("totals differ at " + n + " users");
      }
      BigDecimal all = plain.values().stream().reduce(BigDecimal.ZERO, BigDecimal::add);
      System.out.printf(Locale.ROOT, "%d,%.1f,%.1f,%s%n", n, (t1 - t0) / 1e9, (t2 - t1) / 1e9, all.toPlainString());
    }
    spark.stop();
  }

  /** The plain library: one user at a time, totals by ambito in a map. */
  static Map<String, BigDecimal> plain(long seed, long n) {
    Map<String, CopaymentSchedule> schedules = new HashMap<>();
    Map<String, Integer> units = new HashMap<>();
    ServiceSchedules.BY_SERVICE.forEach((service, s) -> {
      schedules.put(service, ScheduleJson.read(s[0]));
      units.put(service, Integer.valueOf(s[1]));
    });
    Map<String, BigDecimal> totals = new HashMap<>();
    SyntheticUsersDataset.generator(seed).forEach(0, n, u -> {
      Money yearly = schedules.get(u.service()).copayment(u.isee()).times(units.get(u.service()));
      totals.merge(u.ambito(), yearly.amount(), BigDecimal::add);
    });
    return totals;
  }

  /** Spark: generated users joined to their rules, {@code sp_copayment}, a sum by ambito. */
  static Map<String, BigDecimal> sparkTotals(SparkSession spark, long seed, long n) {
    List<Row> rules = new ArrayList<>();
    ServiceSchedules.BY_SERVICE.forEach((service, s) -> rules.add(RowFactory.create(service, s[0],
        Integer.valueOf(s[1]))));
    spark.createDataFrame(rules, new StructType().add("service", DataTypes.StringType)
        .add("schedule", DataTypes.StringType).add("units", DataTypes.IntegerType))
        .createOrReplaceTempView("rules");
    SyntheticUsersDataset.users(spark, seed, n, 8).createOrReplaceTempView("users");
    Map<String, BigDecimal> totals = new HashMap<>();
    for (Row r : spark.sql("SELECT u.ambito, sum(sp_copayment(r.schedule, u.isee) * r.units)"
        + " FROM users u JOIN rules r ON u.service = r.service GROUP BY u.ambito").collectAsList()) {
      totals.put(r.getString(0), r.getDecimal(1));
    }
    return totals;
  }

  private static boolean equal(Map<String, BigDecimal> a, Map<String, BigDecimal> b) {
    if (!a.keySet().equals(b.keySet())) {
      return false;
    }
    for (Map.Entry<String, BigDecimal> e : a.entrySet()) {
      if (e.getValue().compareTo(b.get(e.getKey())) != 0) {
        return false;
      }
    }
    return true;
  }
}
