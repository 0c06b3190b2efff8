package io.github.socialplan.core.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import io.github.socialplan.core.money.Money;
import io.github.socialplan.core.plan.BudgetLine;
import io.github.socialplan.core.plan.Period;
import io.github.socialplan.core.plan.Plan;
import io.github.socialplan.core.plan.YearlyBudget;
import io.github.socialplan.core.population.AgeBand;
import io.github.socialplan.core.population.Population;
import io.github.socialplan.core.territory.Grouping;
import io.github.socialplan.core.territory.IstatCode;
import io.github.socialplan.core.territory.TerritoryKind;
import io.github.socialplan.core.territory.TerritoryRegistry;
import io.github.socialplan.core.testing.Generators;
import io.github.socialplan.core.testing.PropertyRuns;
import java.io.StringReader;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

class SocialPlanJsonTest {

  private static final long SEED = 20_151_231L;

  /** A small valid plan as JSON text, written by hand (not by the code under test). */
  private static final String PLAN = "{\"id\":\"pdz\",\"title\":\"Piano di Zona\",\"territory\":\"ambito-cremona\","
      + "\"period\":{\"startYear\":2015,\"endYear\":2017},"
      + "\"budgets\":[{\"year\":2015,\"revenues\":[{\"label\":\"Entrate dai Comuni\",\"amount\":3415000},"
      + "{\"label\":\"Entrate da Fondo Naz. Politiche Sociali\",\"amount\":AMOUNT,\"fund\":\"FNPS\","
      + "\"level\":\"NATIONAL\"}]}]}";

  private static String plan(String amount) {
    return PLAN.replace("AMOUNT", amount);
  }

  // ---- Money -------------------------------------------------------------------------------------

  @Test
  void money_isWrittenAsNumberWithTwoDecimals() {
    assertEquals("860000.00", SocialPlanJson.write(Money.ofEuros(860_000)));
    assertEquals("-0.50", SocialPlanJson.write(Money.ofCents(-50)));
  }

  @Test
  void bytes_readAndWrittenAsTheText() throws Exception {
    Map<String, Money> value = new TreeMap<>(Map.of("b", Money.ofCents(-50), "a", Money.ofEuros(860_000)));
    java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
    SocialPlanJson.write(value, out);
    assertEquals("{\"a\":860000.00,\"b\":-0.50}", out.toString(java.nio.charset.StandardCharsets.UTF_8));
    assertEquals(Money.ofCents(1250), SocialPlanJson.read("12.5".getBytes(java.nio.charset.StandardCharsets.UTF_8),
        "body", Money.class));
    JsonInputException e = assertThrows(JsonInputException.class, () -> SocialPlanJson.read(
        "12.505".getBytes(java.nio.charset.StandardCharsets.UTF_8), "body", Money.class));
    assertTrue(e.getMessage().contains("body"), e.getMessage());
    assertTrue(e.getMessage().contains("12.505"), e.getMessage());
  }

  @Test
  void money_isReadFromIntegerFloatOrString() {
    assertEquals(Money.ofCents(86_000_000), SocialPlanJson.read("860000", Money.class));
    assertEquals(Money.ofCents(1250), SocialPlanJson.read("12.5", Money.class));
    assertEquals(Money.ofCents(1250), SocialPlanJson.read("\"12.50\"", Money.class));
  }

  @Test
  void money_withThreeDecimals_isRejectedNamingPathAndValue() {
    JsonInputException e = assertThrows(JsonInputException.class,
        () -> SocialPlanJson.read(plan("599589.123"), Plan.class));
    assertEquals("$.budgets[0].revenues[1].amount", e.path());
    assertTrue(e.getMessage().contains("$.budgets[0].revenues[1].amount"), e.getMessage());
    assertTrue(e.getMessage().contains("599589.123"), e.getMessage());
    assertTrue(e.line() == 1 && e.column() > 0, e.getMessage());
  }

