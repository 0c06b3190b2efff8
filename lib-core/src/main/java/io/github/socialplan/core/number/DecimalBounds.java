package io.github.socialplan.core.number;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * The range of the decimals the library accepts from outside (<i>limiti dei numeri decimali</i>): areas,
 * targets, weights, figures read back from a CSV export. At most {@value #MAX_INTEGER_DIGITS} digits before
 * the point and {@value #MAX_DECIMALS} significant digits after it, and at most {@value #MAX_DIGITS} digits
 * as written (trailing zeros included), far beyond any real figure.
 *
 * <p>Without such a bound, a dozen characters such as {@code 1e999999999} or {@code 1e-999999999} are a
 * valid decimal whose plain form has a billion digits: rounding it, or scaling it to an integer, runs out
 * of time or memory. The JSON and CSV readers check every decimal here, and the value types whose
 * attributes are decimals check theirs when built.
 *
 * <p>This class is stateless and thread-safe.
 */
public final class DecimalBounds {

  /** The most digits before the decimal point (values below 10<sup>30</sup> in size). */
  public static final int MAX_INTEGER_DIGITS = 30;

  /** The most significant digits after the decimal point (trailing zeros do not count). */
  public static final int MAX_DECIMALS = 30;

  /** The most digits of the unscaled value, as written. */
  public static final int MAX_DIGITS = 100;

  private DecimalBounds() {}

  /**
   * Whether a decimal is within the bounds. Costs no more than reading its scale and precision.
   *
   * @param value not null
   * @return true if it has at most {@link #MAX_INTEGER_DIGITS} integer digits, at most
   *     {@link #MAX_DECIMALS} significant decimals and at most {@link #MAX_DIGITS} digits
   */
  public static boolean within(BigDecimal value) {
    Objects.requireNonNull(value, "value");
    if (value.signum() == 0) {
      return true;
    }
    if (value.precision() > MAX_DIGITS) {
      return false;
    }
    // precision - scale is the position of the leading digit: no digit string is built for this.
    long integerDigits = (long) value.precision() - value.scale();
    if (integerDigits > MAX_INTEGER_DIGITS) {
      return false;
    }
    // A larger scale is fine if it only holds trailing zeros (1.000...0); stripping them costs at most
    // MAX_DIGITS digits. Below 10^-MAX_DECIMALS in size no value is within, whatever its zeros.
    return value.scale() <= MAX_DECIMALS
        || integerDigits > -MAX_DECIMALS && value.stripTrailingZeros().scale() <= MAX_DECIMALS;
  }

  /**
   * Returns the decimal if it is within the bounds.
   *
   * @param value not null
   * @param what names the value in the message, such as {@code "area of comune 019036"}, not null
   * @return {@code value}
   * @throws IllegalArgumentException if it is out of the bounds; the message names {@code what} and the
   *     value in scientific notation (never a billion-digit plain form)
   */
  public static BigDecimal check(BigDecimal value, String what) {
    Objects.requireNonNull(what, "what");
    if (!within(value)) {
      throw outOfRange(value, what);
    }
    return value;
  }

  /**
   * The exception {@link #check} throws, for a caller that tests {@link #within} first so as to describe
   * the value only when it is out of range: a value type checking its many decimals then makes no message
   * for the ones that pass.
   *
   * @param value not null
   * @param what names the value in the message, not null
   * @return the exception to throw
   */
  public static IllegalArgumentException outOfRange(BigDecimal value, String what) {
    return new IllegalArgumentException(what + " is out of range (at most " + MAX_INTEGER_DIGITS
        + " integer digits, " + MAX_DECIMALS + " decimals and " + MAX_DIGITS + " digits): " + describe(value));
  }

  /** The plain text of a decimal, unless that would be absurdly long (then its scientific form). */
  private static String describe(BigDecimal value) {
    String text = Math.abs((long) value.scale()) <= 64 && value.precision() <= 64
        ? value.toPlainString() : value.toString();
    return text.length() <= 80 ? text : text.substring(0, 40) + "..." + " (" + value.precision() + " digits, scale "
        + value.scale() + ")";
  }
}
