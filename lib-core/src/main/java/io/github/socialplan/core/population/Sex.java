package io.github.socialplan.core.population;

/** Sex as ISTAT counts it (<i>sesso</i>): maschi, femmine. */
public enum Sex {
  /** Maschi. */
  MALE,
  /** Femmine. */
  FEMALE
}
