package io.github.socialplan.indicators.spending;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

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
import java.util.Locale;
import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.quicktheories.QuickTheory;
import org.quicktheories.generators.SourceDSL;

/** {@link TerritorialComparison#coefficientOfVariation()}: rounded exactly, undefined exactly at a zero mean. */
class TerritorialComparisonVariationTest {

  private static final RoundingMode[] MODES = {RoundingMode.HALF_UP, RoundingMode.HALF_DOWN,
      RoundingMode.HALF_EVEN, RoundingMode.UP, RoundingMode.DOWN, RoundingMode.CEILING, RoundingMode.FLOOR};

  /** Comuni with the given numerators, each over the given denominator, and their exact ratios. */
  private static final class Comuni {
    final TerritorialComparison.Builder builder;
    final List<BigInteger[]> ratios = new ArrayList<>();

    private final long multiplier;
    private int added;

    Comuni(long multiplier) {
      builder = TerritorialComparison.builder(multiplier);
      this.multiplier = multiplier;
    }

    Comuni add(BigDecimal numerator, BigDecimal denominator) {
      builder.add(String.format(Locale.ROOT, "%06d", ++added), numerator, denominator);
      if (denominator.signum() != 0) {
        BigInteger[] n = ExactCoefficientOfVariation.of(numerator.multiply(BigDecimal.valueOf(multiplier)));
        BigInteger[] d = ExactCoefficientOfVariation.of(denominator);
        ratios.add(new BigInteger[] {n[0].multiply(d[1]), n[1].multiply(d[0])});
      }
      return this;
    }

    Comuni add(long numerator, long denominator) {
      return add(BigDecimal.valueOf(numerator), BigDecimal.valueOf(denominator));
    }
  }

  @Test
  void coefficientOfVariation_ofExactlyAHalfwayValue_roundsAsThatDecimal() {
    // 13 and 27 euro per resident: mean 20, deviations ±7, standard deviation 7, CV 7 / 20 = 0.35, whose
    // nearest double is 0.34999999999999997...: half-up must show 0.4
    Comuni c = new Comuni(1).add(13, 1).add(54, 2);
    ExactCoefficientOfVariation exact = ExactCoefficientOfVariation.of(c.ratios);
    assertEquals(new BigDecimal("0.4"), exact.rounded(1, RoundingMode.HALF_UP)); // the helper agrees by hand
    IndicatorValue cv = c.builder.build().coefficientOfVariation();
    assertEquals("0.4", cv.format());
    for (RoundingMode mode : MODES) {
      assertEquals(exact.rounded(1, mode), cv.rounded(1, mode), mode.toString());
    }
    assertEquals(new BigDecimal("0.35"), cv.rounded(2, RoundingMode.UNNECESSARY));
  }

  @Test
  void coefficientOfVariation_ofANegativeMean_isNegative_andRoundsEveryWayExactly() {
    // −13 and −27: the CV is −0.35 exactly; CEILING and FLOOR are not symmetric in magnitude
    Comuni c = new Comuni(1).add(-13, 1).add(-27, 1);
    IndicatorValue cv = c.builder.build().coefficientOfVariation();
    assertEquals("-0.4", cv.format());
    assertEquals(new BigDecimal("-0.3"), cv.rounded(1, RoundingMode.CEILING));
    assertEquals(new BigDecimal("-0.4"), cv.rounded(1, RoundingMode.FLOOR));
    assertEquals(new BigDecimal("-0.4"), cv.rounded(1, RoundingMode.HALF_EVEN));
    assertEquals(new BigDecimal("-0.3"), cv.rounded(1, RoundingMode.HALF_DOWN));
    ExactCoefficientOfVariation exact = ExactCoefficientOfVariation.of(c.ratios);
    for (RoundingMode mode : MODES) {
      assertEquals(exact.rounded(1, mode), cv.rounded(1, mode), mode.toString());
    }
  }

