package io.github.socialplan.core.json;

import java.util.Objects;

/**
 * JSON input that socialplan cannot accept (<i>JSON non valido</i>): malformed, over a size limit, of the
 * wrong shape, or holding a value the domain rejects. The message names where (the JSON path such as
 * {@code $.budgets[0].revenues[1].amount}, the line and column, and the source when known) and the
 * offending value:
 *
 * <pre>
 * plan.json: JSON input at $.budgets[0].revenues[1].amount (line 9, column 21):
 *     money must have at most 2 decimals (cents): 1.234
 * </pre>
 *
 * <p>It is an {@link IllegalArgumentException}, like every bad-input error of socialplan. Instances are
 * immutable.
 */
public class JsonInputException extends IllegalArgumentException {

  private static final long serialVersionUID = 1L;

  /** The JSON path of the offending value. */
  private final String path;
  /** What is wrong, without the location. */
  private final String problem;
  /** The 1-based line, -1 if unknown. */
  private final long line;
  /** The 1-based column, -1 if unknown. */
  private final long column;
  /** The offending value as written, cut to a safe length; null if none. */
  private final String value;

  /**
   * Creates the exception, with no offending value known.
   *
   * @param source the file or other source of the input, not null, may be empty if unknown
   * @param path the JSON path of the offending value, not null, e.g. {@code "$.year"}; {@code "$"} for the
   *     document
   * @param line the 1-based line, or -1 if unknown
   * @param column the 1-based column, or -1 if unknown
   * @param problem what is wrong, naming the value, not null
   * @param cause the underlying error, may be null
   */
  public JsonInputException(
      String source, String path, long line, long column, String problem, Throwable cause) {
    this(source, path, line, column, problem, null, cause);
  }

  /**
   * Creates the exception.
   *
   * @param source the file or other source of the input, not null, may be empty if unknown
   * @param path the JSON path of the offending value, not null, e.g. {@code "$.year"}; {@code "$"} for the
   *     document
   * @param line the 1-based line, or -1 if unknown
   * @param column the 1-based column, or -1 if unknown
   * @param problem what is wrong, naming the value, not null
   * @param value the offending value as it was written, may be null if there is none (a missing field);
   *     cut to {@value ErrorBody#MAX_VALUE_LENGTH} characters
   * @param cause the underlying error, may be null
   */
  public JsonInputException(String source, String path, long line, long column, String problem,
      String value, Throwable cause) {
    super(message(source, path, line, column, problem), cause);
    this.path = path;
    this.problem = problem;
    this.line = line;
    this.column = column;
    this.value = value == null ? null : ErrorBody.cut(value);
  }

  private static String message(String source, String path, long line, long column, String problem) {
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(path, "path");
    Objects.requireNonNull(problem, "problem");
    StringBuilder sb = new StringBuilder();
    if (!source.isEmpty()) {
      sb.append(source).append(": ");
    }
    sb.append("JSON input at ").append(path);
    if (line > 0) {
      sb.append(" (line ").append(line);
      if (column > 0) {
        sb.append(", column ").append(column);
      }
      sb.append(')');
    }
    return sb.append(": ").append(problem).toString();
  }

  /** {@return the JSON path of the offending value, e.g. {@code $.budgets[0].revenues[1].amount}} */
  public String path() {
    return path;
  }

  /** {@return what is wrong, without the location} */
  public String problem() {
    return problem;
  }

  /** {@return the 1-based line of the offending value, or -1 if unknown} */
  public long line() {
    return line;
  }

  /** {@return the 1-based column of the offending value, or -1 if unknown} */
  public long column() {
    return column;
  }

  /** {@return the offending value as written, cut to a safe length; empty when there is none (a missing field)} */
  public java.util.Optional<String> value() {
    return java.util.Optional.ofNullable(value);
  }

  /** {@return this error as the documented error body} */
  public ErrorBody toErrorBody() {
    return ErrorBody.of(this);
  }
}
