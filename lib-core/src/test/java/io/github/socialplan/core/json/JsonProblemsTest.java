package io.github.socialplan.core.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.json.JsonMapper;
import io.github.socialplan.core.money.Money;
import io.github.socialplan.core.plan.Period;
import io.github.socialplan.core.plan.Plan;
import io.github.socialplan.core.population.Population;
import io.github.socialplan.core.territory.Grouping;
import io.github.socialplan.core.territory.IstatCode;
import io.github.socialplan.core.territory.TerritoryKind;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The problem, path and offending value of each kind of rejected JSON, word for word: what the sender of a
 * request reads in the error body.
 */
class JsonProblemsTest {

  private static final String KINDS = Arrays.stream(TerritoryKind.values()).map(Enum::name)
      .collect(Collectors.joining(", "));

  private static JsonInputException refused(String json, Class<?> type) {
    return assertThrows(JsonInputException.class, () -> SocialPlanJson.read(json, type));
  }

  private static JsonInputException refused(String json, TypeReference<?> type) {
    return assertThrows(JsonInputException.class, () -> SocialPlanJson.read(json, type));
  }

  private static void assertProblem(String path, String problem, String value, JsonInputException e) {
    assertEquals(path, e.path(), e.getMessage());
    assertEquals(problem, e.problem(), e.getMessage());
    assertEquals(Optional.ofNullable(value), e.value(), e.getMessage());
  }

  // ---- What a type takes, in JSON's terms -------------------------------------------------------------

  @Test
  void expected_namesTheKindOfJsonValueOfEachType() {
    for (Class<?> c : List.of(String.class, CharSequence.class, Character.class, char.class)) {
      assertEquals("a string", JsonProblems.expected(c), c.getName());
    }
    assertEquals("an amount of money (a number with at most 2 decimals)", JsonProblems.expected(Money.class));
    for (Class<?> c : List.of(int.class, long.class, short.class, byte.class, Integer.class, Long.class,
        Short.class, Byte.class, BigInteger.class)) {
      assertEquals("a whole number", JsonProblems.expected(c), c.getName());
    }
    for (Class<?> c : List.of(double.class, float.class, Double.class, Float.class, BigDecimal.class)) {
      assertEquals("a number", JsonProblems.expected(c), c.getName());
    }
    assertEquals("true or false", JsonProblems.expected(boolean.class));
    assertEquals("true or false", JsonProblems.expected(Boolean.class));
    assertEquals("an array", JsonProblems.expected(int[].class));
    assertEquals("an array", JsonProblems.expected(ArrayList.class));
    assertEquals("a date string", JsonProblems.expected(LocalDate.class));
    assertEquals("a value", JsonProblems.expected(Optional.class));
    assertEquals("a value", JsonProblems.expected(Object.class));
    assertEquals("an object", JsonProblems.expected(TreeMap.class));
    assertEquals("an object (Plan)", JsonProblems.expected(Plan.class));
    JsonMapper mapper = SocialPlanJson.mapper();
    assertEquals("an array", JsonProblems.expected(mapper.constructType(new TypeReference<List<String>>() {})));
    assertEquals("an array", JsonProblems.expected(mapper.constructType(String[].class)));
    assertEquals("a string", JsonProblems.expected(mapper.constructType(String.class)));
  }

  @Test
  void name_isThePublicTypeAGeneratedClassStandsFor() throws ClassNotFoundException {
    assertEquals("value", JsonProblems.name(null));
    assertEquals("Period", JsonProblems.name(Class.forName("io.github.socialplan.core.plan.ImmutablePeriod")));
    assertEquals("Period", JsonProblems.name(Class.forName("io.github.socialplan.core.plan.ImmutablePeriod$Json")));
    assertEquals("Grouping", JsonProblems.name(Grouping.class));
    // A class that is not public and extends nothing public keeps its own name.
    assertEquals("JsonProblems", JsonProblems.name(JsonProblems.class));
  }

  @Test
  void token_describesWhereTheParserStands() throws IOException {
    String json = "{\"a\":[1,2.5,\"s\",true,false,null]}";
    List<String> seen = new ArrayList<>();
    try (JsonParser p = SocialPlanJson.mapper().createParser(json)) {
      for (JsonToken t = p.nextToken(); t != null; t = p.nextToken()) {
        seen.add(JsonProblems.token(p));
      }
      assertEquals("the end of the input", JsonProblems.token(p));
      assertEquals("another value", JsonProblems.token(JsonToken.VALUE_EMBEDDED_OBJECT, p));
    }
    assertEquals(List.of("an object", "the field 'a'", "an array", "the number 1", "the number 2.5",
        "the string \"s\"", "true", "false", "null", "the end of an array", "the end of an object"), seen);
    assertEquals("something else", JsonProblems.token(null));
  }

