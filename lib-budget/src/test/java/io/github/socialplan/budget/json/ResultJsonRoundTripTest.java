package io.github.socialplan.budget.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;

import io.github.socialplan.budget.allocation.Bounds;
import io.github.socialplan.budget.balance.PlanBalance;
import io.github.socialplan.budget.copayment.CopaymentSummary;
import io.github.socialplan.budget.copayment.CopaymentUser;
import io.github.socialplan.budget.quota.QuotaCharge;
import io.github.socialplan.budget.reallocation.ReallocationResult;
import io.github.socialplan.budget.transition.TransitionPath;
import io.github.socialplan.core.fund.FundLevel;
import io.github.socialplan.core.json.JsonInputException;
import io.github.socialplan.core.json.SocialPlanJson;
import io.github.socialplan.core.money.Money;
import io.github.socialplan.core.plan.BudgetLine;
import io.github.socialplan.core.plan.YearlyBudget;
import io.github.socialplan.core.service.UserArea;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.core.RandomnessSource;
import org.quicktheories.generators.Generate;

/**
 * Every budget result, computed from generated requests, written as JSON and read back is equal to itself;
 * a result whose repeated figures were changed is rejected with the JSON path of the figure.
 */
class ResultJsonRoundTripTest {

  private static final long SEED = 20_150_101L;
  private static final int EXAMPLES = 200;

  private static long in(RandomnessSource r, long min, long max) {
    return Generate.longRange(min, max).generate(r);
  }

  private static <T> void roundTrips(Gen<T> values, Class<T> type) {
    qt().withFixedSeed(SEED).withExamples(EXAMPLES).forAll(values).checkAssert(v -> {
      String json = SocialPlanJson.write(v);
      assertEquals(v, SocialPlanJson.read(json, type), json);
    });
  }

  private static String id(long i) {
    return String.format("0190%02d", i);
  }

  private static Gen<QuotaCharge> quotas() {
    return r -> {
      Map<String, BigDecimal> components = new LinkedHashMap<>();
      for (long k = in(r, 1, 3); k > 0; k--) {
        components.put("servizio " + k, BigDecimal.valueOf(in(r, 0, 99_999), (int) in(r, 0, 4)));
      }
      Map<String, Long> residents = new LinkedHashMap<>();
      Map<String, Set<String>> exclusions = new LinkedHashMap<>();
      for (long i = in(r, 0, 8); i > 0; i--) {
        residents.put(id(i), in(r, 0, 2_000_000));
        if (in(r, 0, 3) == 0 && components.size() > 1) {
          exclusions.put(id(i), Set.of(components.keySet().iterator().next()));
        }
      }
      RoundingMode rounding = List.of(RoundingMode.HALF_UP, RoundingMode.HALF_EVEN, RoundingMode.DOWN)
          .get((int) in(r, 0, 2));
      return new QuotaRequest(components, rounding, residents, exclusions).charge();
    };
  }

  private static Gen<TransitionPath> transitions() {
    return r -> {
      Map<String, Money> historical = new LinkedHashMap<>();
      Map<String, Long> residents = new LinkedHashMap<>();
      long n = in(r, 1, 6);
      for (long i = 1; i <= n; i++) {
        historical.put(id(i), Money.ofCents(in(r, i == 1 ? 1 : 0, 50_000_000)));
        residents.put(id(i), in(r, 0, 100_000));
      }
      residents.put(id(1), residents.get(id(1)) + 1);
      List<Money> totals = new ArrayList<>();
      for (long y = in(r, 1, 4); y > 0; y--) {
        totals.add(Money.ofCents(in(r, 1, 100_000_000)));
      }
      boolean percent = in(r, 0, 1) == 0;
      BigDecimal cap = percent ? BigDecimal.valueOf(in(r, 0, 100)) : BigDecimal.valueOf(in(r, 0, 100), 2);
      return new TransitionRequest(historical, residents, percent ? cap : null, percent ? null : cap,
          (int) in(r, 2000, 2030), totals).path();
    };
  }

