package io.github.socialplan.indicators.result;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.List;

/**
 * The coefficient of variation rounded exactly, worked out in the tests independently of the library:
 * the variance from the squared deviations Σ (x − mean)² / n of exact fractions (not from the sums of
 * powers), its square root located among the rounding boundaries by squaring them.
 */
public final class ExactCoefficientOfVariation {

  private final int sign;
  /** CV² as a fraction a / b, b > 0. */
  private final BigInteger a;
  private final BigInteger b;
  /** |CV| to 60 digits. */
  private final BigDecimal root;

  private ExactCoefficientOfVariation(int sign, BigInteger a, BigInteger b) {
    this.sign = sign;
    this.a = a;
    this.b = b;
    MathContext mc = new MathContext(60, RoundingMode.HALF_EVEN);
    this.root = new BigDecimal(a).divide(new BigDecimal(b), mc).sqrt(mc);
  }

  /**
   * The coefficient of variation of exact fractions {p, q}, q != 0, or null if their mean is 0.
   *
   * @param values not empty
   * @return the value, null if the mean is 0
   */
  public static ExactCoefficientOfVariation of(List<BigInteger[]> values) {
    BigInteger n = BigInteger.valueOf(values.size());
    BigInteger[] sum = {BigInteger.ZERO, BigInteger.ONE};
    for (BigInteger[] v : values) {
      sum = add(sum, v);
    }
    if (sum[0].signum() == 0) {
      return null;
    }
    BigInteger[] mean = {sum[0], sum[1].multiply(n)};
    BigInteger[] squares = {BigInteger.ZERO, BigInteger.ONE};
    for (BigInteger[] v : values) {
      BigInteger[] d = add(v, new BigInteger[] {mean[0].negate(), mean[1]});
      squares = add(squares, new BigInteger[] {d[0].multiply(d[0]), d[1].multiply(d[1])});
    }
    // CV² = (squares / n) / mean²
    BigInteger num = squares[0].multiply(mean[1]).multiply(mean[1]);
    BigInteger den = squares[1].multiply(n).multiply(mean[0]).multiply(mean[0]);
    return new ExactCoefficientOfVariation(sum[0].signum() * sum[1].signum(), num, den);
  }

  /** {@return the fraction p / q of a decimal} */
  public static BigInteger[] of(BigDecimal x) {
    return x.scale() >= 0 ? new BigInteger[] {x.unscaledValue(), BigInteger.TEN.pow(x.scale())}
        : new BigInteger[] {x.toBigIntegerExact(), BigInteger.ONE};
  }

  private static BigInteger[] add(BigInteger[] x, BigInteger[] y) {
    BigInteger p = x[0].multiply(y[1]).add(y[0].multiply(x[1]));
    BigInteger q = x[1].multiply(y[1]);
    if (q.signum() < 0) {
      p = p.negate();
      q = q.negate();
    }
    BigInteger g = p.gcd(q);
    return g.signum() == 0 ? new BigInteger[] {BigInteger.ZERO, BigInteger.ONE}
        : new BigInteger[] {p.divide(g), q.divide(g)};
  }

  /** {@return the value to 60 digits, for a comparison with a double} */
  public double approx() {
    return root.doubleValue() * sign;
  }

  /** The sign of |CV| − t, t >= 0, by squaring. */
  private int compareMagnitude(BigDecimal t) {
    BigInteger[] f = of(t);
    return a.multiply(f[1]).multiply(f[1]).compareTo(b.multiply(f[0]).multiply(f[0]));
  }

  /**
   * The value rounded exactly.
   *
   * @param scale decimals
   * @param mode not null
   * @return the rounded value
   */
  public BigDecimal rounded(int scale, RoundingMode mode) {
    BigDecimal half = BigDecimal.ONE.movePointLeft(scale).divide(BigDecimal.valueOf(2));
    // the square root to 60 digits gives the neighbouring boundaries; squares decide exactly
    BigInteger j = root.divide(half, 0, RoundingMode.FLOOR).toBigIntegerExact();
    while (j.signum() > 0 && compareMagnitude(half.multiply(new BigDecimal(j))) < 0) {
      j = j.subtract(BigInteger.ONE);
    }
    while (compareMagnitude(half.multiply(new BigDecimal(j.add(BigInteger.ONE)))) >= 0) {
      j = j.add(BigInteger.ONE);
    }
    BigDecimal low = half.multiply(new BigDecimal(j));
    // |CV| is low itself, or strictly between low and low + half where every point rounds alike
    BigDecimal magnitude = compareMagnitude(low) == 0 ? low : low.add(half.divide(BigDecimal.valueOf(2)));
    return (sign < 0 ? magnitude.negate() : magnitude).setScale(scale, mode);
  }
}