  @Test
  void money_inStringWithThreeDecimals_isRejectedNamingValue() {
    JsonInputException e = assertThrows(JsonInputException.class,
        () -> SocialPlanJson.read(plan("\"12.345\""), Plan.class));
    assertEquals("$.budgets[0].revenues[1].amount", e.path());
    assertTrue(e.getMessage().contains("12.345"), e.getMessage());
  }

  @Test
  void money_withHugeExponent_isRejectedQuickly() {
    JsonInputException e = assertThrows(JsonInputException.class,
        () -> SocialPlanJson.read("1e999999999", Money.class));
    assertTrue(e.getMessage().contains("out of range"), e.getMessage());
    JsonInputException tiny = assertThrows(JsonInputException.class,
        () -> SocialPlanJson.read("1e-999999999", Money.class));
    assertTrue(tiny.getMessage().contains("at most 2 decimals"), tiny.getMessage());
  }

  @Test
  void plan_readFromHandWrittenJson_hasTheGivenValues() {
    Plan p = SocialPlanJson.read(plan("599589"), Plan.class);
    assertEquals(Period.of(2015, 2017), p.period());
    BudgetLine fnps = p.budget(2015).orElseThrow().revenues().get(1);
    assertEquals(new BigDecimal("599589.00"), fnps.amount().amount());
    assertEquals("FNPS", fnps.fund().orElseThrow());
  }

  // ---- ISTAT codes and age bands --------------------------------------------------------------------

  @Test
  void istatCode_isAString_andANumberIsRefused() {
    assertEquals("\"019036\"", SocialPlanJson.write(IstatCode.parse("019036")));
    assertEquals(IstatCode.parse("019036"), SocialPlanJson.read("\"019036\"", IstatCode.class));
    JsonInputException e = assertThrows(JsonInputException.class,
        () -> SocialPlanJson.read("19036", IstatCode.class));
    assertTrue(e.getMessage().contains("19036") && e.getMessage().contains("string"), e.getMessage());
  }

  @Test
  void istatCode_ofFiveDigits_isRejectedNamingPathAndValue() {
    String json = "{\"municipalities\":[{\"code\":\"019036\",\"name\":\"Cremona\"},"
        + "{\"code\":\"19001\",\"name\":\"Acquanegra Cremonese\"}]}";
    JsonInputException e = assertThrows(JsonInputException.class,
        () -> SocialPlanJson.read(json, TerritoryRegistry.class));
    assertEquals("$.municipalities[1].code", e.path());
    assertTrue(e.getMessage().contains("'19001'"), e.getMessage());
  }

  @Test
  void istatCodesAndAgeBands_workAsMapKeys() {
    Map<IstatCode, Long> residents = new TreeMap<>(Map.of(IstatCode.parse("019036"), 72_000L));
    String json = SocialPlanJson.write(residents);
    assertEquals("{\"019036\":72000}", json);
    assertEquals(residents, SocialPlanJson.read(json, new TypeReference<Map<IstatCode, Long>>() {}));
    Map<AgeBand, Long> bands = SocialPlanJson.read("{\"65+\":39147,\"0-14\":20037}",
        new TypeReference<Map<AgeBand, Long>>() {});
    assertEquals(39_147L, bands.get(AgeBand.atLeast(65)));
    assertEquals(20_037L, bands.get(AgeBand.of(0, 14)));
  }

  @Test
  void ageBand_isItsText() {
    assertEquals("\"65+\"", SocialPlanJson.write(AgeBand.atLeast(65)));
    assertEquals(AgeBand.of(0, 14), SocialPlanJson.read("\"0-14\"", AgeBand.class));
    JsonInputException e = assertThrows(JsonInputException.class,
        () -> SocialPlanJson.read("[\"0-14\",\"101+\"]", new TypeReference<List<AgeBand>>() {}));
    assertEquals("$[1]", e.path());
    assertTrue(e.getMessage().contains("101"), e.getMessage());
  }

  // ---- Population ---------------------------------------------------------------------------------

  private static String populationJson(String maleCounts, String extra) {
    StringBuilder female = new StringBuilder("[");
    for (int i = 0; i <= 100; i++) {
      female.append(i == 0 ? "" : ",").append(i);
    }
    female.append(']');
    return "{\"territory\":\"019036\",\"year\":2014,\"male\":" + maleCounts + ",\"female\":" + female + extra
        + "}";
  }

