package io.github.socialplan.core.plan;

/** The calendar years a plan's elements may name: 1..9999, as its schema says. */
final class Years {

  private Years() {}

  /**
   * Refuses a year out of 1..9999, naming what it is the year of.
   *
   * @param what whose year, e.g. {@code "budget"}
   * @param year the year
   * @throws IllegalArgumentException if it is out of range
   */
  static void check(String what, int year) {
    if (year < 1 || year > 9999) {
      throw new IllegalArgumentException(what + " year must be in 1..9999: " + year);
    }
  }
}
