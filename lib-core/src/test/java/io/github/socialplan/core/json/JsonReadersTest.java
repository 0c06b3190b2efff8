package io.github.socialplan.core.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.json.JsonMapper;
import io.github.socialplan.core.money.Money;
import io.github.socialplan.core.plan.Period;
import io.github.socialplan.core.population.AgeBands;
import io.github.socialplan.core.population.Population;
import io.github.socialplan.core.population.Sex;
import io.github.socialplan.core.territory.IstatCode;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The population, money and code readers and the paths of errors, through the public reader, word for word.
 */
class JsonReadersTest {

  /** Counts 0, 1, ..., 100 for ages 0 to 100. */
  private static String ages() {
    StringBuilder b = new StringBuilder("[");
    for (int i = 0; i <= 100; i++) {
      b.append(i == 0 ? "" : ",").append(i);
    }
    return b.append(']').toString();
  }

  private static String population(String extra) {
    return "{\"territory\":\"019036\",\"year\":2014,\"male\":" + ages() + ",\"female\":" + ages() + extra + "}";
  }

  private static JsonInputException refused(String json, Class<?> type) {
    return assertThrows(JsonInputException.class, () -> SocialPlanJson.read(json, type));
  }

  private static void assertProblem(String path, String problem, JsonInputException e) {
    assertEquals(path, e.path(), e.getMessage());
    assertEquals(problem, e.problem(), e.getMessage());
  }

  // ---- Population ---------------------------------------------------------------------------------------

  @Test
  void population_optionalCountsOfZero_areKept_andNullMeansUnknown() {
    Population p = SocialPlanJson.read(population(",\"foreignResidents\":0,\"births\":0,\"deaths\":0"),
        Population.class);
    assertEquals(0, p.foreignResidents().getAsLong());
    assertEquals(0, p.births().getAsLong());
    assertEquals(0, p.deaths().getAsLong());
    Population unknown = SocialPlanJson.read(population(",\"foreignResidents\":null,\"births\":null"),
        Population.class);
    assertTrue(unknown.foreignResidents().isEmpty());
    assertTrue(unknown.births().isEmpty());
    assertEquals(5050, unknown.males());
  }

  @Test
  void population_badOptionalCounts_areRefusedNamingTheField() {
    assertProblem("$.births", "count must be >= 0: -1", refused(population(",\"births\":-1"), Population.class));
    assertProblem("$.deaths", "count out of range: 100000000000000000000",
        refused(population(",\"deaths\":100000000000000000000"), Population.class));
    assertProblem("$.foreignResidents", "expected a whole number, got the string \"3\"",
        refused(population(",\"foreignResidents\":\"3\""), Population.class));
    assertProblem("$.foreignResidents", "expected a whole number, got the number 3.5",
        refused(population(",\"foreignResidents\":3.5"), Population.class));
  }

  @Test
  void population_fieldsOfTheWrongKind_areRefused() {
    // The array is the document itself: its path is "$", not that of its first element.
    assertProblem("$", "expected an object (Population), got an array", refused("[1]", Population.class));
    assertProblem("$[1]", "expected an object (Period), got an array",
        assertThrows(JsonInputException.class, () -> SocialPlanJson.read("[{\"startYear\":2015,\"endYear\":2015},[]]",
            new TypeReference<List<Period>>() {})));
    assertProblem("$", "Population is missing the required property 'territory' (needs territory, year, male, "
        + "female)", refused("{}", Population.class));
    String noFemale = population("").replaceFirst(",\"female\":\\[[0-9,]*\\]", "");
    assertProblem("$", "Population is missing the required property 'female' (needs territory, year, male, "
        + "female)", refused(noFemale, Population.class));
    String noMale = population("").replaceFirst(",\"male\":\\[[0-9,]*\\]", "");
    assertProblem("$", "Population is missing the required property 'male' (needs territory, year, male, "
        + "female)", refused(noMale, Population.class));
    assertProblem("$.territory", "expected a string, got the number 19036",
        refused(population("").replace("\"019036\"", "19036"), Population.class));
    assertProblem("$.year", "expected a whole number, got the string \"2014\"",
        refused(population("").replace("2014", "\"2014\""), Population.class));
    assertProblem("$.year", "not an int: 3000000000",
        refused(population("").replace("2014", "3000000000"), Population.class));
    assertProblem("$.male[2]", "expected a whole number, got the number 2.5",
        refused(population("").replaceFirst(",2,", ",2.5,"), Population.class));
    assertProblem("$.female", "expected an array, got the string \"x\"",
        refused(population("").replaceFirst("\"female\":\\[[0-9,]*\\]", "\"female\":\"x\""), Population.class));
  }

  @Test
  void population_inAgeBands_isWrittenWithItsBands_singleYearsWithout() throws IOException {
    AgeBands bands = AgeBands.parse("0-14, 15-64, 65+");
    Population banded = Population.builder("019036", 2014, bands).counts(Sex.MALE, new int[] {1, 2, 3})
        .counts(Sex.FEMALE, new int[] {4, 5, 6}).build();
    String json = SocialPlanJson.write(banded);
    assertEquals("{\"territory\":\"019036\",\"year\":2014,\"ageBands\":\"0-14, 15-64, 65+\",\"male\":[1,2,3],"
        + "\"female\":[4,5,6]}", json);
    assertEquals(banded, SocialPlanJson.read(json, Population.class));
    Population single = SocialPlanJson.read(population(""), Population.class);
    assertTrue(!SocialPlanJson.write(single).contains("ageBands"));
    // Two in a list: each object is closed before the next starts.
    List<Population> two = SocialPlanJson.read(SocialPlanJson.write(List.of(banded, single)),
        new TypeReference<List<Population>>() {});
    assertEquals(List.of(banded, single), two);
  }