  private static Gen<ReallocationResult> reallocations() {
    return r -> {
      Map<String, Money> current = new LinkedHashMap<>();
      Map<String, BigDecimal> targets = new LinkedHashMap<>();
      Bounds.Builder bounds = Bounds.builder();
      long n = in(r, 1, 5);
      long left = 100;
      for (long i = 1; i <= n; i++) {
        String item = "area " + i;
        Money amount = Money.ofCents(in(r, i == n ? 1 : 0, 10_000_000));
        current.put(item, amount);
        if (i < n && in(r, 0, 1) == 0 && left > 0) {
          long share = in(r, 0, left);
          left -= share;
          targets.put(item, BigDecimal.valueOf(share, 2));
        }
        if (in(r, 0, 3) == 0) {
          bounds.ceiling(item, Money.ofCents(in(r, 0, 10_000_000)));
        }
      }
      try {
        return new ReallocationRequest(current, targets, bounds.build()).reallocate();
      } catch (IllegalArgumentException infeasible) {
        // ceilings below the total: reallocate without them
        return new ReallocationRequest(current, targets, null).reallocate();
      }
    };
  }

  private static Gen<CopaymentSummary> copayments() {
    return r -> {
      List<CopaymentUser> users = new ArrayList<>();
      for (long i = in(r, 0, 8); i > 0; i--) {
        users.add(CopaymentUser.of("u" + i, BigDecimal.valueOf(in(r, 0, 4_000_000), 2), in(r, 0, 12)));
      }
      long exempt = in(r, 0, 10_000);
      CopaymentRequest.Linear linear = new CopaymentRequest.Linear(BigDecimal.valueOf(exempt),
          BigDecimal.valueOf(exempt + in(r, 1, 30_000)), Money.ofCents(in(r, 0, 5_000)),
          Money.ofCents(in(r, 5_000, 80_000)), RoundingMode.HALF_UP);
      return new CopaymentRequest(linear, null, users).total();
    };
  }

  private static BudgetLine line(RandomnessSource r, String label) {
    BudgetLine.Builder b = BudgetLine.builder().label(label).amount(Money.ofCents(in(r, 0, 500_000_000)));
    if (in(r, 0, 1) == 0) {
      b.level(FundLevel.values()[(int) in(r, 0, FundLevel.values().length - 1)]);
    }
    if (in(r, 0, 1) == 0) {
      b.userArea(UserArea.values()[(int) in(r, 0, UserArea.values().length - 1)]);
    }
    return b.build();
  }

  private static Gen<PlanBalance> balances() {
    return r -> {
      List<YearlyBudget> budgets = new ArrayList<>();
      int first = (int) in(r, 2010, 2020);
      for (long y = in(r, 0, 3); y > 0; y--) {
        YearlyBudget.Builder b = YearlyBudget.builder().year(first + (int) y);
        for (long k = in(r, 0, 4); k > 0; k--) {
          b.addRevenues(line(r, "entrata " + in(r, 1, 5)));
        }
        for (long k = in(r, 0, 4); k > 0; k--) {
          b.addExpenditures(line(r, "spesa " + in(r, 1, 5)));
        }
        if (in(r, 0, 1) == 0) {
          b.publishedRevenueTotal(Money.ofCents(in(r, 0, 900_000_000)));
        }
        if (in(r, 0, 1) == 0) {
          b.publishedExpenditureTotal(Money.ofCents(in(r, 0, 900_000_000)));
        }
        try {
          budgets.add(b.build());
        } catch (IllegalArgumentException | IllegalStateException repeatedLabel) {
          // a budget names each line once: leave this year out
        }
      }
      return PlanBalance.of(budgets);
    };
  }

  @Test
  void quotaCharges_roundTripEqual() {
    roundTrips(quotas(), QuotaCharge.class);
  }

  @Test
  void transitionPaths_roundTripEqual() {
    roundTrips(transitions(), TransitionPath.class);
  }

  @Test
  void reallocations_roundTripEqual() {
    roundTrips(reallocations(), ReallocationResult.class);
  }

  @Test
  void copayments_roundTripEqual() {
    roundTrips(copayments(), CopaymentSummary.class);
  }

