package io.github.socialplan.budget.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.github.socialplan.budget.copayment.CopaymentSummary;
import io.github.socialplan.budget.quota.QuotaCharge;
import io.github.socialplan.budget.reallocation.ReallocationResult;
import io.github.socialplan.budget.transition.TransitionPath;
import io.github.socialplan.core.json.JsonInputException;
import io.github.socialplan.core.json.SocialPlanJson;
import io.github.socialplan.core.money.Money;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The JSON requests of the co-payment, quota, reallocation and transition calculators: each optional field changes the result as
 * its calculator says, and each missing or bad field is refused naming it. Expected figures are worked out
 * by hand in the comments.
 */
class BudgetRequestsTest {

  private static String problem(String json, Class<?> type) {
    return assertThrows(JsonInputException.class, () -> SocialPlanJson.read(json, type)).problem();
  }

  private static final String USERS = "\"users\":[{\"id\":\"u1\",\"isee\":5000,\"units\":2},"
      + "{\"id\":\"u2\",\"isee\":18000,\"units\":1},{\"id\":\"u3\",\"isee\":6001,\"units\":1},"
      + "{\"id\":\"u4\",\"isee\":30000,\"units\":3}]";

  @Test
  void linearRequest_usesEveryGivenField() {
    // E = 6000, F = 30000, m = 10.00, T = 400.00: u1 pays m twice (20.00); u2 pays
    // 10 + 390 * 12000 / 24000 = 205.00; u3 pays 10 + 390 * 1 / 24000 = 10.01625, 10.01 rounded down;
    // u4 pays T three times (1200.00). Total 1435.01; nobody exempt, one at the full tariff.
    CopaymentSummary s = SocialPlanJson.read("{\"linear\":{\"exemptionThreshold\":6000,"
        + "\"fullTariffThreshold\":30000,\"minimumFee\":10.00,\"fullTariff\":400.00,\"rounding\":\"DOWN\"},"
        + USERS + "}", CopaymentRequest.class).total();
    assertEquals(Money.parse("20.00"), s.lines().get(0).amount());
    assertEquals(Money.parse("205.00"), s.lines().get(1).amount());
    assertEquals(Money.parse("10.01"), s.lines().get(2).fee());
    assertEquals(Money.parse("1200.00"), s.lines().get(3).amount());
    assertEquals(Money.parse("1435.01"), s.total());
    assertEquals(0, s.exempt());
    assertEquals(1, s.fullTariff());
    // Without a minimum fee and with the default rounding (half up): u1 pays nothing, u2
    // 400 * 12000 / 24000 = 200.00, u3 400 / 24000 = 0.01666..., 0.02.
    CopaymentSummary d = SocialPlanJson.read("{\"linear\":{\"exemptionThreshold\":6000,"
        + "\"fullTariffThreshold\":30000,\"fullTariff\":400.00}," + USERS + "}", CopaymentRequest.class).total();
    assertEquals(Money.ZERO, d.lines().get(0).amount());
    assertEquals(Money.parse("200.00"), d.lines().get(1).fee());
    assertEquals(Money.parse("0.02"), d.lines().get(2).fee());
    assertEquals(Money.parse("1400.02"), d.total());
    assertEquals(1, d.exempt());
  }

  @Test
  void stepRequest_usesFeesPercentagesTariffAndRounding() {
    // Bands from 0 (free), from 10000 (10.00125 % of 400.00 = 40.005: 40.00 rounded down) and from 20000
    // (400.00). u1 (5000) pays nothing, u2 (18000) 40.00, u3 (6001) nothing, u4 (30000) 3 x 400.00.
    String bands = "\"bands\":[{\"fromIsee\":0,\"fee\":0.00},{\"fromIsee\":10000,\"percentOfTariff\":10.00125},"
        + "{\"fromIsee\":20000,\"fee\":400.00}]";
    CopaymentSummary s = SocialPlanJson.read("{\"steps\":{\"fullTariff\":400.00,\"rounding\":\"DOWN\","
        + bands + "}," + USERS + "}", CopaymentRequest.class).total();
    assertEquals(Money.ZERO, s.lines().get(0).fee());
    assertEquals(Money.parse("40.00"), s.lines().get(1).fee());
    assertEquals(Money.parse("1240.00"), s.total());
    assertEquals(2, s.exempt());
    assertEquals(1, s.fullTariff());
    // the default rounding, half up, gives 40.01
    CopaymentSummary h = SocialPlanJson.read("{\"steps\":{\"fullTariff\":400.00," + bands + "}," + USERS + "}",
        CopaymentRequest.class).total();
    assertEquals(Money.parse("40.01"), h.lines().get(1).fee());
  }

