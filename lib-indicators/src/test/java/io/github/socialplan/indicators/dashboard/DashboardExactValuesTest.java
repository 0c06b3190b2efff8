package io.github.socialplan.indicators.dashboard;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.socialplan.core.population.Population;
import io.github.socialplan.core.territory.IstatCode;
import io.github.socialplan.core.territory.Partition;
import io.github.socialplan.core.territory.TerritoryKind;
import io.github.socialplan.core.testing.PropertyRuns;
import io.github.socialplan.indicators.result.IndicatorValue;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Arrays;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.quicktheories.QuickTheory;
import org.quicktheories.generators.SourceDSL;

/**
 * Every socio-demographic value of a cruscotto, of comuni, sub-ambiti and the ambito over three years,
 * against an independent exact computation from the comuni's counts by age: ISTAT's age bounds, the
 * ratio of the groupings' totals, the mean population of the rates, the density over the summed areas,
 * the parent of each row; rounded at several scales in every rounding mode.
 */
class DashboardExactValuesTest {

  static final String[] CODES = {"019001", "019002", "019003", "019004", "019005", "019006"};
  static final int FIRST_YEAR = 2014;
  static final int YEARS = 3;

  /** The comuni's counts, births, deaths, foreign residents and areas, drawn from one seed. */
  static final class Scenario {
    final int[][][][] counts = new int[YEARS][CODES.length][2][101]; // year, comune, sex (0 male), age
    final long[][][] vital = new long[YEARS][CODES.length][3]; // foreign, births, deaths
    final BigDecimal[] areas = new BigDecimal[CODES.length];
    final String[] subAmbito = new String[CODES.length];

    Scenario(long seed) {
      Random r = new Random(seed);
      for (int y = 0; y < YEARS; y++) {
        for (int c = 0; c < CODES.length; c++) {
          boolean empty = r.nextInt(12) == 0; // a comune with no residents: every value undefined
          int max = r.nextInt(3) == 0 ? 2 : 400; // sparse counts leave bands empty
          for (int s = 0; s < 2; s++) {
            for (int a = 0; a <= 100; a++) {
              counts[y][c][s][a] = empty ? 0 : r.nextInt(max);
            }
          }
          long residents = Arrays.stream(counts[y][c][0]).sum() + Arrays.stream(counts[y][c][1]).sum();
          // the foreign residents are some of the residents
          vital[y][c] = new long[] {Math.min(r.nextInt(600), residents), r.nextInt(90), r.nextInt(120)};
        }
      }
      for (int c = 0; c < CODES.length; c++) {
        areas[c] = BigDecimal.valueOf(r.nextInt(200_000), 2);
        subAmbito[c] = "sub-" + r.nextInt(3);
      }
    }

    DashboardTable table() {
      Dashboard.Builder b = Dashboard.builder().oldestOldFrom(80);
      Partition.Builder sub = Partition.builder("sub-ambiti", TerritoryKind.SUB_DISTRICT);
      Partition.Builder ambito = Partition.builder("ambiti", TerritoryKind.PLANNING_DISTRICT);
      for (int c = 0; c < CODES.length; c++) {
        IstatCode code = IstatCode.parse(CODES[c]);
        sub.assign(code, subAmbito[c]);
        ambito.assign(code, "ambito");
        b.area(code, areas[c]);
        for (int y = 0; y < YEARS; y++) {
          b.population(Population.of(CODES[c], FIRST_YEAR + y, counts[y][c][0], counts[y][c][1])
              .withVitalStatistics(vital[y][c][0], vital[y][c][1], vital[y][c][2]));
        }
      }
      return b.levels(sub.build(), ambito.build()).compute();
    }

    boolean inTerritory(int comune, int level, String territory) {
      return level == 2 || (level == 1 ? subAmbito[comune] : CODES[comune]).equals(territory);
    }

    /** Residents of the territory aged from..to (women only if asked) in year index y. */
    long count(int y, int level, String territory, int from, int to, boolean womenOnly) {
      long n = 0;
      for (int c = 0; c < CODES.length; c++) {
        if (inTerritory(c, level, territory)) {
          for (int a = from; a <= to; a++) {
            n += counts[y][c][1][a] + (womenOnly ? 0 : counts[y][c][0][a]);
          }
        }
      }
      return n;
    }

    long vital(int y, int level, String territory, int which) {
      long n = 0;
      for (int c = 0; c < CODES.length; c++) {
        n += inTerritory(c, level, territory) ? vital[y][c][which] : 0;
      }
      return n;
    }

