package io.github.socialplan.budget.internal;

/** A total order over indices into parallel arrays; negative when {@code a} ranks before {@code b}. */
@FunctionalInterface
public interface IndexOrder {
  /**
   * Compares two indices.
   *
   * @param a an index
   * @param b another index
   * @return negative if {@code a} ranks first, positive if {@code b} does, zero only if {@code a == b}
   */
  int compare(int a, int b);
}
