package io.github.socialplan.core.plan;

/** Which way a target wants its indicator to move (<i>verso dell'obiettivo</i>). */
public enum Direction {
  /** Higher is better (<i>aumentare</i>). */
  INCREASE("aumentare"),
  /** Lower is better (<i>ridurre</i>). */
  DECREASE("ridurre"),
  /** The value should stay where it is (<i>mantenere</i>). */
  KEEP("mantenere");

  private final String italianName;

  Direction(String italianName) {
    this.italianName = italianName;
  }

  /**
   * The Italian term.
   *
   * @return e.g. "aumentare"
   */
  public String italianName() {
    return italianName;
  }
}
