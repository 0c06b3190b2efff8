package io.github.socialplan.core.population;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;

import io.github.socialplan.core.json.JsonInputException;
import io.github.socialplan.core.json.SocialPlanJson;
import io.github.socialplan.core.testing.CremonaBands;
import io.github.socialplan.core.testing.Generators;
import io.github.socialplan.core.testing.PropertyRuns;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Populations in age bands: exact band counts, refused cuts inside a band, aggregation, bad input. */
class PopulationBandsTest {

  private static final long SEED = 20_140_102L;

  @Test
  void cremonaBands_keepTheirResolution_andGiveTheBandsExactly() {
    Population p = CremonaBands.population("ambito-cremona");
    Map<String, String> total = CremonaBands.totalRow();
    assertEquals(AgeBands.cutAt(15, 65), p.ageBands());
    assertFalse(p.isSingleYears());
    assertEquals(Long.parseLong(total.get("total")), p.total());
    assertEquals(Long.parseLong(total.get("male")), p.males());
    assertEquals(p.count(AgeBand.of(0, 14)) + p.count(AgeBand.of(15, 64)) + p.count(AgeBand.atLeast(65)),
        p.count(AgeBand.all()));
    assertTrue(p.resolves(AgeBand.of(0, 64)));
    assertFalse(p.resolves(AgeBand.of(0, 17)));
  }

