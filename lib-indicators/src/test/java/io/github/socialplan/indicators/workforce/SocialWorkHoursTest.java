package io.github.socialplan.indicators.workforce;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.socialplan.core.io.ComuneResidents;
import io.github.socialplan.core.io.ComuniList;
import io.github.socialplan.core.io.ComuniListReader;
import io.github.socialplan.core.testing.ReferenceFiles;
import io.github.socialplan.core.testing.ReferenceTable;
import io.github.socialplan.indicators.result.IndicatorValue;
import io.github.socialplan.indicators.result.UndefinedReason;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Social-work hours per comune. The plan (Piano di Zona 2015-2017 dell'Ambito di Cremona, §4.2.3, note 10)
 * publishes only their distribution, not the hours of each comune: the hours here are an illustrative
 * split of the 47 comuni that agrees with it (19 comuni at 4 hours, 13 at 8, 14 at 15.4, Cremona 633.25),
 * and the test checks that the library reads the published figures back from it, with the real 2022
 * residents of the comuni.
 */
class SocialWorkHoursTest {

  private static final String CREMONA = "019036";

  private static BigDecimal fact(String name) {
    return new BigDecimal(ReferenceTable.read("cremona-facts.csv").row(name).get("value"));
  }

  @Test
  void theIllustrativeHours_giveThePlansDistribution_andMoreThan7000ResidentsPerWorkerOutsideCremona()
      throws IOException {
    ComuniList zona = ComuniListReader
        .columns("istat_code", "municipality", "population_2022", "population_F", "population_M")
        .withTotalRow("name_in_list", "TOTAL")
        .read(ReferenceFiles.path("real/cremona-zona-omogenea-47-comuni-2022.csv"));
    Map<String, BigDecimal> hours = new LinkedHashMap<>();
    Map<String, Long> residents = new LinkedHashMap<>();
    int i = 0;
    for (ComuneResidents c : zona.comuni()) {
      String code = c.code().value();
      residents.put(code, c.total());
      if (code.equals(CREMONA)) {
        hours.put(code, new BigDecimal("633.25"));
      } else {
        hours.put(code, new BigDecimal(i < 19 ? "4" : i < 32 ? "8" : "15.4"));
        i++;
      }
    }
    SocialWorkHours h = SocialWorkHours.of(hours);
    int below10 = h.countBelow(BigDecimal.TEN);
    int atMost5 = h.countAtMost(new BigDecimal("5"));
    IndicatorValue average = h.averageHours(Set.of(CREMONA));
    BigDecimal yearly = h.totalHours(Set.of()).multiply(BigDecimal.valueOf(52));
    BigDecimal hoursPerFte = fact("social_worker_hours_per_year")
        .divide(fact("social_workers_fte"), 10, RoundingMode.HALF_EVEN);
    IndicatorValue outside = h.residentsPerWorker(residents, Set.of(CREMONA), hoursPerFte, 52);
    IndicatorValue all = h.residentsPerWorker(residents, Set.of(), hoursPerFte, 52);
    System.out.printf("47 comuni: %d below 10 h/week, %d at most 5 h/week, average outside Cremona %s h/week,"
        + " %s h/year in all; residents per social worker (2022 residents): %s outside Cremona, %s in all%n",
        below10, atMost5, average.format(), yearly.toPlainString(), outside.format(),
        all.format());

    assertEquals(47, zona.comuni().size());
    assertEquals(fact("comuni_in_ambito").intValueExact(), hours.size());
    assertEquals(fact("comuni_under_10_weekly_hours").intValueExact(), below10);
    assertEquals(fact("comuni_at_most_5_weekly_hours").intValueExact(), atMost5);
    assertEquals(fact("mean_weekly_social_worker_hours_per_comune_excluding_cremona"),
        average.rounded(0, RoundingMode.HALF_UP));
    assertEquals(fact("social_worker_hours_per_year"), yearly.setScale(-2, RoundingMode.HALF_UP).setScale(0));
    assertTrue(outside.value() > fact("residents_per_social_worker_excluding_cremona").doubleValue(),
        outside.toString());
  }

  @Test
  void negativeHours_areRejectedNamingTheComune() {
    assertEquals("weekly social-work hours of comune 019001 must be >= 0: -2",
        assertThrows(IllegalArgumentException.class,
            () -> SocialWorkHours.of(Map.of("019001", new BigDecimal("-2")))).getMessage());
    SocialWorkHours h = SocialWorkHours.of(Map.of("019001", BigDecimal.ONE));
    assertEquals("residents of comune 019001 must be given, >= 0: null",
        assertThrows(IllegalArgumentException.class,
            () -> h.residentsPerWorker(Map.of(), Set.of(), BigDecimal.TEN, 52)).getMessage());
    assertTrue(h.averageHours(Set.of("019001")).reason().isPresent());
  }

  /** Three comuni of 0, 5 and 10 hours a week, worked by hand. */
  private static SocialWorkHours three() {
    Map<String, BigDecimal> hours = new LinkedHashMap<>();
    hours.put("019001", BigDecimal.ZERO);
    hours.put("019002", new BigDecimal("5"));
    hours.put("019003", new BigDecimal("10"));
    return SocialWorkHours.of(hours);
  }

  @Test
  void threeComuni_countsAtTheLimits_averages_andResidentsPerWorker() {
    SocialWorkHours h = three();
    assertEquals(List.of("019001", "019002", "019003"), List.copyOf(h.weeklyHours().keySet()));
    assertEquals(1, h.countBelow(new BigDecimal("5")));
    assertEquals(2, h.countAtMost(new BigDecimal("5")));
    assertEquals(2, h.countBelow(new BigDecimal("5.01")));
    assertEquals(0, h.countBelow(BigDecimal.ZERO));
    assertEquals(1, h.countAtMost(BigDecimal.ZERO));
    assertEquals(new BigDecimal("15"), h.totalHours(Set.of()));
    assertEquals(IndicatorValue.ratio(15, 3, 1, "x"), h.averageHours(Set.of()));
    assertEquals(IndicatorValue.ratio(15, 2, 1, "x"), h.averageHours(Set.of("019001")));
    assertEquals(IndicatorValue.undefined(UndefinedReason.NO_DATA,
        "no comuni left after excluding [019001, 019002, 019003]"),
        h.averageHours(new java.util.TreeSet<>(Set.of("019001", "019002", "019003"))));
    assertEquals("SocialWorkHours[3 comuni, 15 h/week]", h.toString());
    // 1,000 residents in all, 15 h a week for 52 weeks, 1,560 h a year per FTE:
    // 1,000 / (15 × 52 / 1,560) = 1,000 / 0.5 = 2,000 residents per worker
    Map<String, Long> residents = Map.of("019001", 100L, "019002", 300L, "019003", 600L);
    IndicatorValue all = h.residentsPerWorker(residents, Set.of(), new BigDecimal("1560"), 52);
    assertEquals(new BigDecimal("2000.0"), all.rounded());
    // without the comune of 0 hours (and its residents, so a negative count of them is never read): 900 / 0.5
    Map<String, Long> withNegative = new java.util.HashMap<>(residents);
    withNegative.put("019001", -1L);
    assertEquals(new BigDecimal("1800.0"),
        h.residentsPerWorker(withNegative, Set.of("019001"), new BigDecimal("1560"), 52).rounded());
    // the limits of the weeks: 1 and 53
    assertEquals(new BigDecimal("104000.0"), h.residentsPerWorker(residents, Set.of(), new BigDecimal("1560"), 1)
        .rounded());
    assertEquals(new BigDecimal("1962.3"), h.residentsPerWorker(residents, Set.of(), new BigDecimal("1560"), 53)
        .rounded()); // 1,560,000 / 795
    // no hours at all: undefined, not infinite
    assertEquals(UndefinedReason.ZERO_DENOMINATOR, h.residentsPerWorker(residents, Set.of("019002", "019003"),
        new BigDecimal("1560"), 52).reason().orElseThrow());
  }

  @Test
  void excludingAComuneThatHasNoHours_isRefused_notTheAverageOfAllTheComuni() {
    SocialWorkHours h = three();
    Map<String, Long> residents = Map.of("019001", 100L, "019002", 300L, "019003", 600L);
    // "19001" for 019001, its leading zero lost: the average would be 15 / 3 = 5.0, not 15 / 2 = 7.5
    String refused = "excluded comune '19001' has no social-work hours: it is not one of the 3 comuni";
    assertEquals(refused, assertThrows(IllegalArgumentException.class,
        () -> h.averageHours(Set.of("19001"))).getMessage());
    assertEquals(refused, assertThrows(IllegalArgumentException.class,
        () -> h.totalHours(Set.of("19001"))).getMessage());
    assertEquals(refused, assertThrows(IllegalArgumentException.class,
        () -> h.residentsPerWorker(residents, Set.of("19001"), new BigDecimal("1560"), 52)).getMessage());
    assertEquals(new BigDecimal("7.5"), h.averageHours(Set.of("019001")).rounded());
  }

  @Test
  void badArguments_areRefused_namingThem() {
    SocialWorkHours h = three();
    Map<String, Long> residents = Map.of("019001", 100L, "019002", 300L, "019003", 600L);
    String bounds = "the yearly hours of one FTE must be > 0 and the weeks a year in 1..53: ";
    assertEquals(bounds + "0, 52", assertThrows(IllegalArgumentException.class,
        () -> h.residentsPerWorker(residents, Set.of(), BigDecimal.ZERO, 52)).getMessage());
    assertEquals(bounds + "-1, 52", assertThrows(IllegalArgumentException.class,
        () -> h.residentsPerWorker(residents, Set.of(), new BigDecimal("-1"), 52)).getMessage());
    assertEquals(bounds + "1560, 0", assertThrows(IllegalArgumentException.class,
        () -> h.residentsPerWorker(residents, Set.of(), new BigDecimal("1560"), 0)).getMessage());
    assertEquals(bounds + "1560, 54", assertThrows(IllegalArgumentException.class,
        () -> h.residentsPerWorker(residents, Set.of(), new BigDecimal("1560"), 54)).getMessage());
    Map<String, Long> negative = new java.util.HashMap<>(residents);
    negative.put("019002", -1L);
    assertEquals("residents of comune 019002 must be given, >= 0: -1", assertThrows(IllegalArgumentException.class,
        () -> h.residentsPerWorker(negative, Set.of(), new BigDecimal("1560"), 52)).getMessage());
    // no resident is as valid as many
    Map<String, Long> none = Map.of("019001", 0L, "019002", 0L, "019003", 0L);
    assertEquals(new BigDecimal("0.0"), h.residentsPerWorker(none, Set.of(), new BigDecimal("1560"), 52).rounded());
    assertEquals("no comuni: social-work hours need at least one comune",
        assertThrows(IllegalArgumentException.class, () -> SocialWorkHours.of(Map.of())).getMessage());
    // zero hours are allowed: a comune without social work
    assertEquals(BigDecimal.ZERO, SocialWorkHours.of(Map.of("019001", BigDecimal.ZERO)).totalHours(Set.of()));
  }
}
