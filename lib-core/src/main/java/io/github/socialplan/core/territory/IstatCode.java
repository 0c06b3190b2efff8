package io.github.socialplan.core.territory;

import java.util.Objects;

/**
 * The ISTAT code of a comune (<i>codice ISTAT del comune</i>): six digits, the first three the province
 * ({@code 019} is Cremona, {@code 019036} the comune of Cremona).
 *
 * <p>Codes are text: leading zeros matter. {@link #parse} accepts exactly six ASCII digits;
 * {@link #ofNumber} restores the leading zeros of a code that a spreadsheet stored as a number
 * ({@code 19036} becomes {@code 019036}).
 *
 * <p>This class is immutable and thread-safe.
 */
public final class IstatCode implements Comparable<IstatCode> {

  private static final int LENGTH = 6;

  private final String code;
  /**
   * The code as a number, and its hash: dashboards hash, compare and sort thousands of codes, and these
   * spare a visit to the string (six digits, so equal numbers are equal codes and the numbers sort as the
   * codes do). The hash is the string's, so hashed collections keep the order they had.
   */
  private final int number;
  private final int hash;

  private IstatCode(String code) {
    this.code = code;
    this.number = Integer.parseInt(code); // six ASCII digits, checked by the factories
    this.hash = code.hashCode();
  }

  /**
   * Parses a code of exactly six digits.
   *
   * @param text the code, not null, six ASCII digits such as {@code "019036"}
   * @return the code
   * @throws IllegalArgumentException if the text is not six digits, or is {@code 000000}
   */
  public static IstatCode parse(CharSequence text) {
    Objects.requireNonNull(text, "text");
    if (text.length() != LENGTH) {
      throw new IllegalArgumentException(
          "ISTAT comune code must have 6 digits, got " + text.length() + ": '" + text + "'");
    }
    boolean zero = true;
    for (int i = 0; i < LENGTH; i++) {
      char c = text.charAt(i);
      if (c < '0' || c > '9') {
        throw new IllegalArgumentException("ISTAT comune code must be 6 digits: '" + text + "'");
      }
      zero &= c == '0';
    }
    if (zero) {
      throw new IllegalArgumentException("ISTAT comune code 000000 is no comune's");
    }
    return new IstatCode(text.toString());
  }

  /**
   * Returns the code of a number that lost its leading zeros.
   *
   * @param number from 1 to 999999
   * @return the code, zero-padded to six digits
   * @throws IllegalArgumentException if the number is out of range
   */
  public static IstatCode ofNumber(long number) {
    if (number < 1 || number > 999_999) {
      throw new IllegalArgumentException("ISTAT comune code must be in 1..999999: " + number);
    }
    return new IstatCode(String.format(java.util.Locale.ROOT, "%06d", number));
  }

  /** {@return the three-digit province code (<i>codice provincia</i>), e.g. {@code "019"}} */
  public String provinceCode() {
    return code.substring(0, 3);
  }

  /** {@return the six digits} */
  public String value() {
    return code;
  }

  /**
   * The code as a number, the order of {@link #compareTo}: {@code 19036} for {@code "019036"}.
   *
   * @return 1..999999 ({@code 000000} is no comune's code)
   */
  public int number() {
    return number;
  }

  @Override
  public int compareTo(IstatCode other) {
    return Integer.compare(number, other.number);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof IstatCode && number == ((IstatCode) o).number;
  }

  @Override
  public int hashCode() {
    return hash;
  }

  /** The six digits, as {@link #parse} reads them. */
  @Override
  public String toString() {
    return code;
  }
}
