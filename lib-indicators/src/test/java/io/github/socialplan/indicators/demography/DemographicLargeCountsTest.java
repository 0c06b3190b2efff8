package io.github.socialplan.indicators.demography;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.github.socialplan.core.population.Population;
import io.github.socialplan.indicators.result.IndicatorValue;
import java.math.BigDecimal;
import java.math.MathContext;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Counts the library accepts (any long for births, deaths and next year's residents)
 * that add up past a long: the sum of profiles refuses them by name and the mean population is exact,
 * instead of wrapping around to negative counts and rates.
 */
class DemographicLargeCountsTest {

  private static final long FIVE_E18 = 5_000_000_000_000_000_000L;

  @Test
  void sumOfProfiles_refusesCountsPastALong() {
    Population p = Population.builder("019036", 2014).male(30, 1000).births(FIVE_E18).build();
    DemographicProfile one = DemographicProfile.of(p);
    // 5e18 + 5e18 births: the sum wrapped around to -8446744073709551616, and the birth rate with it
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> DemographicProfile.sum("ambito", List.of(one, one)));
    assertEquals("cannot add the profile of 019036 to ambito: births add up to more than "
        + "9223372036854775807", e.getMessage());
  }

  @Test
  void birthRate_withTheLargestNextYearResidents_isExact() {
    Population p = Population.builder("019036", 2014).male(30, 1000).births(10).build();
    DemographicProfile profile = DemographicProfile.of(p).withNextYearResidents(Long.MAX_VALUE);
    // 10 births / ((1000 + 9223372036854775807) / 2) x 1000 = 20000 / 9223372036854776807, about 2.17e-15;
    // in longs the mean population wrapped to -4611686018427387404.5 and the rate was negative
    double expected = new BigDecimal(20_000).divide(new BigDecimal("9223372036854776807"), MathContext.DECIMAL128)
        .doubleValue();
    IndicatorValue rate = DemographicIndicators.birthRate(profile);
    assertEquals(expected, rate.value(), Math.ulp(expected));
  }
}
