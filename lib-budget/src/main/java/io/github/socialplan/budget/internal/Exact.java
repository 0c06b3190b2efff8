package io.github.socialplan.budget.internal;

/** Exact comparisons of 128-bit products of non-negative longs. */
public final class Exact {

  private Exact() {}

  /**
   * Compares {@code a * b} with {@code c * d} exactly.
   *
   * @param a {@code >= 0}
   * @param b {@code >= 0}
   * @param c {@code >= 0}
   * @param d {@code >= 0}
   * @return the sign of {@code a * b - c * d}
   */
  public static int compareProducts(long a, long b, long c, long d) {
    long h1 = Math.multiplyHigh(a, b);
    long h2 = Math.multiplyHigh(c, d);
    if (h1 != h2) {
      return Long.compare(h1, h2);
    }
    return Long.compareUnsigned(a * b, c * d);
  }

  /**
   * A non-negative 128-bit sum of products, for exact totals of {@code a * b} terms without BigInteger.
   * Not thread-safe.
   */
  public static final class Sum128 {
    private long hi;
    private long lo;

    /**
     * Adds {@code a * b}.
     *
     * @param a {@code >= 0}
     * @param b {@code >= 0}
     */
    public void addProduct(long a, long b) {
      long plo = a * b;
      long phi = Math.multiplyHigh(a, b);
      long nlo = lo + plo;
      hi += phi + (Long.compareUnsigned(nlo, lo) < 0 ? 1 : 0);
      lo = nlo;
    }

    /**
     * Subtracts {@code a * b}; the sum must stay non-negative.
     *
     * @param a {@code >= 0}
     * @param b {@code >= 0}
     */
    public void subtractProduct(long a, long b) {
      long plo = a * b;
      long phi = Math.multiplyHigh(a, b);
      long nlo = lo - plo;
      hi -= phi + (Long.compareUnsigned(lo, plo) < 0 ? 1 : 0);
      lo = nlo;
    }

    /**
     * Compares with another sum.
     *
     * @param other not null
     * @return the sign of {@code this - other}
     */
    public int compareTo(Sum128 other) {
      if (hi != other.hi) {
        return Long.compare(hi, other.hi);
      }
      return Long.compareUnsigned(lo, other.lo);
    }
  }
}
