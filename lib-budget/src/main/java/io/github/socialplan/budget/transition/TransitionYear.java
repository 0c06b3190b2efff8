package io.github.socialplan.budget.transition;

import io.github.socialplan.budget.allocation.LargestRemainder;
import io.github.socialplan.budget.allocation.Weights;
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
   * @param year the year, 1..9999
   * @param total the year's total, not null, {@code > 0}
   * @param lines not null, no recipient twice; the amounts, the baselines and the targets each add up to
   *     the total, no amount moves further from its baseline than its cap, and each amount lies between
   *     its baseline and its target (a transition moves towards the target and stops there); the previous
   *     amounts are {@code >= 0}, not all zero, and each baseline is its previous amount rescaled to the
   *     total by largest remainder (so equal to it when the previous amounts add up to the total); no
   *     amount or previous amount beyond {@link LargestRemainder#MAX_TOTAL} in size
   * @return the year
   * @throws IllegalArgumentException if the lines do not fit the total, a cap, the range from baseline to
   *     target or the previous amounts (the message names the year and the recipient)
   */
  public static TransitionYear of(int year, Money total, List<TransitionLine> lines) {
    Objects.requireNonNull(total, "total");
    Objects.requireNonNull(lines, "lines");
    if (year < 1 || year > 9999) {
      throw new IllegalArgumentException("year must be 1..9999: " + year);
    }
    if (!total.isPositive()) {
      throw new IllegalArgumentException("total of " + year + " must be > 0: " + total);
    }
    long[] cents = new long[lines.size()];
    // Exact sums: in longs of cents, amounts past Long.MAX_VALUE could wrap around to the total.
    Money amounts = Money.ZERO;
    Money baselines = Money.ZERO;
    Money targets = Money.ZERO;
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
      amounts = amounts.plus(l.amount());
      baselines = baselines.plus(l.baseline());
      targets = targets.plus(l.target());
    }
    requireSum(year, "amounts", amounts, total);
    requireSum(year, "baselines", baselines, total);
    requireSum(year, "targets", targets, total);
    for (int i = 0; i < cents.length; i++) {
      TransitionLine l = lines.get(i);
      requireCents(year, l, "previous amount", l.previous());
      requireCents(year, l, "amount", l.amount());
      cents[i] = l.amount().cents();
    }
    for (TransitionLine l : lines) {
      // A transition moves each recipient from its baseline towards its target and never past it.
      Money low = l.baseline().min(l.target());
      Money high = l.baseline().max(l.target());
      if (l.amount().isLessThan(low) || l.amount().isGreaterThan(high)) {
        throw new IllegalArgumentException(year + ": recipient " + l.recipient() + " gets " + l.amount()
            + ", outside the range from its baseline " + l.baseline() + " to its target " + l.target());
      }
    }
    requireBaselines(year, total, lines);
    return new TransitionYear(year, total, lines, cents);
  }

  /** Each baseline must be the previous amounts rescaled to the total, as {@link Transition} makes it. */
  private static void requireBaselines(int year, Money total, List<TransitionLine> lines) {
    int n = lines.size();
    String[] ids = new String[n];
    long[] previous = new long[n];
    boolean any = false;
    for (int i = 0; i < n; i++) {
      TransitionLine l = lines.get(i);
      ids[i] = l.recipient();
      previous[i] = l.previous().cents();
      if (previous[i] < 0) {
        throw new IllegalArgumentException(year + ": previous amount of " + ids[i] + " must be >= 0: "
            + l.previous());
      }
      any |= previous[i] > 0;
    }
    if (!any) {
      throw new IllegalArgumentException(
          year + ": the previous amounts are all zero: there is no baseline to rescale them to");
    }
    long[] rescaled = LargestRemainder.allocate(total, Weights.of(ids, previous)).centsArray();
    for (int i = 0; i < n; i++) {
      TransitionLine l = lines.get(i);
      if (!l.baseline().equals(Money.ofCents(rescaled[i]))) { // a baseline may be past a long of cents
        throw new IllegalArgumentException(year + ": baseline of " + ids[i] + " is " + l.baseline()
            + ", not its previous amount " + l.previous() + " rescaled to the total " + total + ": "
            + Money.ofCents(rescaled[i]));
      }
    }
  }

  private static void requireSum(int year, String what, Money sum, Money total) {
    if (!sum.equals(total)) {
      throw new IllegalArgumentException(year + ": the " + what + " add up to " + sum + ", not the total " + total);
    }
  }

  /** An amount a transition can hold in a long of cents, as {@link Transition} works. */
  private static void requireCents(int year, TransitionLine l, String what, Money amount) {
    if (amount.abs().isGreaterThan(LargestRemainder.MAX_TOTAL)) {
      throw new IllegalArgumentException(year + ": recipient " + l.recipient() + ": " + what + " " + amount
          + " is beyond the " + LargestRemainder.MAX_TOTAL + " (Long.MAX_VALUE cents) a transition handles");
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
