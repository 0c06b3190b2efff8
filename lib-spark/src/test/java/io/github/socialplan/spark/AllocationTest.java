package io.github.socialplan.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.socialplan.budget.allocation.Allocation;
import io.github.socialplan.budget.allocation.Bounds;
import io.github.socialplan.budget.allocation.LargestRemainder;
import io.github.socialplan.budget.allocation.Weights;
import io.github.socialplan.core.money.Money;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.TreeMap;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.junit.jupiter.api.Test;

class AllocationTest {

  private static final StructType SCHEMA = new StructType()
      .add("grp", DataTypes.StringType, false)
      .add("total", DataTypes.createDecimalType(14, 2), false)
      .add("id", DataTypes.StringType, false)
      .add("weight", DataTypes.LongType, true)
      .add("floor", DataTypes.createDecimalType(14, 2), true)
      .add("ceiling", DataTypes.createDecimalType(14, 2), true);

  private final SparkSession spark = SharedSpark.session();

  /** 300 groups of 1..40 rows with random weights (some zero), totals and, in every third, bounds. */
  @Test
  void everyGroupGetsThePlainLibrarysAllocationAddingUpToItsTotal() {
    SplittableRandom random = new SplittableRandom(14);
    List<Row> rows = new ArrayList<>();
    Map<String, Allocation> expected = new TreeMap<>();
    for (int g = 0; g < 300; g++) {
      String grp = "G" + g;
      int n = 1 + random.nextInt(40);
      Money total = Money.ofCents(random.nextLong(100_000_000L));
      Weights.Builder w = Weights.builder();
      Bounds.Builder b = Bounds.builder();
      boolean bounded = g % 3 == 0;
      long weightSum = 0;
      List<Object[]> groupRows = new ArrayList<>();
      for (int i = 0; i < n; i++) {
        String id = grp + "-" + i;
        long weight = random.nextInt(5) == 0 ? 0 : random.nextLong(100_000);
        weight = i == 0 && weightSum == 0 ? weight + 1 : weight;
        weightSum += weight;
        w.add(id, weight);
        BigDecimal floor = null;
        BigDecimal ceiling = null;
        if (bounded && i % 4 == 1) {
          floor = Money.ofCents(total.amount().movePointRight(2).longValue() / (4L * n)).amount();
          b.floor(id, Money.of(floor));
        }
        if (bounded && i % 4 == 2 && weight > 0) {
          ceiling = Money.ofCents(total.amount().movePointRight(2).longValue() / (2L * n)).amount();
          b.ceiling(id, Money.of(ceiling));
        }
        groupRows.add(new Object[] {grp, total.amount(), id, weight, floor, ceiling});
      }
      Allocation a;
      try {
        a = bounded ? LargestRemainder.allocate(total, w.build(), b.build()) : LargestRemainder.allocate(total, w.build());
      } catch (IllegalArgumentException infeasible) {
        continue; // bounds drawn at random may leave no solution: such groups are tested below
      }
      expected.put(grp, a);
      for (Object[] r : groupRows) {
        rows.add(RowFactory.create(r));
      }
    }
    Dataset<Row> input = spark.createDataFrame(rows, SCHEMA);
    List<Row> got = GroupAllocation.of("grp", "total", "id", "weight").withBounds("floor", "ceiling")
        .allocate(input).collectAsList();

    assertEquals(rows.size(), got.size());
    Map<String, BigDecimal> sums = new HashMap<>();
    for (Row r : got) {
      assertNull(r.getAs("error"), () -> r.toString());
      Allocation a = expected.get(r.<String>getAs("group"));
      assertEquals(a.amount(r.getAs("id")).amount(), r.<BigDecimal>getAs("amount"), r::toString);
      sums.merge(r.getAs("group"), r.getAs("amount"), BigDecimal::add);
    }
    assertTrue(expected.size() > 250, "most random groups are feasible: " + expected.size());
    for (Map.Entry<String, Allocation> e : expected.entrySet()) {
      assertEquals(0, e.getValue().total().amount().compareTo(sums.get(e.getKey())), e.getKey());
    }
  }

