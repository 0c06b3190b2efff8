package io.github.socialplan.indicators.demography;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;

import io.github.socialplan.core.json.SocialPlanJson;
import io.github.socialplan.core.population.AgeBand;
import io.github.socialplan.core.population.AgeBands;
import io.github.socialplan.core.population.Population;
import io.github.socialplan.core.population.Sex;
import io.github.socialplan.core.territory.IstatCode;
import io.github.socialplan.core.territory.Partition;
import io.github.socialplan.core.territory.TerritoryKind;
import io.github.socialplan.core.testing.CremonaBands;
import io.github.socialplan.core.testing.Generators;
import io.github.socialplan.core.testing.PropertyRuns;
import io.github.socialplan.indicators.Populations;
import io.github.socialplan.indicators.catalogue.Indicator;
import io.github.socialplan.indicators.catalogue.StandardIndicators;
import io.github.socialplan.indicators.coverage.Coverage;
import io.github.socialplan.indicators.dashboard.DashboardTable;
import io.github.socialplan.indicators.dashboard.Dashboard;
import io.github.socialplan.indicators.export.DashboardExport;
import io.github.socialplan.indicators.result.DisplayFormat;
import io.github.socialplan.indicators.result.IndicatorValue;
import io.github.socialplan.indicators.result.UndefinedReason;
import java.io.IOException;
import java.io.StringWriter;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Indicators of populations in age bands: exact where the bands split every cut of the formula, undefined
 * with the band and the cut otherwise.
 */
class BandedPopulationTest {

  private static final long SEED = 20_140_103L;

  /**
   * The ages at which each indicator's formula cuts the population, stated here from the formulas
   * (independently of the library): the indicator is exact on any bands that split at all of them.
   */
  private static final Map<String, int[]> CUTS = Map.ofEntries(
      Map.entry("old_age_index", new int[] {15, 65}),
      Map.entry("total_dependency_ratio", new int[] {15, 65}),
      Map.entry("old_age_dependency_ratio", new int[] {15, 65}),
      Map.entry("youth_dependency_ratio", new int[] {15, 65}),
      Map.entry("active_population_replacement_index", new int[] {15, 20, 60, 65}),
      Map.entry("active_population_structure_index", new int[] {15, 40, 65}),
      Map.entry("child_woman_ratio", new int[] {5, 15, 50}),
      Map.entry("mean_age", java.util.stream.IntStream.rangeClosed(1, 100).toArray()),
      Map.entry("pct_elderly_65plus", new int[] {65}),
      Map.entry("pct_oldest_old", new int[] {85}),
      Map.entry("pct_minors", new int[] {18}),
      Map.entry("pct_foreigners", new int[] {}),
      Map.entry("density", new int[] {}),
      Map.entry("birth_rate", new int[] {}),
      Map.entry("death_rate", new int[] {}));

  private static boolean splitsAll(AgeBands bands, String indicatorId) {
    for (int cut : CUTS.get(indicatorId)) {
      if (!bands.splitsAt(cut)) {
        return false;
      }
    }
    return true;
  }

  @Test
  void cremonaBands_percentMinorsOldestOldAndChildWomanRatio_areUndefinedNamingBandAndCut() {
    DemographicProfile p = DemographicProfile.of(CremonaBands.population("ambito-cremona"));
    assertUndefined("band 15-64 does not split at 18 in ambito-cremona, 2014",
        DemographicIndicators.percentMinors(p));
    assertUndefined("band 65+ does not split at 85 in ambito-cremona, 2014",
        DemographicIndicators.percentOldestOld(p));
    assertUndefined("band 0-14 does not split at 5 in ambito-cremona, 2014",
        DemographicIndicators.childWomanRatio(p));
    assertUndefined("the mean age needs single years of age: band 0-14 does not split at 1 in ambito-cremona,"
        + " 2014", DemographicIndicators.meanAge(p));
    assertUndefined("band 15-64 does not split at 60 in ambito-cremona, 2014",
        DemographicIndicators.replacementIndex(p));
    // the five that the bands determine are exact
    assertEquals("195.4", DemographicIndicators.oldAgeIndex(p).format());
    assertEquals("24.7", DemographicIndicators.percentElderly(p).format());
  }

  private static void assertUndefined(String detail, IndicatorValue v) {
    assertFalse(v.isDefined(), v.toString());
    assertEquals(UndefinedReason.AGE_BAND_NOT_SPLIT, v.reason().orElseThrow());
    assertEquals(detail, v.detail());
  }

