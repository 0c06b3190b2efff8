package io.github.socialplan.budget.allocation;

import io.github.socialplan.budget.internal.IndexOrder;
import io.github.socialplan.budget.internal.IndexSelect;
import java.math.BigInteger;
import java.util.function.IntPredicate;

/**
 * The exact engine behind {@link LargestRemainder}: integer cents, integer weights, no rounding but the one
 * Hamilton step.
 *
 * <p>Each recipient's exact share of {@code total} cents is the rational {@code total * w[i] / W}. Its
 * floor is given first; the {@code L = total - sum(floors)} cents left over (fewer than the number of
 * recipients with a fractional share) go one each to the recipients that rank first by: larger fractional
 * part, then larger weight, then smaller id in natural text order. That order is total, so the result does
 * not depend on the order in which recipients were given.
 */
final class Apportioner {

  private Apportioner() {}

  /**
   * Hamilton over all recipients; zero-weight entries get nothing. Exactly one of {@code small} and
   * {@code big} is non-null; the weights must not all be zero unless {@code total} is zero.
   */
  static long[] hamilton(long total, String[] ids, long[] small, BigInteger[] big) {
    int n = ids.length;
    if (total == 0) {
      return new long[n];
    }
    if (small != null) {
      long[] r = hamiltonSmall(total, small, ids);
      if (r != null) {
        return r;
      }
      big = toBig(small);
    }
    return hamiltonBig(BigInteger.valueOf(total), big, ids);
  }

  static BigInteger[] toBig(long[] small) {
    BigInteger[] b = new BigInteger[small.length];
    for (int i = 0; i < b.length; i++) {
      b[i] = BigInteger.valueOf(small[i]);
    }
    return b;
  }

  /** Long arithmetic; returns null if a product {@code total * w[i]} would overflow. */
  private static long[] hamiltonSmall(long total, long[] w, String[] ids) {
    int n = w.length;
    long sum = 0;
    long max = 0;
    for (long x : w) {
      sum += x; // the Weights invariant keeps the sum within a long
      max = Math.max(max, x);
    }
    if (max != 0 && Math.multiplyHigh(total, max) != 0 || total * max < 0) {
      return null;
    }
    long[] amount = new long[n];
    long[] rem = new long[n];
    long given = 0;
    int candidates = 0;
    for (int i = 0; i < n; i++) {
      long p = total * w[i];
      amount[i] = p / sum;
      rem[i] = p % sum;
      given += amount[i];
      if (rem[i] != 0) {
        candidates++;
      }
    }
    giveSpareCents(amount, (int) (total - given), candidates, i -> rem[i] != 0, (x, y) -> {
      int cmp = Long.compare(rem[y], rem[x]);
      return cmp != 0 ? cmp : Long.compare(w[y], w[x]);
    }, ids);
    return amount;
  }

  private static long[] hamiltonBig(BigInteger total, BigInteger[] w, String[] ids) {
    int n = w.length;
    BigInteger sum = BigInteger.ZERO;
    for (BigInteger x : w) {
      sum = sum.add(x);
    }
    long[] amount = new long[n];
    BigInteger[] rem = new BigInteger[n];
    long given = 0;
    int candidates = 0;
    for (int i = 0; i < n; i++) {
      BigInteger[] qr = total.multiply(w[i]).divideAndRemainder(sum);
      amount[i] = qr[0].longValueExact();
      rem[i] = qr[1];
      given += amount[i];
      if (rem[i].signum() != 0) {
        candidates++;
      }
    }
    giveSpareCents(amount, (int) (total.longValueExact() - given), candidates, i -> rem[i].signum() != 0,
        (x, y) -> {
          int cmp = rem[y].compareTo(rem[x]);
          return cmp != 0 ? cmp : w[y].compareTo(w[x]);
        }, ids);
    return amount;
  }

  /**
   * Gives one more cent to each of the {@code left} recipients that come first among those with a
   * remainder: larger remainder, then larger weight ({@code byRemainderThenWeight}), then smaller id. The
   * order never depends on the input order.
   */
  private static void giveSpareCents(long[] amount, int left, int candidates, IntPredicate hasRemainder,
      IndexOrder byRemainderThenWeight, String[] ids) {
    if (left <= 0) {
      return;
    }
    int[] idx = new int[candidates];
    int c = 0;
    for (int i = 0; i < amount.length; i++) {
      if (hasRemainder.test(i)) {
        idx[c++] = i;
      }
    }
    IndexSelect.selectFirst(idx, candidates, left, (a, b) -> {
      int cmp = byRemainderThenWeight.compare(a, b);
      return cmp != 0 ? cmp : ids[a].compareTo(ids[b]);
    });
    for (int k = 0; k < left; k++) {
      amount[idx[k]]++;
    }
  }
}
