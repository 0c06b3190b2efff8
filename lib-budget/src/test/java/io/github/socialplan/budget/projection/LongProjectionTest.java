package io.github.socialplan.budget.projection;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import io.github.socialplan.core.money.Money;
import java.math.BigDecimal;
import java.math.RoundingMode;
import org.junit.jupiter.api.Test;

/**
 * Projections over thousands of years and to the edge of the range of money: each amount is the exact
 * {@code a * (1 + p/100)^k} rounded once, and one past the range is refused naming the line and the year.
 * Reference values: Python's exact fractions.
 */
class LongProjectionTest {

  private static final long SEED = 20_150_101L;

  @Test
  void nineThousandYearsAtTwoPercent_areRefusedAtTheYearThatPassesTheRangeOfMoney() {
    // 100 * 1.02^3255 = 9.85e29 < 10^30 <= 100 * 1.02^3256 = 1.004984252795283188...e30: 999 + 3256 = 4255
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> RevenueProjection.builder()
        .lastActualYear(999).years(9_000)
        .line("FNPS", Money.ofEuros(100), Growth.percentPerYear(new BigDecimal("2"))).build());
    assertEquals("line 'FNPS' in 4255: money out of range (more than 30 integer digits): at least "
        + "1.004984252E+30", e.getMessage());
  }

  @Test
  void nineThousandYearsAtMinusTwoPercent_shrinkToNothing() {
    RevenueProjection p = RevenueProjection.builder().lastActualYear(999).years(9_000)
        .line("FNPS", Money.ofEuros(100), Growth.percentPerYear(new BigDecimal("-2"))).build();
    // 100 * 0.98^k: 98; 13.2619555...; 0.0050208... (half-even: 0.01); 0.0049204...; 1.08e-77
    assertEquals(Money.ofEuros(98), p.amount("FNPS", 1000));
    assertEquals(Money.parse("13.26"), p.amount("FNPS", 1099));
    assertEquals(Money.parse("0.01"), p.amount("FNPS", 1489));
    assertEquals(Money.ZERO, p.amount("FNPS", 1490));
    assertEquals(Money.ZERO, p.amount("FNPS", 9999));
  }

  @Test
  void aTinyGrowthOverNineThousandYears_isComputed() {
    // 1.00 at 10^-28 % a year: 1 + 9999 * 10^-30 and less than 10^-52 more, so 1.00 whatever the rounding up
    // to the half cent; CEILING rounds the tiny excess up to 1.01
    RevenueProjection p = RevenueProjection.builder().lastActualYear(0).years(9_999).rounding(RoundingMode.CEILING)
        .line("FNPS", Money.ofEuros(1), Growth.percentPerYear(new BigDecimal("1e-28"))).build();
    assertEquals(Money.parse("1.01"), p.amount("FNPS", 9_999));
    RevenueProjection even = RevenueProjection.builder().lastActualYear(0).years(9_999)
        .line("FNPS", Money.ofEuros(1), Growth.percentPerYear(new BigDecimal("1e-28"))).build();
    assertEquals(Money.ofEuros(1), even.amount("FNPS", 9_999));
  }

  @Test
  void everyAmount_isTheExactPowerRoundedOnce() {
    // the reference: BigDecimal's exact power, rounded once with each mode
    qt().withFixedSeed(SEED).withExamples(150)
        .forAll(longs().between(0, 10_000_000_000L), integers().between(-10_000, 5_000),
            integers().between(0, 4), integers().between(1, 120))
        .checkAssert((cents, percentTimes100, scaleExtra, k) -> {
          BigDecimal percent = BigDecimal.valueOf(percentTimes100, 2 + scaleExtra).max(BigDecimal.valueOf(-100));
          Money last = Money.ofCents(cents);
          BigDecimal exact = last.amount().multiply(BigDecimal.ONE.add(percent.movePointLeft(2)).pow(k));
          for (RoundingMode mode : new RoundingMode[] {RoundingMode.HALF_EVEN, RoundingMode.HALF_UP,
              RoundingMode.HALF_DOWN, RoundingMode.FLOOR, RoundingMode.CEILING}) {
            if (exact.compareTo(BigDecimal.TEN.pow(30)) >= 0) {
              continue;
            }
            RevenueProjection p = RevenueProjection.builder().lastActualYear(2000).years(k).rounding(mode)
                .line("L", last, Growth.percentPerYear(percent)).build();
            assertEquals(Money.rounded(exact, mode), p.amount("L", 2000 + k),
                last + " at " + percent.toPlainString() + "% for " + k + " years, " + mode);
          }
        });
  }

  @Test
  void anAmountPerYearPastTheRangeOfMoney_isRefusedNamingTheLineAndTheYear() {
    // 5 × 10^29 plus 3 × 10^29 a year: 8 × 10^29 in 2015, 1.1 × 10^30 in 2016
    assertEquals("line 'FNPS' in 2016: money out of range (more than 30 integer digits): "
        + "1100000000000000000000000000000.00", assertThrows(IllegalArgumentException.class,
            () -> RevenueProjection.builder().lastActualYear(2014).years(2)
                .line("FNPS", Money.of(new BigDecimal("5e29")), Growth.amountPerYear(Money.of(new BigDecimal("3e29"))))
                .build()).getMessage());
    // shrinking far below zero is not past the range: the line stays at zero
    RevenueProjection cut = RevenueProjection.builder().lastActualYear(2014).years(2)
        .line("FNPS", Money.ofEuros(1), Growth.amountPerYear(Money.of(new BigDecimal("-9e29")))).build();
    assertEquals(Money.ZERO, cut.amount("FNPS", 2016));
  }

  @Test
  void aYearWhoseTotalPassesTheRangeOfMoney_isRefusedNamingTheYear() {
    // two lines of 6 × 10^29: each in range, their total 1.2 × 10^30 is not
    assertEquals("total of 2015: money out of range (more than 30 integer digits): "
        + "1200000000000000000000000000000.00", assertThrows(IllegalArgumentException.class,
            () -> RevenueProjection.builder().lastActualYear(2014).years(1)
                .line("FNPS", Money.of(new BigDecimal("6e29")), Growth.constant())
                .line("FNA", Money.of(new BigDecimal("6e29")), Growth.constant()).build()).getMessage());
  }
}
