package io.github.socialplan.indicators.series;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.socialplan.core.population.Population;
import io.github.socialplan.indicators.dashboard.Dashboard;
import io.github.socialplan.indicators.result.UndefinedReason;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The year-on-year changes and the compound annual growth of {@link Trends}, on the old-age index
 * (residents 65+ / residents 0-14 × 100) of one comune whose counts make the values easy to work by hand.
 */
class TrendsTest {

  private static final String CODE = "019036";
  private static final String OLD_AGE = "old_age_index";

  /** A comune with {@code children} residents aged 10 and {@code elderly} aged 70, all women. */
  private static Population comune(int year, int children, int elderly) {
    return Population.builder(CODE, year).female(10, children).female(70, elderly).female(40, 50).build();
  }

  private static Trend oldAge(Population... populations) {
    Trends trends = Trends.of(Dashboard.builder().populations(List.of(populations)).compute());
    return trends.get(0, CODE, OLD_AGE);
  }

  @Test
  void growth_overTwoYears_isTheWorkedCompoundRate() {
    // 100 → 110 → 121: +10 and +11 points; (121 / 100)^(1/2) − 1 = 1.1 − 1 = 10 % a year
    Trend t = oldAge(comune(2014, 200, 200), comune(2015, 200, 220), comune(2016, 200, 242));
    assertEquals(2014, t.firstYear());
    assertEquals(2016, t.lastYear());
    assertEquals(100.0, t.first().value(), 1e-12);
    assertEquals(121.0, t.last().value(), 1e-12);
    assertEquals(Set.of(2015, 2016), t.yearOnYear().keySet());
    assertEquals(10.0, t.yearOnYear().get(2015).value(), 1e-12);
    assertEquals(11.0, t.yearOnYear().get(2016).value(), 1e-12);
    assertEquals(10.0, t.compoundAnnualGrowth().value(), 1e-9);
    assertEquals(0, t.level());
    assertEquals(CODE, t.territory());
    assertEquals(OLD_AGE, t.indicatorId());
  }

  @Test
  void theYearOnYearChanges_comeInYearOrder() {
    // 2000..2030, 200 children and 200 + year's offset elderly: a printout of the changes year by year must
    // list 2001, 2002, ..., 2030, on every run (the order of a hashed map differs from one JVM to the next)
    Population[] years = new Population[31];
    for (int k = 0; k < years.length; k++) {
      years[k] = comune(2000 + k, 200, 200 + k);
    }
    Trend t = oldAge(years);
    List<Integer> expected = new java.util.ArrayList<>();
    for (int y = 2001; y <= 2030; y++) {
      expected.add(y);
    }
    assertEquals(expected, List.copyOf(t.yearOnYear().keySet()));
    // each change is one elderly resident more over 200 children: 0.5 points
    t.yearOnYear().values().forEach(v -> assertEquals("0.5", v.format()));
  }

  @Test
  void aMissingYear_makesItsChangeUndefined_butNotTheGrowth() {
    // 2014 and 2016 only: 100 → 121, 10 % a year; no change for 2016 on a 2015 that is not there
    Trend t = oldAge(comune(2016, 200, 242), comune(2014, 200, 200));
    assertEquals(Set.of(2016), t.yearOnYear().keySet());
    assertEquals(UndefinedReason.MISSING_INPUT, t.yearOnYear().get(2016).reason().orElseThrow());
    assertEquals(OLD_AGE + " of " + CODE + " has no value in 2015", t.yearOnYear().get(2016).detail());
    assertEquals(10.0, t.compoundAnnualGrowth().value(), 1e-9);
  }

  @Test
  void growth_ofExactlyAHalf_roundsHalfUp() {
    // old-age index 80 → 81 in one year: exactly 1.25 % a year, which a double holds as 1.2499999...
    Trend oneYear = oldAge(comune(2014, 200, 160), comune(2015, 200, 162));
    assertEquals("1.3", oneYear.compoundAnnualGrowth().format());
    // 64 → 65.61 over two years: (6561 / 6400)^(1/2) = 81 / 80, 1.25 % a year again
    Trend twoYears = oldAge(comune(2014, 10_000, 6_400), comune(2015, 10_000, 6_500),
        comune(2016, 10_000, 6_561));
    assertEquals("1.3", twoYears.compoundAnnualGrowth().format());
    assertEquals(1.25, twoYears.compoundAnnualGrowth().value(), 1e-12);
  }

  @Test
  void growth_ofOneYear_isUndefinedNoData() {
    Trend t = oldAge(comune(2014, 200, 200));
    assertTrue(t.yearOnYear().isEmpty());
    assertEquals(UndefinedReason.NO_DATA, t.compoundAnnualGrowth().reason().orElseThrow());
    assertTrue(t.compoundAnnualGrowth().detail().contains("only 2014"), t.compoundAnnualGrowth().detail());
  }

  @Test
  void growth_toZero_isMinus100_butFromZeroIsOutOfDomain() {
    // 100 → 0: every elderly resident gone, −100 % a year
    assertEquals(-100.0, oldAge(comune(2014, 200, 200), comune(2015, 200, 0)).compoundAnnualGrowth().value(),
        1e-12);
    Trend fromZero = oldAge(comune(2014, 200, 0), comune(2015, 200, 200));
    assertEquals(UndefinedReason.OUT_OF_DOMAIN, fromZero.compoundAnnualGrowth().reason().orElseThrow());
    assertEquals(100.0, fromZero.yearOnYear().get(2015).value(), 1e-12);
  }

  @Test
  void growth_withAnUndefinedEnd_isUndefinedOperand_namingTheYear() {
    // no children: the old-age index of that year is undefined
    Trend undefinedFirst = oldAge(comune(2014, 0, 200), comune(2015, 200, 220));
    assertEquals(UndefinedReason.UNDEFINED_OPERAND, undefinedFirst.compoundAnnualGrowth().reason().orElseThrow());
    assertTrue(undefinedFirst.compoundAnnualGrowth().detail().endsWith("undefined in 2014"),
        undefinedFirst.compoundAnnualGrowth().detail());
    Trend undefinedLast = oldAge(comune(2014, 200, 200), comune(2015, 0, 220));
    assertEquals(UndefinedReason.UNDEFINED_OPERAND, undefinedLast.compoundAnnualGrowth().reason().orElseThrow());
    assertTrue(undefinedLast.compoundAnnualGrowth().detail().endsWith("undefined in 2015"),
        undefinedLast.compoundAnnualGrowth().detail());
  }

  @Test
  void get_ofARowNotInTheTable_failsNamingIt() {
    Trends trends = Trends.of(Dashboard.builder().populations(List.of(comune(2014, 200, 200))).compute());
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> trends.get(1, CODE, OLD_AGE));
    assertEquals("no row of level 1, territory '" + CODE + "', indicator '" + OLD_AGE + "' in the cruscotto",
        e.getMessage());
    assertThrows(IllegalArgumentException.class, () -> trends.get(0, "019001", OLD_AGE));
    assertThrows(IllegalArgumentException.class, () -> trends.get(0, CODE, "no_such_indicator"));
    assertTrue(trends.all().stream().anyMatch(t -> t.indicatorId().equals(OLD_AGE)));
  }
}