  @Test
  void aCutInsideABand_isRefusedNamingTheBandAndTheCut() {
    Population p = CremonaBands.population("ambito-cremona");
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> p.count(AgeBand.of(0, 17)));
    assertEquals("residents aged 0-17 of ambito-cremona, 2014 cannot be counted: the population is in age"
        + " bands 0-14, 15-64, 65+ and band 15-64 does not split at 18", e.getMessage());
    assertTrue(assertThrows(IllegalArgumentException.class, () -> p.count(Sex.FEMALE, AgeBand.of(15, 49)))
        .getMessage().endsWith("band 15-64 does not split at 50"));
    assertTrue(assertThrows(IllegalArgumentException.class, () -> p.count(0)).getMessage()
        .endsWith("band 0-14 does not split at 1"));
    assertTrue(assertThrows(IllegalArgumentException.class, () -> p.count(Sex.MALE, 15)).getMessage()
        .endsWith("band 15-64 does not split at 16"));
    assertTrue(assertThrows(IllegalStateException.class, () -> p.counts(Sex.MALE)).getMessage()
        .contains("in age bands 0-14, 15-64, 65+, not single years"));
    assertTrue(assertThrows(IllegalArgumentException.class, () -> p.aggregate(AgeBands.singleYears()))
        .getMessage().endsWith("band 0-14 does not split at 1"));
  }

  @Test
  void aBandsBuilder_refusesABandCountAtOneAge() {
    Population.Builder b = Population.builder("ambito-cremona", 2014, AgeBands.cutAt(15, 65));
    assertEquals("ages 0 are not one of the age bands 0-14, 15-64, 65+ of ambito-cremona, 2014: give each"
        + " band's own count, never a band's count at one of its ages",
        assertThrows(IllegalArgumentException.class, () -> b.male(0, 10_444)).getMessage());
    assertThrows(IllegalArgumentException.class, () -> b.count(Sex.MALE, AgeBand.of(15, 17), 1));
  }

  @Test
  void aBandTotalThatDisagreesWithItsSexes_isRejectedWithTheThreeNumbers() {
    Population.Builder b = Population.builder("ambito-cremona", 2014, AgeBands.cutAt(15, 65));
    assertEquals("ages 15-64 of ambito-cremona, 2014: males 50283 + females 49062 = 99345, not the band's"
        + " total 99346",
        assertThrows(IllegalArgumentException.class,
            () -> b.band(AgeBand.of(15, 64), 50_283, 49_062, 99_346)).getMessage());
  }

  @Test
  void aggregatingSingleYearsIntoAnyBands_preservesEveryTotal() {
    qt().withFixedSeed(SEED).withExamples(PropertyRuns.examples(200))
        .forAll(Generators.populations(2020), Generators.ageBands())
        .checkAssert((single, bands) -> {
          Population banded = single.aggregate(bands);
          assertEquals(bands, banded.ageBands());
          assertEquals(single.males(), banded.males());
          assertEquals(single.females(), banded.females());
          assertEquals(single.total(), banded.total());
          assertEquals(single.foreignResidents(), banded.foreignResidents());
          for (Sex sex : Sex.values()) {
            int[] byAge = single.counts(sex);
            int[] byBand = banded.bandCounts(sex);
            for (int i = 0; i < bands.size(); i++) {
              AgeBand band = bands.band(i);
              assertEquals(Arrays.stream(byAge, band.from(), band.to() + 1).sum(), byBand[i], sex + " " + band);
            }
          }
        });
  }

  @Test
  void aBandCount_ofAnyBanding_equalsTheSingleYears_orIsRefused() {
    qt().withFixedSeed(SEED).withExamples(PropertyRuns.examples(300))
        .forAll(Generators.populations(2020), Generators.ageBands(), Generators.bands())
        .checkAssert((single, bands, band) -> {
          Population banded = single.aggregate(bands);
          if (bands.resolves(band)) {
            assertEquals(single.count(band), banded.count(band));
            assertEquals(single.count(Sex.FEMALE, band), banded.count(Sex.FEMALE, band));
          } else {
            String why = bands.whyNot(band).orElseThrow();
            assertTrue(assertThrows(IllegalArgumentException.class, () -> banded.count(band)).getMessage()
                .endsWith(why));
          }
        });
  }

  @Test
  void sumsOfDifferentResolutions_areInTheCommonBands() {
    qt().withFixedSeed(SEED).withExamples(PropertyRuns.examples(100))
        .forAll(Generators.populations(2020), Generators.ageBands(), Generators.ageBands())
        .checkAssert((single, a, b) -> {
          Population s = single.aggregate(a).plus(single.aggregate(b));
          AgeBands common = AgeBands.common(a, b);
          assertEquals(common, s.ageBands());
          Population twice = single.plus(single).aggregate(common);
          assertEquals(twice.withTerritory(s.territory()), s);
        });
  }

  @Test
  void aggregateIntoTheSameBands_isTheSamePopulation() {
    Population p = CremonaBands.population("x");
    assertSame(p, p.aggregate(AgeBands.cutAt(15, 65)));
    assertEquals(p.total(), p.aggregate(AgeBands.cutAt(65)).total());
    assertArrayEquals(new int[] {10_444 + 50_283, 15_914},
        p.aggregate(AgeBands.cutAt(65)).bandCounts(Sex.MALE));
    assertEquals(List.of(AgeBand.of(0, 64), AgeBand.atLeast(65)), p.aggregate(AgeBands.cutAt(65)).ageBands().bands());
  }

  @Test
  void json_keepsTheBands_andRefusesOverlappingOnes() {
    Population p = CremonaBands.population("ambito-cremona");
    String json = SocialPlanJson.write(p);
    assertTrue(json.contains("\"ageBands\":\"0-14, 15-64, 65+\""), json);
    assertEquals(p, SocialPlanJson.read(json, Population.class));
    JsonInputException e = assertThrows(JsonInputException.class,
        () -> SocialPlanJson.read(json.replace("15-64", "10-64"), Population.class));
    assertTrue(e.getMessage().contains("$.ageBands") && e.getMessage().contains(
        "age bands overlap: 0-14 and 10-64 both hold age 10 (and more)"), e.getMessage());
    assertThrows(JsonInputException.class,
        () -> SocialPlanJson.read(json.replace("\"ageBands\":\"0-14, 15-64, 65+\",", ""), Population.class));
  }

  // Counts at the limit: every cell Integer.MAX_VALUE. Before the fix count(age) added two ints and
  // overflowed (count(80) was -2), and band sums of both sexes added ints before widening.

  private static Population allMax() {
    int[] max = new int[Population.AGE_CLASSES];
    Arrays.fill(max, Integer.MAX_VALUE);
    return Population.of("019036", 2014, max, max);
  }

  @Test
  void countOfAnAge_atTheLimitOfTheCounts_doesNotOverflow() {
    Population p = allMax();
    assertEquals(2L * Integer.MAX_VALUE, p.count(80));
    assertEquals(2L * Integer.MAX_VALUE, p.count(0));
  }

  @Test
  void countOfABand_atTheLimitOfTheCounts_doesNotOverflow() {
    Population p = allMax();
    assertEquals(202L * Integer.MAX_VALUE, p.count(AgeBand.all()));
    assertEquals(72L * Integer.MAX_VALUE, p.count(AgeBand.atLeast(65)));
    assertEquals(101L * Integer.MAX_VALUE, p.count(Sex.MALE, AgeBand.all()));
    assertEquals(202L * Integer.MAX_VALUE, p.total());
  }

  @Test
  void aggregatingOrAddingPastTheLimitOfACount_isRefusedNamingTheBand() {
    Population p = allMax();
    assertEquals("MALE residents aged 0-14 of 019036, 2014 are 32212254705: above the 2147483647 a count"
        + " can hold",
        assertThrows(IllegalArgumentException.class, () -> p.aggregate(AgeBands.cutAt(15, 65))).getMessage());
    assertEquals("MALE residents aged 0 of the sum 019036, 2014 are 4294967294: above the 2147483647 a count"
        + " can hold",
        assertThrows(IllegalArgumentException.class, () -> p.plus(p)).getMessage());
  }
}