  @Test
  void sqlOverCollectedGroupsGivesTheSameParts() {
    List<Row> got = spark.sql(collectedGroups("('A', 100.00, '019036', 70841), ('A', 100.00, '019098', 8744),"
        + " ('A', 100.00, '019076', 6273)")).collectAsList();
    Allocation a = LargestRemainder.allocate(Money.ofEuros(100), Weights.builder()
        .add("019036", 70_841).add("019098", 8_744).add("019076", 6_273).build());
    assertEquals(3, got.size());
    for (Row r : got) {
      assertEquals(a.amount(r.getString(1)).amount(), r.getDecimal(2));
    }
  }

  /** README's query: each group's rows collected, its total taken only if every row gives the same one. */
  private static String collectedGroups(String values) {
    return "SELECT grp, inline(sp_allocate(grp, total, r.id, r.weight, NULL, NULL))"
        + " FROM (SELECT grp, if(count(DISTINCT total) = 1 AND count(total) = count(*), first(total),"
        + "   raise_error(concat('group ', grp, ': its rows do not give one total'))) AS total,"
        + "   collect_list(struct(id, weight)) AS r"
        + "  FROM VALUES " + values + " AS t(grp, total, id, weight) GROUP BY grp) ORDER BY id";
  }

  @Test
  void sqlOverCollectedGroups_refusesAGroupWhoseRowsGiveTwoTotals() {
    // first(total) alone would share 100.00 or 200.00, whichever row came first
    Exception e = assertThrows(Exception.class, () -> spark.sql(collectedGroups(
        "('A', 100.00, '019036', 70841), ('A', 200.00, '019098', 8744)")).collectAsList());
    assertTrue(String.valueOf(e.getMessage()).contains("group A: its rows do not give one total"),
        e::getMessage);
    assertThrows(Exception.class, () -> spark.sql(collectedGroups(
        "('A', 100.00, '019036', 70841), ('A', NULL, '019098', 8744)")).collectAsList());
  }

  @Test
  void aGroupWithOnlyZeroWeightsOrANullWeightIsNamedInItsError() {
    List<Row> rows = List.of(
        RowFactory.create("Zeroes", new BigDecimal("10.00"), "a", 0L, null, null),
        RowFactory.create("Zeroes", new BigDecimal("10.00"), "b", 0L, null, null),
        RowFactory.create("Nulls", new BigDecimal("10.00"), "c", null, null, null),
        RowFactory.create("Nulls", new BigDecimal("10.00"), "d", 3L, null, null),
        RowFactory.create("Fine", new BigDecimal("10.00"), "e", 1L, null, null),
        RowFactory.create("Fine", new BigDecimal("10.00"), "f", 2L, null, null));
    Map<String, Row> byId = new HashMap<>();
    for (Row r : GroupAllocation.of("grp", "total", "id", "weight").allocate(spark.createDataFrame(rows, SCHEMA))
        .collectAsList()) {
      byId.put(r.getAs("id"), r);
    }
    assertNull(byId.get("a").getAs("amount"));
    String zero = byId.get("a").getAs("error");
    assertTrue(zero.startsWith("group \"Zeroes\": "), zero);
    assertTrue(zero.contains("zero"), zero);
    assertEquals("group \"Nulls\": weight of \"c\" is NULL", byId.get("d").getAs("error"));
    assertNull(byId.get("d").getAs("amount"));
    assertEquals(new BigDecimal("3.33"), byId.get("e").getAs("amount"));
    assertEquals(new BigDecimal("6.67"), byId.get("f").getAs("amount"));
  }

