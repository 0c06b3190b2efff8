package io.github.socialplan.budget.copayment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import io.github.socialplan.core.money.Money;
import io.github.socialplan.core.testing.PropertyRuns;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import org.junit.jupiter.api.Test;

class CopaymentScheduleTest {

  private static final long SEED = 20_151_231L;

  private static BigDecimal isee(String s) {
    return new BigDecimal(s);
  }

  private static LinearCopayment sad(RoundingMode rounding) {
    return LinearCopayment.builder()
        .exemptionThreshold(isee("6000"))
        .fullTariffThreshold(isee("30000"))
        .fullTariff(Money.parse("400.00"))
        .rounding(rounding)
        .build();
  }

  @Test
  void linear_belowAtAndAboveTheThresholds() {
    LinearCopayment s = sad(RoundingMode.HALF_UP);
    assertEquals(Money.ZERO, s.copayment(isee("0")));
    assertEquals(Money.ZERO, s.copayment(isee("6000")));
    // 400 * 12000 / 24000 = 200
    assertEquals(Money.parse("200.00"), s.copayment(isee("18000")));
    assertEquals(Money.parse("400.00"), s.copayment(isee("30000")));
    assertEquals(Money.parse("400.00"), s.copayment(isee("95000.50")));
  }

  @Test
  void linear_roundingModeIsPartOfTheSchedule() {
    // 400 * (6001.25 - 6000) / 24000 = 0.0208333...: 0.02 half-up, 0.03 up (ceiling)
    assertEquals(Money.parse("0.02"), sad(RoundingMode.HALF_UP).copayment(isee("6001.25")));
    assertEquals(Money.parse("0.03"), sad(RoundingMode.CEILING).copayment(isee("6001.25")));
    // 400 * 2.25 / 24000 = 0.0375: 0.04 half-up, 0.03 down
    assertEquals(Money.parse("0.04"), sad(RoundingMode.HALF_UP).copayment(isee("6002.25")));
    assertEquals(Money.parse("0.03"), sad(RoundingMode.DOWN).copayment(isee("6002.25")));
  }

  @Test
  void linear_withMinimumFee_startsFromIt() {
    LinearCopayment s =
        LinearCopayment.builder()
            .exemptionThreshold(isee("5000"))
            .fullTariffThreshold(isee("15000"))
            .minimumFee(Money.parse("20.00"))
            .fullTariff(Money.parse("120.00"))
            .build();
    assertEquals(Money.parse("20.00"), s.copayment(isee("100")));
    // 20 + 100 * 2500 / 10000 = 45
    assertEquals(Money.parse("45.00"), s.copayment(isee("7500")));
  }

  private static StepCopayment meals() {
    return StepCopayment.builder()
        .fullTariff(Money.parse("5.20"))
        .rounding(RoundingMode.HALF_UP)
        .bandPercent(BigDecimal.ZERO, BigDecimal.ZERO)
        .bandPercent(isee("8000"), isee("33.3"))
        .bandPercent(isee("16000"), isee("66.6"))
        .band(isee("24000"), Money.parse("5.20"))
        .build();
  }

  @Test
  void steps_feeOfTheBandTheIseeFallsIn() {
    StepCopayment s = meals();
    assertEquals(Money.ZERO, s.copayment(isee("7999.99")));
    // 5.20 * 33.3% = 1.7316 -> 1.73; 5.20 * 66.6% = 3.4632 -> 3.46
    assertEquals(Money.parse("1.73"), s.copayment(isee("8000")));
    assertEquals(Money.parse("3.46"), s.copayment(isee("23999.99")));
    assertEquals(Money.parse("5.20"), s.copayment(isee("24000")));
    assertEquals(Money.parse("5.20"), s.maximum());
    assertEquals(Money.ZERO, s.minimum());
  }

