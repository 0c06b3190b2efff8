package io.github.socialplan.report;

import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.text.NumberFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.Objects;
import java.util.ResourceBundle;

/**
 * The language of a chart or report (<i>lingua</i>): its labels and how its numbers are written. Italian is
 * the default of every chart and report; English is there on request.
 *
 * <p>Labels come from the resource bundle {@code io.github.socialplan.report.i18n.labels}. Numbers use the
 * language's grouping and decimal separators ({@code 1.234,5} in Italian, {@code 1,234.5} in English); the
 * value itself is always the one the library computed, rounded half-up as ISTAT publishes.
 */
public enum Language {
  /** Italian labels, {@code 1.234,5}. */
  ITALIAN(Locale.ITALY),
  /** English labels, {@code 1,234.5}. */
  ENGLISH(Locale.UK);

  private final Locale locale;
  private final ResourceBundle labels;

  Language(Locale locale) {
    this.locale = locale;
    this.labels = ResourceBundle.getBundle("io.github.socialplan.report.i18n.labels", locale,
        ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
  }

  /**
   * The locale whose separators this language writes numbers with.
   *
   * @return the locale, not null
   */
  public Locale locale() {
    return locale;
  }

  /**
   * A label in this language.
   *
   * @param key the label's key, not null
   * @return the label, not null
   * @throws IllegalArgumentException if no label has that key
   */
  public String label(String key) {
    Objects.requireNonNull(key, "key");
    try {
      return labels.getString(key);
    } catch (MissingResourceException e) {
      throw new IllegalArgumentException("no " + name().toLowerCase(Locale.ROOT) + " label for key: " + key, e);
    }
  }

  /**
   * A number format of this language with the given number of decimals, rounding half-up.
   *
   * @param decimals the decimals shown, 0 or more
   * @return a new format (formats are not thread-safe), not null
   */
  public NumberFormat numberFormat(int decimals) {
    DecimalFormat f = new DecimalFormat(decimals == 0 ? "#,##0" : "#,##0." + "0".repeat(decimals),
        DecimalFormatSymbols.getInstance(locale));
    f.setRoundingMode(java.math.RoundingMode.HALF_UP);
    return f;
  }
}
