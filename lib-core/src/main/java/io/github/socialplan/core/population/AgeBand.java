package io.github.socialplan.core.population;

import io.github.socialplan.core.number.PlainNumbers;
import java.util.Objects;

/**
 * A band of single years of age, both ends included (<i>classe di età</i>): {@code 0-14}, {@code 65+}.
 *
 * <p>Ages run from 0 to {@value Population#MAX_AGE}; the last class means "100 and over", so a band that
 * ends at 100 is open ({@code 65+}). {@link #toString} prints {@code 0-14} or {@code 65+}, and
 * {@link #parse} reads both back.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class AgeBand {

  private final int from;
  private final int to;

  private AgeBand(int from, int to) {
    this.from = from;
    this.to = to;
  }

  /**
   * Returns the band {@code from..to}, both included.
   *
   * @param from 0 to 100
   * @param to from {@code from} to 100
   * @return the band
   * @throws IllegalArgumentException if an age is out of 0..100 or {@code to < from}
   */
  public static AgeBand of(int from, int to) {
    Population.checkAge(from);
    Population.checkAge(to);
    if (to < from) {
      throw new IllegalArgumentException("age band ends before it starts: " + from + "-" + to);
    }
    return new AgeBand(from, to);
  }

  /**
   * Returns the open band {@code from+} ("from and over").
   *
   * @param from 0 to 100
   * @return the band {@code from..100}
   */
  public static AgeBand atLeast(int from) {
    return of(from, Population.MAX_AGE);
  }

  /** {@return every age, {@code 0+}} */
  public static AgeBand all() {
    return of(0, Population.MAX_AGE);
  }

  /**
   * Parses {@code "0-14"}, {@code "65+"} or a single age {@code "7"}, in ASCII digits ({@code "+65"} is
   * refused, not read as the age 65).
   *
   * @param text not null
   * @return the band
   * @throws IllegalArgumentException if the text is not a band of ages 0..100
   */
  public static AgeBand parse(CharSequence text) {
    Objects.requireNonNull(text, "text");
    String s = text.toString().trim();
    try {
      if (s.endsWith("+")) {
        return atLeast(PlainNumbers.parseInt(s.substring(0, s.length() - 1)));
      }
      int dash = s.indexOf('-');
      if (dash < 0) {
        int age = PlainNumbers.parseInt(s);
        return of(age, age);
      }
      return of(PlainNumbers.parseInt(s.substring(0, dash)), PlainNumbers.parseInt(s.substring(dash + 1)));
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException("not an age band: '" + text + "'", e);
    }
  }

  /** {@return the first age, 0..100} */
  public int from() {
    return from;
  }

  /** {@return the last age, 0..100; 100 means "and over"} */
  public int to() {
    return to;
  }

  /** {@return whether the band reaches the open class 100+} */
  public boolean isOpen() {
    return to == Population.MAX_AGE;
  }

  /**
   * Whether the age is in the band.
   *
   * @param age any int
   * @return {@code from <= age <= to}
   */
  public boolean contains(int age) {
    return age >= from && age <= to;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof AgeBand && ((AgeBand) o).from == from && ((AgeBand) o).to == to;
  }

  @Override
  public int hashCode() {
    return from * 101 + to;
  }

  @Override
  public String toString() {
    if (isOpen() && from < Population.MAX_AGE) {
      return from + "+";
    }
    return from == to ? Integer.toString(from) : from + "-" + to;
  }
}
