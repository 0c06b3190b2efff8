package io.github.socialplan.indicators.dashboard;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.github.socialplan.core.population.Population;
import io.github.socialplan.core.territory.IstatCode;
import io.github.socialplan.core.territory.Partition;
import io.github.socialplan.core.territory.TerritoryKind;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

/**
 * A grouping id used at two levels: a sub-ambito {@code cremona} = {019003} inside an ambito
 * {@code cremona} = {019001, 019002, 019003}. Inputs are supplied by id, so an input of that id would be
 * taken by both groupings.
 */
class DashboardGroupingIdsTest {

  /** 38 residents aged 40. */
  private static Population comune(String code) {
    return Population.builder(code, 2014).female(40, 38).build();
  }

  private static Dashboard.Builder cremonaTwice() {
    Partition sub = Partition.builder("sub-ambiti", TerritoryKind.SUB_DISTRICT)
        .assign(IstatCode.parse("019001"), "S1").assign(IstatCode.parse("019002"), "S1")
        .assign(IstatCode.parse("019003"), "cremona").build();
    Partition ambito = Partition.builder("ambito", TerritoryKind.PLANNING_DISTRICT)
        .assign(IstatCode.parse("019001"), "cremona").assign(IstatCode.parse("019002"), "cremona")
        .assign(IstatCode.parse("019003"), "cremona").build();
    return Dashboard.builder().levels(sub, ambito)
        .population(comune("019001")).population(comune("019002")).population(comune("019003"))
        .input("019001", 2014, Dashboard.SOCIAL_SPENDING, new BigDecimal("1000"))
        .input("019002", 2014, Dashboard.SOCIAL_SPENDING, new BigDecimal("2000"))
        .input("019003", 2014, Dashboard.SOCIAL_SPENDING, new BigDecimal("38"));
  }

  private static String perCapita(DashboardTable t, int level, String territory) {
    return t.value(2014, level, territory, "per_capita_social_spending").orElseThrow().format();
  }

  @Test
  void anInputOfAnIdThatIsAGroupingOfTwoLevels_isRefusedNamingTheIdTheLevelsAndTheInput() {
    // meant for the ambito, it would have given the sub-ambito 99,999 / 38 = 2631.6 € per resident
    Dashboard.Builder b = cremonaTwice().input("cremona", 2014, Dashboard.SOCIAL_SPENDING, new BigDecimal("99999"));
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, b::compute);
    assertEquals("input social_spending of 'cremona' in 2014 is ambiguous: 'cremona' is a grouping of levels"
        + " 'sub-ambiti' and 'ambito'; give the groupings distinct ids", e.getMessage());
    b.input("cremona", 2014, Dashboard.ASSOCIATED_SPENDING, BigDecimal.ONE);
    e = assertThrows(IllegalArgumentException.class, b::compute);
    assertEquals("inputs associated_spending and social_spending of 'cremona' in 2014 are ambiguous: 'cremona'"
        + " is a grouping of levels 'sub-ambiti' and 'ambito'; give the groupings distinct ids", e.getMessage());
  }

  @Test
  void aGroupingNamedByAComunesCode_holdingOtherComuni_refusesThatComunesInput() {
    // the ambito "019003" holds all three comuni: comune 019003's 38 euro would be taken as the ambito's total
    Partition ambito = Partition.builder("ambito", TerritoryKind.PLANNING_DISTRICT)
        .assign(IstatCode.parse("019001"), "019003").assign(IstatCode.parse("019002"), "019003")
        .assign(IstatCode.parse("019003"), "019003").build();
    Dashboard.Builder b = Dashboard.builder().levels(ambito)
        .population(comune("019001")).population(comune("019002")).population(comune("019003"))
        .input("019003", 2014, Dashboard.SOCIAL_SPENDING, new BigDecimal("38"));
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, b::compute);
    assertEquals("input social_spending of '019003' in 2014 is ambiguous: '019003' is a comune and a grouping of"
        + " other comuni at level 'ambito'; give the grouping another id", e.getMessage());
    // a grouping of that comune alone may carry its code: the input is the same money either way
    Partition alone = Partition.builder("capoluogo", TerritoryKind.PLANNING_DISTRICT)
        .assign(IstatCode.parse("019003"), "019003").build();
    DashboardTable t = Dashboard.builder().levels(alone).population(comune("019003"))
        .input("019003", 2014, Dashboard.SOCIAL_SPENDING, new BigDecimal("38")).compute();
    assertEquals("1.0", perCapita(t, 1, "019003"));
  }

  @Test
  void anIdSharedByTwoLevels_withoutAnInputOfItsOwn_takesTheSumOfEachGroupingsComuni() {
    DashboardTable t = cremonaTwice().compute();
    // sub-ambito cremona: 38 € / 38 residents; ambito cremona: 3,038 € / 114 residents = 26.649...
    assertEquals("1.0", perCapita(t, 1, "cremona"));
    assertEquals("26.6", perCapita(t, 2, "cremona"));
    // S1: 3,000 € / 76 residents = 39.47...
    assertEquals("39.5", perCapita(t, 1, "S1"));
    // comune 019003 against its sub-ambito: the same 1.0, a difference of 0
    DashboardRow row = t.rows().stream().filter(r -> r.territory().equals("019003")
        && r.indicator().id().equals("per_capita_social_spending")).findFirst().orElseThrow();
    assertEquals("1.0", row.parentValue().orElseThrow().format());
    assertEquals("0.0", row.differenceFromParent().orElseThrow().format());
  }

  @Test
  void theInputOfAGroupingWhoseIdIsOfOneLevel_isStillItsOwn() {
    Dashboard.Builder b = cremonaTwice().input("S1", 2014, Dashboard.SOCIAL_SPENDING, new BigDecimal("7600"));
    // S1's own 7,600 € over 76 residents; the ambito still the sum of its comuni
    DashboardTable t = b.compute();
    assertEquals("100.0", perCapita(t, 1, "S1"));
    assertEquals("26.6", perCapita(t, 2, "cremona"));
  }
}
