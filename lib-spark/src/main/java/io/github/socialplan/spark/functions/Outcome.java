package io.github.socialplan.spark.functions;

/**
 * A function's value for one row, or why there is none: each SQL function returns {@link #value()} (NULL
 * on bad input) and its {@code _error} twin returns {@link #error()} (NULL when the value is there).
 *
 * @param <T> the value's type
 * @param value the value, null if there is none
 * @param error why there is no value, null if there is one
 */
record Outcome<T>(T value, String error) {

  static <T> Outcome<T> of(T value) {
    return new Outcome<>(value, null);
  }

  static <T> Outcome<T> failed(String error) {
    return new Outcome<>(null, error);
  }
}
