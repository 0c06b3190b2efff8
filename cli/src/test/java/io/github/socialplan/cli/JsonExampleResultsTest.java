package io.github.socialplan.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.cfg.JsonNodeFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import io.github.socialplan.budget.json.AllocationRequest;
import io.github.socialplan.core.json.JsonInputException;
import io.github.socialplan.core.json.SocialPlanJson;
import java.io.FileInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Each result shown in {@code docs/json/examples/} is the one the library gives for its request: the
 * result of {@code allocation-request.json} is {@code allocation.json}, and so on; {@code balance.json} is
 * the balance of {@code data/reference/cremona-plan-2015-2017.csv} (its one-euro gap of 2015),
 * {@code indicators.json} rows of the POSAS sample's indicators at province level, {@code error.json} the
 * error of a total with three decimals, as README's error body shows it. Compared as JSON text written
 * again without layout, field order and decimals as written, so 0.50 is not 0.5.
 */
class JsonExampleResultsTest {

  private static final Path EXAMPLES = Path.of("docs/json/examples");
  private static final ObjectMapper JSON = JsonMapper.builder()
      .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
      .enable(JsonGenerator.Feature.WRITE_BIGDECIMAL_AS_PLAIN)
      .disable(JsonNodeFeature.STRIP_TRAILING_BIGDECIMAL_ZEROES)
      .build();

  /** The JSON without its layout; a tree's equality would take 78331.440 for 78331.44. */
  private static String compact(JsonNode json) throws IOException {
    return JSON.writeValueAsString(json);
  }

  private static String compact(String json) throws IOException {
    return compact(JSON.readTree(json));
  }

  private static String example(String name) throws IOException {
    return compact(Files.readString(EXAMPLES.resolve(name)));
  }

  private interface Computation {
    String of(InputStream in, String source) throws IOException;
  }

  private static void assertExampleIsResult(String request, String result, Computation computation)
      throws IOException {
    String computed;
    try (InputStream in = Files.newInputStream(EXAMPLES.resolve(request))) {
      computed = computation.of(in, request);
    }
    assertEquals(example(result), compact(computed), result + " is not the result of " + request);
  }

  @Test
  void eachResultExample_isTheResultOfItsRequestExample() throws IOException {
    assertExampleIsResult("allocation-request.json", "allocation.json",
        (in, source) -> SocialPlanJson.write(Calculations.allocate(in, source)));
    assertExampleIsResult("quota-request.json", "quota.json", Calculations::quota);
    assertExampleIsResult("transition-request.json", "transition.json", Calculations::transition);
    assertExampleIsResult("reallocation-request.json", "reallocation.json", Calculations::reallocate);
    assertExampleIsResult("copayment-request.json", "copayment.json", Calculations::copayment);
    assertExampleIsResult("plan.json", "validation.json",
        (in, source) -> Calculations.validate(Calculations.InputType.PLAN, in, source));
  }

  @Test
  void balanceExample_isTheBalanceOfTheCremonaPlanTable() throws IOException {
    String computed;
    try (InputStream in = new FileInputStream("data/reference/cremona-plan-2015-2017.csv")) {
      computed = Calculations.balance(Calculations.planTable(in, "cremona-plan-2015-2017.csv"));
    }
    assertEquals(example("balance.json"), compact(computed));
  }

  @Test
  void indicatorsExample_rowsAndSkippedComuneAreThoseOfThePosasSampleByProvince() throws IOException {
    String computed;
    try (InputStream in = new FileInputStream("data/reference/real/posas-2025-sample.csv")) {
      computed = Calculations.indicators(Calculations.posas(in, "posas-2025-sample.csv", true),
          Calculations.Level.PROVINCE, null, Calculations.Format.JSON);
    }
    List<String> rows = new ArrayList<>();
    for (JsonNode row : JSON.readTree(computed).get("rows")) {
      rows.add(compact(row));
    }
    JsonNode example = JSON.readTree(EXAMPLES.resolve("indicators.json").toFile());
    for (JsonNode row : example.get("rows")) {
      assertTrue(rows.contains(compact(row)), "not a row of the computed indicators: " + row);
    }
    // Abbadia Cerreto, skipped, as the computed table lists it
    assertEquals(compact(JSON.readTree(computed).get("skipped")), compact(example.get("skipped")));
  }

  @Test
  void errorExample_andReadmesErrorBody_areTheErrorOfThreeDecimals() throws IOException {
    JsonInputException e = assertThrows(JsonInputException.class, () -> SocialPlanJson.read(
        "{\"total\":100000.001,\"weights\":{\"019036\":70841}}", AllocationRequest.class));
    String computed = compact(e.toErrorBody().toJson());
    assertEquals(example("error.json"), computed);
    List<String> readme = Files.readAllLines(Path.of("README.md"));
    int block = readme.indexOf("```json");
    assertEquals(computed, readme.get(block + 1), "README's error body");
  }
}