  /** A NULL total on some rows of a group is a total that differs, not one to leave out. */
  @Test
  void aGroupWithANullTotalOnSomeOrAllOfItsRowsHasNoAmountsAndSaysWhy() {
    List<Row> rows = List.of(
        RowFactory.create("Half", null, "a", 1L, null, null),
        RowFactory.create("Half", new BigDecimal("10.00"), "b", 1L, null, null),
        RowFactory.create("None", null, "c", 1L, null, null),
        RowFactory.create("None", null, "d", 2L, null, null));
    StructType nullableTotal = new StructType(new org.apache.spark.sql.types.StructField[] {
        SCHEMA.fields()[0], SCHEMA.fields()[1].copy("total", SCHEMA.fields()[1].dataType(), true,
            SCHEMA.fields()[1].metadata()), SCHEMA.fields()[2], SCHEMA.fields()[3], SCHEMA.fields()[4],
        SCHEMA.fields()[5]});
    Map<String, Row> byId = new HashMap<>();
    for (Row r : GroupAllocation.of("grp", "total", "id", "weight")
        .allocate(spark.createDataFrame(rows, nullableTotal)).collectAsList()) {
      byId.put(r.getAs("id"), r);
    }
    for (String id : List.of("a", "b", "c", "d")) {
      assertNull(byId.get(id).getAs("amount"), id);
    }
    assertEquals("group \"Half\": the total is NULL on 1 of its 2 rows", byId.get("b").getAs("error"));
    assertEquals("group \"None\": total is NULL", byId.get("c").getAs("error"));
  }

  /**
   * A group given as a number (an INT group id, a DECIMAL code) is allocated like a group given as text and
   * named the same way in messages; it failed with a ClassCastException.
   */
  @Test
  void aNumericGroupIsAllocatedAndNamedLikeAText() {
    Allocation a = LargestRemainder.allocate(Money.ofEuros(100), Weights.builder()
        .add("a", 2).add("b", 1).build());
    for (String group : List.of("7", "CAST(7 AS BIGINT)", "CAST(1.50 AS DECIMAL(4,2))", "2.5D")) {
      List<Row> got = spark.sql("SELECT inline(sp_allocate(" + group + ", 100, array('a', 'b'), array(2, 1),"
          + " NULL, NULL))").collectAsList();
      assertEquals(2, got.size(), group);
      assertEquals(a.amount("a").amount(), got.get(0).getDecimal(1), group);
      assertEquals(a.amount("b").amount(), got.get(1).getDecimal(1), group);
    }
    Row errors = spark.sql("SELECT sp_allocate_error(7, 100, array('a', 'b'), array(2, 1), NULL, NULL),"
        + " sp_allocate_error(7, 100, array('a'), array(CAST(NULL AS INT)), NULL, NULL),"
        + " sp_allocate_error(CAST(1.50 AS DECIMAL(4,2)), 100, array('a'), array(CAST(NULL AS INT)), NULL, NULL)")
        .first();
    assertNull(errors.get(0));
    assertEquals("group \"7\": weight of \"a\" is NULL", errors.getString(1));
    assertEquals("group \"1.50\": weight of \"a\" is NULL", errors.getString(2));

    StructType numeric = new StructType().add("grp", DataTypes.IntegerType, false)
        .add("total", DataTypes.createDecimalType(14, 2), false).add("id", DataTypes.StringType, false)
        .add("weight", DataTypes.LongType, true);
    List<Row> rows = List.of(RowFactory.create(1, new BigDecimal("100.00"), "a", 2L),
        RowFactory.create(1, new BigDecimal("100.00"), "b", 1L),
        RowFactory.create(2, new BigDecimal("10.00"), "c", null));
    Dataset<Row> allocated = GroupAllocation.of("grp", "total", "id", "weight")
        .allocate(spark.createDataFrame(rows, numeric));
    // The columns the class Javadoc names, whatever the input columns are called.
    assertEquals(List.of("group", "id", "weight", "amount", "error"), List.of(allocated.columns()));
    Map<String, Row> byId = new HashMap<>();
    for (Row r : allocated.collectAsList()) {
      byId.put(r.getAs("id"), r);
    }
    assertEquals(a.amount("a").amount(), byId.get("a").getAs("amount"));
    assertEquals(a.amount("b").amount(), byId.get("b").getAs("amount"));
    assertNull(byId.get("a").getAs("error"));
    assertNull(byId.get("c").getAs("amount"));
    assertEquals("group \"2\": weight of \"c\" is NULL", byId.get("c").getAs("error"));
  }

