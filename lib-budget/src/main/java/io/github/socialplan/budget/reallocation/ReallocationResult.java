package io.github.socialplan.budget.reallocation;

import io.github.socialplan.budget.allocation.Binding;
import io.github.socialplan.core.money.Money;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * The result of a {@link Reallocation}: every item's amount before and after, its target, the total
 * movement, and the constraints that stop targets from being met.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class ReallocationResult {

  private final Money total;
  private final List<ReallocationLine> lines;
  private final List<BindingConstraint> constraints;

  ReallocationResult(Money total, List<ReallocationLine> lines, List<BindingConstraint> constraints) {
    this.total = total;
    this.lines = List.copyOf(lines);
    this.constraints = List.copyOf(constraints);
  }

  /**
   * Rebuilds a result from its lines and constraints, e.g. as read from JSON.
   *
   * @param total not null; the current amounts, the targets and the amounts after each add up to it
   * @param lines not null, no item twice; an item with a target share {@code s} has a target within a cent
   *     of {@code s * total}
   * @param constraints not null, each naming an item of the lines held at its bound (its amount)
   * @return the result
   * @throws IllegalArgumentException if the amounts or the targets do not add up to the total, a target is
   *     not its share of the total, or a constraint does not fit its line (the message names the item)
   */
  public static ReallocationResult of(Money total, List<ReallocationLine> lines, List<BindingConstraint> constraints) {
    Objects.requireNonNull(total, "total");
    Objects.requireNonNull(lines, "lines");
    Objects.requireNonNull(constraints, "constraints");
    java.util.Map<String, ReallocationLine> byItem = new java.util.HashMap<>();
    Money current = Money.ZERO;
    Money after = Money.ZERO;
    for (ReallocationLine l : lines) {
      if (byItem.put(Objects.requireNonNull(l, "line").item(), l) != null) {
        throw new IllegalArgumentException("item " + l.item() + " appears twice");
      }
      current = current.plus(l.current());
      after = after.plus(l.amount());
    }
    if (!current.equals(total) || !after.equals(total)) {
      throw new IllegalArgumentException("the current amounts add up to " + current + " and the amounts after to "
          + after + ": both must be the total " + total);
    }
    // The targets are the total split by the target shares (largest remainder): they add up to it, and a
    // target share s gives a target within a cent of s * total.
    Money targets = Money.ZERO;
    for (ReallocationLine l : lines) {
      targets = targets.plus(l.target());
    }
    if (!targets.equals(total)) {
      throw new IllegalArgumentException("the targets add up to " + targets + ": they must be the total " + total);
    }
    for (ReallocationLine l : lines) {
      if (l.targetShare().isPresent()) {
        BigDecimal share = l.targetShare().get();
        BigDecimal exact = share.multiply(total.amount());
        Money low = Money.rounded(exact, RoundingMode.FLOOR);
        Money high = Money.rounded(exact, RoundingMode.CEILING);
        if (l.target().isLessThan(low) || l.target().isGreaterThan(high)) {
          throw new IllegalArgumentException("target of " + l.item() + " is " + l.target() + ", not its share "
              + share.toPlainString() + " of the total " + total + " to the cent ("
              + (low.equals(high) ? low : low + " to " + high) + ")");
        }
      }
    }
    long bound = lines.stream().filter(l -> l.binding() != Binding.NONE).count();
    if (bound != constraints.size()) {
      throw new IllegalArgumentException(bound + " items are held at a bound but " + constraints.size()
          + " constraints are given");
    }
    java.util.Set<String> constrained = new java.util.HashSet<>();
    for (BindingConstraint c : constraints) {
      ReallocationLine l = constrained.add(Objects.requireNonNull(c, "constraint").item()) ? byItem.get(c.item()) : null;
      if (l == null || l.binding() != c.kind() || !l.amount().equals(c.bound()) || !l.target().equals(c.target())) {
        throw new IllegalArgumentException("constraint on " + c.item() + " does not match its line: " + c.message());
      }
    }
    return new ReallocationResult(total, lines, constraints);
  }

  /** {@return the total, kept} */
  public Money total() {
    return total;
  }

  /** {@return one line per item, in the order given} */
  public List<ReallocationLine> lines() {
    return lines;
  }

  /**
   * The line of an item.
   *
   * @param item not null
   * @return its line
   * @throws IllegalArgumentException if it is not an item
   */
  public ReallocationLine line(String item) {
    Objects.requireNonNull(item, "item");
    return lines.stream().filter(l -> l.item().equals(item)).findFirst()
        .orElseThrow(() -> new IllegalArgumentException("not an item of the reallocation: " + item));
  }

  /**
   * The amount of an item after the reallocation.
   *
   * @param item not null
   * @return its amount
   */
  public Money amount(String item) {
    return line(item).amount();
  }

  /** {@return the amount moved between items: half the sum of the absolute changes} */
  public Money movement() {
    Money sum = Money.ZERO;
    for (ReallocationLine l : lines) {
      sum = sum.plus(l.change().abs());
    }
    // the absolute changes add up to twice what moved, a whole number of cents: gains equal losses. Halved
    // in decimals: twice a total near the largest one is past a long of cents.
    return sum.dividedBy(2, RoundingMode.DOWN);
  }

  /** {@return whether every item ends at its target} */
  public boolean targetsMet() {
    return lines.stream().allMatch(ReallocationLine::atTarget);
  }

  /** {@return the floors and ceilings that hold items away from their targets; empty when targets are met} */
  public List<BindingConstraint> constraints() {
    return constraints;
  }

  /** Equal when the total, the lines and the constraints are equal. */
  @Override
  public boolean equals(Object o) {
    return o instanceof ReallocationResult && total.equals(((ReallocationResult) o).total)
        && lines.equals(((ReallocationResult) o).lines) && constraints.equals(((ReallocationResult) o).constraints);
  }

  @Override
  public int hashCode() {
    return Objects.hash(total, lines, constraints);
  }

  @Override
  public String toString() {
    return "ReallocationResult{total=" + total + ", items=" + lines.size() + ", constraints="
        + constraints.size() + "}";
  }

  /**
   * A printable table: item, current, target share, target, amount, change; then the movement and every
   * binding constraint as a sentence.
   *
   * @return the report, lines separated by {@code \n}
   */
  public String report() {
    StringBuilder sb = new StringBuilder();
    sb.append(String.format(Locale.ROOT, "%-40s %16s %8s %16s %16s %16s\n", "item", "current", "share", "target",
        "amount", "change"));
    for (ReallocationLine l : lines) {
      sb.append(String.format(Locale.ROOT, "%-40s %16s %8s %16s %16s %16s\n", l.item(), l.current(),
          l.targetShare().map(java.math.BigDecimal::toPlainString).orElse("-"), l.target(), l.amount(),
          l.change()));
    }
    sb.append(String.format(Locale.ROOT, "movement %s; targets %s\n", movement(),
        targetsMet() ? "met" : "not met"));
    for (BindingConstraint c : constraints) {
      sb.append(c.message()).append('\n');
    }
    return sb.toString();
  }
}
