package io.github.socialplan.budget.execution;

/** Which side of a budget a line is on. */
public enum LineKind {
  /** A revenue by source (<i>entrata</i>). */
  REVENUE("entrata"),
  /** An expenditure by area (<i>intervento</i>, <i>spesa</i>). */
  EXPENDITURE("spesa");

  private final String italianName;

  LineKind(String italianName) {
    this.italianName = italianName;
  }

  /**
   * The Italian term.
   *
   * @return e.g. "entrata"
   */
  public String italianName() {
    return italianName;
  }
}
