package io.github.socialplan.indicators.dashboard;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import io.github.socialplan.core.territory.IstatCode;
import io.github.socialplan.core.territory.TerritoryKind;
import io.github.socialplan.core.testing.PropertyRuns;
import io.github.socialplan.indicators.catalogue.IndicatorCatalogue;
import io.github.socialplan.indicators.demography.DemographicProfile;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * A cruscotto of several years: the years computed at once give the table and the failure of one thread,
 * and every comune must have a population in every year.
 */
class DashboardSeriesTest {

  /**
   * A series of {@code years} years from 2010 of the five comuni of {@link DashboardTest}, two levels, areas,
   * inputs with gaps (the groupings' inputs summed or lacking), and in {@code failing} years an associated
   * spending above the social spending.
   */
  private static Dashboard.Builder series(int years, List<Integer> failing) {
    List<Integer> order = DashboardTest.inOrder();
    Dashboard.Builder b = Dashboard.builder()
        .levels(DashboardTest.partition("sub-ambiti", TerritoryKind.SUB_DISTRICT, DashboardTest.SUB, order),
            DashboardTest.partition("ambiti", TerritoryKind.PLANNING_DISTRICT, DashboardTest.AMBITO, order))
        .catalogue(IndicatorCatalogue.standard().with(DashboardTest.EVICTIONS));
    for (int y = 2010; y < 2010 + years; y++) {
      for (int i : order) {
        String code = DashboardTest.CODES[i];
        b.population(DashboardTest.population(i, y));
        b.area(IstatCode.parse(code), new BigDecimal("10.5").add(BigDecimal.valueOf(i)));
        b.input(code, y, Dashboard.SOCIAL_SPENDING, BigDecimal.valueOf(100_000L * (i + 1) + y));
        b.input(code, y, Dashboard.ASSOCIATED_SPENDING,
            BigDecimal.valueOf(failing.contains(y) && i == 2 ? 999_999L : 1_000L * i));
        b.input(code, y, "households", BigDecimal.valueOf(400 + i + y % 7));
        if (i != (y % 5)) { // one comune a year without evictions: its groupings lack them
          b.input(code, y, "evictions", BigDecimal.valueOf(i + y % 3));
        }
      }
    }
    return b;
  }

  @Test
  void anyNumberOfThreads_givesTheTableOfOneThread() {
    qt().withFixedSeed(20261201L).withExamples(PropertyRuns.examples(40))
        .forAll(integers().between(1, 9), integers().between(0, 12))
        .checkAssert((years, threads) -> {
          DashboardTable one = series(years, List.of()).parallelism(1).compute();
          DashboardTable many = series(years, List.of()).parallelism(threads).compute();
          assertEquals(one, many);
          Set<String> territories = new HashSet<>();
          many.forEachRow(r -> territories.add(r.year() + "/" + r.level() + "/" + r.territory()));
          assertEquals(years * (5 + 3 + 2), territories.size()); // comuni, sub-ambiti, ambiti
        });
  }

  @Test
  void theFailureThrown_isTheFirstFailingYears_whateverTheThreads() {
    String expected = "input associated_spending of 019003 in 2013 exceeds its social_spending: 999999 > 302013";
    for (int threads : new int[] {0, 1, 2, 3, 8}) {
      for (int run = 0; run < 20; run++) {
        Dashboard.Builder b = series(8, List.of(2016, 2013, 2017)).parallelism(threads);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, b::compute);
        assertEquals(expected, e.getMessage(), "threads " + threads);
      }
    }
  }

  @Test
  void aComuneMissingFromAYear_isRefusedNamingItAndTheYear() {
    // one comune fewer in 2015
    Dashboard.Builder fewer = Dashboard.builder();
    // as many comuni in both years, but not the same: 019005 in 2015 only, 019004 in 2014 only
    Dashboard.Builder other = Dashboard.builder();
    for (int i = 0; i < 5; i++) {
      fewer.population(DashboardTest.population(i, 2014));
      if (i != 2) {
        fewer.population(DashboardTest.population(i, 2015));
      }
      if (i != 4) {
        other.population(DashboardTest.population(i, 2014));
      }
      if (i != 3) {
        other.population(DashboardTest.population(i, 2015));
      }
    }
    IllegalArgumentException missing = assertThrows(IllegalArgumentException.class, fewer::compute);
    assertEquals("comune 019003 has a population for some years but not for 2015", missing.getMessage());
    IllegalArgumentException swapped = assertThrows(IllegalArgumentException.class, other::compute);
    assertEquals("comune 019005 has a population for some years but not for 2014", swapped.getMessage());
  }

  @Test
  void parallelism_outOfRange_isRefusedNamingIt() {
    IllegalArgumentException negative = assertThrows(IllegalArgumentException.class,
        () -> Dashboard.builder().parallelism(-1));
    assertEquals("parallelism must be in 0..256 (0 = one per processor): -1", negative.getMessage());
    assertThrows(IllegalArgumentException.class, () -> Dashboard.builder().parallelism(257));
  }

  @Test
  void profilesGivenAtOnce_giveTheTableOfProfilesGivenOneByOne() {
    List<DemographicProfile> profiles = new ArrayList<>();
    Dashboard.Builder oneByOne = Dashboard.builder().profilesOnly();
    for (int y = 2014; y <= 2016; y++) {
      for (int i : List.of(3, 0, 4, 1, 2)) {
        DemographicProfile p = DemographicProfile.of(DashboardTest.population(i, y));
        profiles.add(p);
        oneByOne.profile(p);
      }
    }
    assertEquals(oneByOne.compute(), Dashboard.builder().profilesOnly().profiles(profiles).compute());
    IllegalArgumentException twice = assertThrows(IllegalArgumentException.class,
        () -> Dashboard.builder().profilesOnly().profiles(profiles).profiles(profiles.subList(4, 5)));
    assertEquals("comune 019003 has two populations for 2014", twice.getMessage());
    assertThrows(IllegalStateException.class, () -> Dashboard.builder().profiles(profiles));
  }
}
