package io.github.socialplan.indicators.monitoring;

/** Where a target stands in a year (<i>stato di avanzamento</i>), each with its Italian term. */
public enum TargetStatus {
  /** The observed value meets the target, or the yes/no outcome was achieved (<i>raggiunto</i>). */
  ACHIEVED("raggiunto"),
  /** Not met yet, but at least as far as the path expects for the year (<i>in linea</i>). */
  ON_TRACK("in linea"),
  /**
   * Short of the path, or of the target once it is due, or a yes/no outcome not achieved once it is due
   * (<i>in ritardo</i>).
   */
  BEHIND("in ritardo"),
  /**
   * Progress cannot be judged (<i>non misurato</i>): nothing observed that year, or no target value, or no
   * baseline or stated path to compare with before the due year, or a yes/no outcome not achieved before its
   * due year (or without one), or a value other than the target's when no direction is stated or implied by
   * a baseline.
   */
  NOT_MEASURED("non misurato");

  private final String italianName;

  TargetStatus(String italianName) {
    this.italianName = italianName;
  }

  /**
   * The Italian term.
   *
   * @return e.g. "in linea"
   */
  public String italianName() {
    return italianName;
  }
}
