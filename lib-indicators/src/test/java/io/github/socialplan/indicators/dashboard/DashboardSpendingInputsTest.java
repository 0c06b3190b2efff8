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
 * The inputs of the cruscotto's built-in spending and staffing ratios: amounts of money and full-time
 * equivalents that cannot be negative, and associated spending that is part of the social spending.
 */
class DashboardSpendingInputsTest {

  /** 200 residents aged 40. */
  private static Population comune(String code) {
    return Population.builder(code, 2014).female(40, 200).build();
  }

  @Test
  void socialSpending_negative_isRefusedNamingItsTerritoryAndYear() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Dashboard.builder()
        .input("019036", 2014, Dashboard.SOCIAL_SPENDING, new BigDecimal("-24000")));
    assertEquals("input social_spending of 019036 in 2014 must be >= 0: -24000", e.getMessage());
  }

  @Test
  void associatedSpendingAndSocialWorkerFte_negative_areRefused() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Dashboard.builder()
        .input("019036", 2014, Dashboard.ASSOCIATED_SPENDING, new BigDecimal("-0.01")));
    assertEquals("input associated_spending of 019036 in 2014 must be >= 0: -0.01", e.getMessage());
    e = assertThrows(IllegalArgumentException.class, () -> Dashboard.builder()
        .input("ambito", 2015, Dashboard.SOCIAL_WORKER_FTE, new BigDecimal("-2.5")));
    assertEquals("input social_worker_fte of ambito in 2015 must be >= 0: -2.5", e.getMessage());
  }

  @Test
  void residentsOfABand_suppliedNegative_areRefused() {
    // -50 children aged 0-2 in a comune with 20 in nidi would show a nursery rate of -40.0 %
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Dashboard.builder()
        .input("019036", 2014, "residents_0_2", new BigDecimal("-50")));
    assertEquals("input residents_0_2 of 019036 in 2014 must be >= 0: -50", e.getMessage());
    e = assertThrows(IllegalArgumentException.class, () -> Dashboard.builder()
        .input("019036", 2014, "residents_65_plus", new BigDecimal("-1")));
    assertEquals("input residents_65_plus of 019036 in 2014 must be >= 0: -1", e.getMessage());
    e = assertThrows(IllegalArgumentException.class, () -> Dashboard.builder()
        .input("019036", 2014, "residents_0_2", new BigDecimal("412.5")));
    assertEquals("input residents_0_2 of 019036 in 2014 must be a whole number of residents: 412.5",
        e.getMessage());
    Dashboard.builder().input("019036", 2014, "residents_0_2", new BigDecimal("412.00"));
    // an input that only looks like one (a change, which may be negative) is the user's to define
    Dashboard.builder().input("019036", 2014, "residents_change", new BigDecimal("-1"));
  }

  @Test
  void zeroSpendingAndZeroFte_areAccepted() {
    DashboardTable t = Dashboard.builder().population(comune("019036"))
        .input("019036", 2014, Dashboard.SOCIAL_SPENDING, BigDecimal.ZERO)
        .input("019036", 2014, Dashboard.ASSOCIATED_SPENDING, BigDecimal.ZERO)
        .input("019036", 2014, Dashboard.SOCIAL_WORKER_FTE, BigDecimal.ZERO).compute();
    // 0 euro over 200 residents; 0 of 0 euro and 200 residents over 0 FTE are undefined
    assertEquals("0.0", t.value(2014, 0, "019036", "per_capita_social_spending").orElseThrow().format());
    assertEquals("n.d.", t.value(2014, 0, "019036", "pct_associated_spending").orElseThrow().format());
    assertEquals("n.d.", t.value(2014, 0, "019036", "residents_per_social_worker").orElseThrow().format());
  }

  @Test
  void associatedSpending_aboveTheSocialSpending_isRefusedNamingBoth() {
    // 120 of 100 euro would show an associated share of 120.0 %
    Dashboard.Builder b = Dashboard.builder().population(comune("019036"))
        .input("019036", 2014, Dashboard.SOCIAL_SPENDING, new BigDecimal("100"))
        .input("019036", 2014, Dashboard.ASSOCIATED_SPENDING, new BigDecimal("120"));
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, b::compute);
    assertEquals("input associated_spending of 019036 in 2014 exceeds its social_spending: 120 > 100",
        e.getMessage());
  }

  @Test
  void associatedSpending_ofAGroupingsComuni_aboveTheGroupingsOwnSocialSpending_isRefused() {
    Partition ambito = Partition.builder("ambiti", TerritoryKind.PLANNING_DISTRICT)
        .assign(IstatCode.parse("019036"), "ambito").assign(IstatCode.parse("019001"), "ambito").build();
    // the comuni's associated spending adds up to 150, the ambito's own social spending is 140
    Dashboard.Builder b = Dashboard.builder().levels(ambito)
        .population(comune("019036")).population(comune("019001"))
        .input("019036", 2014, Dashboard.ASSOCIATED_SPENDING, new BigDecimal("75"))
        .input("019001", 2014, Dashboard.ASSOCIATED_SPENDING, new BigDecimal("75"))
        .input("ambito", 2014, Dashboard.SOCIAL_SPENDING, new BigDecimal("140"));
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, b::compute);
    assertEquals("input associated_spending of ambito in 2014 exceeds its social_spending: 150 > 140",
        e.getMessage());
  }

  @Test
  void associatedSpending_equalToTheSocialSpending_is100Percent() {
    DashboardTable t = Dashboard.builder().population(comune("019036"))
        .input("019036", 2014, Dashboard.SOCIAL_SPENDING, new BigDecimal("3571415"))
        .input("019036", 2014, Dashboard.ASSOCIATED_SPENDING, new BigDecimal("3571415")).compute();
    assertEquals("100.0", t.value(2014, 0, "019036", "pct_associated_spending").orElseThrow().format());
  }
}
