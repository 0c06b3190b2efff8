package io.github.socialplan.indicators.result;

import java.math.RoundingMode;
import java.util.Objects;

/**
 * How an indicator is shown: decimals, rounding mode, decimal separator and the text of an undefined
 * value (<i>formato di visualizzazione</i>).
 *
 * <p>The default, {@link #DEFAULT}, is one decimal rounded half-up with a dot, which reproduces ISTAT's
 * published values; {@link #italian()} uses a decimal comma. Numbers never go through the default
 * locale.
 *
 * <pre>{@code
 * DisplayFormat whole = DisplayFormat.DEFAULT.withScale(0);   // "19" for 18.7
 * DisplayFormat it = DisplayFormat.italian();                  // "195,4"
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 */
public final class DisplayFormat {

  /** The fewest decimals of a format: {@value}, rounding to billions. */
  public static final int MIN_SCALE = -9;

  /** The most decimals of a format: {@value}. */
  public static final int MAX_SCALE = 18;

  /** One decimal, {@link RoundingMode#HALF_UP}, a dot, undefined shown as {@code "n.d."}. */
  public static final DisplayFormat DEFAULT = new DisplayFormat(1, RoundingMode.HALF_UP, '.', "n.d.");

  private final int scale;
  private final RoundingMode rounding;
  private final char decimalSeparator;
  private final String undefinedText;

  private DisplayFormat(int scale, RoundingMode rounding, char decimalSeparator, String undefinedText) {
    this.scale = scale;
    this.rounding = rounding;
    this.decimalSeparator = decimalSeparator;
    this.undefinedText = undefinedText;
  }

  /**
   * Returns a format with the given decimals and rounding, a dot and {@code "n.d."} for undefined.
   *
   * @param scale the number of decimals, -9..18 (negative rounds to tens, hundreds...)
   * @param rounding not null; {@link RoundingMode#UNNECESSARY} fails on values that need rounding
   * @return the format
   * @throws IllegalArgumentException if the scale is out of range
   */
  public static DisplayFormat of(int scale, RoundingMode rounding) {
    return DEFAULT.withScale(scale).withRounding(rounding);
  }

  /** {@return one decimal, half-up, with the Italian decimal comma ({@code "195,4"})} */
  public static DisplayFormat italian() {
    return DEFAULT.withDecimalSeparator(',');
  }

  /**
   * Returns this format with another number of decimals.
   *
   * @param newScale -9..18
   * @return the format
   * @throws IllegalArgumentException if the scale is out of range
   */
  public DisplayFormat withScale(int newScale) {
    if (newScale < MIN_SCALE || newScale > MAX_SCALE) {
      throw new IllegalArgumentException("display scale must be in " + MIN_SCALE + ".." + MAX_SCALE + ": "
          + newScale);
    }
    return new DisplayFormat(newScale, rounding, decimalSeparator, undefinedText);
  }

  /**
   * Returns this format with another rounding mode.
   *
   * @param newRounding not null
   * @return the format
   */
  public DisplayFormat withRounding(RoundingMode newRounding) {
    return new DisplayFormat(
        scale, Objects.requireNonNull(newRounding, "rounding"), decimalSeparator, undefinedText);
  }

  /**
   * Returns this format with another decimal separator.
   *
   * @param separator {@code '.'} or {@code ','}
   * @return the format
   * @throws IllegalArgumentException for another character
   */
  public DisplayFormat withDecimalSeparator(char separator) {
    if (separator != '.' && separator != ',') {
      throw new IllegalArgumentException("decimal separator must be '.' or ',': '" + separator + "'");
    }
    return new DisplayFormat(scale, rounding, separator, undefinedText);
  }

  /**
   * Returns this format with another text for undefined values.
   *
   * @param text not null, may be empty (as in a CSV cell)
   * @return the format
   */
  public DisplayFormat withUndefinedText(String text) {
    return new DisplayFormat(scale, rounding, decimalSeparator, Objects.requireNonNull(text, "text"));
  }

  /** {@return the number of decimals shown} */
  public int scale() {
    return scale;
  }

  /** {@return the rounding mode of the shown value} */
  public RoundingMode rounding() {
    return rounding;
  }

  /** {@return the decimal separator, {@code '.'} or {@code ','}} */
  public char decimalSeparator() {
    return decimalSeparator;
  }

  /** {@return the text shown for an undefined value} */
  public String undefinedText() {
    return undefinedText;
  }

  @Override
  public boolean equals(Object o) {
    if (!(o instanceof DisplayFormat)) {
      return false;
    }
    DisplayFormat f = (DisplayFormat) o;
    return scale == f.scale && rounding == f.rounding && decimalSeparator == f.decimalSeparator
        && undefinedText.equals(f.undefinedText);
  }

  @Override
  public int hashCode() {
    return Objects.hash(scale, rounding, decimalSeparator, undefinedText);
  }

  @Override
  public String toString() {
    return "DisplayFormat[scale=" + scale + ", " + rounding + ", '" + decimalSeparator + "']";
  }
}
