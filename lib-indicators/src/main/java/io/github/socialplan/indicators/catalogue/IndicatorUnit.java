package io.github.socialplan.indicators.catalogue;

/**
 * The unit an indicator is expressed in (<i>unità di misura</i>), with its Italian and English labels and its
 * usual multiplier.
 */
public enum IndicatorUnit {
  /** An index per 100 (<i>per 100</i>): vecchiaia, dipendenza. */
  PER_100("per 100", "per 100", 100),
  /** A percentage (<i>%</i>): % anziani, % spesa associata. */
  PERCENT("%", "%", 100),
  /** A rate per 1,000 (<i>per mille</i>): natalità, mortalità. */
  PER_1000("per 1000", "per 1000", 1000),
  /** Years of age (<i>anni</i>): età media. */
  YEARS("anni", "years", 1),
  /** Euro (<i>euro</i>): per-capita spending. */
  EURO("euro", "euro", 1),
  /** Residents per km² (<i>abitanti per km²</i>): densità. */
  RESIDENTS_PER_KM2("abitanti per km²", "residents per km²", 1),
  /** Persons (<i>persone</i>): residents per social worker. */
  PERSONS("persone", "persons", 1),
  /** Full-time equivalents (<i>equivalenti a tempo pieno</i>). */
  FTE("ETP", "FTE", 1),
  /** A pure number (<i>numero puro</i>): a coefficient of variation, a Gini index, a ratio to the parent. */
  NUMBER("numero puro", "pure number", 1);

  private final String italianLabel;
  private final String englishLabel;
  private final long usualMultiplier;

  IndicatorUnit(String italianLabel, String englishLabel, long usualMultiplier) {
    this.italianLabel = italianLabel;
    this.englishLabel = englishLabel;
    this.usualMultiplier = usualMultiplier;
  }

  /** {@return the Italian label ({@code "per 100"}, {@code "anni"})} */
  public String italianLabel() {
    return italianLabel;
  }

  /**
   * {@return the English label ({@code "per 100"}, {@code "years"}), as the English charts label their axes;
   * a plain translation of the Italian label}
   */
  public String englishLabel() {
    return englishLabel;
  }

  /** {@return the multiplier a ratio in this unit usually has (100 for a percentage)} */
  public long usualMultiplier() {
    return usualMultiplier;
  }
}
