package io.github.socialplan.budget.allocation;

import io.github.socialplan.budget.internal.Exact;
import io.github.socialplan.core.money.Money;
import java.math.BigInteger;
import java.util.Map;
import java.util.Objects;

/**
 * Exact allocation of an amount among recipients by weights with the largest remainder method
 * (<i>riparto con il metodo dei resti più alti</i>, Hamilton), optionally within per-recipient floors and
 * ceilings.
 *
 * <p><b>Formula</b> (docs/domain.md §7). Working in whole cents, recipient {@code i} with weight
 * {@code w_i} has the exact share {@code T * w_i / W} of the total {@code T}, {@code W} the sum of the
 * weights. Each recipient first gets the whole cents of its share; the cents left over, fewer than the
 * number of recipients, go one each to the recipients ranked first by
 * <ol>
 *   <li>larger fractional part of the share,
 *   <li>then larger weight (equivalently larger share),
 *   <li>then smaller recipient id in natural text order.
 * </ol>
 * The order never looks at the order in which recipients were given, so permuting the input permutes the
 * result. Consequences, all tested: the parts add up to the total to the cent; every part differs from its
 * exact share by less than one cent; a recipient with a larger weight never gets less.
 *
 * <p><b>Floors and ceilings.</b> With bounds {@code f_i <= x_i <= c_i} the exact allocation is
 * {@code x_i = clamp(lambda * w_i, f_i, c_i)}, with the one level {@code lambda} that makes the parts add up
 * to {@code T} (the sum is non-decreasing in {@code lambda}). It is found by fixing bounds and
 * redistributing: with the free recipients sharing the remaining total {@code R} in proportion, let
 * {@code D} be the total by which shares fall below floors minus the total by which they rise above
 * ceilings. If {@code D > 0} the level must fall, so every recipient now below its floor stays below it at
 * the solution: all of them are fixed at their floors; if {@code D < 0} the level must rise and every
 * recipient above its ceiling is fixed at its ceiling; if {@code D = 0} the current level solves it. Each
 * round fixes at least one recipient, so there are at most {@code n} rounds. The free recipients then
 * receive {@code R} by largest remainder: since their exact shares lie within their (whole-cent) bounds,
 * rounding a share down or up to the cent stays within them. Hence the result respects every bound and adds
 * up to the total. A solution exists if and only if the floors add up to at most {@code T} and {@code T} is
 * at most the sum of the ceilings of positive-weight recipients (a missing ceiling counting as unbounded)
 * plus the floors of zero-weight recipients; otherwise the call fails and says which.
 *
 * <pre>{@code
 * Weights residents = Weights.builder().add("019036", 70_841).add("019098", 8_744).add("019076", 6_273).build();
 * Allocation a = LargestRemainder.allocate(Money.ofEuros(100_000), residents);
 * a.amount("019036"); // 82509.49
 * }</pre>
 *
 * <p><b>Cost.</b> Linear in the number of recipients with long arithmetic when every product
 * {@code T * w_i} fits in a long (BigInteger otherwise); each bounded round is linear too.
 *
 * <p>This class is stateless and thread-safe.
 */
public final class LargestRemainder {

  /**
   * The largest total this class allocates: {@code Long.MAX_VALUE} cents, about 92 million billion euro.
   * {@link Money} goes further; a larger total is refused with a message that says so.
   */
  public static final Money MAX_TOTAL = Money.ofCents(Long.MAX_VALUE);

  private LargestRemainder() {}

  /**
   * Allocates a total among recipients in proportion to their weights.
   *
   * @param total the amount, not null, {@code >= 0}, at most {@link #MAX_TOTAL}
   * @param weights the recipients and their weights, not null, not empty, not all zero
   * @return the allocation
   * @throws IllegalArgumentException if the total is negative or above {@link #MAX_TOTAL}, there are no
   *     recipients or every weight is zero
   */
  public static Allocation allocate(Money total, Weights weights) {
    return allocate(total, weights, Bounds.none());
  }

  /**
   * Allocates a total among recipients in proportion to their weights, within floors and ceilings.
   *
   * @param total the amount, not null, {@code >= 0}, at most {@link #MAX_TOTAL}
   * @param weights the recipients and their weights, not null, not empty, not all zero
   * @param bounds floors and ceilings of some recipients, not null; every id must be a recipient; a bound
   *     may be any amount {@link Money} allows
   * @return the allocation
   * @throws IllegalArgumentException if the total is negative or above {@link #MAX_TOTAL}, there are no
   *     recipients, every weight is
   *     zero, a bound names an unknown recipient, the floors add up to more than the total or the ceilings
   *     cannot take the whole total
   */
  public static Allocation allocate(Money total, Weights weights, Bounds bounds) {
    Objects.requireNonNull(total, "total");
    Objects.requireNonNull(weights, "weights");
    Objects.requireNonNull(bounds, "bounds");
    checkTotal(total, "total to allocate");
    if (weights.size() == 0) {
      throw new IllegalArgumentException("no recipients to allocate " + total + " to");
    }
    if (weights.allZero()) {
      throw allZero(weights, total);
    }
    long t = total.cents();
    if (bounds.isNone()) {
      long[] amounts =
          Apportioner.hamilton(t, weights.idArray(), weights.smallInts(), bigOrNull(weights));
      return new Allocation(total, weights, amounts, null, t, null);
    }
    return new BoundedSolver(t, weights, bounds).solve(total);
  }

