package io.github.socialplan.core.territory;

import java.util.Locale;

/**
 * The legal form of a managing body (<i>forma giuridica dell'ente gestore</i>), as counted in the
 * Piemonte and Torino plans (seed 000): comuni, unioni di comuni, convenzioni, ASL by delegation, consorzi;
 * and the aziende speciali of Lombardia (seed 004).
 */
public enum LegalForm {
  /** A single comune managing its own services: "comune". */
  MUNICIPALITY("comune"),
  /** "unione di comuni". */
  UNION_OF_MUNICIPALITIES("unione di comuni"),
  /** An agreement among comuni: "convenzione". */
  AGREEMENT("convenzione"),
  /** The health authority by delegation: "ASL". */
  HEALTH_AUTHORITY("ASL"),
  /** "consorzio" (e.g. C.I.S.S.A. Pianezza). */
  CONSORTIUM("consorzio"),
  /** "azienda speciale" (e.g. Azienda Sociale Cremonese). */
  SPECIAL_COMPANY("azienda speciale");

  private final String italianName;

  LegalForm(String italianName) {
    this.italianName = italianName;
  }

  /** The Italian term. */
  public String italianName() {
    return italianName;
  }

  /**
   * Reads the Italian term or its first word, case-insensitive: {@code "consorzio"}, {@code "unione"},
   * {@code "Unione di Comuni"}, {@code "asl"}, {@code "azienda speciale"}.
   *
   * @param text not null
   * @return the legal form
   * @throws IllegalArgumentException if the text names none
   */
  public static LegalForm fromItalian(String text) {
    String t = text.trim().toLowerCase(Locale.ROOT);
    for (LegalForm f : values()) {
      String name = f.italianName.toLowerCase(Locale.ROOT);
      if (t.equals(name) || t.equals(name.split(" ")[0])) {
        return f;
      }
    }
    throw new IllegalArgumentException("not a legal form of an ente gestore: '" + text + "'");
  }
}
