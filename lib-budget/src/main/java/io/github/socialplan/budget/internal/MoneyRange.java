package io.github.socialplan.budget.internal;

import io.github.socialplan.core.money.Money;
import java.math.BigDecimal;
import java.util.function.Supplier;

/**
 * The range of money for amounts the calculators make: a sum or a product of amounts in range may pass it,
 * and an amount past it is written as JSON but refused when read back.
 */
public final class MoneyRange {

  private MoneyRange() {}

  /**
   * Returns the amount if it has at most {@link Money#MAX_INTEGER_DIGITS} integer digits, as
   * {@link Money#of} and the JSON reader take; otherwise refuses it.
   *
   * @param amount not null
   * @param what whose amount it is, such as {@code "total of 2016"}: made only for the message
   * @return {@code amount}
   * @throws IllegalArgumentException if it is out of the range; the message starts with {@code what}
   */
  public static Money check(Money amount, Supplier<String> what) {
    BigDecimal a = amount.amount();
    if (a.signum() != 0 && (long) a.precision() - a.scale() > Money.MAX_INTEGER_DIGITS) {
      try {
        Money.of(a); // for the library's own words
      } catch (IllegalArgumentException e) {
        throw new IllegalArgumentException(what.get() + ": " + e.getMessage(), e);
      }
    }
    return amount;
  }
}