  private static BigInteger[] bigOrNull(Weights w) {
    return w.smallInts() == null ? w.bigInts() : null;
  }

  /** The fix-and-redistribute iteration of the class comment. */
  private static final class BoundedSolver {
    private final long total;
    private final Weights weights;
    private final int n;
    private final long[] small;
    private final BigInteger[] big;
    private final long[] floor;
    private final long[] ceiling; // -1: none
    private final byte[] fixed; // Allocation.FREE, AT_FLOOR, AT_CEILING

    BoundedSolver(long total, Weights weights, Bounds bounds) {
      this.total = total;
      this.weights = weights;
      this.n = weights.size();
      this.small = weights.smallInts();
      this.big = small == null ? weights.bigInts() : null;
      this.floor = new long[n];
      this.ceiling = new long[n];
      this.fixed = new byte[n];
      java.util.Arrays.fill(ceiling, -1);
      Money totalMoney = Money.ofCents(total);
      // One pass in cents while the floors so far stay within the total, so that each fits in a long
      long floorSum = 0;
      for (Map.Entry<String, Money> e : bounds.floors().entrySet()) {
        int i = indexOf(e.getKey(), "floor");
        Money f = e.getValue();
        long cents;
        if (f.compareTo(totalMoney) > 0 || (cents = f.cents()) > total - floorSum) {
          throw floorsAboveTotal(bounds, totalMoney);
        }
        floor[i] = cents;
        floorSum += cents;
      }
      for (Map.Entry<String, Money> e : bounds.ceilings().entrySet()) {
        // No share exceeds the total: a higher ceiling acts as the total, and then fits in a long.
        ceiling[indexOf(e.getKey(), "ceiling")] = e.getValue().min(totalMoney).cents();
      }
      checkFeasible();
    }

    /** The floors' exact sum in the message, once every floor has been checked to name a recipient. */
    private IllegalArgumentException floorsAboveTotal(Bounds bounds, Money totalMoney) {
      Money sum = Money.ZERO;
      for (Map.Entry<String, Money> e : bounds.floors().entrySet()) {
        indexOf(e.getKey(), "floor");
        sum = sum.plus(e.getValue());
      }
      return new IllegalArgumentException("floors add up to " + sum + ", more than the total " + totalMoney);
    }

    private int indexOf(String id, String what) {
      int i = weights.indexOf(id);
      if (i < 0) {
        throw new IllegalArgumentException(what + " given for " + id + ", which is not a recipient");
      }
      return i;
    }

    private boolean positive(int i) {
      return small != null ? small[i] > 0 : big[i].signum() > 0;
    }

    /** The floors were checked against the total where they were read; here the ceilings are. */
    private void checkFeasible() {
      long reachable = 0;
      boolean unbounded = false;
      for (int i = 0; i < n; i++) {
        // Floors add up to at most the total; ceilings are each at most the total, so a sum past
        // Long.MAX_VALUE is past the total too.
        if (!positive(i)) {
          reachable = saturatedSum(reachable, floor[i]);
        } else if (ceiling[i] < 0) {
          unbounded = true;
        } else {
          reachable = saturatedSum(reachable, ceiling[i]);
        }
      }
      if (!unbounded && reachable < total) {
        throw new IllegalArgumentException(
            "ceilings of the recipients with positive weight (plus the floors of those with zero weight)"
                + " add up to " + Money.ofCents(reachable) + ", less than the total "
                + Money.ofCents(total));
      }
    }

    private static long saturatedSum(long a, long b) {
      long s = a + b;
      return s < 0 ? Long.MAX_VALUE : s;
    }

    /** Sign of {@code r * w_i - bound * wFree}, i.e. of the share minus the bound. */
    private int compareShare(long r, int i, long bound, long wFreeSmall, BigInteger wFreeBig) {
      if (small != null) {
        return Exact.compareProducts(r, small[i], bound, wFreeSmall);
      }
      return BigInteger.valueOf(r).multiply(big[i]).compareTo(BigInteger.valueOf(bound).multiply(wFreeBig));
    }

