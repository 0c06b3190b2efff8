package io.github.socialplan.core.population;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The edges of {@link Population} and {@link AgeBands}: populations built in bands (through {@code of} and
 * a builder's chained calls), the messages that name a band or an unnamed territory, the largest count a
 * band can hold, and the resolutions that bands do and do not give. Figures are written by hand.
 */
class PopulationEdgesTest {

  private static final AgeBands THREE = AgeBands.cutAt(15, 65); // 0-14, 15-64, 65+

  @Test
  void of_inBands_keepsEachBandsCounts() {
    Population p = Population.of("019036", 2024, THREE, new int[] {10, 20, 30}, new int[] {11, 21, 31});
    assertEquals(60, p.males());
    assertEquals(63, p.females());
    assertEquals(21, p.count(Sex.FEMALE, AgeBand.of(15, 64)));
    assertEquals(61, p.count(AgeBand.atLeast(65)));
    assertEquals(THREE, p.ageBands());
    assertFalse(p.isSingleYears());
  }

  @Test
  void builderInBands_chainsEveryKindOfCount() {
    AgeBands bands = AgeBands.cutAt(1, 15); // 0-0, 1-14, 15+
    Population p = Population.builder("Ambito", 2024, bands)
        .count(Sex.MALE, 0, 7) // age 0 is a band of its own
        .count(Sex.FEMALE, AgeBand.of(0, 0), 8)
        .band(AgeBand.of(1, 14), 100, 90, 190)
        .count(Sex.MALE, AgeBand.atLeast(15), 1000)
        .count(Sex.FEMALE, AgeBand.atLeast(15), 1100)
        .build();
    assertEquals(7 + 100 + 1000, p.males());
    assertEquals(8 + 90 + 1100, p.females());
    assertEquals(15, p.count(0));
    assertEquals(7, p.count(Sex.MALE, 0));
  }

  @Test
  void negativeCount_namesTheAgeOrTheBand() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> Population.builder("Ambito", 2024, THREE).count(Sex.MALE, AgeBand.of(15, 64), -1));
    assertEquals("count must be >= 0 in Ambito, MALE, ages 15-64: -1", e.getMessage());
    e = assertThrows(IllegalArgumentException.class, () -> Population.builder("Ambito", 2024).female(7, -2));
    assertEquals("count must be >= 0 in Ambito, FEMALE, age 7: -2", e.getMessage());
  }

  @Test
  void countsOfTheWrongLength_sayHowManyAreNeeded() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> Population.builder("Ambito", 2024, THREE).counts(Sex.MALE, new int[] {1, 2}));
    assertEquals("MALE counts of Ambito must be one per age band " + THREE + " (3 values), got 2", e.getMessage());
    e = assertThrows(IllegalArgumentException.class,
        () -> Population.builder("Ambito", 2024).counts(Sex.FEMALE, new int[] {1, 2}));
    assertEquals("FEMALE counts of Ambito must cover ages 0..100 (101 values), got 2", e.getMessage());
  }

  @Test
  void aggregate_holdsUpToTheLargestInt_andNamesAnUnnamedTerritoryAbove() {
    int[] male = new int[101];
    int[] female = new int[101];
    male[0] = Integer.MAX_VALUE - 1;
    male[1] = 1;
    Population fits = Population.of("019036", 2024, male, female);
    assertEquals(Integer.MAX_VALUE, fits.aggregate(THREE).count(Sex.MALE, AgeBand.of(0, 14)));

    male[1] = 2;
    Population over = Population.of("", 2024, male, female);
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> over.aggregate(THREE));
    assertEquals("MALE residents aged 0-14 of (unnamed territory), 2024 are 2147483648: above the 2147483647 a"
        + " count can hold", e.getMessage());
  }

  @Test
  void populationsDifferingOnlyInTheirTerritory_areNotEqual() {
    int[] counts = new int[101];
    counts[40] = 3;
    Population a = Population.of("019036", 2024, counts, counts);
    assertEquals(a, Population.of("019036", 2024, counts.clone(), counts.clone()));
    assertNotEquals(a, Population.of("019037", 2024, counts, counts));
    assertEquals(a.withTerritory("019037"), Population.of("019037", 2024, counts, counts));
  }

  // ---- AgeBands ----

  @Test
  void ofWidth_acceptsItsRange_andRejectsJustOutsideIt() {
    assertEquals(AgeBands.cutAt(5, 10), AgeBands.ofWidth(5, 10));
    assertEquals(101, AgeBands.ofWidth(1, 100).size());
    assertEquals(2, AgeBands.ofWidth(100, 100).size());
    for (int[] bad : new int[][] {{0, 10}, {101, 100}, {5, 0}, {5, 101}, {10, 65}}) {
      IllegalArgumentException e =
          assertThrows(IllegalArgumentException.class, () -> AgeBands.ofWidth(bad[0], bad[1]));
      assertEquals("bands of width " + bad[0] + " up to an open band from " + bad[1] + ": the width must be in"
          + " 1..100 and the open band's first age a multiple of it in 1..100", e.getMessage());
    }
  }

  @Test
  void common_ofSingleYearsAndBands_isTheBands_whicheverComesFirst() {
    AgeBands single = AgeBands.singleYears();
    assertEquals(THREE, AgeBands.common(single, THREE));
    assertEquals(THREE, AgeBands.common(THREE, single));
    assertEquals(THREE, AgeBands.common(THREE, THREE));
    assertEquals(AgeBands.cutAt(65), AgeBands.common(THREE, AgeBands.cutAt(18, 65)));
  }

  @Test
  void splitsAtAndResolves_sayWhereTheBandsCut() {
    assertTrue(THREE.splitsAt(0));
    assertTrue(THREE.splitsAt(15));
    assertFalse(THREE.splitsAt(20));
    assertFalse(THREE.splitsAt(100));
    assertTrue(THREE.splitsAt(101));
    assertTrue(THREE.resolves(AgeBand.of(15, 64)));
    assertFalse(THREE.resolves(AgeBand.of(15, 17)));
    assertTrue(THREE.resolves(AgeBands.cutAt(65)));
    assertFalse(THREE.resolves(AgeBands.cutAt(18)));
    assertEquals(List.of(AgeBand.of(0, 14), AgeBand.of(15, 64), AgeBand.atLeast(65)),
        List.of(THREE.band(0), THREE.band(1), THREE.band(2)));
  }
}
