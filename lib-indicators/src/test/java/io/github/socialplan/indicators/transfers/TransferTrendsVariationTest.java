package io.github.socialplan.indicators.transfers;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.socialplan.core.fund.FundTransfer;
import io.github.socialplan.core.money.Money;
import io.github.socialplan.core.testing.PropertyRuns;
import io.github.socialplan.indicators.result.ExactCoefficientOfVariation;
import io.github.socialplan.indicators.result.IndicatorValue;
import io.github.socialplan.indicators.result.UndefinedReason;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.quicktheories.QuickTheory;
import org.quicktheories.generators.SourceDSL;

/** The coefficients of variation of {@link TransferTrends}: rounded exactly. */
class TransferTrendsVariationTest {

  private static final RoundingMode[] MODES = {RoundingMode.HALF_UP, RoundingMode.HALF_DOWN,
      RoundingMode.HALF_EVEN, RoundingMode.UP, RoundingMode.DOWN, RoundingMode.CEILING, RoundingMode.FLOOR};

  private static TransferTrends series(List<BigDecimal> amounts) {
    List<FundTransfer> transfers = new ArrayList<>();
    for (int y = 0; y < amounts.size(); y++) {
      transfers.add(FundTransfer.of("FNPS", "x", 2010 + y, Money.of(amounts.get(y))));
    }
    return TransferTrends.of("x", transfers);
  }

  private static List<BigInteger[]> fractions(List<BigDecimal> amounts) {
    List<BigInteger[]> out = new ArrayList<>();
    for (BigDecimal a : amounts) {
      out.add(ExactCoefficientOfVariation.of(a));
    }
    return out;
  }

  @Test
  void coefficientOfVariation_ofExactlyAHalfwayValue_roundsAsThatDecimal() {
    // 13 and 27 euro: mean 20, standard deviation 7, CV 0.35 exactly, 0.34999999999999997 as a double
    List<BigDecimal> amounts = List.of(new BigDecimal("13.00"), new BigDecimal("27.00"));
    ExactCoefficientOfVariation exact = ExactCoefficientOfVariation.of(fractions(amounts));
    assertEquals(new BigDecimal("0.4"), exact.rounded(1, RoundingMode.HALF_UP));
    TransferTrends t = series(amounts);
    for (IndicatorValue cv : List.of(t.coefficientOfVariation("FNPS"), t.totalCoefficientOfVariation())) {
      assertEquals("0.4", cv.format());
      for (RoundingMode mode : MODES) {
        assertEquals(exact.rounded(1, mode), cv.rounded(1, mode), mode.toString());
      }
      assertEquals(new BigDecimal("0.35"), cv.rounded(2, RoundingMode.UNNECESSARY));
    }
  }

  @Test
  void coefficientOfVariation_ofNoTransfers_isUndefined() {
    // transfers are never negative, so the mean is 0 only when every year is 0
    TransferTrends t = series(List.of(BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO));
    assertEquals(Optional.of(UndefinedReason.ZERO_DENOMINATOR), t.coefficientOfVariation("FNPS").reason());
  }

  @Test
  void coefficientOfVariation_roundsAsTheExactValue_atEveryScaleAndMode() {
    // half of the cases are pairs of years c (200 − k) and c (200 + k) cents, CV k / 200 exactly (a tie at
    // two decimals for k odd, at one for k ten times an odd number); the others free amounts with zeros
    QuickTheory.qt().withFixedSeed(1130L).withExamples(PropertyRuns.examples(300))
        .forAll(SourceDSL.longs().all(), SourceDSL.booleans().all())
        .checkAssert((seed, tie) -> {
          Random random = new Random(seed);
          List<BigDecimal> amounts = new ArrayList<>();
          if (tie) {
            // k below 200: transfers are never negative
            long k = random.nextBoolean() ? 2L * random.nextInt(100) + 1 : 10 * (2L * random.nextInt(10) + 1);
            long cents = 1 + random.nextInt(1_000_000);
            for (int pair = 1 + random.nextInt(3); pair > 0; pair--) {
              amounts.add(BigDecimal.valueOf(cents * (200 - k), 2));
              amounts.add(BigDecimal.valueOf(cents * (200 + k), 2));
            }
          } else {
            for (int y = 1 + random.nextInt(8); y > 0; y--) {
              amounts.add(random.nextInt(4) == 0 ? BigDecimal.ZERO
                  : BigDecimal.valueOf(random.nextLong() & 0xFFFF_FFFF_FFFFL, 2));
            }
          }
          IndicatorValue cv = series(amounts).coefficientOfVariation("FNPS");
          ExactCoefficientOfVariation exact = ExactCoefficientOfVariation.of(fractions(amounts));
          if (exact == null) {
            assertEquals(Optional.of(UndefinedReason.ZERO_DENOMINATOR), cv.reason());
            return;
          }
          assertEquals(exact.approx(), cv.value(), 1e-9 * Math.max(1, exact.approx()));
          for (int scale = 0; scale <= 3; scale++) {
            for (RoundingMode mode : MODES) {
              assertEquals(exact.rounded(scale, mode), cv.rounded(scale, mode),
                  mode + " at " + scale + " of " + amounts + " (seed " + seed + ")");
            }
          }
        });
  }
}
