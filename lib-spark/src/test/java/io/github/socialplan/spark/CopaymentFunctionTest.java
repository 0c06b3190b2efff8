package io.github.socialplan.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.socialplan.benchmarks.synthetic.IseeUser;
import io.github.socialplan.benchmarks.synthetic.SyntheticIseeUsers;
import io.github.socialplan.budget.copayment.CopaymentSchedule;
import io.github.socialplan.budget.copayment.LinearCopayment;
import io.github.socialplan.budget.copayment.StepCopayment;
import io.github.socialplan.core.money.Money;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.junit.jupiter.api.Test;

class CopaymentFunctionTest {

  /** Home care: free to 6,000 euro, 400.00 a month from 30,000, linear in between (HALF_UP). */
  static final String LINEAR_JSON = "{\"type\":\"linear\",\"exemptionThreshold\":6000,"
      + "\"fullTariffThreshold\":30000,\"fullTariff\":400.00,\"rounding\":\"HALF_UP\"}";
  static final LinearCopayment LINEAR = LinearCopayment.builder()
      .exemptionThreshold(new BigDecimal("6000")).fullTariffThreshold(new BigDecimal("30000"))
      .fullTariff(Money.parse("400.00")).rounding(RoundingMode.HALF_UP).build();

  /** Meals: bands with percentages of 5.20 rounded HALF_EVEN and one fee in euro. */
  static final String STEPS_JSON = "{\"type\":\"steps\",\"fullTariff\":5.20,\"rounding\":\"HALF_EVEN\","
      + "\"bands\":[{\"fromIsee\":0,\"fee\":0},{\"fromIsee\":8000,\"percentOfTariff\":33.3},"
      + "{\"fromIsee\":16000,\"percentOfTariff\":66.6},{\"fromIsee\":24000.50,\"fee\":5.20}]}";
  static final StepCopayment STEPS = StepCopayment.builder().fullTariff(Money.parse("5.20"))
      .rounding(RoundingMode.HALF_EVEN)
      .band(BigDecimal.ZERO, Money.ZERO)
      .bandPercent(new BigDecimal("8000"), new BigDecimal("33.3"))
      .bandPercent(new BigDecimal("16000"), new BigDecimal("66.6"))
      .band(new BigDecimal("24000.50"), Money.parse("5.20"))
      .build();

  private final SparkSession spark = SharedSpark.session();

  @Test
  void everyCopaymentEqualsThePlainLibraryToTheCent() {
    SyntheticIseeUsers generator = SyntheticIseeUsers.of(SyntheticIseeUsers.DEFAULT_SEED);
    List<Row> rows = new ArrayList<>();
    List<IseeUser> users = new ArrayList<>();
    generator.forEach(0, 20_000, users::add);
    for (IseeUser u : users) {
      rows.add(RowFactory.create(u.id(), u.isee()));
    }
    StructType schema = new StructType().add("id", DataTypes.LongType, false)
        .add("isee", DataTypes.createDecimalType(12, 2), false);
    spark.createDataFrame(rows, schema).createOrReplaceTempView("copayment_users");

    for (String[] s : new String[][] {{LINEAR_JSON, "linear"}, {STEPS_JSON, "steps"}}) {
      CopaymentSchedule plain = s[1].equals("linear") ? LINEAR : STEPS;
      Dataset<Row> fees = spark.sql("SELECT id, sp_copayment('" + s[0] + "', isee) AS fee, "
          + "sp_copayment_error('" + s[0] + "', isee) AS error FROM copayment_users ORDER BY id");
      List<Row> got = fees.collectAsList();
      assertEquals(users.size(), got.size());
      for (int i = 0; i < users.size(); i++) {
        Money expected = plain.copayment(users.get(i).isee());
        assertEquals(users.get(i).id(), got.get(i).getLong(0));
        // equals, not compareTo: the same cents at scale 2.
        assertEquals(expected.amount(), got.get(i).getDecimal(1), () -> s[1] + " fee of " + users);
        assertNull(got.get(i).get(2));
      }
    }
  }

  @Test
  void aMalformedScheduleGivesNullAndTheJsonPathOfTheMistake() {
    String bad = LINEAR_JSON.replace("400.00", "400.005");
    Row r = spark.sql("SELECT sp_copayment('" + bad + "', 10000) AS fee, sp_copayment_error('" + bad
        + "', 10000) AS error").first();
    assertNull(r.get(0));
    assertEquals("schedule JSON at $.fullTariff: money must have at most 2 decimals (cents): 400.005",
        r.getString(1));

    Row syntax = spark.sql("SELECT sp_copayment_error('{\"type\": \"linear\",', 10000)").first();
    assertTrue(syntax.getString(0).startsWith("schedule: JSON input at $.type (line 1, column 19): malformed "
        + "JSON: Unexpected end-of-input"), syntax.getString(0));

    Row unknown = spark.sql("SELECT sp_copayment_error('{\"type\": \"linear\", \"tariff\": 3}', 1)").first();
    assertTrue(unknown.getString(0).startsWith("schedule JSON at $: unknown field \"tariff\""),
        unknown.getString(0));

    Row order = spark.sql("SELECT sp_copayment_error('" + LINEAR_JSON.replace("30000", "5000") + "', 1)")
        .first();
    assertEquals("schedule: thresholds out of order: exemption threshold 6000 must be below the full-tariff "
        + "threshold 5000", order.getString(0));
  }

