package io.github.socialplan.core.fund;

/** The level of government (or of society) a fund comes from. */
public enum FundLevel {
  /** European Union funds (<i>europeo</i>), e.g. the European Social Fund. */
  EUROPEAN("europeo"),
  /** State funds (<i>nazionale</i>), e.g. the Fondo Nazionale Politiche Sociali. */
  NATIONAL("nazionale"),
  /** Funds of a region (<i>regionale</i>), e.g. the Fondo Sociale Regionale. */
  REGIONAL("regionale"),
  /** Money of the comuni themselves (<i>comunale</i>), e.g. their own budgets or a quota capitaria. */
  LOCAL("comunale"),
  /** Private money (<i>privato</i>): users' co-payments, foundations, donors. */
  PRIVATE("privato");

  private final String italianName;

  FundLevel(String italianName) {
    this.italianName = italianName;
  }

  /** {@return the Italian term} */
  public String italianName() {
    return italianName;
  }
}
