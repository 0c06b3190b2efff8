package io.github.socialplan.indicators.dashboard;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.socialplan.core.population.Population;
import io.github.socialplan.core.territory.IstatCode;
import io.github.socialplan.core.territory.Partition;
import io.github.socialplan.core.territory.TerritoryKind;
import io.github.socialplan.indicators.catalogue.StandardIndicators;
import io.github.socialplan.indicators.result.IndicatorValue;
import io.github.socialplan.indicators.result.UndefinedReason;
import java.math.BigDecimal;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * The cruscotto's spending and social-worker inputs of a grouping (ambito of 3 comuni): a comune that was
 * given no input is not counted as 0 in its grouping's total, so the grouping has no value; an input of 0
 * counts.
 */
class DashboardGroupingInputMissingTest {

  /** 100 residents, all aged 40. */
  private static Population comune(String code) {
    return Population.builder(code, 2014).female(40, 100).build();
  }

  private static final Partition AMBITO = Partition.builder("ambiti", TerritoryKind.PLANNING_DISTRICT)
      .assign(IstatCode.parse("019001"), "ambito-a")
      .assign(IstatCode.parse("019002"), "ambito-a")
      .assign(IstatCode.parse("019003"), "ambito-a")
      .build();

  private static Dashboard.Builder dashboard() {
    return Dashboard.builder().levels(AMBITO)
        .population(comune("019001")).population(comune("019002")).population(comune("019003"))
        .input("019001", 2014, Dashboard.SOCIAL_SPENDING, new BigDecimal("12000"))
        .input("019002", 2014, Dashboard.SOCIAL_SPENDING, new BigDecimal("6000"))
        .input("019001", 2014, Dashboard.SOCIAL_WORKER_FTE, new BigDecimal("0.5"))
        .input("019002", 2014, Dashboard.SOCIAL_WORKER_FTE, new BigDecimal("0.25"));
  }

  private static IndicatorValue ambito(Dashboard.Builder b, String indicator) {
    return b.compute().value(2014, 1, "ambito-a", indicator).orElseThrow();
  }

  @Test
  void aComuneWithoutTheInput_leavesItsGroupingWithoutValue() {
    // counted as 0, 019003 would give 18,000 / 300 = 60 euro per resident and 300 / 0.75 = 400 residents
    for (String id : new String[] {StandardIndicators.PER_CAPITA_SPENDING.id(),
        StandardIndicators.RESIDENTS_PER_SOCIAL_WORKER.id()}) {
      IndicatorValue v = ambito(dashboard(), id);
      assertEquals(Optional.of(UndefinedReason.MISSING_INPUT), v.reason(), id + ": " + v);
      assertTrue(v.detail().contains("ambito-a") && v.detail().contains("1 of its 3 comuni has none (019003)"),
          v.detail());
    }
  }

  @Test
  void anInputOfZero_counts() {
    Dashboard.Builder b = dashboard()
        .input("019003", 2014, Dashboard.SOCIAL_SPENDING, BigDecimal.ZERO)
        .input("019003", 2014, Dashboard.SOCIAL_WORKER_FTE, BigDecimal.ZERO);
    // 18,000 / 300 residents; 300 residents / 0.75 FTE, by hand
    assertEquals(IndicatorValue.ratio(18_000, 300, 1, "x"),
        ambito(b, StandardIndicators.PER_CAPITA_SPENDING.id()));
    assertEquals(IndicatorValue.ratio(new BigDecimal("300"), new BigDecimal("0.75"), BigDecimal.ONE, "x"),
        ambito(b, StandardIndicators.RESIDENTS_PER_SOCIAL_WORKER.id()));
  }
}
