package io.github.socialplan.core.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** The message of a {@link JsonInputException} and the error body built from it, field by field. */
class ErrorBodyTest {

  @Test
  void message_namesSourcePathLineAndColumn_whenKnown() {
    assertEquals("plan.json: JSON input at $.period (line 3, column 7): bad year",
        new JsonInputException("plan.json", "$.period", 3, 7, "bad year", null).getMessage());
    assertEquals("JSON input at $.period (line 3): bad year",
        new JsonInputException("", "$.period", 3, 0, "bad year", null).getMessage());
    assertEquals("JSON input at $: bad year",
        new JsonInputException("", "$", 0, 7, "bad year", null).getMessage());
  }

  @Test
  void errorBody_keepsOnlyPositiveLineAndColumn() {
    ErrorBody full = new JsonInputException("f", "$.a", 1, 1, "p", "v", null).toErrorBody();
    assertEquals(1L, full.line());
    assertEquals(1L, full.column());
    assertEquals("v", full.value());
    ErrorBody none = new JsonInputException("f", "$.a", 0, 0, "p", null).toErrorBody();
    assertNull(none.line());
    assertNull(none.column());
    assertNull(none.value());
    assertEquals("{\"path\":\"$.a\",\"problem\":\"p\"}", none.toJson());
    assertEquals("{\"path\":\"$.a\",\"problem\":\"p\",\"line\":1,\"column\":1,\"value\":\"v\"}", full.toJson());
  }

  @Test
  void values_upTo80Characters_areKept_longerOnesCutTo77AndAnEllipsis() {
    String eighty = "a".repeat(80);
    assertEquals(eighty, ErrorBody.cutValue(eighty));
    assertEquals(eighty, new ErrorBody("$", "p", null, null, eighty).value());
    String cut = ErrorBody.cutValue(eighty + "b");
    assertEquals("a".repeat(77) + "...", cut);
    assertEquals("a".repeat(77) + "...", new JsonInputException("", "$", 0, 0, "p", eighty + "b", null).value()
        .orElseThrow());
    assertEquals(ErrorBody.of("cell B3", "not a number"), new ErrorBody("cell B3", "not a number", null, null, null));
    assertTrue(ErrorBody.of("cell B3", "not a number").toJson().contains("\"path\":\"cell B3\""));
  }

  @Test
  void aLongValue_isCutBetweenCharacters_neverInsideOne() {
    // 76 letters, then emoji (two UTF-16 units each): a cut after 77 units would keep half of one
    String value = "a".repeat(76) + "\uD83D\uDE00".repeat(10);
    String expected = "a".repeat(76) + "...";
    assertEquals(expected, new ErrorBody("$", "p", null, null, value).value());
    assertEquals(expected, ErrorBody.cutValue(value));
    // the same value as a string amount: the body's value and the problem that quotes it
    JsonInputException e = org.junit.jupiter.api.Assertions.assertThrows(JsonInputException.class,
        () -> SocialPlanJson.read("\"" + value + "\"", io.github.socialplan.core.money.Money.class));
    ErrorBody body = e.toErrorBody();
    assertEquals(expected, body.value());
    assertEquals("amount of money longer than 64 characters: " + expected, body.problem());
    // a cut that falls between two whole characters keeps 77 units, as before
    String plain = "\u00e9".repeat(100);
    assertEquals("\u00e9".repeat(77) + "...", ErrorBody.cutValue(plain));
  }
}