  @Test
  void copaymentRequest_errorsNameTheField() {
    assertEquals("missing required field 'users' of CopaymentRequest",
        problem("{\"linear\":{\"exemptionThreshold\":1,\"fullTariffThreshold\":2,\"fullTariff\":3}}",
            CopaymentRequest.class));
    assertEquals("exactly one of 'linear' and 'steps' must be given",
        problem("{\"users\":[]}", CopaymentRequest.class));
    assertEquals("exactly one of 'linear' and 'steps' must be given",
        problem("{\"linear\":{},\"steps\":{},\"users\":[]}", CopaymentRequest.class));
    assertEquals("missing required field 'steps.bands' of CopaymentRequest",
        problem("{\"steps\":{},\"users\":[]}", CopaymentRequest.class));
    String needs = "band 1 of 'steps' needs 'fromIsee' and exactly one of 'fee' and 'percentOfTariff'";
    String first = "{\"fromIsee\":0,\"fee\":0.00}";
    assertEquals(needs, problem("{\"steps\":{\"fullTariff\":1.00,\"bands\":[" + first
        + ",{\"fromIsee\":5,\"fee\":1.00,\"percentOfTariff\":50}]},\"users\":[]}", CopaymentRequest.class));
    assertEquals(needs, problem("{\"steps\":{\"bands\":[" + first + ",{\"fromIsee\":5}]},\"users\":[]}",
        CopaymentRequest.class));
    assertEquals(needs, problem("{\"steps\":{\"bands\":[" + first + ",{\"fee\":1.00}]},\"users\":[]}",
        CopaymentRequest.class));
    assertEquals(needs, problem("{\"steps\":{\"bands\":[" + first + ",null]},\"users\":[]}",
        CopaymentRequest.class));
  }

  @Test
  void copaymentRequest_aNullUser_isRefusedNamingItsPlace() {
    // it was refused as "invalid value"
    assertEquals("user 1 of 'users' must be a user, not null", problem("{\"linear\":{\"exemptionThreshold\":1,"
        + "\"fullTariffThreshold\":2,\"fullTariff\":3},\"users\":[{\"id\":\"u\",\"isee\":1,\"units\":1},null]}",
        CopaymentRequest.class));
  }

  @Test
  void allocationRequest_allocate_refusesAllZeroWeightsAndABoundOnNoRecipient_asItsJavadocSays() {
    AllocationRequest zero = SocialPlanJson.read("{\"total\":1.00,\"weights\":{\"a\":0,\"b\":0}}",
        AllocationRequest.class);
    assertEquals("all 2 weights are zero: shares of 1.00 are undefined",
        assertThrows(IllegalArgumentException.class, zero::allocate).getMessage());
    AllocationRequest typo = SocialPlanJson.read("{\"total\":1.00,\"weights\":{\"a\":1},"
        + "\"bounds\":{\"floors\":{\"b\":0.50}}}", AllocationRequest.class);
    assertEquals("floor given for b, which is not a recipient",
        assertThrows(IllegalArgumentException.class, typo::allocate).getMessage());
  }

  @Test
  void boundsWithANullAmount_areRefusedAtItsPath() {
    // they were refused at $.bounds as "malformed JSON: floor"
    JsonInputException floor = assertThrows(JsonInputException.class, () -> SocialPlanJson.read(
        "{\"total\":1.00,\"weights\":{\"a\":1},\"bounds\":{\"floors\":{\"a\":null}}}", AllocationRequest.class));
    assertEquals("$.bounds.floors.a", floor.path());
    assertEquals("floor of recipient a must be an amount, not null", floor.problem());
    JsonInputException ceiling = assertThrows(JsonInputException.class, () -> SocialPlanJson.read(
        "{\"current\":{\"a\":1.00},\"bounds\":{\"ceilings\":{\"a\":null}}}", ReallocationRequest.class));
    assertEquals("$.bounds.ceilings.a", ceiling.path());
    assertEquals("ceiling of recipient a must be an amount, not null", ceiling.problem());
  }

