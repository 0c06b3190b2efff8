package io.github.socialplan.budget.projection;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.github.socialplan.core.money.Money;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Growth assumptions, a projection's years and report, and a comparison of two scenarios, on small figures
 * worked by hand in the comments; each input check with its message.
 */
class ProjectionPartsTest {

  /** FNPS 100.00 growing 10 % a year, Comuni 50.00 growing 5.00 a year, from 2015 for three years. */
  private static RevenueProjection growing() {
    return RevenueProjection.builder().lastActualYear(2014).years(3)
        .line("FNPS", Money.ofEuros(100), Growth.percentPerYear(BigDecimal.TEN))
        .line("Comuni", Money.ofEuros(50), Growth.amountPerYear(Money.ofEuros(5))).build();
  }

  @Test
  void growth_compoundsAPercent_addsAnAmount_andNeverGoesBelowZero() {
    RevenueProjection p = growing();
    assertEquals(List.of(2015, 2016, 2017), p.years());
    assertEquals(List.of("FNPS", "Comuni"), p.labels());
    // 100 * 1.1^k: 110.00, 121.00, 133.10; 50 + 5k: 55, 60, 65
    assertEquals(Money.parse("133.10"), p.amount("FNPS", 2017));
    assertEquals(Money.ofEuros(60), p.amount("Comuni", 2016));
    assertEquals(Money.parse("198.10"), p.total(2017));
    assertEquals(Money.ofEuros(165), p.total(2015));
    // -30.00 a year from 50.00: 20.00, then nothing
    RevenueProjection cut = RevenueProjection.builder().lastActualYear(2014).years(3)
        .line("FNPS", Money.ofEuros(50), Growth.amountPerYear(Money.ofEuros(-30))).build();
    assertEquals(Money.ofEuros(20), cut.amount("FNPS", 2015));
    assertEquals(Money.ZERO, cut.amount("FNPS", 2016));
    // -100 % is allowed and leaves nothing
    RevenueProjection gone = RevenueProjection.builder().lastActualYear(2014).years(1)
        .line("FNPS", Money.ofEuros(50), Growth.percentPerYear(BigDecimal.valueOf(-100))).build();
    assertEquals(Money.ZERO, gone.amount("FNPS", 2015));
    RevenueProjection flat = RevenueProjection.builder().lastActualYear(2014).years(2)
        .line("FNPS", Money.parse("33.33"), Growth.constant()).build();
    assertEquals(Money.parse("33.33"), flat.amount("FNPS", 2016));
  }

  @Test
  void growth_equalityAndText() {
    assertEquals(Growth.percentPerYear(new BigDecimal("2.5")), Growth.percentPerYear(new BigDecimal("2.50")));
    assertEquals(Growth.percentPerYear(new BigDecimal("2.5")).hashCode(),
        Growth.percentPerYear(new BigDecimal("2.50")).hashCode());
    assertNotEquals(Growth.percentPerYear(new BigDecimal("2.5")), Growth.percentPerYear(new BigDecimal("2.6")));
    assertNotEquals(Growth.percentPerYear(BigDecimal.ZERO), Growth.amountPerYear(Money.ZERO));
    assertNotEquals(Growth.percentPerYear(BigDecimal.ZERO).hashCode(), Growth.amountPerYear(Money.ZERO).hashCode());
    assertNotEquals(Growth.amountPerYear(Money.ofEuros(1)), Growth.amountPerYear(Money.ofEuros(2)));
    assertEquals(Growth.constant(), Growth.percentPerYear(BigDecimal.ZERO));
    assertNotEquals(Growth.constant(), null);
    assertNotEquals(Growth.constant(), "0% a year");
    assertEquals("2.5% a year", Growth.percentPerYear(new BigDecimal("2.5")).toString());
    assertEquals("-5.00 a year", Growth.amountPerYear(Money.ofEuros(-5)).toString());
    assertEquals("growth must be >= -100% a year: -100.01", assertThrows(IllegalArgumentException.class,
        () -> Growth.percentPerYear(new BigDecimal("-100.01"))).getMessage());
  }

  @Test
  void projection_refusesEachBadInputNamingIt() {
    assertEquals("years to project must be >= 1: 0", assertThrows(IllegalArgumentException.class,
        () -> RevenueProjection.builder().years(0)).getMessage());
    assertEquals("rounding UNNECESSARY cannot round projected amounts", assertThrows(IllegalArgumentException.class,
        () -> RevenueProjection.builder().rounding(RoundingMode.UNNECESSARY)).getMessage());
    assertEquals("last actual of 'FNPS' must be >= 0: -0.01", assertThrows(IllegalArgumentException.class,
        () -> RevenueProjection.builder().line("FNPS", Money.parse("-0.01"), Growth.constant())).getMessage());
    assertEquals("line 'FNPS' is given twice", assertThrows(IllegalArgumentException.class,
        () -> RevenueProjection.builder().line("FNPS", Money.ZERO, Growth.constant())
            .line("FNPS", Money.ZERO, Growth.constant())).getMessage());
    assertEquals("a projection needs the last actual year and the years to project",
        assertThrows(IllegalArgumentException.class, () -> RevenueProjection.builder().years(2).build()).getMessage());
    assertEquals("a projection needs the last actual year and the years to project",
        assertThrows(IllegalArgumentException.class, () -> RevenueProjection.builder().lastActualYear(2014).build())
            .getMessage());
    RevenueProjection p = growing();
    assertEquals("no projected line 'FSR'",
        assertThrows(IllegalArgumentException.class, () -> p.amount("FSR", 2015)).getMessage());
    assertEquals("2014 is not projected: the projection covers 2015-2017",
        assertThrows(IllegalArgumentException.class, () -> p.total(2014)).getMessage());
    assertEquals("2018 is not projected: the projection covers 2015-2017",
        assertThrows(IllegalArgumentException.class, () -> p.amount("FNPS", 2018)).getMessage());
    // a projection of one year with no line
    RevenueProjection empty = RevenueProjection.builder().lastActualYear(2020).years(1).build();
    assertEquals(Money.ZERO, empty.total(2021));
  }