  @Test
  void token_cutsALongStringToTheSafeLength() throws IOException {
    String longText = "y".repeat(200);
    try (JsonParser p = SocialPlanJson.mapper().createParser("\"" + longText + "\"")) {
      p.nextToken();
      assertEquals("the string \"" + "y".repeat(77) + "...\"", JsonProblems.token(p));
    }
  }

  // ---- Each kind of rejected input, through the public reader ------------------------------------------

  @Test
  void emptyInput_hasNoValue() {
    assertProblem("$", "no JSON value: the input is empty", null, refused("", Period.class));
    assertProblem("$", "no JSON value: the input is empty", null, refused(" \n ", Period.class));
  }

  @Test
  void contentAfterTheValue_isNamed() {
    String period = "{\"startYear\":2015,\"endYear\":2015}";
    assertProblem("$", "trailing content after the JSON value: the number 7", "7", refused(period + " 7", Period.class));
    assertProblem("$", "trailing content after the JSON value: an object", null, refused(period + " {", Period.class));
    JsonInputException e = refused(period + " 7", Period.class);
    assertEquals(1, e.line());
    assertEquals(period.length() + 2, e.column());
  }

  @Test
  void aNumberThatIsNoWholeNumber_isQuotedAsWritten_notAsADouble() {
    // the value field quoted the double Jackson made of the number: 1.0E20 for 99999999999999999999.5,
    // another number than the one sent, and 1.0E-7 for 1e-7
    for (String written : List.of("99999999999999999999.5", "1e-7", "1E+2", "2015.50", "-0.0")) {
      assertProblem("$.startYear", "expected a whole number, got the number " + written, written,
          refused("{\"startYear\":" + written + ",\"endYear\":2015}", Period.class));
    }
  }

  @Test
  void wrongKindsOfValue_sayWhatWasExpectedAndWhatCame() {
    assertProblem("$.startYear", "expected a whole number, got the number 2015.5", "2015.5",
        refused("{\"startYear\":2015.5,\"endYear\":2015}", Period.class));
    assertProblem("$.startYear", "expected a whole number, got true", "true",
        refused("{\"startYear\":true,\"endYear\":2015}", Period.class));
    assertProblem("$.startYear", "expected a whole number, got the string \"a\"", "a",
        refused("{\"startYear\":\"a\",\"endYear\":2015}", Period.class));
    assertProblem("$.startYear", "expected a whole number, got an array", null,
        refused("{\"startYear\":[1],\"endYear\":2015}", Period.class));
    assertProblem("$.startYear", "expected a whole number, got an object", null,
        refused("{\"startYear\":{},\"endYear\":2015}", Period.class));
    assertProblem("$", "expected an object (Period), got the number 7", "7", refused("7", Period.class));
    assertProblem("$.id", "expected a string, got an array", null,
        refused("{\"id\":[],\"kind\":\"REGION\",\"name\":\"A\"}", Grouping.class));
    assertProblem("$.id", "expected a string, got true", "true",
        refused("{\"id\":true,\"kind\":\"REGION\",\"name\":\"A\"}", Grouping.class));
    assertProblem("$", "expected an amount of money (a number with at most 2 decimals), got true", "true",
        refused("true", Money.class));
    assertProblem("$", "expected an amount of money (a number with at most 2 decimals), got an object", null,
        refused("{\"a\":1}", Money.class));
    assertProblem("$", "expected an array, got an object", null, refused("{\"x\":1}", List.class));
    assertProblem("$.a", "expected true or false, got an array", null,
        refused("{\"a\":[1,2]}", new TypeReference<Map<String, Boolean>>() {}));
    assertProblem("$.a", "expected a number, got the string \"x\"", "x",
        refused("{\"a\":\"x\"}", new TypeReference<Map<String, Double>>() {}));
    assertProblem("$.a", "expected an object, got the number 1", "1",
        refused("{\"a\":1}", new TypeReference<Map<String, Map<String, String>>>() {}));
  }

  @Test
  void enumValues_listWhatIsAllowed() {
    assertProblem("$.kind", "'AMBITO' is not one of " + KINDS, "AMBITO",
        refused("{\"id\":\"a\",\"kind\":\"AMBITO\",\"name\":\"A\"}", Grouping.class));
    assertProblem("$.kind", "expected one of " + KINDS + ", got the number 3", "3",
        refused("{\"id\":\"a\",\"kind\":3,\"name\":\"A\"}", Grouping.class));
    assertProblem("$.kind", "expected one of " + KINDS + ", got an object", null,
        refused("{\"id\":\"a\",\"kind\":{},\"name\":\"A\"}", Grouping.class));
    assertProblem("$.kind", "expected one of " + KINDS + ", got true", "true",
        refused("{\"id\":\"a\",\"kind\":true,\"name\":\"A\"}", Grouping.class));
    String longName = "K".repeat(100);
    assertProblem("$.kind", "'" + "K".repeat(77) + "...' is not one of " + KINDS, "K".repeat(77) + "...",
        refused("{\"id\":\"a\",\"kind\":\"" + longName + "\",\"name\":\"A\"}", Grouping.class));
  }