  @Test
  void stepRequest_withAFeeAboveTheFullTariff_orAPercentageAbove100_isRefusedAsTheBuilderRefusesIt() {
    String steps = "{\"steps\":{\"fullTariff\":5.20,\"bands\":[{\"fromIsee\":0,\"fee\":0.00},{\"fromIsee\":8000,%s}]},"
        + "\"users\":[{\"id\":\"u1\",\"isee\":9000,\"units\":1}]}";
    assertEquals("fee 50.00 of the band from 8000 is above the full tariff 5.20",
        problem(String.format(java.util.Locale.ROOT, steps, "\"fee\":50.00"), CopaymentRequest.class));
    assertEquals("percentage of the band from 8000 must be in 0..100: 150",
        problem(String.format(java.util.Locale.ROOT, steps, "\"percentOfTariff\":150"), CopaymentRequest.class));
    // a fee equal to the tariff, and 100 % of it, are the tariff: u1 pays 5.20
    for (String band : List.of("\"fee\":5.20", "\"percentOfTariff\":100")) {
      assertEquals(Money.parse("5.20"), SocialPlanJson.read(String.format(java.util.Locale.ROOT, steps, band),
          CopaymentRequest.class).total().total(), band);
    }
  }

  @Test
  void quotaRequest_appliesRoundingAndExclusions() {
    // 3.505 + 1.39 = 4.895 per resident. A: 1000 residents, 4895.00. B: 3 residents, 14.685, 14.68 rounded
    // half down (14.69 half up). C excludes "minori": 3.505 x 10 = 35.05.
    String base = "{\"components\":{\"sociale\":3.505,\"minori\":1.39},"
        + "\"residents\":{\"A\":1000,\"B\":3,\"C\":10},\"exclusions\":{\"C\":[\"minori\"]}";
    QuotaCharge down = SocialPlanJson.read(base + ",\"rounding\":\"HALF_DOWN\"}", QuotaRequest.class).charge();
    assertEquals(Money.parse("4895.00"), down.line("A").amount());
    assertEquals(Money.parse("14.68"), down.line("B").amount());
    assertEquals(Money.parse("35.05"), down.line("C").amount());
    assertEquals(Money.parse("4944.73"), down.total());
    assertEquals(1013, down.residents());
    QuotaCharge up = SocialPlanJson.read(base + "}", QuotaRequest.class).charge();
    assertEquals(Money.parse("14.69"), up.line("B").amount());
    // without exclusions C pays the whole rate: 48.95
    QuotaCharge all = SocialPlanJson.read("{\"components\":{\"sociale\":3.505,\"minori\":1.39},"
        + "\"residents\":{\"C\":10}}", QuotaRequest.class).charge();
    assertEquals(Money.parse("48.95"), all.total());
  }

  @Test
  void quotaRequest_errorsNameTheField() {
    assertEquals("missing required field 'components' of QuotaRequest",
        problem("{\"residents\":{\"A\":1}}", QuotaRequest.class));
    assertEquals("missing required field 'residents' of QuotaRequest",
        problem("{\"components\":{\"q\":1}}", QuotaRequest.class));
    assertEquals("residents of A must not be negative: -1",
        problem("{\"components\":{\"q\":1},\"residents\":{\"A\":-1}}", QuotaRequest.class));
    assertEquals("residents of A must not be negative: null",
        problem("{\"components\":{\"q\":1},\"residents\":{\"A\":null}}", QuotaRequest.class));
    // exclusions are checked on reading, as charging checks them, so that validate refuses what
    // POST /v1/quota refuses; a null among them was read, written back as null and failed only then
    String quota = "{\"components\":{\"q\":1},\"residents\":{\"A\":1},\"exclusions\":";
    assertEquals("exclusions of comune A must list component names: null",
        problem(quota + "{\"A\":null}}", QuotaRequest.class));
    assertEquals("exclusions of comune A must list component names: [null]",
        problem(quota + "{\"A\":[null]}}", QuotaRequest.class));
    assertEquals("exclusions given for comune B, which is not charged",
        problem(quota + "{\"B\":[\"q\"]}}", QuotaRequest.class));
    assertEquals("comune A excludes an unknown component 'x': the components are [q]",
        problem(quota + "{\"A\":[\"x\"]}}", QuotaRequest.class));
    // a null rate was refused as "ratePerResident", the builder's parameter
    assertEquals("rate of component 'q' must not be negative: null",
        problem("{\"components\":{\"q\":null},\"residents\":{\"A\":1}}", QuotaRequest.class));
    // zero residents are allowed
    assertEquals(Money.ZERO, SocialPlanJson.read("{\"components\":{\"q\":1},\"residents\":{\"A\":0}}",
        QuotaRequest.class).charge().total());
  }

