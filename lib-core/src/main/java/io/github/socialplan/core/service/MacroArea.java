package io.github.socialplan.core.service;

/** ISTAT's macro-areas of social spending (<i>macro-aree di intervento</i>). */
public enum MacroArea {
  /** Services and interventions (<i>interventi e servizi</i>). */
  SERVICES("interventi e servizi"),
  /** Cash transfers (<i>trasferimenti in denaro</i>). */
  CASH_TRANSFERS("trasferimenti in denaro"),
  /** Facilities: day and residential centres (<i>strutture</i>). */
  FACILITIES("strutture");

  private final String italianName;

  MacroArea(String italianName) {
    this.italianName = italianName;
  }

  /** {@return the Italian term} */
  public String italianName() {
    return italianName;
  }
}