  @Test
  void missingAndNullFields_areNamedWithTheirType() {
    assertProblem("$", "missing required fields 'kind', 'name' of Grouping", null,
        refused("{\"id\":\"a\"}", Grouping.class));
    assertProblem("$", "missing required field 'id' of Grouping", null,
        refused("{\"id\":null,\"kind\":\"REGION\",\"name\":\"A\"}", Grouping.class));
    assertProblem("$", "Population is missing the required property 'male' (needs territory, year, male, female)",
        null, refused("{\"territory\":\"019036\",\"year\":2014}", Population.class));
  }

  @Test
  void unknownFields_areNamedWithTheFieldsKnown() {
    assertProblem("$.capital", "unknown field 'capital' of Grouping; known: [areaKm2, id, kind, legalForm, name, "
        + "parent]", "capital", refused("{\"id\":\"a\",\"kind\":\"REGION\",\"name\":\"A\",\"capital\":1}", Grouping.class));
    // Population reads its fields itself: no list of the known ones.
    assertProblem("$.migrants", "unknown field 'migrants' of Population", "migrants",
        refused("{\"territory\":\"x\",\"migrants\":1}", Population.class));
  }

  @Test
  void theValuesOwnChecks_speakForThemselves_andNameTheValueOnce() {
    assertProblem("$", "period ends before it starts: 2017-2015", null,
        refused("{\"startYear\":2017,\"endYear\":2015}", Period.class));
    assertProblem("$", "money must have at most 2 decimals (cents): 12.345", "12.345", refused("\"12.345\"", Money.class));
    assertProblem("$", "not an amount of money: 'abc'", "abc", refused("\"abc\"", Money.class));
    // money in a string is read as a table's text is: no exponent, no thousands written as 250.000
    assertProblem("$", "not an amount of money: '1e3'", "1e3", refused("\"1e3\"", Money.class));
    assertProblem("$", "money must have at most 2 decimals (cents): 250.000; if the dot separates thousands,"
        + " write the amount without it", "250.000", refused("\"250.000\"", Money.class));
    // The message names the value as BigDecimal prints it; the value as written is added.
    assertProblem("$", "money out of range (more than 30 integer digits): 1E+999999999: 1e999999999", "1e999999999",
        refused("1e999999999", Money.class));
    assertProblem("$", "ISTAT comune code must have 6 digits, got 5: '19001'", "19001",
        refused("\"19001\"", IstatCode.class));
    assertProblem("$", "ISTAT comune code must be a JSON string of 6 digits (leading zeros matter), got the number "
        + "19001", "19001", refused("19001", IstatCode.class));
  }

  @Test
  void sizeLimits_areStatedWithoutTheLibrarysSettings() {
    String digits = "1" + "0".repeat(70);
    JsonInputException e = refused(digits, Money.class);
    assertProblem("$", "Number value length (71) exceeds the maximum allowed (64)", null, e);
  }

  @Test
  void syntaxErrors_keepTheTokenizersWordsWithoutItsPointers() {
    assertProblem("$.startYear", "malformed JSON: Unexpected end-of-input within/between Object entries", "2015",
        refused("{\"startYear\":2015,", Period.class));
    assertProblem("$", "malformed JSON: Unexpected close marker ']': expected '}'", null,
        refused("[1] ]", List.class));
    JsonInputException quote = refused("{'a':1}", Map.class);
    assertProblem("$", "malformed JSON: Unexpected character (''' (code 39)): was expecting double-quote to start "
        + "field name", null, quote);
    assertEquals(2, quote.column());
  }

  @Test
  void aBadMapKey_namesTheKey() {
    JsonInputException e = refused("{\"x\":1}", new TypeReference<Map<IstatCode, Long>>() {});
    assertEquals("$.x", e.path());
    assertEquals("expected an object (IstatCode), got the field 'x'", e.problem());
  }

  @Test
  void aDecimalOutOfBounds_namesTheValue() {
    assertProblem("$.a", "decimal is out of range (at most 30 integer digits, 30 decimals and 100 digits): 1E+99999",
        "1E+99999", refused("{\"a\":1e99999}", new TypeReference<Map<String, BigDecimal>>() {}));
  }
}
