package io.github.socialplan.core.json;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.Objects;

/**
 * The one error body of socialplan's JSON contract (<i>corpo dell'errore</i>), written by the command line
 * on standard error and by the HTTP API with each 4xx answer:
 *
 * <pre>{@code
 * {"path":"$.budgets[0].revenues[1].amount","problem":"money must have at most 2 decimals (cents): 1.234",
 *  "line":9,"column":21,"value":"1.234"}
 * }</pre>
 *
 * <p>{@code path} is the JSON path of the offending value ({@code $} for the whole document), or the name
 * of the input (a file, a request part) when the input is not JSON; {@code problem} says what is wrong in
 * plain words; {@code line} and {@code column} (1-based) are left out when unknown; {@code value} is the
 * offending value as written, cut to {@value #MAX_VALUE_LENGTH} characters, and left out when there is none
 * (a missing field). Its schema is {@code docs/json/error.schema.json}.
 *
 * @param path where the problem is, not null
 * @param problem what is wrong, not null
 * @param line the 1-based line, or null if unknown
 * @param column the 1-based column, or null if unknown
 * @param value the offending value cut to {@value #MAX_VALUE_LENGTH} characters, or null if none
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonPropertyOrder({"path", "problem", "line", "column", "value"})
public record ErrorBody(String path, String problem, Long line, Long column, String value) {

  /** The longest offending value quoted, in characters; a longer one is cut and ends with "...". */
  public static final int MAX_VALUE_LENGTH = 80;

  /**
   * Checks the fields and cuts the offending value to a safe length.
   *
   * @param path where the problem is, not null
   * @param problem what is wrong, not null
   * @param line the 1-based line, or null if unknown
   * @param column the 1-based column, or null if unknown
   * @param value the offending value, or null if none; cut to {@value #MAX_VALUE_LENGTH} characters
   */
  public ErrorBody {
    Objects.requireNonNull(path, "path");
    Objects.requireNonNull(problem, "problem");
    if (value != null) {
      value = cut(value);
    }
  }

  /**
   * The body of a JSON input error.
   *
   * @param e not null
   * @return its body
   */
  public static ErrorBody of(JsonInputException e) {
    return new ErrorBody(e.path(), e.problem(), e.line() > 0 ? e.line() : null,
        e.column() > 0 ? e.column() : null, e.value().orElse(null));
  }

  /**
   * The body of a problem that has no JSON path, e.g. a CSV file's error or a bad argument.
   *
   * @param where names the input, not null
   * @param problem what is wrong, not null
   * @return the body
   */
  public static ErrorBody of(String where, String problem) {
    return new ErrorBody(where, problem, null, null, null);
  }

  /** {@return this body as one line of JSON} */
  public String toJson() {
    return SocialPlanJson.write(this);
  }

  /**
   * Cuts a value to {@link #MAX_VALUE_LENGTH} characters, to quote it in a message.
   *
   * @param s not null
   * @return {@code s}, or its first characters and "..."
   */
  public static String cutValue(String s) {
    return cut(s);
  }

  /** Cuts a value to {@link #MAX_VALUE_LENGTH} characters. */
  static String cut(String s) {
    if (s.length() <= MAX_VALUE_LENGTH) {
      return s;
    }
    int end = MAX_VALUE_LENGTH - 3;
    if (Character.isHighSurrogate(s.charAt(end - 1)) && Character.isLowSurrogate(s.charAt(end))) {
      end--; // half a character (half an emoji) is written as '?' or as an escaped lone surrogate
    }
    return s.substring(0, end) + "...";
  }
}
