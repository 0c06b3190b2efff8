package io.github.socialplan.indicators.spending;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.socialplan.core.money.Money;
import io.github.socialplan.core.testing.PropertyRuns;
import io.github.socialplan.indicators.result.UndefinedReason;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.quicktheories.QuickTheory;
import org.quicktheories.generators.SourceDSL;

class TerritorialComparisonTest {

  /** Three comuni at 30, 164 and 71 euro per resident, the range and mean of DOMAIN.md §4. */
  private static TerritorialComparison threeComuni() {
    return TerritorialComparison.builder(1)
        .add("019003", Money.ofEuros(142_000), 2_000) // 71
        .add("019001", Money.ofEuros(30_000), 1_000)  // 30
        .add("019002", Money.ofEuros(82_000), 500)    // 164
        .build();
  }

  @Test
  void ratioOfTotals_andMeanOfRatios_areKeptApart() {
    TerritorialComparison c = threeComuni();
    // 254,000 / 3,500 = 72.571...; (30 + 164 + 71) / 3 = 88.333...
    assertEquals("72.6", c.ratioOfTotals().format());
    assertEquals("88.3", c.meanOfRatios().format());
    assertEquals("30.0", c.min().format());
    assertEquals("164.0", c.max().format());
    assertEquals(Optional.of("019001"), c.minTerritory());
    assertEquals(Optional.of("019002"), c.maxTerritory());
    assertEquals(List.of("019001", "019002", "019003"), c.territories());
  }

  @Test
  void classJavadocExample_showsWhatItsCommentsSay() {
    TerritorialComparison perCapita = TerritorialComparison.builder(1)
        .add("019001", Money.ofEuros(30_000), 1_000)
        .add("019002", Money.ofEuros(82_000), 500)
        .build();
    assertEquals("74.7", perCapita.ratioOfTotals().format()); // 112,000 / 1,500 = 74.666...
    assertEquals("97.0", perCapita.meanOfRatios().format()); // (30 + 164) / 2
  }

  @Test
  void coefficientOfVariationAndGini_matchTheirDefinitions() {
    TerritorialComparison c = threeComuni();
    double[] r = {30, 164, 71};
    double mean = (30 + 164 + 71) / 3.0;
    double ss = 0;
    double pairs = 0;
    for (double a : r) {
      ss += (a - mean) * (a - mean);
      for (double b : r) {
        pairs += Math.abs(a - b);
      }
    }
    assertEquals(Math.sqrt(ss / 3) / mean, c.coefficientOfVariation().value(), 1e-12);
    assertEquals(pairs / (2 * 3 * (30 + 164 + 71)), c.gini().value(), 1e-12); // 536 / 1590
    assertEquals(new BigDecimal("0.337"), c.gini().rounded(3, RoundingMode.HALF_UP));
  }

  @Test
  void coefficientOfVariation_ofEightComuni_isTheValueWorkedByHand() {
    // ratios 2, 4, 4, 4, 5, 5, 7, 9 (each comune's spending over 10 residents): mean 40 / 8 = 5;
    // squared deviations 9 + 1 + 1 + 1 + 0 + 0 + 4 + 16 = 32; population variance 32 / 8 = 4,
    // standard deviation 2; coefficient of variation 2 / 5 = 0.4
    int[] ratios = {2, 4, 4, 4, 5, 5, 7, 9};
    TerritorialComparison.Builder b = TerritorialComparison.builder(1);
    for (int i = 0; i < ratios.length; i++) {
      b.add("01900" + (i + 1), Money.ofEuros(ratios[i] * 10L), 10);
    }
    TerritorialComparison c = b.build();
    assertEquals(5.0, c.meanOfRatios().value(), 1e-15);
    assertEquals(0.4, c.coefficientOfVariation().value(), 1e-15);
  }

  @Test
  void gini_ofEqualValuesIs0_andOfAllInOneIsNMinus1OverN() {
    TerritorialComparison equal = TerritorialComparison.builder(1)
        .add("a", Money.ofEuros(10), 1).add("b", Money.ofEuros(20), 2).build();
    assertEquals(0.0, equal.gini().value(), 1e-15);
    assertEquals(0.0, equal.coefficientOfVariation().value(), 1e-15);
    TerritorialComparison oneHasAll = TerritorialComparison.builder(1)
        .add("a", Money.ofEuros(0), 1).add("b", Money.ofEuros(0), 1).add("c", Money.ofEuros(9), 1)
        .add("d", Money.ofEuros(0), 1).build();
    assertEquals(0.75, oneHasAll.gini().value(), 1e-15);
  }

