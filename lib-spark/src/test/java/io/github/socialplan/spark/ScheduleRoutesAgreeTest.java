package io.github.socialplan.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.quicktheories.QuickTheory.qt;

import io.github.socialplan.budget.copayment.CopaymentLine;
import io.github.socialplan.budget.copayment.CopaymentSummary;
import io.github.socialplan.budget.json.CopaymentRequest;
import io.github.socialplan.core.json.SocialPlanJson;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.junit.jupiter.api.Test;
import org.quicktheories.generators.SourceDSL;

/**
 * One generated co-payment schedule written twice, as the {@code sp_copayment} schedule text and as the
 * request that {@code socialplan copayment} and {@code POST /v1/copayment} read ({@link CopaymentRequest}),
 * and the same users' ISEE through both: Spark's fee of every user must be the request's fee, to the cent.
 */
class ScheduleRoutesAgreeTest {

  private static final long SEED = 20_261_201L;
  private static final RoundingMode[] ROUNDINGS = {RoundingMode.HALF_UP, RoundingMode.HALF_EVEN,
      RoundingMode.HALF_DOWN, RoundingMode.UP, RoundingMode.DOWN, RoundingMode.CEILING, RoundingMode.FLOOR};

  private final SparkSession spark = SharedSpark.session();

  /** Every generated case's rows, checked in one query: a Spark job per case would take seconds each. */
  private final List<Row> rows = new ArrayList<>();
  private final List<BigDecimal> expected = new ArrayList<>();
  private final List<String> what = new ArrayList<>();

  @Test
  void sparkFees_areTheRequestsFees_forGeneratedSchedules() {
    qt().withFixedSeed(SEED).withExamples(40).forAll(SourceDSL.longs().all()).checkAssert(this::generate);
    StructType schema = new StructType().add("id", DataTypes.IntegerType, false)
        .add("schedule", DataTypes.StringType, false)
        .add("isee", DataTypes.createDecimalType(12, 2), false);
    spark.createDataFrame(rows, schema).createOrReplaceTempView("schedule_routes_users");
    List<Row> got = spark.sql("SELECT id, sp_copayment(schedule, isee) AS fee, sp_copayment_error(schedule, isee) "
        + "AS error FROM schedule_routes_users ORDER BY id").collectAsList();
    assertEquals(rows.size(), got.size());
    for (int i = 0; i < rows.size(); i++) {
      Row row = got.get(i);
      assertEquals(i, row.getInt(0));
      assertNull(row.get(2), what.get(i));
      assertEquals(expected.get(i), row.getDecimal(1), what.get(i));
    }
  }

  private static String plain(BigDecimal d) {
    return d.toPlainString();
  }

  private void generate(long seed) {
    Random r = new Random(seed);
    RoundingMode rounding = ROUNDINGS[r.nextInt(ROUNDINGS.length)];
    BigDecimal tariff = BigDecimal.valueOf(r.nextInt(100_000), 2);
    List<BigDecimal> thresholds = new ArrayList<>();
    String sparkSchedule;
    String requestSchedule;
    if (r.nextBoolean()) {
      BigDecimal e = BigDecimal.valueOf(r.nextInt(1_000_000), 2);
      BigDecimal f = e.add(BigDecimal.valueOf(1 + r.nextInt(4_000_000), 2));
      BigDecimal m = BigDecimal.valueOf(r.nextInt(tariff.unscaledValue().intValue() + 1), 2);
      thresholds.add(e);
      thresholds.add(f);
      String fields = "\"exemptionThreshold\":" + plain(e) + ",\"fullTariffThreshold\":" + plain(f)
          + ",\"minimumFee\":" + plain(m) + ",\"fullTariff\":" + plain(tariff) + ",\"rounding\":\"" + rounding + "\"";
      sparkSchedule = "{\"type\":\"linear\"," + fields + "}";
      requestSchedule = "\"linear\":{" + fields + "}";
    } else {
      StringBuilder bands = new StringBuilder();
      BigDecimal from = BigDecimal.ZERO;
      BigDecimal percent = BigDecimal.ZERO;
      for (int i = 0, k = 1 + r.nextInt(5); i < k; i++) {
        percent = percent.add(BigDecimal.valueOf(r.nextInt(3000), r.nextInt(3))).min(BigDecimal.valueOf(100));
        thresholds.add(from);
        bands.append(i == 0 ? "" : ",").append("{\"fromIsee\":").append(plain(from))
            .append(",\"percentOfTariff\":").append(plain(percent)).append('}');
        from = from.add(BigDecimal.valueOf(1 + r.nextInt(1_000_000), 2));
      }
      String fields = "\"fullTariff\":" + plain(tariff) + ",\"rounding\":\"" + rounding + "\",\"bands\":["
          + bands + "]";
      sparkSchedule = "{\"type\":\"steps\"," + fields + "}";
      requestSchedule = "\"steps\":{" + fields + "}";
    }
    StringBuilder users = new StringBuilder();
    List<BigDecimal> isees = new ArrayList<>();
    for (int i = 0; i < 30; i++) {
      BigDecimal isee = r.nextInt(4) == 0 ? thresholds.get(r.nextInt(thresholds.size()))
          : BigDecimal.valueOf(r.nextInt(6_000_000), 2);
      isee = isee.setScale(2, RoundingMode.UNNECESSARY);
      isees.add(isee);
      users.append(i == 0 ? "" : ",").append("{\"id\":\"u").append(i).append("\",\"isee\":").append(plain(isee))
          .append(",\"units\":1}");
    }
    CopaymentSummary request = SocialPlanJson.read("{" + requestSchedule + ",\"users\":[" + users + "]}",
        CopaymentRequest.class).total();
    for (int i = 0; i < isees.size(); i++) {
      CopaymentLine line = request.lines().get(i);
      rows.add(RowFactory.create(rows.size(), sparkSchedule, isees.get(i)));
      expected.add(line.fee().amount());
      what.add("ISEE " + line.user().isee() + " under " + sparkSchedule);
    }
  }
}
