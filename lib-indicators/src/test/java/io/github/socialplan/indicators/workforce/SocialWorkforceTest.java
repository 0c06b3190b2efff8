package io.github.socialplan.indicators.workforce;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.socialplan.core.money.Money;
import io.github.socialplan.core.testing.ReferenceTable;
import io.github.socialplan.indicators.result.DisplayFormat;
import io.github.socialplan.indicators.result.IndicatorValue;
import io.github.socialplan.indicators.result.UndefinedReason;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class SocialWorkforceTest {

  private static final long RESIDENTS = Long.parseLong(ReferenceTable.fact("residents_2014"));
  private static final BigDecimal FTE = new BigDecimal(ReferenceTable.fact("social_workers_fte"));

  @Test
  void residentsPerSocialWorker_ofCremona_isAbout5300() {
    IndicatorValue v = SocialWorkforce.residentsPerSocialWorker(RESIDENTS, FTE);
    assertEquals("5284.3", v.format()); // 158,529 / 30
    assertEquals(ReferenceTable.fact("residents_per_social_worker"), v.format(DisplayFormat.DEFAULT.withScale(-2)));
    assertFalse(SocialWorkforce.meetsEssentialLevel(RESIDENTS, FTE));
    assertEquals(ReferenceTable.fact("standard_residents_per_social_worker"),
        Long.toString(SocialWorkforce.ESSENTIAL_LEVEL_RESIDENTS));
  }

  @Test
  void fte_ofCremonaHours_isAbout30_with1800HoursPerFte() {
    // 53,500 hours a year; with 1,800 contractual hours per full-time worker (36 h × 50 weeks) = 29.7
    IndicatorValue v = SocialWorkforce.fte(new BigDecimal(ReferenceTable.fact("social_worker_hours_per_year")),
        new BigDecimal("1800"));
    assertEquals("29.7", v.format());
    assertEquals(ReferenceTable.fact("social_workers_fte"), v.format(DisplayFormat.DEFAULT.withScale(0)));
  }

  @Test
  void essentialLevel_isOneWorkerPer5000() {
    assertEquals(new BigDecimal("31.7058"), SocialWorkforce.workersForEssentialLevel(RESIDENTS));
    assertTrue(SocialWorkforce.meetsEssentialLevel(10_000, new BigDecimal("2")));
    assertFalse(SocialWorkforce.meetsEssentialLevel(10_001, new BigDecimal("2")));
    assertTrue(SocialWorkforce.meetsEssentialLevel(0, BigDecimal.ZERO));
  }

  @Test
  void contribution_ofCremona_is40000PerWorkerBeyond1to6500() {
    Money c = SocialWorkforce.essentialLevelContribution(RESIDENTS, FTE, RoundingMode.HALF_UP);
    // 40,000 × (30 − 158,529 / 6,500) computed independently with 40 digits
    BigDecimal expected = new BigDecimal("40000").multiply(
        FTE.subtract(BigDecimal.valueOf(RESIDENTS).divide(new BigDecimal("6500"), new MathContext(40))))
        .setScale(2, RoundingMode.HALF_UP);
    assertEquals(expected, c.amount());
    assertEquals(new BigDecimal("224436.92"), c.amount());
  }

  @Test
  void contribution_handExamples_ofTheTwoTiers() {
    // 65,000 residents: thresholds 10 (1:6,500), 13 (1:5,000), 16.25 (1:4,000) workers
    assertEquals(Money.ZERO, SocialWorkforce.essentialLevelContribution(65_000, new BigDecimal("9"), RoundingMode.HALF_UP));
    assertEquals(Money.ZERO, SocialWorkforce.essentialLevelContribution(65_000, new BigDecimal("10"), RoundingMode.HALF_UP));
    assertEquals(Money.ofEuros(80_000),
        SocialWorkforce.essentialLevelContribution(65_000, new BigDecimal("12"), RoundingMode.HALF_UP));
    assertEquals(Money.ofEuros(120_000),
        SocialWorkforce.essentialLevelContribution(65_000, new BigDecimal("13"), RoundingMode.HALF_UP));
    // 3 × 40,000 + 2 × 20,000
    assertEquals(Money.ofEuros(160_000),
        SocialWorkforce.essentialLevelContribution(65_000, new BigDecimal("15"), RoundingMode.HALF_UP));
    // capped at 1:4,000: 3 × 40,000 + 3.25 × 20,000
    assertEquals(Money.ofEuros(185_000),
        SocialWorkforce.essentialLevelContribution(65_000, new BigDecimal("20"), RoundingMode.HALF_UP));
    // half a worker earns half: 10.5 FTE
    assertEquals(Money.ofEuros(20_000),
        SocialWorkforce.essentialLevelContribution(65_000, new BigDecimal("10.5"), RoundingMode.HALF_UP));
  }

  @Test
  void contribution_roundsOnceWithTheGivenMode() {
    // 1 resident, 1 worker: 40,000 × (1/5000 − 1/6500) + 20,000 × (1/4000 − 1/5000) = 1.846153... + 1
    assertEquals(new BigDecimal("2.85"),
        SocialWorkforce.essentialLevelContribution(1, BigDecimal.ONE, RoundingMode.HALF_UP).amount());
    assertEquals(new BigDecimal("2.84"),
        SocialWorkforce.essentialLevelContribution(1, BigDecimal.ONE, RoundingMode.DOWN).amount());
  }

  @Test
  void undefinedCases_andBadInputs() {
    assertEquals(Optional.of(UndefinedReason.ZERO_DENOMINATOR),
        SocialWorkforce.residentsPerSocialWorker(100, BigDecimal.ZERO).reason());
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> SocialWorkforce.fte(new BigDecimal("-1"), new BigDecimal("1800")));
    assertTrue(e.getMessage().contains("-1"), e.getMessage());
    e = assertThrows(IllegalArgumentException.class,
        () -> SocialWorkforce.fte(BigDecimal.TEN, BigDecimal.ZERO));
    assertTrue(e.getMessage().contains("0"), e.getMessage());
    e = assertThrows(IllegalArgumentException.class,
        () -> SocialWorkforce.residentsPerSocialWorker(-7, BigDecimal.ONE));
    assertTrue(e.getMessage().contains("-7"), e.getMessage());
    e = assertThrows(IllegalArgumentException.class,
        () -> SocialWorkforce.essentialLevelContribution(7, new BigDecimal("-0.5"), RoundingMode.HALF_UP));
    assertTrue(e.getMessage().contains("-0.5"), e.getMessage());
  }

  @Test
  void negativeResidents_areRefused_inEveryCalculation() {
    String message = "residents must be >= 0: -1";
    assertEquals(message, assertThrows(IllegalArgumentException.class,
        () -> SocialWorkforce.workersForEssentialLevel(-1)).getMessage());
    assertEquals(message, assertThrows(IllegalArgumentException.class,
        () -> SocialWorkforce.residentsPerSocialWorker(-1, BigDecimal.ONE)).getMessage());
    assertEquals("social-worker FTE must be >= 0: -0.5", assertThrows(IllegalArgumentException.class,
        () -> SocialWorkforce.meetsEssentialLevel(5_000, new BigDecimal("-0.5"))).getMessage());
    // one worker for 5,000 residents: 0 residents need none
    assertEquals(0, SocialWorkforce.workersForEssentialLevel(0).signum());
  }
}
