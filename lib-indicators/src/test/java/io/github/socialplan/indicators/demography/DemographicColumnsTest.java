package io.github.socialplan.indicators.demography;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

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
