package io.github.socialplan.core.population;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;

import io.github.socialplan.core.testing.Generators;
import io.github.socialplan.core.testing.CremonaBands;
import io.github.socialplan.core.testing.PropertyRuns;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class PopulationTest {

  private static final long SEED = 20_140_101L;

  @Test
  void bandCounts_ofCremona2014_addUpToThePublishedTotals() {
    Map<String, String> total = CremonaBands.totalRow();
    Population p = CremonaBands.population("ambito-cremona");
    assertEquals(Long.parseLong(total.get("male")), p.males());
    assertEquals(Long.parseLong(total.get("female")), p.females());
    assertEquals(Long.parseLong(total.get("total")), p.total());
    assertEquals(158_529, p.total());
    // 65+: 15,914 men + 23,233 women = 39,147 (seed 004 §2.1)
    assertEquals(39_147, p.count(AgeBand.atLeast(65)));
    assertEquals(15_914, p.count(Sex.MALE, AgeBand.atLeast(65)));
    assertEquals(LocalDate.of(2014, 1, 1), p.referenceDate());
  }

  @Test
  void counts_byAgeAndSex() {
    Population p = Population.builder("019036", 2014).male(0, 310).female(0, 298).female(100, 12).build();
    assertEquals(310, p.count(Sex.MALE, 0));
    assertEquals(608, p.count(0));
    assertEquals(12, p.count(100));
    assertEquals(620, p.count(AgeBand.all()));
    int[] f = p.counts(Sex.FEMALE);
    f[0] = 0; // a copy: the population does not change
    assertEquals(298, p.count(Sex.FEMALE, 0));
  }

  @Test
  void of_copiesTheArrays() {
    int[] male = new int[101];
    int[] female = new int[101];
    male[5] = 3;
    Population p = Population.of("x", 2020, male, female);
    male[5] = 99;
    assertEquals(3, p.count(Sex.MALE, 5));
  }

  @Test
  void optionalTotals_areAbsentUnlessGiven() {
    Population p = Population.builder("019036", 2014).male(30, 40_000).female(30, 40_000).build();
    assertTrue(p.foreignResidents().isEmpty() && p.births().isEmpty() && p.deaths().isEmpty());
    Population q = p.withVitalStatistics(8_824, 592, -1);
    assertEquals(8_824, q.foreignResidents().getAsLong());
    assertEquals(592, q.births().getAsLong());
    assertTrue(q.deaths().isEmpty());
  }

  @Test
  void negativeCount_isRejectedNamingValueTerritoryAndAge() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> Population.builder("019036", 2014).male(3, -5));
    assertEquals("count must be >= 0 in 019036, MALE, age 3: -5", e.getMessage());
    IllegalArgumentException births = assertThrows(IllegalArgumentException.class,
        () -> Population.builder("019036", 2014).births(-1));
    assertEquals("births must be >= 0 in 019036: -1", births.getMessage());
    int[] male = new int[101];
    male[40] = -2;
    IllegalArgumentException arrays = assertThrows(IllegalArgumentException.class,
        () -> Population.of("019001", 2022, male, new int[101]));
    assertTrue(arrays.getMessage().contains("age 40: -2"), arrays.getMessage());
  }

  @Test
  void ageOutside0to100_isRejectedNamingTheAge() {
    assertEquals("age must be in 0..100 (100 = 100 and over): 101",
        assertThrows(IllegalArgumentException.class, () -> Population.builder("x", 2014).female(101, 1))
            .getMessage());
    assertTrue(assertThrows(IllegalArgumentException.class, () -> Population.builder("x", 2014).build().count(-1))
        .getMessage().endsWith(": -1"));
    IllegalArgumentException length = assertThrows(IllegalArgumentException.class,
        () -> Population.of("x", 2014, new int[100], new int[101]));
    assertTrue(length.getMessage().contains("got 100"), length.getMessage());
  }

  @Test
  void addingPopulationsOfDifferentYears_isRejectedNamingBoth() {
    Population a = Population.builder("019036", 2014).build();
    Population b = Population.builder("019001", 2015).build();
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> a.plus(b));
    assertTrue(e.getMessage().contains("2015") && e.getMessage().contains("019001"), e.getMessage());
  }

  @Test
  void nullSex_isRejectedNamingTheParameter() {
    assertEquals("sex", assertThrows(NullPointerException.class,
        () -> Population.builder("x", 2014).build().count(null, 3)).getMessage());
  }

  @Test
  void plus_isElementWise_andKeepsOnlyTotalsBothHave() {
    Population a = Population.builder("019036", 2014).male(10, 5).foreignResidents(3).births(1).build();
    Population b = Population.builder("019001", 2014).male(10, 7).female(90, 2).foreignResidents(4).build();
    Population s = a.plus(b);
    assertEquals(12, s.count(Sex.MALE, 10));
    assertEquals(2, s.count(Sex.FEMALE, 90));
    assertEquals(7, s.foreignResidents().getAsLong());
    assertTrue(s.births().isEmpty());
    assertEquals("", s.territory());
    assertEquals("ambito", Population.sum("ambito", 2014, List.of(a, b)).territory());
    assertEquals(s.withTerritory("ambito"), Population.sum("ambito", 2014, List.of(a, b)));
  }

  @Test
  void plus_isAssociative() {
    qt().withFixedSeed(SEED).withExamples(PropertyRuns.examples(300))
        .forAll(Generators.populations(2014), Generators.populations(2014), Generators.populations(2014))
        .check((a, b, c) -> a.plus(b).plus(c).equals(a.plus(b.plus(c))));
  }

  @Test
  void plus_isCommutative() {
    qt().withFixedSeed(SEED).withExamples(PropertyRuns.examples(300))
        .forAll(Generators.populations(2014), Generators.populations(2014))
        .check((a, b) -> a.plus(b).equals(b.plus(a)));
  }

  @Test
  void plus_addsEachAgeAndSex_asComputedByHand() {
    qt().withFixedSeed(SEED).withExamples(PropertyRuns.examples(200))
        .forAll(Generators.populations(2020), Generators.populations(2020))
        .checkAssert((a, b) -> {
          Population s = a.plus(b);
          for (Sex sex : Sex.values()) {
            int[] x = a.counts(sex);
            int[] y = b.counts(sex);
            int[] expected = new int[Population.AGE_CLASSES];
            for (int i = 0; i < expected.length; i++) {
              expected[i] = x[i] + y[i];
            }
            assertArrayEquals(expected, s.counts(sex));
          }
          assertEquals(a.total() + b.total(), s.total());
        });
  }
}
