package io.github.socialplan.indicators.demography;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.socialplan.core.population.AgeBands;
import io.github.socialplan.core.population.Population;
import io.github.socialplan.core.testing.PropertyRuns;
import io.github.socialplan.indicators.Populations;
import io.github.socialplan.indicators.catalogue.Indicator;
import io.github.socialplan.indicators.catalogue.StandardIndicators;
import io.github.socialplan.indicators.result.IndicatorValue;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.quicktheories.QuickTheory;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;
import org.quicktheories.generators.SourceDSL;

class DemographicColumnsTest {

  /** Asserts that the columns hold, for every territory and indicator, what the calculators give. */
  static void assertAgreesWithTheCalculators(DemographicColumns columns, List<DemographicProfile> profiles) {
    assertEquals(profiles.size(), columns.size());
    for (int t = 0; t < profiles.size(); t++) {
      for (int j = 0; j < columns.indicators().size(); j++) {
        Indicator i = columns.indicators().get(j);
        IndicatorValue expected = DemographicIndicators.compute(i, profiles.get(t));
        String where = i.id() + " of territory " + t;
        assertEquals(expected, columns.value(t, j), where);
        assertEquals(expected.detail(), columns.value(t, j).detail(), where);
        assertEquals(expected.asDouble(), columns.asDouble(t, j), where);
      }
    }
  }

  @Test
  void columns_ofRandomProfiles_agreeWithTheCalculators_value_andDouble() {
    QuickTheory.qt().withFixedSeed(7_919L).withExamples(PropertyRuns.examples(300))
        .forAll(SourceDSL.lists().of(Populations.populations("019036", 2020)).ofSizeBetween(1, 6),
            Generate.range(0, 3))
        .checkAssert((pops, extras) -> {
          List<DemographicProfile> profiles = new ArrayList<>();
          for (Population pop : pops) {
            DemographicProfile p = DemographicProfile.of(pop);
            if ((extras & 1) != 0) {
              p = p.withArea(new BigDecimal("12.34"));
            }
            if ((extras & 2) != 0) {
              p = p.withNextYearResidents(pop.total() + 3);
            }
            profiles.add(p);
          }
          profiles.add(DemographicProfile.sum("sum", profiles));
          assertAgreesWithTheCalculators(DemographicColumns.of(StandardIndicators.DEMOGRAPHIC, profiles),
              profiles);
        });
  }

  /** The resolutions a population is given in: single years, a publication's bands, a pyramid's. */
  private static final List<AgeBands> RESOLUTIONS = List.of(AgeBands.singleYears(), AgeBands.cutAt(15, 65),
      AgeBands.ofWidth(5, 85), AgeBands.ofWidth(5, 100), AgeBands.cutAt(5, 15, 18, 20, 40, 50, 60, 65, 80, 85),
      AgeBands.cutAt(15, 40, 65, 85), AgeBands.ofWidth(10, 100));

  /**
   * Counts by age at the extremes: all 0, one age only (up to Integer.MAX_VALUE), every age 0 or the most
   * whose band sums a count still holds, or the usual dense and sparse counts.
   */
  private static Gen<int[]> extremeCounts() {
    Gen<int[]> oneAge = Generate.range(0, Population.MAX_AGE).zip(Generate.pick(List.of(1, 7, Integer.MAX_VALUE)),
        (age, n) -> {
          int[] c = new int[Population.AGE_CLASSES];
          c[age] = n;
          return c;
        });
    Gen<int[]> maxOrZero = Generate.intArrays(Generate.constant(Population.AGE_CLASSES),
        Generate.pick(List.of(0, Integer.MAX_VALUE / Population.AGE_CLASSES)));
    return oneAge.mix(maxOrZero, 50).mix(Generate.constant(new int[Population.AGE_CLASSES]), 10)
        .mix(Populations.ageCounts(), 40);
  }

