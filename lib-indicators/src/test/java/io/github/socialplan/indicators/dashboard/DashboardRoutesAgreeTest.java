package io.github.socialplan.indicators.dashboard;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.quicktheories.QuickTheory.qt;

import io.github.socialplan.core.json.SocialPlanJson;
import io.github.socialplan.core.population.Population;
import io.github.socialplan.core.territory.IstatCode;
import io.github.socialplan.core.territory.Partition;
import io.github.socialplan.core.territory.TerritoryKind;
import io.github.socialplan.core.testing.PropertyRuns;
import io.github.socialplan.indicators.catalogue.Indicator;
import io.github.socialplan.indicators.demography.DemographicColumns;
import io.github.socialplan.indicators.demography.DemographicProfile;
import io.github.socialplan.indicators.export.DashboardCsvReader;
import io.github.socialplan.indicators.export.DashboardExport;
import io.github.socialplan.indicators.export.DashboardRecord;
import io.github.socialplan.indicators.export.WideTable;
import io.github.socialplan.indicators.json.DashboardDocument;
import io.github.socialplan.indicators.result.DisplayFormat;
import io.github.socialplan.indicators.result.IndicatorValue;
import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.quicktheories.generators.SourceDSL;

/**
 * One generated cruscotto (comuni, sub-ambiti and an ambito over three years, with empty comuni, sparse
 * counts, areas and a spending input) through every route that gives its figures, compared value by value
 * with the Java rows: {@link DashboardTable#value} and {@link DashboardTable#asDouble}, the streaming
 * {@link DemographicColumns} of the comuni's own profiles, the {@link WideTable} and its CSV read back, the
 * CSV export read back by {@link DashboardCsvReader} (default and Italian layouts), and the JSON export read
 * back as a {@link DashboardDocument}.
 */
class DashboardRoutesAgreeTest {

  private static final long SEED = 20_261_201L;

  /** The scenario's dashboard with a spending input on some comuni. */
  private static DashboardTable table(DashboardExactValuesTest.Scenario s, long seed) {
    Random r = new Random(seed ^ 0x5DEECE66DL);
    String[] codes = DashboardExactValuesTest.CODES;
    Dashboard.Builder b = Dashboard.builder().oldestOldFrom(80);
    Partition.Builder sub = Partition.builder("sub-ambiti", TerritoryKind.SUB_DISTRICT);
    Partition.Builder ambito = Partition.builder("ambiti", TerritoryKind.PLANNING_DISTRICT);
    for (int c = 0; c < codes.length; c++) {
      IstatCode code = IstatCode.parse(codes[c]);
      sub.assign(code, s.subAmbito[c]);
      ambito.assign(code, "ambito");
      b.area(code, s.areas[c]);
      for (int y = 0; y < DashboardExactValuesTest.YEARS; y++) {
        int year = DashboardExactValuesTest.FIRST_YEAR + y;
        b.population(Population.of(codes[c], year, s.counts[y][c][0], s.counts[y][c][1])
            .withVitalStatistics(s.vital[y][c][0], s.vital[y][c][1], s.vital[y][c][2]));
        if (r.nextInt(3) > 0) {
          b.input(codes[c], year, Dashboard.SOCIAL_SPENDING, BigDecimal.valueOf(r.nextInt(50_000_000), 2));
        }
      }
    }
    return b.levels(sub.build(), ambito.build()).compute();
  }

  private static Optional<BigDecimal> rounded(Optional<IndicatorValue> v, int scale) {
    return v.filter(IndicatorValue::isDefined).map(x -> x.rounded(scale, RoundingMode.HALF_UP));
  }

