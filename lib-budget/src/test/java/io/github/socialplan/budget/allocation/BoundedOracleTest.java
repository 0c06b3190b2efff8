package io.github.socialplan.budget.allocation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The bounded allocation against an independent oracle: the exact solution {@code x_i = clamp(lambda * w_i,
 * f_i, c_i)}, with the level {@code lambda} found by walking the breakpoints {@code f_i / w_i} and
 * {@code c_i / w_i} of the piecewise linear sum in exact fractions. Every part must lie within a cent of
 * its exact value, a part held at a bound must be that bound, and the parts must add up to the total; the
 * same for weights too large for a long.
 */
class BoundedOracleTest {

  private static final long SEED = 20_160_101L;

  /** A non-negative fraction {@code n / d}, {@code d > 0}. */
  private record Frac(BigInteger n, BigInteger d) implements Comparable<Frac> {
    static Frac of(long n, long d) {
      return new Frac(BigInteger.valueOf(n), BigInteger.valueOf(d));
    }

    @Override
    public int compareTo(Frac o) {
      return n.multiply(o.d).compareTo(o.n.multiply(d));
    }

    Frac times(long w) {
      return new Frac(n.multiply(BigInteger.valueOf(w)), d);
    }

    Frac plus(Frac o) {
      return new Frac(n.multiply(o.d).add(o.n.multiply(d)), d.multiply(o.d));
    }
  }

  private static Frac clamp(Frac x, long floor, long ceiling) {
    Frac f = Frac.of(floor, 1);
    if (x.compareTo(f) < 0) {
      return f;
    }
    return ceiling >= 0 && x.compareTo(Frac.of(ceiling, 1)) > 0 ? Frac.of(ceiling, 1) : x;
  }

  private static Frac sum(Frac lambda, long[] w, long[] f, long[] c) {
    Frac s = Frac.of(0, 1);
    for (int i = 0; i < w.length; i++) {
      s = s.plus(clamp(lambda.times(w[i]), f[i], c[i]));
    }
    return s;
  }

  /** The exact bounded shares of {@code t}: the level is found between two breakpoints of the sum. */
  static Frac[] exact(long t, long[] w, long[] f, long[] c) {
    List<Frac> points = new ArrayList<>();
    points.add(Frac.of(0, 1));
    for (int i = 0; i < w.length; i++) {
      if (w[i] > 0) {
        points.add(Frac.of(f[i], w[i]));
        if (c[i] >= 0) {
          points.add(Frac.of(c[i], w[i]));
        }
      }
    }
    points.sort(null);
    Frac target = Frac.of(t, 1);
    Frac lambda = null;
    Frac previous = points.get(0);
    for (Frac p : points) {
      if (sum(p, w, f, c).compareTo(target) >= 0) {
        lambda = solve(previous, p, target, w, f, c);
        break;
      }
      previous = p;
    }
    if (lambda == null) {
      // past the last breakpoint only recipients without a ceiling still grow
      lambda = solve(previous, previous.plus(Frac.of(1, 1)), target, w, f, c);
    }
    Frac[] x = new Frac[w.length];
    for (int i = 0; i < w.length; i++) {
      x[i] = clamp(lambda.times(w[i]), f[i], c[i]);
    }
    return x;
  }

  /** The level in {@code [lo, hi]} where the sum, linear there, reaches the target. */
  private static Frac solve(Frac lo, Frac hi, Frac target, long[] w, long[] f, long[] c) {
    Frac sLo = sum(lo, w, f, c);
    Frac sHi = sum(hi, w, f, c);
    // lambda = lo + (target - sLo) * (hi - lo) / (sHi - sLo)
    Frac dt = new Frac(target.n.multiply(sLo.d).subtract(sLo.n.multiply(target.d)), target.d.multiply(sLo.d));
    if (dt.n.signum() == 0) {
      return lo;
    }
    Frac span = new Frac(hi.n.multiply(lo.d).subtract(lo.n.multiply(hi.d)), hi.d.multiply(lo.d));
    Frac ds = new Frac(sHi.n.multiply(sLo.d).subtract(sLo.n.multiply(sHi.d)), sHi.d.multiply(sLo.d));
    return lo.plus(new Frac(dt.n.multiply(span.n).multiply(ds.d), dt.d.multiply(span.d).multiply(ds.n)));
  }

  private static void check(long t, long[] w, long[] f, long[] c, Allocation a) {
    Frac[] x = exact(t, w, f, c);
    long[] got = a.centsArray();
    long total = 0;
    List<AllocationLine> lines = a.lines();
    for (int i = 0; i < w.length; i++) {
      total += got[i];
      BigInteger diff = BigInteger.valueOf(got[i]).multiply(x[i].d).subtract(x[i].n).abs();
      assertTrue(diff.compareTo(x[i].d) < 0, "recipient " + i + " got " + got[i] + ", exact " + x[i]);
      Binding b = lines.get(i).binding();
      if (b == Binding.FLOOR) {
        assertEquals(f[i], got[i], "held at its floor: " + i);
      } else if (b == Binding.CEILING) {
        assertEquals(c[i], got[i], "held at its ceiling: " + i);
      }
      assertTrue(got[i] >= f[i] && (c[i] < 0 || got[i] <= c[i]), "out of bounds: " + i);
    }
    assertEquals(t, total);
  }

  @Test
  void property_boundedParts_areWithinACentOfTheExactClampedShares_withLongOrBigWeights() {
    BoundedCases.check(SEED, k -> {
      check(k.totalCents, k.w, k.f, k.c, LargestRemainder.allocate(k.total(), k.small, k.bounds));
      check(k.totalCents, k.w, k.f, k.c, LargestRemainder.allocate(k.total(), k.big, k.bounds));
    });
  }

  @Test
  void theOracle_agreesWithAHandWorkedCase() {
    // 100.00 by 1:1:2, a's floor 40.00, c's ceiling 45.00: a 40, then 60 by 1:2 is 20 / 40, within c's ceiling.
    Frac[] x = exact(10_000, new long[] {1, 1, 2}, new long[] {4_000, 0, 0}, new long[] {-1, -1, 4_500});
    assertEquals(0, x[0].compareTo(Frac.of(4_000, 1)));
    assertEquals(0, x[1].compareTo(Frac.of(2_000, 1)));
    assertEquals(0, x[2].compareTo(Frac.of(4_000, 1)));
  }
}