    Allocation solve(Money totalMoney) {
      byte[] violation = new byte[n];
      while (true) {
        long r = total;
        long wSmall = 0;
        BigInteger wBig = BigInteger.ZERO;
        for (int i = 0; i < n; i++) {
          if (fixed[i] == Allocation.AT_FLOOR) {
            r -= floor[i];
          } else if (fixed[i] == Allocation.AT_CEILING) {
            r -= ceiling[i];
          } else if (small != null) {
            wSmall += small[i];
          } else {
            wBig = wBig.add(big[i]);
          }
        }
        if (small != null) {
          wBig = BigInteger.valueOf(wSmall);
        }
        if (wBig.signum() == 0) {
          // Only zero-weight recipients are free: their share is zero, so they sit at their floors.
          for (int i = 0; i < n; i++) {
            if (fixed[i] == Allocation.FREE) {
              fixed[i] = Allocation.AT_FLOOR;
              r -= floor[i];
            }
          }
          if (r != 0) {
            throw new IllegalStateException("bounded allocation left " + Money.ofCents(r) + " unallocated");
          }
          return finish(totalMoney, 0);
        }
        // D * W: how far shares fall below floors minus how far they rise above ceilings, times W.
        // Exact: 128-bit sums with long weights, BigInteger otherwise.
        Exact.Sum128 below = new Exact.Sum128();
        Exact.Sum128 above = new Exact.Sum128();
        BigInteger belowBig = BigInteger.ZERO;
        BigInteger aboveBig = BigInteger.ZERO;
        boolean anyBelow = false;
        boolean anyAbove = false;
        for (int i = 0; i < n; i++) {
          violation[i] = Allocation.FREE;
          if (fixed[i] != Allocation.FREE) {
            continue;
          }
          if (floor[i] > 0 && compareShare(r, i, floor[i], wSmall, wBig) < 0) {
            violation[i] = Allocation.AT_FLOOR;
            anyBelow = true;
            if (small != null) {
              below.addProduct(floor[i], wSmall);
              below.subtractProduct(r, small[i]);
            } else {
              belowBig = belowBig.add(BigInteger.valueOf(floor[i]).multiply(wBig))
                  .subtract(BigInteger.valueOf(r).multiply(big[i]));
            }
          } else if (ceiling[i] >= 0 && compareShare(r, i, ceiling[i], wSmall, wBig) > 0) {
            violation[i] = Allocation.AT_CEILING;
            anyAbove = true;
            if (small != null) {
              above.addProduct(r, small[i]);
              above.subtractProduct(ceiling[i], wSmall);
            } else {
              aboveBig = aboveBig.add(BigInteger.valueOf(r).multiply(big[i]))
                  .subtract(BigInteger.valueOf(ceiling[i]).multiply(wBig));
            }
          }
        }
        if (!anyBelow && !anyAbove) {
          return finish(totalMoney, r);
        }
        int d = small != null ? below.compareTo(above) : belowBig.compareTo(aboveBig);
        boolean progress = false;
        for (int i = 0; i < n; i++) {
          if (violation[i] == Allocation.AT_FLOOR && d >= 0
              || violation[i] == Allocation.AT_CEILING && d <= 0) {
            fixed[i] = violation[i];
            progress = true;
          }
        }
        // The class comment shows every round fixes a recipient; should that ever fail, stop, never loop.
        if (!progress) {
          throw new IllegalStateException("bounded allocation fixed no recipient in a round");
        }
      }
    }

    private Allocation finish(Money totalMoney, long r) {
      long[] freeSmall = small != null ? new long[n] : null;
      BigInteger[] freeBig = small != null ? null : new BigInteger[n];
      for (int i = 0; i < n; i++) {
        boolean free = fixed[i] == Allocation.FREE;
        if (small != null) {
          freeSmall[i] = free ? small[i] : 0;
        } else {
          freeBig[i] = free ? big[i] : BigInteger.ZERO;
        }
      }
      long[] amounts = Apportioner.hamilton(r, weights.idArray(), freeSmall, freeBig);
      for (int i = 0; i < n; i++) {
        if (fixed[i] == Allocation.AT_FLOOR) {
          amounts[i] = floor[i];
        } else if (fixed[i] == Allocation.AT_CEILING) {
          amounts[i] = ceiling[i];
        }
      }
      return new Allocation(totalMoney, weights, amounts, fixed, r, freeSmall != null
          ? Apportioner.toBig(freeSmall) : freeBig);
    }
  }

  /** Refuses a total below zero or above {@link #MAX_TOTAL}; {@code what} names it in the message. */
  static void checkTotal(Money total, String what) {
    if (total.isNegative()) {
      throw new IllegalArgumentException(what + " must be >= 0: " + total);
    }
    if (total.compareTo(MAX_TOTAL) > 0) {
      throw new IllegalArgumentException(what + " must be at most " + MAX_TOTAL + " (Long.MAX_VALUE cents): "
          + total);
    }
  }

  /** The refusal of weights that are all zero, which leave every share undefined. */
  static IllegalArgumentException allZero(Weights weights, Money total) {
    return new IllegalArgumentException(
        "all " + weights.size() + " weights are zero: shares of " + total + " are undefined");
  }
}
