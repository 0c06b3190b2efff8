package io.github.socialplan.spark;

import static org.apache.spark.sql.functions.call_function;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.lit;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.math.BigDecimal;
import java.util.List;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.Test;

/** Runs README's Spark snippet and checks what its comments say. */
class ReadmeSparkTest {

  @Test
  void sparkSnippet() {
    SparkSession spark = SharedSpark.session();
    Dataset<Row> users = spark.sql("SELECT * FROM VALUES (1L, 18000.00BD), (2L, -5.00BD) AS t(id, isee)");
    Dataset<Row> ambiti = spark.sql("SELECT * FROM VALUES ('Lombardia', 100000.00BD, '019036', 70841L),"
        + " ('Lombardia', 100000.00BD, '019098', 8744L), ('Lombardia', 100000.00BD, '019076', 6273L)"
        + " AS t(region, fund, ambito, users)");
    // --- README snippet starts
    SocialPlanSpark.register(spark);
    String sad = "{\"type\": \"linear\", \"exemptionThreshold\": 6000, \"fullTariffThreshold\": 30000,"
        + " \"fullTariff\": 400.00, \"rounding\": \"HALF_UP\"}";
    Dataset<Row> fees = users.select(col("id"),
        call_function("sp_copayment", lit(sad), col("isee")).as("fee"),
        call_function("sp_copayment_error", lit(sad), col("isee")).as("error"));
    // user 1, ISEE 18000.00: fee 200.00; user 2, ISEE -5.00: fee NULL, error "ISEE must be >= 0: -5.00"

    Dataset<Row> shares = GroupAllocation.of("region", "fund", "ambito", "users").allocate(ambiti);
    // columns group, id, weight, amount, error: 019036 gets 82509.49, the three add up to 100000.00
    // --- README snippet ends
    List<Row> f = fees.orderBy("id").collectAsList();
    assertEquals(new BigDecimal("200.00"), f.get(0).getDecimal(1));
    assertNull(f.get(0).get(2));
    assertNull(f.get(1).get(1));
    assertEquals("ISEE must be >= 0: -5.00", f.get(1).getString(2));
    BigDecimal sum = BigDecimal.ZERO;
    for (Row r : shares.collectAsList()) {
      if (r.getAs("id").equals("019036")) {
        assertEquals(new BigDecimal("82509.49"), r.getAs("amount"));
      }
      sum = sum.add(r.getAs("amount"));
    }
    assertEquals(new BigDecimal("100000.00"), sum);
  }
}
