package io.github.socialplan.budget.transition;

import java.util.List;
import java.util.Locale;

/**
 * The year-by-year path of a transition from historical amounts to per-capita targets.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class TransitionPath {

  private final List<TransitionYear> years;

  TransitionPath(List<TransitionYear> years) {
    this.years = List.copyOf(years);
  }

  /**
   * Rebuilds a path from its years, e.g. as read from JSON.
   *
   * @param years not null, at least one, consecutive; every year has the same recipients in the same order,
   *     and each recipient's previous amount is its amount of the year before
   * @return the path
   * @throws IllegalArgumentException if the years do not follow one another (the message names the year
   *     and the recipient)
   */
  public static TransitionPath of(List<TransitionYear> years) {
    java.util.Objects.requireNonNull(years, "years");
    if (years.isEmpty()) {
      throw new IllegalArgumentException("a transition has at least one year");
    }
    for (int k = 1; k < years.size(); k++) {
      TransitionYear before = years.get(k - 1);
      TransitionYear y = years.get(k);
      if (y.year() != before.year() + 1) {
        throw new IllegalArgumentException("year " + y.year() + " does not follow " + before.year());
      }
      if (y.lines().size() != before.lines().size()) {
        throw new IllegalArgumentException(y.year() + " has " + y.lines().size() + " recipients, "
            + before.year() + " has " + before.lines().size());
      }
      for (int i = 0; i < y.lines().size(); i++) {
        TransitionLine l = y.lines().get(i);
        TransitionLine p = before.lines().get(i);
        if (!l.recipient().equals(p.recipient())) {
          throw new IllegalArgumentException(y.year() + ": recipient " + l.recipient() + " where "
              + before.year() + " has " + p.recipient());
        }
        if (!l.previous().equals(p.amount())) {
          throw new IllegalArgumentException(y.year() + ": previous amount of " + l.recipient() + " is "
              + l.previous() + ", its amount in " + before.year() + " is " + p.amount());
        }
      }
    }
    return new TransitionPath(years);
  }

  /** {@return the years in order} */
  public List<TransitionYear> years() {
    return years;
  }

  /**
   * One year of the path.
   *
   * @param year a year of the path
   * @return its figures
   * @throws IllegalArgumentException if the path does not cover that year
   */
  public TransitionYear year(int year) {
    return years.stream().filter(y -> y.year() == year).findFirst()
        .orElseThrow(() -> new IllegalArgumentException("the transition does not cover " + year));
  }

  /** Equal when the years are equal. */
  @Override
  public boolean equals(Object o) {
    return o instanceof TransitionPath && years.equals(((TransitionPath) o).years);
  }

  @Override
  public int hashCode() {
    return years.hashCode();
  }

  @Override
  public String toString() {
    return "TransitionPath{years=" + years.size() + "}";
  }

  /**
   * A printable table: per year and recipient the previous amount, baseline, target, amount, move and cap.
   *
   * @return the table, lines separated by {@code \n}
   */
  public String report() {
    StringBuilder sb = new StringBuilder();
    sb.append(String.format(Locale.ROOT, "%-6s %-12s %14s %14s %14s %14s %12s %12s\n",
        "year", "recipient", "previous", "baseline", "target", "amount", "move", "cap"));
    for (TransitionYear y : years) {
      for (TransitionLine l : y.lines()) {
        sb.append(String.format(Locale.ROOT, "%-6d %-12s %14s %14s %14s %14s %12s %12s\n", y.year(),
            l.recipient(), l.previous(), l.baseline(), l.target(), l.amount(), l.movement(), l.cap()));
      }
      sb.append(String.format(Locale.ROOT, "%-6d %-12s %14s %14s %14s %14s\n", y.year(), "total", "", "", "",
          y.total()));
    }
    return sb.toString();
  }
}
