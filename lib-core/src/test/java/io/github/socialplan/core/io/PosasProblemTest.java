package io.github.socialplan.core.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.socialplan.core.io.PosasProblem.Kind;
import io.github.socialplan.core.json.JsonInputException;
import io.github.socialplan.core.json.SocialPlanJson;
import io.github.socialplan.core.territory.IstatCode;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** A problem found in a POSAS file: its lines, its kinds and its message. */
class PosasProblemTest {

  private static final IstatCode ABBADIA = IstatCode.parse("098001");

  @Test
  void message_namesOneLineOrTheSpan() {
    assertEquals("line 7: comune 098001 (Abbadia Cerreto) has a mismatch",
        new PosasProblem(ABBADIA, "Abbadia Cerreto", 7, 7, Set.of(Kind.TOTALS_MISMATCH), "has a mismatch").message());
    PosasProblem span = new PosasProblem(ABBADIA, "Abbadia Cerreto", 106, 197, Set.of(Kind.MISSING_AGES), "is x");
    assertEquals("lines 106-197: comune 098001 (Abbadia Cerreto) is x", span.message());
    assertEquals(span.message(), span.toString());
  }

  @Test
  void incomplete_meansAgesOrTheTotalRowAreMissing() {
    assertTrue(problem(Kind.MISSING_AGES).isIncomplete());
    assertTrue(problem(Kind.MISSING_TOTAL_ROW).isIncomplete());
    assertFalse(problem(Kind.TOTALS_MISMATCH).isIncomplete());
    assertFalse(problem(Kind.ROW_SUM_MISMATCH).isIncomplete());
  }

  @Test
  void noKind_orLinesOutOfOrder_areRejected() {
    assertEquals("a problem of comune 098001 needs at least one kind", assertThrows(IllegalArgumentException.class,
        () -> new PosasProblem(ABBADIA, "A", 1, 1, Set.of(), "d")).getMessage());
    assertEquals("lines of comune 098001 must satisfy 1 <= first <= last: 0-3",
        assertThrows(IllegalArgumentException.class,
            () -> new PosasProblem(ABBADIA, "A", 0, 3, Set.of(Kind.MISSING_AGES), "d")).getMessage());
    assertEquals("lines of comune 098001 must satisfy 1 <= first <= last: 5-4",
        assertThrows(IllegalArgumentException.class,
            () -> new PosasProblem(ABBADIA, "A", 5, 4, Set.of(Kind.MISSING_AGES), "d")).getMessage());
    assertEquals(1, new PosasProblem(ABBADIA, "A", 1, 1, Set.of(Kind.MISSING_AGES), "d").firstLine());
  }

  @Test
  void json_holdsTheComponentsOnly_andReadsBackEqual() {
    PosasProblem abbadia = new PosasProblem(ABBADIA, "Abbadia Cerreto", 106, 197,
        Set.of(Kind.MISSING_TOTAL_ROW, Kind.MISSING_AGES), "is incomplete");
    String json = SocialPlanJson.write(abbadia);
    assertEquals("{\"code\":\"098001\",\"name\":\"Abbadia Cerreto\",\"firstLine\":106,\"lastLine\":197,"
        + "\"kinds\":[\"MISSING_AGES\",\"MISSING_TOTAL_ROW\"],\"detail\":\"is incomplete\"}", json);
    assertEquals(abbadia, SocialPlanJson.read(json, PosasProblem.class));
  }

  @Test
  void json_withoutAComponent_orWithAnotherField_isRefused() {
    String whole = "\"code\":\"098001\",\"name\":\"A\",\"firstLine\":1,\"lastLine\":2,"
        + "\"kinds\":[\"MISSING_AGES\"],\"detail\":\"d\"";
    for (String field : new String[] {"code", "name", "firstLine", "lastLine", "kinds", "detail"}) {
      String json = "{" + whole.replaceAll("\"" + field + "\":(\\[[^]]*]|\"[^\"]*\"|[0-9]+),?", "")
          .replaceAll(",$", "") + "}";
      JsonInputException e = assertThrows(JsonInputException.class,
          () -> SocialPlanJson.read(json, PosasProblem.class), json);
      assertTrue(e.getMessage().contains("missing required field '" + field + "'"), e.getMessage());
    }
    JsonInputException other = assertThrows(JsonInputException.class,
        () -> SocialPlanJson.read("{" + whole + ",\"incomplete\":true}", PosasProblem.class));
    assertTrue(other.getMessage().contains("unknown field 'incomplete'"), other.getMessage());
    JsonInputException noKind = assertThrows(JsonInputException.class,
        () -> SocialPlanJson.read("{" + whole.replace("\"MISSING_AGES\"", "") + "}", PosasProblem.class));
    assertTrue(noKind.getMessage().contains("needs at least one kind"), noKind.getMessage());
  }

  private static PosasProblem problem(Kind kind) {
    return new PosasProblem(ABBADIA, "A", 3, 4, Set.of(kind), "d");
  }
}
