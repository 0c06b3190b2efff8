package io.github.socialplan.indicators.workforce;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.socialplan.core.money.Money;
import io.github.socialplan.core.population.AgeBand;
import io.github.socialplan.core.population.Population;
import io.github.socialplan.indicators.coverage.Coverage;
import io.github.socialplan.indicators.result.IndicatorValue;
import io.github.socialplan.indicators.result.UndefinedReason;
import java.math.BigDecimal;
import java.math.RoundingMode;
import org.junit.jupiter.api.Test;

/** The input checks of {@link SocialWorkforce} and {@link Coverage} at their edges: zero passes, below fails. */
class WorkforceAndCoverageInputsTest {

  @Test
  void fte_zeroHoursIsZero_negativeHoursOrNoHoursPerFteFail() {
    assertEquals(0.0, SocialWorkforce.fte(BigDecimal.ZERO, new BigDecimal("1512")).value());
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> SocialWorkforce.fte(new BigDecimal("-0.5"), new BigDecimal("1512")));
    assertEquals("yearly hours must be >= 0: -0.5", e.getMessage());
    e = assertThrows(IllegalArgumentException.class, () -> SocialWorkforce.fte(BigDecimal.TEN, BigDecimal.ZERO));
    assertEquals("hours of one FTE must be > 0: 0", e.getMessage());
  }

  @Test
  void residentsAndFte_zeroIsAccepted_belowZeroIsNot() {
    // no residents and no worker: the ratio is undefined, not an error
    assertEquals(UndefinedReason.ZERO_DENOMINATOR,
        SocialWorkforce.residentsPerSocialWorker(0, BigDecimal.ZERO).reason().orElseThrow());
    assertEquals(BigDecimal.ZERO, SocialWorkforce.workersForEssentialLevel(0).stripTrailingZeros());
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> SocialWorkforce.residentsPerSocialWorker(-1, BigDecimal.ONE));
    assertEquals("residents must be >= 0: -1", e.getMessage());
    e = assertThrows(IllegalArgumentException.class,
        () -> SocialWorkforce.meetsEssentialLevel(5_000, new BigDecimal("-0.01")));
    assertEquals("social-worker FTE must be >= 0: -0.01", e.getMessage());
    assertThrows(IllegalArgumentException.class,
        () -> SocialWorkforce.essentialLevelContribution(-5, BigDecimal.ONE, RoundingMode.HALF_UP));
  }

  @Test
  void essentialLevel_isOneWorkerPer5000Residents_exactlyAtTheEdge() {
    assertTrue(SocialWorkforce.meetsEssentialLevel(5_000, BigDecimal.ONE));
    assertFalse(SocialWorkforce.meetsEssentialLevel(5_001, BigDecimal.ONE));
    assertEquals(0, new BigDecimal("2.5").compareTo(SocialWorkforce.workersForEssentialLevel(12_500)));
  }

  @Test
  void contribution_ofTheFirstTier_followsItsFormula() {
    // 6,500 residents, 1.3 FTE: R/5000 = 1.3, R/6500 = 1; first tier 40,000 × (1.3 − 1) = 12,000.00;
    // second tier needs more than R/5000 workers: none.
    assertEquals(Money.ofEuros(12_000),
        SocialWorkforce.essentialLevelContribution(6_500, new BigDecimal("1.3"), RoundingMode.HALF_UP));
    // 4,000 residents, 1 FTE: R/5000 = 0.8, R/4000 = 1, R/6500 = 0.615...; first tier
    // 40,000 × (0.8 − 4000/6500) = 7,384.615..., second 20,000 × (1 − 0.8) = 4,000: 11,384.62
    assertEquals(Money.parse("11384.62"),
        SocialWorkforce.essentialLevelContribution(4_000, BigDecimal.ONE, RoundingMode.HALF_UP));
  }

  @Test
  void coverage_zeroUsersOrTargetAccepted_negativeRefused() {
    IndicatorValue none = Coverage.of(0, 200);
    assertEquals(0.0, none.value());
    assertEquals(UndefinedReason.ZERO_DENOMINATOR, Coverage.of(0, 0).reason().orElseThrow());
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Coverage.of(-1, 10));
    assertEquals("users and target population must be >= 0: -1 users, 10 target", e.getMessage());
    e = assertThrows(IllegalArgumentException.class, () -> Coverage.of(1, -1));
    assertEquals("users and target population must be >= 0: 1 users, -1 target", e.getMessage());
    Population p = Population.builder("019036", 2014).male(70, 30).female(80, 20).male(10, 5).build();
    // 10 users of 50 residents aged 65+: 20 %
    assertEquals(20.0, Coverage.of(10, p, AgeBand.parse("65+")).value(), 1e-12);
    assertEquals(0.0, Coverage.of(0, p, AgeBand.parse("65+")).value());
    e = assertThrows(IllegalArgumentException.class, () -> Coverage.of(-2, p, AgeBand.parse("65+")));
    assertEquals("users must be >= 0 in 019036: -2", e.getMessage());
  }
}