  private static String ones(int n) {
    StringBuilder sb = new StringBuilder("[");
    for (int i = 0; i < n; i++) {
      sb.append(i == 0 ? "" : ",").append(1);
    }
    return sb.append(']').toString();
  }

  @Test
  void population_readFromHandWrittenJson_hasTheGivenCounts() {
    Population p = SocialPlanJson.read(populationJson(ones(101), ",\"births\":592"), Population.class);
    assertEquals(101, p.males());
    assertEquals(100 * 101 / 2, p.females()); // 0 + 1 + ... + 100
    assertEquals(592, p.births().getAsLong());
    assertTrue(p.deaths().isEmpty());
  }

  @Test
  void population_isWrittenWithTerritoryYearAndTwoArrays() throws Exception {
    Population p = Population.builder("019036", 2014).male(65, 7).female(100, 3).foreignResidents(4).build();
    JsonNode node = new ObjectMapper().readTree(SocialPlanJson.write(p));
    assertEquals("019036", node.get("territory").asText());
    assertEquals(2014, node.get("year").asInt());
    assertEquals(101, node.get("male").size());
    assertEquals(7, node.get("male").get(65).asInt());
    assertEquals(3, node.get("female").get(100).asInt());
    assertEquals(4, node.get("foreignResidents").asLong());
    assertTrue(node.get("births") == null, "unknown births are left out");
  }

  @Test
  void population_withNegativeCount_isRejectedNamingPathAndValue() {
    String male = ones(101).replaceFirst("1,1,1,1", "1,1,1,-5");
    JsonInputException e = assertThrows(JsonInputException.class,
        () -> SocialPlanJson.read(populationJson(male, ""), Population.class));
    assertEquals("$.male[3]", e.path());
    assertTrue(e.getMessage().contains("-5") && e.getMessage().contains("age 3"), e.getMessage());
  }

  @Test
  void population_withMoreForeignResidentsThanResidents_isRejectedNamingBoth() {
    // 101 males of one each and 0 + 1 + ... + 100 = 5,050 females: 5,151 residents
    SocialPlanJson.read(populationJson(ones(101), ",\"foreignResidents\":5151"), Population.class);
    JsonInputException e = assertThrows(JsonInputException.class,
        () -> SocialPlanJson.read(populationJson(ones(101), ",\"foreignResidents\":5152"), Population.class));
    assertEquals("$.foreignResidents", e.path());
    assertTrue(e.getMessage().contains("5152 foreign residents, more than its 5151 residents"), e.getMessage());
  }

  @Test
  void population_withAnAgeBeyond100_isRejectedNamingPath() {
    JsonInputException e = assertThrows(JsonInputException.class,
        () -> SocialPlanJson.read(populationJson(ones(102), ""), Population.class));
    assertEquals("$.male[101]", e.path());
    assertTrue(e.getMessage().contains("more than 101"), e.getMessage());
  }

  @Test
  void population_withTooFewAges_isRejectedNamingTheCount() {
    JsonInputException e = assertThrows(JsonInputException.class,
        () -> SocialPlanJson.read(populationJson(ones(100), ""), Population.class));
    assertEquals("$.male", e.path());
    assertTrue(e.getMessage().contains("got 100"), e.getMessage());
  }

  @Test
  void population_missingYear_isRejectedNamingTheProperty() {
    String json = populationJson(ones(101), "").replace("\"year\":2014,", "");
    JsonInputException e = assertThrows(JsonInputException.class,
        () -> SocialPlanJson.read(json, Population.class));
    assertTrue(e.getMessage().contains("'year'"), e.getMessage());
  }

  @Test
  void population_withUnknownProperty_isRejectedNamingIt() {
    JsonInputException e = assertThrows(JsonInputException.class,
        () -> SocialPlanJson.read(populationJson(ones(101), ",\"migrants\":3"), Population.class));
    assertEquals("$.migrants", e.path());
    assertTrue(e.getMessage().contains("migrants"), e.getMessage());
  }

