package io.github.socialplan.indicators.demography;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.socialplan.core.population.AgeBand;
import io.github.socialplan.core.population.AgeBands;
import io.github.socialplan.core.population.Population;
import java.math.BigDecimal;
import java.util.List;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;

/** The threshold range, the sum and the equality of {@link DemographicProfile}, with small counts. */
class DemographicProfileSumTest {

  /** 100 residents aged 40 and 20 aged 90; 7 foreigners, 3 births, 2 deaths. */
  private static Population known(String territory, int year) {
    return Population.builder(territory, year).female(40, 100).male(90, 20).foreignResidents(7).births(3)
        .deaths(2).build();
  }

  /** 50 residents aged 10, foreigners, births and deaths not known. */
  private static Population unknown(String territory, int year) {
    return Population.builder(territory, year).female(10, 50).build();
  }

  @Test
  void oldestOldFrom_isAcceptedFrom65To100_only() {
    Population p = known("019036", 2014);
    assertEquals(20, DemographicProfile.of(p, 65).get(DemographicProfile.P_OLDEST));
    assertEquals(0, DemographicProfile.of(p, 100).get(DemographicProfile.P_OLDEST));
    assertEquals(90, DemographicProfile.of(p, 90).oldestOldFrom());
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> DemographicProfile.of(p, 64));
    assertEquals("first age of the oldest old must be in 65..100 for 019036: 64", e.getMessage());
    assertThrows(IllegalArgumentException.class, () -> DemographicProfile.of(p, 101));
  }

  @Test
  void sum_addsCounts_andKnowsAnOptionalCountOnlyIfEveryPartDoes() {
    DemographicProfile a = DemographicProfile.of(known("019001", 2014)).withArea(new BigDecimal("10.5"))
        .withNextYearResidents(118);
    DemographicProfile b = DemographicProfile.of(known("019002", 2014)).withArea(new BigDecimal("4.5"))
        .withNextYearResidents(121);
    DemographicProfile both = DemographicProfile.sum("sub-a", List.of(a, b));
    assertEquals("sub-a", both.territory());
    assertEquals(2014, both.year());
    assertEquals(240, both.residents());
    assertEquals(OptionalLong.of(14), both.foreignResidents());
    assertEquals(OptionalLong.of(6), both.births());
    assertEquals(OptionalLong.of(4), both.deaths());
    assertEquals(OptionalLong.of(239), both.nextYearResidents());
    assertEquals(0, new BigDecimal("15").compareTo(both.area().orElseThrow()));

    DemographicProfile c = DemographicProfile.of(unknown("019003", 2014));
    DemographicProfile mixed = DemographicProfile.sum("sub-a", List.of(a, c));
    assertEquals(170, mixed.residents());
    assertEquals(OptionalLong.empty(), mixed.foreignResidents());
    assertEquals(OptionalLong.empty(), mixed.births());
    assertEquals(OptionalLong.empty(), mixed.nextYearResidents());
    assertTrue(mixed.area().isEmpty());
    DemographicProfile reversed = DemographicProfile.sum("sub-a", List.of(c, a));
    assertEquals(OptionalLong.empty(), reversed.foreignResidents());
    assertTrue(reversed.area().isEmpty());
    assertEquals(mixed, reversed);
  }

  @Test
  void sum_ofProfilesOfDifferentYearsThresholdsOrNone_fails() {
    DemographicProfile a = DemographicProfile.of(known("019001", 2014));
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> DemographicProfile.sum("sub-a", List.of(a, DemographicProfile.of(known("019002", 2015)))));
    assertEquals("cannot add the profile of 019002 (2015, oldest old from 85) to sub-a (2014, oldest old from 85)",
        e.getMessage());
    e = assertThrows(IllegalArgumentException.class,
        () -> DemographicProfile.sum("sub-a", List.of(a, DemographicProfile.of(known("019002", 2014), 80))));
    assertEquals("cannot add the profile of 019002 (2014, oldest old from 80) to sub-a (2014, oldest old from 85)",
        e.getMessage());
    e = assertThrows(IllegalArgumentException.class, () -> DemographicProfile.sum("sub-a", List.of()));
    assertEquals("no profiles to add for sub-a", e.getMessage());
  }

  @Test
  void sum_withAPartInBands_doesNotKnowTheCountsItsBandsDoNotGive() {
    Population banded = Population.builder("019003", 2014, AgeBands.cutAt(15, 65))
        .band(AgeBand.of(0, 14), 10, 10, 20).band(AgeBand.of(15, 64), 30, 30, 60)
        .band(AgeBand.atLeast(65), 5, 15, 20).build();
    DemographicProfile bands = DemographicProfile.of(banded);
    DemographicProfile single = DemographicProfile.of(known("019001", 2014));
    assertTrue(single.allSplit());
    assertFalse(bands.allSplit());
    for (List<DemographicProfile> parts : List.of(List.of(single, bands), List.of(bands, single))) {
      DemographicProfile sum = DemographicProfile.sum("sub-a", parts);
      assertFalse(sum.allSplit());
      assertEquals(bands.notSplit(DemographicProfile.P0_17), sum.notSplit(DemographicProfile.P0_17));
      assertEquals(null, sum.notSplit(DemographicProfile.P0_14));
      // 0-14: 0 + 20; 65+: 20 + 20
      assertEquals(20, sum.get(DemographicProfile.P0_14));
      assertEquals(40, sum.get(DemographicProfile.P65_PLUS));
    }
    assertTrue(DemographicProfile.sum("sub-a", List.of(single, single)).allSplit());
  }

  @Test
  void plus_keepsTheNameOfOneTerritory_andDropsThatOfTwo() {
    DemographicProfile a = DemographicProfile.of(known("019001", 2014));
    DemographicProfile b = DemographicProfile.of(known("019002", 2014));
    assertEquals("019001", a.plus(a).territory());
    assertEquals("", a.plus(b).territory());
    assertEquals(240, a.plus(b).residents());
  }

  @Test
  void profiles_areEqualOnlyWhenEveryPartIs() {
    DemographicProfile p = DemographicProfile.of(known("019001", 2014)).withArea(new BigDecimal("10.5"));
    DemographicProfile same = DemographicProfile.of(known("019001", 2014)).withArea(new BigDecimal("10.50"));
    assertEquals(p, same);
    assertEquals(p.hashCode(), same.hashCode());
    assertFalse(p.equals(null));
    assertFalse(p.equals(p.toString()));
    assertEquals("DemographicProfile[019001 2014, 120 residents]", p.toString());
    Population banded = Population.builder("019001", 2014, AgeBands.cutAt(15, 65))
        .band(AgeBand.of(15, 64), 0, 100, 100).band(AgeBand.atLeast(65), 20, 0, 20).foreignResidents(7)
        .births(3).deaths(2).build();
    List<DemographicProfile> others = List.of(
        DemographicProfile.of(known("019002", 2014)).withArea(new BigDecimal("10.5")),
        DemographicProfile.of(known("019001", 2015)).withArea(new BigDecimal("10.5")),
        DemographicProfile.of(known("019001", 2014), 80).withArea(new BigDecimal("10.5")),
        DemographicProfile.of(known("019001", 2014)).withArea(new BigDecimal("10.6")),
        DemographicProfile.of(known("019001", 2014)),
        DemographicProfile.of(known("019001", 2014)).withArea(new BigDecimal("10.5")).withNextYearResidents(1),
        DemographicProfile.of(banded).withArea(new BigDecimal("10.5")));
    for (DemographicProfile other : others) {
      assertNotEquals(p, other, other::toString);
      assertNotEquals(other, p, other::toString);
    }
    assertEquals(DemographicProfile.of(known("019001", 2014)).hashCode(),
        DemographicProfile.of(known("019001", 2014)).hashCode());
    assertNotEquals(p.hashCode(), DemographicProfile.of(known("019001", 2014)).hashCode());
  }
}
