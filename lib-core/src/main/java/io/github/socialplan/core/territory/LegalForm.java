package io.github.socialplan.core.territory;

import java.util.Locale;

/**
 * The legal form of a managing body (<i>forma giuridica dell'ente gestore</i>), as counted in the
 * Piemonte and Torino plans (Piano Sociale Metropolitano, Città metropolitana di Torino): comuni, unioni di comuni, convenzioni, ASL by delegation, consorzi;
 * and the aziende speciali of Lombardia (Piano di Zona 2015-2017 dell'Ambito di Cremona).
 */
public enum LegalForm {
  /** A single comune managing its own services: "comune". */
  MUNICIPALITY("comune", "comuni"),
  /** "unione di comuni". */
  UNION_OF_MUNICIPALITIES("unione di comuni", "unioni di comuni"),
  /** An agreement among comuni: "convenzione". */
  AGREEMENT("convenzione", "convenzioni"),
  /** The health authority by delegation: "ASL". */
  HEALTH_AUTHORITY("ASL", "ASL"),
  /** "consorzio" (e.g. C.I.S.S.A. Pianezza). */
  CONSORTIUM("consorzio", "consorzi"),
  /** "azienda speciale" (e.g. Azienda Sociale Cremonese). */
  SPECIAL_COMPANY("azienda speciale", "aziende speciali");

  private final String italianName;
  private final String italianPlural;

  LegalForm(String italianName, String italianPlural) {
    this.italianName = italianName;
    this.italianPlural = italianPlural;
  }

  /** {@return the Italian plural, as the plans count them ("15 consorzi")} */
  public String italianPlural() {
    return italianPlural;
  }

  /** {@return the Italian term} */
  public String italianName() {
    return italianName;
  }

  /**
   * Reads the Italian term or its first word, singular or plural, case-insensitive: {@code "consorzio"},
   * {@code "unione"}, {@code "Unione di Comuni"}, {@code "asl"}, {@code "azienda speciale"},
   * {@code "Consorzi"}, {@code "Unioni di Comuni"}.
   *
   * @param text not null
   * @return the legal form
   * @throws IllegalArgumentException if the text names none
   */
  public static LegalForm fromItalian(String text) {
    String t = java.util.Objects.requireNonNull(text, "text").trim().toLowerCase(Locale.ROOT);
    for (LegalForm f : values()) {
      for (String term : new String[] {f.italianName, f.italianPlural}) {
        String name = term.toLowerCase(Locale.ROOT);
        if (t.equals(name) || t.equals(name.split(" ")[0])) {
          return f;
        }
      }
    }
    throw new IllegalArgumentException("not a legal form of an ente gestore: '" + text + "'");
  }
}