  private static String csv(DashboardTable t, DisplayFormat f) {
    StringWriter w = new StringWriter();
    try {
      DashboardExport.csv(t, w, f);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return w.toString();
  }

  @Test
  void everyRoute_givesTheJavaRowsFigures_valueByValue() {
    qt().withFixedSeed(SEED).withExamples(PropertyRuns.examples(25))
        .forAll(SourceDSL.longs().all())
        .checkAssert(seed -> {
          try {
            check(seed);
          } catch (IOException e) {
            throw new UncheckedIOException(e);
          }
        });
  }

  private static void check(long seed) throws IOException {
    DashboardExactValuesTest.Scenario s = new DashboardExactValuesTest.Scenario(seed);
    DashboardTable table = table(s, seed);
    List<DashboardRow> rows = table.rows();

    List<DashboardRecord> records = DashboardCsvReader.read(new StringReader(csv(table, DisplayFormat.DEFAULT)),
        "default.csv");
    List<DashboardRecord> italian = DashboardCsvReader.read(
        new StringReader(csv(table, DisplayFormat.italian())), "italiano.csv");
    StringWriter json = new StringWriter();
    DashboardExport.json(table, json, DisplayFormat.DEFAULT);
    List<DashboardRecord> fromJson = SocialPlanJson.read(json.toString(), DashboardDocument.class).rows();
    WideTable wide = WideTable.of(table);
    StringWriter wideCsv = new StringWriter();
    wide.csv(wideCsv);
    WideTable wideBack = WideTable.readCsv(new StringReader(wideCsv.toString()), "wide.csv");
    Map<String, Integer> wideRow = new HashMap<>();
    for (int i = 0; i < wide.size(); i++) {
      wideRow.put(wide.year(i) + "|" + wide.level(i) + "|" + wide.territory(i), i);
    }

    // the streaming route: the comuni's own profiles, column by column
    List<Indicator> demographic = new ArrayList<>();
    for (Indicator i : table.indicators()) {
      if (rows.stream().anyMatch(r -> r.indicator().equals(i) && r.level() == 0)
          && io.github.socialplan.indicators.catalogue.StandardIndicators.DEMOGRAPHIC.contains(i)) {
        demographic.add(i);
      }
    }
    Map<String, IndicatorValue> streamed = new HashMap<>();
    for (int y = 0; y < DashboardExactValuesTest.YEARS; y++) {
      int year = DashboardExactValuesTest.FIRST_YEAR + y;
      List<DemographicProfile> profiles = new ArrayList<>();
      String[] codes = DashboardExactValuesTest.CODES;
      for (int c = 0; c < codes.length; c++) {
        DemographicProfile p = DemographicProfile.of(Population.of(codes[c], year, s.counts[y][c][0],
            s.counts[y][c][1]).withVitalStatistics(s.vital[y][c][0], s.vital[y][c][1], s.vital[y][c][2]), 80)
            .withArea(s.areas[c]);
        if (y + 1 < DashboardExactValuesTest.YEARS) {
          long next = 0;
          for (int sex = 0; sex < 2; sex++) {
            for (int a = 0; a <= 100; a++) {
              next += s.counts[y + 1][c][sex][a];
            }
          }
          p = p.withNextYearResidents(next);
        }
        profiles.add(p);
      }
      DemographicColumns columns = DemographicColumns.of(demographic, profiles);
      for (int c = 0; c < codes.length; c++) {
        for (int j = 0; j < demographic.size(); j++) {
          streamed.put(year + "|" + codes[c] + "|" + demographic.get(j).id(), columns.value(c, j));
        }
      }
    }

    assertEquals(rows.size(), records.size(), "CSV rows");
    assertEquals(records, italian, "the Italian CSV reads back as the default one");
    assertEquals(records, fromJson, "the JSON export reads back as the CSV");
    int streamedCompared = 0;
    for (int i = 0; i < rows.size(); i++) {
      DashboardRow r = rows.get(i);
      IndicatorValue v = r.value();
      String key = r.year() + " " + r.level() + " " + r.territory() + " " + r.indicator().id() + " (seed " + seed + ")";
      assertEquals(v, table.value(r.year(), r.level(), r.territory(), r.indicator().id()).orElseThrow(), key);
      assertEquals(v.asDouble(), table.asDouble(r.year(), r.level(), r.territory(), r.indicator().id()), key);

      int w = wideRow.get(r.year() + "|" + r.level() + "|" + r.territory());
      int col = wide.column(r.indicator().id());
      assertEquals(v.valueOrNaN(), wide.value(w, col), "wide: " + key);
      assertEquals(v.valueOrNaN(), wideBack.value(w, col), "wide CSV read back: " + key);
      assertEquals(v.isDefined(), wide.reason(w, col).isEmpty(), "wide reason: " + key);

      IndicatorValue s0 = streamed.get(r.year() + "|" + r.territory() + "|" + r.indicator().id());
      if (r.level() == 0 && s0 != null) {
        assertEquals(v, s0, "streaming columns: " + key);
        streamedCompared++;
      }

      DashboardRecord rec = records.get(i);
      assertEquals(r.territory(), rec.territory(), key);
      assertEquals(r.indicator().id(), rec.indicator(), key);
      assertEquals(r.parent(), rec.parent(), key);
      assertEquals(rounded(Optional.of(v), 1), rec.value(), "CSV value: " + key);
      assertEquals(v.reason(), rec.undefinedReason(), "CSV reason: " + key);
      if (v.isDefined() && v.isRatio()) {
        assertEquals(v, rec.indicatorValue(), "CSV exact ratio: " + key);
        assertEquals(v.value(), rec.indicatorValue().value(), "CSV ratio's double: " + key);
      }
      assertEquals(rounded(r.parentValue(), 1), rec.parentValue(), "CSV parent value: " + key);
      assertEquals(rounded(r.differenceFromParent(), 1), rec.differenceFromParent(), "CSV difference: " + key);
      assertEquals(rounded(r.ratioToParent(), DashboardExport.RATIO_SCALE), rec.ratioToParent(),
          "CSV ratio to parent: " + key);
    }
    assertEquals(streamed.size(), streamedCompared, "every streamed value compared");

    // a sub-ambito's old-age index is the ratio of totals of TerritorialComparison over its comuni's counts,
    // and the mean of its comuni's ratios is their exact mean
    for (int y = 0; y < DashboardExactValuesTest.YEARS; y++) {
      int year = DashboardExactValuesTest.FIRST_YEAR + y;
      Map<String, io.github.socialplan.indicators.spending.TerritorialComparison.Builder> bySub = new HashMap<>();
      Map<String, List<BigDecimal>> ratios = new HashMap<>();
      for (int c = 0; c < DashboardExactValuesTest.CODES.length; c++) {
        long old = 0;
        long young = 0;
        for (int sex = 0; sex < 2; sex++) {
          for (int a = 0; a <= 100; a++) {
            old += a >= 65 ? s.counts[y][c][sex][a] : 0;
            young += a <= 14 ? s.counts[y][c][sex][a] : 0;
          }
        }
        bySub.computeIfAbsent(s.subAmbito[c], k -> io.github.socialplan.indicators.spending.TerritorialComparison
            .builder(100)).add(DashboardExactValuesTest.CODES[c], BigDecimal.valueOf(old), BigDecimal.valueOf(young));
        if (young > 0) {
          ratios.computeIfAbsent(s.subAmbito[c], k -> new ArrayList<>())
              .add(BigDecimal.valueOf(old * 100).divide(BigDecimal.valueOf(young), java.math.MathContext.DECIMAL128));
        }
      }
      for (Map.Entry<String, io.github.socialplan.indicators.spending.TerritorialComparison.Builder> e
          : bySub.entrySet()) {
        var comparison = e.getValue().build();
        IndicatorValue dashboard = table.value(year, 1, e.getKey(), "old_age_index").orElseThrow();
        String key = year + " " + e.getKey() + " (seed " + seed + ")";
        assertEquals(dashboard.isDefined(), comparison.ratioOfTotals().isDefined(), key);
        if (dashboard.isDefined()) {
          assertEquals(dashboard.rounded(), comparison.ratioOfTotals().rounded(), "ratio of totals " + key);
          assertEquals(dashboard.value(), comparison.ratioOfTotals().value(), "ratio of totals " + key);
        }
        List<BigDecimal> rs = ratios.getOrDefault(e.getKey(), List.of());
        if (!rs.isEmpty()) {
          // 1/n of a sum of 34-digit quotients: exact to far more digits than a tie at one decimal needs,
          // unless the mean is a tie itself, which the sum of exact ratios then shows
          BigDecimal sum = rs.stream().reduce(BigDecimal.ZERO, BigDecimal::add);
          BigDecimal mean = sum.divide(BigDecimal.valueOf(rs.size()), java.math.MathContext.DECIMAL128);
          assertEquals(mean.setScale(1, RoundingMode.HALF_UP), comparison.meanOfRatios().rounded(),
              "mean of ratios " + key + ": " + rs);
        }
      }
    }

    // any scale and rounding: the CSV read back shows each figure as the exact value rounded that way
    Random r = new Random(seed);
    RoundingMode[] modes = {RoundingMode.HALF_UP, RoundingMode.HALF_EVEN, RoundingMode.HALF_DOWN, RoundingMode.UP,
        RoundingMode.DOWN, RoundingMode.CEILING, RoundingMode.FLOOR};
    int scale = r.nextInt(5) - 1;
    RoundingMode mode = modes[r.nextInt(modes.length)];
    DisplayFormat f = DisplayFormat.of(scale, mode);
    if (r.nextBoolean()) {
      f = f.withDecimalSeparator(',');
    }
    List<DashboardRecord> other = DashboardCsvReader.read(new StringReader(csv(table, f)), f + ".csv");
    for (int i = 0; i < rows.size(); i++) {
      DashboardRow row = rows.get(i);
      DashboardRecord rec = other.get(i);
      String key = f + " " + row.year() + " " + row.level() + " " + row.territory() + " " + row.indicator().id();
      assertEquals(opt(Optional.of(row.value()), scale, mode), rec.value().map(BigDecimal::stripTrailingZeros), key);
      assertEquals(opt(row.parentValue(), scale, mode), rec.parentValue().map(BigDecimal::stripTrailingZeros),
          "parent " + key);
      assertEquals(opt(row.differenceFromParent(), scale, mode),
          rec.differenceFromParent().map(BigDecimal::stripTrailingZeros), "difference " + key);
      if (row.value().isDefined() && row.value().isRatio()) {
        assertEquals(row.value(), rec.indicatorValue(), key);
      }
    }
  }

  private static Optional<BigDecimal> opt(Optional<IndicatorValue> v, int scale, RoundingMode mode) {
    return v.filter(IndicatorValue::isDefined).map(x -> x.rounded(scale, mode).stripTrailingZeros());
  }
}
