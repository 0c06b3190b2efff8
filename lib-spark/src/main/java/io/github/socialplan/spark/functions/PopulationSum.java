package io.github.socialplan.spark.functions;

import io.github.socialplan.core.population.Population;
import io.github.socialplan.core.population.Sex;
import java.util.ArrayList;
import java.util.List;
import org.apache.spark.sql.Encoder;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.expressions.Aggregator;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;

/**
 * {@code sp_population_sum(male ARRAY<numeric>, female ARRAY<numeric>) -> STRUCT<male: ARRAY<INT>, female:
 * ARRAY<INT>>}: the aggregate that adds populations by single year of age and sex into a grouping
 * (<i>popolazione di un ambito</i>, of a province), by the library's {@code Population.plus}, so the
 * indicators of the sum are the ratios of totals.
 *
 * <p>Adding is associative and commutative, so Spark may add partial sums in any order on any executor and
 * the result is the same. Rows whose two arrays are both NULL are skipped, as {@code SUM} skips NULL; an
 * array that is not 101 non-negative whole counts fails the query with a message naming the age and the bad
 * count. The counts may be INT, BIGINT, DOUBLE, FLOAT or DECIMAL: the aggregate takes them as DOUBLE
 * ({@link #INPUT}), which holds every count exactly, so that a count given as 12.0 is 12 while 12.7, 5e9 or
 * -1 is refused, not cast to INT (which would read 12.7 as 12 and, without ANSI mode, 5e9 as 705032704). A
 * DECIMAL with more significant digits than a DOUBLE holds (about 15) is read as the nearest DOUBLE.
 */
public final class PopulationSum extends Aggregator<Row, Population, Row> {

  private static final long serialVersionUID = 1L;

  /** The type of the result: males, then females, by age. */
  public static final StructType SCHEMA = new StructType()
      .add("male", DataTypes.createArrayType(DataTypes.IntegerType, false))
      .add("female", DataTypes.createArrayType(DataTypes.IntegerType, false));

  /**
   * The type of the input columns (males, then females, by age), to which Spark casts the arguments: DOUBLE,
   * so that no count is cast to INT before it is checked.
   */
  public static final StructType INPUT = new StructType()
      .add("male", DataTypes.createArrayType(DataTypes.DoubleType, true))
      .add("female", DataTypes.createArrayType(DataTypes.DoubleType, true));

  /** A population has a year; these sums read no date, so every part gets the same fixed one. */
  private static final int UNDATED = 2000;

  /** Creates the aggregate. */
  public PopulationSum() {}

  /** {@return nobody: 0 at every age} */
  @Override
  public Population zero() {
    return Population.builder("", UNDATED).build();
  }

  /**
   * Adds one row.
   *
   * @param sum the sum so far, not null
   * @param row the male and female counts, 101 each, of {@link #INPUT}
   * @return the new sum
   */
  @Override
  public Population reduce(Population sum, Row row) {
    if (row.isNullAt(0) && row.isNullAt(1)) {
      return sum;
    }
    return add(sum, Population.of("", UNDATED, Values.ageCounts(row.get(0), "male counts"),
        Values.ageCounts(row.get(1), "female counts")));
  }

  /**
   * Adds two partial sums.
   *
   * @param a not null
   * @param b not null
   * @return the sum
   */
  @Override
  public Population merge(Population a, Population b) {
    return add(a, b);
  }

  /**
   * {@code a.plus(b)}, whose refusal of a count past the int range names the unnamed territory and the
   * fixed year the parts were given ("of the sum , 2000"): the rows have neither, so the message drops them.
   */
  private static Population add(Population a, Population b) {
    try {
      return a.plus(b);
    } catch (IllegalArgumentException e) {
      String m = String.valueOf(e.getMessage());
      String undated = " of the sum , " + UNDATED + " ";
      if (!m.contains(undated)) {
        throw e;
      }
      throw new IllegalArgumentException(m.replace(undated, " of the sum "), e);
    }
  }

  /**
   * The sum as a row of two arrays.
   *
   * @param sum not null
   * @return the male and female counts by age
   */
  @Override
  public Row finish(Population sum) {
    return RowFactory.create(seq(sum.counts(Sex.MALE)), seq(sum.counts(Sex.FEMALE)));
  }

  private static scala.collection.Seq<Integer> seq(int[] counts) {
    List<Integer> list = new ArrayList<>(counts.length);
    for (int c : counts) {
      list.add(c);
    }
    return scala.jdk.javaapi.CollectionConverters.asScala(list);
  }

  /** {@return partial sums travel between executors with Spark's Kryo serializer} */
  @Override
  public Encoder<Population> bufferEncoder() {
    return Encoders.kryo(Population.class);
  }

  /** {@return A row of the two arrays of {@link #SCHEMA}} */
  @Override
  public Encoder<Row> outputEncoder() {
    return Encoders.row(SCHEMA);
  }
}
