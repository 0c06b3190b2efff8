package io.github.socialplan.benchmarks.compare;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.socialplan.benchmarks.synthetic.PosasFile;
import io.github.socialplan.benchmarks.synthetic.SyntheticComune;
import io.github.socialplan.benchmarks.synthetic.SyntheticItaly;
import io.github.socialplan.core.population.Population;
import io.github.socialplan.indicators.dashboard.DashboardTable;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ItalyDashboardTest {

  private static List<SyntheticComune> italy;
  private static DashboardTable table;

  @BeforeAll
  static void computeOnce() {
    italy = SyntheticItaly.generate(42, 107 * 6);
    List<Population> populations = new ArrayList<>();
    italy.forEach(c -> populations.add(c.toPopulation(2025)));
    table = ItalyDashboard.compute(populations);
  }

  @Test
  void read_givesTheTableOfTheFilesPopulations(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("posas.csv");
    PosasFile.write(italy, 2025, file);
    DashboardTable read = ItalyDashboard.read(file);
    assertEquals(table.rows(), read.rows());
    assertEquals(ItalyDashboard.checksum(table).value(), ItalyDashboard.checksum(read).value());
  }

  /** The eleven counts pairs of the pandas script, from raw arrays: numerator*multiplier, denominator. */
  private static double[][] pandasRatios(long[] total, long[] female) {
    long p014 = band(total, 0, 14);
    long p1564 = band(total, 15, 64);
    long p65 = band(total, 65, 100);
    long p = band(total, 0, 100);
    long ageSumTwice = 0;
    for (int a = 0; a <= 100; a++) {
      ageSumTwice += (2L * a + 1) * total[a];
    }
    return new double[][] {
        {100.0 * p65, p014}, {100.0 * (p014 + p65), p1564}, {100.0 * p65, p1564}, {100.0 * p014, p1564},
        {100.0 * band(total, 60, 64), band(total, 15, 19)}, {100.0 * band(total, 40, 64), band(total, 15, 39)},
        {100.0 * band(total, 0, 4), band(female, 15, 49)}, {ageSumTwice / 2.0, p},
        {100.0 * p65, p}, {100.0 * band(total, 85, 100), p}, {100.0 * band(total, 0, 17), p}};
  }

  private static long band(long[] counts, int from, int to) {
    long s = 0;
    for (int a = from; a <= to; a++) {
      s += counts[a];
    }
    return s;
  }

  @Test
  void checksum_equalsTheOneComputedFromTheRawArrays() {
    Map<String, long[][]> byTerritory = new TreeMap<>();
    for (SyntheticComune c : italy) {
      for (String t : List.of(c.code(), c.code().substring(0, 3), "IT")) {
        long[][] tf = byTerritory.computeIfAbsent(t, k -> new long[2][101]);
        for (int a = 0; a <= 100; a++) {
          tf[0][a] += c.male(a) + c.female(a);
          tf[1][a] += c.female(a);
        }
      }
    }
    IndicatorChecksum expected = new IndicatorChecksum();
    for (long[][] tf : byTerritory.values()) {
      for (double[] r : pandasRatios(tf[0], tf[1])) {
        if (r[1] == 0) {
          expected.undefined();
        } else {
          expected.add(r[0], r[1]);
        }
      }
    }
    IndicatorChecksum actual = ItalyDashboard.checksum(table);
    assertEquals(expected.value(), actual.value());
    assertEquals(expected.defined(), actual.defined());
    assertEquals(expected.undefinedCount(), actual.undefinedCount());
  }

  @Test
  void territories_areTheComuniTheirProvincesAndItaly() {
    assertEquals(107 * 6 + 107 + 1, ItalyDashboard.territories(table));
  }

  @Test
  void italySummary_showsItalysOldAgeIndexRounded() {
    long young = 0;
    long old = 0;
    for (SyntheticComune c : italy) {
      for (int a = 0; a <= 100; a++) {
        young += a <= 14 ? c.male(a) + c.female(a) : 0;
        old += a >= 65 ? c.male(a) + c.female(a) : 0;
      }
    }
    String expected = new java.math.BigDecimal(100 * old).divide(java.math.BigDecimal.valueOf(young), 1,
        java.math.RoundingMode.HALF_UP).toPlainString();
    String summary = ItalyDashboard.italySummary(table);
    assertEquals("old_age_index=" + expected, summary.substring(0, summary.indexOf(' ')));
  }
}
