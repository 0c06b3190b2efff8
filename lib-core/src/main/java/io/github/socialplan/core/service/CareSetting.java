package io.github.socialplan.core.service;

/** Where or how a service reaches its users (<i>tipologia di servizio</i>). */
public enum CareSetting {
  ACCESS("accesso e presa in carico"),
  DOMICILIARY("domiciliare"),
  DAY("diurno"),
  RESIDENTIAL("residenziale"),
  CASH_TRANSFER("trasferimento economico");

  private final String italianName;

  CareSetting(String italianName) {
    this.italianName = italianName;
  }

  /** The Italian term. */
  public String italianName() {
    return italianName;
  }
}
