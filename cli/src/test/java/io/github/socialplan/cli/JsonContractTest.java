package io.github.socialplan.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.JsonSerializer;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.ser.std.BeanSerializerBase;
import com.fasterxml.jackson.databind.ser.PropertyWriter;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import io.github.socialplan.budget.allocation.AllocationLine;
import io.github.socialplan.budget.allocation.Bounds;
import io.github.socialplan.budget.allocation.LargestRemainder;
import io.github.socialplan.budget.allocation.Weights;
import io.github.socialplan.budget.json.AllocationRequest;
import io.github.socialplan.budget.json.CopaymentRequest;
import io.github.socialplan.budget.json.QuotaRequest;
import io.github.socialplan.budget.json.ReallocationRequest;
import io.github.socialplan.budget.json.TransitionRequest;
import io.github.socialplan.budget.balance.PlanBalance;
import io.github.socialplan.core.json.ErrorBody;
import io.github.socialplan.indicators.export.DashboardRecord;
import io.github.socialplan.indicators.json.DashboardDocument;
import io.github.socialplan.indicators.result.UndefinedReason;
import java.util.Optional;
import io.github.socialplan.core.json.JsonInputException;
import io.github.socialplan.core.json.SocialPlanJson;
import io.github.socialplan.core.territory.TerritoryKind;
import io.github.socialplan.core.territory.Partition;
import io.github.socialplan.core.territory.IstatCode;
import io.github.socialplan.core.money.Money;
import io.github.socialplan.core.plan.Action;
import io.github.socialplan.core.plan.BudgetLine;
import io.github.socialplan.core.plan.CostLine;
import io.github.socialplan.core.plan.GovernanceBody;
import io.github.socialplan.core.plan.Objective;
import io.github.socialplan.core.plan.Observation;
import io.github.socialplan.core.plan.ParticipationFigure;
import io.github.socialplan.core.plan.ProjectSheet;
import io.github.socialplan.core.plan.YearlyFocus;
import io.github.socialplan.core.plan.Funding;
import io.github.socialplan.core.plan.Period;
import io.github.socialplan.core.plan.Plan;
import io.github.socialplan.core.plan.Target;
import io.github.socialplan.core.plan.ThematicAxis;
import io.github.socialplan.core.plan.YearlyBudget;
import io.github.socialplan.core.population.AgeBands;
import java.io.FileInputStream;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The published JSON contract (docs/json, docs/openapi.json) against the code: examples and computed
 * outputs validate against their schemas (every object schema forbids fields it does not declare), every
 * property Jackson writes has a schema entry, and the OpenAPI document embeds the schemas unchanged.
 */
class JsonContractTest {