  /**
   * Totals given as STRING are compared as texts: rows that write one amount two ways ("100.00", "100.0")
   * give a total that differs, and the group is refused, never allocated with one of them; rows that write
   * it alike are allocated as a DECIMAL total would be.
   */
  @Test
  void totalsGivenAsTextWrittenTwoWaysAreRefusedNotAllocated() {
    StructType text = new StructType().add("grp", DataTypes.StringType, false)
        .add("total", DataTypes.StringType, false).add("id", DataTypes.StringType, false)
        .add("weight", DataTypes.LongType, false);
    List<Row> rows = List.of(RowFactory.create("Two", "100.00", "a", 2L), RowFactory.create("Two", "100.0", "b", 1L),
        RowFactory.create("One", "100.00", "c", 2L), RowFactory.create("One", "100.00", "d", 1L));
    Map<String, Row> byId = new HashMap<>();
    for (Row r : GroupAllocation.of("grp", "total", "id", "weight").allocate(spark.createDataFrame(rows, text))
        .collectAsList()) {
      byId.put(r.getAs("id"), r);
    }
    assertNull(byId.get("a").getAs("amount"));
    assertNull(byId.get("b").getAs("amount"));
    assertEquals("group \"Two\": the total differs between its rows: 100.0 and 100.00", byId.get("a").getAs("error"));
    Allocation a = LargestRemainder.allocate(Money.ofEuros(100), Weights.builder().add("c", 2).add("d", 1).build());
    assertEquals(a.amount("c").amount(), byId.get("c").getAs("amount"));
    assertEquals(a.amount("d").amount(), byId.get("d").getAs("amount"));
  }

  /** DECIMAL(18,2), the type of the amounts, holds up to 9999999999999999.99; the library goes further. */
  @Test
  void anAmountBeyondTheResultTypeIsRefusedWithItsReasonNotOverflowed() {
    Row r = spark.sql("SELECT sp_allocate('x', t, array('a'), array(1), NULL, NULL), "
        + "sp_allocate_error('x', t, array('a'), array(1), NULL, NULL) "
        + "FROM VALUES (CAST(10000000000000000.00 AS DECIMAL(38,2))) AS v(t)").first();
    assertNull(r.get(0));
    assertEquals("group \"x\": the amount of \"a\", 10000000000000000.00, does not fit DECIMAL(18,2), the "
        + "type of the amounts", r.getString(1));
    // The same total in two parts fits, and so does the largest amount the type holds.
    List<Row> halves = spark.sql("SELECT inline(sp_allocate('x', CAST(10000000000000000.00 AS DECIMAL(38,2)), "
        + "array('a', 'b'), array(1, 1), NULL, NULL))").collectAsList();
    assertEquals(new BigDecimal("5000000000000000.00"), halves.get(0).getDecimal(1));
    assertEquals(new BigDecimal("5000000000000000.00"), halves.get(1).getDecimal(1));
    Row largest = spark.sql("SELECT inline(sp_allocate('x', CAST(9999999999999999.99 AS DECIMAL(38,2)), "
        + "array('a'), array(1), NULL, NULL))").first();
    assertEquals(new BigDecimal("9999999999999999.99"), largest.getDecimal(1));
  }

