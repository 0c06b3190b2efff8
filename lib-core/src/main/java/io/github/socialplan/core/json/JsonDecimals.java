package io.github.socialplan.core.json;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.Objects;

/**
 * Writes decimals as plain JSON numbers (<i>numeri decimali in JSON</i>), {@code 1234.50} and never
 * {@code 1.2345E+3}: the text {@link BigDecimal#toPlainString()} gives, which {@link SocialPlanJson}'s
 * mapper writes too. For the amounts and shares of the budget answers (up to 18 digits, up to 18
 * decimals) it formats the digits itself from a {@code long} instead of building the intermediate strings
 * of {@code toPlainString}, which showed in the HTTP API's profile; larger values go through Jackson.
 *
 * <p>This class is stateless and thread-safe.
 */
public final class JsonDecimals {

  /** Up to 18 digits fit in a long; the sign, a point and a leading zero make at most 38 characters. */
  private static final int MAX_FAST_DIGITS = 18;

  private JsonDecimals() {}

  /**
   * Writes a decimal as a plain JSON number, exactly as {@link BigDecimal#toPlainString()} spells it.
   *
   * @param gen the generator, not null
   * @param value the decimal, not null
   * @throws IOException if the generator fails
   */
  public static void writePlain(JsonGenerator gen, BigDecimal value) throws IOException {
    Objects.requireNonNull(value, "value");
    int scale = value.scale();
    if (scale < 0 || scale > MAX_FAST_DIGITS || value.precision() > MAX_FAST_DIGITS) {
      gen.writeNumber(value); // WRITE_BIGDECIMAL_AS_PLAIN, with Jackson's own limits on the scale
      return;
    }
    char[] buf = new char[2 * MAX_FAST_DIGITS + 2];
    int len = plain(value.movePointRight(scale).longValue(), scale, buf);
    gen.writeNumber(buf, buf.length - len, len);
  }

  /**
   * Writes {@code unscaled / 10^scale} in plain notation at the end of {@code buf}.
   *
   * @return the number of characters written
   */
  static int plain(long unscaled, int scale, char[] buf) {
    // |unscaled| < 10^18, so the negation cannot overflow.
    long rest = Math.abs(unscaled);
    int pos = buf.length;
    for (int i = 0; i < scale; i++) {
      buf[--pos] = (char) ('0' + rest % 10);
      rest /= 10;
    }
    if (scale > 0) {
      buf[--pos] = '.';
    }
    do {
      buf[--pos] = (char) ('0' + rest % 10);
      rest /= 10;
    } while (rest != 0);
    if (unscaled < 0) {
      buf[--pos] = '-';
    }
    return buf.length - pos;
  }
}
