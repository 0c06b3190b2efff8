package io.github.socialplan.budget.internal;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import io.github.socialplan.core.testing.PropertyRuns;
import java.util.Arrays;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/**
 * The selection against an independent oracle (sort everything, take the first {@code k}), and the
 * number of comparisons that makes it linear on the inputs quickselect handles worst with a naive pivot.
 */
class IndexSelectTest {

  private static final long SEED = 20_151_231L;

  /** Orders indices by a key, ties by the smaller index: a total order. */
  private static IndexOrder byKey(int[] key) {
    return (a, b) -> key[a] != key[b] ? Integer.compare(key[a], key[b]) : Integer.compare(a, b);
  }

  /** The first {@code k} indices of {@code 0..n) under the order, sorted: what the selection must hold. */
  private static int[] oracle(int[] key, int k) {
    IndexOrder order = byKey(key);
    return IntStream.range(0, key.length).boxed().sorted(order::compare).limit(k).mapToInt(Integer::intValue)
        .sorted().toArray();
  }

  private static int[] selected(int[] a, int k) {
    int[] first = Arrays.copyOf(a, k);
    Arrays.sort(first);
    return first;
  }

  @Test
  void property_selectsTheFirstKUnderTheOrder_andKeepsEveryIndex() {
    qt().withFixedSeed(SEED)
        .withExamples(PropertyRuns.examples(2_000))
        .forAll(lists().of(integers().between(0, 20)).ofSizeBetween(0, 60), integers().between(0, 1_000))
        .checkAssert((keys, pick) -> {
          int[] key = keys.stream().mapToInt(Integer::intValue).toArray();
          int n = key.length;
          int k = n == 0 ? 0 : pick % (n + 1);
          // the indices in a scrambled order: reversed
          int[] a = IntStream.range(0, n).map(i -> n - 1 - i).toArray();
          IndexSelect.selectFirst(a, n, k, byKey(key));
          assertArrayEquals(oracle(key, k), selected(a, k), "k=" + k + " of " + keys);
          int[] all = a.clone();
          Arrays.sort(all);
          assertArrayEquals(IntStream.range(0, n).toArray(), all, "an index was lost or repeated");
        });
  }

  @Test
  void onlyTheFirstNEntriesAreConsidered() {
    int[] key = {5, 4, 3, 2, 1, 0};
    // a[4..6) must stay where they are: the caller's array may be longer than n
    int[] a = {0, 1, 2, 3, 4, 5};
    IndexSelect.selectFirst(a, 4, 2, byKey(key));
    assertArrayEquals(new int[] {2, 3}, selected(a, 2));
    assertEquals(4, a[4]);
    assertEquals(5, a[5]);
  }

  @Test
  void selectingNoneOrAll_leavesTheArrayAsItIs() {
    int[] key = {3, 1, 2};
    int[] a = {0, 1, 2};
    IndexSelect.selectFirst(a, 3, 0, byKey(key));
    assertArrayEquals(new int[] {0, 1, 2}, a);
    IndexSelect.selectFirst(a, 3, 3, byKey(key));
    assertArrayEquals(new int[] {0, 1, 2}, a);
  }

  @Test
  void selectingOneOrAllButOne_findsTheSmallestOrLeavesOutTheLargest() {
    int[] key = {7, 3, 9, 1, 5};
    int[] a = {0, 1, 2, 3, 4};
    IndexSelect.selectFirst(a, 5, 1, byKey(key));
    assertEquals(3, a[0]);
    int[] b = {0, 1, 2, 3, 4};
    IndexSelect.selectFirst(b, 5, 4, byKey(key));
    assertArrayEquals(new int[] {0, 1, 3, 4}, selected(b, 4));
    assertEquals(2, b[4]);
  }

  private static long comparisons(int[] a, int k, int[] key) {
    long[] count = {0};
    IndexOrder order = byKey(key);
    IndexSelect.selectFirst(a, a.length, k, (x, y) -> {
      count[0]++;
      return order.compare(x, y);
    });
    return count[0];
  }

  @Test
  void sortedAndReversedInput_takeALinearNumberOfComparisons() {
    // A median-of-three pivot splits an ordered array in half at every step: about 2n comparisons in all
    // (n + n/2 + ...), plus three per step for the median. A pivot at either end would need about n^2/2.
    int n = 4_096;
    int[] key = IntStream.range(0, n).toArray();
    for (int k : List.of(1, n / 4, n / 2, n - 1)) {
      int[] sorted = IntStream.range(0, n).toArray();
      long c = comparisons(sorted, k, key);
      assertTrue(c <= 3L * n, "sorted, k=" + k + ": " + c + " comparisons");
      assertArrayEquals(IntStream.range(0, k).toArray(), selected(sorted, k));
      int[] reversed = IntStream.range(0, n).map(i -> n - 1 - i).toArray();
      long r = comparisons(reversed, k, key);
      assertTrue(r <= 3L * n, "reversed, k=" + k + ": " + r + " comparisons");
      assertArrayEquals(IntStream.range(0, k).toArray(), selected(reversed, k));
    }
  }
}