  @Test
  void zeroDenominators_areExcludedAndListed() {
    TerritorialComparison c = TerritorialComparison.builder(1)
        .add("a", Money.ofEuros(10), 1).add("z", Money.ofEuros(5), 0).build();
    assertEquals(List.of("z"), c.excluded());
    assertEquals("10.0", c.meanOfRatios().format());
    assertEquals("15.0", c.ratioOfTotals().format());
    assertEquals(Optional.of(UndefinedReason.ZERO_DENOMINATOR), c.ratioOf("z").reason());
  }

  @Test
  void undefinedCases_areExplicit() {
    TerritorialComparison none = TerritorialComparison.builder(1).build();
    assertEquals(Optional.of(UndefinedReason.ZERO_DENOMINATOR), none.ratioOfTotals().reason());
    assertEquals(Optional.of(UndefinedReason.NO_DATA), none.meanOfRatios().reason());
    assertEquals(Optional.of(UndefinedReason.NO_DATA), none.min().reason());
    assertEquals(Optional.of(UndefinedReason.NO_DATA), none.max().reason());
    assertEquals(Optional.of(UndefinedReason.NO_DATA), none.coefficientOfVariation().reason());
    assertEquals(Optional.of(UndefinedReason.NO_DATA), none.gini().reason());
    TerritorialComparison zeros = TerritorialComparison.builder(1)
        .add("a", Money.ZERO, 3).add("b", Money.ZERO, 4).build();
    assertEquals(Optional.of(UndefinedReason.ZERO_DENOMINATOR), zeros.coefficientOfVariation().reason());
    assertEquals(Optional.of(UndefinedReason.ZERO_DENOMINATOR), zeros.gini().reason());
    TerritorialComparison negative = TerritorialComparison.builder(100)
        .add("a", new BigDecimal("-3"), BigDecimal.ONE).add("b", BigDecimal.TEN, BigDecimal.ONE).build();
    assertEquals(Optional.of(UndefinedReason.OUT_OF_DOMAIN), negative.gini().reason());
  }

