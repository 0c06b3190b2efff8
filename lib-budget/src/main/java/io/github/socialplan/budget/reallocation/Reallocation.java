package io.github.socialplan.budget.reallocation;

import io.github.socialplan.budget.allocation.Allocation;
import io.github.socialplan.budget.allocation.AllocationLine;
import io.github.socialplan.budget.allocation.Binding;
import io.github.socialplan.budget.allocation.Bounds;
import io.github.socialplan.budget.allocation.LargestRemainder;
import io.github.socialplan.budget.allocation.Weights;
import io.github.socialplan.core.money.Money;
import io.github.socialplan.core.number.DecimalBounds;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Reallocation of a budget to target shares within floors and ceilings, with the least total movement
 * when no bound stops a target (<i>riequilibrio della spesa</i>): by area of users, or associated against
 * direct management (Cremona: associated spending from 19% to at least 30%).
 *
 * <p><b>Method</b> (docs/domain.md §7). The total {@code T} (the sum of the current amounts) is kept.
 * Items with a target share {@code s_i} aim at {@code s_i * T}; items without one share the rest
 * {@code (1 - sum s) * T} in proportion to their current amounts, which is the least movement for them
 * (their changes all have the same sign, so the movement is just the change of their sum). Targets are
 * rounded to the cent by largest remainder. Within floors and ceilings the result is the bounded
 * allocation of {@link LargestRemainder} with the targets as weights: if every target lies within its
 * bounds the result is the targets themselves, which is the least movement that meets them; otherwise the
 * items whose targets lie outside are held at the bound, each reported as a {@link BindingConstraint}
 * naming the item, the bound and the target, and the difference is shared by the other items in
 * proportion to their targets (an item that this sharing pushes to a bound beyond its target, e.g. up to a
 * ceiling above it, is held there but not reported: its bound does not keep it from its target). That
 * sharing keeps every item as close to its target in proportion, but it is not always the least movement:
 * with current amounts 50, 0 and 50, targets 60 %, 20 % and 20 % and the first held at a ceiling of 50, it
 * gives 50, 25 and 25 (a movement of 25) where 50, 20 and 30 would move 20.
 *
 * <pre>{@code
 * ReallocationResult r = Reallocation.builder()
 *     .current("associated", Money.ofEuros(3_571_415)).current("direct", Money.ofEuros(15_512_768))
 *     .target("associated", new BigDecimal("0.30"))
 *     .build();
 * r.amount("associated"); // 5725254.90
 * }</pre>
 *
 * <p>This class is a static factory; its builder is not thread-safe.
 */
public final class Reallocation {

  private Reallocation() {}

  /** {@return a builder} */
  public static Builder builder() {
    return new Builder();
  }

  /** Collects current amounts, targets and bounds; not thread-safe. */
  public static final class Builder {
    private final Map<String, Money> current = new LinkedHashMap<>();
    private final Map<String, BigDecimal> targets = new LinkedHashMap<>();
    private final Bounds.Builder bounds = Bounds.builder();

    private Builder() {}

    /**
     * Adds an item with its current amount.
     *
     * @param item not null, not yet added
     * @param amount not null, {@code >= 0}
     * @return this builder
     */
    public Builder current(String item, Money amount) {
      Objects.requireNonNull(item, "item");
      Objects.requireNonNull(amount, "amount");
      if (amount.isNegative()) {
        throw new IllegalArgumentException("current amount of " + item + " must be >= 0: " + amount);
      }
      if (current.putIfAbsent(item, amount) != null) {
        throw new IllegalArgumentException("item " + item + " is given twice");
      }
      return this;
    }

    /**
     * Sets an item's target share of the total.
     *
     * @param item an item, not null
     * @param share not null, {@code 0..1}, at most 30 decimals ({@link DecimalBounds})
     * @return this builder
     * @throws IllegalArgumentException if the share is outside {@code 0..1} or out of {@link DecimalBounds}
     */
    public Builder target(String item, BigDecimal share) {
      Objects.requireNonNull(item, "item");
      Objects.requireNonNull(share, "share");
      if (!DecimalBounds.within(share)) {
        throw DecimalBounds.outOfRange(share, "target share of " + item);
      }
      if (share.signum() < 0 || share.compareTo(BigDecimal.ONE) > 0) {
        throw new IllegalArgumentException("target share of " + item + " must be in 0..1: " + share.toPlainString());
      }
      targets.put(item, share);
      return this;
    }

    /**
     * Sets the least an item may get.
     *
     * @param item an item, not null
     * @param floor not null, {@code >= 0}
     * @return this builder
     */
    public Builder floor(String item, Money floor) {
      bounds.floor(item, floor);
      return this;
    }

    /**
     * Sets the most an item may get.
     *
     * @param item an item, not null
     * @param ceiling not null, {@code >= 0}
     * @return this builder
     */
    public Builder ceiling(String item, Money ceiling) {
      bounds.ceiling(item, ceiling);
      return this;
    }

