package io.github.socialplan.indicators.dashboard;

import static io.github.socialplan.indicators.dashboard.DashboardTest.AMBITO;
import static io.github.socialplan.indicators.dashboard.DashboardTest.CODES;
import static io.github.socialplan.indicators.dashboard.DashboardTest.SUB;
import static io.github.socialplan.indicators.dashboard.DashboardTest.inOrder;
import static io.github.socialplan.indicators.dashboard.DashboardTest.partition;
import static io.github.socialplan.indicators.dashboard.DashboardTest.population;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.socialplan.core.population.Population;
import io.github.socialplan.core.territory.IstatCode;
import io.github.socialplan.core.territory.Partition;
import io.github.socialplan.core.territory.TerritoryKind;
import io.github.socialplan.indicators.result.IndicatorValue;
import io.github.socialplan.indicators.result.UndefinedReason;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * {@link Dashboard.Builder#incompleteGroupingsUndefined()}: a grouping some of whose comuni have no
 * population has no value, nor has any grouping above it; the whole ones keep the ratio of totals.
 */
class DashboardIncompleteGroupingsTest {

  private static final String OLD_AGE = "old_age_index";

  /** Comuni 019001, 019002 (sub-a), 019003 (sub-b) and 019005 (sub-c) with a population; 019004 without. */
  private static Dashboard.Builder withoutComune4() {
    Dashboard.Builder b = Dashboard.builder()
        .levels(partition("sub-ambiti", TerritoryKind.SUB_DISTRICT, SUB, inOrder()),
            partition("ambiti", TerritoryKind.PLANNING_DISTRICT, AMBITO, inOrder()));
    for (int i : List.of(0, 1, 2, 4)) {
      b.population(population(i, 2014));
    }
    return b;
  }

  /** Residents 65+ over 0-14, times 100, of the populations: the old-age index by its definition. */
  private static double oldAgeIndex(Population... comuni) {
    long old = 0;
    long young = 0;
    for (Population p : comuni) {
      for (int a = 0; a <= 100; a++) {
        long r = p.count(io.github.socialplan.core.population.AgeBand.of(a, a));
        old += a >= 65 ? r : 0;
        young += a < 15 ? r : 0;
      }
    }
    return 100.0 * old / young;
  }

  @Test
  void withoutTheOption_aComuneOfAPartitionWithoutPopulationFails() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, withoutComune4()::compute);
    assertTrue(e.getMessage().contains("019004") && e.getMessage().contains("has no population"),
        e.getMessage());
  }

  @Test
  void aGroupingWithAComuneWithoutPopulation_andTheGroupingAboveIt_haveNoValue() {
    DashboardTable t = withoutComune4().input("019003", 2014, Dashboard.SOCIAL_SPENDING, new BigDecimal("1000"))
        .incompleteGroupingsUndefined().compute();
    IndicatorValue subB = t.value(2014, 1, "sub-b", OLD_AGE).orElseThrow();
    assertFalse(subB.isDefined(), "sub-b shown as " + subB.format() + " from 019003 alone");
    assertEquals(UndefinedReason.MISSING_INPUT, subB.reason().orElseThrow());
    assertTrue(subB.detail().contains("1 of its 2 comuni has no population (019004)"), subB.detail());
    // the input-based indicators too: sub-b's spending would be 019003's over 019003's residents
    assertFalse(t.value(2014, 1, "sub-b", "per_capita_social_spending").orElseThrow().isDefined());
    assertTrue(t.asDouble(2014, 1, "sub-b", OLD_AGE).isEmpty());
    IndicatorValue ambito1 = t.value(2014, 2, "ambito-1", OLD_AGE).orElseThrow();
    assertFalse(ambito1.isDefined(), "ambito-1 shown as " + ambito1.format() + " without 019004");
    assertTrue(ambito1.detail().contains("1 of its 4 comuni has no population (019004)"), ambito1.detail());
    // 019003 keeps its value, its comparison with sub-b is undefined
    assertTrue(t.value(2014, 0, "019003", OLD_AGE).orElseThrow().isDefined());
    DashboardRow row = t.row(2014, 0, "019003", OLD_AGE).orElseThrow();
    assertEquals(UndefinedReason.UNDEFINED_OPERAND, row.ratioToParent().orElseThrow().reason().orElseThrow());
    // the whole groupings are the ratio of totals of their comuni
    assertEquals(oldAgeIndex(population(0, 2014), population(1, 2014)),
        t.asDouble(2014, 1, "sub-a", OLD_AGE).orElseThrow(), 1e-9);
    // ambito-2 is whole: 019005 has no children, so its index is undefined for that reason, not for a gap
    assertEquals(UndefinedReason.ZERO_DENOMINATOR,
        t.value(2014, 2, "ambito-2", OLD_AGE).orElseThrow().reason().orElseThrow());
  }

  @Test
  void aGroupingWithNoComuneWithPopulation_isLeftOut() {
    Partition subs = Partition.builder("sub-ambiti", TerritoryKind.SUB_DISTRICT)
        .assign(IstatCode.parse(CODES[0]), "sub-a").assign(IstatCode.parse(CODES[3]), "sub-d").build();
    Partition ambiti = Partition.builder("ambiti", TerritoryKind.PLANNING_DISTRICT)
        .assign(IstatCode.parse(CODES[0]), "ambito-1").assign(IstatCode.parse(CODES[3]), "ambito-1").build();
    DashboardTable t = Dashboard.builder().levels(subs, ambiti).population(population(0, 2014))
        .incompleteGroupingsUndefined().compute();
    assertTrue(t.value(2014, 1, "sub-d", OLD_AGE).isEmpty());
    assertEquals(oldAgeIndex(population(0, 2014)), t.asDouble(2014, 1, "sub-a", OLD_AGE).orElseThrow(), 1e-9);
    assertFalse(t.value(2014, 2, "ambito-1", OLD_AGE).orElseThrow().isDefined());
  }

  @Test
  void withEveryComune_theOptionChangesNothing() {
    Dashboard.Builder b = Dashboard.builder()
        .levels(partition("sub-ambiti", TerritoryKind.SUB_DISTRICT, SUB, inOrder()),
            partition("ambiti", TerritoryKind.PLANNING_DISTRICT, AMBITO, inOrder()));
    for (int i = 0; i < CODES.length; i++) {
      b.population(population(i, 2014)).population(population(i, 2015));
    }
    DashboardTable strict = b.compute();
    assertEquals(strict.rows(), b.incompleteGroupingsUndefined().compute().rows());
  }
}
