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
