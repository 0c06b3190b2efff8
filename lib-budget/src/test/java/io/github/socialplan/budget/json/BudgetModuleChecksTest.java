package io.github.socialplan.budget.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.github.socialplan.budget.allocation.Allocation;
import io.github.socialplan.budget.allocation.Bounds;
import io.github.socialplan.budget.allocation.Weights;
import io.github.socialplan.core.json.JsonInputException;
import io.github.socialplan.core.json.SocialPlanJson;
import io.github.socialplan.core.money.Money;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

/** Weights, bounds and allocations written and read by hand: the number forms, and each refusal with its path. */
class BudgetModuleChecksTest {

  private static JsonInputException refused(Class<?> type, String json) {
    return assertThrows(JsonInputException.class, () -> SocialPlanJson.read(json, type), json);
  }

  @Test
  void weights_areWrittenAsPlainNumbersWithoutTrailingZeros() {
    // 10 and 0.5 are held at scale 1 (10.0 and 0.5): 10.0 is written 10, not 1E+1 nor 10.0
    Weights w = Weights.builder().add("a", 10).add("b", new BigDecimal("0.5")).add("c", 0).build();
    assertEquals("{\"a\":10,\"b\":0.5,\"c\":0}", SocialPlanJson.write(w));
    assertEquals(w, SocialPlanJson.read("{\"a\":10,\"b\":0.50,\"c\":0}", Weights.class));
  }

  @Test
  void weights_refusedNamingTheRecipient() {
    JsonInputException negative = refused(Weights.class, "{\"a\":1,\"b\":-2}");
    assertEquals("$.b", negative.path());
    assertEquals("weight of recipient b must be >= 0: -2", negative.problem());
    JsonInputException notAnObject = refused(Weights.class, "[1,2]");
    assertEquals("expected an object (Weights), got an array", notAnObject.problem());
    JsonInputException text = refused(Weights.class, "{\"a\":true}");
    assertEquals("$.a", text.path());
    assertEquals("expected a number, got true", text.problem());
  }

  @Test
  void weights_outOfTheRangeOfWeights_areRefusedNamingTheRecipient() {
    // read through the weights' own reader and range: 1e999999999 failed as "malformed JSON", and 1e9999999
    // or 1e-99999999 cost seconds of CPU per request
    JsonInputException huge = refused(AllocationRequest.class,
        "{\"total\": 1.00, \"weights\": {\"a\": 1, \"b\": 1e999999999}}");
    assertEquals("$.weights.b", huge.path());
    assertEquals("weight of recipient b has more than 100 integer digits: 1E+999999999: 1e999999999",
        huge.problem());
    JsonInputException tiny = refused(Weights.class, "{\"a\": 1e-999999999}");
    assertEquals("$.a", tiny.path());
    assertEquals("weight of recipient a has more than 18 decimals: 1E-999999999: 1e-999999999", tiny.problem());
  }

  @Test
  void weights_ofMoreIntegerDigitsThanOtherDecimals_areRead_asABlendWritesThem() {
    // 10^30 has 31 integer digits, one more than the other decimals of the JSON may have
    Weights w = SocialPlanJson.read("{\"a\": 1e30, \"b\": 1}", Weights.class);
    assertEquals(0, new BigDecimal("1e30").compareTo(w.weight("a")));
    assertEquals("{\"a\":1000000000000000000000000000000,\"b\":1}", SocialPlanJson.write(w));
  }

  @Test
  void bounds_readBothOrEitherPart_andRefuseACeilingBelowItsFloor() {
    assertEquals(Bounds.none(), SocialPlanJson.read("{}", Bounds.class));
    assertEquals("{}", SocialPlanJson.write(Bounds.none()));
    Bounds ceilings = Bounds.builder().ceiling("a", Money.ofEuros(3)).build();
    assertEquals(ceilings, SocialPlanJson.read("{\"ceilings\":{\"a\":3.00}}", Bounds.class));
    assertEquals("{\"ceilings\":{\"a\":3.00}}", SocialPlanJson.write(ceilings));
    JsonInputException below = refused(Bounds.class, "{\"floors\":{\"a\":5.00},\"ceilings\":{\"a\":1.00}}");
    assertEquals("ceiling 1.00 of recipient a is below its floor 5.00", below.problem());
  }

  @Test
  void allocation_withoutItsTotalOrLines_isRefusedNamingTheField() {
    assertEquals("missing required field 'total' of Allocation",
        refused(Allocation.class, "{\"lines\":[]}").problem());
    assertEquals("missing required field 'lines' of Allocation",
        refused(Allocation.class, "{\"total\":1.00}").problem());
    assertEquals("an allocation of 1.00 needs at least one line",
        refused(Allocation.class, "{\"total\":1.00,\"lines\":[]}").problem());
    // a null line escaped as a bare NullPointerException from SocialPlanJson.read
    JsonInputException nullLine = refused(Allocation.class, "{\"total\":1.00,\"lines\":[null]}");
    assertEquals("$.lines[0]", nullLine.path());
    assertEquals("null where a value of Allocation is expected", nullLine.problem());
    // and Allocation.of names it as the others name a null argument
    java.util.List<io.github.socialplan.budget.allocation.AllocationLine> lines = new java.util.ArrayList<>();
    lines.add(null);
    assertEquals("lines[0]", assertThrows(NullPointerException.class,
        () -> Allocation.of(Money.ofEuros(1), lines)).getMessage());
  }

  @Test
  void allocation_offTheLargestRemainderSplit_isRefused_theSplitItselfIsRead() {
    // 1.00 by 1:1 is 0.50 each; 1.00 / 0.00 with a marked rounded up agrees line by line but is no allocation
    String line = "{\"recipient\":\"%s\",\"weight\":1,\"exactShare\":0.500000000000,\"amount\":%s,"
        + "\"remainderCents\":0.0000000000,\"roundedUp\":%s,\"binding\":\"NONE\"}";
    String wrong = "{\"total\":1.00,\"lines\":[" + String.format(java.util.Locale.ROOT, line, "a", "1.00", "true")
        + "," + String.format(java.util.Locale.ROOT, line, "b", "0.00", "false") + "]}";
    assertEquals("recipient a: amount 1.00, but the largest-remainder split of the free total 1.00 gives 0.50",
        refused(Allocation.class, wrong).problem());
    String right = "{\"total\":1.00,\"lines\":[" + String.format(java.util.Locale.ROOT, line, "a", "0.50", "false")
        + "," + String.format(java.util.Locale.ROOT, line, "b", "0.50", "false") + "]}";
    Allocation halves = SocialPlanJson.read(right, Allocation.class);
    assertEquals(Money.parse("0.50"), halves.amount("a"));
    assertEquals(Money.parse("0.50"), halves.amount("b"));
  }
}
