package io.github.socialplan.budget.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.socialplan.budget.allocation.Allocation;
import io.github.socialplan.budget.allocation.Bounds;
import io.github.socialplan.budget.allocation.LargestRemainder;
import io.github.socialplan.budget.allocation.Weights;
import io.github.socialplan.core.json.JsonInputException;
import io.github.socialplan.core.json.SocialPlanJson;
import io.github.socialplan.core.money.Money;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class BudgetModuleTest {

  private static final Weights WEIGHTS = Weights.builder()
      .add("019036", 70_841).add("019098", 8_744).add("019076", new BigDecimal("6273.5")).build();

  @Test
  void weights_roundTripInRecipientOrder() {
    String json = SocialPlanJson.write(WEIGHTS);
    assertEquals("{\"019036\":70841,\"019098\":8744,\"019076\":6273.5}", json);
    assertEquals(WEIGHTS, SocialPlanJson.read(json, Weights.class));
  }

  @Test
  void bounds_roundTrip() {
    Bounds b = Bounds.builder().floor("019098", Money.ofEuros(20_000)).ceiling("019036", Money.ofEuros(80_000))
        .build();
    String json = SocialPlanJson.write(b);
    assertEquals("{\"floors\":{\"019098\":20000.00},\"ceilings\":{\"019036\":80000.00}}", json);
    assertEquals(b, SocialPlanJson.read(json, Bounds.class));
  }

  @Test
  void allocation_roundTripsEqual_boundedOrNot() {
    Allocation free = LargestRemainder.allocate(Money.ofEuros(100_000), WEIGHTS);
    assertEquals(free, SocialPlanJson.read(SocialPlanJson.write(free), Allocation.class));
    Allocation bounded = LargestRemainder.allocate(Money.ofEuros(100_000), WEIGHTS,
        Bounds.builder().floor("019076", Money.ofEuros(30_000)).build());
    Allocation back = SocialPlanJson.read(SocialPlanJson.write(bounded), Allocation.class);
    assertEquals(bounded, back);
    assertEquals(bounded.lines(), back.lines());
    assertNotEquals(free, bounded);
  }

  @Test
  void allocation_withATamperedAmount_isRejected() {
    Allocation a = LargestRemainder.allocate(Money.ofEuros(100_000), WEIGHTS);
    String json = SocialPlanJson.write(a).replace("\"total\":100000.00", "\"total\":100000.01");
    JsonInputException e = assertThrows(JsonInputException.class, () -> SocialPlanJson.read(json, Allocation.class));
    assertTrue(e.problem().contains("add up to 100000.00, not to the total 100000.01"), e.problem());
  }

  @Test
  void request_allocatesAndRoundTrips() {
    String json = "{\"total\":100000.00,\"weights\":{\"019036\":70841,\"019098\":8744,\"019076\":6273},"
        + "\"bounds\":{\"floors\":{\"019076\":30000.00}}}";
    AllocationRequest r = SocialPlanJson.read(json, AllocationRequest.class);
    assertEquals(json, SocialPlanJson.write(r));
    Allocation a = r.allocate();
    assertEquals(Money.ofEuros(30_000), a.amount("019076"));
    assertEquals(Money.ofEuros(100_000), Money.sum(a.amounts().values()));
  }

  @Test
  void request_errorsNameTheField() {
    JsonInputException missing = assertThrows(JsonInputException.class,
        () -> SocialPlanJson.read("{\"weights\":{\"a\":1}}", AllocationRequest.class));
    assertEquals("missing required field 'total' of AllocationRequest", missing.problem());
    JsonInputException negative = assertThrows(JsonInputException.class,
        () -> SocialPlanJson.read("{\"total\":-1,\"weights\":{\"a\":1}}", AllocationRequest.class));
    assertTrue(negative.problem().contains("total must not be negative"), negative.problem());
    JsonInputException weight = assertThrows(JsonInputException.class,
        () -> SocialPlanJson.read("{\"total\":1,\"weights\":{\"a\":\"1\"}}", AllocationRequest.class));
    assertEquals("$.weights.a", weight.path());
    assertEquals("expected a number, got the string \"1\"", weight.problem());
    JsonInputException floor = assertThrows(JsonInputException.class,
        () -> SocialPlanJson.read("{\"total\":1,\"weights\":{\"a\":1},\"bounds\":{\"floors\":{\"a\":-2}}}",
            AllocationRequest.class));
    assertTrue(floor.problem().contains("floor of recipient a must be >= 0"), floor.problem());
  }
}
