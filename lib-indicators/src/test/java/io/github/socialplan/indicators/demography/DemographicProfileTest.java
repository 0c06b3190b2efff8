package io.github.socialplan.indicators.demography;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.socialplan.core.population.AgeBand;
import io.github.socialplan.core.population.Population;
import io.github.socialplan.core.population.Sex;
import io.github.socialplan.core.testing.PropertyRuns;
import io.github.socialplan.indicators.Populations;
import org.junit.jupiter.api.Test;
import org.quicktheories.QuickTheory;
import org.quicktheories.generators.Generate;

class DemographicProfileTest {

  @Test
  void profile_ofRandomPopulations_hasTheBandCountsOfPopulationCount_forEveryThreshold() {
    QuickTheory.qt().withFixedSeed(404L).withExamples(PropertyRuns.examples(2_000))
        .forAll(Populations.populations("019036", 2020), Generate.range(65, 100))
        .checkAssert((pop, from) -> {
          DemographicProfile p = DemographicProfile.of(pop, from);
          assertEquals(pop.count(AgeBand.of(0, 4)), p.get(DemographicProfile.P0_4));
          assertEquals(pop.count(AgeBand.of(0, 14)), p.get(DemographicProfile.P0_14));
          assertEquals(pop.count(AgeBand.of(0, 17)), p.get(DemographicProfile.P0_17));
          assertEquals(pop.count(AgeBand.of(15, 19)), p.get(DemographicProfile.P15_19));
          assertEquals(pop.count(AgeBand.of(15, 39)), p.get(DemographicProfile.P15_39));
          assertEquals(pop.count(AgeBand.of(15, 64)), p.get(DemographicProfile.P15_64));
          assertEquals(pop.count(AgeBand.of(40, 64)), p.get(DemographicProfile.P40_64));
          assertEquals(pop.count(AgeBand.of(60, 64)), p.get(DemographicProfile.P60_64));
          assertEquals(pop.count(AgeBand.atLeast(65)), p.get(DemographicProfile.P65_PLUS));
          assertEquals(pop.count(AgeBand.atLeast(from)), p.get(DemographicProfile.P_OLDEST));
          assertEquals(pop.count(Sex.FEMALE, AgeBand.of(15, 49)), p.get(DemographicProfile.F15_49));
          assertEquals(pop.total(), p.get(DemographicProfile.TOTAL));
          long doubleAgeSum = 0;
          for (int age = 0; age <= Population.MAX_AGE; age++) {
            doubleAgeSum += (2L * age + 1) * pop.count(age);
          }
          assertEquals(doubleAgeSum, p.get(DemographicProfile.DOUBLE_AGE_SUM));
          assertEquals(pop.foreignResidents(), p.foreignResidents());
          assertEquals(pop.births(), p.births());
          assertEquals(pop.deaths(), p.deaths());
        });
  }
}