  /**
   * A total, floor or weight given as text: "250.000" (250 thousand written the Italian way) was read as
   * 250.00 euro, and a weight "1e3" as 1000. Text amounts are read as everywhere in the library (a plain
   * decimal, at most two decimals), text weights as plain decimals.
   */
  @Test
  void aTotalFloorOrWeightGivenAsTextIsReadPlainOrRefusedNotReadAsAnotherNumber() {
    List<Row> ok = spark.sql("SELECT inline(sp_allocate('x', '250000.00', array('a', 'b'), array('1', '0.5'),"
        + " array('100.50', NULL), NULL))").collectAsList();
    Allocation expected = LargestRemainder.allocate(Money.parse("250000.00"),
        Weights.builder().add("a", BigDecimal.ONE).add("b", new BigDecimal("0.5")).build(),
        Bounds.builder().floor("a", Money.parse("100.50")).build());
    assertEquals(expected.amount("a").amount(), ok.get(0).getDecimal(1));
    assertEquals(expected.amount("b").amount(), ok.get(1).getDecimal(1));
    Row r = spark.sql("SELECT sp_allocate_error('x', '250.000', array('a'), array(1), NULL, NULL),"
        + " sp_allocate_error('x', 100, array('a', 'b'), array('1e3', '1'), NULL, NULL),"
        + " sp_allocate_error('x', 100, array('a'), array(1), array('1.000'), NULL)").first();
    assertEquals("group \"x\": total: money must have at most 2 decimals (cents): 250.000; if the dot separates"
        + " thousands, write the amount without it", r.getString(0));
    assertEquals("group \"x\": weight of \"a\": not a plain decimal (ASCII digits, an optional leading minus"
        + " and decimal dot, no grouping or exponent): '1e3'", r.getString(1));
    assertEquals("group \"x\": floor of \"a\": money must have at most 2 decimals (cents): 1.000; if the dot"
        + " separates thousands, write the amount without it", r.getString(2));
  }
  /**
   * Edge groups against the plain library: a zero total, a single cent between equal weights, one recipient,
   * a zero weight beside others, weights as DOUBLE and as DECIMAL, a total as DECIMAL(20,4): each part equal
   * and the parts adding up to the total.
   */
  @Test
  void edgeGroupsGetThePlainLibrarysParts() {
    Object[][] cases = {
        {"CAST(0 AS DECIMAL(10,2))", "array(1, 2)", "0.00", new long[] {1, 2}},
        {"0.01", "array(1, 1, 1)", "0.01", new long[] {1, 1, 1}},
        {"1234.56", "array(7)", "1234.56", new long[] {7}},
        {"100", "array(0, 3, 1)", "100.00", new long[] {0, 3, 1}},
        {"100", "array(1D, 1D, 1D)", "100.00", new long[] {1, 1, 1}},
        {"CAST(100.0000 AS DECIMAL(20,4))", "array(CAST(2 AS DECIMAL(5,1)), 1.0)", "100.00", new long[] {2, 1}}};
    for (Object[] c : cases) {
      long[] w = (long[]) c[3];
      StringBuilder ids = new StringBuilder();
      Weights.Builder weights = Weights.builder();
      for (int i = 0; i < w.length; i++) {
        ids.append(i == 0 ? "" : ", ").append("'r").append(i).append("'");
        weights.add("r" + i, w[i]);
      }
      Allocation a = LargestRemainder.allocate(Money.parse((String) c[2]), weights.build());
      List<Row> got = spark.sql("SELECT inline(sp_allocate('x', " + c[0] + ", array(" + ids + "), " + c[1]
          + ", NULL, NULL))").collectAsList();
      assertEquals(w.length, got.size(), (String) c[0]);
      BigDecimal sum = BigDecimal.ZERO;
      for (Row r : got) {
        assertEquals(a.amount(r.getString(0)).amount(), r.getDecimal(1), c[0] + " " + c[1] + " " + r);
        sum = sum.add(r.getDecimal(1));
      }
      assertEquals(new BigDecimal((String) c[2]), sum);
    }
  }
}
