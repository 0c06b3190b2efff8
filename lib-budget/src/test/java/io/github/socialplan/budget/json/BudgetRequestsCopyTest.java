package io.github.socialplan.budget.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.github.socialplan.budget.copayment.CopaymentUser;
import io.github.socialplan.core.money.Money;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * A request is a value: what it was made with, and checked against, is what it computes, whatever the caller
 * does afterwards with the maps and lists it gave (reuses them for the next request) or got back.
 */
class BudgetRequestsCopyTest {

  private static Map<String, BigDecimal> components() {
    Map<String, BigDecimal> m = new LinkedHashMap<>();
    m.put("sociale", new BigDecimal("3.505"));
    m.put("minori", new BigDecimal("1.39"));
    return m;
  }

  @Test
  void quotaRequest_keepsTheExclusionsItWasMadeWith() {
    Map<String, Set<String>> exclusions = new HashMap<>();
    exclusions.put("C", new HashSet<>(Set.of("minori")));
    QuotaRequest request = new QuotaRequest(components(), null, Map.of("C", 10L), exclusions);
    // the caller reuses its map for another request: C no longer excludes "minori" there
    exclusions.get("C").clear();
    // C excludes "minori": 3.505 x 10 = 35.05 (48.95 with it)
    assertEquals(Money.parse("35.05"), request.charge().total());
    exclusions.put("C", Set.of("sociale"));
    assertEquals(Money.parse("35.05"), request.charge().total());
  }

  @Test
  void quotaRequest_mapsCannotBeChangedThroughItsAccessors() {
    QuotaRequest request = new QuotaRequest(components(), null, new HashMap<>(Map.of("C", 10L)),
        Map.of("C", Set.of("minori")));
    assertThrows(UnsupportedOperationException.class, () -> request.residents().put("C", 20L));
    assertThrows(UnsupportedOperationException.class, () -> request.components().put("minori", BigDecimal.TEN));
    assertThrows(UnsupportedOperationException.class, () -> request.exclusions().get("C").clear());
    assertEquals(Money.parse("35.05"), request.charge().total());
  }

  @Test
  void stepRequest_keepsTheBandsItWasMadeWith() {
    List<CopaymentRequest.Band> bands = new ArrayList<>();
    bands.add(new CopaymentRequest.Band(BigDecimal.ZERO, Money.ZERO, null));
    bands.add(new CopaymentRequest.Band(new BigDecimal("10000"), Money.parse("40.00"), null));
    CopaymentRequest request = new CopaymentRequest(null, new CopaymentRequest.Steps(null, null, bands),
        List.of(new CopaymentUser("u1", new BigDecimal("18000"), 1)));
    // the caller edits its list for the next schedule
    bands.set(1, new CopaymentRequest.Band(new BigDecimal("10000"), Money.parse("80.00"), null));
    // ISEE 18000 is in the band from 10000: 40.00
    assertEquals(Money.parse("40.00"), request.total().total());
    assertThrows(UnsupportedOperationException.class, () -> request.steps().bands().clear());
  }

  @Test
  void transitionRequest_mapsCannotBeChangedThroughItsAccessors() {
    TransitionRequest request = new TransitionRequest(
        new LinkedHashMap<>(Map.of("A", Money.parse("60.00"), "B", Money.parse("40.00"))),
        new LinkedHashMap<>(Map.of("A", 50L, "B", 50L)), new BigDecimal("5"), null, 2020,
        List.of(Money.parse("100.00")));
    assertThrows(UnsupportedOperationException.class, () -> request.historical().put("A", Money.parse("90.00")));
    assertThrows(UnsupportedOperationException.class, () -> request.residents().put("B", 150L));
    // 5 % of the historical amounts: A loses 2.00 towards its target of 50.00
    assertEquals(Money.parse("58.00"), request.path().year(2020).amount("A"));
  }

  @Test
  void reallocationRequest_mapsCannotBeChangedThroughItsAccessors() {
    ReallocationRequest request = new ReallocationRequest(
        new LinkedHashMap<>(Map.of("a", Money.parse("80.00"), "b", Money.parse("20.00"))),
        new LinkedHashMap<>(Map.of("b", new BigDecimal("0.5"))), null);
    assertThrows(UnsupportedOperationException.class, () -> request.current().put("a", Money.parse("0.00")));
    assertThrows(UnsupportedOperationException.class, () -> request.targets().put("b", BigDecimal.ONE));
    // b's target is half of 100.00
    assertEquals(Money.parse("50.00"), request.reallocate().amount("b"));
  }
}
