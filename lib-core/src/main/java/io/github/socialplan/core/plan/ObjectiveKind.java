package io.github.socialplan.core.plan;

/** What kind of objective a plan states (<i>tipo di obiettivo</i>), each with its Italian term. */
public enum ObjectiveKind {
  /** A general objective (<i>obiettivo generale</i>), e.g. of a project sheet. */
  GENERAL("obiettivo generale"),
  /** A specific objective (<i>obiettivo specifico</i>). */
  SPECIFIC("obiettivo specifico"),
  /** A cross-cutting system objective (<i>obiettivo di sistema</i>, <i>obiettivo trasversale</i>). */
  SYSTEM("obiettivo di sistema"),
  /** A sector objective of one thematic axis (<i>obiettivo settoriale</i>). */
  SECTOR("obiettivo settoriale"),
  /** A strategic priority of an area (<i>priorità strategica</i>). */
  PRIORITY_AREA("priorità strategica");

  private final String italianName;

  ObjectiveKind(String italianName) {
    this.italianName = italianName;
  }

  /**
   * The Italian term.
   *
   * @return e.g. "obiettivo di sistema"
   */
  public String italianName() {
    return italianName;
  }
}
