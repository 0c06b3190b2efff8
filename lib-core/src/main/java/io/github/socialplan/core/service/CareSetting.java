package io.github.socialplan.core.service;

/** Where or how a service reaches its users (<i>tipologia di servizio</i>). */
public enum CareSetting {
  /**
   * Access, information and case taking (<i>accesso e presa in carico</i>), e.g. the segretariato sociale.
   */
  ACCESS("accesso e presa in carico", MacroArea.SERVICES),
  /** Care given at home (<i>domiciliare</i>), e.g. home assistance. */
  DOMICILIARY("domiciliare", MacroArea.SERVICES),
  /** Day centres (<i>diurno</i>), e.g. a centro diurno integrato. */
  DAY("diurno", MacroArea.FACILITIES),
  /** Residential care (<i>residenziale</i>), e.g. an RSA or a comunità alloggio. */
  RESIDENTIAL("residenziale", MacroArea.FACILITIES),
  /** Money paid to users (<i>trasferimento economico</i>): allowances, vouchers, contributions. */
  CASH_TRANSFER("trasferimento economico", MacroArea.CASH_TRANSFERS);

  private final String italianName;
  private final MacroArea macroArea;

  CareSetting(String italianName, MacroArea macroArea) {
    this.italianName = italianName;
    this.macroArea = macroArea;
  }

  /**
   * {@return the ISTAT macro-area of spending this setting falls in: day and residential settings are
   * <i>strutture</i>, cash transfers <i>trasferimenti in denaro</i>, the rest <i>interventi e servizi</i>}
   */
  public MacroArea macroArea() {
    return macroArea;
  }

  /** {@return the Italian term} */
  public String italianName() {
    return italianName;
  }
}
