package io.github.socialplan.core.fund;

/** The level of government (or of society) a fund comes from. */
public enum FundLevel {
  EUROPEAN("europeo"),
  NATIONAL("nazionale"),
  REGIONAL("regionale"),
  LOCAL("comunale"),
  PRIVATE("privato");

  private final String italianName;

  FundLevel(String italianName) {
    this.italianName = italianName;
  }

  /** The Italian term. */
  public String italianName() {
    return italianName;
  }
}
