package io.github.socialplan.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;

import io.github.socialplan.core.population.Population;
import io.github.socialplan.core.population.Sex;
import io.github.socialplan.spark.functions.PopulationSum;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.SourceDSL;

class PopulationSumTest {

  private static final PopulationSum SUM = new PopulationSum();

  /** Random populations from a seed. */
  private static final Gen<Population> POPULATIONS = SourceDSL.longs().all().map(PopulationSumTest::population);

  private static Population population(long seed) {
    SplittableRandom r = new SplittableRandom(seed);
    int[] male = new int[Population.AGE_CLASSES];
    int[] female = new int[Population.AGE_CLASSES];
    for (int a = 0; a < male.length; a++) {
      male[a] = r.nextInt(10_000);
      female[a] = r.nextInt(10_000);
    }
    return Population.of("", 2000, male, female);
  }

  @Test
  void mergingIsAssociativeAndCommutativeWithZeroAsIdentity() {
    qt().withFixedSeed(14).forAll(POPULATIONS, POPULATIONS, POPULATIONS).checkAssert((a, b, c) -> {
      assertEquals(SUM.merge(SUM.merge(a, b), c), SUM.merge(a, SUM.merge(b, c)));
      assertEquals(SUM.merge(a, b), SUM.merge(b, a));
      assertEquals(a, SUM.merge(SUM.zero(), a));
    });
  }

  /**
   * The parts of a sum get a fixed year, as the columns carry none: a count past the int range named it,
   * "MALE residents aged 0 of the sum , 2000 are 2147483648", a year no row was of.
   */
  @Test
  void aSumPastTheIntRangeFailsNamingTheAgeAndTheCountButNoYear() {
    int[] full = new int[Population.AGE_CLASSES];
    Arrays.fill(full, Integer.MAX_VALUE);
    int[] one = new int[Population.AGE_CLASSES];
    Arrays.fill(one, 1);
    Row big = RowFactory.create(boxed(full), boxed(one));
    Row small = RowFactory.create(boxed(one), boxed(one));
    String expected = "MALE residents aged 0 of the sum are 2147483648: above the 2147483647 a count can hold";
    assertEquals(expected, assertThrows(IllegalArgumentException.class,
        () -> SUM.reduce(SUM.reduce(SUM.zero(), big), small)).getMessage());
    assertEquals(expected, assertThrows(IllegalArgumentException.class,
        () -> SUM.merge(SUM.reduce(SUM.zero(), big), SUM.reduce(SUM.zero(), small))).getMessage());
  }

  private static List<Integer> boxed(int[] counts) {
    List<Integer> list = new ArrayList<>(counts.length);
    for (int c : counts) {
      list.add(c);
    }
    return list;
  }

  @Test
  void aNegativeCountFailsTheQueryWithAMessageNamingItsAge() {
    SparkSession spark = SharedSpark.session();
    Exception e = assertThrows(Exception.class, () -> spark.sql("SELECT sp_population_sum(m, f) FROM VALUES"
        + " (array_repeat(3, 101), array_repeat(0, 101)), (array_repeat(-1, 101), array_repeat(0, 101))"
        + " AS t(m, f)").collectAsList());
    boolean named = false;
    for (Throwable t = e; t != null; t = t.getCause()) {
      named |= String.valueOf(t.getMessage()).contains("male counts at age 0 must be in 0..2147483647: -1");
    }
    assertTrue(named, e::toString);
  }

