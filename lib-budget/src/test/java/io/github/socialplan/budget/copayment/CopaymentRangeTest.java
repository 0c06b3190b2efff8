package io.github.socialplan.budget.copayment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.github.socialplan.core.json.SocialPlanJson;
import io.github.socialplan.core.money.Money;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Co-payments at the edge of the range of money ({@link Money#MAX_INTEGER_DIGITS} integer digits): in range
 * they are written as JSON and read back; past it they are refused where they are made, as the JSON could
 * not read them.
 */
class CopaymentRangeTest {

  /** One band from ISEE 0 at a fee in euro. */
  private static StepCopayment flat(String fee) {
    return StepCopayment.builder().band(BigDecimal.ZERO, Money.of(new BigDecimal(fee))).build();
  }

  @Test
  void anAmountOfThirtyIntegerDigits_readsBack() {
    // 9 × 10^28 × 10 units = 9 × 10^29: 30 integer digits
    CopaymentSummary s = flat("9e28").total(List.of(CopaymentUser.of("u1", BigDecimal.ONE, 10)));
    assertEquals(Money.of(new BigDecimal("9e29")), s.total());
    assertEquals(s, SocialPlanJson.read(SocialPlanJson.write(s), CopaymentSummary.class));
  }

  @Test
  void feeTimesUnitsPastTheRangeOfMoney_isRefusedNamingTheUser() {
    // 10^29 × 10 units = 10^30: 31 integer digits
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> flat("1e29").total(List.of(CopaymentUser.of("u1", BigDecimal.ONE, 10))));
    assertEquals("user u1: 10 units at 100000000000000000000000000000.00 each: money out of range (more than 30 "
        + "integer digits): 1000000000000000000000000000000.00", e.getMessage());
    // a long of units at 1.00: 9223372036854775807.00, in range
    assertEquals(Money.ofEuros(Long.MAX_VALUE), flat("1").total(List.of(CopaymentUser.of("u1", BigDecimal.ONE,
        Long.MAX_VALUE))).total());
  }

  @Test
  void aTotalPastTheRangeOfMoney_isRefused() {
    // two users at 6 × 10^29: each in range, together 1.2 × 10^30
    List<CopaymentUser> users = List.of(CopaymentUser.of("u1", BigDecimal.ONE, 1),
        CopaymentUser.of("u2", BigDecimal.ONE, 1));
    assertEquals("total of the co-payments: money out of range (more than 30 integer digits): "
        + "1200000000000000000000000000000.00",
        assertThrows(IllegalArgumentException.class, () -> flat("6e29").total(users)).getMessage());
    // and so are such lines given to of
    Money fee = Money.of(new BigDecimal("6e29"));
    List<CopaymentLine> lines = List.of(new CopaymentLine(users.get(0), fee, fee),
        new CopaymentLine(users.get(1), fee, fee));
    assertEquals("total of the co-payments: money out of range (more than 30 integer digits): "
        + "1200000000000000000000000000000.00",
        assertThrows(IllegalArgumentException.class, () -> CopaymentSummary.of(lines, 0)).getMessage());
  }
}
