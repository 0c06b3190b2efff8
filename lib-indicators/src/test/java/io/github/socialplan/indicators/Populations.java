package io.github.socialplan.indicators;

import io.github.socialplan.core.population.Population;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/** QuickTheories generators of populations for the property tests. */
public final class Populations {

  private Populations() {}

  /** Counts by age: dense (0..2000 each) or sparse (0..1, so that bands are often empty). */
  public static Gen<int[]> ageCounts() {
    Gen<int[]> dense = Generate.intArrays(Generate.constant(Population.AGE_CLASSES), Generate.range(0, 2000));
    Gen<int[]> sparse = Generate.intArrays(Generate.constant(Population.AGE_CLASSES), Generate.range(0, 1));
    return dense.mix(sparse, 30);
  }

  /** Populations of the given territory and year, with foreign residents, births and deaths. */
  public static Gen<Population> populations(String territory, int year) {
    return ageCounts().zip(ageCounts(), Generate.range(0, 500),
        (m, f, extra) -> {
          Population p = Population.of(territory, year, m, f);
          return p.withVitalStatistics(Math.min(extra, p.total()), extra / 2, extra / 3); // some residents
        });
  }
}
