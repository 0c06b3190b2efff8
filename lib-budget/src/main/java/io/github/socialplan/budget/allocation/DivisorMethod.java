package io.github.socialplan.budget.allocation;

import java.math.BigInteger;
import java.util.Collections;
import java.util.Comparator;
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
 * <p><b>Cost.</b> The seats are not given one by one but started from the level {@code W / (slope * seats)}
 * of the quotients ({@code W} the sum of the weights), which gives each recipient its seats above that
 * level; the few seats left over (fewer than the recipients) then go, or come back, by the rule above. So
 * the cost grows with the number of recipients, not of seats.
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
  BigInteger divisor(long seats) {
    return BigInteger.valueOf(slope).multiply(BigInteger.valueOf(seats)).add(BigInteger.valueOf(offset));
  }

  /**
   * Negative if seat {@code sa + 1} of {@code a} comes before seat {@code sb + 1} of {@code b}: a larger
   * quotient {@code w / d(s)} ({@code w_a * d_b > w_b * d_a}), then a larger weight, then a smaller id.
   */
  private int compare(BigInteger[] w, Weights weights, int a, long sa, int b, long sb) {
    int cmp = w[b].multiply(divisor(sa)).compareTo(w[a].multiply(divisor(sb)));
    if (cmp == 0) {
      cmp = w[b].compareTo(w[a]);
    }
    return cmp != 0 ? cmp : weights.idAt(a).compareTo(weights.idAt(b));
  }

  /**
   * The seats whose quotients reach the level {@code lambda = W / (slope * seats)}: recipient {@code i}
   * has those {@code s} with {@code w_i / d(s) >= lambda}, that is
   * {@code s <= (w_i * slope * seats / W - offset) / slope}. They are the first seats in the order of the
   * rule (every seat above the level before any below), and within a few of {@code seats} in number: one
   * less than the quota at most each for D'Hondt, half a seat more or less each for Sainte-Laguë.
   */
  private long[] start(long seats, BigInteger[] w) {
    long[] got = new long[w.length];
    if (seats == 0) {
      return got;
    }
    BigInteger total = BigInteger.ZERO;
    for (BigInteger x : w) {
      total = total.add(x);
    }
    BigInteger slopeSeats = BigInteger.valueOf(slope).multiply(BigInteger.valueOf(seats));
    BigInteger offsetTotal = BigInteger.valueOf(offset).multiply(total);
    BigInteger step = BigInteger.valueOf(slope).multiply(total);
    for (int i = 0; i < w.length; i++) {
      BigInteger reach = w[i].multiply(slopeSeats).subtract(offsetTotal);
      if (reach.signum() >= 0) {
        // at most seats + 1 for Sainte-Laguë's rounding: it fits in a long, and the sum is brought back
        got[i] = reach.divide(step).longValueExact() + 1;
      }
    }
    return got;
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
    long[] got = start(seats, w);
    // Seat by seat from the start, as the class comment gives the rule: up to the largest next quotient
    // while seats are missing, or back from the smallest last quotient while there are too many.
    Comparator<Integer> byNextQuotient = (a, b) -> compare(w, weights, a, got[a], b, got[b]);
    long missing = seats; // seats less those given: never past a long, as a sum near Long.MAX_VALUE could be
    for (long g : got) {
      missing -= g;
    }
    if (missing > 0) {
      PriorityQueue<Integer> queue = new PriorityQueue<>(n, byNextQuotient);
      for (int i = 0; i < n; i++) {
        if (w[i].signum() > 0) {
          queue.add(i);
        }
      }
      for (; missing > 0; missing--) {
        int i = queue.poll();
        got[i]++;
        queue.add(i);
      }
    } else if (missing < 0) {
      // the last seat given is the one ranked lowest: its quotient w / d(s - 1), the same ties reversed
      Comparator<Integer> byLastQuotient = (a, b) -> compare(w, weights, b, got[b] - 1, a, got[a] - 1);
      PriorityQueue<Integer> queue = new PriorityQueue<>(n, byLastQuotient);
      for (int i = 0; i < n; i++) {
        if (got[i] > 0) {
          queue.add(i);
        }
      }
      for (; missing < 0; missing++) {
        int i = queue.poll();
        got[i]--;
        if (got[i] > 0) {
          queue.add(i);
        }
      }
    }
    Map<String, Long> result = new LinkedHashMap<>();
    for (int i = 0; i < n; i++) {
      result.put(weights.idAt(i), got[i]);
    }
    return Collections.unmodifiableMap(result);
  }
}
