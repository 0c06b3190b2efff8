package io.github.socialplan.budget;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.github.socialplan.budget.allocation.Blend;
import io.github.socialplan.budget.allocation.Weights;
import io.github.socialplan.budget.copayment.CopaymentUser;
import io.github.socialplan.budget.copayment.LinearCopayment;
import io.github.socialplan.budget.copayment.StepCopayment;
import io.github.socialplan.budget.projection.Growth;
import io.github.socialplan.budget.quota.QuotaCapitaria;
import io.github.socialplan.budget.reallocation.Reallocation;
import io.github.socialplan.budget.transition.TransitionCap;
import io.github.socialplan.core.money.Money;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

/**
 * The decimals the calculators take from their callers (rates, coefficients, percentages, shares, ISEE)
 * are those the JSON reader accepts: within {@code DecimalBounds}. Outside them, a dozen characters such as
 * {@code 1e99999999} or {@code 1e-99999999} held a thread for as long as a hundred-million-digit number
 * takes, and {@code 1e999999999} failed with {@code ArithmeticException: BigInteger would overflow}; each
 * is now refused at once, naming the figure.
 */
class DecimalInputsTest {

  private static final String RANGE = " is out of range (at most 30 integer digits, 30 decimals and 100 digits): ";
  private static final BigDecimal HUGE = new BigDecimal("1e99999999");
  private static final BigDecimal TINY = new BigDecimal("1e-99999999");

  private static void refused(String message, Executable call) {
    assertEquals(message, assertThrows(IllegalArgumentException.class, call).getMessage());
  }

  @Test
  void quotaRates_blendCoefficients_growths_caps_andTargetShares_outOfRange_areRefusedByName() {
    refused("rate of component 'quota'" + RANGE + "1E+99999999",
        () -> QuotaCapitaria.builder().component("quota", HUGE));
    refused("coefficient of criterion 1" + RANGE + "1E-99999999",
        () -> Blend.builder().criterion(TINY, Weights.of(new String[] {"a"}, new long[] {1})));
    refused("growth (percent a year)" + RANGE + "1E-99999999", () -> Growth.percentPerYear(TINY));
    refused("cap (percent of the historical amount)" + RANGE + "1E+99999999",
        () -> TransitionCap.percentOfHistorical(HUGE));
    refused("cap (share of the gap)" + RANGE + "1E-99999999", () -> TransitionCap.shareOfGap(TINY));
    refused("target share of a" + RANGE + "1E-99999999", () -> Reallocation.builder().target("a", TINY));
    // a negative one out of range too: its message is never a hundred million digits long
    refused("growth (percent a year)" + RANGE + "-1E-99999999", () -> Growth.percentPerYear(TINY.negate()));
  }

  @Test
  void iseeThresholdsAndPercentages_outOfRange_areRefusedByName() {
    refused("exemption threshold" + RANGE + "1E-99999999",
        () -> LinearCopayment.builder().exemptionThreshold(TINY));
    refused("full-tariff threshold" + RANGE + "1E+99999999",
        () -> LinearCopayment.builder().fullTariffThreshold(HUGE));
    refused("band threshold" + RANGE + "1E-99999999",
        () -> StepCopayment.builder().band(TINY, Money.ZERO));
    refused("percentage of the band from 0" + RANGE + "1E-99999999",
        () -> StepCopayment.builder().bandPercent(BigDecimal.ZERO, TINY));
    refused("ISEE of user u1" + RANGE + "1E-99999999", () -> CopaymentUser.of("u1", TINY, 1));
    LinearCopayment sad = LinearCopayment.builder().exemptionThreshold(new BigDecimal("6000"))
        .fullTariffThreshold(new BigDecimal("30000")).fullTariff(Money.parse("400.00")).build();
    refused("ISEE" + RANGE + "1E-99999999", () -> sad.copayment(TINY));
    // the bounds themselves are accepted: 30 decimals, 30 integer digits
    assertEquals(Money.parse("0.00"), sad.copayment(new BigDecimal("1e-30")));
    assertEquals(Money.parse("400.00"), sad.copayment(new BigDecimal("1e29")));
  }
}
