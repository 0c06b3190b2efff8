package io.github.socialplan.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import io.github.socialplan.core.json.JsonInputException;
import io.github.socialplan.core.json.SocialPlanJson;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The schemas in docs/json and the library agree at the edges: each example, with one value set to just
 * inside or just outside a bound (or replaced whole, for an empty pointer), is accepted by both or refused
 * by both. A client that validates against
 * a schema must not send what the library refuses, nor be kept from sending what it accepts.
 */
class SchemaLibraryAgreementTest {

  private static final ObjectMapper JSON = new ObjectMapper()
      .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
      .setNodeFactory(JsonNodeFactory.withExactBigDecimals(true));
  private static final JsonSchemaFactory FACTORY = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012);

  /**
   * What README's JSON contract says the library tolerates beyond the schemas (money in a string, null for
   * an optional field, white space around an enumerated value) and refuses within them (a whole number
   * written 2015.0): type, pointer, value, which side accepts.
   */
  private static final String[][] DOCUMENTED_DIFFERENCES = {
      {"allocation-request", "/total", "\"100000.00\"", "library"},
      {"plan", "/actions/0/leadBody", "null", "library"},
      {"plan", "/budgets/0/revenues/0/level", "\"NATIONAL \"", "library"},
      {"plan", "/period/startYear", "2015.0", "schema"},
      {"population", "/year", "2014.0", "schema"},
      {"population", "/year", "2.0E+3", "schema"},
      // a sum a schema cannot say: 9223372036854775807 + 8744 residents pass a long
      {"quota-request", "/residents/019036", "9223372036854775807", "schema"},
  };

  @Test
  void theDifferencesReadmeStates_holdAsStated() throws Exception {
    for (String[] d : DOCUMENTED_DIFFERENCES) {
      JsonNode document = JSON.readTree(Path.of("docs/json/examples/" + d[0] + ".json").toFile());
      set(document, d[1], JSON.readTree(d[2]));
      boolean schema = FACTORY.getSchema(JSON.readTree(Path.of("docs/json/" + d[0] + ".schema.json").toFile()))
          .validate(document).isEmpty();
      boolean library = true;
      try {
        SocialPlanJson.read(document.toString(), Calculations.InputType.ofName(d[0]).jsonType());
      } catch (JsonInputException e) {
        library = false;
      }
      String what = String.join(" ", d);
      assertEquals(d[3].equals("schema"), schema, what + ": schema");
      assertEquals(d[3].equals("library"), library, what + ": library");
    }
  }

  /** Type, JSON pointer into its example, value, whether it is valid. */
  private static final String[][] EDGES = {
      {"plan", "/period/startYear", "0", "refused"},
      {"plan", "/period/endYear", "10000", "refused"},
      {"plan", "/actions/0/fundings/0/year", "10000", "refused"},
      {"plan", "/targets/0/year", "0", "refused"},
      {"plan", "/targets/0/year", "10000", "refused"},
      {"plan", "/actions/0/indicators/0/baselineYear", "0", "refused"},
      {"plan", "/actions/0/indicators/0/baselineYear", "1", "valid"},
      // names and labels the library refuses when blank (white space only, as String.isBlank has it)
      {"plan", "/id", "\" \"", "refused"},
      {"plan", "/axes/0/name", "\"\"", "refused"},
      {"plan", "/actions/0/title", "\"\"", "refused"},
      {"plan", "/actions/0/title", "\" \\t\"", "refused"},
      {"plan", "/actions/0/indicators/0/indicator", "\"\\u2003\"", "refused"},
      {"plan", "/budgets/0/revenues/0/label", "\"\\n\"", "refused"},
      {"plan", "/budgets/0/expenditures/0/label", "\"\\u00a0\"", "valid"},
      {"plan", "/budgets/0/expenditures/0/label", "\" x \"", "valid"},
      {"plan", "/targets/0/indicator", "\"\\u3000\"", "refused"},
      {"population", "/year", "0", "refused"},
      {"population", "/year", "10000", "refused"},
      {"population", "/year", "9999", "valid"},
      {"population", "/year", "1", "valid"},
      {"population", "/male/0", "2147483647", "valid"},
      {"population", "/male/0", "2147483648", "refused"},
      {"population", "/female/100", "2147483648", "refused"},
      // the largest that 019098's 8744 residents leave within a long: the residents' sum is a long
      {"quota-request", "/residents/019036", "9223372036854767063", "valid"},
      {"quota-request", "/residents/019036", "9223372036854775808", "refused"},
      {"transition", "/years", "[]", "refused"},
      {"transition-request", "/totals/1", "0.00", "refused"},
      {"transition-request", "/totals/1", "0.01", "valid"},
      {"transition-request", "/residents/019036", "9223372036854775807", "valid"},
      {"transition-request", "/residents/019036", "9223372036854775808", "refused"},
      {"copayment-request", "/users/0/units", "9223372036854775807", "valid"},
      {"copayment-request", "/users/0/units", "9223372036854775808", "refused"},
      {"weights", "", "{}", "valid"},
      {"quota-request", "/exclusions/019036", "[\"tutela minori\", \"tutela minori\"]", "valid"},
      {"allocation-request", "/weights", "{}", "refused"},
      {"indicators", "/rows/0/level", "2147483648", "refused"},
      {"indicators", "/rows/0/level", "-1", "refused"},
      {"indicators", "/rows/0/kind", "\"municipality\"", "refused"},
      {"indicators", "/rows/0/kind", "\"SUB_DISTRICT\"", "valid"},
  };

  @Test
  void schemaAndLibrary_acceptAndRefuseTheSameValuesAtTheBounds() throws Exception {
    List<String> disagreements = new ArrayList<>();
    for (String[] edge : EDGES) {
      String type = edge[0];
      JsonNode document = JSON.readTree(Path.of("docs/json/examples/" + type + ".json").toFile());
      if (edge[1].isEmpty()) {
        document = JSON.readTree(edge[2]); // the whole document
      } else {
        set(document, edge[1], JSON.readTree(edge[2]));
      }
      Set<ValidationMessage> schemaErrors = FACTORY.getSchema(
          JSON.readTree(Path.of("docs/json/" + type + ".schema.json").toFile())).validate(document);
      String libraryError = null;
      try {
        SocialPlanJson.read(document.toString(), Calculations.InputType.ofName(type).jsonType());
      } catch (JsonInputException e) {
        libraryError = e.getMessage();
      }
      boolean valid = edge[3].equals("valid");
      if (schemaErrors.isEmpty() != valid || (libraryError == null) != valid) {
        disagreements.add(type + " " + edge[1] + " = " + edge[2] + ": expected " + edge[3] + ", schema "
            + (schemaErrors.isEmpty() ? "accepts" : "refuses " + schemaErrors) + ", library "
            + (libraryError == null ? "accepts" : "refuses (" + libraryError + ")"));
      }
    }
    assertEquals(List.of(), disagreements);
  }

  @Test
  void aTransitionPathsYears_stayWithinTheSchemasRange() throws Exception {
    JsonNode schema = JSON.readTree(Path.of("docs/json/transition.schema.json").toFile());
    List<String> disagreements = new ArrayList<>();
    for (int year : new int[] {0, 1, 9999, 10000}) {
      ObjectNode path = (ObjectNode) JSON.readTree(Path.of("docs/json/examples/transition.json").toFile());
      ArrayNode years = (ArrayNode) path.get("years");
      while (years.size() > 1) {
        years.remove(1); // one year: no other year it must follow
      }
      ((ObjectNode) years.get(0)).put("year", year);
      boolean schemaValid = FACTORY.getSchema(schema).validate(path).isEmpty();
      String libraryError = null;
      try {
        SocialPlanJson.read(path.toString(), Calculations.InputType.TRANSITION.jsonType());
      } catch (JsonInputException e) {
        libraryError = e.getMessage();
      }
      if (schemaValid != (libraryError == null)) {
        disagreements.add("year " + year + ": schema " + (schemaValid ? "accepts" : "refuses") + ", library "
            + (libraryError == null ? "accepts" : "refuses (" + libraryError + ")"));
      }
    }
    assertEquals(List.of(), disagreements);
  }

  @Test
  void aTransitionRequestValidPerSchema_givesAPathValidPerSchema_orIsRefused() throws Exception {
    // firstYear 9999 is within the request's schema, but a second total would be the year 10000, which
    // the path's schema (and every year of the library) refuses: the request is refused, naming the year
    String request = "{\"historical\": {\"a\": 10.00, \"b\": 0.01}, \"residents\": {\"a\": 1, \"b\": 1},"
        + " \"capShareOfGap\": 1, \"firstYear\": 9999, \"totals\": [10.01, 10.01]}";
    assertTrue(FACTORY.getSchema(JSON.readTree(Path.of("docs/json/transition-request.schema.json").toFile()))
        .validate(JSON.readTree(request)).isEmpty());
    JsonInputException e = assertThrows(JsonInputException.class, () -> Calculations.transition(
        new java.io.ByteArrayInputStream(request.getBytes(java.nio.charset.StandardCharsets.UTF_8)), "request"));
    assertTrue(e.getMessage().contains("10000"), e.getMessage());
    // one total from 9999 is still valid
    String last = request.replace("[10.01, 10.01]", "[10.01]");
    assertTrue(Calculations.transition(new java.io.ByteArrayInputStream(
        last.getBytes(java.nio.charset.StandardCharsets.UTF_8)), "request").contains("\"year\" : 9999"));
  }

  @Test
  void theIndicatorTablesEnums_listTheJavaConstants() throws Exception {
    JsonNode row = JSON.readTree(Path.of("docs/json/indicators.schema.json").toFile()).at("/$defs/row/properties");
    assertEquals(names(io.github.socialplan.core.territory.TerritoryKind.values()), texts(row.at("/kind/enum")));
    assertEquals(names(io.github.socialplan.indicators.result.UndefinedReason.values()),
        texts(row.at("/undefinedReason/enum")));
  }

  private static List<String> names(Enum<?>[] values) {
    List<String> names = new ArrayList<>();
    for (Enum<?> v : values) {
      names.add(v.name());
    }
    return names;
  }

  private static List<String> texts(JsonNode array) {
    List<String> texts = new ArrayList<>();
    array.forEach(n -> texts.add(n.asText()));
    return texts;
  }

  private static void set(JsonNode root, String pointer, JsonNode value) {
    int slash = pointer.lastIndexOf('/');
    JsonNode parent = root.at(pointer.substring(0, slash));
    String last = pointer.substring(slash + 1);
    if (parent.isArray()) {
      ((ArrayNode) parent).set(Integer.parseInt(last), value);
    } else {
      ((ObjectNode) parent).set(last, value);
    }
  }
}