  /** A schedule given as a number or another non-text value failed the query with a ClassCastException. */
  @Test
  void aScheduleThatIsNotATextGivesNullAndSaysSo() {
    Row r = spark.sql("SELECT sp_copayment(5, 10000), sp_copayment_error(5, 10000),"
        + " sp_copayment_error(array('" + LINEAR_JSON + "'), 10000)").first();
    assertNull(r.get(0));
    assertEquals("schedule must be a JSON text (STRING), not the INT 5", r.getString(1));
    assertTrue(r.getString(2).startsWith("schedule must be a JSON text (STRING), not the ARRAY "), r.getString(2));
  }

  /**
   * A threshold or percentage written with a huge or tiny exponent ({@code 1e999999}, a dozen characters) is
   * a decimal of a million digits, which the co-payment then computed with; it is refused where it is read,
   * by the library's bounds on decimals, naming the JSON path and the value in scientific notation.
   */
  @Test
  void aScheduleDecimalBeyondTheLibrarysBoundsIsRefusedNamingItsPath() {
    String bounds = " is out of range (at most 30 integer digits, 30 decimals and 100 digits): ";
    Row r = spark.sql("SELECT sp_copayment_error('" + LINEAR_JSON.replace("30000", "1e999999") + "', 10000),"
        + " sp_copayment_error('" + STEPS_JSON.replace("24000.50", "1e999999") + "', 10000),"
        + " sp_copayment_error('" + STEPS_JSON.replace("33.3", "1e-999999") + "', 10000),"
        + " sp_copayment_error('" + LINEAR_JSON.replace("6000", "-1e999999") + "', 10000),"
        + " sp_copayment('" + LINEAR_JSON.replace("30000", "1e999999") + "', 10000)").first();
    assertEquals("schedule JSON at $.fullTariffThreshold" + bounds + "1E+999999", r.getString(0));
    assertEquals("schedule JSON at $.bands[3].fromIsee" + bounds + "1E+999999", r.getString(1));
    assertEquals("schedule JSON at $.bands[1].percentOfTariff" + bounds + "1E-999999", r.getString(2));
    assertEquals("schedule JSON at $.exemptionThreshold" + bounds + "-1E+999999", r.getString(3));
    assertNull(r.get(4));
    // Within the bounds, a large threshold is still a threshold: 10000 is 4000 above the exemption.
    Row large = spark.sql("SELECT sp_copayment('" + LINEAR_JSON.replace("30000", "1e29") + "', 10000)").first();
    assertEquals(LinearCopayment.builder().exemptionThreshold(new BigDecimal("6000"))
        .fullTariffThreshold(new BigDecimal("1e29")).fullTariff(Money.parse("400.00"))
        .rounding(RoundingMode.HALF_UP).build().copayment(new BigDecimal("10000")).amount(), large.getDecimal(0));
  }

  @Test
  void aNegativeOrNullIseeGivesNullWithItsReason() {
    List<Row> rows = spark.sql("SELECT sp_copayment('" + LINEAR_JSON + "', isee) AS fee, sp_copayment_error('"
        + LINEAR_JSON + "', isee) AS error FROM VALUES (CAST(-0.01 AS DECIMAL(10,2))), (NULL), (7000.00) "
        + "AS t(isee)").collectAsList();
    assertNull(rows.get(0).get(0));
    assertEquals("ISEE must be >= 0: -0.01", rows.get(0).getString(1));
    assertNull(rows.get(1).get(0));
    assertEquals("ISEE is NULL", rows.get(1).getString(1));
    assertEquals(LINEAR.copayment(new BigDecimal("7000.00")).amount(), rows.get(2).getDecimal(0));
    assertNull(rows.get(2).get(1));
  }

  @Test
  void theDatasetApiCallsTheSameFunction() {
    Dataset<Row> users = spark.sql("SELECT * FROM VALUES (18000.00), (0.00) AS t(isee)");
    List<Row> fees = users.select(org.apache.spark.sql.functions.call_function(SocialPlanSpark.COPAYMENT,
        org.apache.spark.sql.functions.lit(LINEAR_JSON), users.col("isee"))).collectAsList();
    assertEquals(LINEAR.copayment(new BigDecimal("18000")).amount(), fees.get(0).getDecimal(0));
    assertEquals(LINEAR.copayment(BigDecimal.ZERO).amount(), fees.get(1).getDecimal(0));
  }