  @Test
  void badInputs_areRejectedNamingThem() {
    TerritorialComparison.Builder b = TerritorialComparison.builder(1).add("019036", Money.ofEuros(1), 1);
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> b.add("019036", Money.ofEuros(2), 2));
    assertTrue(e.getMessage().contains("019036"), e.getMessage());
    e = assertThrows(IllegalArgumentException.class, () -> b.add("019001", Money.ofEuros(2), -2));
    assertTrue(e.getMessage().contains("019001") && e.getMessage().contains("-2"), e.getMessage());
    // negative spending is refused where the money overload says it must be >= 0
    e = assertThrows(IllegalArgumentException.class, () -> b.add("019002", Money.parse("-5.00"), 10));
    assertEquals("numerator of 019002 must be >= 0: -5.00", e.getMessage());
    e = assertThrows(IllegalArgumentException.class, () -> TerritorialComparison.builder(0));
    assertTrue(e.getMessage().contains("0"), e.getMessage());
    e = assertThrows(IllegalArgumentException.class, () -> threeComuni().ratioOf("099999"));
    assertTrue(e.getMessage().contains("099999"), e.getMessage());
  }

  @Test
  void meanAndGini_roundTheExactValue_notItsDouble() {
    // 1,245 euro over 100 residents: 12.45 exactly, a double 12.4499999...
    TerritorialComparison one = TerritorialComparison.builder(1).add("019001", Money.ofEuros(1_245), 100).build();
    assertEquals("12.5", one.ratioOf("019001").format());
    assertEquals("12.5", one.meanOfRatios().format());
    // 12.4 and 12.5: the mean is 12.45
    TerritorialComparison two = TerritorialComparison.builder(1)
        .add("019001", Money.ofEuros(1_240), 100).add("019002", Money.ofEuros(1_250), 100).build();
    assertEquals("12.5", two.meanOfRatios().format());
    assertEquals(new BigDecimal("12.45"), two.meanOfRatios().rounded(2, RoundingMode.UNNECESSARY));
    // 7 and 13: Gini = |13 − 7| / (2 × 20) = 0.15 exactly
    TerritorialComparison gini = TerritorialComparison.builder(1)
        .add("019001", Money.ofEuros(7), 1).add("019002", Money.ofEuros(13), 1).build();
    assertEquals(new BigDecimal("0.2"), gini.gini().rounded(1, RoundingMode.HALF_UP));
    assertEquals(new BigDecimal("0.15"), gini.gini().rounded(2, RoundingMode.UNNECESSARY));
  }

  @Test
  void meanOfRatios_roundsAsTheExactMean() {
    // denominators that divide 100 make every ratio a finite decimal, so the exact mean is a BigDecimal
    // sum divided once, rounded by BigDecimal: an independent computation of the expected display
    long[] divisors = {1, 2, 4, 5, 10, 20, 25, 50, 100};
    QuickTheory.qt().withFixedSeed(45L).withExamples(PropertyRuns.examples(300))
        .forAll(SourceDSL.lists().of(SourceDSL.integers().between(0, 1_000_000)).ofSizeBetween(1, 12),
            SourceDSL.longs().all())
        .checkAssert((cents, seed) -> {
          Random random = new Random(seed);
          TerritorialComparison.Builder b = TerritorialComparison.builder(1);
          BigDecimal sum = BigDecimal.ZERO;
          List<BigDecimal> ratios = new ArrayList<>();
          for (int i = 0; i < cents.size(); i++) {
            BigDecimal amount = BigDecimal.valueOf(cents.get(i), 2);
            long residents = divisors[random.nextInt(divisors.length)];
            b.add(String.format(java.util.Locale.ROOT, "%06d", i + 1), Money.of(amount), residents);
            ratios.add(amount.divide(BigDecimal.valueOf(residents)));
            sum = sum.add(ratios.get(i));
          }
          BigDecimal n = BigDecimal.valueOf(cents.size());
          TerritorialComparison c = b.build();
          assertEquals(sum.divide(n, 1, RoundingMode.HALF_UP), c.meanOfRatios().rounded());
          assertEquals(sum.divide(n, 3, RoundingMode.HALF_EVEN), c.meanOfRatios().rounded(3, RoundingMode.HALF_EVEN));
          // the Gini index by its definition, Σ_i Σ_j |r_i − r_j| / (2 n Σ r), over every pair
          BigDecimal pairs = BigDecimal.ZERO;
          for (BigDecimal x : ratios) {
            for (BigDecimal y : ratios) {
              pairs = pairs.add(x.subtract(y).abs());
            }
          }
          if (sum.signum() > 0) {
            BigDecimal twoNSum = sum.multiply(n).multiply(BigDecimal.valueOf(2));
            assertEquals(pairs.divide(twoNSum, 2, RoundingMode.HALF_UP), c.gini().rounded(2, RoundingMode.HALF_UP));
          }
        });
  }

  @Test
  void statistics_doNotDependOnTheOrderOfTheComuni() {
    QuickTheory.qt().withFixedSeed(71L).withExamples(PropertyRuns.examples(200))
        .forAll(SourceDSL.lists().of(SourceDSL.integers().between(0, 500)).ofSizeBetween(1, 40),
            SourceDSL.longs().all())
        .checkAssert((values, seed) -> {
          List<Integer> order = new ArrayList<>();
          for (int i = 0; i < values.size(); i++) {
            order.add(i);
          }
          TerritorialComparison.Builder a = TerritorialComparison.builder(1);
          TerritorialComparison.Builder b = TerritorialComparison.builder(1);
          for (int i : order) {
            a.add(String.format(java.util.Locale.ROOT, "%06d", i + 1), Money.ofEuros(values.get(i) * 7L), values.get(i) % 13);
          }
          Collections.shuffle(order, new Random(seed));
          for (int i : order) {
            b.add(String.format(java.util.Locale.ROOT, "%06d", i + 1), Money.ofEuros(values.get(i) * 7L), values.get(i) % 13);
          }
          TerritorialComparison x = a.build();
          TerritorialComparison y = b.build();
          assertEquals(x.ratioOfTotals(), y.ratioOfTotals());
          assertEquals(x.meanOfRatios(), y.meanOfRatios());
          assertEquals(x.minTerritory(), y.minTerritory());
          assertEquals(x.maxTerritory(), y.maxTerritory());
          assertEquals(x.coefficientOfVariation(), y.coefficientOfVariation());
          assertEquals(x.gini(), y.gini());
          assertEquals(x.excluded(), y.excluded());
        });
  }
}
