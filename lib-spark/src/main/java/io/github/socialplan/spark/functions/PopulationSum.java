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
 * {@code sp_population_sum(male ARRAY<INT>, female ARRAY<INT>) -> STRUCT<male: ARRAY<INT>, female:
 * ARRAY<INT>>}: the aggregate that adds populations by single year of age and sex into a grouping
 * (<i>popolazione di un ambito</i>, of a province), by the library's {@code Population.plus}, so the
 * indicators of the sum are the ratios of totals.
 *
 * <p>Adding is associative and commutative, so Spark may add partial sums in any order on any executor and
 * the result is the same. Rows whose two arrays are both NULL are skipped, as {@code SUM} skips NULL; an
 * array that is not 101 non-negative counts fails the query with a message naming the bad count.
 */
public final class PopulationSum extends Aggregator<Row, Population, Row> {

  private static final long serialVersionUID = 1L;

  /** The type of the input columns (males, then females by age) and of the result. */
  public static final StructType SCHEMA = new StructType()
      .add("male", DataTypes.createArrayType(DataTypes.IntegerType, false))
      .add("female", DataTypes.createArrayType(DataTypes.IntegerType, false));

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
   * @param row the male and female counts, 101 each
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