  @Test
  void total_overUsers_sumsFeeTimesUnits() {
    List<CopaymentUser> users =
        List.of(
            CopaymentUser.of("u1", isee("4000"), 12),
            CopaymentUser.of("u2", isee("18000"), 12),
            CopaymentUser.of("u3", isee("40000"), 6),
            CopaymentUser.of("u4", isee("12000"), 10));
    CopaymentSummary s = sad(RoundingMode.HALF_UP).total(users);
    // 0 + 200*12 + 400*6 + 100*10 (400 * 6000 / 24000 = 100)
    assertEquals(Money.parse("5800.00"), s.total());
    assertEquals(1, s.exempt());
    assertEquals(1, s.fullTariff());
    assertEquals(Money.parse("1000.00"), s.lines().get(3).amount());
    assertTrue(s.report().contains("5800.00"), s.report());
  }

  @Test
  void total_ofAStepScheduleWhoseTopBandIsBelowItsTariff_countsNobodyAtTheFullTariff() {
    // Tariff 10.00; bands 0 % from 0 and 50 % from 10000: the top fee 5.00 is half the tariff, so the user
    // with ISEE 20000 pays 5.00 and nobody pays the full tariff.
    StepCopayment half = StepCopayment.builder().fullTariff(Money.parse("10.00"))
        .bandPercent(BigDecimal.ZERO, BigDecimal.ZERO).bandPercent(isee("10000"), isee("50")).build();
    CopaymentSummary s = half.total(List.of(CopaymentUser.of("u1", isee("20000"), 1),
        CopaymentUser.of("u2", isee("5000"), 1)));
    assertEquals(Money.parse("5.00"), s.lines().get(0).fee());
    assertEquals(0, s.fullTariff());
    assertEquals(1, s.exempt());
    // a top band of 100 % is the full tariff
    StepCopayment full = StepCopayment.builder().fullTariff(Money.parse("10.00"))
        .bandPercent(BigDecimal.ZERO, BigDecimal.ZERO).bandPercent(isee("10000"), isee("100")).build();
    assertEquals(1, full.total(List.of(CopaymentUser.of("u1", isee("20000"), 1))).fullTariff());
    // without a tariff, the top band's fee is the full one
    StepCopayment euros = StepCopayment.builder().band(BigDecimal.ZERO, Money.ZERO)
        .band(isee("10000"), Money.parse("5.00")).build();
    assertEquals(1, euros.total(List.of(CopaymentUser.of("u1", isee("20000"), 1))).fullTariff());
  }

  // ---- bad input ----

