package io.github.socialplan.core.io;

/**
 * What a reader does with a record that is well formed but wrong in its content, such as a comune whose ages
 * do not add up to its published total (<i>comune incompleto o incoerente</i>).
 *
 * <p>Malformed files (a wrong header, a count that is not a number) always fail, whatever the policy.
 */
public enum ProblemPolicy {
  /** Throw a {@link DataFileException} naming file, lines, code and problem at the first such record. */
  FAIL,
  /** Leave the record out and list it, with its lines and problem, in the reader's report. */
  SKIP
}
