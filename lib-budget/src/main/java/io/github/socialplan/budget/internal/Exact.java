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
}
