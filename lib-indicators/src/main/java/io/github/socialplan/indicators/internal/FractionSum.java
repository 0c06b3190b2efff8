package io.github.socialplan.indicators.internal;

import java.math.BigInteger;

/**
 * A sum of fractions of integers, worked out exactly: each term p / q is brought over the least common
 * multiple of the denominators so far, which keeps the sum small when the denominators share factors (the
 * residents of comuni, a power of ten). Not thread-safe.
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
    BigInteger g = num.gcd(den);
    return g.signum() == 0 || g.equals(BigInteger.ONE) ? new BigInteger[] {num, den}
        : new BigInteger[] {num.divide(g), den.divide(g)};
  }
}
