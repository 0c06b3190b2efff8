package io.github.socialplan.core.plan;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.github.socialplan.core.number.PlainNumbers;
import java.util.Locale;
import java.util.stream.IntStream;
import org.immutables.value.Value;

/**
 * The years a plan covers, both included (<i>periodo di programmazione</i>, <i>triennio</i>), e.g.
 * 2015-2017. {@link #toString} prints {@code 2015-2017} and {@link #parse} reads it back.
 *
 * <p>This type is immutable and thread-safe.
 */
@Value.Immutable
@JsonSerialize(as = ImmutablePeriod.class)
@JsonDeserialize(as = ImmutablePeriod.class)
public abstract class Period {

  /** {@return the first year of the period} */
  @Value.Parameter
  public abstract int startYear();

  /** {@return the last year of the period, {@code >= startYear()}} */
  @Value.Parameter
  public abstract int endYear();

  /**
   * Returns the period.
   *
   * @param startYear 1..9999
   * @param endYear from {@code startYear} to 9999
   * @return the period
   * @throws IllegalArgumentException if it ends before it starts
   */
  public static Period of(int startYear, int endYear) {
    return ImmutablePeriod.of(startYear, endYear);
  }

  /**
   * Parses {@code "2015-2017"} or a single year {@code "2018"}, in ASCII digits.
   *
   * @param text not null
   * @return the period
   * @throws IllegalArgumentException if the text is not a period
   */
  public static Period parse(CharSequence text) {
    String s = java.util.Objects.requireNonNull(text, "text").toString().trim();
    int dash = s.indexOf('-', 1);
    try {
      if (dash < 0) {
        int y = PlainNumbers.parseInt(s);
        return of(y, y);
      }
      return of(PlainNumbers.parseInt(s.substring(0, dash)), PlainNumbers.parseInt(s.substring(dash + 1)));
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException("not a period of years: '" + text + "'", e);
    }
  }

  /** {@return the number of years} */
  public int length() {
    return endYear() - startYear() + 1;
  }

  /** {@return the years in order} */
  public IntStream years() {
    return IntStream.rangeClosed(startYear(), endYear());
  }

  /**
   * Whether the year is in the period.
   *
   * @param year any
   * @return {@code startYear <= year <= endYear}
   */
  public boolean contains(int year) {
    return year >= startYear() && year <= endYear();
  }

  @Value.Check
  void check() {
    if (startYear() < 1 || endYear() > 9999) {
      throw new IllegalArgumentException("period years must be in 1..9999: " + this);
    }
    if (endYear() < startYear()) {
      throw new IllegalArgumentException(String.format(Locale.ROOT,
          "period ends before it starts: %d-%d", startYear(), endYear()));
    }
  }

  @Override
  public String toString() {
    return startYear() == endYear() ? Integer.toString(startYear()) : startYear() + "-" + endYear();
  }
}
