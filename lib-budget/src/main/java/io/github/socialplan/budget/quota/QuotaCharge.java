package io.github.socialplan.budget.quota;

import io.github.socialplan.budget.internal.MoneyRange;
import io.github.socialplan.core.money.Money;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * The quota capitaria due by each comune and the total the managing body receives (<i>riparto della quota
 * capitaria</i>).
 *
 * <p>This class is immutable and thread-safe.
 */
public final class QuotaCharge {

  private final List<QuotaLine> lines;
  private final Map<String, QuotaLine> byComune;
  private final Money total;
  private final long residents;

  QuotaCharge(List<QuotaLine> lines) {
    this.lines = List.copyOf(lines);
    Map<String, QuotaLine> m = new LinkedHashMap<>();
    Money sum = Money.ZERO;
    long people = 0;
    for (QuotaLine l : lines) {
      m.put(l.comune(), l);
      sum = sum.plus(l.amount());
      if (people > Long.MAX_VALUE - l.residents()) {
        // residents are >= 0; a sum past a long would wrap around to a negative count
        throw new IllegalArgumentException("residents of the comuni charged add up to more than "
            + Long.MAX_VALUE + " at comune " + l.comune() + " (" + l.residents() + " residents)");
      }
      people += l.residents();
    }
    this.byComune = Collections.unmodifiableMap(m);
    // each amount is in the range of money, their sum may not be: JSON could not read it
    this.total = MoneyRange.check(sum, () -> "total of the comuni's amounts");
    this.residents = people;
  }

  /**
   * Rebuilds a charge from its lines, e.g. as read from JSON: the total and the residents are their sums.
   *
   * @param lines not null, no comune twice; each with residents {@code >= 0}, a rate {@code >= 0} (as
   *     {@link QuotaCapitaria} requires) and an amount that is its residents times its rate rounded to the
   *     cent (up or down)
   * @return the charge
   * @throws IllegalArgumentException if a comune repeats, its residents or rate are negative, an amount is
   *     not its rounded residents times rate (the message names the comune), the residents add up to
   *     more than {@link Long#MAX_VALUE}, or the amounts to more than {@link Money#MAX_INTEGER_DIGITS}
   *     integer digits
   */
  public static QuotaCharge of(List<QuotaLine> lines) {
    Objects.requireNonNull(lines, "lines");
    java.util.Set<String> seen = new java.util.HashSet<>();
    for (QuotaLine l : lines) {
      Objects.requireNonNull(l, "line");
      if (!seen.add(l.comune())) {
        throw new IllegalArgumentException("comune " + l.comune() + " is charged twice");
      }
      if (l.residents() < 0) {
        throw new IllegalArgumentException(
            "residents of comune " + l.comune() + " must be >= 0: " + l.residents());
      }
      if (l.rate().signum() < 0) {
        throw new IllegalArgumentException(
            "rate of comune " + l.comune() + " must be >= 0: " + l.rate().toPlainString());
      }
      java.math.BigDecimal exact = l.rate().multiply(java.math.BigDecimal.valueOf(l.residents()));
      if (!l.amount().equals(Money.rounded(exact, java.math.RoundingMode.FLOOR))
          && !l.amount().equals(Money.rounded(exact, java.math.RoundingMode.CEILING))) {
        throw new IllegalArgumentException("amount of comune " + l.comune() + " must be its residents "
            + l.residents() + " times its rate " + l.rate().toPlainString() + " rounded to the cent: "
            + l.amount());
      }
    }
    return new QuotaCharge(lines);
  }

  /** {@return one line per comune, in the order the residents were given} */
  public List<QuotaLine> lines() {
    return lines;
  }

  /**
   * The line of one comune.
   *
   * @param comune its id, not null
   * @return its line
   * @throws IllegalArgumentException if the comune was not charged
   */
  public QuotaLine line(String comune) {
    QuotaLine l = byComune.get(Objects.requireNonNull(comune, "comune"));
    if (l == null) {
      throw new IllegalArgumentException("comune " + comune + " was not charged");
    }
    return l;
  }

  /** {@return what the managing body receives: the sum of the comuni's amounts} */
  public Money total() {
    return total;
  }

  /** {@return the residents of all comuni charged} */
  public long residents() {
    return residents;
  }

  /**
   * A printable table: comune, residents, rate, amount, excluded components, then the totals. Decimal dots
   * whatever the default locale.
   *
   * @return the report, lines separated by {@code \n}
   */
  public String report() {
    StringBuilder sb = new StringBuilder();
    sb.append(String.format(Locale.ROOT, "%-10s %10s %10s %14s  %s\n", "comune", "residents", "rate", "amount", "excluded"));
    for (QuotaLine l : lines) {
      sb.append(String.format(Locale.ROOT, "%-10s %10d %10s %14s  %s\n", l.comune(), l.residents(),
          l.rate().toPlainString(), l.amount(), String.join(",", new java.util.TreeSet<>(l.excluded()))));
    }
    sb.append(String.format(Locale.ROOT, "%-10s %10d %10s %14s\n", "total", residents, "", total));
    return sb.toString();
  }

  /** Equal when the lines are equal, in order. */
  @Override
  public boolean equals(Object o) {
    return o instanceof QuotaCharge && lines.equals(((QuotaCharge) o).lines);
  }

  @Override
  public int hashCode() {
    return lines.hashCode();
  }

  @Override
  public String toString() {
    return "QuotaCharge{comuni=" + lines.size() + ", residents=" + residents + ", total=" + total + "}";
  }
}
