package io.github.socialplan.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.quicktheories.QuickTheory.qt;

import io.github.socialplan.core.population.Population;
import io.github.socialplan.core.territory.IstatCode;
import io.github.socialplan.core.territory.Partition;
import io.github.socialplan.core.territory.TerritoryKind;
import io.github.socialplan.indicators.catalogue.Indicator;
import io.github.socialplan.indicators.catalogue.StandardIndicators;
import io.github.socialplan.indicators.dashboard.Dashboard;
import io.github.socialplan.indicators.dashboard.DashboardTable;
import io.github.socialplan.indicators.result.IndicatorValue;
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
 * Generated comuni in generated ambiti: every socio-demographic indicator of every comune
 * ({@code sp_indicator}) and of every ambito ({@code sp_indicator} of {@code sp_population_sum}) is the
 * cruscotto's value, the same double, or undefined in both with the same reason.
 */
class IndicatorRoutesAgreeTest {

  private static final long SEED = 20_261_201L;

  private final SparkSession spark = SharedSpark.session();

  private final List<Row> rows = new ArrayList<>();
  private final List<DashboardTable> tables = new ArrayList<>();

  @Test
  void sparkIndicators_ofComuniAndOfTheirSums_areTheCruscottosValues() {
    qt().withFixedSeed(SEED).withExamples(30).forAll(SourceDSL.longs().all()).checkAssert(this::generate);
    StructType schema = new StructType().add("scenario", DataTypes.IntegerType, false)
        .add("ambito", DataTypes.StringType, false).add("code", DataTypes.StringType, false)
        .add("male", DataTypes.createArrayType(DataTypes.IntegerType, false), false)
        .add("female", DataTypes.createArrayType(DataTypes.IntegerType, false), false);
    spark.createDataFrame(rows, schema).createOrReplaceTempView("indicator_routes_comuni");
    List<Indicator> indicators = StandardIndicators.DEMOGRAPHIC;
    StringBuilder values = new StringBuilder();
    for (Indicator i : indicators) {
      values.append(", sp_indicator('").append(i.id()).append("', male, female), sp_indicator_reason('")
          .append(i.id()).append("', male, female)");
    }
    List<Row> got = spark.sql("WITH territories AS ("
        + " SELECT scenario, 0 AS level, code AS territory, male, female FROM indicator_routes_comuni"
        + " UNION ALL SELECT scenario, 1, ambito, pop.male, pop.female FROM (SELECT scenario, ambito,"
        + "   sp_population_sum(male, female) AS pop FROM indicator_routes_comuni GROUP BY scenario, ambito))"
        + " SELECT scenario, level, territory" + values + " FROM territories").collectAsList();
    int compared = 0;
    for (Row r : got) {
      DashboardTable table = tables.get(r.getInt(0));
      for (int j = 0; j < indicators.size(); j++) {
        Indicator i = indicators.get(j);
        String key = "scenario " + r.getInt(0) + " level " + r.getInt(1) + " " + r.getString(2) + " " + i.id();
        IndicatorValue v = table.value(2025, r.getInt(1), r.getString(2), i.id()).orElseThrow(
            () -> new AssertionError("no cruscotto row for " + key));
        if (v.isDefined()) {
          assertNull(r.get(4 + 2 * j), key);
          assertEquals(v.value(), r.getDouble(3 + 2 * j), key);
        } else {
          assertNull(r.get(3 + 2 * j), key);
          assertEquals(v.reason().orElseThrow().name(), r.getString(4 + 2 * j).split(":")[0], key);
        }
        compared++;
      }
    }
    assertEquals(got.size() * indicators.size(), compared);
  }

  private void generate(long seed) {
    Random r = new Random(seed);
    int scenario = tables.size();
    Dashboard.Builder b = Dashboard.builder();
    Partition.Builder ambiti = Partition.builder("ambiti", TerritoryKind.PLANNING_DISTRICT);
    int n = 1 + r.nextInt(6);
    for (int c = 0; c < n; c++) {
      String code = String.format("0190%02d", c + 1);
      String ambito = "ambito-" + r.nextInt(3);
      int max = r.nextInt(3) == 0 ? 2 : r.nextInt(10) == 0 ? 1 : 800;
      Integer[] male = new Integer[Population.AGE_CLASSES];
      Integer[] female = new Integer[Population.AGE_CLASSES];
      int[] m = new int[Population.AGE_CLASSES];
      int[] f = new int[Population.AGE_CLASSES];
      for (int a = 0; a < m.length; a++) {
        m[a] = r.nextInt(max);
        f[a] = r.nextInt(max);
        male[a] = m[a];
        female[a] = f[a];
      }
      ambiti.assign(IstatCode.parse(code), ambito);
      b.population(Population.of(code, 2025, m, f));
      rows.add(RowFactory.create(scenario, ambito, code, male, female));
    }
    tables.add(b.levels(ambiti.build()).compute());
  }
}
