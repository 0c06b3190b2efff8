package io.github.socialplan.core.testing;

/**
 * How many examples a property test runs. A test names its count; the system property
 * {@code QT_EXAMPLES} (QuickTheories' own setting for tests that name none) caps it, so the mutation
 * profile can run every property test briefly for each of its thousands of mutants while the normal
 * {@code mvn verify} keeps the full counts. With a fixed seed the shorter run tries the first examples of
 * the full one.
 */
public final class PropertyRuns {

  private PropertyRuns() {}

  /**
   * The number of examples to run.
   *
   * @param count the test's own count, {@code > 0}
   * @return {@code count}, or the cap given by {@code QT_EXAMPLES} when that is positive and smaller
   */
  public static int examples(int count) {
    Integer cap = Integer.getInteger("QT_EXAMPLES");
    return cap == null || cap <= 0 ? count : Math.min(count, cap);
  }
}