  /** The message of the exception or of one of its causes that contains {@code text}, or null. */
  private static String messageWith(Throwable e, String text) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (String.valueOf(t.getMessage()).contains(text)) {
        return t.getMessage();
      }
    }
    return null;
  }

  /** 101 male counts of 3 but {@code count} at age 5, as SQL of the given type; 101 female zeros. */
  private static String rowWith(String count, String type) {
    return "(concat(array_repeat(CAST(3 AS " + type + "), 5), array(CAST(" + count + " AS " + type + ")),"
        + " array_repeat(CAST(3 AS " + type + "), 95)), array_repeat(CAST(0 AS " + type + "), 101))";
  }

  /**
   * Counts given as DOUBLE, DECIMAL or BIGINT were cast to INT on the way in: 12.7 was summed as 12 and,
   * without ANSI mode, 5e9 as 705032704 and 3e9 as a negative count. Each is refused, with and without
   * ANSI mode, naming the value as given and its age; a whole 12.0 is the count 12.
   */
  @Test
  void aCountThatIsFractionalOrBeyondTheIntRangeIsRefusedNamingItNotCastToAnotherCount() {
    SparkSession ansi = SharedSpark.session().newSession();
    ansi.conf().set("spark.sql.ansi.enabled", "true");
    SparkSession lenient = SharedSpark.session().newSession();
    lenient.conf().set("spark.sql.ansi.enabled", "false");
    String[][] cases = {
        {"12.7", "DOUBLE", "male counts at age 5 must be a whole count, not 12.7"},
        {"12.7", "DECIMAL(5,1)", "male counts at age 5 must be a whole count, not 12.7"},
        {"5e9", "DOUBLE", "male counts at age 5 must be in 0..2147483647: 5000000000"},
        {"3e9", "DOUBLE", "male counts at age 5 must be in 0..2147483647: 3000000000"},
        {"5000000000", "DECIMAL(12,0)", "male counts at age 5 must be in 0..2147483647: 5000000000"},
        {"5000000000", "BIGINT", "male counts at age 5 must be in 0..2147483647: 5000000000"},
        {"-0.5", "DOUBLE", "male counts at age 5 must be a whole count, not -0.5"}};
    for (SparkSession spark : List.of(ansi, lenient)) {
      SocialPlanSpark.register(spark);
      for (String[] c : cases) {
        String sql = "SELECT sp_population_sum(m, f) FROM VALUES " + rowWith("3", c[1]) + ", "
            + rowWith(c[0], c[1]) + " AS t(m, f)";
        String where = spark.conf().get("spark.sql.ansi.enabled") + " " + c[0] + " " + c[1];
        Exception e = assertThrows(Exception.class, () -> spark.sql(sql).collectAsList(), where);
        assertTrue(messageWith(e, c[2]) != null, () -> where + ": " + e);
      }
      for (String type : List.of("DOUBLE", "DECIMAL(5,1)", "FLOAT", "BIGINT")) {
        Row sum = spark.sql("SELECT s.male, s.female FROM (SELECT sp_population_sum(m, f) AS s FROM VALUES "
            + rowWith("3", type) + ", " + rowWith("12.0", type) + " AS t(m, f))").first();
        List<Integer> male = new ArrayList<>(java.util.Collections.nCopies(Population.AGE_CLASSES, 6));
        male.set(5, 15);
        assertEquals(male, sum.getList(0), type);
        assertEquals(java.util.Collections.nCopies(Population.AGE_CLASSES, 0), sum.getList(1), type);
      }
    }
  }

  @Test
  void groupSumsInSparkEqualThePlainLibrarysSums() {
    SparkSession spark = SharedSpark.session();
    SplittableRandom r = new SplittableRandom(2025);
    List<Row> rows = new ArrayList<>();
    List<List<Population>> groups = new ArrayList<>();
    for (int g = 0; g < 5; g++) {
      groups.add(new ArrayList<>());
    }
    for (int i = 0; i < 200; i++) {
      Population p = population(r.nextLong());
      int g = r.nextInt(5);
      groups.get(g).add(p);
      rows.add(RowFactory.create("g" + g, IndicatorChecksumTest.boxed(p.counts(Sex.MALE)),
          IndicatorChecksumTest.boxed(p.counts(Sex.FEMALE))));
    }
    StructType schema = new StructType().add("grp", DataTypes.StringType)
        .add("male", DataTypes.createArrayType(DataTypes.IntegerType, false))
        .add("female", DataTypes.createArrayType(DataTypes.IntegerType, false));
    spark.createDataFrame(rows, schema).createOrReplaceTempView("sum_rows");
    List<Row> got = spark.sql("SELECT grp, s.male, s.female FROM (SELECT grp, sp_population_sum(male, female) AS s"
            + " FROM sum_rows GROUP BY grp) ORDER BY grp").collectAsList();
    assertEquals(5, got.size());
    for (Row row : got) {
      int g = Integer.parseInt(row.getString(0).substring(1));
      Population expected = Population.sum("", 2000, groups.get(g));
      assertEquals(Arrays.toString(expected.counts(Sex.MALE)), row.getList(1).toString());
      assertEquals(Arrays.toString(expected.counts(Sex.FEMALE)), row.getList(2).toString());
    }
  }
}
