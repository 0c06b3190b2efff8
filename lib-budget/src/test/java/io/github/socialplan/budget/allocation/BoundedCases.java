package io.github.socialplan.budget.allocation;

import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import io.github.socialplan.core.money.Money;
import io.github.socialplan.core.testing.PropertyRuns;
import java.math.BigDecimal;
import java.util.List;
import java.util.function.Consumer;

/**
 * Generated allocations with floors and ceilings, for the properties of the bounded allocation: up to eight
 * recipients with weights 0..40 (some positive), each with a floor or none and a ceiling at or above its
 * floor or none, and a total from the floors' sum up to what the bounds let the recipients take (5,000 cents
 * more when one is unbounded). The weights come twice: as they are, and multiplied by 10^20, so that the
 * allocator's long and BigInteger paths both run.
 */
final class BoundedCases {

  private static final BigDecimal HUGE = new BigDecimal("1e20");

  final long[] w;
  final long[] f;
  /** Each ceiling in cents, -1 if none. */
  final long[] c;
  final long totalCents;
  final Bounds bounds;
  final Weights small;
  final Weights big;

  private BoundedCases(List<Integer> ws, List<Integer> fs, List<Integer> cs, int pick) {
    int n = ws.size();
    w = new long[n];
    f = new long[n];
    c = new long[n];
    Bounds.Builder bb = Bounds.builder();
    Weights.Builder s = Weights.builder();
    Weights.Builder b = Weights.builder();
    long floors = 0;
    long reachable = 0;
    boolean unbounded = false;
    for (int i = 0; i < n; i++) {
      String id = "r" + i;
      w[i] = ws.get(i);
      f[i] = Math.max(0, fs.get(i));
      c[i] = cs.get(i) < 0 ? -1 : f[i] + cs.get(i);
      s.add(id, w[i]);
      b.add(id, BigDecimal.valueOf(w[i]).multiply(HUGE));
      if (f[i] > 0) {
        bb.floor(id, Money.ofCents(f[i]));
      }
      if (c[i] >= 0) {
        bb.ceiling(id, Money.ofCents(c[i]));
      }
      floors += f[i];
      if (w[i] == 0) {
        reachable += f[i];
      } else if (c[i] < 0) {
        unbounded = true;
      } else {
        reachable += c[i];
      }
    }
    totalCents = floors + (unbounded ? 5_000 : reachable - floors) * pick / 1_000;
    bounds = bb.build();
    small = s.build();
    big = b.build();
  }

  /** {@return the total to allocate} */
  Money total() {
    return Money.ofCents(totalCents);
  }

  /** Runs an assertion on 1,000 generated cases (with the property runs' scaling) drawn from {@code seed}. */
  static void check(long seed, Consumer<BoundedCases> assertion) {
    qt().withFixedSeed(seed)
        .withExamples(PropertyRuns.examples(1_000))
        .forAll(
            lists().of(integers().between(0, 40)).ofSizeBetween(1, 8),
            lists().of(integers().between(-1, 3_000)).ofSize(8),
            lists().of(integers().between(-1, 3_000)).ofSize(8),
            integers().between(0, 1_000))
        .assuming((ws, fs, cs, pick) -> ws.stream().anyMatch(x -> x > 0))
        .checkAssert((ws, fs, cs, pick) -> assertion.accept(new BoundedCases(ws, fs, cs, pick)));
  }
}