    /** The exact value {numerator, denominator} of an indicator, or null where no value is defined. */
    BigDecimal[] expected(String indicator, int y, int level, String t) {
      long all = count(y, level, t, 0, 100, false);
      long p014 = count(y, level, t, 0, 14, false);
      long p1564 = count(y, level, t, 15, 64, false);
      long p65 = count(y, level, t, 65, 100, false);
      switch (indicator) {
        case "old_age_index": return per(100, p65, p014);
        case "total_dependency_ratio": return per(100, p014 + p65, p1564);
        case "old_age_dependency_ratio": return per(100, p65, p1564);
        case "youth_dependency_ratio": return per(100, p014, p1564);
        case "active_population_replacement_index":
          return per(100, count(y, level, t, 60, 64, false), count(y, level, t, 15, 19, false));
        case "active_population_structure_index":
          return per(100, count(y, level, t, 40, 64, false), count(y, level, t, 15, 39, false));
        case "child_woman_ratio": return per(100, count(y, level, t, 0, 4, false), count(y, level, t, 15, 49, true));
        case "mean_age": {
          BigDecimal ages = BigDecimal.ZERO;
          for (int a = 0; a <= 100; a++) { // the 100+ class at 100.5
            ages = ages.add(BigDecimal.valueOf(count(y, level, t, a, a, false)).multiply(new BigDecimal(a + ".5")));
          }
          return all == 0 ? null : new BigDecimal[] {ages, BigDecimal.valueOf(all)};
        }
        case "pct_elderly_65plus": return per(100, p65, all);
        case "pct_oldest_old": return per(100, count(y, level, t, 80, 100, false), all);
        case "pct_minors": return per(100, count(y, level, t, 0, 17, false), all);
        case "pct_foreigners": return per(100, vital(y, level, t, 0), all);
        case "density": {
          BigDecimal area = BigDecimal.ZERO;
          for (int c = 0; c < CODES.length; c++) {
            area = area.add(inTerritory(c, level, t) ? areas[c] : BigDecimal.ZERO);
          }
          return area.signum() == 0 ? null : new BigDecimal[] {BigDecimal.valueOf(all), area};
        }
        case "birth_rate":
        case "death_rate": {
          if (y + 1 == YEARS) {
            return null; // no next 1 January: no mean population
          }
          long events = vital(y, level, t, indicator.equals("birth_rate") ? 1 : 2);
          long twiceMean = all + count(y + 1, level, t, 0, 100, false);
          return per(2000, events, twiceMean);
        }
        default:
          return null; // the ratios of inputs: none is given
      }
    }

    private static BigDecimal[] per(long multiplier, long numerator, long denominator) {
      return denominator == 0 ? null
          : new BigDecimal[] {BigDecimal.valueOf(numerator * multiplier), BigDecimal.valueOf(denominator)};
    }
  }

  @Test
  void everySocioDemographicValue_isTheExactValueOfTheTerritorysCounts_roundedInEveryMode() {
    QuickTheory.qt().withFixedSeed(2014_0101L).withExamples(PropertyRuns.examples(25))
        .forAll(SourceDSL.longs().all()).checkAssert(seed -> {
          Scenario s = new Scenario(seed);
          DashboardTable table = s.table();
          int checked = 0;
          for (DashboardRow row : table.rows()) {
            String where = row.toString();
            if (row.level() < 2) {
              String parent = row.level() == 0
                  ? s.subAmbito[java.util.Arrays.asList(CODES).indexOf(row.territory())] : "ambito";
              assertEquals(parent, row.parent().orElseThrow(), where);
              assertEquals(table.value(row.year(), row.level() + 1, parent, row.indicator().id()),
                  row.parentValue(), where);
            }
            BigDecimal[] exact = s.expected(row.indicator().id(), row.year() - FIRST_YEAR, row.level(),
                row.territory());
            IndicatorValue v = row.value();
            if (exact == null) {
              assertFalse(v.isDefined(), where);
              continue;
            }
            assertTrue(v.isDefined(), where);
            for (int scale = -1; scale <= 3; scale++) {
              for (RoundingMode mode : RoundingMode.values()) {
                if (mode != RoundingMode.UNNECESSARY) {
                  assertEquals(exact[0].divide(exact[1], scale, mode), v.rounded(scale, mode),
                      where + " at scale " + scale + ", " + mode);
                }
              }
            }
            checked++;
          }
          long subAmbiti = java.util.Arrays.stream(s.subAmbito).distinct().count();
          assertEquals(YEARS * (CODES.length + subAmbiti + 1) * table.indicators().size(), table.rows().size());
          assertTrue(checked > 0);
        });
  }
}