  // ---- Shapes and limits --------------------------------------------------------------------------

  @Test
  void unknownEnumValue_isRejectedNamingPathAndValue() {
    String json = "{\"id\":\"ambito-cremona\",\"kind\":\"AMBITO\",\"name\":\"Ambito di Cremona\"}";
    JsonInputException e = assertThrows(JsonInputException.class, () -> SocialPlanJson.read(json, Grouping.class));
    assertEquals("$.kind", e.path());
    assertTrue(e.getMessage().contains("AMBITO"), e.getMessage());
  }

  @Test
  void enumAsNumber_isRejected() {
    String json = "{\"id\":\"a\",\"kind\":3,\"name\":\"A\"}";
    JsonInputException e = assertThrows(JsonInputException.class, () -> SocialPlanJson.read(json, Grouping.class));
    assertEquals("$.kind", e.path());
  }

  @Test
  void missingRequiredField_isRejectedNamingIt() {
    String json = "{\"groupings\":[{\"id\":\"ambito-cremona\",\"name\":\"Ambito di Cremona\"}]}";
    JsonInputException e = assertThrows(JsonInputException.class,
        () -> SocialPlanJson.read(json, TerritoryRegistry.class));
    assertEquals("$.groupings[0]", e.path());
    assertTrue(e.getMessage().contains("missing required field 'kind' of Grouping"), e.getMessage());
  }

  @Test
  void missingRequiredPrimitive_isRejectedNamingIt() {
    String json = "{\"revenues\":[]}";
    JsonInputException e = assertThrows(JsonInputException.class,
        () -> SocialPlanJson.read(json, YearlyBudget.class));
    assertTrue(e.getMessage().contains("missing required field 'year'"), e.getMessage());
  }

  @Test
  void nullForPrimitive_isRejected() {
    JsonInputException e = assertThrows(JsonInputException.class,
        () -> SocialPlanJson.read("{\"year\":null}", YearlyBudget.class));
    assertEquals("$.year", e.path());
  }

  @Test
  void stringForNumber_isRejected() {
    JsonInputException e = assertThrows(JsonInputException.class,
        () -> SocialPlanJson.read("{\"year\":\"2015\"}", YearlyBudget.class));
    assertEquals("$.year", e.path());
    assertTrue(e.getMessage().contains("2015"), e.getMessage());
  }

  @Test
  void unknownProperty_isRejectedNamingItAndTheType() {
    String json = "{\"id\":\"a\",\"kind\":\"REGION\",\"name\":\"Piemonte\",\"capital\":\"Torino\"}";
    JsonInputException e = assertThrows(JsonInputException.class, () -> SocialPlanJson.read(json, Grouping.class));
    assertEquals("$.capital", e.path());
    assertTrue(e.getMessage().contains("'capital' of Grouping"), e.getMessage());
  }

  @Test
  void domainValidation_isReportedWithPath() {
    String json = "{\"id\":\"p\",\"title\":\"t\",\"territory\":\"x\",\"period\":{\"startYear\":2017,\"endYear\":2015}}";
    JsonInputException e = assertThrows(JsonInputException.class, () -> SocialPlanJson.read(json, Plan.class));
    assertEquals("$.period", e.path());
    assertTrue(e.getMessage().contains("2017-2015"), e.getMessage());
  }

  @Test
  void tooDeepNesting_isRejected() {
    String deep = "[".repeat(SocialPlanJson.MAX_NESTING_DEPTH + 1) + "]".repeat(SocialPlanJson.MAX_NESTING_DEPTH + 1);
    JsonInputException e = assertThrows(JsonInputException.class,
        () -> SocialPlanJson.read(deep, new TypeReference<List<Object>>() {}));
    assertTrue(e.getMessage().contains("nesting depth"), e.getMessage());
    assertTrue(e.path().startsWith("$[0][0]"), e.path());
  }

