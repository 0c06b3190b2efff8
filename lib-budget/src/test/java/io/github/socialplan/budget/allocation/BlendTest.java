package io.github.socialplan.budget.allocation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.github.socialplan.core.money.Money;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class BlendTest {

  private static final String[] IDS = {"019001", "019004", "019036", "019114"};

  @Test
  void fnaRule_sixtyByResidentsFortyByShare_roundsOnceFromTheExactBlend() {
    // Exact blended shares of 1,000,000.00 (Python fractions): 59224.8295..., 125051.8879...,
    // 781919.9912..., 33803.2912...
    Weights residents = Weights.of(IDS, new long[] {1_123, 615, 70_841, 463});
    Weights shares =
        Weights.builder()
            .add("019001", new BigDecimal("0.125"))
            .add("019004", new BigDecimal("0.3"))
            .add("019036", new BigDecimal("0.5"))
            .add("019114", new BigDecimal("0.075"))
            .build();
    Weights blend =
        Blend.builder()
            .criterion(new BigDecimal("0.6"), residents)
            .criterion(new BigDecimal("0.4"), shares)
            .build();
    Allocation a = LargestRemainder.allocate(Money.ofEuros(1_000_000), blend);
    assertEquals(Money.parse("59224.83"), a.amount("019001"));
    assertEquals(Money.parse("125051.89"), a.amount("019004"));
    assertEquals(Money.parse("781919.99"), a.amount("019036"));
    assertEquals(Money.parse("33803.29"), a.amount("019114"));
  }

  @Test
  void coefficients_needNotAddUpToOne() {
    Weights x = Weights.of(new String[] {"a", "b"}, new long[] {1, 3});
    Weights y = Weights.of(new String[] {"b", "a"}, new long[] {1, 1});
    Weights p = Blend.builder().criterion(new BigDecimal("0.6"), x).criterion(new BigDecimal("0.4"), y).build();
    Weights q = Blend.builder().criterion(BigDecimal.valueOf(60), x).criterion(BigDecimal.valueOf(40), y).build();
    // 0.6 * 1/4 + 0.4 * 1/2 = 0.35 and 0.65: weights 7 and 13 once reduced
    assertEquals(new BigDecimal("7"), p.weight("a"));
    assertEquals(new BigDecimal("13"), p.weight("b"));
    assertEquals(p.asMap(), q.asMap());
  }

  @Test
  void criterion_negativeCoefficient_isRejected() {
    Weights x = Weights.of(new String[] {"a"}, new long[] {1});
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> Blend.builder().criterion(new BigDecimal("-0.4"), x));
    assertEquals("coefficient of criterion 1 must be >= 0: -0.4", e.getMessage());
  }

  @Test
  void criterion_allZeroWeights_isRejected() {
    Weights x = Weights.of(new String[] {"a", "b"}, new long[] {0, 0});
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> Blend.builder().criterion(BigDecimal.ONE, x));
    assertEquals("weights of criterion 1 are all zero: its shares are undefined", e.getMessage());
  }

  @Test
  void build_criteriaOverDifferentRecipients_isRejected() {
    Weights x = Weights.of(new String[] {"a", "b"}, new long[] {1, 1});
    Weights y = Weights.of(new String[] {"a", "c"}, new long[] {1, 1});
    Blend.Builder b = Blend.builder().criterion(BigDecimal.ONE, x).criterion(BigDecimal.ONE, y);
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, b::build);
    assertEquals("recipient c of criterion 2 is not in criterion 1", e.getMessage());
  }

  @Test
  void build_aBlendedWeightLongerThanAJsonNumber_isRefusedNamingTheRecipient() {
    // a: 10^60 and 1, b: 1 and 2 × 10^60; sums 10^60 + 1 and 2 × 10^60 + 1. Blended (coefficients 1):
    // a: 10^60 (2 × 10^60 + 1) + (10^60 + 1) = 2 × 10^120 + 2 × 10^60 + 1, odd and 1 modulo 5, so no common
    // factor with b: 121 digits
    Weights x = Weights.builder().add("a", new BigDecimal("1e60")).add("b", BigDecimal.ONE).build();
    Weights y = Weights.builder().add("a", BigDecimal.ONE).add("b", new BigDecimal("2e60")).build();
    Blend.Builder b = Blend.builder().criterion(BigDecimal.ONE, x).criterion(BigDecimal.ONE, y);
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, b::build);
    assertEquals("the blended weight of recipient a has 121 digits, more than the 64 of the longest number the "
        + "JSON reads (SocialPlanJson.MAX_NUMBER_LENGTH): blend fewer criteria, or weights of fewer digits",
        e.getMessage());
  }

  @Test
  void build_aBlendedWeightOfSixtyFourDigits_isKept() {
    // one criterion with coefficient 1: the blended weights are the weights, 10^64 - 1 (64 digits) and 1
    Weights x = Weights.builder().add("a", new BigDecimal("9".repeat(64))).add("b", BigDecimal.ONE).build();
    Weights w = Blend.builder().criterion(BigDecimal.ONE, x).build();
    assertEquals(x, w);
  }
}
