package io.github.socialplan.core.population;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Equality, printing and the input checks of populations and age bands, each worked out by hand: a
 * population differs from another in any one of its parts, a band or a resolution is refused with a message
 * naming the value, and the boundary values are accepted.
 */
class PopulationIdentityTest {

  /** 019036, 2022: at age a, a males and a + 1 females. */
  private static Population.Builder cremona() {
    Population.Builder b = Population.builder("019036", 2022);
    for (int a = 0; a <= Population.MAX_AGE; a++) {
      b.male(a, a).female(a, a + 1);
    }
    return b;
  }

  @Test
  void populations_areEqualOnlyWhenEveryPartIs() {
    Population p = cremona().foreignResidents(10).births(5).deaths(3).build();
    Population same = cremona().foreignResidents(10).births(5).deaths(3).build();
    assertEquals(p, p);
    assertEquals(p, same);
    assertEquals(p.hashCode(), same.hashCode());
    assertFalse(p.equals("019036"));
    List<Population> others = List.of(
        Population.builder("019037", 2022).counts(Sex.MALE, maleCounts()).counts(Sex.FEMALE, femaleCounts())
            .foreignResidents(10).births(5).deaths(3).build(),
        Population.builder("019036", 2023).counts(Sex.MALE, maleCounts()).counts(Sex.FEMALE, femaleCounts())
            .foreignResidents(10).births(5).deaths(3).build(),
        cremona().foreignResidents(11).births(5).deaths(3).build(),
        cremona().foreignResidents(10).births(6).deaths(3).build(),
        cremona().foreignResidents(10).births(5).deaths(4).build(),
        cremona().male(40, 41).female(40, 40).foreignResidents(10).births(5).deaths(3).build(), // same totals
        cremona().female(7, 9).foreignResidents(10).births(5).deaths(3).build(),
        cremona().male(7, 9).foreignResidents(10).births(5).deaths(3).build(),
        p.aggregate(AgeBands.cutAt(65)));
    for (Population other : others) {
      assertNotEquals(p, other, other.toString());
      assertNotEquals(other, p, other.toString());
    }
  }

  private static int[] maleCounts() {
    int[] m = new int[Population.AGE_CLASSES];
    java.util.Arrays.setAll(m, a -> a);
    return m;
  }

  private static int[] femaleCounts() {
    int[] f = new int[Population.AGE_CLASSES];
    java.util.Arrays.setAll(f, a -> a + 1);
    return f;
  }

  @Test
  void toString_namesTerritoryDateTotalsAndBands() {
    // males 0 + 1 + ... + 100 = 5050, females 5050 + 101 = 5151
    Population p = cremona().build();
    assertEquals("Population[019036 2022-01-01: 5050 M, 5151 F]", p.toString());
    // 0-64: 0 + ... + 64 = 2080 males, 2080 + 65 = 2145 females; 65+: 5050 - 2080 = 2970, 5151 - 2145 = 3006
    assertEquals("Population[019036 2022-01-01: 5050 M, 5151 F, in bands 0-64, 65+]",
        p.aggregate(AgeBands.cutAt(65)).toString());
    assertEquals(2970 + 3006, p.aggregate(AgeBands.cutAt(65)).count(AgeBand.atLeast(65)));
  }