  @Test
  void tooLongNumber_isRejected() {
    String digits = "1".repeat(SocialPlanJson.MAX_NUMBER_LENGTH + 1);
    JsonInputException e = assertThrows(JsonInputException.class,
        () -> SocialPlanJson.read(plan(digits), Plan.class));
    assertTrue(e.getMessage().contains("Number value length"), e.getMessage());
    assertEquals("$.budgets[0].revenues[1].amount", e.path());
    JsonInputException inString = assertThrows(JsonInputException.class,
        () -> SocialPlanJson.read(plan("\"" + digits + "\""), Plan.class));
    assertTrue(inString.getMessage().contains("longer than 64"), inString.getMessage());
  }

  @Test
  void tooLongString_isRejected() {
    String json = "{\"id\":\"a\",\"kind\":\"REGION\",\"name\":\"" + "x".repeat(SocialPlanJson.MAX_STRING_LENGTH + 1)
        + "\"}";
    JsonInputException e = assertThrows(JsonInputException.class, () -> SocialPlanJson.read(json, Grouping.class));
    assertTrue(e.getMessage().contains("String value length"), e.getMessage());
  }

  @Test
  void trailingTokensAndDuplicates_areRejected() {
    JsonInputException trailing = assertThrows(JsonInputException.class,
        () -> SocialPlanJson.read("\"019036\" \"019001\"", IstatCode.class));
    assertTrue(trailing.getMessage().contains("trailing content"), trailing.getMessage());
    JsonInputException dup = assertThrows(JsonInputException.class,
        () -> SocialPlanJson.read("{\"id\":\"a\",\"id\":\"b\",\"kind\":\"REGION\",\"name\":\"A\"}", Grouping.class));
    assertTrue(dup.getMessage().contains("Duplicate field 'id'"), dup.getMessage());
  }

  @Test
  void nullDocument_isRejected() {
    JsonInputException e = assertThrows(JsonInputException.class, () -> SocialPlanJson.read("null", Plan.class));
    assertTrue(e.getMessage().contains("expected an object (Plan), got null"), e.getMessage());
  }

  @Test
  void classNamesInJson_areNeverInstantiated() {
    // With default typing a payload like this could pick a class; here it is just an unknown shape.
    String json = "[\"java.net.URL\",\"http://example.invalid\"]";
    Object o = SocialPlanJson.read(json, Object.class);
    assertEquals(List.of("java.net.URL", "http://example.invalid"), o);
  }

  @Test
  void readerSource_isNamedInTheMessage() {
    JsonInputException e = assertThrows(JsonInputException.class,
        () -> SocialPlanJson.read(new StringReader("{\"startYear\":2015}"), "period.json", Period.class));
    assertTrue(e.getMessage().startsWith("period.json: JSON input at $"), e.getMessage());
    assertTrue(e.getMessage().contains("endYear"), e.getMessage());
  }

  @Test
  void moduleAlone_registersJdk8ForOptionals() throws Exception {
    ObjectMapper plain = JsonMapper.builder().addModule(new SocialPlanModule()).build();
    Grouping g = Grouping.builder().id("cissa").kind(TerritoryKind.MANAGING_BODY).name("C.I.S.S.A.").build();
    assertEquals(g, plain.readValue(plain.writeValueAsString(g), Grouping.class));
  }

  // ---- Round trips (property tests) ----------------------------------------------------------------

  @Test
  void roundTrip_ofGeneratedPlans_givesEqualValues() {
    qt().withFixedSeed(SEED).withExamples(PropertyRuns.examples(300)).forAll(Generators.plans())
        .check(p -> p.equals(SocialPlanJson.read(SocialPlanJson.write(p), Plan.class)));
  }

  @Test
  void roundTrip_ofGeneratedPopulations_givesEqualValues() {
    qt().withFixedSeed(SEED).withExamples(PropertyRuns.examples(300)).forAll(Generators.populations())
        .check(p -> p.equals(SocialPlanJson.read(SocialPlanJson.write(p), Population.class)));
  }

  @Test
  void roundTrip_ofGeneratedRegistries_givesEqualValues() {
    qt().withFixedSeed(SEED).withExamples(PropertyRuns.examples(300)).forAll(Generators.registries())
        .check(r -> r.equals(SocialPlanJson.read(SocialPlanJson.write(r), TerritoryRegistry.class)));
  }