  @Test
  void linear_thresholdsOutOfOrder_isRejectedWithBoth() {
    LinearCopayment.Builder b =
        LinearCopayment.builder()
            .exemptionThreshold(isee("20000"))
            .fullTariffThreshold(isee("10000"))
            .fullTariff(Money.parse("100.00"));
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, b::build);
    assertEquals(
        "thresholds out of order: exemption threshold 20000 must be below the full-tariff threshold 10000",
        e.getMessage());
  }

  @Test
  void steps_thresholdsOutOfOrder_isRejected() {
    StepCopayment.Builder b =
        StepCopayment.builder()
            .band(BigDecimal.ZERO, Money.ZERO)
            .band(isee("15000"), Money.parse("10.00"))
            .band(isee("10000"), Money.parse("20.00"));
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, b::build);
    assertEquals("band thresholds out of order: 10000 comes after 15000", e.getMessage());
  }

  @Test
  void steps_decreasingFee_isRejected() {
    StepCopayment.Builder b =
        StepCopayment.builder().band(BigDecimal.ZERO, Money.parse("60.00")).band(isee("10000"), Money.parse("50.00"));
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, b::build);
    assertEquals("fee 50.00 of the band from 10000 is below the previous band's fee 60.00", e.getMessage());
  }

  @Test
  void steps_aFeeInEuroAboveTheFullTariff_isRejectedNamingTheBandAndBoth_oneEqualToItIsKept() {
    StepCopayment.Builder b = StepCopayment.builder().fullTariff(Money.parse("5.20"))
        .band(BigDecimal.ZERO, Money.ZERO).band(isee("8000"), Money.parse("50.00"));
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, b::build);
    assertEquals("fee 50.00 of the band from 8000 is above the full tariff 5.20", e.getMessage());
    // the tariff may be given after the bands: the check is made when the table is built
    StepCopayment.Builder late = StepCopayment.builder()
        .band(BigDecimal.ZERO, Money.ZERO).band(isee("8000"), Money.parse("5.21")).fullTariff(Money.parse("5.20"));
    assertEquals("fee 5.21 of the band from 8000 is above the full tariff 5.20",
        assertThrows(IllegalArgumentException.class, late::build).getMessage());
    StepCopayment atTariff = StepCopayment.builder().fullTariff(Money.parse("5.20"))
        .band(BigDecimal.ZERO, Money.ZERO).band(isee("8000"), Money.parse("5.20")).build();
    assertEquals(Money.parse("5.20"), atTariff.maximum());
    assertEquals(Money.parse("5.20"), atTariff.copayment(isee("8000")));
    // without a full tariff a fee in euro has nothing to exceed
    assertEquals(Money.parse("50.00"), StepCopayment.builder().band(BigDecimal.ZERO, Money.ZERO)
        .band(isee("8000"), Money.parse("50.00")).build().maximum());
  }

  @Test
  void steps_aPercentageAbove100_isRejected_100IsTheFullTariff() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> StepCopayment.builder().bandPercent(isee("8000"), isee("100.01")));
    assertEquals("percentage of the band from 8000 must be in 0..100: 100.01", e.getMessage());
    StepCopayment full = StepCopayment.builder().fullTariff(Money.parse("5.20")).rounding(RoundingMode.UP)
        .bandPercent(BigDecimal.ZERO, BigDecimal.ZERO).bandPercent(isee("8000"), isee("100")).build();
    assertEquals(Money.parse("5.20"), full.maximum());
  }

  @Test
  void steps_firstBandNotAtZero_isRejected() {
    StepCopayment.Builder b = StepCopayment.builder().band(isee("3000"), Money.ZERO);
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, b::build);
    assertEquals("the first band must start at ISEE 0, not 3000", e.getMessage());
  }

  @Test
  void copayment_negativeIsee_isRejected() {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> sad(RoundingMode.HALF_UP).copayment(isee("-1")));
    assertEquals("ISEE must be >= 0: -1", e.getMessage());
    IllegalArgumentException u =
        assertThrows(IllegalArgumentException.class, () -> CopaymentUser.of("u9", isee("-5.50"), 1));
    assertEquals("ISEE of user u9 must be >= 0: -5.50", u.getMessage());
  }

  @Test
  void minimumFeeAboveTariff_isRejected() {
    LinearCopayment.Builder b =
        LinearCopayment.builder()
            .exemptionThreshold(isee("1"))
            .fullTariffThreshold(isee("2"))
            .minimumFee(Money.parse("9.00"))
            .fullTariff(Money.parse("5.00"));
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, b::build);
    assertEquals("minimum fee 9.00 is above the full tariff 5.00", e.getMessage());
  }

  @Test
  void fullTariff_withFractionsOfACent_isRejected() {
    assertThrows(IllegalArgumentException.class, () -> Money.of(isee("5.205")));
  }

  // ---- properties ----

  private static final RoundingMode[] MODES = {
    RoundingMode.UP, RoundingMode.DOWN, RoundingMode.CEILING, RoundingMode.FLOOR,
    RoundingMode.HALF_UP, RoundingMode.HALF_DOWN, RoundingMode.HALF_EVEN
  };

  @Test
  void property_linearNeverDecreasesAndStaysWithinMinAndMax() {
    qt().withFixedSeed(SEED)
        .withExamples(PropertyRuns.examples(3_000))
        .forAll(
            longs().between(0, 5_000_000), // exemption threshold, cents of ISEE
            longs().between(1, 5_000_000), // band width
            integers().between(0, MODES.length - 1),
            longs().between(0, 12_000_000)) // an ISEE, cents
        .checkAssert(
            (e, width, mode, x) -> {
              Money min = Money.ofCents(e % 5_000);
              Money tariff = min.plus(Money.ofCents(width % 70_000));
              LinearCopayment s =
                  LinearCopayment.builder()
                      .exemptionThreshold(BigDecimal.valueOf(e, 2))
                      .fullTariffThreshold(BigDecimal.valueOf(e + width, 2))
                      .minimumFee(min)
                      .fullTariff(tariff)
                      .rounding(MODES[mode])
                      .build();
              Money a = s.copayment(BigDecimal.valueOf(x, 2));
              Money b = s.copayment(BigDecimal.valueOf(x + 1, 2));
              Money c = s.copayment(BigDecimal.valueOf(x + 997, 2));
              assertTrue(!a.isGreaterThan(b) && !b.isGreaterThan(c), "decreases after " + x);
              assertTrue(!a.isLessThan(s.minimum()) && !c.isGreaterThan(s.maximum()), "out of range");
            });
  }

  @Test
  void property_stepsNeverDecreaseAndStayWithinMinAndMax() {
    qt().withFixedSeed(SEED)
        .withExamples(PropertyRuns.examples(2_000))
        .forAll(
            longs().between(1, 2_000_000),
            integers().between(0, 40),
            integers().between(0, 60),
            longs().between(0, 10_000_000))
        .checkAssert(
            (step, p1, p2, x) -> {
              StepCopayment s =
                  StepCopayment.builder()
                      .fullTariff(Money.parse("333.33"))
                      .rounding(RoundingMode.HALF_EVEN)
                      .bandPercent(BigDecimal.ZERO, BigDecimal.valueOf(p1))
                      .bandPercent(BigDecimal.valueOf(step, 2), BigDecimal.valueOf(p1 + p2))
                      .bandPercent(BigDecimal.valueOf(2 * step, 2), BigDecimal.valueOf(100))
                      .build();
              Money a = s.copayment(BigDecimal.valueOf(x, 2));
              Money b = s.copayment(BigDecimal.valueOf(x + step / 2 + 1, 2));
              assertTrue(!a.isGreaterThan(b), "decreases after " + x);
              assertTrue(!a.isLessThan(s.minimum()) && !b.isGreaterThan(s.maximum()), "out of range");
            });
  }

  @Test
  void withoutATariff_theUsersAtTheTopFee_countAtTheFullTariff_asASummaryReadBackCountsThem() {
    // bands from 0, 10,000 and 20,000 euro of ISEE with fees 0.00, 50.00 and 50.00: the users at 15,000 and at
    // 25,000 both pay the top fee of 50.00, so both count; CopaymentSummary.of accepts that count, and no other
    StepCopayment s = StepCopayment.builder()
        .band(BigDecimal.ZERO, Money.ZERO)
        .band(new BigDecimal("10000"), Money.ofEuros(50))
        .band(new BigDecimal("20000"), Money.ofEuros(50))
        .build();
    CopaymentSummary sum = s.total(List.of(CopaymentUser.of("a", new BigDecimal("15000"), 1),
        CopaymentUser.of("b", new BigDecimal("25000"), 1), CopaymentUser.of("c", new BigDecimal("5000"), 1)));
    assertEquals(2, sum.fullTariff());
    assertEquals(sum, CopaymentSummary.of(sum.lines(), 2));
    assertThrows(IllegalArgumentException.class, () -> CopaymentSummary.of(sum.lines(), 1));
  }

  @Test
  void aBandWithANullThreshold_isANullPointerNamingIt_whateverTheFee() {
    assertEquals("fromIsee", assertThrows(NullPointerException.class,
        () -> StepCopayment.builder().band(null, Money.ofEuros(-1))).getMessage());
    assertEquals("fromIsee", assertThrows(NullPointerException.class,
        () -> StepCopayment.builder().bandPercent(null, new BigDecimal("150"))).getMessage());
    assertEquals("fee", assertThrows(NullPointerException.class,
        () -> StepCopayment.builder().band(BigDecimal.ZERO, null)).getMessage());
  }
}
