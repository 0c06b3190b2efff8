package io.github.socialplan.core.money;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collector;

/**
 * An amount of euro at cent scale (<i>importo in euro</i>).
 *
 * <p>The amount is a {@link BigDecimal} of scale exactly 2. Factories that take a decimal reject more than
 * two significant decimals instead of rounding silently; every operation that can produce fractions of a
 * cent takes a {@link RoundingMode}.
 *
 * <pre>{@code
 * Money rate = Money.parse("4.89");
 * Money quota = rate.times(158_529);                        // 775206.81
 * Money share = quota.dividedBy(47, RoundingMode.HALF_EVEN); // 16493.76
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 */
public final class Money implements Comparable<Money> {

  /** Zero euro. */
  public static final Money ZERO = new Money(BigDecimal.ZERO.setScale(2));

  private static final int SCALE = 2;

  /**
   * The most integer digits a decimal given to {@link #of}, {@link #parse} or {@link #rounded} may have
   * (amounts below 10<sup>30</sup> euro). Far beyond any real budget; it stops an input such as
   * {@code 1e999999999}, a dozen characters of JSON, from costing a billion digits when set to scale 2.
   */
  public static final int MAX_INTEGER_DIGITS = 30;

  /**
   * The longest text {@link #parse} reads, in characters: {@value}. Parsing a decimal costs time that
   * grows faster than its length, so a megabyte of digits is refused before it is parsed.
   */
  public static final int MAX_TEXT_LENGTH = 64;
  /** What {@link #parse} reads: a plain decimal, its decimals as group 1. */
  private static final Pattern PLAIN = Pattern.compile("-?[0-9]+(?:\\.([0-9]+))?");

  private final BigDecimal amount;

  private Money(BigDecimal amount) {
    this.amount = amount;
  }

  /**
   * Returns the amount, which must have at most two decimals.
   *
   * @param amount the amount in euro, not null, at most two significant decimals ({@code 1.50},
   *     {@code 1.500}, {@code 2} are accepted; {@code 1.505} is not)
   * @return the amount at scale 2
   * @throws IllegalArgumentException if the amount has fractions of a cent, or more than
   *     {@link #MAX_INTEGER_DIGITS} integer digits
   */
  public static Money of(BigDecimal amount) {
    Objects.requireNonNull(amount, "amount");
    checkMagnitude(amount);
    // stripTrailingZeros first: 1.500 is fine, and a huge scale such as 1e-999999999 fails fast here.
    BigDecimal stripped = amount.stripTrailingZeros();
    if (stripped.scale() > SCALE) {
      throw new IllegalArgumentException(
          "money must have at most 2 decimals (cents): " + describe(amount));
    }
    return new Money(stripped.setScale(SCALE, RoundingMode.UNNECESSARY));
  }

  private static void checkMagnitude(BigDecimal amount) {
    if (amount.signum() != 0 && amount.precision() - amount.scale() > MAX_INTEGER_DIGITS) {
      throw new IllegalArgumentException(
          "money out of range (more than " + MAX_INTEGER_DIGITS + " integer digits): " + amount);
    }
  }

  /** The plain text of a decimal, unless that would be absurdly long (then its scientific form). */
  private static String describe(BigDecimal amount) {
    return Math.abs((long) amount.scale()) <= 64 ? amount.toPlainString() : amount.toString();
  }

  /**
   * Returns the amount rounded to the cent with the given mode.
   *
   * @param amount the amount in euro, not null, any scale
   * @param rounding how to round to the cent, not null
   * @return the rounded amount
   * @throws IllegalArgumentException if the amount has more than {@link #MAX_INTEGER_DIGITS} integer digits
   * @throws ArithmeticException if the mode is {@link RoundingMode#UNNECESSARY} and cents do not suffice
   */
  public static Money rounded(BigDecimal amount, RoundingMode rounding) {
    Objects.requireNonNull(amount, "amount");
    Objects.requireNonNull(rounding, "rounding");
    checkMagnitude(amount);
    if (amount.precision() - amount.scale() < -SCALE - 1) {
      // |amount| < 0.001: the result depends only on the sign and the mode, and 0.001 rounds the same
      // way. This spares a division by 10^scale for inputs such as 1e-999999999.
      amount = BigDecimal.valueOf(amount.signum(), SCALE + 1);
    }
    BigDecimal cents = amount.setScale(SCALE, rounding);
    checkMagnitude(cents); // 999...9.995 (30 nines) rounds up to 10^30, one digit past the range
    return new Money(cents);
  }