  @Test
  void roundTrip_ofMoney_givesEqualValues_andTwoDecimals() {
    qt().withFixedSeed(SEED).withExamples(PropertyRuns.examples(1000)).forAll(Generators.money())
        .check(m -> SocialPlanJson.write(m).matches("-?\\d+\\.\\d\\d")
            && m.equals(SocialPlanJson.read(SocialPlanJson.write(m), Money.class)));
  }

  @Test
  void roundTrip_withPlainModuleMapper_givesEqualPlans() throws Exception {
    ObjectMapper plain = JsonMapper.builder().addModule(new SocialPlanModule()).build();
    qt().withFixedSeed(SEED).withExamples(PropertyRuns.examples(100)).forAll(Generators.plans())
        .checkAssert(p -> {
          try {
            assertEquals(p, plain.readValue(plain.writeValueAsString(p), Plan.class));
          } catch (Exception e) {
            throw new AssertionError(e);
          }
        });
  }

  @Test
  void negativeRevenueAmount_isRejectedNamingTheField() {
    String json = "{\"year\":2015,\"revenues\":[{\"label\":\"FNPS\",\"amount\":-5}]}";
    JsonInputException e = assertThrows(JsonInputException.class,
        () -> SocialPlanJson.read(json, YearlyBudget.class));
    assertEquals("$.revenues[0]", e.path());
    assertTrue(e.problem().contains("amount of budget line 'FNPS' must not be negative: -5.00"), e.problem());
    JsonInputException total = assertThrows(JsonInputException.class,
        () -> SocialPlanJson.read("{\"year\":2015,\"publishedRevenueTotal\":-1}", YearlyBudget.class));
    assertTrue(total.problem().contains("publishedRevenueTotal"), total.problem());
  }

  @Test
  void numberWhereTextIsExpected_isRejected() {
    JsonInputException e = assertThrows(JsonInputException.class,
        () -> SocialPlanJson.read("{\"id\":123,\"kind\":\"REGION\",\"name\":\"Piemonte\"}", Grouping.class));
    assertEquals("$.id", e.path());
    assertEquals("expected a string, got the number 123", e.problem());
    assertEquals("123", e.value().orElseThrow());
  }

  @Test
  void messages_nameNoLibraryClassesOrSettings() {
    String[] bad = {
      "{\"startYear\":\"a\",\"endYear\":2015}", "{\"startYear\":2015.5,\"endYear\":2015}",
      "[1]", "{\"startYear\":2015,\"endYear\":null}", "{\"startYear\":2015,\"endYear\":2015",
      "{\"startYear\":2015}", "", "{\"startYear\":true,\"endYear\":2015}"};
    for (String json : bad) {
      JsonInputException e = assertThrows(JsonInputException.class, () -> SocialPlanJson.read(json, Period.class));
      for (String jargon : new String[] {"`", "Immutable", "$Json", "CoercionConfig", "Jackson", "JsonToken",
          "com.fasterxml", "java.", "Source:"}) {
        assertTrue(!e.getMessage().contains(jargon), jargon + " in: " + e.getMessage());
      }
      ErrorBody body = e.toErrorBody();
      assertEquals(e.path(), body.path());
      assertEquals(e.problem(), body.problem());
    }
  }

  @Test
  void errorBody_cutsTheOffendingValue() {
    String longText = "x".repeat(500);
    JsonInputException e = assertThrows(JsonInputException.class,
        () -> SocialPlanJson.read("{\"startYear\":\"" + longText + "\",\"endYear\":2015}", Period.class));
    String value = e.value().orElseThrow();
    assertEquals(ErrorBody.MAX_VALUE_LENGTH, value.length());
    assertTrue(value.endsWith("..."));
    String body = e.toErrorBody().toJson();
    assertTrue(body.startsWith("{\"path\":\"$.startYear\",\"problem\":"), body);
    assertTrue(body.contains("\"line\":1,\"column\":"), body);
  }
}
