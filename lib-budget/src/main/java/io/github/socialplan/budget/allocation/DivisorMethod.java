package io.github.socialplan.budget.allocation;

import java.math.BigInteger;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.PriorityQueue;

/**
 * Divisor methods for whole, seat-like quotas (<i>metodi dei divisori</i>): places in a service, social
 * worker posts, hours in whole units. Use {@link LargestRemainder} for money.
 *
 * <p><b>Formula.</b> Seats are given one at a time to the recipient with the largest quotient
 * {@code w_i / d(s_i)}, {@code s_i} the seats it already has: {@code d(s) = s + 1} for D'Hondt (favours
 * larger recipients), {@code d(s) = 2s + 1} for Sainte-Laguë (closest to proportional). Quotients are
 * compared exactly (cross-multiplied integers). Ties go to the larger weight, then to the smaller id in
 * natural text order, so the result does not depend on input order. Recipients with zero weight get no
 * seat.
 *
 * <pre>{@code
 * Map<String, Long> seats = DivisorMethod.D_HONDT.apportion(10, weights);
 * }</pre>
 *
 * <p>This enum is thread-safe.
 */
public enum DivisorMethod {
  /** D'Hondt (Jefferson): divisors 1, 2, 3, ... */
  D_HONDT(1, 1),
  /** Sainte-Laguë (Webster): divisors 1, 3, 5, ... */
  SAINTE_LAGUE(2, 1);

  private final long slope;
  private final long offset;

  DivisorMethod(long slope, long offset) {
    this.slope = slope;
    this.offset = offset;
  }

  /** The divisor after {@code seats} seats. */
  long divisor(long seats) {
    return slope * seats + offset;
  }

  /**
   * Apportions whole seats.
   *
   * @param seats how many, {@code >= 0}
   * @param weights recipients and weights, not null, not empty, not all zero
   * @return seats by recipient, in recipient order, adding up to {@code seats}
   * @throws IllegalArgumentException if seats is negative, there are no recipients or every weight is zero
   */
  public Map<String, Long> apportion(long seats, Weights weights) {
    Objects.requireNonNull(weights, "weights");
    if (seats < 0) {
      throw new IllegalArgumentException("seats must be >= 0: " + seats);
    }
    if (weights.size() == 0 || weights.allZero()) {
      throw new IllegalArgumentException(
          "no recipient with a positive weight among " + weights.size() + ": seats are undefined");
    }
    int n = weights.size();
    BigInteger[] w = weights.bigInts();
    long[] got = new long[n];
    PriorityQueue<Integer> queue =
        new PriorityQueue<>(
            n,
            (a, b) -> {
              // a first if w_a / d_a > w_b / d_b, i.e. w_a * d_b > w_b * d_a
              int cmp =
                  w[b].multiply(BigInteger.valueOf(divisor(got[a])))
                      .compareTo(w[a].multiply(BigInteger.valueOf(divisor(got[b]))));
              if (cmp == 0) {
                cmp = w[b].compareTo(w[a]);
              }
              return cmp != 0 ? cmp : weights.idAt(a).compareTo(weights.idAt(b));
            });
    for (int i = 0; i < n; i++) {
      if (w[i].signum() > 0) {
        queue.add(i);
      }
    }
    for (long s = 0; s < seats; s++) {
      int i = queue.poll();
      got[i]++;
      queue.add(i);
    }
    Map<String, Long> result = new LinkedHashMap<>();
    for (int i = 0; i < n; i++) {
      result.put(weights.idAt(i), got[i]);
    }
    return Collections.unmodifiableMap(result);
  }
}
