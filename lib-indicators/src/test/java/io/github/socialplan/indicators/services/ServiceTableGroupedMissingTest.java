package io.github.socialplan.indicators.services;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.socialplan.core.money.Money;
import io.github.socialplan.core.population.AgeBand;
import io.github.socialplan.core.population.AgeBands;
import io.github.socialplan.core.population.Population;
import io.github.socialplan.core.service.Service;
import io.github.socialplan.core.service.Services;
import io.github.socialplan.core.service.UserArea;
import io.github.socialplan.core.territory.IstatCode;
import io.github.socialplan.core.territory.Partition;
import io.github.socialplan.core.territory.TerritoryKind;
import io.github.socialplan.indicators.result.IndicatorValue;
import io.github.socialplan.indicators.result.UndefinedReason;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * A comune of a grouping with no row for a service is not known there ({@link ServiceTable#coverage} of it is
 * {@code MISSING_INPUT}): the grouping's figures of that service are not known either, never the sum of the
 * other comuni's as if it had none. A row of 0 users says the comune has none, and counts.
 */
class ServiceTableGroupedMissingTest {

  private static final Service SAD = Services.byId("SAD");
  private static final Service NIDO = Services.byId("NIDO");

  /** Three comuni in one ambito; 019003 has no SAD row, and an explicit row of 0 NIDO users. */
  private static final Partition AMBITO = Partition.builder("ambiti", TerritoryKind.PLANNING_DISTRICT)
      .assign(IstatCode.parse("019001"), "ambito-a")
      .assign(IstatCode.parse("019002"), "ambito-a")
      .assign(IstatCode.parse("019003"), "ambito-a")
      .build();

  private static final ServiceTable TABLE = ServiceTable.builder()
      .add("019001", SAD, 10, Money.ofEuros(1_000), Money.ofEuros(100))
      .add("019002", SAD, 20, Money.ofEuros(2_000), Money.ofEuros(200))
      .add("019001", NIDO, 5, Money.ofEuros(500), Money.ZERO)
      .add("019002", NIDO, 7, Money.ofEuros(700), Money.ZERO)
      .add("019003", NIDO, 0, Money.ZERO, Money.ZERO)
      .build();

  /** Residents: 300 aged 0-2 and 900 of 65 and over (the ambito's, or one comune's). */
  private static Population residents(String territory) {
    return Population.builder(territory, 2022, AgeBands.cutAt(3, 65))
        .band(AgeBand.of(0, 2), 150, 150, 300)
        .band(AgeBand.of(3, 64), 1000, 1000, 2000)
        .band(AgeBand.atLeast(65), 450, 450, 900)
        .build();
  }

  @Test
  void aComuneWithNoRow_isNotKnown_inItsComune_andSoNotInItsGrouping() {
    IndicatorValue comune = TABLE.coverage("019003", SAD, residents("019003"), AgeBand.atLeast(65));
    assertEquals(Optional.of(UndefinedReason.MISSING_INPUT), comune.reason(), comune.toString());

    ServiceTable grouped = TABLE.grouped(AMBITO);
    IndicatorValue ambito = grouped.coverage("ambito-a", SAD, residents("ambito-a"), AgeBand.atLeast(65));
    // before: 30 users of 019001 and 019002 over the 900 residents of 65+ of all three comuni, 3.3 %
    assertEquals(Optional.of(UndefinedReason.MISSING_INPUT), ambito.reason(), ambito.toString());
    assertTrue(ambito.detail().contains("1 of its 3 comuni") && ambito.detail().contains("019003"),
        ambito.detail());
    assertEquals(Optional.empty(), grouped.figures("ambito-a", SAD));
    assertEquals(Map.of(SAD, List.of("019003")), grouped.missing("ambito-a"));
  }

  @Test
  void anExplicitRowOfZero_counts_andTheGroupingHasItsFigures() {
    ServiceTable grouped = TABLE.grouped(AMBITO);
    assertEquals(new ServiceFigures(12, Money.ofEuros(1_200), Money.ZERO), grouped.figures("ambito-a", NIDO).orElseThrow());
    // 12 users over 300 residents aged 0-2, computed by hand
    assertEquals(IndicatorValue.ratio(12, 300, 100, "x"),
        grouped.coverage("ambito-a", NIDO, residents("ambito-a"), AgeBand.of(0, 2)));
    assertEquals(Map.of(), grouped.missing("019001"));
  }

  @Test
  void theTotalOfAGroupingWithAServiceKnownInPart_isRefused_namingServiceAndComuni() {
    ServiceTable grouped = TABLE.grouped(AMBITO);
    // before: 42 users, SAD of two comuni and NIDO of three, shown as the ambito's total
    IllegalStateException e = assertThrows(IllegalStateException.class, () -> grouped.total("ambito-a"));
    assertTrue(e.getMessage().contains("SAD") && e.getMessage().contains("019003"), e.getMessage());
    assertThrows(IllegalStateException.class, () -> grouped.total("ambito-a", UserArea.ELDERLY));
    // an area whose services are all known in every comune still has its total
    assertEquals(12, grouped.total("ambito-a", UserArea.FAMILY_AND_MINORS).users());
  }

  @Test
  void theTotalOfATerritoryWithNoRows_isNotKnown_notZero() {
    // before: ServiceFigures.NONE, whose coverage of any target is 0.0 %
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> TABLE.total("019004"));
    assertTrue(e.getMessage().contains("019004"), e.getMessage());
    Partition two = Partition.builder("ambiti", TerritoryKind.PLANNING_DISTRICT)
        .assign(IstatCode.parse("019001"), "ambito-a")
        .assign(IstatCode.parse("019002"), "ambito-a")
        .assign(IstatCode.parse("019003"), "ambito-a")
        .assign(IstatCode.parse("019004"), "ambito-b")
        .build();
    assertThrows(IllegalArgumentException.class, () -> TABLE.grouped(two).total("ambito-b"));
    assertThrows(IllegalArgumentException.class, () -> TABLE.grouped(two).total("ambito-b", UserArea.ELDERLY));
  }

  @Test
  void aComuneWithNoRowAtAll_isMissingForEveryServiceOfItsGrouping() {
    ServiceTable t = ServiceTable.builder()
        .add("019001", SAD, 10, Money.ofEuros(1_000), Money.ZERO)
        .add("019002", SAD, 20, Money.ofEuros(2_000), Money.ZERO)
        .build();
    assertEquals(Map.of(SAD, List.of("019003")), t.grouped(AMBITO).missing("ambito-a"));
  }
}
