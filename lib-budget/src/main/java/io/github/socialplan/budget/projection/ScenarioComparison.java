package io.github.socialplan.budget.projection;

import io.github.socialplan.core.money.Money;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;

/**
 * Two revenue scenarios side by side (<i>confronto tra scenari</i>): per line and year the two amounts and
 * the difference {@code second - first}; a line missing from one scenario counts as zero there.
 *
 * <pre>{@code
 * ScenarioComparison c = ScenarioComparison.of("FNPS confirmed", base, "FNPS cut", cut);
 * c.totalDifference(2016);
 * System.out.print(c.report());
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 */
public final class ScenarioComparison {

  private final String firstName;
  private final RevenueProjection first;
  private final String secondName;
  private final RevenueProjection second;
  private final List<String> labels;

  private ScenarioComparison(String firstName, RevenueProjection first, String secondName, RevenueProjection second) {
    this.firstName = firstName;
    this.first = first;
    this.secondName = secondName;
    this.second = second;
    Set<String> all = new LinkedHashSet<>(first.labels());
    all.addAll(second.labels());
    this.labels = List.copyOf(all);
  }

  /**
   * Compares two projections of the same years.
   *
   * @param firstName the first scenario's name, not null
   * @param first not null
   * @param secondName the second scenario's name, not null
   * @param second not null, over the same years as {@code first}
   * @return the comparison
   * @throws IllegalArgumentException if the years differ
   */
  public static ScenarioComparison of(
      String firstName, RevenueProjection first, String secondName, RevenueProjection second) {
    Objects.requireNonNull(firstName, "firstName");
    Objects.requireNonNull(first, "first");
    Objects.requireNonNull(secondName, "secondName");
    Objects.requireNonNull(second, "second");
    if (!first.years().equals(second.years())) {
      throw new IllegalArgumentException("scenarios cover different years: " + firstName + " " + first.years()
          + ", " + secondName + " " + second.years());
    }
    return new ScenarioComparison(firstName, first, secondName, second);
  }

  /** {@return the lines of either scenario, the first's order first} */
  public List<String> labels() {
    return labels;
  }

  /** {@return the years compared} */
  public List<Integer> years() {
    return first.years();
  }

  private static Money amountOrZero(RevenueProjection p, String label, int year) {
    return p.labels().contains(label) ? p.amount(label, year) : Money.ZERO;
  }

  /**
   * The difference of one line in one year, second minus first.
   *
   * @param label a line of either scenario, not null
   * @param year a compared year
   * @return the difference
   */
  public Money difference(String label, int year) {
    if (!labels.contains(Objects.requireNonNull(label, "label"))) {
      throw new IllegalArgumentException("no line '" + label + "' in either scenario");
    }
    return amountOrZero(second, label, year).minus(amountOrZero(first, label, year));
  }

  /**
   * The difference of the totals in one year, second minus first.
   *
   * @param year a compared year
   * @return the difference
   */
  public Money totalDifference(int year) {
    return second.total(year).minus(first.total(year));
  }

  /**
   * A printable side-by-side table: per line and year the two amounts and the difference, then the totals.
   *
   * @return the table, lines separated by {@code \n}
   */
  public String report() {
    StringBuilder sb = new StringBuilder();
    sb.append(String.format(Locale.ROOT, "%-40s %6s %16s %16s %16s\n", "line", "year", firstName, secondName,
        "difference"));
    List<String> rows = new ArrayList<>(labels);
    for (String l : rows) {
      for (int y : years()) {
        sb.append(String.format(Locale.ROOT, "%-40s %6d %16s %16s %16s\n", l, y, amountOrZero(first, l, y),
            amountOrZero(second, l, y), difference(l, y)));
      }
    }
    for (int y : years()) {
      sb.append(String.format(Locale.ROOT, "%-40s %6d %16s %16s %16s\n", "total", y, first.total(y),
          second.total(y), totalDifference(y)));
    }
    return sb.toString();
  }
}
