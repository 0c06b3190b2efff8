package io.github.socialplan.indicators.dashboard;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.socialplan.core.population.Population;
import io.github.socialplan.core.territory.IstatCode;
import io.github.socialplan.core.territory.Partition;
import io.github.socialplan.core.territory.TerritoryKind;
import io.github.socialplan.indicators.catalogue.CruscottoArea;
import io.github.socialplan.indicators.catalogue.Indicator;
import io.github.socialplan.indicators.catalogue.IndicatorCatalogue;
import io.github.socialplan.indicators.catalogue.IndicatorUnit;
import io.github.socialplan.indicators.result.IndicatorValue;
import io.github.socialplan.indicators.result.UndefinedReason;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

/**
 * Where the cruscotto takes each input from (the user, the populations, the sum of a grouping's comuni)
 * and the rates that need the next year's residents, on small populations whose values are worked by hand.
 */
class DashboardInputsTest {

  /** 200 residents: 100 aged 40, 40 aged 70, 30 aged 82, 30 aged 90 (100 aged 65+); 3 births, 2 deaths. */
  private static Population comune(String code, int year) {
    return Population.builder(code, year).female(40, 100).female(70, 40).female(82, 30).female(90, 30)
        .births(3).deaths(2).build();
  }

  /** Users of a service over the residents of the band named by the input, × 100. */
  private static Indicator coverage(String denominatorInput) {
    return Indicator.builder().id("coverage_" + denominatorInput).italianName("tasso di copertura")
        .englishName("coverage").unit(IndicatorUnit.PERCENT).multiplier(100).numerator("users")
        .denominator(denominatorInput).numeratorInput("users").denominatorInput(denominatorInput)
        .source("test").area(CruscottoArea.SOCIAL_SERVICES).build();
  }

  private static IndicatorValue value(Dashboard.Builder b, int level, String territory, String indicator) {
    return b.compute().value(2014, level, territory, indicator).orElseThrow();
  }

  @Test
  void residentsOfABand_comeFromThePopulation_unlessTheUserSuppliesThem() {
    Dashboard.Builder b = Dashboard.builder().population(comune("019036", 2014))
        .catalogue(IndicatorCatalogue.standard().with(coverage("residents_65_plus"))
            .with(coverage("residents_90_90")).with(coverage("residents_0_100")))
        .input("019036", 2014, "users", new BigDecimal("25"));
    // 25 users: of 100 aged 65+, 25 %; of 30 aged 90, 83.3 %; of all 200, 12.5 %
    assertEquals("25.0", value(b, 0, "019036", "coverage_residents_65_plus").format());
    assertEquals("83.3", value(b, 0, "019036", "coverage_residents_90_90").format());
    assertEquals("12.5", value(b, 0, "019036", "coverage_residents_0_100").format());
    b.input("019036", 2014, "residents_65_plus", new BigDecimal("50"));
    assertEquals("50.0", value(b, 0, "019036", "coverage_residents_65_plus").format());
  }

  @Test
  void anInputNamedLikeABandThatIsNone_isAnOrdinaryMissingInput() {
    for (String name : new String[] {"residents_5_4", "residents_0_101"}) {
      Dashboard.Builder b = Dashboard.builder().population(comune("019036", 2014))
          .catalogue(IndicatorCatalogue.standard().with(coverage(name)))
          .input("019036", 2014, "users", new BigDecimal("25"));
      IndicatorValue v = value(b, 0, "019036", "coverage_" + name);
      assertEquals(UndefinedReason.MISSING_INPUT, v.reason().orElseThrow(), name);
      assertEquals("input '" + name + "' of 019036 in 2014 not supplied", v.detail());
    }
  }

  @Test
  void residentsPerSocialWorker_dividesTheResidentsOfThePopulation() {
    Dashboard.Builder b = Dashboard.builder().population(comune("019036", 2014))
        .input("019036", 2014, Dashboard.SOCIAL_WORKER_FTE, new BigDecimal("0.5"));
    // 200 residents / 0.5 FTE = 400
    assertEquals("400.0", value(b, 0, "019036", "residents_per_social_worker").format());
  }

  @Test
  void birthAndDeathRates_useTheMeanOfThisAndTheNextYearsResidents() {
    Population next = Population.builder("019036", 2015).female(40, 150).female(70, 50).build();
    Dashboard.Builder b = Dashboard.builder().population(comune("019036", 2014)).population(next);
    // mean population (200 + 200) / 2 = 200: 3 births, 15 per 1,000; 2 deaths, 10 per 1,000
    assertEquals("15.0", value(b, 0, "019036", "birth_rate").format());
    assertEquals("10.0", value(b, 0, "019036", "death_rate").format());
    Population bigger = Population.builder("019036", 2015).female(40, 300).build();
    // (200 + 300) / 2 = 250: 3 / 250 × 1,000 = 12
    assertEquals("12.0", value(Dashboard.builder().population(comune("019036", 2014)).population(bigger), 0,
        "019036", "birth_rate").format());
  }

