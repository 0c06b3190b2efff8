package io.github.socialplan.budget.copayment;

import io.github.socialplan.budget.internal.MoneyRange;
import io.github.socialplan.core.money.Money;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * The co-payments of a list of users (<i>gettito della compartecipazione</i>): per-user lines, the total,
 * how many are exempt and how many pay the full tariff.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class CopaymentSummary {

  private final List<CopaymentLine> lines;
  private final Money total;
  private final int exempt;
  private final int fullTariff;

  /**
   * The co-payments of users under a schedule, each {@code copayment(isee) * units}; {@code fullFee} is the
   * fee that counts as the full tariff.
   */
  static CopaymentSummary compute(CopaymentSchedule schedule, List<CopaymentUser> users, Money fullFee) {
    Objects.requireNonNull(users, "users");
    List<CopaymentLine> lines = new ArrayList<>(users.size());
    for (CopaymentUser u : users) {
      Money fee;
      try {
        fee = schedule.copayment(u.isee());
      } catch (IllegalArgumentException e) {
        throw new IllegalArgumentException("user " + u.id() + ": " + e.getMessage(), e);
      }
      lines.add(new CopaymentLine(u, fee, MoneyRange.check(fee.times(u.units()),
          () -> "user " + u.id() + ": " + u.units() + " units at " + fee + " each")));
    }
    return new CopaymentSummary(lines, fullFee);
  }

  /** {@code fullFee} is the fee counted as the full tariff, null when nobody is counted. */
  private CopaymentSummary(List<CopaymentLine> lines, Money fullFee) {
    this.lines = List.copyOf(lines);
    Money sum = Money.ZERO;
    int ex = 0;
    int full = 0;
    for (CopaymentLine l : lines) {
      sum = sum.plus(l.amount());
      if (l.fee().isZero()) {
        ex++;
      }
      if (l.fee().equals(fullFee)) {
        full++;
      }
    }
    this.total = MoneyRange.check(sum, () -> "total of the co-payments");
    this.exempt = ex;
    this.fullTariff = full;
  }

  /**
   * Rebuilds a summary from its lines and the number of users at the full tariff (which only the schedule
   * knows), e.g. as read from JSON: the total and the exempt users are counted from the lines.
   *
   * @param lines not null; each amount is its fee times its units
   * @param fullTariff how many users pay the full tariff, {@code 0..lines.size()}; when more than 0 they
   *     are the users with the highest fee
   * @return the summary
   * @throws IllegalArgumentException if an amount is not its fee times its units (the message names the
   *     user), an amount or the total has more than {@link Money#MAX_INTEGER_DIGITS} integer digits, or
   *     {@code fullTariff} does not fit the lines
   */
  public static CopaymentSummary of(List<CopaymentLine> lines, int fullTariff) {
    Objects.requireNonNull(lines, "lines");
    Money highest = null;
    for (CopaymentLine l : lines) {
      Objects.requireNonNull(l, "line");
      if (!l.amount().equals(l.fee().times(l.user().units()))) {
        throw new IllegalArgumentException("amount of user " + l.user().id() + " must be its fee " + l.fee()
            + " times its units " + l.user().units() + ": " + l.amount());
      }
      MoneyRange.check(l.amount(), () -> "amount of user " + l.user().id());
      highest = highest == null ? l.fee() : highest.max(l.fee());
    }
    Money top = highest;
    long atTop = lines.stream().filter(l -> l.fee().equals(top)).count();
    if (fullTariff < 0 || fullTariff > lines.size() || (fullTariff > 0 && fullTariff != atTop)) {
      throw new IllegalArgumentException("users at the full tariff must be 0 or the " + atTop
          + " users with the highest fee " + top + ": " + fullTariff);
    }
    return new CopaymentSummary(lines, fullTariff > 0 ? top : null);
  }

  /** {@return one line per user, in the order given} */
  public List<CopaymentLine> lines() {
    return lines;
  }

  /** {@return the sum of the users' amounts} */
  public Money total() {
    return total;
  }

  /**
   * {@return how many users are exempt: their fee is zero (a user with a fee and no units pays nothing, but
   * is not exempt)}
   */
  public int exempt() {
    return exempt;
  }

  /** {@return how many users pay the full tariff} */
  public int fullTariff() {
    return fullTariff;
  }

  /**
   * A printable table: user, ISEE, fee, units, amount, then the total.
   *
   * @return the table, lines separated by {@code \n}
   */
  public String report() {
    StringBuilder sb = new StringBuilder();
    sb.append(String.format(Locale.ROOT, "%-12s %12s %10s %6s %12s\n", "user", "ISEE", "fee", "units", "amount"));
    for (CopaymentLine l : lines) {
      sb.append(String.format(Locale.ROOT, "%-12s %12s %10s %6d %12s\n", l.user().id(),
          l.user().isee().toPlainString(), l.fee(), l.user().units(), l.amount()));
    }
    sb.append(String.format(Locale.ROOT, "%-12s %12s %10s %6s %12s\n", "total", "", "", "", total));
    return sb.toString();
  }

  /** Equal when the lines and the number of users at the full tariff are equal. */
  @Override
  public boolean equals(Object o) {
    return o instanceof CopaymentSummary && lines.equals(((CopaymentSummary) o).lines)
        && fullTariff == ((CopaymentSummary) o).fullTariff;
  }

  @Override
  public int hashCode() {
    return lines.hashCode() * 31 + fullTariff;
  }

  @Override
  public String toString() {
    return "CopaymentSummary{users=" + lines.size() + ", total=" + total + ", exempt=" + exempt
        + ", fullTariff=" + fullTariff + "}";
  }
}
