package io.github.socialplan.budget.allocation;

import io.github.socialplan.core.money.Money;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The result of an exact allocation (<i>riparto</i>): each recipient's amount in whole cents, adding up to
 * the total, and on request a report line with its exact share, rounded amount and remainder.
 *
 * <pre>{@code
 * Allocation a = LargestRemainder.allocate(Money.ofEuros(100), weights);
 * Money m = a.amount("019036");
 * System.out.println(a.report());
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 */
public final class Allocation {

  static final byte FREE = 0;
  static final byte AT_FLOOR = 1;
  static final byte AT_CEILING = 2;

  private static final int REPORT_SCALE = 10;

  private final Money total;
  private final Weights weights;
  private final long[] cents;
  private final byte[] fixed;
  private final long freeTotal;
  private final BigInteger[] freeWeights;

  Allocation(
      Money total,
      Weights weights,
      long[] cents,
      byte[] fixed,
      long freeTotal,
      BigInteger[] freeWeights) {
    this.total = total;
    this.weights = weights;
    this.cents = cents;
    this.fixed = fixed;
    this.freeTotal = freeTotal;
    this.freeWeights = freeWeights;
  }

  /**
   * Rebuilds an allocation from its report lines, e.g. read back from JSON, and accepts it only if it is the
   * allocation {@link LargestRemainder} gives: the exact shares, remainders and rounding marks of the lines must be
   * those the rebuilt allocation reports (decimals by value: 2 is the 2.000000000000 reported); the free lines
   * (binding {@link Binding#NONE}) must receive exactly the largest-remainder split of the free total (the total less
   * the bound lines' amounts) by their weights, with the tie-break of {@link LargestRemainder}; a line held at its
   * floor must get at least, and a line held at its ceiling at most, its unconstrained share (free total times its
   * weight over the free lines' weights, compared exactly), and when every line is bound one level of shares must lie
   * at or below every floor and at or above every ceiling.
   *
   * @param total the amount allocated, not null, {@code >= 0}, at most {@link LargestRemainder#MAX_TOTAL}
   * @param lines one line per recipient, not null, no null element, not empty, ids unique, weights not all
   *     zero, amounts {@code >= 0}
   * @return the allocation, equal to the one the lines came from
   * @throws IllegalArgumentException if the total or an amount is out of range, every weight is zero, the
   *     amounts do not add up to the total, a line's exact share, remainder or rounding mark is not the one
   *     its weights and amounts give, or the amounts are not those the largest-remainder allocation gives
   *     (the message names the recipient and what the allocation would give)
   */
  public static Allocation of(Money total, List<AllocationLine> lines) {
    java.util.Objects.requireNonNull(total, "total");
    java.util.Objects.requireNonNull(lines, "lines");
    if (lines.isEmpty()) {
      throw new IllegalArgumentException("an allocation of " + total + " needs at least one line");
    }
    LargestRemainder.checkTotal(total, "total allocated");
    int n = lines.size();
    Weights.Builder wb = Weights.builder();
    Money sum = Money.ZERO;
    int index = 0;
    for (AllocationLine l : lines) {
      if (l == null) {
        throw new NullPointerException("lines[" + index + "]");
      }
      index++;
      wb.add(l.recipient(), l.weight());
      if (l.amount().isNegative()) {
        throw new IllegalArgumentException("amount of recipient " + l.recipient() + " must be >= 0: " + l.amount());
      }
      sum = sum.plus(l.amount());
    }
    Weights weights = wb.build();
    if (!sum.equals(total)) {
      throw new IllegalArgumentException("the amounts add up to " + sum + ", not to the total " + total);
    }
    if (weights.allZero()) {
      throw LargestRemainder.allZero(weights, total);
    }
    // Every amount is now between 0 and the total, so each fits in a long of cents.
    long[] cents = new long[n];
    byte[] fixed = new byte[n];
    long fixedSum = 0;
    for (int i = 0; i < n; i++) {
      AllocationLine l = lines.get(i);
      cents[i] = l.amount().cents();
      fixed[i] = l.binding() == Binding.FLOOR ? AT_FLOOR : l.binding() == Binding.CEILING ? AT_CEILING : FREE;
      if (fixed[i] != FREE) {
        fixedSum += cents[i];
      }
    }
    BigInteger[] free = weights.bigInts();
    for (int i = 0; i < n; i++) {
      if (fixed[i] != FREE) {
        free[i] = BigInteger.ZERO;
      }
    }
    Allocation a = new Allocation(total, weights, cents, fixed, total.cents() - fixedSum, free);
    List<AllocationLine> expected = a.lines();
    for (int i = 0; i < n; i++) {
      if (!sameFigures(expected.get(i), lines.get(i))) {
        AllocationLine e = expected.get(i);
        throw new IllegalArgumentException("line of recipient " + e.recipient() + " does not match its weight "
            + "and amount: expected exactShare " + e.exactShare().toPlainString() + ", remainderCents "
            + e.remainderCents().toPlainString() + ", roundedUp " + e.roundedUp());
      }
    }
    a.checkIsLargestRemainder();
    return a;
  }

  /**
   * Whether two lines hold the same figures: decimals compared by value, as JSON numbers are (a weight of 1
   * is the 1.0 the report writes, an exact share of 2 its 2.000000000000).
   */
  private static boolean sameFigures(AllocationLine a, AllocationLine b) {
    return a.recipient().equals(b.recipient()) && a.weight().compareTo(b.weight()) == 0
        && a.exactShare().compareTo(b.exactShare()) == 0 && a.amount().equals(b.amount())
        && a.remainderCents().compareTo(b.remainderCents()) == 0 && a.roundedUp() == b.roundedUp()
        && a.binding() == b.binding();
  }

  /**
   * Refuses amounts that {@link LargestRemainder} would not give (see {@link #of}): the free lines are split
   * again by the allocator's own {@link Apportioner#hamilton}, the bound lines are checked against the level
   * of shares that the allocator's bounded solution satisfies.
   */
  private void checkIsLargestRemainder() {
    int n = cents.length;
    BigInteger wFree = BigInteger.ZERO;
    for (BigInteger w : freeWeights) {
      wFree = wFree.add(w);
    }
    if (wFree.signum() == 0) {
      checkEveryRecipientBound();
      return;
    }
    // The weights the allocator hands to Hamilton: long when they fit, as it does, so the same code runs.
    long[] small = weights.smallInts();
    long[] freeSmall = null;
    if (small != null) {
      freeSmall = new long[n];
      for (int i = 0; i < n; i++) {
        freeSmall[i] = fixed[i] == FREE ? small[i] : 0;
      }
    }
    long[] split = Apportioner.hamilton(freeTotal, weights.idArray(), freeSmall, small == null ? freeWeights : null);
    BigInteger r = BigInteger.valueOf(freeTotal);
    for (int i = 0; i < n; i++) {
      if (fixed[i] == FREE) {
        if (cents[i] != split[i]) {
          throw new IllegalArgumentException("recipient " + weights.idAt(i) + ": amount " + Money.ofCents(cents[i])
              + ", but the largest-remainder split of the free total " + Money.ofCents(freeTotal) + " gives "
              + Money.ofCents(split[i]));
        }
        continue;
      }
      // amount * wFree against freeTotal * w_i: the amount against the unconstrained share, exactly
      BigInteger shareTimesW = r.multiply(weights.intAt(i));
      int cmp = BigInteger.valueOf(cents[i]).multiply(wFree).compareTo(shareTimesW);
      if (fixed[i] == AT_FLOOR && cmp < 0) {
        throw new IllegalArgumentException("recipient " + weights.idAt(i) + ": amount " + Money.ofCents(cents[i])
            + " held at its floor is below its unconstrained share "
            + euros(shareTimesW, wFree, RoundingMode.CEILING) + " of the free total " + Money.ofCents(freeTotal));
      }
      if (fixed[i] == AT_CEILING && cmp > 0) {
        throw new IllegalArgumentException("recipient " + weights.idAt(i) + ": amount " + Money.ofCents(cents[i])
            + " held at its ceiling is above its unconstrained share "
            + euros(shareTimesW, wFree, RoundingMode.FLOOR) + " of the free total " + Money.ofCents(freeTotal));
      }
    }
  }

  /**
   * No free recipient has a positive weight. The allocator then holds every recipient at a bound (a
   * zero-weight one at its floor), and there is a level {@code lambda >= 0} with {@code lambda * w_i} at or
   * below every floor and at or above every ceiling: the largest {@code c_j / w_j} of the ceilings is at
   * most the smallest {@code f_i / w_i} of the positive-weight floors.
   */
  private void checkEveryRecipientBound() {
    int n = cents.length;
    int lowestFloor = -1;
    int highestCeiling = -1;
    for (int i = 0; i < n; i++) {
      BigInteger w = weights.intAt(i);
      if (fixed[i] == FREE) {
        throw new IllegalArgumentException("recipient " + weights.idAt(i) + ": weight 0 and not bound, but every"
            + " recipient with a positive weight is bound, so the allocation holds it at its floor");
      }
      if (w.signum() == 0) {
        if (fixed[i] == AT_CEILING && cents[i] > 0) {
          throw new IllegalArgumentException("recipient " + weights.idAt(i) + ": amount "
              + Money.ofCents(cents[i]) + " held at its ceiling is above its share 0.00 of weight 0");
        }
        continue;
      }
      if (fixed[i] == AT_FLOOR && (lowestFloor < 0 || compareLevels(i, lowestFloor) < 0)) {
        lowestFloor = i;
      } else if (fixed[i] == AT_CEILING && (highestCeiling < 0 || compareLevels(i, highestCeiling) > 0)) {
        highestCeiling = i;
      }
    }
    if (lowestFloor >= 0 && highestCeiling >= 0 && compareLevels(highestCeiling, lowestFloor) > 0) {
      int c = highestCeiling;
      int f = lowestFloor;
      throw new IllegalArgumentException("recipient " + weights.idAt(c) + ": amount " + Money.ofCents(cents[c])
          + " held at its ceiling is above its share "
          + euros(BigInteger.valueOf(cents[f]).multiply(weights.intAt(c)), weights.intAt(f),
              RoundingMode.FLOOR)
          + " at the level of recipient " + weights.idAt(f) + "'s floor " + Money.ofCents(cents[f])
          + ", with every recipient bound");
    }
  }

  /** The sign of {@code cents[i] / w_i - cents[j] / w_j}, both weights positive. */
  private int compareLevels(int i, int j) {
    return BigInteger.valueOf(cents[i]).multiply(weights.intAt(j))
        .compareTo(BigInteger.valueOf(cents[j]).multiply(weights.intAt(i)));
  }

  /** {@code numerator / denominator} cents in euro to 12 decimals, rounded the way that keeps the side shown. */
  private static String euros(BigInteger numerator, BigInteger denominator, RoundingMode rounding) {
    return new BigDecimal(numerator).divide(new BigDecimal(denominator), REPORT_SCALE, rounding).movePointLeft(2)
        .toPlainString();
  }

  /** {@return the amount allocated} */
  public Money total() {
    return total;
  }

  /** {@return the recipients and their weights} */
  public Weights weights() {
    return weights;
  }

  /** {@return the number of recipients} */
  public int size() {
    return cents.length;
  }

  /**
   * The amount of one recipient.
   *
   * @param id a recipient id, not null
   * @return its amount
   * @throws IllegalArgumentException if the id is not a recipient
   */
  public Money amount(String id) {
    return Money.ofCents(cents(id));
  }

  /**
   * The amount of one recipient in cents.
   *
   * @param id a recipient id, not null
   * @return its amount in cents
   * @throws IllegalArgumentException if the id is not a recipient
   */
  public long cents(String id) {
    int i = weights.indexOf(id);
    if (i < 0) {
      throw new IllegalArgumentException("not a recipient of this allocation: " + id);
    }
    return cents[i];
  }

  /** {@return the amounts in cents in recipient order (a copy)} */
  public long[] centsArray() {
    return cents.clone();
  }

  /** {@return the amounts by recipient, in recipient order} */
  public Map<String, Money> amounts() {
    Map<String, Money> m = new LinkedHashMap<>();
    for (int i = 0; i < cents.length; i++) {
      m.put(weights.idAt(i), Money.ofCents(cents[i]));
    }
    return Collections.unmodifiableMap(m);
  }

  /** Whether a bound decided this recipient's part. */
  Binding bindingAt(int i) {
    if (fixed == null || fixed[i] == FREE) {
      return Binding.NONE;
    }
    return fixed[i] == AT_FLOOR ? Binding.FLOOR : Binding.CEILING;
  }

  /** {@return the report: one line per recipient, in recipient order} */
  public List<AllocationLine> lines() {
    int n = cents.length;
    BigInteger[] w = freeWeights != null ? freeWeights : weights.bigInts();
    BigInteger sum = BigInteger.ZERO;
    for (BigInteger x : w) {
      sum = sum.add(x);
    }
    BigDecimal denominator = new BigDecimal(sum);
    BigInteger r = BigInteger.valueOf(freeTotal);
    List<AllocationLine> lines = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      Binding b = bindingAt(i);
      BigDecimal exactCents;
      BigDecimal remainder;
      boolean up;
      if (b != Binding.NONE || sum.signum() == 0) {
        exactCents = BigDecimal.valueOf(cents[i]).setScale(REPORT_SCALE);
        remainder = BigDecimal.ZERO.setScale(REPORT_SCALE);
        up = false;
      } else {
        BigInteger[] qr = r.multiply(w[i]).divideAndRemainder(sum);
        BigDecimal fraction = new BigDecimal(qr[1]);
        exactCents = new BigDecimal(qr[0]).add(fraction.divide(denominator, REPORT_SCALE, RoundingMode.HALF_EVEN));
        remainder = fractionOfACent(fraction, denominator, REPORT_SCALE);
        up = cents[i] > qr[0].longValueExact();
      }
      lines.add(
          new AllocationLine(
              weights.idAt(i),
              weights.weightAt(i),
              exactCents.movePointLeft(2),
              Money.ofCents(cents[i]),
              remainder,
              up,
              b));
    }
    return Collections.unmodifiableList(lines);
  }

  /**
   * A printable report: one row per recipient (id, weight, exact share, amount, remainder in cents, bound),
   * then the total. Numbers use a dot for decimals whatever the default locale.
   *
   * @return the report text, lines separated by {@code \n}
   */
  public String report() {
    StringBuilder sb = new StringBuilder();
    sb.append(String.format(Locale.ROOT, "%-16s %18s %24s %16s %14s %s\n",
        "recipient", "weight", "exact share", "amount", "remainder", "bound"));
    for (AllocationLine l : lines()) {
      sb.append(String.format(Locale.ROOT, "%-16s %18s %24s %16s %14s %s\n",
          l.recipient(), l.weight().toPlainString(), l.exactShare().toPlainString(),
          l.amount(), fractionOfACent(l.remainderCents(), BigDecimal.ONE, 6).toPlainString()
              + (l.roundedUp() ? "+1" : ""),
          l.binding() == Binding.NONE ? "" : l.binding().name().toLowerCase(Locale.ROOT)));
    }
    sb.append(String.format(Locale.ROOT, "%-16s %18s %24s %16s\n", "total", "", "", total));
    return sb.toString();
  }

  /**
   * A fraction of a cent, {@code numerator / denominator < 1}, to {@code scale} decimals, half-even; but one
   * within half a unit of the last decimal of a whole cent is rounded down (0.9999999999), never shown as the
   * whole cent it is not.
   */
  private static BigDecimal fractionOfACent(BigDecimal numerator, BigDecimal denominator, int scale) {
    BigDecimal f = numerator.divide(denominator, scale, RoundingMode.HALF_EVEN);
    return f.compareTo(BigDecimal.ONE) < 0 ? f : numerator.divide(denominator, scale, RoundingMode.DOWN);
  }

  /** {@return equal when the totals, the weights in order, the amounts and which bounds decided them are equal} */
  @Override
  public boolean equals(Object o) {
    if (!(o instanceof Allocation)) {
      return false;
    }
    Allocation other = (Allocation) o;
    if (!total.equals(other.total) || !weights.equals(other.weights)
        || !java.util.Arrays.equals(cents, other.cents)) {
      return false;
    }
    for (int i = 0; i < cents.length; i++) {
      if (bindingAt(i) != other.bindingAt(i)) {
        return false;
      }
    }
    return true;
  }

  @Override
  public int hashCode() {
    return 31 * (31 * total.hashCode() + weights.hashCode()) + java.util.Arrays.hashCode(cents);
  }

  @Override
  public String toString() {
    return "Allocation{total=" + total + ", amounts=" + amounts() + "}";
  }
}
