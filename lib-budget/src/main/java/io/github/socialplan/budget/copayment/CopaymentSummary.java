package io.github.socialplan.budget.copayment;

import io.github.socialplan.core.money.Money;
import java.util.List;
import java.util.Locale;

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

  CopaymentSummary(List<CopaymentLine> lines, Money minimum, Money maximum) {
    this.lines = List.copyOf(lines);
    Money sum = Money.ZERO;
    int ex = 0;
    int full = 0;
    for (CopaymentLine l : lines) {
      sum = sum.plus(l.amount());
      if (l.fee().isZero()) {
        ex++;
      }
      if (l.fee().equals(maximum)) {
        full++;
      }
    }
    this.total = sum;
    this.exempt = ex;
    this.fullTariff = full;
  }

  /** {@return one line per user, in the order given} */
  public List<CopaymentLine> lines() {
    return lines;
  }

  /** {@return the sum of the users' amounts} */
  public Money total() {
    return total;
  }

  /** {@return how many users pay nothing} */
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

  @Override
  public String toString() {
    return "CopaymentSummary{users=" + lines.size() + ", total=" + total + ", exempt=" + exempt
        + ", fullTariff=" + fullTariff + "}";
  }
}
