package io.github.socialplan.budget.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.longs;

import io.github.socialplan.core.testing.PropertyRuns;
import java.math.BigInteger;
import org.junit.jupiter.api.Test;

class ExactTest {

  private static final long SEED = 20_151_231L;

  @Test
  void compareProducts_agreesWithBigInteger() {
    qt().withFixedSeed(SEED)
        .withExamples(PropertyRuns.examples(5_000))
        .forAll(longs().between(0, Long.MAX_VALUE), longs().between(0, Long.MAX_VALUE),
            longs().between(0, Long.MAX_VALUE), longs().between(0, Long.MAX_VALUE))
        .checkAssert((a, b, c, d) -> {
          int expected = BigInteger.valueOf(a).multiply(BigInteger.valueOf(b))
              .compareTo(BigInteger.valueOf(c).multiply(BigInteger.valueOf(d)));
          assertEquals(expected, Exact.compareProducts(a, b, c, d));
          assertEquals(0, Exact.compareProducts(a, b, b, a));
        });
  }

  @Test
  void sum128_addsAndSubtractsProductsExactly() {
    qt().withFixedSeed(SEED)
        .withExamples(PropertyRuns.examples(5_000))
        .forAll(longs().between(0, Long.MAX_VALUE), longs().between(0, Long.MAX_VALUE),
            longs().between(0, Long.MAX_VALUE), longs().between(0, Long.MAX_VALUE))
        .checkAssert((a, b, c, d) -> {
          BigInteger ab = BigInteger.valueOf(a).multiply(BigInteger.valueOf(b));
          BigInteger cd = BigInteger.valueOf(c).multiply(BigInteger.valueOf(d));
          Exact.Sum128 x = new Exact.Sum128();
          x.addProduct(a, b);
          x.addProduct(c, d);
          x.subtractProduct(c, d);
          Exact.Sum128 y = new Exact.Sum128();
          y.addProduct(c, d);
          // x holds a*b (after an add and a subtract that may carry), y holds c*d
          assertEquals(ab.compareTo(cd), Integer.signum(x.compareTo(y)));
          Exact.Sum128 z = new Exact.Sum128();
          z.addProduct(a, b);
          z.addProduct(a, b);
          Exact.Sum128 w = new Exact.Sum128();
          w.addProduct(a, b);
          assertEquals(ab.signum(), Integer.signum(z.compareTo(w)));
        });
  }

  @Test
  void sum128_carriesBetweenItsHalvesExactly() {
    // a*b + a*c equals a*(b + c): with b + c below 2^63 the right side is one product, so the two sums
    // must compare equal, and one more unit on either side must show. The low 64 bits of a*b and a*c
    // overflow when added about half of the time, so the carry into the high half is exercised.
    qt().withFixedSeed(SEED)
        .withExamples(PropertyRuns.examples(5_000))
        .forAll(longs().between(0, Long.MAX_VALUE), longs().between(0, Long.MAX_VALUE / 2),
            longs().between(0, Long.MAX_VALUE / 2))
        .checkAssert((a, b, c) -> {
          Exact.Sum128 parts = new Exact.Sum128();
          parts.addProduct(a, b);
          parts.addProduct(a, c);
          Exact.Sum128 whole = new Exact.Sum128();
          whole.addProduct(a, b + c);
          assertEquals(0, parts.compareTo(whole));
          assertEquals(0, whole.compareTo(parts));
          Exact.Sum128 wholePlusOne = new Exact.Sum128();
          wholePlusOne.addProduct(a, b + c);
          wholePlusOne.addProduct(1, 1);
          assertEquals(-1, Integer.signum(parts.compareTo(wholePlusOne)));
          assertEquals(1, Integer.signum(wholePlusOne.compareTo(parts)));
          // taking a*c away again borrows back across the halves: a*b remains
          parts.subtractProduct(a, c);
          Exact.Sum128 ab = new Exact.Sum128();
          ab.addProduct(a, b);
          assertEquals(0, parts.compareTo(ab));
          // and (a*(b+c) + 1) - a*c - 1 is a*b again
          wholePlusOne.subtractProduct(a, c);
          wholePlusOne.subtractProduct(1, 1);
          assertEquals(0, wholePlusOne.compareTo(ab));
        });
  }

  @Test
  void sum128_carriesAtTheBoundaryOfTheLowHalf() {
    // (2^63 - 1)^2 = 2^126 - 2^64 + 1: its low half is 1 and its high half 2^62 - 1. Adding it to itself
    // carries nothing; adding 2^64 - 1 (as (2^32 - 1) * (2^32 + 1)) to 1 carries exactly one.
    long max = Long.MAX_VALUE;
    Exact.Sum128 twice = new Exact.Sum128();
    twice.addProduct(max, max);
    twice.addProduct(max, max);
    Exact.Sum128 doubled = new Exact.Sum128();
    doubled.addProduct(max, max - 1);
    doubled.addProduct(max, 1);
    doubled.addProduct(max, max);
    assertEquals(0, twice.compareTo(doubled));
    Exact.Sum128 carry = new Exact.Sum128();
    carry.addProduct(1, 1);
    carry.addProduct((1L << 32) - 1, (1L << 32) + 1);
    // 1 + 2^64 - 1 = 2^64 = 2^32 * 2^32
    Exact.Sum128 power = new Exact.Sum128();
    power.addProduct(1L << 32, 1L << 32);
    assertEquals(0, carry.compareTo(power));
    assertEquals(0, Exact.compareProducts(1L << 32, 1L << 32, 1L << 33, 1L << 31));
    // borrowing: 2^64 - 1 leaves 2^64 - 1, below 2^64 by one unit
    power.subtractProduct(1, 1);
    Exact.Sum128 below = new Exact.Sum128();
    below.addProduct((1L << 32) - 1, (1L << 32) + 1);
    assertEquals(0, power.compareTo(below));
    assertEquals(1, Integer.signum(carry.compareTo(below)));
  }
}