  private static final Path DOCS = Path.of("docs");
  private static final ObjectMapper JSON = new ObjectMapper()
      .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
      .setNodeFactory(JsonNodeFactory.withExactBigDecimals(true));
  private static final JsonSchemaFactory FACTORY = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012);

  private static JsonNode schemaNode(String name) throws Exception {
    return JSON.readTree(DOCS.resolve("json/" + name + ".schema.json").toFile());
  }

  private static void assertValid(String schemaName, JsonNode value) throws Exception {
    JsonSchema schema = FACTORY.getSchema(schemaNode(schemaName));
    Set<ValidationMessage> errors = schema.validate(value);
    assertTrue(errors.isEmpty(), schemaName + ": " + errors + " in " + value);
  }

  private static List<String> schemaNames() throws Exception {
    List<String> names = new ArrayList<>();
    try (Stream<Path> files = Files.list(DOCS.resolve("json"))) {
      files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".schema.json")).sorted()
          .forEach(n -> names.add(n.substring(0, n.length() - ".schema.json".length())));
    }
    return names;
  }

  @Test
  void everySchemaHasAnExample_andEveryExampleValidates() throws Exception {
    List<String> names = schemaNames();
    assertTrue(names.size() >= 11, names.toString());
    for (String name : names) {
      Path example = DOCS.resolve("json/examples/" + name + ".json");
      assertTrue(Files.isRegularFile(example), "no example for " + name);
      assertValid(name, JSON.readTree(example.toFile()));
    }
  }

  @Test
  void aRemainderJustUnderACent_isWrittenUnderACent() throws Exception {
    // c's exact share is 999.99999999999998999... euro: its fractional cents, 0.99999999999999...,
    // are under 1 (it gets the cent left over), and so must be what is written, as the schema says
    String request = "{\"total\": 1000.00, \"weights\": {\"a\": 1000, \"b\": 0.005, \"c\": 1e20}}";
    String answer = SocialPlanJson.write(Calculations.allocate(
        request.getBytes(java.nio.charset.StandardCharsets.UTF_8), "request"));
    JsonNode c = JSON.readTree(answer).at("/lines/2");
    assertEquals(new java.math.BigDecimal("1000.000000000000"), c.get("exactShare").decimalValue());
    assertEquals(new java.math.BigDecimal("0.9999999999"), c.get("remainderCents").decimalValue());
    assertTrue(c.get("roundedUp").booleanValue());
    assertValid("allocation", JSON.readTree(answer));
    assertEquals(answer, SocialPlanJson.write(SocialPlanJson.read(answer,
        io.github.socialplan.budget.allocation.Allocation.class))); // reads back equal
  }

  @Test
  void aSchemaRejectsAFieldItDoesNotDeclare() throws Exception {
    JsonNode request = JSON.readTree("{\"total\":1.00,\"weights\":{\"a\":1},\"tip\":1}");
    assertFalse(FACTORY.getSchema(schemaNode("allocation-request")).validate(request).isEmpty());
    JsonNode threeDecimals = JSON.readTree("{\"total\":1.001,\"weights\":{\"a\":1}}");
    assertFalse(FACTORY.getSchema(schemaNode("allocation-request")).validate(threeDecimals).isEmpty());
  }

  @Test
  void theCodesOutputs_validate() throws Exception {
    Weights w = Weights.builder().add("019036", 70_841).add("019098", 8_744).add("019076", 6_273).build();
    Bounds b = Bounds.builder().floor("019076", Money.ofEuros(12_000)).ceiling("019036", Money.ofEuros(80_000))
        .build();
    AllocationRequest request = new AllocationRequest(Money.ofEuros(100_000), w, b);
    assertValid("allocation-request", JSON.readTree(SocialPlanJson.write(request)));
    assertValid("allocation", JSON.readTree(SocialPlanJson.write(request.allocate())));
    assertValid("allocation", JSON.readTree(SocialPlanJson.write(LargestRemainder.allocate(Money.ofEuros(7), w))));
    assertValid("weights", JSON.readTree(SocialPlanJson.write(w)));
    assertValid("bounds", JSON.readTree(SocialPlanJson.write(b)));

    Plan plan;
    try (InputStream in = new FileInputStream("data/reference/cremona-plan-2015-2017.csv")) {
      plan = Calculations.planTable(in, "cremona-plan-2015-2017.csv");
    }
    assertValid("plan", JSON.readTree(SocialPlanJson.write(plan)));
    assertValid("balance", JSON.readTree(Calculations.balance(plan)));
    // the plans as data: objectives, targets with observations, cost lines, governance, project sheets
    try (Stream<Path> plans = Files.list(Path.of("data/plans"))) {
      for (Path p : plans.filter(f -> f.toString().endsWith(".json")).sorted().toList()) {
        Plan read = SocialPlanJson.read(Files.readString(p), Plan.class);
        assertValid("plan", JSON.readTree(SocialPlanJson.write(read)));
      }
    }

    try (InputStream in = new FileInputStream("data/reference/real/posas-2025-sample.csv")) {
      var data = Calculations.posas(in, "posas-2025-sample.csv", true);
      assertValid("population", JSON.readTree(SocialPlanJson.write(data.populations().get(0))));
      assertValid("population", JSON.readTree(SocialPlanJson.write(
          data.populations().get(0).aggregate(AgeBands.cutAt(15, 65)))));
      for (Calculations.Level level : new Calculations.Level[] {Calculations.Level.COMUNE,
          Calculations.Level.PROVINCE, Calculations.Level.REGION}) {
        assertValid("indicators", JSON.readTree(
            Calculations.indicators(data, level, null, Calculations.Format.JSON)));
      }
    }

    for (String bad : new String[] {"{\"total\":1.001,\"weights\":{\"a\":1}}", "{\"total\":1}", "[", ""}) {
      try {
        SocialPlanJson.read(bad, AllocationRequest.class);
      } catch (JsonInputException e) {
        assertValid("error", JSON.readTree(e.toErrorBody().toJson()));
      }
    }
    try (InputStream in = Files.newInputStream(DOCS.resolve("json/examples/quota-request.json"))) {
      assertValid("quota", JSON.readTree(Calculations.quota(in, "quota-request.json")));
    }
    QuotaRequest quota = SocialPlanJson.read(Files.readString(DOCS.resolve("json/examples/quota-request.json")),
        QuotaRequest.class);
    assertValid("quota-request", JSON.readTree(SocialPlanJson.write(quota)));
    assertEquals(quota, SocialPlanJson.read(SocialPlanJson.write(quota), QuotaRequest.class));
    try (InputStream in = Files.newInputStream(DOCS.resolve("json/examples/transition-request.json"))) {
      assertValid("transition", JSON.readTree(Calculations.transition(in, "transition-request.json")));
    }
    TransitionRequest transition = SocialPlanJson.read(
        Files.readString(DOCS.resolve("json/examples/transition-request.json")), TransitionRequest.class);
    assertValid("transition-request", JSON.readTree(SocialPlanJson.write(transition)));
    assertEquals(transition, SocialPlanJson.read(SocialPlanJson.write(transition), TransitionRequest.class));
    try (InputStream in = Files.newInputStream(DOCS.resolve("json/examples/reallocation-request.json"))) {
      assertValid("reallocation", JSON.readTree(Calculations.reallocate(in, "reallocation-request.json")));
    }
    ReallocationRequest reallocation = new ReallocationRequest(
        java.util.Map.of("a", Money.ofEuros(30), "b", Money.ofEuros(70)),
        java.util.Map.of("a", new java.math.BigDecimal("0.5")), Bounds.builder().ceiling("a", Money.ofEuros(40)).build());
    assertValid("reallocation-request", JSON.readTree(SocialPlanJson.write(reallocation)));
    assertEquals(reallocation, SocialPlanJson.read(SocialPlanJson.write(reallocation), ReallocationRequest.class));
    assertValid("reallocation", JSON.readTree(
        io.github.socialplan.budget.export.BudgetJson.reallocation(reallocation.reallocate())));
    try (InputStream in = Files.newInputStream(DOCS.resolve("json/examples/copayment-request.json"))) {
      assertValid("copayment", JSON.readTree(Calculations.copayment(in, "copayment-request.json")));
    }
    for (String copaymentJson : new String[] {Files.readString(DOCS.resolve("json/examples/copayment-request.json")),
        "{\"steps\":{\"fullTariff\":400.00,\"bands\":[{\"fromIsee\":0,\"fee\":0.00},"
            + "{\"fromIsee\":10000,\"percentOfTariff\":50}]},\"users\":[{\"id\":\"u\",\"isee\":12000,\"units\":2}]}"}) {
      CopaymentRequest copayment = SocialPlanJson.read(copaymentJson, CopaymentRequest.class);
      assertValid("copayment-request", JSON.readTree(SocialPlanJson.write(copayment)));
      assertEquals(copayment, SocialPlanJson.read(SocialPlanJson.write(copayment), CopaymentRequest.class));
      assertValid("copayment", JSON.readTree(io.github.socialplan.budget.export.BudgetJson.copayment(copayment.total())));
    }
    // every result reads back equal, through the same mapper as the command line writes it
    for (String example : new String[] {"balance", "quota", "transition", "reallocation", "copayment"}) {
      Class<?> type = java.util.Map.of("balance", PlanBalance.class,
          "quota", io.github.socialplan.budget.quota.QuotaCharge.class,
          "transition", io.github.socialplan.budget.transition.TransitionPath.class,
          "reallocation", io.github.socialplan.budget.reallocation.ReallocationResult.class,
          "copayment", io.github.socialplan.budget.copayment.CopaymentSummary.class).get(example);
      Object value = SocialPlanJson.read(DOCS.resolve("json/examples/" + example + ".json"), type);
      assertEquals(value, SocialPlanJson.read(SocialPlanJson.write(value), type), example);
      assertValid(example, JSON.readTree(SocialPlanJson.write(value)));
    }
    DashboardDocument indicators = SocialPlanJson.read(DOCS.resolve("json/examples/indicators.json"),
        DashboardDocument.class);
    assertEquals(indicators, SocialPlanJson.read(SocialPlanJson.write(indicators), DashboardDocument.class));
    assertValid("validation", JSON.readTree(Calculations.validate(Calculations.InputType.PLAN,
        Files.newInputStream(DOCS.resolve("json/examples/plan.json")), "plan.json")));
  }

  /** Every property Jackson writes for these types has an entry in their schema. */
  @Test
  void everyPublicJsonField_hasASchemaEntry() throws Exception {
    Object[][] types = {
      {Plan.class, "plan", ""}, {Period.class, "plan", "period"}, {ThematicAxis.class, "plan", "axis"},
      {Action.class, "plan", "action"}, {Target.class, "plan", "target"}, {Funding.class, "plan", "funding"},
      {BudgetLine.class, "plan", "budgetLine"}, {YearlyBudget.class, "plan", "yearlyBudget"},
      {Objective.class, "plan", "objective"}, {Observation.class, "plan", "observation"},
      {CostLine.class, "plan", "costLine"}, {GovernanceBody.class, "plan", "governanceBody"},
      {ParticipationFigure.class, "plan", "participationFigure"}, {YearlyFocus.class, "plan", "yearlyFocus"},
      {ProjectSheet.class, "plan", "projectSheet"},
      {AllocationLine.class, "allocation", "line"}, {AllocationRequest.class, "allocation-request", ""},
      {ErrorBody.class, "error", ""}, {QuotaRequest.class, "quota-request", ""},
      {TransitionRequest.class, "transition-request", ""},
      {ReallocationRequest.class, "reallocation-request", ""},
      {CopaymentRequest.class, "copayment-request", ""}, {CopaymentRequest.Linear.class, "copayment-request", "linear"},
      {CopaymentRequest.Steps.class, "copayment-request", "steps"}, {CopaymentRequest.Band.class, "copayment-request", "band"},
      {io.github.socialplan.core.io.PosasProblem.class, "indicators", "skipped"},
    };
    ObjectMapper mapper = SocialPlanJson.mapper();
    for (Object[] t : types) {
      Class<?> type = (Class<?>) t[0];
      JsonNode schema = schemaNode((String) t[1]);
      JsonNode object = ((String) t[2]).isEmpty() ? schema : schema.get("$defs").get((String) t[2]);
      Set<String> declared = new TreeSet<>();
      object.get("properties").fieldNames().forEachRemaining(declared::add);
      JsonSerializer<Object> serializer = mapper.getSerializerProviderInstance().findValueSerializer(type);
      assertTrue(serializer instanceof BeanSerializerBase, type + " is written by " + serializer);
      Set<String> written = new TreeSet<>();
      for (Iterator<PropertyWriter> it = ((BeanSerializerBase) serializer).properties(); it.hasNext(); ) {
        written.add(it.next().getName());
      }
      assertEquals(written, declared, type.getSimpleName() + ": the fields Jackson writes and the schema "
          + t[1] + (((String) t[2]).isEmpty() ? "" : "#/$defs/" + t[2]) + " declares");
    }
  }

  /**
   * Every field the results write (they are written through document records, not Jackson beans) has an
   * entry in their schema, and every field a schema declares is written by at least one of these full
   * samples: walked object by object, following each schema's properties, items and $refs.
   */
  @Test
  void everyResultField_hasASchemaEntry_andEverySchemaFieldIsWritten() throws Exception {
    Set<String> declared = new TreeSet<>();
    Set<String> written = new TreeSet<>();
    Plan plan;
    try (InputStream in = new FileInputStream("data/reference/cremona-plan-2015-2017.csv")) {
      plan = Calculations.planTable(in, "cremona-plan-2015-2017.csv");
    }
    walk("balance", SocialPlanJson.write(PlanBalance.of(plan)), declared, written);
    QuotaRequest quota = SocialPlanJson.read(Files.readString(DOCS.resolve("json/examples/quota-request.json")),
        QuotaRequest.class);
    walk("quota", SocialPlanJson.write(quota.charge()), declared, written);
    TransitionRequest transition = SocialPlanJson.read(
        Files.readString(DOCS.resolve("json/examples/transition-request.json")), TransitionRequest.class);
    walk("transition", SocialPlanJson.write(transition.path()), declared, written);
    ReallocationRequest reallocation = new ReallocationRequest(
        java.util.Map.of("a", Money.ofEuros(30), "b", Money.ofEuros(70)),
        java.util.Map.of("a", new java.math.BigDecimal("0.5")), Bounds.builder().ceiling("a", Money.ofEuros(40)).build());
    walk("reallocation", SocialPlanJson.write(reallocation.reallocate()), declared, written);
    CopaymentRequest copayment = SocialPlanJson.read(
        Files.readString(DOCS.resolve("json/examples/copayment-request.json")), CopaymentRequest.class);
    walk("copayment", SocialPlanJson.write(copayment.total()), declared, written);
    try (InputStream in = new FileInputStream("data/reference/real/posas-2025-sample.csv")) {
      var data = Calculations.posas(in, "posas-2025-sample.csv", true);
      DashboardDocument table = SocialPlanJson.read(
          Calculations.indicators(data, Calculations.Level.PROVINCE, null, Calculations.Format.JSON),
          DashboardDocument.class);
      List<DashboardRecord> rows = new ArrayList<>(table.rows());
      // the province of the sample has no value (the file holds 1 of its comuni), so the comparisons with a
      // parent are those of Abano Terme with a grouping of it alone
      Partition zone = Partition.builder("zone", TerritoryKind.PLANNING_DISTRICT)
          .assign(IstatCode.parse("028001"), "zone").build();
      rows.addAll(SocialPlanJson.read(Calculations.indicators(data, Calculations.Level.PARTITION, zone,
          Calculations.Format.JSON), DashboardDocument.class).rows());
      // an undefined row of another reason
      DashboardRecord any = rows.get(0);
      rows.add(new DashboardRecord(any.year(), any.level(), any.kind(), any.territory(), any.parent(),
          any.indicator(), any.italianName(), any.unit(), Optional.empty(), Optional.empty(), Optional.empty(),
          Optional.empty(), Optional.of(UndefinedReason.ZERO_DENOMINATOR), "no residents aged 0-14",
          Optional.empty(), Optional.empty(), Optional.empty()));
      walk("indicators", SocialPlanJson.write(new DashboardDocument(rows, table.skipped())), declared, written);
    }
    Set<String> unwritten = new TreeSet<>(declared);
    unwritten.removeAll(written);
    assertEquals(Set.of(), unwritten, "schema fields no sample writes");
  }

  private static void walk(String schemaName, String json, Set<String> declared, Set<String> written)
      throws Exception {
    JsonNode root = schemaNode(schemaName);
    walk(schemaName, "#", root, JSON.readTree(json), root, declared, written);
  }

  private static void walk(String name, String pointer, JsonNode schema, JsonNode value, JsonNode root,
      Set<String> declared, Set<String> written) {
    if (schema.has("$ref")) {
      String ref = schema.get("$ref").asText();
      walk(name, ref, root.at(ref.substring(1)), value, root, declared, written);
      return;
    }
    if (value.isObject() && schema.has("properties")) {
      JsonNode properties = schema.get("properties");
      properties.fieldNames().forEachRemaining(f -> declared.add(name + pointer + "/" + f));
      for (Iterator<String> it = value.fieldNames(); it.hasNext(); ) {
        String f = it.next();
        assertTrue(properties.has(f), name + pointer + " has no schema entry for the written field '" + f + "'");
        written.add(name + pointer + "/" + f);
        walk(name, pointer + "/" + f, properties.get(f), value.get(f), root, declared, written);
      }
    } else if (value.isArray() && schema.has("items")) {
      for (JsonNode item : value) {
        walk(name, pointer + "[]", schema.get("items"), item, root, declared, written);
      }
    }
  }

  @Test
  void theOpenApiDocument_embedsEverySchemaUnchanged_andIsServed() throws Exception {
    JsonNode api = JSON.readTree(DOCS.resolve("openapi.json").toFile());
    JsonNode components = api.get("components").get("schemas");
    Set<String> embedded = new TreeSet<>();
    components.fieldNames().forEachRemaining(embedded::add);
    assertEquals(new TreeSet<>(schemaNames()), embedded, "docs/json files and OpenAPI components");
    for (String name : schemaNames()) {
      assertEquals(schemaNode(name), components.get(name), name + " differs from docs/json/" + name);
    }
    // every reference resolves to a component
    List<String> refs = api.findValuesAsText("$ref");
    assertFalse(refs.isEmpty());
    for (String ref : refs) {
      if (ref.startsWith("#/components/schemas/")) {
        assertTrue(components.has(ref.substring("#/components/schemas/".length())), ref);
      }
    }
    assertEquals("#/components/schemas/allocation-request", api.at(
        "/paths/~1v1~1allocate/post/requestBody/content/application~1json/schema/$ref").asText());
    assertEquals("#/components/schemas/allocation", api.at(
        "/paths/~1v1~1allocate/post/responses/200/content/application~1json/schema/$ref").asText());
    assertEquals("#/components/schemas/plan", api.at(
        "/paths/~1v1~1balance/post/requestBody/content/application~1json/schema/$ref").asText());
    assertEquals("#/components/schemas/error", api.at(
        "/paths/~1v1~1balance/post/responses/400/content/application~1json/schema/$ref").asText());
    assertEquals(api, JSON.readTree(ApiServer.openApi()), "the served document is docs/openapi.json");
  }
}
