package io.github.socialplan.indicators.dashboard;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.socialplan.core.population.Population;
import io.github.socialplan.core.territory.TerritoryKind;
import io.github.socialplan.indicators.catalogue.StandardIndicators;
import io.github.socialplan.indicators.result.IndicatorValue;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** A cruscotto row compares with its parent, and rows and tables are equal only when every field is. */
class DashboardRowTest {

  private static final IndicatorValue OWN = IndicatorValue.ratio(120, 100, 100, "residents aged 0-14");
  private static final IndicatorValue PARENT = IndicatorValue.ratio(110, 100, 100, "residents aged 0-14");

  private static DashboardRow row(int year, int level, TerritoryKind kind, String territory, String parent,
      IndicatorValue value, IndicatorValue parentValue) {
    return new DashboardRow(year, level, kind, territory, parent, StandardIndicators.OLD_AGE_INDEX, value,
        parentValue);
  }

  private static DashboardRow base() {
    return row(2014, 0, TerritoryKind.MUNICIPALITY, "019001", "sub-a", OWN, PARENT);
  }

  @Test
  void aRowWithAParent_givesTheDifferenceAndTheRatio() {
    DashboardRow r = base();
    // 120 − 110 = 10 points; 120 / 110 = 1.0909...
    assertEquals(new BigDecimal("10"), r.differenceFromParent().orElseThrow().rounded(0, RoundingMode.UNNECESSARY));
    assertEquals(new BigDecimal("1.0909"), r.ratioToParent().orElseThrow().rounded(4, RoundingMode.HALF_UP));
    assertEquals(Optional.of("sub-a"), r.parent());
    assertEquals(Optional.of(PARENT), r.parentValue());
    assertEquals("2014 019001 old_age_index = 120.0 (sub-a: 110.0)", r.toString());
  }

  @Test
  void aRowOfTheCoarsestLevel_hasNoComparison() {
    DashboardRow top = row(2014, 2, TerritoryKind.PLANNING_DISTRICT, "ambito-1", null, OWN, null);
    assertTrue(top.parent().isEmpty());
    assertTrue(top.parentValue().isEmpty());
    assertTrue(top.differenceFromParent().isEmpty());
    assertTrue(top.ratioToParent().isEmpty());
    assertEquals("2014 ambito-1 old_age_index = 120.0", top.toString());
  }

  @Test
  void rows_areEqualOnlyWhenEveryFieldIs() {
    DashboardRow r = base();
    assertEquals(r, base());
    assertEquals(r.hashCode(), base().hashCode());
    assertFalse(r.equals(null));
    assertFalse(r.equals(r.toString()));
    List<DashboardRow> others = List.of(
        row(2015, 0, TerritoryKind.MUNICIPALITY, "019001", "sub-a", OWN, PARENT),
        row(2014, 1, TerritoryKind.MUNICIPALITY, "019001", "sub-a", OWN, PARENT),
        row(2014, 0, TerritoryKind.SUB_DISTRICT, "019001", "sub-a", OWN, PARENT),
        row(2014, 0, TerritoryKind.MUNICIPALITY, "019002", "sub-a", OWN, PARENT),
        row(2014, 0, TerritoryKind.MUNICIPALITY, "019001", "sub-b", OWN, PARENT),
        row(2014, 0, TerritoryKind.MUNICIPALITY, "019001", null, OWN, null),
        row(2014, 0, TerritoryKind.MUNICIPALITY, "019001", "sub-a", PARENT, PARENT),
        row(2014, 0, TerritoryKind.MUNICIPALITY, "019001", "sub-a", OWN, OWN),
        new DashboardRow(2014, 0, TerritoryKind.MUNICIPALITY, "019001", "sub-a", StandardIndicators.PCT_ELDERLY,
            OWN, PARENT));
    for (DashboardRow other : others) {
      assertNotEquals(r, other, other::toString);
      assertNotEquals(other, r, other::toString);
    }
  }

  @Test
  void tables_areEqualOnlyWithTheSameRows() {
    Population a = Population.builder("019001", 2014).female(10, 100).female(70, 120).build();
    Population b = Population.builder("019001", 2014).female(10, 100).female(70, 121).build();
    DashboardTable ta = Dashboard.builder().population(a).compute();
    DashboardTable again = Dashboard.builder().population(a).compute();
    DashboardTable tb = Dashboard.builder().population(b).compute();
    assertEquals(ta, again);
    assertEquals(ta.hashCode(), again.hashCode());
    assertNotEquals(ta, tb);
    assertFalse(ta.equals(ta.rows()));
    assertEquals("DashboardTable[" + ta.rows().size() + " rows]", ta.toString());
    // 120 elderly over 100 children: 120.0; 121 over 100: 121.0
    assertEquals("120.0", ta.value(2014, 0, "019001", "old_age_index").orElseThrow().format());
    assertEquals("121.0", tb.value(2014, 0, "019001", "old_age_index").orElseThrow().format());
  }
}