  /**
   * Returns a whole number of euro.
   *
   * @param euros any amount in euro
   * @return the amount
   */
  public static Money ofEuros(long euros) {
    return new Money(BigDecimal.valueOf(euros).setScale(SCALE));
  }

  /**
   * Returns a number of cents.
   *
   * @param cents any amount in cents
   * @return the amount
   */
  public static Money ofCents(long cents) {
    return new Money(BigDecimal.valueOf(cents, SCALE));
  }

  /**
   * Parses a plain decimal with a dot ({@code "1251059.84"}, {@code "-3"}): ASCII digits, an optional
   * leading minus, at most two decimals written (so {@code "250.000"}, often 250 thousand in Italian
   * writing, is refused rather than read as 250.00), no exponent or plus sign.
   *
   * @param text the text, not null
   * @return the amount
   * @throws IllegalArgumentException if the text is not a number, has fractions of a cent or is longer
   *     than {@link #MAX_TEXT_LENGTH} characters
   */
  public static Money parse(CharSequence text) {
    Objects.requireNonNull(text, "text");
    if (text.length() > MAX_TEXT_LENGTH) {
      throw new IllegalArgumentException("not an amount of money: " + text.length()
          + " characters, more than " + MAX_TEXT_LENGTH + ": '" + text.subSequence(0, 20) + "...'");
    }
    String t = text.toString().trim();
    Matcher m = PLAIN.matcher(t);
    if (!m.matches()) {
      throw new IllegalArgumentException("not an amount of money: '" + text + "'");
    }
    String decimals = m.group(1);
    if (decimals != null && decimals.length() > SCALE) {
      // "250.000" is 250 thousand written the Italian way far more often than 250 euro and no cents
      throw new IllegalArgumentException("money must have at most 2 decimals (cents): " + t
          + (decimals.chars().allMatch(c -> c == '0')
              ? "; if the dot separates thousands, write the amount without it" : ""));
    }
    return of(new BigDecimal(t));
  }

  /**
   * Sums amounts; use as {@code stream.collect(Money.summing())}.
   *
   * @return a collector that adds amounts, giving {@link #ZERO} for none
   */
  public static Collector<Money, ?, Money> summing() {
    return Collector.of(
        () -> new BigDecimal[] {ZERO.amount}, // scale 2, so an empty sum is 0.00
        (acc, m) -> acc[0] = acc[0].add(m.amount),
        (a, b) -> {
          a[0] = a[0].add(b[0]);
          return a;
        },
        acc -> new Money(acc[0]));
  }

  /**
   * Sums amounts.
   *
   * @param amounts the amounts, not null, no null element
   * @return their sum, {@link #ZERO} for none
   */
  public static Money sum(Iterable<Money> amounts) {
    BigDecimal total = ZERO.amount;
    for (Money m : Objects.requireNonNull(amounts, "amounts")) {
      total = total.add(m.amount);
    }
    return new Money(total);
  }

  /** {@return the amount in euro, at scale 2} */
  public BigDecimal amount() {
    return amount;
  }

  /** {@return the amount in cents; exact} */
  public long cents() {
    return amount.movePointRight(SCALE).longValueExact();
  }

  /**
   * Adds; exact.
   *
   * @param other not null
   * @return the sum
   */
  public Money plus(Money other) {
    Objects.requireNonNull(other, "other");
    return new Money(amount.add(other.amount));
  }

