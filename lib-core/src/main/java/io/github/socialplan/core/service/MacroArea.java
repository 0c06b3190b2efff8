package io.github.socialplan.core.service;

/** ISTAT's macro-areas of social spending (<i>macro-aree di intervento</i>). */
public enum MacroArea {
  SERVICES("interventi e servizi"),
  CASH_TRANSFERS("trasferimenti in denaro"),
  FACILITIES("strutture");

  private final String italianName;

  MacroArea(String italianName) {
    this.italianName = italianName;
  }

  /** The Italian term. */
  public String italianName() {
    return italianName;
  }
}
