package io.github.socialplan.indicators.services;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.github.socialplan.core.money.Money;
import io.github.socialplan.core.population.AgeBand;
import io.github.socialplan.core.population.AgeBands;
import io.github.socialplan.core.population.Population;
import io.github.socialplan.core.service.Services;
import io.github.socialplan.indicators.result.IndicatorValue;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The coverage of a service in a territory is over that territory's residents, never another's. */
class ServiceTableCoverageTerritoryTest {

  private static Population residents(String territory, int total) {
    return Population.builder(territory, 2022, AgeBands.cutAt())
        .band(AgeBand.all(), total / 2, total - total / 2, total).build();
  }

  @Test
  void theResidentsOfAnotherTerritory_areRefused_namingBoth() {
    ServiceTable t = ServiceTable.builder()
        .add("019036", Services.byId("SAD"), 50, Money.ZERO, Money.ZERO).build();
    // 50 users of Cremona over the 1,000 residents of another comune gave 5.0 %
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> t.coverage("019036", Services.byId("SAD"), residents("019001", 1_000), AgeBand.all()));
    assertEquals("the coverage of SAD in 019036 needs the residents of 019036, not of 019001", e.getMessage());
  }

  @Test
  void theTerritorysOwnResidents_orAnUnnamedAggregate_giveTheCoverage() {
    ServiceTable t = ServiceTable.builder()
        .add("019036", Services.byId("SAD"), 50, Money.ZERO, Money.ZERO).build();
    assertEquals(IndicatorValue.ratio(50, 1_000, 100, "x"),
        t.coverage("019036", Services.byId("SAD"), residents("019036", 1_000), AgeBand.all()));
    // the sum of two comuni's residents names no territory: the caller says whose they are
    Population both = residents("019001", 400).plus(residents("019002", 600));
    assertEquals(IndicatorValue.ratio(50, 1_000, 100, "x"),
        t.coverage("019036", Services.byId("SAD"), both, AgeBand.all()));
    assertEquals(List.of("019036"), List.copyOf(t.territories()));
  }
}
