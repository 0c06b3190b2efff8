package io.github.socialplan.core.population;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.socialplan.core.testing.ReferenceTable;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class AgeBandTest {

  @Test
  void parse_readsTheBandsOfTheCremonaTable_andPrintsThemBack() {
    // The bands as the reference table writes them (0-14, 15-64, 65+), except its "total" row.
    for (Map<String, String> row : ReferenceTable.read("cremona-2014-population-by-band.csv")
        .rows(r -> !r.get("age_band").equals("total"))) {
      String text = row.get("age_band");
      assertEquals(text, AgeBand.parse(text).toString());
    }
    assertEquals(AgeBand.of(65, 100), AgeBand.parse("65+"));
    assertEquals(AgeBand.of(0, 14), AgeBand.parse("0-14"));
    assertEquals(AgeBand.of(7, 7), AgeBand.parse("7"));
  }

  @Test
  void contains_includesBothEnds() {
    AgeBand working = AgeBand.of(15, 64);
    assertTrue(working.contains(15) && working.contains(64));
    assertFalse(working.contains(14) || working.contains(65));
    assertTrue(AgeBand.atLeast(65).isOpen());
    assertFalse(working.isOpen());
    assertEquals(AgeBand.of(0, 100), AgeBand.all());
    assertEquals(15, working.from());
    assertEquals(64, working.to());
  }

  @Test
  void ageOutside0to100_isRejectedNamingTheAge() {
    assertEquals("age must be in 0..100 (100 = 100 and over): 101",
        assertThrows(IllegalArgumentException.class, () -> AgeBand.of(0, 101)).getMessage());
    assertEquals("age must be in 0..100 (100 = 100 and over): -1",
        assertThrows(IllegalArgumentException.class, () -> AgeBand.atLeast(-1)).getMessage());
  }

  @Test
  void bandEndingBeforeItStarts_isRejectedNamingIt() {
    assertEquals("age band ends before it starts: 64-15",
        assertThrows(IllegalArgumentException.class, () -> AgeBand.of(64, 15)).getMessage());
  }

  @ParameterizedTest
  @ValueSource(strings = {"x", "15_64", "-5", "65++", ""})
  void parse_ofText_isRejectedNamingIt(String text) {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> AgeBand.parse(text));
    assertTrue(e.getMessage().contains("'" + text + "'"), e.getMessage());
  }

  /**
   * {@code "+65"}, a way of writing "65 and over", was read as the single age 65 (Integer.parseInt takes a
   * leading plus); digits of other scripts were read as their values. A band is written in ASCII digits.
   */
  @ParameterizedTest
  @ValueSource(strings = {"+65", "0-+14", "+0-14", "\u0666\u0665+", "\uff16\uff15+", "\u0660-\u0661\u0664"})
  void parse_ofAPlusSignOrDigitsOtherThanAscii_isRefusedNamingIt(String text) {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> AgeBand.parse(text));
    assertEquals("not an age band: '" + text + "'", e.getMessage());
  }
}