  @Test
  void countsByAge_ofAPopulationInBands_areThoseOfItsOneYearBands() {
    // Bands 0, 1-64, 65+: age 0 is a band of its own.
    Population banded = cremona().build().aggregate(AgeBands.cutAt(1, 65));
    assertFalse(banded.isSingleYears());
    assertTrue(cremona().build().isSingleYears());
    assertEquals(0, banded.count(Sex.MALE, 0));
    assertEquals(1, banded.count(Sex.FEMALE, 0));
    assertEquals(1L, banded.count(0));
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> banded.count(30));
    assertEquals("residents aged 30 of 019036, 2022 cannot be counted: the population is in age bands 0, 1-64,"
        + " 65+ and band 1-64 does not split at 30", e.getMessage());
  }

  @Test
  void anAgeOutOf0To100_isRefusedByEveryCount() {
    Population p = cremona().build();
    for (int age : new int[] {-1, 101}) {
      String message = assertThrows(IllegalArgumentException.class, () -> p.count(Sex.MALE, age)).getMessage();
      assertTrue(message.contains(Integer.toString(age)), message);
      assertEquals(message, assertThrows(IllegalArgumentException.class, () -> p.count(age)).getMessage());
      assertEquals(message,
          assertThrows(IllegalArgumentException.class, () -> AgeBands.cutAt(65).indexOf(age)).getMessage());
    }
  }

  @Test
  void withVitalStatistics_keepsTheCounts_andAcceptsMinusOneForUnknown() {
    Population p = cremona().build();
    Population v = p.withVitalStatistics(-1, 5, 0);
    assertEquals(40, v.count(Sex.MALE, 40));
    assertEquals(41, v.count(Sex.FEMALE, 40));
    assertEquals(p.males(), v.males());
    assertEquals("births must be >= 0 (or -1 for unknown) in 019036: -2",
        assertThrows(IllegalArgumentException.class, () -> p.withVitalStatistics(0, -2, 0)).getMessage());
    assertEquals("deaths must be >= 0 in 019036: -1",
        assertThrows(IllegalArgumentException.class, () -> cremona().deaths(-1)).getMessage());
    cremona().deaths(0).births(0).foreignResidents(0).build();
  }

  @Test
  void sumOfNoParts_isAllZeroBySingleYear() {
    Population none = Population.sum("ambito", 2022, List.of());
    assertTrue(none.isSingleYears());
    assertEquals(0, none.males() + none.females());
  }

  @Test
  void builderYear_mustBeIn1To9999() {
    assertEquals("year must be in 1..9999 for x: 0",
        assertThrows(IllegalArgumentException.class, () -> Population.builder("x", 0)).getMessage());
    assertEquals("year must be in 1..9999 for x: 10000",
        assertThrows(IllegalArgumentException.class, () -> Population.builder("x", 10_000)).getMessage());
    assertEquals(1, Population.builder("x", 1).build().year());
    assertEquals(9999, Population.builder("x", 9999).build().year());
  }

  @Test
  void ageBands_areEqualOnlyWithTheSameBoundaries() {
    assertEquals(AgeBands.cutAt(15, 65), AgeBands.parse("0-14, 15-64, 65+"));
    assertEquals(AgeBands.cutAt(15, 65).hashCode(), AgeBands.parse("0-14, 15-64, 65+").hashCode());
    assertEquals(AgeBands.cutAt(15), AgeBands.of(AgeBand.of(0, 14), AgeBand.atLeast(15)));
    assertNotEquals(AgeBands.cutAt(15), AgeBands.cutAt(65));
    assertNotEquals(AgeBands.cutAt(15), AgeBands.cutAt(15, 65));
    assertFalse(AgeBands.cutAt(15).equals("0-14, 15+"));
  }

  @Test
  void cuts_outOfRangeOrNotIncreasing_areRefusedNamingThem() {
    assertEquals("an age cut must be in 1..100: 0",
        assertThrows(IllegalArgumentException.class, () -> AgeBands.cutAt(0)).getMessage());
    assertEquals("an age cut must be in 1..100: 101",
        assertThrows(IllegalArgumentException.class, () -> AgeBands.cutAt(15, 101)).getMessage());
    assertEquals("age cuts must increase: 15 after 15 in [15, 15]",
        assertThrows(IllegalArgumentException.class, () -> AgeBands.cutAt(15, 15)).getMessage());
    assertEquals("0, 1+", AgeBands.cutAt(1).toString());
    assertEquals("0-99, 100", AgeBands.cutAt(100).toString());
    assertEquals(AgeBands.of(List.of(AgeBand.all())), AgeBands.cutAt());
  }

  @Test
  void widths_outOfRange_areRefusedNamingWidthAndOpenBand() {
    for (int[] wrong : new int[][] {{0, 10}, {101, 100}, {5, 0}, {5, 105}, {5, 12}, {-5, -10}}) {
      assertEquals(String.format(java.util.Locale.ROOT, "bands of width %d up to an open band from %d: the width"
              + " must be in 1..100 and the open band's first age a multiple of it in 1..100", wrong[0], wrong[1]),
          assertThrows(IllegalArgumentException.class, () -> AgeBands.ofWidth(wrong[0], wrong[1])).getMessage());
    }
    assertEquals(AgeBands.cutAt(1), AgeBands.ofWidth(1, 1));
    assertEquals(AgeBands.cutAt(100), AgeBands.ofWidth(100, 100));
    assertEquals(AgeBands.singleYears(), AgeBands.ofWidth(1, 100));
  }

  @Test
  void noBands_isRefused() {
    assertEquals("no age bands: at least one band, e.g. 0+, is needed",
        assertThrows(IllegalArgumentException.class, () -> AgeBands.of(List.of())).getMessage());
  }

  @Test
  void common_ofTwoBandings_keepsOnlyTheSharedBoundaries() {
    // 0-14, 15-64, 65+ and 0-64, 65-74, 75+ share the boundaries 0 and 65.
    assertEquals(AgeBands.cutAt(65), AgeBands.common(AgeBands.cutAt(15, 65), AgeBands.cutAt(65, 75)));
    assertEquals(AgeBands.cutAt(), AgeBands.common(AgeBands.cutAt(15), AgeBands.cutAt(65)));
    assertEquals(AgeBands.cutAt(15), AgeBands.common(AgeBands.singleYears(), AgeBands.cutAt(15)));
    assertEquals(AgeBands.cutAt(15), AgeBands.common(AgeBands.cutAt(15), AgeBands.singleYears()));
  }

  @Test
  void splitsAtAndResolves_followTheBoundaries() {
    AgeBands b = AgeBands.cutAt(15, 65);
    assertTrue(b.splitsAt(0));
    assertTrue(b.splitsAt(15));
    assertFalse(b.splitsAt(16));
    assertFalse(b.splitsAt(100));
    assertTrue(b.splitsAt(101));
    assertTrue(AgeBands.cutAt(100).splitsAt(100));
    assertTrue(b.resolves(AgeBand.atLeast(65)));
    assertFalse(b.resolves(AgeBand.of(0, 17)));
  }

  @Test
  void ageBand_equalityHashAndPrinting() {
    assertEquals(AgeBand.of(0, 14), AgeBand.parse("0-14"));
    assertNotEquals(AgeBand.of(0, 14), AgeBand.of(0, 15));
    assertNotEquals(AgeBand.of(0, 14), AgeBand.of(1, 14));
    assertFalse(AgeBand.of(0, 14).equals("0-14"));
    // Every one of the 5,151 bands of ages 0..100 hashes apart from the others.
    Set<Integer> hashes = new HashSet<>();
    for (int from = 0; from <= 100; from++) {
      for (int to = from; to <= 100; to++) {
        hashes.add(AgeBand.of(from, to).hashCode());
      }
    }
    assertEquals(101 * 102 / 2, hashes.size());
    assertEquals("100", AgeBand.of(100, 100).toString());
    assertEquals("99+", AgeBand.atLeast(99).toString());
    assertEquals("7", AgeBand.of(7, 7).toString());
    assertEquals(AgeBand.of(100, 100), AgeBand.parse("100+"));
  }
}