  @Test
  void coefficientOfVariation_ofAnExactlyZeroMean_isUndefined() {
    // 0.1 + 0.2 − 0.3 is 0 exactly, 5.5e-17 in doubles
    TerritorialComparison c = new Comuni(1).add(new BigDecimal("0.1"), BigDecimal.ONE)
        .add(new BigDecimal("0.2"), BigDecimal.ONE).add(new BigDecimal("-0.3"), BigDecimal.ONE).builder.build();
    IndicatorValue cv = c.coefficientOfVariation();
    assertEquals(Optional.of(UndefinedReason.ZERO_DENOMINATOR), cv.reason(), cv.toString());
  }

  @Test
  void coefficientOfVariation_ofRatiosBelowADoublesRange_isDefined() {
    // ratios 3e-400 and 5e-400 are 0 as doubles, but their mean is not 0: the CV is 1 / 4 = 0.25
    Comuni c = new Comuni(1).add(new BigDecimal("3e-400"), BigDecimal.ONE)
        .add(new BigDecimal("5e-400"), BigDecimal.ONE);
    IndicatorValue cv = c.builder.build().coefficientOfVariation();
    assertTrue(cv.isDefined(), cv.toString());
    assertEquals(ExactCoefficientOfVariation.of(c.ratios).rounded(1, RoundingMode.HALF_UP), cv.rounded());
    assertEquals(new BigDecimal("0.25"), cv.rounded(2, RoundingMode.UNNECESSARY));
    assertEquals(0.25, cv.value(), 0);
  }

  @Test
  void coefficientOfVariation_roundsAsTheExactValue_atEveryScaleAndMode() {
    // half of the cases are built around a halfway CV h = k / 200 (k odd: a tie at two decimals; k a
    // multiple of 10 and odd tenths: a tie at one decimal): pairs m (1 − h), m (1 + h) of any sign and
    // scale, each pair with its own denominator; the others are free ratios of mixed signs
    QuickTheory.qt().withFixedSeed(20261130L).withExamples(PropertyRuns.examples(400))
        .forAll(SourceDSL.longs().all(), SourceDSL.booleans().all())
        .checkAssert((seed, tie) -> {
          Random random = new Random(seed);
          long multiplier = random.nextBoolean() ? 1 : 100;
          Comuni c = new Comuni(multiplier);
          if (tie) {
            long k = 2L * random.nextInt(100) + 1;
            if (random.nextBoolean()) {
              k = 10 * k;
            }
            long p = (random.nextBoolean() ? 1 : -1) * (1 + random.nextInt(100_000));
            long q = 1 + random.nextInt(10_000);
            for (int pair = 1 + random.nextInt(4); pair > 0; pair--) {
              long f = 1 + random.nextInt(50);
              // ratio = p (200 ± k) / (q 200), numerator and denominator both times f
              c.add(p * (200 - k) * f, q * 200 * f).add(p * (200 + k) * f, q * 200 * f);
            }
          } else {
            for (int i = 1 + random.nextInt(12); i > 0; i--) {
              c.add(BigDecimal.valueOf(random.nextInt(2_000_001) - 500_000, random.nextInt(3)),
                  BigDecimal.valueOf(random.nextInt(1_000)));
            }
          }
          TerritorialComparison t = c.builder.build();
          IndicatorValue cv = t.coefficientOfVariation();
          if (c.ratios.isEmpty()) {
            assertEquals(Optional.of(UndefinedReason.NO_DATA), cv.reason());
            return;
          }
          ExactCoefficientOfVariation exact = ExactCoefficientOfVariation.of(c.ratios);
          if (exact == null) {
            assertEquals(Optional.of(UndefinedReason.ZERO_DENOMINATOR), cv.reason(), cv.toString());
            return;
          }
          assertEquals(exact.approx(), cv.value(), 1e-9 * Math.max(1, Math.abs(exact.approx())));
          for (int scale = 0; scale <= 3; scale++) {
            for (RoundingMode mode : MODES) {
              assertEquals(exact.rounded(scale, mode), cv.rounded(scale, mode),
                  mode + " at " + scale + " of " + exact.approx() + " (seed " + seed + ")");
            }
          }
          assertEquals(exact.rounded(1, RoundingMode.HALF_UP).toPlainString(), cv.format());
        });
  }
}
