package io.github.socialplan.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.socialplan.benchmarks.compare.IndicatorChecksum;
import io.github.socialplan.benchmarks.compare.ItalyDashboard;
import io.github.socialplan.benchmarks.compare.ItalyProfiles;
import io.github.socialplan.benchmarks.synthetic.SyntheticComune;
import io.github.socialplan.benchmarks.synthetic.SyntheticItaly;
import io.github.socialplan.core.population.Population;
import io.github.socialplan.indicators.catalogue.Indicator;
import io.github.socialplan.indicators.demography.DemographicProfile;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.junit.jupiter.api.Test;

/**
 * The eleven indicators of every comune, province and Italy of the benchmarks' synthetic all-Italy file
 * (the same seed, 7,896 comuni), computed in Spark, carry the checksum that the plain library and the pandas
 * script print.
 */
class IndicatorChecksumTest {

  private final SparkSession spark = SharedSpark.session();

  @Test
  void allItalyIndicatorsHaveThePandasComparisonsChecksum() {
    List<SyntheticComune> italy = SyntheticItaly.generate(SyntheticItaly.DEFAULT_SEED);
    List<Row> rows = new ArrayList<>(italy.size());
    List<DemographicProfile> profiles = new ArrayList<>(italy.size());
    for (SyntheticComune c : italy) {
      int[] male = new int[Population.AGE_CLASSES];
      int[] female = new int[Population.AGE_CLASSES];
      for (int age = 0; age < male.length; age++) {
        male[age] = c.male(age);
        female[age] = c.female(age);
      }
      rows.add(RowFactory.create(c.code(), boxed(male), boxed(female)));
      profiles.add(DemographicProfile.of(c.toPopulation(2025)));
    }
    StructType schema = new StructType().add("code", DataTypes.StringType, false)
        .add("male", DataTypes.createArrayType(DataTypes.IntegerType, false), false)
        .add("female", DataTypes.createArrayType(DataTypes.IntegerType, false), false);
    spark.createDataFrame(rows, schema).createOrReplaceTempView("italy_comuni");

    // Comuni as they are, provinces and Italy as sums of single-year populations.
    StringBuilder values = new StringBuilder();
    for (Indicator i : ItalyDashboard.INDICATORS) {
      values.append(values.length() == 0 ? "" : ", ").append("sp_indicator('").append(i.id())
          .append("', male, female), sp_indicator_reason('").append(i.id()).append("', male, female)");
    }
    List<Row> got = spark.sql("WITH territories AS ("
        + " SELECT code, male, female FROM italy_comuni"
        + " UNION ALL SELECT province, pop.male, pop.female FROM (SELECT substr(code, 1, 3) AS province,"
        + "   sp_population_sum(male, female) AS pop FROM italy_comuni GROUP BY substr(code, 1, 3))"
        + " UNION ALL SELECT 'IT', pop.male, pop.female FROM (SELECT sp_population_sum(male, female) AS pop"
        + "   FROM italy_comuni))"
        + " SELECT " + values + " FROM territories").collectAsList();

    IndicatorChecksum spark = new IndicatorChecksum();
    for (Row r : got) {
      for (int i = 0; i < ItalyDashboard.INDICATORS.size(); i++) {
        if (r.isNullAt(2 * i)) {
          assertNotNull(r.getString(2 * i + 1), "an undefined value says why");
          assertTrue(r.getString(2 * i + 1).startsWith("ZERO_DENOMINATOR"), r.getString(2 * i + 1));
          spark.undefined();
        } else {
          assertNull(r.get(2 * i + 1));
          spark.add(r.getDouble(2 * i), 1.0); // the value itself: v / 1 is v
        }
      }
    }
    IndicatorChecksum plain = ItalyProfiles.of(profiles).checksum();
    assertEquals(7_896 + 107 + 1, got.size());
    assertEquals(plain.value(), spark.value());
    assertEquals(plain.defined(), spark.defined());
    assertEquals(plain.undefinedCount(), spark.undefinedCount());
  }

