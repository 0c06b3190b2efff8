package io.github.socialplan.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/**
 * {@code validate --type <request>} (and {@code POST /v1/validate/<request>}, the same method) says valid
 * only a request its endpoint answers: the rules that tie fields together are checked too.
 */
class ValidateRequestsTest {

  private static String validate(String type, String json) throws Exception {
    return Calculations.validate(Calculations.InputType.ofName(type),
        new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)), "request");
  }

  private static void refusedAsTheEndpointRefusesIt(String type, String json, String problem) {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> validate(type, json), json);
    assertEquals(problem, e.getMessage(), json);
    assertEquals(problem, SocialPlanCli.errorBody(e).problem());
  }

  @Test
  void aRequestItsEndpointRefuses_isNotValid() throws Exception {
    refusedAsTheEndpointRefusesIt("allocation-request",
        "{\"total\":100.00,\"weights\":{\"a\":1,\"b\":1},\"bounds\":{\"floors\":{\"a\":150.00}}}",
        "floors add up to 150.00, more than the total 100.00");
    refusedAsTheEndpointRefusesIt("allocation-request",
        "{\"total\":100.00,\"weights\":{\"a\":1},\"bounds\":{\"ceilings\":{\"z\":1.00}}}",
        "ceiling given for z, which is not a recipient");
    refusedAsTheEndpointRefusesIt("transition-request", "{\"historical\":{\"a\":1.00},\"residents\":{\"b\":1},"
        + "\"capPercentOfHistorical\":5,\"firstYear\":2015,\"totals\":[1.00]}", "recipient a has no per-capita weight");
    refusedAsTheEndpointRefusesIt("reallocation-request",
        "{\"current\":{\"a\":30.00,\"b\":70.00},\"targets\":{\"z\":0.5}}", "target given for z, which is not an item");
    // a request the endpoint answers stays valid
    assertEquals("{\"valid\":true,\"type\":\"allocation-request\"}\n", validate("allocation-request",
        "{\"total\":100.00,\"weights\":{\"a\":1,\"b\":1},\"bounds\":{\"floors\":{\"a\":60.00}}}"));
  }
}
