package io.github.socialplan.indicators.dashboard;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.github.socialplan.core.population.Population;
import io.github.socialplan.core.territory.IstatCode;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

/** The options of {@link Dashboard.Builder} at the edges of their ranges, with values worked by hand. */
class DashboardBuilderInputsTest {

  /** 200 residents: 100 aged 40, 40 aged 70, 30 aged 82, 30 aged 90. */
  private static Population comune() {
    return Population.builder("019036", 2014).female(40, 100).female(70, 40).female(82, 30).female(90, 30)
        .build();
  }

  private static String oldestOld(Dashboard.Builder b) {
    return b.population(comune()).compute().value(2014, 0, "019036", "pct_oldest_old").orElseThrow().format();
  }

  @Test
  void oldestOldFrom_setsTheThreshold_within65To100() {
    // 85+: 30 of 200 = 15 %; 80+: 60 of 200 = 30 %; 65+: 100 of 200 = 50 %; 100+: none
    assertEquals("15.0", oldestOld(Dashboard.builder()));
    assertEquals("30.0", oldestOld(Dashboard.builder().oldestOldFrom(80)));
    assertEquals("50.0", oldestOld(Dashboard.builder().oldestOldFrom(65)));
    assertEquals("0.0", oldestOld(Dashboard.builder().oldestOldFrom(100)));
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> Dashboard.builder().oldestOldFrom(64));
    assertEquals("first age of the oldest old must be in 65..100: 64", e.getMessage());
    e = assertThrows(IllegalArgumentException.class, () -> Dashboard.builder().oldestOldFrom(101));
    assertEquals("first age of the oldest old must be in 65..100: 101", e.getMessage());
  }

  @Test
  void area_ofZeroIsAccepted_negativeIsRefusedNamingTheComune() {
    IstatCode code = IstatCode.parse("019036");
    // 200 residents on 0.8 km2: 250 per km2
    assertEquals("250.0", Dashboard.builder().area(code, new BigDecimal("0.8")).population(comune()).compute()
        .value(2014, 0, "019036", "density").orElseThrow().format());
    assertEquals("n.d.", Dashboard.builder().area(code, BigDecimal.ZERO).population(comune()).compute()
        .value(2014, 0, "019036", "density").orElseThrow().format());
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> Dashboard.builder().area(code, new BigDecimal("-0.01")));
    assertEquals("area of 019036 must be >= 0 km2: -0.01", e.getMessage());
  }
}
