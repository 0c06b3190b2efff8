package io.github.socialplan.budget.projection;

import io.github.socialplan.core.money.Money;
import io.github.socialplan.core.number.DecimalBounds;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.Objects;

/**
 * A growth assumption for one revenue line (<i>ipotesi di andamento</i>): constant, a compound percentage
 * per year, or a fixed amount per year.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class Growth {

  private static final Growth CONSTANT = new Growth(Kind.PERCENT, BigDecimal.ZERO, Money.ZERO);

  private enum Kind { PERCENT, AMOUNT }

  private final Kind kind;
  private final BigDecimal percent;
  private final Money step;

  private Growth(Kind kind, BigDecimal percent, Money step) {
    this.kind = kind;
    this.percent = percent;
    this.step = step;
  }

  /** {@return the line stays at its last actual} */
  public static Growth constant() {
    return CONSTANT;
  }

  /**
   * Compound growth: {@code last * (1 + percent/100)^k} after {@code k} years.
   *
   * @param percent per year, not null, {@code >= -100}, within {@link DecimalBounds}
   * @return the assumption
   * @throws IllegalArgumentException if the percentage is below -100 or out of {@link DecimalBounds}
   */
  public static Growth percentPerYear(BigDecimal percent) {
    Objects.requireNonNull(percent, "percent");
    DecimalBounds.check(percent, "growth (percent a year)");
    if (percent.compareTo(BigDecimal.valueOf(-100)) < 0) {
      throw new IllegalArgumentException("growth must be >= -100% a year: " + percent.toPlainString());
    }
    return new Growth(Kind.PERCENT, percent, Money.ZERO);
  }

  /**
   * Linear growth: {@code last + k * amount} after {@code k} years (negative amounts shrink the line, but
   * never below zero). A projection refuses a line that grows past the range of money
   * ({@link Money#MAX_INTEGER_DIGITS} integer digits), as it refuses one that grows by a percentage.
   *
   * @param amount per year, not null
   * @return the assumption
   */
  public static Growth amountPerYear(Money amount) {
    return new Growth(Kind.AMOUNT, BigDecimal.ZERO, Objects.requireNonNull(amount, "amount"));
  }

  /**
   * The amount after {@code k} years, exact before the one rounding.
   *
   * @param last the last actual, {@code >= 0}
   * @param k the years, {@code >= 1}
   * @throws IllegalArgumentException if the amount has more than {@link Money#MAX_INTEGER_DIGITS} integer
   *     digits (the message gives it, or a lower bound of it when it is too long to compute)
   */
  Money after(Money last, int k, RoundingMode rounding) {
    if (kind == Kind.AMOUNT) {
      // in the range of money, as a percentage growth is: Money.of refuses what its JSON could not read back
      return Money.of(last.plus(step.times(k)).max(Money.ZERO).amount());
    }
    return compound(last.amount(), BigDecimal.ONE.add(percent.movePointLeft(2)), k, rounding);
  }

  /** The working precision the first bounds of a compound amount are computed with, in digits. */
  private static final int FIRST_PRECISION = 64;

  /** 10^30: the smallest amount past the range of money. */
  private static final BigDecimal PAST_MONEY = BigDecimal.TEN.pow(Money.MAX_INTEGER_DIGITS);

  /**
   * {@code a * f^k} rounded to the cent, {@code a, f >= 0}, as if computed exactly. The exact power has about
   * {@code k} times the digits of {@code f}, hundreds of thousands over thousands of years (seconds of CPU);
   * so a power is computed exactly only when it is short. Otherwise it is bracketed: {@code f^k} computed to
   * {@code p} digits once rounding every step down and once up gives bounds {@code lo <= a * f^k <= hi}
   * (every factor is positive, so each rounding moves the product the same way); rounding to the cent is
   * monotonic, so when {@code lo} and {@code hi} round to the same cent that cent is the exact one, and when
   * {@code lo} is past the range of money so is the exact amount. Else the precision doubles, up to the
   * exact power's.
   */
  static Money compound(BigDecimal a, BigDecimal f, int k, RoundingMode rounding) {
    if (a.signum() == 0 || f.signum() == 0) {
      return Money.ZERO; // k >= 1
    }
    long exactDigits = (long) f.precision() * k + a.precision();
    for (long p = FIRST_PRECISION; ; p *= 2) {
      if (p >= exactDigits) {
        return Money.rounded(a.multiply(f.pow(k)), rounding);
      }
      BigDecimal lo = a.multiply(pow(f, k, new MathContext((int) p, RoundingMode.FLOOR)));
      if (lo.compareTo(PAST_MONEY) >= 0) {
        throw new IllegalArgumentException("money out of range (more than " + Money.MAX_INTEGER_DIGITS
            + " integer digits): at least " + lo.round(new MathContext(10, RoundingMode.FLOOR)));
      }
      BigDecimal hi = a.multiply(pow(f, k, new MathContext((int) p, RoundingMode.CEILING)));
      if (hi.compareTo(PAST_MONEY) < 0) {
        Money low = Money.rounded(lo, rounding);
        if (low.equals(Money.rounded(hi, rounding))) {
          return low;
        }
      }
    }
  }

  /** {@code f^k}, {@code f > 0}, each product rounded with {@code mc}: below or above the exact power. */
  private static BigDecimal pow(BigDecimal f, int k, MathContext mc) {
    BigDecimal base = f.round(mc);
    BigDecimal result = BigDecimal.ONE;
    for (int n = k; ; ) {
      if ((n & 1) != 0) {
        result = result.multiply(base, mc);
      }
      n >>>= 1;
      if (n == 0) {
        return result;
      }
      base = base.multiply(base, mc);
    }
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Growth && kind == ((Growth) o).kind
        && percent.compareTo(((Growth) o).percent) == 0 && step.equals(((Growth) o).step);
  }

  @Override
  public int hashCode() {
    return Objects.hash(kind, percent.stripTrailingZeros(), step);
  }

  @Override
  public String toString() {
    return kind == Kind.AMOUNT ? step + " a year" : percent.toPlainString() + "% a year";
  }
}
