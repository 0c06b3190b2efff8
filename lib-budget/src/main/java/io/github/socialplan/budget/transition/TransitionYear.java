package io.github.socialplan.budget.transition;

import io.github.socialplan.core.money.Money;
import java.util.List;
import java.util.Objects;

/**
 * One year of a transition path: the year's total and every recipient's line.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class TransitionYear {

  private final int year;
  private final Money total;
  private final List<TransitionLine> lines;
  private final long[] cents;

  TransitionYear(int year, Money total, List<TransitionLine> lines, long[] cents) {
    this.year = year;
    this.total = total;
    this.lines = List.copyOf(lines);
    this.cents = cents;
  }

  /** {@return the year} */
  public int year() {
    return year;
  }

  /** {@return the year's total} */
  public Money total() {
    return total;
  }

  /** {@return one line per recipient, in the order of the historical amounts} */
  public List<TransitionLine> lines() {
    return lines;
  }

  /**
   * The line of a recipient.
   *
   * @param recipient its id, not null
   * @return its line
   * @throws IllegalArgumentException if it is not a recipient
   */
  public TransitionLine line(String recipient) {
    Objects.requireNonNull(recipient, "recipient");
    return lines.stream().filter(l -> l.recipient().equals(recipient)).findFirst()
        .orElseThrow(() -> new IllegalArgumentException("not a recipient of the transition: " + recipient));
  }

  /**
   * What a recipient gets this year.
   *
   * @param recipient its id, not null
   * @return the amount
   */
  public Money amount(String recipient) {
    return line(recipient).amount();
  }

  /** {@return whether every recipient has reached its target} */
  public boolean allAtTarget() {
    return lines.stream().allMatch(TransitionLine::atTarget);
  }

  long[] cents() {
    return cents;
  }
}
