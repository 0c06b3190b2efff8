package io.github.socialplan.indicators.internal;

import java.math.BigDecimal;
import java.math.BigInteger;

/**
 * Fractions of integers {p, q}, q > 0, worked out exactly, and a sum of them: each term is brought over the
 * least common multiple of the denominators so far, which keeps the sum small when the denominators share
 * factors (the residents of comuni, a power of ten). Not thread-safe.
 */
public final class FractionSum {

  private BigInteger num = BigInteger.ZERO;
  private BigInteger den = BigInteger.ONE;

  /** Creates a sum of nothing, 0 / 1. */
  public FractionSum() {}

  /**
   * Adds p / q.
   *
   * @param p not null
   * @param q not null, {@code > 0}
   */
  public void add(BigInteger p, BigInteger q) {
    BigInteger g = den.gcd(q);
    num = num.multiply(q.divide(g)).add(p.multiply(den.divide(g)));
    den = den.multiply(q.divide(g));
  }

  /** {@return the sum as {numerator, denominator} in lowest terms, the denominator > 0 (0 as 0 / den)} */
  public BigInteger[] lowestTerms() {
    return lowestTerms(num, den);
  }

  /**
   * {@code a / b} as a fraction of integers in lowest terms, both brought to one scale.
   *
   * @param a not null
   * @param b not null, not zero
   * @return {p, q} with q > 0
   */
  public static BigInteger[] of(BigDecimal a, BigDecimal b) {
    int scale = Math.max(0, Math.max(a.scale(), b.scale()));
    return lowestTerms(a.setScale(scale).unscaledValue(), b.setScale(scale).unscaledValue());
  }

  /**
   * {@code p / q} in lowest terms, the sign carried by the numerator.
   *
   * @param p not null
   * @param q not null, not zero
   * @return {p', q'} with q' > 0 (0 as 0 / q when p is 0)
   */
  public static BigInteger[] lowestTerms(BigInteger p, BigInteger q) {
    if (q.signum() < 0) {
      p = p.negate();
      q = q.negate();
    }
    BigInteger g = p.gcd(q);
    return g.signum() == 0 || g.equals(BigInteger.ONE) ? new BigInteger[] {p, q}
        : new BigInteger[] {p.divide(g), q.divide(g)};
  }
}