  @Test
  void anUndefinedIndicatorIsNullWithItsReasonAndBadCountsAreNamed() {
    int[] none = new int[Population.AGE_CLASSES];
    int[] old = new int[Population.AGE_CLASSES];
    old[80] = 7;
    List<Row> rows = List.of(RowFactory.create(boxed(old), boxed(none)),
        RowFactory.create(boxed(Arrays.copyOf(old, 90)), boxed(none)));
    StructType schema = new StructType()
        .add("male", DataTypes.createArrayType(DataTypes.IntegerType, false))
        .add("female", DataTypes.createArrayType(DataTypes.IntegerType, false));
    List<Row> got = spark.createDataFrame(rows, schema).selectExpr(
        "sp_indicator('old_age_index', male, female)", "sp_indicator_reason('old_age_index', male, female)",
        "sp_indicator('pct_elderly_65plus', male, female)", "sp_indicator_reason('no_such', male, female)")
        .collectAsList();
    assertNull(got.get(0).get(0));
    assertEquals("ZERO_DENOMINATOR: zero denominator: residents aged 0-14 is 0", got.get(0).getString(1));
    assertEquals(100.0, got.get(0).getDouble(2));
    assertTrue(got.get(0).getString(3).startsWith("unknown indicator \"no_such\"; known: [old_age_index"));
    assertNull(got.get(1).get(0));
    assertEquals("male counts must have 101 counts (ages 0..100, 100 = 100 and over), not 90",
        spark.createDataFrame(rows, schema).selectExpr("sp_indicator_reason('mean_age', male, female)")
            .collectAsList().get(1).getString(0));
  }

  /**
   * Counts given as DOUBLE or DECIMAL: a whole 12.0 is the count 12 (it was refused as "not a whole count"),
   * 12.7 or 5e9 is refused naming the value and its age. 12 men aged 70 over 3 girls aged 5: old-age index
   * 12 / 3 × 100 = 400.
   */
  @Test
  void countsGivenAsDoubleOrDecimalAreReadWhenWholeAndRefusedOtherwise() {
    for (String type : List.of("DOUBLE", "DECIMAL(12,1)", "FLOAT")) {
      String male = "concat(array_repeat(CAST(0 AS " + type + "), 70), array(CAST(%s AS " + type + ")),"
          + " array_repeat(CAST(0 AS " + type + "), 30))";
      String female = "concat(array_repeat(CAST(0 AS " + type + "), 5), array(CAST(3 AS " + type + ")),"
          + " array_repeat(CAST(0 AS " + type + "), 95))";
      Row r = spark.sql("SELECT sp_indicator('old_age_index', m1, f), sp_indicator_reason('old_age_index', m1, f),"
          + " sp_indicator('old_age_index', m2, f), sp_indicator_reason('old_age_index', m2, f),"
          + " sp_indicator_reason('old_age_index', m3, f)"
          + " FROM (SELECT " + String.format(java.util.Locale.ROOT, male, "12.0") + " AS m1, "
          + String.format(java.util.Locale.ROOT, male, "12.7") + " AS m2, "
          + String.format(java.util.Locale.ROOT, male, "5e9") + " AS m3, " + female + " AS f)").first();
      assertEquals(400.0, r.getDouble(0), type);
      assertNull(r.get(1), type);
      assertNull(r.get(2), type);
      assertEquals("male counts at age 70 must be a whole count, not 12.7", r.getString(3), type);
      assertEquals("male counts at age 70 must be in 0..2147483647: 5000000000", r.getString(4), type);
    }
  }

  /** An id given as a number failed the query with a ClassCastException; it is NULL with its reason. */
  @Test
  void anIdThatIsNotATextGivesNullAndSaysSo() {
    Row r = spark.sql("SELECT sp_indicator(5, m, m), sp_indicator_reason(5, m, m),"
        + " sp_indicator_reason(CAST(1.5 AS DECIMAL(2,1)), m, m) FROM (SELECT array_repeat(3, 101) AS m)").first();
    assertNull(r.get(0));
    assertEquals("indicator id must be a text (STRING), not the INT 5", r.getString(1));
    assertEquals("indicator id must be a text (STRING), not the DECIMAL 1.5", r.getString(2));
  }

  static Integer[] boxed(int[] counts) {
    Integer[] out = new Integer[counts.length];
    for (int i = 0; i < counts.length; i++) {
      out[i] = counts[i];
    }
    return out;
  }
}
