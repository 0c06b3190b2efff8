package io.github.socialplan.examples;

import io.github.socialplan.core.money.Money;
import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;

/**
 * Number texts of the examples: a comma between thousands and a dot before decimals, with
 * {@link Locale#ROOT} symbols, so the output is the same whatever the machine's locale.
 *
 * <p>This class is stateless and thread-safe (a new {@link DecimalFormat} per call).
 */
final class Numbers {

  private Numbers() {}

  /** {@code 351,654}. */
  static String count(long n) {
    return format(BigDecimal.valueOf(n), 0);
  }

  /** {@code 1,251,059.84}. */
  static String euros(Money m) {
    return format(m.amount(), 2);
  }

  /** A decimal with thousands separators and exactly {@code decimals} decimals (it must have no more). */
  static String format(BigDecimal value, int decimals) {
    DecimalFormat f = new DecimalFormat(decimals == 0 ? "#,##0" : "#,##0." + "0".repeat(decimals),
        DecimalFormatSymbols.getInstance(Locale.ROOT));
    f.setParseBigDecimal(true);
    // the caller rounded already; UNNECESSARY makes any further rounding fail loudly
    f.setRoundingMode(java.math.RoundingMode.UNNECESSARY);
    return f.format(value);
  }
}