  /**
   * Subtracts; exact.
   *
   * @param other not null
   * @return the difference
   */
  public Money minus(Money other) {
    Objects.requireNonNull(other, "other");
    return new Money(amount.subtract(other.amount));
  }

  /** {@return this amount with the opposite sign} */
  public Money negated() {
    return new Money(amount.negate());
  }

  /** {@return this amount without its sign} */
  public Money abs() {
    return amount.signum() < 0 ? negated() : this;
  }

  /**
   * Multiplies by a whole number; exact.
   *
   * @param factor any whole number
   * @return this amount times the factor
   */
  public Money times(long factor) {
    return new Money(amount.multiply(BigDecimal.valueOf(factor)));
  }

  /**
   * Multiplies by a decimal and rounds to the cent.
   *
   * @param factor the factor, not null
   * @param rounding how to round the product to the cent, not null
   * @return the rounded product
   */
  public Money times(BigDecimal factor, RoundingMode rounding) {
    Objects.requireNonNull(factor, "factor");
    return rounded(amount.multiply(factor), rounding);
  }

  /**
   * Divides and rounds to the cent.
   *
   * @param divisor not zero
   * @param rounding how to round the quotient to the cent, not null
   * @return the rounded quotient
   * @throws ArithmeticException if the divisor is zero
   */
  public Money dividedBy(long divisor, RoundingMode rounding) {
    Objects.requireNonNull(rounding, "rounding");
    return new Money(amount.divide(BigDecimal.valueOf(divisor), SCALE, rounding));
  }

  /**
   * Divides and rounds to the cent.
   *
   * @param divisor not null, not zero
   * @param rounding how to round the quotient to the cent, not null
   * @return the rounded quotient
   * @throws ArithmeticException if the divisor is zero
   */
  public Money dividedBy(BigDecimal divisor, RoundingMode rounding) {
    Objects.requireNonNull(divisor, "divisor");
    Objects.requireNonNull(rounding, "rounding");
    return new Money(amount.divide(divisor, SCALE, rounding));
  }

  /** {@return -1, 0 or 1 as this amount is negative, zero or positive} */
  public int signum() {
    return amount.signum();
  }

  /** {@return whether this amount is zero} */
  public boolean isZero() {
    return amount.signum() == 0;
  }

  /** {@return whether this amount is below zero} */
  public boolean isNegative() {
    return amount.signum() < 0;
  }

  /** {@return whether this amount is above zero} */
  public boolean isPositive() {
    return amount.signum() > 0;
  }

  /**
   * Compares two amounts.
   *
   * @param other the amount to compare with, not null
   * @return whether this amount is greater than {@code other}
   */
  public boolean isGreaterThan(Money other) {
    return compareTo(other) > 0;
  }

  /**
   * Compares two amounts.
   *
   * @param other the amount to compare with, not null
   * @return whether this amount is less than {@code other}
   */
  public boolean isLessThan(Money other) {
    return compareTo(other) < 0;
  }

  /**
   * The greater of two amounts.
   *
   * @param other the amount to compare with, not null
   * @return the greater of this amount and {@code other} (this one if they are equal)
   */
  public Money max(Money other) {
    return compareTo(other) >= 0 ? this : other;
  }

  /**
   * The smaller of two amounts.
   *
   * @param other the amount to compare with, not null
   * @return the smaller of this amount and {@code other} (this one if they are equal)
   */
  public Money min(Money other) {
    return compareTo(other) <= 0 ? this : other;
  }

  @Override
  public int compareTo(Money other) {
    return amount.compareTo(other.amount);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Money && amount.equals(((Money) o).amount);
  }

  @Override
  public int hashCode() {
    return amount.hashCode();
  }

  /** {@return the plain decimal with two decimals and a dot, e.g. {@code 1251059.84}; {@link #parse} reads it back} */
  @Override
  public String toString() {
    return amount.toPlainString();
  }
}