  @Test
  void quotaRequest_withRoundingUnnecessary_isRefusedAsTheScheduleRefusesIt() {
    String json = "{\"components\":{\"q\":0.005},\"residents\":{\"A\":3},\"rounding\":\"%s\"}";
    assertEquals("rounding UNNECESSARY cannot round the comuni's amounts",
        problem(String.format(java.util.Locale.ROOT, json, "UNNECESSARY"), QuotaRequest.class));
    // 3 residents at 0.005 owe 0.015: 0.01 rounded down
    assertEquals(Money.parse("0.01"), SocialPlanJson.read(String.format(java.util.Locale.ROOT, json, "DOWN"),
        QuotaRequest.class).charge().total());
  }

  @Test
  void reallocationRequest_movesToTheTargetsWithinTheBounds() {
    // 80.00 and 20.00, b's target half of 100.00: 50.00 each, 30.00 moved.
    String current = "{\"current\":{\"a\":80.00,\"b\":20.00},\"targets\":{\"b\":0.5}";
    ReallocationResult free = SocialPlanJson.read(current + "}", ReallocationRequest.class).reallocate();
    assertEquals(Money.parse("50.00"), free.amount("a"));
    assertEquals(Money.parse("50.00"), free.amount("b"));
    assertEquals(Money.parse("30.00"), free.movement());
    // a ceiling of 40.00 on b stops it there: a keeps 60.00
    ReallocationResult capped = SocialPlanJson.read(current + ",\"bounds\":{\"ceilings\":{\"b\":40.00}}}",
        ReallocationRequest.class).reallocate();
    assertEquals(Money.parse("40.00"), capped.amount("b"));
    assertEquals(Money.parse("60.00"), capped.amount("a"));
    // a floor of 70.00 on a lets b reach only 30.00
    ReallocationResult floored = SocialPlanJson.read(current + ",\"bounds\":{\"floors\":{\"a\":70.00}}}",
        ReallocationRequest.class).reallocate();
    assertEquals(Money.parse("70.00"), floored.amount("a"));
    assertEquals(Money.parse("30.00"), floored.amount("b"));
    // no targets: nothing moves
    ReallocationResult none = SocialPlanJson.read("{\"current\":{\"a\":80.00,\"b\":20.00}}",
        ReallocationRequest.class).reallocate();
    assertEquals(Money.parse("80.00"), none.amount("a"));
    assertEquals(Money.ZERO, none.movement());
  }

  @Test
  void reallocationRequest_errorsNameTheField() {
    assertEquals("missing required field 'current' of ReallocationRequest",
        problem("{\"targets\":{\"a\":0.5}}", ReallocationRequest.class));
    assertEquals("current must name at least one item", problem("{\"current\":{}}", ReallocationRequest.class));
    assertEquals("current amount of a must not be negative: -1.00",
        problem("{\"current\":{\"a\":-1.00}}", ReallocationRequest.class));
    assertEquals("current amount of a must not be negative: null",
        problem("{\"current\":{\"a\":null}}", ReallocationRequest.class));
    for (String bad : new String[] {"-0.01", "1.01", "null"}) {
      assertEquals("target share of a must be in 0..1: " + bad, problem(
          "{\"current\":{\"a\":1.00},\"targets\":{\"a\":" + bad + "}}", ReallocationRequest.class));
    }
    // the ends of the range are allowed: all of 2.00 to a, then none of it
    assertEquals(Money.parse("2.00"), SocialPlanJson.read("{\"current\":{\"a\":1.00,\"b\":1.00},"
        + "\"targets\":{\"a\":1}}", ReallocationRequest.class).reallocate().amount("a"));
    assertEquals(Money.ZERO, SocialPlanJson.read("{\"current\":{\"a\":1.00,\"b\":1.00},"
        + "\"targets\":{\"a\":0}}", ReallocationRequest.class).reallocate().amount("a"));
  }

  private static final String TRANSITION = "\"historical\":{\"A\":60.00,\"B\":40.00},"
      + "\"residents\":{\"A\":50,\"B\":50},\"firstYear\":2020,\"totals\":[100.00,100.00]";

