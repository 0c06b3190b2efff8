package io.github.socialplan.budget.copayment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.github.socialplan.core.money.Money;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A co-payment summary rebuilt from its lines (as a JSON read does), its counts, report and equality, and
 * the input checks of users and schedules. Every figure is worked by hand in the comments.
 */
class CopaymentSummaryTest {

  private static CopaymentLine line(String id, long fee, long units, long amount) {
    return new CopaymentLine(CopaymentUser.of(id, BigDecimal.valueOf(1_000), units), Money.ofEuros(fee),
        Money.ofEuros(amount));
  }

  /** u1 exempt (3 units), u2 10.00 x 2, u3 and u4 at the highest fee 25.00 (1 unit and none): 45.00. */
  private static final List<CopaymentLine> LINES = List.of(line("u1", 0, 3, 0), line("u2", 10, 2, 20),
      line("u3", 25, 1, 25), line("u4", 25, 0, 0));

  private static String refused(List<CopaymentLine> lines, int fullTariff) {
    return assertThrows(IllegalArgumentException.class, () -> CopaymentSummary.of(lines, fullTariff)).getMessage();
  }

  @Test
  void fromItsLines_countsTheTotalTheExemptAndTheFullTariff() {
    CopaymentSummary s = CopaymentSummary.of(LINES, 2);
    assertEquals(Money.ofEuros(45), s.total());
    assertEquals(1, s.exempt());
    assertEquals(2, s.fullTariff());
    assertEquals(LINES, s.lines());
    assertEquals("CopaymentSummary{users=4, total=45.00, exempt=1, fullTariff=2}", s.toString());
    CopaymentSummary none = CopaymentSummary.of(LINES, 0);
    assertEquals(0, none.fullTariff());
    assertEquals(1, none.exempt());
    CopaymentSummary empty = CopaymentSummary.of(List.of(), 0);
    assertEquals(Money.ZERO, empty.total());
    assertEquals(0, empty.exempt());
  }

  @Test
  void theFullTariffCount_mustBeZeroOrTheUsersAtTheHighestFee() {
    assertEquals("users at the full tariff must be 0 or the 2 users with the highest fee 25.00: 1", refused(LINES, 1));
    assertEquals("users at the full tariff must be 0 or the 2 users with the highest fee 25.00: 3", refused(LINES, 3));
    assertEquals("users at the full tariff must be 0 or the 2 users with the highest fee 25.00: -1", refused(LINES, -1));
    assertEquals("users at the full tariff must be 0 or the 2 users with the highest fee 25.00: 5", refused(LINES, 5));
    assertEquals("users at the full tariff must be 0 or the 0 users with the highest fee null: 1",
        refused(List.of(), 1));
    // every user at the one fee: all of them
    List<CopaymentLine> same = List.of(line("u1", 7, 1, 7), line("u2", 7, 2, 14));
    assertEquals(2, CopaymentSummary.of(same, 2).fullTariff());
  }

  @Test
  void anAmountThatIsNotFeeTimesUnits_isRefusedNamingTheUser() {
    List<CopaymentLine> wrong = List.of(line("u1", 0, 3, 0), line("u2", 10, 2, 21));
    assertEquals("amount of user u2 must be its fee 10.00 times its units 2: 21.00", refused(wrong, 0));
  }

  @Test
  void report_givesEveryUserAndTheTotal() {
    String[] rows = CopaymentSummary.of(LINES, 2).report().split("\n");
    assertEquals(6, rows.length);
    assertEquals(List.of("user", "ISEE", "fee", "units", "amount"), List.of(rows[0].split(" +")));
    assertEquals(List.of("u2", "1000", "10.00", "2", "20.00"), List.of(rows[2].split(" +")));
    assertEquals(List.of("total", "45.00"), List.of(rows[5].split(" +")));
  }

  @Test
  void equality_looksAtTheLinesAndTheFullTariffCount() {
    CopaymentSummary s = CopaymentSummary.of(LINES, 2);
    assertEquals(s, CopaymentSummary.of(List.copyOf(LINES), 2));
    assertEquals(s.hashCode(), CopaymentSummary.of(List.copyOf(LINES), 2).hashCode());
    CopaymentSummary none = CopaymentSummary.of(LINES, 0);
    assertNotEquals(s, none);
    assertNotEquals(s.hashCode(), none.hashCode());
    CopaymentSummary fewer = CopaymentSummary.of(LINES.subList(0, 3), 0);
    assertNotEquals(none, fewer);
    assertNotEquals(none.hashCode(), fewer.hashCode());
    assertNotEquals(s, null);
    assertNotEquals(s, s.toString());
  }

  @Test
  void aUser_withANegativeIseeOrUnits_isRefusedNamingTheUser() {
    assertEquals("ISEE of user u1 must be >= 0: -0.01", assertThrows(IllegalArgumentException.class,
        () -> CopaymentUser.of("u1", new BigDecimal("-0.01"), 1)).getMessage());
    assertEquals("units of user u1 must be >= 0: -1", assertThrows(IllegalArgumentException.class,
        () -> CopaymentUser.of("u1", BigDecimal.ZERO, -1)).getMessage());
    CopaymentUser nothing = CopaymentUser.of("u1", BigDecimal.ZERO, 0);
    assertEquals(0, nothing.units());
  }

  @Test
  void scheduleChecks_refuseANegativeTariffAndUnnecessaryRounding() {
    assertEquals("full tariff must be >= 0: -0.01", assertThrows(IllegalArgumentException.class,
        () -> ScheduleChecks.fullTariff(Money.parse("-0.01"))).getMessage());
    assertEquals(Money.ZERO, ScheduleChecks.fullTariff(Money.ZERO));
    assertEquals("rounding UNNECESSARY cannot round fees", assertThrows(IllegalArgumentException.class,
        () -> ScheduleChecks.rounding(java.math.RoundingMode.UNNECESSARY, "fees")).getMessage());
    assertEquals("exemption threshold must be >= 0: -1", assertThrows(IllegalArgumentException.class,
        () -> Isee.checkThreshold("exemption threshold", new BigDecimal("-1"))).getMessage());
    assertEquals(BigDecimal.ZERO, Isee.checkThreshold("exemption threshold", BigDecimal.ZERO));
    assertEquals(BigDecimal.ZERO, Isee.check(BigDecimal.ZERO));
  }
}
