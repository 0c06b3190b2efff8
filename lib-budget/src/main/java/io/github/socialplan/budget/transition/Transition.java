package io.github.socialplan.budget.transition;

import io.github.socialplan.budget.allocation.Allocation;
import io.github.socialplan.budget.allocation.LargestRemainder;
import io.github.socialplan.budget.allocation.Weights;
import io.github.socialplan.core.money.Money;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The gradual move of recipients from their historical amounts to per-capita targets, year by year,
 * keeping each year's total (<i>superamento della spesa storica</i>, Lombardia's guideline as the
 * Piano di Zona 2015-2017 dell'Ambito di Cremona reads it, §1.2).
 *
 * <p><b>Formula</b> (docs/domain.md §7), each year {@code y} with total {@code T_y}, in whole cents:
 * <ol>
 *   <li>baseline {@code b_i}: last year's amounts rescaled to {@code T_y} by largest remainder (equal to
 *       them when the total does not change), so a change of total is shared in proportion and the caps
 *       bound only the redistribution;
 *   <li>target {@code t_i}: {@code T_y} allocated by the per-capita weights (residents) by largest
 *       remainder;
 *   <li>cap {@code c_i}: a percentage of the historical amount, or a share of {@code |t_i - b_i|}, rounded
 *       down to the cent;
 *   <li>each gainer could gain {@code G_i = min(c_i, t_i - b_i)}, each loser lose
 *       {@code L_i = min(c_i, b_i - t_i)}; what moves is {@code M = min(sum G, sum L)}: the side with less
 *       room moves fully, the other shares {@code M} in proportion to its room by largest remainder (never
 *       beyond any {@code G_i} or {@code L_i}).
 * </ol>
 * So every year adds up to its total exactly, nobody moves by more than its cap or away from its target,
 * and a share-of-gap cap {@code g} moves the side with less room by {@code g} of each gap, rounded down to
 * the cent. The other side moves as much in all, which can be less than {@code g} of its gaps: the
 * roundings down add up. One gainer with a gap of 1,000.00 and a cap of 0.333 could gain 333.00, but if
 * 1,000 losers each have a gap of 1.00 they may give up 0.33 each, and it gains 330.00. A percentage
 * cap is one of a historical amount: a recipient with none (a comune new to the fund) has a cap of 0 and
 * never moves, and when the only gainers are such recipients nothing moves at all, whatever the
 * percentage; a share-of-gap cap moves them.
 *
 * <pre>{@code
 * TransitionPath path = Transition.path(historical, residents, TransitionCap.percentOfHistorical(new BigDecimal("5")),
 *     2015, List.of(total, total, total));
 * path.year(2017).amount("019036");
 * }</pre>
 *
 * <p>This class is stateless and thread-safe.
 */
public final class Transition {

  private Transition() {}

