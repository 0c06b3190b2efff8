package io.github.socialplan.budget.readme;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.socialplan.budget.allocation.Allocation;
import io.github.socialplan.budget.allocation.Bounds;
import io.github.socialplan.budget.allocation.LargestRemainder;
import io.github.socialplan.budget.allocation.Weights;
import io.github.socialplan.budget.balance.PlanBalance;
import io.github.socialplan.budget.copayment.LinearCopayment;
import io.github.socialplan.budget.quota.QuotaCapitaria;
import io.github.socialplan.budget.quota.QuotaCharge;
import io.github.socialplan.core.io.PlanTableReader;
import io.github.socialplan.core.money.Money;
import io.github.socialplan.core.plan.Plan;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Keeps the "Budget" section proposed for README compiling and its figures right. */
class ReadmeBudgetExampleTest {

  @Test
  void readmeBudgetSection() throws IOException {
    // --- README snippet starts ---
    Weights residents = Weights.builder()
        .add("019036", 70_841).add("019098", 8_744).add("019076", 6_273).build();
    Allocation a = LargestRemainder.allocate(Money.ofEuros(100_000), residents);
    Money cremona = a.amount("019036");                       // 82509.49: the parts add up to 100000.00
    Allocation capped = LargestRemainder.allocate(Money.ofEuros(100_000), residents,
        Bounds.builder().ceiling("019036", Money.ofEuros(80_000)).build());

    QuotaCapitaria quota = QuotaCapitaria.builder()
        .component("servizio sociale", new BigDecimal("3.50"))
        .component("tutela minori", new BigDecimal("1.39"))
        .build();                                               // 4.89 per resident
    QuotaCharge charge = quota.charge(
        Map.of("019036", 70_841L, "019098", 8_744L),
        Map.of("019036", Set.of("tutela minori")));             // Cremona keeps minors' protection
    Money toTheAzienda = charge.total();                       // 247943.50 + 42758.16 = 290701.66

    LinearCopayment sad = LinearCopayment.builder()
        .exemptionThreshold(new BigDecimal("6000")).fullTariffThreshold(new BigDecimal("30000"))
        .fullTariff(Money.parse("400.00")).rounding(RoundingMode.HALF_UP).build();
    Money fee = sad.copayment(new BigDecimal("18000"));        // 200.00

    Plan plan = PlanTableReader.of("pdz-cremona-2015-2017", "Piano di Zona 2015-2017", "ambito-cremona")
        .read(Path.of("data/reference/cremona-plan-2015-2017.csv"));
    PlanBalance balance = PlanBalance.of(plan);
    List<String> gaps = balance.gaps().stream().map(g -> g.message()).toList();
    // "2015: expenditure lines add up to 5574718.00, published total expenditure is 5574719.00: difference -1.00"
    // --- README snippet ends ---

    assertEquals(Money.parse("82509.49"), cremona); // 100000 × 70841 / 85858 = 82509.4918...
    assertEquals(Money.parse("100000.00"), Money.sum(a.amounts().values()));
    assertEquals(Money.ofEuros(80_000), capped.amount("019036"));
    assertEquals(0, new BigDecimal("4.89").compareTo(quota.rate()));
    assertEquals(Money.parse("247943.50"), charge.line("019036").amount()); // 70841 × 3.50
    assertEquals(Money.parse("42758.16"), charge.line("019098").amount()); // 8744 × 4.89
    assertEquals(Money.parse("290701.66"), toTheAzienda);
    assertEquals(Money.parse("200.00"), fee);
    assertEquals(
        "2015: expenditure lines add up to 5574718.00, published total expenditure is 5574719.00:"
            + " difference -1.00",
        gaps.get(0));
  }
}