  @Test
  void anIndicatorOnSingleYears_equalsTheSameOnAnyBandsThatSplitItsCuts_andIsUndefinedOnOthers() {
    qt().withFixedSeed(SEED).withExamples(PropertyRuns.examples(150))
        .forAll(Populations.populations("019036", 2020), Generators.ageBands())
        .checkAssert((single, bands) -> {
          DemographicProfile exact = DemographicProfile.of(single).withNextYearResidents(single.total() + 7)
              .withArea(new BigDecimal("12.5"));
          DemographicProfile banded = DemographicProfile.of(single.aggregate(bands))
              .withNextYearResidents(single.total() + 7).withArea(new BigDecimal("12.5"));
          DemographicColumns columns = DemographicColumns.of(StandardIndicators.DEMOGRAPHIC, List.of(banded));
          for (int j = 0; j < StandardIndicators.DEMOGRAPHIC.size(); j++) {
            Indicator i = StandardIndicators.DEMOGRAPHIC.get(j);
            IndicatorValue v = DemographicIndicators.compute(i, banded);
            if (splitsAll(bands, i.id())) {
              assertEquals(DemographicIndicators.compute(i, exact), v, i.id() + " on " + bands);
            } else {
              assertEquals(UndefinedReason.AGE_BAND_NOT_SPLIT, v.reason().orElseThrow(), i.id() + " on " + bands);
              assertTrue(v.detail().matches(".*band \\d+(-\\d+|\\+)? does not split at \\d+ in 019036, 2020"),
                  v.detail());
              assertTrue(Double.isNaN(columns.asDouble(0, j).orElse(Double.NaN)));
            }
            assertEquals(v, columns.value(0, j), i.id());
            assertEquals(v.asDouble(), columns.asDouble(0, j), i.id());
          }
        });
  }

  @Test
  void sumsOfBandedAndSingleYearProfiles_knowOnlyWhatEveryPartKnows() {
    Population single = Population.builder("019001", 2014).male(10, 100).female(17, 40).female(70, 50).build();
    DemographicProfile sum = DemographicProfile.of(single).plus(
        DemographicProfile.of(CremonaBands.population("019036").withTerritory("019001")));
    assertEquals(UndefinedReason.AGE_BAND_NOT_SPLIT, DemographicIndicators.percentMinors(sum).reason().orElseThrow());
    assertTrue(DemographicIndicators.oldAgeIndex(sum).isDefined());
  }

  /**
   * The regression of the first-age placement: from the Cremona bands, "% minorenni" came out as 75.3 %
   * (0-14 plus the whole 15-64 band over all residents). No public route gives that number, or any value of
   * % minorenni, any more.
   */
  @Test
  void the75point3PercentOfMinors_cannotBeProducedByAnyPublicRoute() throws IOException {
    Population bands = CremonaBands.population("019036");
    String wrong = "75.3";
    // the wrong value was (0-14 + 15-64) / total: check the figure really is what the old route printed
    assertEquals(wrong, IndicatorValue.ratio(bands.count(AgeBand.of(0, 64)), bands.total(), 100, "x").format());

    // 1. the indicator itself, on the profile, on all indicators, in columns
    DemographicProfile profile = DemographicProfile.of(bands);
    assertFalse(DemographicIndicators.percentMinors(profile).isDefined());
    assertFalse(DemographicIndicators.compute(StandardIndicators.PCT_MINORS, profile).isDefined());
    DemographicIndicators.all(bands).values().forEach(v -> assertFalse(v.format().equals(wrong), v.toString()));
    DemographicColumns columns = DemographicColumns.of(List.of(StandardIndicators.PCT_MINORS), List.of(profile));
    assertTrue(columns.asDouble(0, 0).isEmpty());
    // 2. the population refuses P0-17, single years and a band count at one age
    assertThrows(IllegalArgumentException.class, () -> bands.count(AgeBand.of(0, 17)));
    assertThrows(IllegalArgumentException.class, () -> bands.count(Sex.MALE, AgeBand.of(0, 17)));
    assertThrows(IllegalStateException.class, () -> bands.counts(Sex.FEMALE));
    assertThrows(IllegalArgumentException.class, () -> bands.aggregate(AgeBands.singleYears()));
    assertThrows(IllegalArgumentException.class, () -> bands.aggregate(AgeBands.cutAt(18)));
    assertThrows(IllegalArgumentException.class,
        () -> Population.builder("019036", 2014, bands.ageBands()).male(15, 50_283));
    // 3. JSON keeps the bands
    Population back = SocialPlanJson.read(SocialPlanJson.write(bands), Population.class);
    assertFalse(DemographicIndicators.percentMinors(DemographicProfile.of(back)).isDefined());
    // 4. sums with single-year populations stay in bands
    Population sum = bands.plus(Population.builder("019036", 2014).male(17, 5).build());
    assertFalse(DemographicIndicators.percentMinors(DemographicProfile.of(sum)).isDefined());
    // 5. the cruscotto and its CSV
    Partition ambito = Partition.builder("ambiti", TerritoryKind.PLANNING_DISTRICT)
        .assign(IstatCode.parse("019036"), "ambito-cremona").build();
    DashboardTable table = Dashboard.builder().levels(ambito).population(bands).compute();
    for (int level = 0; level <= 1; level++) {
      String t = level == 0 ? "019036" : "ambito-cremona";
      IndicatorValue v = table.value(2014, level, t, "pct_minors").orElseThrow();
      assertEquals(UndefinedReason.AGE_BAND_NOT_SPLIT, v.reason().orElseThrow(), t);
    }
    List<String> shown = new ArrayList<>();
    table.rows().forEach(r -> shown.add(r.value().format()));
    assertFalse(shown.contains(wrong), shown.toString());
    StringWriter csv = new StringWriter();
    DashboardExport.csv(table, csv, DisplayFormat.DEFAULT);
    assertFalse(csv.toString().contains(",75.3,"), csv.toString());
    assertTrue(csv.toString().contains("band 15-64 does not split at 18"));
    // 6. coverage of a target band the bands do not give
    assertEquals(UndefinedReason.AGE_BAND_NOT_SPLIT,
        Coverage.of(100, bands, AgeBand.of(0, 17)).reason().orElseThrow());
  }
}