  /**
   * Computes the path year by year.
   *
   * @param historical each recipient's historical amount, not null, not empty, not all zero, each
   *     {@code >= 0}; the path keeps this order
   * @param perCapita the per-capita weights (residents) of the same recipients, not null
   * @param cap the yearly cap, not null
   * @param firstYear the first year of the path, 1..9999
   * @param totals the total of each year from {@code firstYear}, not null, each {@code > 0}, the last year
   *     no later than 9999
   * @return the path
   * @throws IllegalArgumentException if an amount is negative, the historical amounts are all zero, the
   *     recipients differ, a total is not positive or a year of the path is outside 1..9999 (the years
   *     {@link TransitionYear#of} reads back)
   */
  public static TransitionPath path(
      Map<String, Money> historical, Weights perCapita, TransitionCap cap, int firstYear, List<Money> totals) {
    Objects.requireNonNull(historical, "historical");
    Objects.requireNonNull(perCapita, "perCapita");
    Objects.requireNonNull(cap, "cap");
    Objects.requireNonNull(totals, "totals");
    long lastYear = (long) firstYear + totals.size() - 1;
    if (firstYear < 1 || lastYear > 9999) {
      throw new IllegalArgumentException("the path's years must be in 1..9999: " + totals.size() + " totals from "
          + firstYear + " reach " + lastYear);
    }
    int n = historical.size();
    String[] ids = new String[n];
    long[] hist = new long[n];
    int k = 0;
    boolean any = false;
    for (Map.Entry<String, Money> e : historical.entrySet()) {
      ids[k] = Objects.requireNonNull(e.getKey(), "recipient id");
      Money amount = e.getValue();
      if (amount == null) {
        throw new NullPointerException("historical amount of " + ids[k]); // the message made only when thrown
      }
      if (amount.compareTo(LargestRemainder.MAX_TOTAL) > 0) { // its cents would overflow a long
        throw new IllegalArgumentException("historical amount of " + ids[k] + " must be at most "
            + LargestRemainder.MAX_TOTAL + " (Long.MAX_VALUE cents): " + amount);
      }
      hist[k] = amount.cents();
      if (hist[k] < 0) {
        throw new IllegalArgumentException(
            "historical amount of " + ids[k] + " must be >= 0: " + e.getValue());
      }
      any |= hist[k] > 0;
      if (perCapita.indexOf(ids[k]) < 0) {
        throw new IllegalArgumentException("recipient " + ids[k] + " has no per-capita weight");
      }
      k++;
    }
    if (!any) {
      throw new IllegalArgumentException("historical amounts of all " + n + " recipients are zero");
    }
    if (perCapita.size() != n) {
      for (String id : perCapita.ids()) {
        if (!historical.containsKey(id)) {
          throw new IllegalArgumentException("recipient " + id + " has a per-capita weight but no historical amount");
        }
      }
    }
    List<TransitionYear> years = new ArrayList<>();
    long[] previous = hist;
    int year = firstYear;
    for (Money total : totals) {
      Objects.requireNonNull(total, "total of " + year);
      if (!total.isPositive()) {
        throw new IllegalArgumentException("total of " + year + " must be > 0: " + total);
      }
      TransitionYear ty = step(year, total, ids, hist, previous, perCapita, cap);
      years.add(ty);
      previous = ty.cents();
      year++;
    }
    return new TransitionPath(years);
  }

  private static TransitionYear step(
      int year, Money total, String[] ids, long[] hist, long[] previous, Weights perCapita, TransitionCap cap) {
    int n = ids.length;
    long[] base = LargestRemainder.allocate(total, Weights.of(ids, previous)).centsArray();
    // The weights as given, whatever their order or size (a blend's may pass the decimals a builder takes):
    // the allocation does not depend on the order, so each recipient's part is looked up by id.
    Allocation byWeights = LargestRemainder.allocate(total, perCapita);
    long[] target = new long[n];
    for (int i = 0; i < n; i++) {
      target[i] = byWeights.cents(ids[i]);
    }
    long[] caps = new long[n];
    long[] gain = new long[n];
    long[] loss = new long[n];
    long gains = 0;
    long losses = 0;
    for (int i = 0; i < n; i++) {
      long gap = target[i] - base[i];
      caps[i] = cap.capCents(hist[i], gap);
      gain[i] = Math.min(caps[i], Math.max(0, gap));
      loss[i] = Math.min(caps[i], Math.max(0, -gap));
      gains += gain[i];
      losses += loss[i];
    }
    long moved = Math.min(gains, losses);
    long[] up = gains == moved ? gain : share(moved, ids, gain);
    long[] down = losses == moved ? loss : share(moved, ids, loss);
    long[] amount = new long[n];
    for (int i = 0; i < n; i++) {
      amount[i] = base[i] + up[i] - down[i];
    }
    List<TransitionLine> lines = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      lines.add(new TransitionLine(ids[i], Money.ofCents(previous[i]), Money.ofCents(base[i]),
          Money.ofCents(target[i]), Money.ofCents(amount[i]), Money.ofCents(caps[i])));
    }
    return new TransitionYear(year, total, lines, amount);
  }

  /** {@code amount} cents in proportion to {@code room}, by largest remainder; never beyond any room. */
  private static long[] share(long amount, String[] ids, long[] room) {
    if (amount == 0) {
      return new long[room.length];
    }
    return LargestRemainder.allocate(Money.ofCents(amount), Weights.of(ids, room)).centsArray();
  }
}