  @Test
  void projection_whoseYearsLeave1To9999_isRefused_neverWrappedRoundToNegativeYears() {
    // from Integer.MAX_VALUE the projected years were -2147483648 and -2147483647
    assertEquals("the projected years must be in 1..9999: 2 years after 2147483647 reach 2147483649",
        assertThrows(IllegalArgumentException.class, () -> RevenueProjection.builder()
            .lastActualYear(Integer.MAX_VALUE).years(2).build()).getMessage());
    assertEquals("the projected years must be in 1..9999: 3 years after 9998 reach 10001",
        assertThrows(IllegalArgumentException.class, () -> RevenueProjection.builder()
            .lastActualYear(9_998).years(3).build()).getMessage());
    assertEquals("the projected years must be in 1..9999: 1 years after -1 reach 0",
        assertThrows(IllegalArgumentException.class, () -> RevenueProjection.builder()
            .lastActualYear(-1).years(1).build()).getMessage());
    // the first and the last years that can be
    assertEquals(List.of(1), RevenueProjection.builder().lastActualYear(0).years(1).build().years());
    assertEquals(List.of(9_998, 9_999), RevenueProjection.builder().lastActualYear(9_997).years(2).build().years());
  }

  @Test
  void aProjectedAmountPastTheLargestMoney_isRefusedNamingTheLineAndTheYear() {
    // 5 × 10^29 doubling: 10^30 in 2015, 31 integer digits; the message named neither the line nor the year
    assertEquals("line 'FNPS' in 2015: money out of range (more than 30 integer digits): "
        + "1000000000000000000000000000000.0000", assertThrows(IllegalArgumentException.class,
            () -> RevenueProjection.builder().lastActualYear(2014).years(3)
                .line("FNPS", Money.of(new BigDecimal("5e29")), Growth.percentPerYear(new BigDecimal("100")))
                .build()).getMessage());
  }

  @Test
  void projection_report_hasAColumnPerYearAndARowPerLinePlusTheTotal() {
    String[] rows = growing().report().split("\n");
    assertEquals(4, rows.length);
    assertEquals(List.of("line", "2015", "2016", "2017"), List.of(rows[0].split(" +")));
    assertEquals(List.of("FNPS", "110.00", "121.00", "133.10"), List.of(rows[1].split(" +")));
    assertEquals(List.of("Comuni", "55.00", "60.00", "65.00"), List.of(rows[2].split(" +")));
    assertEquals(List.of("total", "165.00", "181.00", "198.10"), List.of(rows[3].split(" +")));
  }

  @Test
  void comparison_ofTwoScenarios_givesEachDifferenceAndTheirReport() {
    // the second scenario has no Comuni line and an FSR line of 10.00 a year
    RevenueProjection second = RevenueProjection.builder().lastActualYear(2014).years(3)
        .line("FNPS", Money.ofEuros(100), Growth.constant())
        .line("FSR", Money.ofEuros(10), Growth.constant()).build();
    ScenarioComparison c = ScenarioComparison.of("growth", growing(), "flat", second);
    assertEquals(List.of("FNPS", "Comuni", "FSR"), c.labels());
    assertEquals(List.of(2015, 2016, 2017), c.years());
    // FNPS 2016: 100 - 121 = -21; Comuni 2015: 0 - 55; FSR: 10 - 0
    assertEquals(Money.ofEuros(-21), c.difference("FNPS", 2016));
    assertEquals(Money.ofEuros(-55), c.difference("Comuni", 2015));
    assertEquals(Money.ofEuros(10), c.difference("FSR", 2017));
    // totals 2017: 110 against 198.10
    assertEquals(Money.parse("-88.10"), c.totalDifference(2017));
    assertEquals("no line 'ADI' in either scenario",
        assertThrows(IllegalArgumentException.class, () -> c.difference("ADI", 2015)).getMessage());
    String[] rows = c.report().split("\n");
    assertEquals(1 + 3 * 3 + 3, rows.length);
    assertEquals(List.of("line", "year", "growth", "flat", "difference"), List.of(rows[0].split(" +")));
    assertEquals(List.of("Comuni", "2015", "55.00", "0.00", "-55.00"), List.of(rows[4].split(" +")));
    assertEquals(List.of("total", "2017", "198.10", "110.00", "-88.10"), List.of(rows[12].split(" +")));
    RevenueProjection twoYears = RevenueProjection.builder().lastActualYear(2014).years(2).build();
    assertEquals("scenarios cover different years: growth [2015, 2016, 2017], short [2015, 2016]",
        assertThrows(IllegalArgumentException.class, () -> ScenarioComparison.of("growth", growing(), "short",
            twoYears)).getMessage());
  }
}
