package io.github.socialplan.spark;

import io.github.socialplan.benchmarks.synthetic.IseeUser;
import io.github.socialplan.benchmarks.synthetic.SyntheticIseeUsers;
import java.util.Iterator;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.spark.api.java.function.MapPartitionsFunction;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;

/**
 * The synthetic ISEE users as a Spark Dataset, generated where they are used: each partition makes its own
 * range of ids, so nothing is shipped from the driver and the rows are those of the plain generator.
 */
final class SyntheticUsersDataset {

  /** Columns of a user. */
  static final StructType SCHEMA = new StructType()
      .add("id", DataTypes.LongType, false)
      .add("comune", DataTypes.StringType, false)
      .add("ambito", DataTypes.StringType, false)
      .add("age", DataTypes.IntegerType, false)
      .add("isee", DataTypes.createDecimalType(12, 2), false)
      .add("service", DataTypes.StringType, false);

  /** One generator per seed and JVM: its comuni and ambiti take a moment to build. */
  private static final Map<Long, SyntheticIseeUsers> GENERATORS = new ConcurrentHashMap<>();

  private SyntheticUsersDataset() {}

  static SyntheticIseeUsers generator(long seed) {
    return GENERATORS.computeIfAbsent(seed, SyntheticIseeUsers::of);
  }

  /**
   * Users {@code 0..count-1} of a seed.
   *
   * @param spark the session
   * @param seed the generator's seed
   * @param count how many users
   * @param partitions how many partitions to make them in
   * @return the users
   */
  static Dataset<Row> users(SparkSession spark, long seed, long count, int partitions) {
    return spark.range(0, count, 1, partitions).mapPartitions(
        (MapPartitionsFunction<Long, Row>) ids -> {
          SyntheticIseeUsers users = generator(seed);
          return new Iterator<Row>() {
            @Override
            public boolean hasNext() {
              return ids.hasNext();
            }

            @Override
            public Row next() {
              IseeUser u = users.user(ids.next());
              return RowFactory.create(u.id(), u.comune(), u.ambito(), u.age(), u.isee(), u.service());
            }
          };
        }, Encoders.row(SCHEMA));
  }
}