  /** A FLOAT holds 12000.3 as 12000.2998046875: the ISEE the user wrote is its shortest text, 12000.3. */
  @Test
  void aFloatIseeIsReadAsTheNumberItShowsNotItsBinaryExpansion() {
    // 12000.3 is 6000.3 above the exemption: 400.00 * 6000.3 / 24000 = 100.0050, 100.01 half-up, where
    // 12000.2998046875 gives 99.99997, 100.00.
    Row r = spark.sql("SELECT sp_copayment('" + LINEAR_JSON + "', CAST(12000.3 AS FLOAT)), sp_copayment('"
        + LINEAR_JSON + "', CAST(12000.3 AS DOUBLE))").first();
    assertEquals(new BigDecimal("100.01"), LINEAR.copayment(new BigDecimal("12000.3")).amount());
    assertEquals(new BigDecimal("100.01"), r.getDecimal(0));
    assertEquals(new BigDecimal("100.01"), r.getDecimal(1));
  }

  /**
   * An ISEE column read as text (a CSV loaded without a schema): "18.000", eighteen thousand written the
   * Italian way, was read as 18 euro, under the exemption, so a fee of 0.00 instead of 200.00. Text is read
   * as an amount is everywhere in the library: a plain decimal with at most two decimals.
   */
  @Test
  void anIseeGivenAsTextIsReadAsAnAmountOrRefusedNotReadAsAnotherNumber() {
    List<Row> rows = spark.sql("SELECT sp_copayment('" + LINEAR_JSON + "', isee) AS fee, sp_copayment_error('"
        + LINEAR_JSON + "', isee) AS error FROM VALUES ('18000.00'), ('18.000'), ('1.8e4'), ('+18000'),"
        + " ('\u0661\u0668\u0660\u0660\u0660') AS t(isee)").collectAsList();
    assertEquals(LINEAR.copayment(new BigDecimal("18000.00")).amount(), rows.get(0).getDecimal(0));
    assertNull(rows.get(0).get(1));
    assertNull(rows.get(1).get(0));
    assertEquals("ISEE: money must have at most 2 decimals (cents): 18.000; if the dot separates thousands,"
        + " write the amount without it", rows.get(1).getString(1));
    for (int i = 2; i < rows.size(); i++) {
      assertNull(rows.get(i).get(0), rows.get(i).getString(1));
      assertTrue(rows.get(i).getString(1).startsWith("ISEE: not an amount of money: '"), rows.get(i).getString(1));
    }
  }
  /**
   * The ISEEs at and beside every threshold and band start, given as DECIMAL(38,18) (a scale Spark keeps):
   * each fee is the plain library's, to the cent and at scale 2.
   */
  @Test
  void theFeesAtAndBesideEveryThresholdEqualThePlainLibrarys() {
    String[] isees = {"0", "0.01", "5999.99", "6000", "6000.01", "29999.99", "30000", "30000.01", "7999.99",
        "8000", "8000.01", "15999.99", "16000", "24000.49", "24000.50", "24000.51", "12000.005", "99999999"};
    StringBuilder values = new StringBuilder();
    for (String isee : isees) {
      values.append(values.length() == 0 ? "" : ", ").append("(CAST(").append(isee).append(" AS DECIMAL(38,18)))");
    }
    for (String[] s : new String[][] {{LINEAR_JSON, "linear"}, {STEPS_JSON, "steps"}}) {
      CopaymentSchedule plain = s[1].equals("linear") ? LINEAR : STEPS;
      List<Row> got = spark.sql("SELECT sp_copayment('" + s[0] + "', isee), sp_copayment_error('" + s[0]
          + "', isee) FROM VALUES " + values + " AS t(isee)").collectAsList();
      assertEquals(isees.length, got.size());
      for (int i = 0; i < isees.length; i++) {
        BigDecimal isee = new BigDecimal(isees[i]);
        assertEquals(plain.copayment(isee).amount(), got.get(i).getDecimal(0), s[1] + " fee at " + isee);
        assertNull(got.get(i).get(1), s[1] + " at " + isee);
      }
    }
    // 24000.50 starts the full fee; a cent below is still 66.6 % of 5.20, 3.4632, 3.46 half-even
    assertEquals(new BigDecimal("5.20"), STEPS.copayment(new BigDecimal("24000.50")).amount());
    assertEquals(new BigDecimal("3.46"), STEPS.copayment(new BigDecimal("24000.49")).amount());
  }
}