  @Test
  void columns_ofBandedAndExtremePopulations_agreeWithTheCalculators_valueReasonAndDouble() {
    Gen<Population> populations = extremeCounts().zip(extremeCounts(), Generate.pick(RESOLUTIONS),
        Generate.range(-1, 3),
        (m, f, bands, vital) -> {
          Population p = Population.of("019036", 2020, m, f);
          p = vital < 0 ? p : p.withVitalStatistics(vital == 0 ? 0 : Math.min(Integer.MAX_VALUE, p.total()), vital,
              vital * 2L);
          return p.aggregate(bands);
        });
    QuickTheory.qt().withFixedSeed(104_729L).withExamples(PropertyRuns.examples(300))
        .forAll(SourceDSL.lists().of(populations).ofSizeBetween(1, 5), Generate.range(65, Population.MAX_AGE),
            Generate.range(0, 3))
        .checkAssert((pops, oldestFrom, extras) -> {
          List<DemographicProfile> profiles = new ArrayList<>();
          for (Population pop : pops) {
            DemographicProfile p = DemographicProfile.of(pop, oldestFrom);
            if ((extras & 1) != 0) {
              p = p.withArea(pop.total() % 2 == 0 ? BigDecimal.ZERO : new BigDecimal("0.01"));
            }
            if ((extras & 2) != 0) {
              p = p.withNextYearResidents(pop.total() % 3 == 0 ? 0 : Long.MAX_VALUE / 8);
            }
            profiles.add(p);
          }
          profiles.add(DemographicProfile.sum("sum", profiles));
          DemographicColumns columns = DemographicColumns.of(StandardIndicators.DEMOGRAPHIC, profiles);
          assertAgreesWithTheCalculators(columns, profiles);
          for (int t = 0; t < profiles.size(); t++) {
            for (int j = 0; j < columns.indicators().size(); j++) {
              IndicatorValue v = columns.value(t, j);
              // an undefined value always says why; a defined one is a finite ratio
              assertEquals(v.isDefined(), v.reason().isEmpty(), v.toString());
              assertTrue(v.isDefined() ? v.isRatio() && Double.isFinite(v.value()) : !v.detail().isEmpty(),
                  v.toString());
            }
          }
        });
  }

  @Test
  void columns_ofProfilesBeyond2pow53_agreeWithTheCalculators() {
    int[] full = new int[Population.AGE_CLASSES];
    Arrays.fill(full, Integer.MAX_VALUE / 2);
    DemographicProfile big = DemographicProfile.of(Population.of("019036", 2020, full, full));
    // 1,000 copies pass 2^53 / 100 (the per-100 ratios), 30,000 pass 2^53 residents x 2 (the età media)
    List<DemographicProfile> profiles = List.of(big,
        DemographicProfile.sum("x1000", Collections.nCopies(1_000, big)),
        DemographicProfile.sum("x30000", Collections.nCopies(30_000, big)));
    assertTrue(profiles.get(1).residents() * 100 > 1L << 53);
    assertTrue(profiles.get(2).residents() * 2 > 1L << 53);
    assertAgreesWithTheCalculators(DemographicColumns.of(StandardIndicators.DEMOGRAPHIC, profiles), profiles);
  }

  @Test
  void meanAge_ofAProfileOfMoreThan2pow62Residents_isTheCalculatorsHalfAYear() {
    // every resident aged 0, so the age sum stays within a long while the residents pass 2^62
    DemographicProfile newborns = DemographicProfile.of(
        Population.builder("019036", 2020).male(0, Integer.MAX_VALUE).female(0, Integer.MAX_VALUE).build());
    for (int i = 0; i < 31; i++) {
      newborns = DemographicProfile.sum("019036", List.of(newborns, newborns));
    }
    assertTrue(newborns.residents() > 1L << 62, "residents: " + newborns.residents());
    DemographicColumns columns = DemographicColumns.of(List.of(StandardIndicators.MEAN_AGE), List.of(newborns));
    // Σ (0 + 0.5) × P / P = 0.5; the column doubled the residents in a long, which wrapped to a negative
    // denominator: -1.0737418235E9
    assertEquals(0.5, columns.asDouble(0, 0).getAsDouble());
    assertEquals("0.5", columns.value(0, 0).format());
    assertAgreesWithTheCalculators(columns, List.of(newborns));
  }

  @Test
  void columns_rejectAnIndicatorThatIsNotDemographic_andNullsAndBadIndexes_namingThem() {
    DemographicProfile p = DemographicProfile.of(Population.builder("019036", 2020).male(30, 5).build());
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> DemographicColumns.of(List.of(StandardIndicators.PER_CAPITA_SPENDING), List.of(p)));
    assertTrue(e.getMessage().contains(StandardIndicators.PER_CAPITA_SPENDING.id()), e.getMessage());
    NullPointerException n = assertThrows(NullPointerException.class,
        () -> DemographicColumns.of(StandardIndicators.DEMOGRAPHIC, Arrays.asList(p, null)));
    assertTrue(n.getMessage().contains("profiles[1]"), n.getMessage());
    n = assertThrows(NullPointerException.class, () -> DemographicColumns.of(null, List.of(p)));
    assertTrue(n.getMessage().contains("indicators"), n.getMessage());
    DemographicColumns c = DemographicColumns.of(List.of(StandardIndicators.MEAN_AGE), List.of(p));
    assertEquals(30.5, c.asDouble(0, 0).getAsDouble());
    assertEquals(p, c.profile(0));
    assertThrows(IndexOutOfBoundsException.class, () -> c.value(1, 0));
    assertThrows(IndexOutOfBoundsException.class, () -> c.asDouble(0, 1));
  }
}
