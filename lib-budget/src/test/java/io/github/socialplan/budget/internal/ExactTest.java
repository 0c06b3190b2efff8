package io.github.socialplan.budget.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.longs;

import java.math.BigInteger;
import org.junit.jupiter.api.Test;

class ExactTest {

  private static final long SEED = 20_151_231L;

  @Test
  void compareProducts_agreesWithBigInteger() {
    qt().withFixedSeed(SEED)
        .withExamples(5_000)
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
        .withExamples(5_000)
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
}