  // ---- Money and codes ------------------------------------------------------------------------------------

  @Test
  void money_inAString_ofAtMost64Characters() {
    String sixtyFour = "0".repeat(59) + "12.50";
    assertEquals(64, sixtyFour.length());
    assertEquals(Money.ofCents(1250), SocialPlanJson.read("\"" + sixtyFour + "\"", Money.class));
    assertEquals(Money.ofCents(1250), SocialPlanJson.read("\" 12.50 \"", Money.class));
    JsonInputException e = refused("\"0" + sixtyFour + "\"", Money.class);
    assertProblem("$", "amount of money longer than 64 characters: 0" + sixtyFour, e);
    String hundred = "1".repeat(100);
    assertEquals("1".repeat(77) + "...", refused("\"" + hundred + "\"", Money.class).value().orElseThrow());
  }

  @Test
  void codes_refuseNumbersAndOtherTokens() {
    assertProblem("$", "ISTAT comune code must be a JSON string of 6 digits (leading zeros matter), got the number "
        + "19036.5", refused("19036.5", IstatCode.class));
    assertEquals(IstatCode.parse("019036"), SocialPlanJson.read("\"019036\"", IstatCode.class));
    assertTrue(refused("true", IstatCode.class).problem().endsWith(", got true"));
  }

  // ---- Paths ----------------------------------------------------------------------------------------------

  @Test
  void namesThatAreNotIdentifiers_areQuotedInThePath_andCut() {
    TypeReference<Map<String, Integer>> ints = new TypeReference<>() {};
    String eighty = "k-" + "x".repeat(78);
    JsonInputException e = assertThrows(JsonInputException.class,
        () -> SocialPlanJson.read("{\"" + eighty + "\":\"a\"}", ints));
    assertEquals("$['" + eighty + "']", e.path());
    String longer = eighty + "y";
    JsonInputException cut = assertThrows(JsonInputException.class,
        () -> SocialPlanJson.read("{\"" + longer + "\":\"a\"}", ints));
    assertEquals("$['" + longer.substring(0, 77) + "...']", cut.path());
    JsonInputException quote = assertThrows(JsonInputException.class,
        () -> SocialPlanJson.read("{\"it's\":\"a\"}", ints));
    assertEquals("$['it\\'s']", quote.path());
    JsonInputException plain = assertThrows(JsonInputException.class,
        () -> SocialPlanJson.read("{\"_a1\":\"a\"}", ints));
    assertEquals("$._a1", plain.path());
  }

  @Test
  void syntaxErrors_havePathsIntoArraysAndObjects() {
    TypeReference<List<Object>> list = new TypeReference<>() {};
    assertEquals("$[0]", assertThrows(JsonInputException.class, () -> SocialPlanJson.read("[", list)).path());
    assertEquals("$[1].a[2]", assertThrows(JsonInputException.class,
        () -> SocialPlanJson.read("[0,{\"a\":[1,2,", list)).path());
    assertEquals("$[0]", assertThrows(JsonInputException.class,
        () -> SocialPlanJson.read("[{", list)).path());
    JsonInputException e = assertThrows(JsonInputException.class,
        () -> SocialPlanJson.read("[0,\n 1,\n x]", list));
    assertEquals(3, e.line());
  }

  // ---- Other entry points --------------------------------------------------------------------------------

  @Test
  void aJacksonErrorOfAnotherMapper_becomesTheSameException() {
    JsonMapper own = SocialPlanJson.mapper();
    JsonProcessingException jackson = assertThrows(JsonProcessingException.class,
        () -> own.readValue("{\"startYear\":\"a\",\"endYear\":2015}", Period.class));
    JsonInputException e = SocialPlanJson.toInputException(jackson, "request");
    assertEquals("$.startYear", e.path());
    assertEquals("expected a whole number, got the string \"a\"", e.problem());
    assertTrue(e.getMessage().startsWith("request: JSON input at $.startYear (line 1, column 14): "), e.getMessage());
    assertEquals(jackson, e.getCause());
    JsonInputException noParser = SocialPlanJson.toInputException(new JsonProcessingException("broken") {}, "");
    assertEquals("$", noParser.path());
    assertEquals(-1, noParser.line());
    assertEquals("malformed JSON: broken", noParser.problem());
  }

  @Test
  void streamsAndFiles_areReadAndNamed(@TempDir Path dir) throws IOException {
    String json = "{\"startYear\":2015,\"endYear\":2017}";
    assertEquals(Period.of(2015, 2017), SocialPlanJson.read(
        new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)), "period.json", Period.class));
    Path file = Files.writeString(dir.resolve("period.json"), "{\"startYear\":2015}");
    JsonInputException e = assertThrows(JsonInputException.class, () -> SocialPlanJson.read(file, Period.class));
    assertTrue(e.getMessage().startsWith(file + ": JSON input at $"), e.getMessage());
    assertEquals(Optional.empty(), e.value());
  }

  @Test
  void pretty_isIndented_andReadsBack() {
    String pretty = SocialPlanJson.writePretty(Period.of(2015, 2017));
    assertTrue(pretty.contains("\n  \"startYear\" : 2015"), pretty);
    assertEquals(Period.of(2015, 2017), SocialPlanJson.read(pretty, Period.class));
  }
}
