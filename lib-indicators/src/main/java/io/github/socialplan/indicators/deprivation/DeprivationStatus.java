package io.github.socialplan.indicators.deprivation;

/** The material deprivation status of a household (<i>condizione di deprivazione</i>). */
public enum DeprivationStatus {
  /** Lacking at most 2 of the 9 items. */
  NOT_DEPRIVED,
  /** Lacking exactly 3 items (<i>deprivazione materiale</i>). */
  DEPRIVED,
  /** Lacking at least 4 items (<i>grave deprivazione materiale</i>). */
  SEVERELY_DEPRIVED
}
