package io.github.socialplan.budget.projection;

import io.github.socialplan.budget.internal.MoneyRange;
import io.github.socialplan.core.money.Money;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * A multi-year projection of revenue lines (<i>proiezione delle entrate</i>) from the last actuals and a
 * growth assumption per line.
 *
 * <p><b>Formula</b> (docs/domain.md §7). Line {@code l} with last actual {@code a_l} in year {@code Y}
 * is, {@code k} years later, {@code a_l * (1 + p_l)^k} (compound percentage) or {@code a_l + k * s_l}
 * (fixed step), computed exactly and rounded once to the cent with the projection's rounding; the year's
 * total is the sum of the rounded lines.
 *
 * <pre>{@code
 * RevenueProjection p = RevenueProjection.builder().lastActualYear(2014).years(3).rounding(RoundingMode.HALF_EVEN)
 *     .line("Entrate dai Comuni", Money.ofEuros(3_384_895), Growth.percentPerYear(new BigDecimal("2")))
 *     .line("FNPS", Money.ofEuros(677_105), Growth.constant())
 *     .build();
 * p.total(2017);
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 */
public final class RevenueProjection {

  private final int firstYear;
  private final int years;
  private final Map<String, List<Money>> lines;

  private RevenueProjection(int firstYear, int years, Map<String, List<Money>> lines) {
    this.firstYear = firstYear;
    this.years = years;
    this.lines = lines;
  }

  /** {@return a builder; rounding defaults to {@code HALF_EVEN}} */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link RevenueProjection}; not thread-safe. */
  public static final class Builder {
    private Integer lastActualYear;
    private int years = -1;
    private RoundingMode rounding = RoundingMode.HALF_EVEN;
    private final Map<String, Money> last = new LinkedHashMap<>();
    private final Map<String, Growth> growth = new LinkedHashMap<>();

    private Builder() {}

    /**
     * The year of the last actuals.
     *
     * @param year the year before the first projected one; the projected years must lie in 1..9999 (checked
     *     by {@link #build()})
     * @return this builder
     */
    public Builder lastActualYear(int year) {
      this.lastActualYear = year;
      return this;
    }

    /**
     * How many years to project.
     *
     * @param years {@code >= 1}
     * @return this builder
     */
    public Builder years(int years) {
      if (years < 1) {
        throw new IllegalArgumentException("years to project must be >= 1: " + years);
      }
      this.years = years;
      return this;
    }

    /**
     * How each projected amount is rounded to the cent.
     *
     * @param rounding not null, not {@code UNNECESSARY}
     * @return this builder
     */
    public Builder rounding(RoundingMode rounding) {
      Objects.requireNonNull(rounding, "rounding");
      if (rounding == RoundingMode.UNNECESSARY) {
        throw new IllegalArgumentException("rounding UNNECESSARY cannot round projected amounts");
      }
      this.rounding = rounding;
      return this;
    }

    /**
     * Adds a revenue line.
     *
     * @param label not null, not yet used
     * @param lastActual the last actual amount, not null, {@code >= 0}
     * @param assumption its growth, not null
     * @return this builder
     */
    public Builder line(String label, Money lastActual, Growth assumption) {
      Objects.requireNonNull(label, "label");
      Objects.requireNonNull(lastActual, "lastActual");
      Objects.requireNonNull(assumption, "assumption");
      if (lastActual.isNegative()) {
        throw new IllegalArgumentException("last actual of '" + label + "' must be >= 0: " + lastActual);
      }
      if (last.putIfAbsent(label, lastActual) != null) {
        throw new IllegalArgumentException("line '" + label + "' is given twice");
      }
      growth.put(label, assumption);
      return this;
    }

    /**
     * Returns the projection.
     *
     * @return the projection
     * @throws IllegalArgumentException if the last actual year or the number of years is missing, a
     *     projected year is outside 1..9999, a projected amount has more than
     *     {@link Money#MAX_INTEGER_DIGITS} integer digits (the message names the line and the year, and
     *     gives the amount, or a lower bound of it when it would take too long to compute exactly), or a
     *     year's total has (the message names the year)
     */
    public RevenueProjection build() {
      if (lastActualYear == null || years < 1) {
        throw new IllegalArgumentException("a projection needs the last actual year and the years to project");
      }
      long lastYear = (long) lastActualYear + years;
      if (lastActualYear < 0 || lastYear > 9999) {
        // years past Integer.MAX_VALUE would wrap round to negative ones
        throw new IllegalArgumentException("the projected years must be in 1..9999: " + years + " years after "
            + lastActualYear + " reach " + lastYear);
      }
      Map<String, List<Money>> out = new LinkedHashMap<>();
      for (Map.Entry<String, Money> e : last.entrySet()) {
        List<Money> path = new ArrayList<>(years);
        for (int k = 1; k <= years; k++) {
          try {
            path.add(growth.get(e.getKey()).after(e.getValue(), k, rounding));
          } catch (IllegalArgumentException x) { // past the largest amount of money: say whose and when
            throw new IllegalArgumentException("line '" + e.getKey() + "' in " + (lastActualYear + k) + ": "
                + x.getMessage(), x);
          }
        }
        out.put(e.getKey(), List.copyOf(path));
      }
      for (int k = 0; k < years; k++) {
        Money sum = Money.ZERO;
        for (List<Money> path : out.values()) {
          sum = sum.plus(path.get(k));
        }
        int year = lastActualYear + k + 1;
        MoneyRange.check(sum, () -> "total of " + year); // each line is in the range of money; their sum may not be
      }
      return new RevenueProjection(lastActualYear + 1, years, Collections.unmodifiableMap(out));
    }
  }

  /** {@return the projected years, in order} */
  public List<Integer> years() {
    List<Integer> ys = new ArrayList<>(years);
    for (int k = 0; k < years; k++) {
      ys.add(firstYear + k);
    }
    return ys;
  }

  /** {@return the line labels, in the order given} */
  public List<String> labels() {
    return List.copyOf(lines.keySet());
  }

  /**
   * A line's projected amount.
   *
   * @param label a line label, not null
   * @param year a projected year
   * @return the amount
   * @throws IllegalArgumentException if the line or year is not projected
   */
  public Money amount(String label, int year) {
    List<Money> path = lines.get(Objects.requireNonNull(label, "label"));
    if (path == null) {
      throw new IllegalArgumentException("no projected line '" + label + "'");
    }
    return path.get(index(year));
  }

  /**
   * The total of a year: the sum of the rounded lines.
   *
   * @param year a projected year
   * @return the total
   */
  public Money total(int year) {
    int i = index(year);
    Money sum = Money.ZERO;
    for (List<Money> path : lines.values()) {
      sum = sum.plus(path.get(i));
    }
    return sum;
  }

  private int index(int year) {
    int i = year - firstYear;
    if (i < 0 || i >= years) {
      throw new IllegalArgumentException(
          String.format(Locale.ROOT, "%d is not projected: the projection covers %d-%d", year, firstYear,
              firstYear + years - 1));
    }
    return i;
  }

  /**
   * A printable table: one row per line, one column per year, then the totals.
   *
   * @return the table, lines separated by {@code \n}
   */
  public String report() {
    StringBuilder sb = new StringBuilder(String.format(Locale.ROOT, "%-45s", "line"));
    for (int y : years()) {
      sb.append(String.format(Locale.ROOT, " %14d", y));
    }
    sb.append('\n');
    for (String label : lines.keySet()) {
      sb.append(String.format(Locale.ROOT, "%-45s", label));
      for (int y : years()) {
        sb.append(String.format(Locale.ROOT, " %14s", amount(label, y)));
      }
      sb.append('\n');
    }
    sb.append(String.format(Locale.ROOT, "%-45s", "total"));
    for (int y : years()) {
      sb.append(String.format(Locale.ROOT, " %14s", total(y)));
    }
    return sb.append('\n').toString();
  }
}