  private static Partition subAmbiti() {
    return Partition.builder("sub-ambiti", TerritoryKind.SUB_DISTRICT)
        .assign(IstatCode.parse("019001"), "sub-a").assign(IstatCode.parse("019002"), "sub-a").build();
  }

  @Test
  void aGroupingsOwnInput_winsOverTheSumOfItsComuni() {
    Dashboard.Builder b = Dashboard.builder().levels(subAmbiti())
        .population(comune("019001", 2014)).population(comune("019002", 2014))
        .input("019001", 2014, Dashboard.SOCIAL_SPENDING, new BigDecimal("20000"))
        .input("019002", 2014, Dashboard.SOCIAL_SPENDING, new BigDecimal("40000"));
    // the sum of the comuni: 60,000 € over 400 residents, 150 €
    assertEquals("150.0", value(b, 1, "sub-a", "per_capita_social_spending").format());
    b.input("sub-a", 2014, Dashboard.SOCIAL_SPENDING, new BigDecimal("100000"));
    // its own: 100,000 € over 400 residents, 250 €
    assertEquals("250.0", value(b, 1, "sub-a", "per_capita_social_spending").format());
  }

  @Test
  void levels_replacesThePartitionsSetBefore() {
    Partition other = Partition.builder("ambiti", TerritoryKind.PLANNING_DISTRICT)
        .assign(IstatCode.parse("019001"), "ambito-1").assign(IstatCode.parse("019002"), "ambito-1").build();
    DashboardTable t = Dashboard.builder().levels(subAmbiti()).levels(other)
        .population(comune("019001", 2014)).population(comune("019002", 2014)).compute();
    assertTrue(t.value(2014, 1, "ambito-1", "old_age_index").isPresent());
    assertTrue(t.value(2014, 1, "sub-a", "old_age_index").isEmpty());
    assertTrue(t.value(2014, 2, "ambito-1", "old_age_index").isEmpty());
  }

  @Test
  void onlyComuniOfLevels_withoutLevels_keepsEveryComune_andLeftOutComuniMayHaveInputs() {
    DashboardTable all = Dashboard.builder().onlyComuniOfLevels()
        .population(comune("019001", 2014)).population(comune("019005", 2014)).compute();
    assertTrue(all.value(2014, 0, "019005", "old_age_index").isPresent());
    DashboardTable kept = Dashboard.builder().levels(subAmbiti()).onlyComuniOfLevels()
        .population(comune("019001", 2014)).population(comune("019002", 2014))
        .population(comune("019005", 2014))
        .input("019005", 2014, Dashboard.SOCIAL_SPENDING, BigDecimal.TEN).compute();
    assertTrue(kept.value(2014, 0, "019005", "old_age_index").isEmpty());
    assertEquals("50.0", kept.value(2014, 1, "sub-a", "pct_elderly_65plus").orElseThrow().format());
  }

  @Test
  void partitionsNotNested_nameTheFirstComuneOfTheGroupingInEachParent() {
    // sub-b = {019003, 019004} is split: 019003 in ambito-1, 019004 in ambito-2
    Partition sub = Partition.builder("sub-ambiti", TerritoryKind.SUB_DISTRICT)
        .assign(IstatCode.parse("019001"), "sub-a").assign(IstatCode.parse("019002"), "sub-a")
        .assign(IstatCode.parse("019003"), "sub-b").assign(IstatCode.parse("019004"), "sub-b").build();
    Partition ambiti = Partition.builder("ambiti", TerritoryKind.PLANNING_DISTRICT)
        .assign(IstatCode.parse("019001"), "ambito-1").assign(IstatCode.parse("019002"), "ambito-1")
        .assign(IstatCode.parse("019003"), "ambito-1").assign(IstatCode.parse("019004"), "ambito-2").build();
    Dashboard.Builder b = Dashboard.builder().levels(sub, ambiti);
    for (String c : new String[] {"019001", "019002", "019003", "019004"}) {
      b.population(comune(c, 2014));
    }
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, b::compute);
    assertEquals("partitions 'sub-ambiti' and 'ambiti' are not nested: grouping 'sub-b' has comune 019003 in"
        + " 'ambito-1' and comune 019004 in 'ambito-2'", e.getMessage());
  }
}