  @Test
  void decimalsWrittenWithAnExponentOrZeros_roundTripEqual_forTheyAreComparedByValue() {
    // an ISEE of 1.8E+4 is written 18000 and read back at scale 0; a target share of 0E+3 is written 0
    io.github.socialplan.budget.copayment.LinearCopayment sad =
        io.github.socialplan.budget.copayment.LinearCopayment.builder().exemptionThreshold(new BigDecimal("6000"))
            .fullTariffThreshold(new BigDecimal("30000")).fullTariff(Money.parse("400.00")).build();
    CopaymentSummary copayments = sad.total(List.of(CopaymentUser.of("u1", new BigDecimal("1.8E+4"), 2),
        CopaymentUser.of("u2", new BigDecimal("18000.000"), 1)));
    assertEquals(copayments, SocialPlanJson.read(SocialPlanJson.write(copayments), CopaymentSummary.class));
    assertEquals(CopaymentUser.of("u1", new BigDecimal("18000"), 2), CopaymentUser.of("u1", new BigDecimal("1.8E+4"), 2));
    assertEquals(CopaymentUser.of("u1", new BigDecimal("18000"), 2).hashCode(),
        CopaymentUser.of("u1", new BigDecimal("18000.00"), 2).hashCode());
    ReallocationResult zeroShare = io.github.socialplan.budget.reallocation.Reallocation.builder()
        .current("A", Money.ofEuros(4)).current("C", Money.ofEuros(6)).target("A", BigDecimal.ONE)
        .target("C", new BigDecimal("0E+3")).build();
    assertEquals(zeroShare, SocialPlanJson.read(SocialPlanJson.write(zeroShare), ReallocationResult.class));
    // one reallocation whichever way its share is written: 0.5 and 0.50 of 10.00 are 5.00 each
    ReallocationResult half = io.github.socialplan.budget.reallocation.Reallocation.builder()
        .current("A", Money.ofEuros(4)).current("C", Money.ofEuros(6)).target("A", new BigDecimal("0.5")).build();
    ReallocationResult halfWithAZero = io.github.socialplan.budget.reallocation.Reallocation.builder()
        .current("A", Money.ofEuros(4)).current("C", Money.ofEuros(6)).target("A", new BigDecimal("0.50")).build();
    assertEquals(half, halfWithAZero);
    assertEquals(half.hashCode(), halfWithAZero.hashCode());
    assertEquals(Money.ofEuros(5), half.amount("A"));
  }

  @Test
  void balances_roundTripEqual() {
    roundTrips(balances(), PlanBalance.class);
  }

  private static JsonInputException rejected(Object value, Class<?> type, Function<String, String> tamper) {
    String json = tamper.apply(SocialPlanJson.write(value));
    return assertThrows(JsonInputException.class, () -> SocialPlanJson.read(json, type), json);
  }

  private static PlanBalance cremonaLike() {
    YearlyBudget y2015 = YearlyBudget.builder().year(2015)
        .addRevenues(BudgetLine.builder().label("FNPS").amount(Money.ofEuros(100)).level(FundLevel.NATIONAL).build())
        .addRevenues(BudgetLine.builder().label("Comuni").amount(Money.ofEuros(50)).build())
        .addExpenditures(BudgetLine.builder().label("Anziani").amount(Money.ofEuros(149)).build())
        .publishedExpenditureTotal(Money.ofEuros(150)).build();
    YearlyBudget y2016 = YearlyBudget.builder().year(2016)
        .addRevenues(BudgetLine.builder().label("FNPS").amount(Money.ofEuros(0)).level(FundLevel.NATIONAL).build())
        .addExpenditures(BudgetLine.builder().label("Anziani").amount(Money.ofEuros(0)).build()).build();
    return PlanBalance.of(List.of(y2015, y2016));
  }

