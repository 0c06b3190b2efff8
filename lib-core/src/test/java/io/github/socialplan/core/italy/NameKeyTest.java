package io.github.socialplan.core.italy;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** The key names are matched by: no case, no accents, one form of apostrophe, single spaces. */
class NameKeyTest {

  @Test
  void everyFormOfApostrophe_isOne() {
    for (char apostrophe : new char[] {'\u2019', '\u2018', '`', '\u00b4', '\u02bc', '\''}) {
      assertEquals("sant'angelo", NameKey.of("Sant" + apostrophe + "Angelo"), "U+" + Integer.toHexString(apostrophe));
    }
    assertEquals("sant\"angelo", NameKey.of("Sant\"Angelo"));
  }

  @Test
  void spaces_areSingle_andNoneFollowsAnApostrophe() {
    assertEquals("san giovanni in persiceto", NameKey.of("  San   Giovanni\tin Persiceto  "));
    assertEquals("l'aquila", NameKey.of("L' Aquila"));
    assertEquals("l'aquila", NameKey.of("L'  AQUILA"));
    // A stray accent before a space starts no name with a space.
    assertEquals("aosta", NameKey.of("\u0301 Aosta"));
  }

  @Test
  void accentsAndTrailingApostrophes_goAway() {
    assertEquals("aglie", NameKey.of("Agliè"));
    assertEquals("aglie", NameKey.of("AGLIE'"));
    assertEquals("aglie", NameKey.of("AGLIE''"));
    assertEquals("", NameKey.of("'"));
    assertEquals("", NameKey.of(""));
    assertEquals("forli", NameKey.of("Forlì"));
  }
}
