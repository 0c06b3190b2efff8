package io.github.socialplan.spark;

import io.github.socialplan.benchmarks.synthetic.SyntheticComune;
import io.github.socialplan.benchmarks.synthetic.SyntheticIseeUsers;
import io.github.socialplan.benchmarks.synthetic.SyntheticItaly;
import io.github.socialplan.core.population.AgeBand;
import io.github.socialplan.indicators.coverage.Coverage;
import io.github.socialplan.indicators.result.IndicatorValue;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;

/**
 * The national study the module is for, on Spark's local mode: the co-payment of every synthetic ISEE user
 * under its service's rule, totals by ambito with the coverage of home care (users per 100 residents aged
 * 65 and over), then a fund shared among the ambiti by their users' count, with a floor each.
 *
 * <pre>
 * java [Spark's --add-opens flags] -cp [test class path] io.github.socialplan.spark.SparkExample [users]
 * </pre>
 */
public final class SparkExample {

  /** The fund shared among the ambiti. */
  static final BigDecimal FUND = new BigDecimal("25000000.00");

  /** Every ambito's floor. */
  static final BigDecimal FLOOR = new BigDecimal("10000.00");

  /** What the example computed. */
  record Result(Dataset<Row> copayments, List<Row> byAmbito, List<Row> allocation, Map<String, IndicatorValue> sadCoverage) {}

  private SparkExample() {}

  /**
   * Runs the example.
   *
   * @param args the number of users (default 100,000)
   */
  public static void main(String[] args) {
    long users = args.length > 0 ? Long.parseLong(args[0]) : 100_000;
    SparkSession spark = SparkSession.builder().master("local[2]").appName("socialplan example")
        .config("spark.ui.enabled", "false").config("spark.driver.host", "127.0.0.1")
        .config("spark.driver.bindAddress", "127.0.0.1").config("spark.sql.shuffle.partitions", "4")
        .getOrCreate();
    SocialPlanSpark.register(spark);
    Result r = run(spark, SyntheticIseeUsers.DEFAULT_SEED, users);
    BigDecimal total = BigDecimal.ZERO;
    long errors = 0;
    for (Row a : r.byAmbito()) {
      total = total.add(a.getDecimal(2));
      errors += a.getLong(4);
    }
    System.out.printf(Locale.ROOT, "%,d users in %d ambiti: co-payments %s euro a year, %d rows in error%n",
        users, r.byAmbito().size(), total.toPlainString(), errors);
    System.out.println("ambito  users  co-payments  exempt  home-care coverage (per 100 aged 65+)  share of the fund");
    Map<String, BigDecimal> shares = new HashMap<>();
    BigDecimal allocated = BigDecimal.ZERO;
    for (Row a : r.allocation()) {
      shares.put(a.getAs("id"), a.getAs("amount"));
      allocated = allocated.add(a.getAs("amount"));
    }
    for (Row a : r.byAmbito().subList(0, Math.min(8, r.byAmbito().size()))) {
      System.out.printf(Locale.ROOT, "%-7s %6d %12s %7d %8s %14s%n", a.getString(0), a.getLong(1),
          a.getDecimal(2).toPlainString(), a.getLong(3), r.sadCoverage().get(a.getString(0)).format(),
          shares.get(a.getString(0)).toPlainString());
    }
    System.out.println("fund " + FUND.toPlainString() + " allocated to the cent: " + allocated.toPlainString());
    spark.stop();
  }

  /**
   * The example's computations.
   *
   * @param spark a session with the functions registered
   * @param seed the users' seed
   * @param users how many users
   * @return the results, ambiti in code order
   */
  static Result run(SparkSession spark, long seed, long users) {
    List<Row> rules = new ArrayList<>();
    ServiceSchedules.BY_SERVICE.forEach((service, s) -> rules.add(RowFactory.create(service, s[0],
        Integer.valueOf(s[1]))));
    spark.createDataFrame(rules, new StructType().add("service", DataTypes.StringType)
        .add("schedule", DataTypes.StringType).add("units", DataTypes.IntegerType))
        .createOrReplaceTempView("rules");
    SyntheticUsersDataset.users(spark, seed, users, 4).createOrReplaceTempView("users");

    // Co-payments of every user: the fee per unit by the service's rule, times the units of a year.
    Dataset<Row> copayments = spark.sql("SELECT u.id, u.ambito, u.service, u.isee,"
        + " sp_copayment(r.schedule, u.isee) * r.units AS yearly, sp_copayment_error(r.schedule, u.isee) AS error"
        + " FROM users u JOIN rules r ON u.service = r.service");
    copayments.createOrReplaceTempView("copayments");
    List<Row> byAmbito = spark.sql("SELECT ambito, count(*) AS users, coalesce(sum(yearly), 0) AS copayments,"
        + " count_if(yearly = 0) AS exempt, count_if(error IS NOT NULL) AS errors,"
        + " count_if(service = 'sad') AS sad_users FROM copayments GROUP BY ambito ORDER BY ambito")
        .collectAsList();

    // Coverage of home care: the ambiti are few, so the driver asks the library with their residents 65+.
    Map<String, Long> elderly = elderlyByAmbito(seed);
    Map<String, IndicatorValue> coverage = new HashMap<>();
    for (Row a : byAmbito) {
      coverage.put(a.getString(0), Coverage.of(a.getLong(5), elderly.getOrDefault(a.getString(0), 0L)));
    }

    // The fund among the ambiti by users' count, each at least the floor.
    spark.createDataFrame(byAmbito, new StructType().add("ambito", DataTypes.StringType).add("users", DataTypes.LongType)
            .add("copayments", DataTypes.createDecimalType(38, 2)).add("exempt", DataTypes.LongType)
            .add("errors", DataTypes.LongType).add("sad_users", DataTypes.LongType))
        .createOrReplaceTempView("ambiti");
    Dataset<Row> recipients = spark.sql("SELECT 'IT' AS country, CAST(" + FUND.toPlainString()
        + " AS DECIMAL(14,2)) AS fund, ambito, users, CAST(" + FLOOR.toPlainString()
        + " AS DECIMAL(14,2)) AS floor FROM ambiti");
    List<Row> allocation = GroupAllocation.of("country", "fund", "ambito", "users").withBounds("floor", null)
        .allocate(recipients).orderBy("id").collectAsList();
    return new Result(copayments, byAmbito, allocation, coverage);
  }

  /** Residents aged 65 and over of every ambito of the synthetic Italy. */
  static Map<String, Long> elderlyByAmbito(long seed) {
    SyntheticIseeUsers generator = SyntheticUsersDataset.generator(seed);
    Map<String, String> ambitoOf = generator.ambitoOfComune();
    Map<String, Long> out = new HashMap<>();
    for (SyntheticComune c : SyntheticItaly.generate(seed)) {
      out.merge(ambitoOf.get(c.code()), c.toPopulation(2025).count(AgeBand.of(65, 100)), Long::sum);
    }
    return out;
  }
}