  @Test
  void aBalanceWhoseFiguresDisagree_isRejectedNamingThePath() {
    PlanBalance b = cremonaLike();
    assertEquals(b, SocialPlanJson.read(SocialPlanJson.write(b), PlanBalance.class));
    // the revenue lines no longer add up to the shares
    JsonInputException lines = rejected(b, PlanBalance.class,
        j -> j.replaceFirst("\"revenueLines\":150.00", "\"revenueLines\":151.00"));
    assertEquals("$.years[0]", lines.path(), lines.problem());
    assertTrue(lines.problem().contains("revenue shares add up to 150.00, not the revenue lines 151.00"),
        lines.problem());
    JsonInputException share = rejected(b, PlanBalance.class,
        j -> j.replaceFirst("\"key\":\"NATIONAL\",\"amount\":100.00", "\"key\":\"NATIONAL\",\"amount\":101.00"));
    assertEquals("$.years[0]", share.path());
    assertTrue(share.problem().contains("revenue shares add up to 151.00, not the revenue lines 150.00"),
        share.problem());
    JsonInputException balanced = rejected(b, PlanBalance.class, j -> j.replace("\"balanced\":false,\"years\"",
        "\"balanced\":true,\"years\""));
    assertEquals("$.balanced", balanced.path());
    JsonInputException difference = rejected(b, PlanBalance.class, j -> j.replace("\"difference\":-1.00",
        "\"difference\":1.00"));
    assertTrue(difference.path().startsWith("$.years[0].gaps["), difference.path());
    JsonInputException percent = rejected(b, PlanBalance.class, j -> j.replace("\"after\":0.00,\"difference\":-100.00",
        "\"after\":0.00,\"difference\":-100.00,\"percent\":5"));
    assertTrue(percent.path().matches("\\$\\.changes\\[\\d]\\.percent"), percent.path());
    JsonInputException missing = rejected(b, PlanBalance.class, j -> j.replaceFirst(",\"changes\":\\[.*]", ""));
    assertEquals("missing required field 'changes' of PlanBalance", missing.problem());
  }

  @Test
  void otherResultsWhoseFiguresDisagree_areRejectedNamingThePath() {
    QuotaCharge q = new QuotaRequest(Map.of("servizio", new BigDecimal("3.50")), null,
        Map.of("019036", 70_841L), null).charge();
    assertEquals("$.total", rejected(q, QuotaCharge.class, j -> j.replace("\"total\":247943.50",
        "\"total\":247943.51")).path());
    assertEquals("$.lines[0].amount", rejected(q, QuotaCharge.class, j -> j.replace("\"amount\":247943.50",
        "\"amount\":247944.50")).path());
    CopaymentSummary c = new CopaymentRequest(new CopaymentRequest.Linear(new BigDecimal("5000"),
        new BigDecimal("20000"), Money.ZERO, Money.ofEuros(300), null), null,
        List.of(CopaymentUser.of("u1", new BigDecimal("1000"), 2), CopaymentUser.of("u2", new BigDecimal("30000"), 1)))
        .total();
    assertEquals(1, c.exempt());
    assertEquals(1, c.fullTariff());
    assertEquals("$.exempt", rejected(c, CopaymentSummary.class, j -> j.replace("\"exempt\":1", "\"exempt\":2"))
        .path());
    assertEquals("$.fullTariff", rejected(c, CopaymentSummary.class,
        j -> j.replace("\"fullTariff\":1", "\"fullTariff\":2")).path());
    assertEquals("$.lines[1]", rejected(c, CopaymentSummary.class, j -> j.replace("\"amount\":300.00",
        "\"amount\":301.00")).path());
    TransitionPath t = new TransitionRequest(Map.of("a", Money.ofEuros(60), "b", Money.ofEuros(40)),
        Map.of("a", 1L, "b", 1L), new BigDecimal("5"), null, 2015, List.of(Money.ofEuros(100), Money.ofEuros(100)))
        .path();
    assertEquals("$.years[1]", rejected(t, TransitionPath.class, j -> j.replaceFirst("\"total\":100.00,(.*)"
        + "\"total\":100.00", "\"total\":100.00,$1\"total\":100.01")).path());
    assertEquals("$.years", rejected(t, TransitionPath.class, j -> j.replaceFirst("\"year\":2016", "\"year\":2017"))
        .path());
    ReallocationResult re = new ReallocationRequest(Map.of("a", Money.ofEuros(30), "b", Money.ofEuros(70)),
        Map.of("a", new BigDecimal("0.5")), Bounds.builder().ceiling("a", Money.ofEuros(40)).build()).reallocate();
    assertEquals("$.movement", rejected(re, ReallocationResult.class, j -> j.replace("\"movement\":10.00",
        "\"movement\":11.00")).path());
    assertEquals("$.targetsMet", rejected(re, ReallocationResult.class, j -> j.replace("\"targetsMet\":false",
        "\"targetsMet\":true")).path());
    assertEquals("$.constraints[0].message", rejected(re, ReallocationResult.class,
        j -> j.replace("is above its ceiling", "is over its ceiling")).path());
  }
}
