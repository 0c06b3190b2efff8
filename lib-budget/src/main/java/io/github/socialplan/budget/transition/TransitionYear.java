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

  /**
   * Rebuilds one year from its lines, e.g. as read from JSON.
   *
   * @param year the year
   * @param total the year's total, not null, {@code > 0}
   * @param lines not null, no recipient twice; the amounts, the baselines and the targets each add up to
   *     the total, and no amount moves further from its baseline than its cap
   * @return the year
   * @throws IllegalArgumentException if the lines do not fit the total or a cap (the message names the
   *     year and the recipient)
   */
  public static TransitionYear of(int year, Money total, List<TransitionLine> lines) {
    Objects.requireNonNull(total, "total");
    Objects.requireNonNull(lines, "lines");
    if (!total.isPositive()) {
      throw new IllegalArgumentException("total of " + year + " must be > 0: " + total);
    }
    long[] cents = new long[lines.size()];
    long amounts = 0;
    long baselines = 0;
    long targets = 0;
    java.util.Set<String> seen = new java.util.HashSet<>();
    for (int i = 0; i < cents.length; i++) {
      TransitionLine l = Objects.requireNonNull(lines.get(i), "line");
      if (!seen.add(l.recipient())) {
        throw new IllegalArgumentException(year + ": recipient " + l.recipient() + " appears twice");
      }
      if (l.cap().isNegative() || l.movement().abs().isGreaterThan(l.cap())) {
        throw new IllegalArgumentException(year + ": recipient " + l.recipient() + " moves " + l.movement()
            + " from its baseline, beyond its cap " + l.cap());
      }
      cents[i] = l.amount().cents();
      amounts += cents[i];
      baselines += l.baseline().cents();
      targets += l.target().cents();
    }
    requireSum(year, "amounts", amounts, total);
    requireSum(year, "baselines", baselines, total);
    requireSum(year, "targets", targets, total);
    return new TransitionYear(year, total, lines, cents);
  }

  private static void requireSum(int year, String what, long cents, Money total) {
    if (cents != total.cents()) {
      throw new IllegalArgumentException(year + ": the " + what + " add up to " + Money.ofCents(cents)
          + ", not the total " + total);
    }
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

  /** Equal when the year, the total and the lines are equal. */
  @Override
  public boolean equals(Object o) {
    return o instanceof TransitionYear && year == ((TransitionYear) o).year
        && total.equals(((TransitionYear) o).total) && lines.equals(((TransitionYear) o).lines);
  }

  @Override
  public int hashCode() {
    return Objects.hash(year, total, lines);
  }

  @Override
  public String toString() {
    return "TransitionYear{year=" + year + ", total=" + total + ", recipients=" + lines.size() + "}";
  }

  long[] cents() {
    return cents;
  }
}
