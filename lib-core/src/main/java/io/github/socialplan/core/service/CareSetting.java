package io.github.socialplan.core.service;

/** Where or how a service reaches its users (<i>tipologia di servizio</i>). */
public enum CareSetting {
  ACCESS("accesso e presa in carico", MacroArea.SERVICES),
  DOMICILIARY("domiciliare", MacroArea.SERVICES),
  DAY("diurno", MacroArea.FACILITIES),
  RESIDENTIAL("residenziale", MacroArea.FACILITIES),
  CASH_TRANSFER("trasferimento economico", MacroArea.CASH_TRANSFERS);

  private final String italianName;
  private final MacroArea macroArea;

  CareSetting(String italianName, MacroArea macroArea) {
    this.italianName = italianName;
    this.macroArea = macroArea;
  }

  /**
   * The ISTAT macro-area of spending this setting falls in: day and residential settings are
   * <i>strutture</i>, cash transfers <i>trasferimenti in denaro</i>, the rest <i>interventi e servizi</i>.
   */
  public MacroArea macroArea() {
    return macroArea;
  }

  /** The Italian term. */
  public String italianName() {
    return italianName;
  }
}