    /**
     * Computes the reallocation.
     *
     * @return the result
     * @throws IllegalArgumentException if there are no items, the current amounts add up to more than
     *     {@link LargestRemainder#MAX_TOTAL}, a target or bound names an unknown item, the
     *     target shares add up to more than one (or to less with no item left to take the rest), a ceiling
     *     is below a floor, or the bounds cannot hold the total
     */
    public ReallocationResult build() {
      if (current.isEmpty()) {
        throw new IllegalArgumentException("nothing to reallocate: no items");
      }
      for (String t : targets.keySet()) {
        if (!current.containsKey(t)) {
          throw new IllegalArgumentException("target given for " + t + ", which is not an item");
        }
      }
      Money total = Money.sum(current.values());
      if (total.isGreaterThan(LargestRemainder.MAX_TOTAL)) {
        // the items' cents below would not fit a long: refuse the total as the allocation would
        throw new IllegalArgumentException("the current amounts add up to " + total + ", more than the "
            + LargestRemainder.MAX_TOTAL + " (Long.MAX_VALUE cents) a reallocation handles");
      }
      int scale = 0;
      BigDecimal sumShares = BigDecimal.ZERO;
      for (BigDecimal s : targets.values()) {
        scale = Math.max(scale, Math.max(0, s.stripTrailingZeros().scale()));
        sumShares = sumShares.add(s);
      }
      if (sumShares.compareTo(BigDecimal.ONE) > 0) {
        throw new IllegalArgumentException("target shares add up to " + sumShares.toPlainString() + ", more than 1");
      }
      long freeCents = 0;
      boolean anyFree = false;
      for (Map.Entry<String, Money> e : current.entrySet()) {
        if (!targets.containsKey(e.getKey())) {
          anyFree = true;
          freeCents += e.getValue().cents();
        }
      }
      BigInteger unit = BigInteger.TEN.pow(scale);
      BigInteger rest = unit.subtract(sumShares.movePointRight(scale).toBigIntegerExact());
      if (rest.signum() > 0 && freeCents == 0) {
        throw new IllegalArgumentException("target shares add up to " + sumShares.toPlainString()
            + (anyFree ? " and the items without a target have nothing to share the rest by"
                : " and no item without a target takes the rest"));
      }
      // Exact target weights: s_i * unit * C_free for targeted items, (unit - sum s) * c_i for the others.
      Weights.Builder w = Weights.builder();
      BigInteger free = BigInteger.valueOf(freeCents);
      for (Map.Entry<String, Money> e : current.entrySet()) {
        BigDecimal s = targets.get(e.getKey());
        BigInteger weight =
            s != null
                ? s.movePointRight(scale).toBigIntegerExact().multiply(freeCents == 0 ? BigInteger.ONE : free)
                : rest.multiply(BigInteger.valueOf(e.getValue().cents()));
        w.add(e.getKey(), new BigDecimal(weight));
      }
      Weights weights = w.build();
      // With a positive total some weight is positive: a positive share, or a free item with cents taking
      // the rest (the checks above refuse a rest that nobody can take).
      if (total.isZero()) {
        return result(total, weights, null, null);
      }
      Allocation unbounded = LargestRemainder.allocate(total, weights);
      Allocation bounded = LargestRemainder.allocate(total, weights, bounds.build());
      return result(total, weights, unbounded, bounded);
    }

    private ReallocationResult result(Money total, Weights weights, Allocation unbounded, Allocation bounded) {
      List<ReallocationLine> lines = new ArrayList<>();
      List<BindingConstraint> constraints = new ArrayList<>();
      List<AllocationLine> boundLines = bounded == null ? null : bounded.lines();
      int i = 0;
      for (Map.Entry<String, Money> e : current.entrySet()) {
        String item = e.getKey();
        Money target = unbounded == null ? Money.ZERO : unbounded.amount(item);
        Money amount = bounded == null ? Money.ZERO : bounded.amount(item);
        Binding b = boundLines == null ? Binding.NONE : boundLines.get(i).binding();
        // A bound holds an item away from its target only from the target's side: a ceiling below it, a
        // floor above it. An item at a bound beyond its target got there because others were held.
        boolean stops = b == Binding.CEILING ? amount.isLessThan(target) : amount.isGreaterThan(target);
        if (b != Binding.NONE && stops) {
          constraints.add(new BindingConstraint(item, b, amount, target));
        } else {
          b = Binding.NONE;
        }
        lines.add(new ReallocationLine(item, e.getValue(), Optional.ofNullable(targets.get(item)), target, amount, b));
        i++;
      }
      if (bounded == null) {
        // Nothing to share (zero total): every bound must name an item and every floor must be zero, checked
        // like the allocation would.
        Bounds bs = bounds.build();
        for (String item : bs.floors().keySet()) {
          requireItem(item, "floor");
        }
        for (String item : bs.ceilings().keySet()) {
          requireItem(item, "ceiling");
        }
        for (Map.Entry<String, Money> f : bs.floors().entrySet()) {
          if (f.getValue().isPositive()) {
            throw new IllegalArgumentException(String.format(Locale.ROOT,
                "floors add up to more than the total %s: %s has floor %s", total, f.getKey(), f.getValue()));
          }
        }
      }
      return new ReallocationResult(total, lines, constraints);
    }

    /** Refuses a bound on an unknown item in the allocation's words, as a positive total has it refused. */
    private void requireItem(String item, String what) {
      if (!current.containsKey(item)) {
        throw new IllegalArgumentException(what + " given for " + item + ", which is not a recipient");
      }
    }
  }
}
