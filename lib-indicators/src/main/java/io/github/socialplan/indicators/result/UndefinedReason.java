package io.github.socialplan.indicators.result;

/**
 * Why an indicator has no value (<i>valore non calcolabile</i>).
 *
 * <p>An undefined value is never shown as 0, NaN or infinity: it carries one of these reasons and a text
 * that names what was missing or zero.
 */
public enum UndefinedReason {
  /** The denominator is zero: an old-age index of a territory with no children. */
  ZERO_DENOMINATOR,
  /** An input the formula needs was not supplied: births, the area, a declared input. */
  MISSING_INPUT,
  /** The value depends on another value that is itself undefined (a comparison with the parent). */
  UNDEFINED_OPERAND,
  /** There are no observations: a mean or a dispersion over no territories. */
  NO_DATA,
  /** The formula is not defined for the inputs: compound growth from a zero or negative start. */
  OUT_OF_DOMAIN,
  /**
   * The population is in age bands and a cut of the formula falls inside one of them: % minorenni (cut at
   * 18) from the bands 0-14, 15-64, 65+, where "band 15-64 does not split at 18". The library never guesses
   * how a band divides.
   */
  AGE_BAND_NOT_SPLIT
}
