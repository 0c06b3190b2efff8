package io.github.socialplan.budget.internal;

/**
 * Selection of the first {@code k} indices of an array under a total order, without boxing.
 *
 * <p>Because the order is total (ties are always broken), the selected set is unique whatever the input
 * order and whatever pivots the selection picks: results do not depend on the order of recipients.
 */
public final class IndexSelect {

  private IndexSelect() {}

  /**
   * Rearranges {@code a[0..n)} so that {@code a[0..k)} holds the {@code k} indices that rank first (in no
   * particular order). Expected linear time (quickselect with a median-of-three pivot).
   *
   * @param a indices, modified in place
   * @param n how many entries of {@code a} to consider
   * @param k how many to select, {@code 0 <= k <= n}
   * @param order a total order
   */
  public static void selectFirst(int[] a, int n, int k, IndexOrder order) {
    if (k <= 0 || k >= n) {
      return;
    }
    int lo = 0;
    int hi = n - 1;
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      int p = medianOfThree(a, lo, mid, hi, order);
      swap(a, p, hi);
      int pivot = a[hi];
      int store = lo;
      for (int i = lo; i < hi; i++) {
        if (order.compare(a[i], pivot) < 0) {
          swap(a, i, store++);
        }
      }
      swap(a, store, hi);
      if (store == k) {
        return;
      } else if (store < k) {
        lo = store + 1;
      } else {
        hi = store - 1;
      }
    }
  }

  private static int medianOfThree(int[] a, int i, int j, int k, IndexOrder order) {
    boolean ij = order.compare(a[i], a[j]) < 0;
    boolean jk = order.compare(a[j], a[k]) < 0;
    boolean ik = order.compare(a[i], a[k]) < 0;
    if (ij == jk) {
      return j;
    }
    return ij == ik ? k : i;
  }

  private static void swap(int[] a, int i, int j) {
    int t = a[i];
    a[i] = a[j];
    a[j] = t;
  }
}