  @Test
  void transitionRequest_usesTheCapItIsGiven() {
    // Targets 50.00 each. 5 % of the historical amounts caps A's loss at 3.00 and B's gain at 2.00: 2.00
    // moves a year (58/42, then 56/44). Half of the gap moves 5.00, then 2.50 (55/45, then 52.50/47.50).
    TransitionPath percent = SocialPlanJson.read("{\"capPercentOfHistorical\":5," + TRANSITION + "}",
        TransitionRequest.class).path();
    assertEquals(Money.parse("58.00"), percent.year(2020).amount("A"));
    assertEquals(Money.parse("44.00"), percent.year(2021).amount("B"));
    TransitionPath gap = SocialPlanJson.read("{\"capShareOfGap\":0.5," + TRANSITION + "}",
        TransitionRequest.class).path();
    assertEquals(Money.parse("55.00"), gap.year(2020).amount("A"));
    assertEquals(Money.parse("47.50"), gap.year(2021).amount("B"));
  }

  @Test
  void transitionRequest_errorsNameTheField() {
    String both = "exactly one of 'capPercentOfHistorical' and 'capShareOfGap' must be given";
    assertEquals(both, problem("{" + TRANSITION + "}", TransitionRequest.class));
    assertEquals(both, problem("{\"capPercentOfHistorical\":5,\"capShareOfGap\":0.5," + TRANSITION + "}",
        TransitionRequest.class));
    String cap = "\"capShareOfGap\":0.5,";
    String[] fields = {"\"historical\":{\"A\":1.00}", "\"residents\":{\"A\":1}", "\"firstYear\":2020",
        "\"totals\":[1.00]"};
    String[] names = {"historical", "residents", "firstYear", "totals"};
    for (int missing = 0; missing < fields.length; missing++) {
      StringBuilder json = new StringBuilder("{" + cap.substring(0, cap.length() - 1));
      for (int f = 0; f < fields.length; f++) {
        if (f != missing) {
          json.append(',').append(fields[f]);
        }
      }
      json.append('}');
      assertEquals("missing required field '" + names[missing] + "' of TransitionRequest",
          problem(json.toString(), TransitionRequest.class), json.toString());
    }
    String rest = "\"residents\":{\"A\":1},\"firstYear\":2020,\"totals\":[1.00]";
    assertEquals("historical must name at least one recipient",
        problem("{" + cap + "\"historical\":{}," + rest + "}", TransitionRequest.class));
    assertEquals("historical amount of A must not be negative: -1.00",
        problem("{" + cap + "\"historical\":{\"A\":-1.00}," + rest + "}", TransitionRequest.class));
    assertEquals("historical amount of A must not be negative: null",
        problem("{" + cap + "\"historical\":{\"A\":null}," + rest + "}", TransitionRequest.class));
    String hist = "\"historical\":{\"A\":1.00},";
    assertEquals("residents of A must not be negative: -1", problem("{" + cap + hist
        + "\"residents\":{\"A\":-1},\"firstYear\":2020,\"totals\":[1.00]}", TransitionRequest.class));
    assertEquals("residents of A must not be negative: null", problem("{" + cap + hist
        + "\"residents\":{\"A\":null},\"firstYear\":2020,\"totals\":[1.00]}", TransitionRequest.class));
    for (String year : new String[] {"0", "10000"}) {
      assertEquals("firstYear must be 1..9999: " + year, problem("{" + cap + hist
          + "\"residents\":{\"A\":1},\"firstYear\":" + year + ",\"totals\":[1.00]}", TransitionRequest.class));
    }
    assertEquals("totals must give at least one year", problem("{" + cap + hist
        + "\"residents\":{\"A\":1},\"firstYear\":2020,\"totals\":[]}", TransitionRequest.class));
    // a total that the path would refuse is refused on reading, so that validate --type transition-request
    // refuses what POST /v1/transition refuses; the schema says each total is > 0
    // a null total was refused as "invalid value"
    assertEquals("total of 2021 must be > 0: null", problem("{" + cap + hist
        + "\"residents\":{\"A\":1},\"firstYear\":2020,\"totals\":[1.00,null]}", TransitionRequest.class));
    for (String total : new String[] {"0.00", "-0.01"}) {
      assertEquals("total of 2021 must be > 0: " + total, problem("{" + cap + hist
          + "\"residents\":{\"A\":1},\"firstYear\":2020,\"totals\":[1.00," + total + "]}", TransitionRequest.class));
    }
    // the first and last years allowed
    for (int year : new int[] {1, 9999}) {
      assertEquals(Money.parse("1.00"), SocialPlanJson.read("{" + cap + hist + "\"residents\":{\"A\":1},"
          + "\"firstYear\":" + year + ",\"totals\":[1.00]}", TransitionRequest.class).path().year(year)
          .amount("A"));
    }
  }
}
