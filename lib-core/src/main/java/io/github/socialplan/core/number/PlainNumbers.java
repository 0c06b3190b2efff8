package io.github.socialplan.core.number;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * Numbers written as plain text (<i>numeri scritti in forma semplice</i>), the one form the library's
 * readers take a number in from text: ASCII digits, an optional leading minus and, for a decimal, a dot
 * followed by digits.
 *
 * <p>Java's own parsers accept more, and read it as a number without a word: {@code Integer.parseInt} and
 * {@code new BigDecimal} take a leading {@code +} and the digits of any script (Arabic-Indic {@code ١٢٣},
 * fullwidth {@code １２３}), {@code BigDecimal} an exponent ({@code 1e3}). The age band {@code "+65"}, a
 * way of writing "65 and over", was so read as the single age 65. Here such text is refused. Grouping
 * separators, a decimal comma, currency signs and spaces are refused as well: {@code 1.234} is a decimal
 * of three decimals here, which the readers of amounts refuse (see {@code Money.parse}).
 *
 * <p>This class is stateless and thread-safe.
 */
public final class PlainNumbers {

  /**
   * The longest decimal text {@link #parseDecimal} reads, in characters: {@value}. Parsing a decimal costs
   * time that grows faster than its length.
   */
  public static final int MAX_DECIMAL_LENGTH = 64;

  private PlainNumbers() {}

  /**
   * Whether a text is one or more ASCII digits {@code 0-9} and nothing else.
   *
   * @param text not null
   * @return true for {@code "007"}, false for {@code ""}, {@code "+7"}, {@code "-7"}, {@code " 7"} or
   *     {@code "٧"}
   */
  public static boolean isDigits(CharSequence text) {
    return isDigits(Objects.requireNonNull(text, "text"), 0, text.length());
  }

  private static boolean isDigits(CharSequence text, int from, int to) {
    if (from >= to) {
      return false;
    }
    for (int i = from; i < to; i++) {
      char c = text.charAt(i);
      if (c < '0' || c > '9') {
        return false;
      }
    }
    return true;
  }

  /**
   * Parses a whole number of ASCII digits with an optional leading minus, as {@code Integer.parseInt} does
   * for such text; anything else (a plus sign, digits of another script, spaces) is refused.
   *
   * @param text not null
   * @return the number
   * @throws NumberFormatException naming the text if it is not such a number or is beyond the {@code int}
   *     range
   */
  public static int parseInt(CharSequence text) {
    Objects.requireNonNull(text, "text");
    int from = text.length() > 0 && text.charAt(0) == '-' ? 1 : 0;
    if (!isDigits(text, from, text.length())) {
      throw new NumberFormatException("not a whole number of ASCII digits: '" + text + "'");
    }
    return Integer.parseInt(text, 0, text.length(), 10);
  }

  /**
   * Parses a plain decimal: ASCII digits with an optional leading minus and an optional dot followed by
   * digits ({@code 12}, {@code -0.125}); no plus sign, exponent, grouping separator, comma or space.
   *
   * @param text not null, at most {@link #MAX_DECIMAL_LENGTH} characters
   * @return the decimal, at the scale written ({@code 1.50} has scale 2)
   * @throws IllegalArgumentException naming the text if it is not such a decimal, is longer than
   *     {@link #MAX_DECIMAL_LENGTH} characters or is out of {@link DecimalBounds}
   */
  public static BigDecimal parseDecimal(CharSequence text) {
    Objects.requireNonNull(text, "text");
    int n = text.length();
    if (n > MAX_DECIMAL_LENGTH) {
      throw new IllegalArgumentException("not a plain decimal: " + n + " characters, more than "
          + MAX_DECIMAL_LENGTH + ": '" + text.subSequence(0, 20) + "...'");
    }
    int from = n > 0 && text.charAt(0) == '-' ? 1 : 0;
    int dot = -1;
    for (int i = from; i < n; i++) {
      if (text.charAt(i) == '.') {
        dot = i;
        break;
      }
    }
    boolean plain = dot < 0 ? isDigits(text, from, n) : isDigits(text, from, dot) && isDigits(text, dot + 1, n);
    if (!plain) {
      throw new IllegalArgumentException("not a plain decimal (ASCII digits, an optional leading minus and"
          + " decimal dot, no grouping or exponent): '" + text + "'");
    }
    // 64 characters hold more than the 30 integer or decimal digits DecimalBounds allow
    return DecimalBounds.check(new BigDecimal(text.toString()), "decimal");
  }
}
