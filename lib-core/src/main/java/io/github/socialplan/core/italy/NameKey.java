package io.github.socialplan.core.italy;

import java.text.Normalizer;
import java.util.Locale;

/** The form in which names are compared: no case, no accents, one kind of apostrophe, single spaces. */
final class NameKey {

  private NameKey() {}

  /**
   * The key of a name: "Sant’Angelo", "SANT'ANGELO" and "sant' angelo" share one, as do "Agliè" and "AGLIE'"
   * (ANPR's transliteration writes an accent as a trailing apostrophe).
   */
  static String of(String name) {
    String s = Normalizer.normalize(name.strip(), Normalizer.Form.NFD);
    StringBuilder b = new StringBuilder(s.length());
    boolean space = false;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (Character.getType(c) == Character.NON_SPACING_MARK) {
        continue;
      }
      if (c == '\u2019' || c == '\u2018' || c == '`' || c == '\u00b4' || c == '\u02bc') {
        c = '\'';
      }
      if (Character.isWhitespace(c)) {
        space = true;
        continue;
      }
      if (space && b.length() > 0 && b.charAt(b.length() - 1) != '\'') {
        b.append(' ');
      }
      space = false;
      b.append(Character.toLowerCase(c));
    }
    // A trailing apostrophe stands for an accent in transliterated names ("AGLIE'").
    int end = b.length();
    while (end > 0 && b.charAt(end - 1) == '\'') {
      end--;
    }
    b.setLength(end);
    return b.toString().toLowerCase(Locale.ROOT);
  }
}
