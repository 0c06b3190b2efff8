package io.github.socialplan.budget.balance;

import io.github.socialplan.core.fund.FundLevel;
import io.github.socialplan.core.money.Money;
import io.github.socialplan.core.plan.BudgetLine;
import io.github.socialplan.core.plan.Plan;
import io.github.socialplan.core.plan.YearlyBudget;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;

/**
 * The balance check of a plan's yearly budgets (<i>quadratura del piano economico</i>).
 *
 * <p>For each year (docs/domain.md §6) it adds up the revenue lines and the expenditure lines and
 * compares, where both figures exist: revenue lines with the published total revenue, expenditure lines
 * with the published total expenditure, revenue lines with expenditure lines, and the two published
 * totals. Every difference is a {@link BalanceGap} whose {@link BalanceGap#message() message} names the
 * year, both figures and the difference. It also gives revenues by fund level and expenditures by area as
 * shares of the year's lines, and the year-on-year change of every line.
 *
 * <pre>{@code
 * PlanBalance balance = PlanBalance.of(plan);
 * balance.gaps().forEach(g -> System.out.println(g.message()));
 * // 2015: expenditure lines add up to 5574718.00, published total expenditure is 5574719.00: difference -1.00
 * System.out.print(balance.report());
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 */
public final class PlanBalance {

  /** The key of revenue lines without a fund level. */
  public static final String UNCLASSIFIED = "UNCLASSIFIED";

  private final List<YearBalance> years;
  private final Map<Integer, List<Share>> revenueByLevel;
  private final Map<Integer, List<Share>> expenditureByArea;
  private final List<LineChange> changes;

  private PlanBalance(List<YearlyBudget> budgets) {
    List<YearBalance> ys = new ArrayList<>();
    Map<Integer, List<Share>> rev = new LinkedHashMap<>();
    Map<Integer, List<Share>> exp = new LinkedHashMap<>();
    for (YearlyBudget b : budgets) {
      ys.add(balanceOf(b));
      rev.put(b.year(), shares(b.revenues(), l -> l.level().map(FundLevel::name).orElse(UNCLASSIFIED),
          Comparator.comparingInt(k -> k.equals(UNCLASSIFIED) ? Integer.MAX_VALUE : FundLevel.valueOf(k).ordinal())));
      exp.put(b.year(), shares(b.expenditures(), l -> l.userArea().map(Enum::name).orElse(l.label()), null));
    }
    this.years = List.copyOf(ys);
    this.revenueByLevel = Map.copyOf(rev);
    this.expenditureByArea = Map.copyOf(exp);
    List<LineChange> out = new ArrayList<>();
    out.addAll(changes(budgets, YearlyBudget::revenues));
    out.addAll(changes(budgets, YearlyBudget::expenditures));
    this.changes = List.copyOf(out);
  }

  private PlanBalance(List<YearBalance> years, Map<Integer, List<Share>> revenueByLevel,
      Map<Integer, List<Share>> expenditureByArea, List<LineChange> changes) {
    this.years = List.copyOf(years);
    this.revenueByLevel = copy(revenueByLevel);
    this.expenditureByArea = copy(expenditureByArea);
    this.changes = List.copyOf(changes);
  }

  private static Map<Integer, List<Share>> copy(Map<Integer, List<Share>> byYear) {
    Map<Integer, List<Share>> m = new LinkedHashMap<>();
    byYear.forEach((y, s) -> m.put(y, List.copyOf(s)));
    return Map.copyOf(m);
  }

  /**
   * Rebuilds a balance from its figures, e.g. as read from JSON, checking that they agree: the shares of
   * each year add up to its line sums, and its gaps are the ones its figures give.
   *
   * @param years not null, in strictly increasing year order
   * @param revenueByLevel not null, the revenue shares of every year (empty for a year without revenue
   *     lines), each over the year's revenue lines
   * @param expenditureByArea not null, the expenditure shares of every year, each over the year's
   *     expenditure lines
   * @param changes not null, each between two consecutive years of {@code years}
   * @return the balance
   * @throws IllegalArgumentException if the figures disagree (the message names the year and the figure)
   */
  public static PlanBalance of(List<YearBalance> years, Map<Integer, List<Share>> revenueByLevel,
      Map<Integer, List<Share>> expenditureByArea, List<LineChange> changes) {
    Objects.requireNonNull(years, "years");
    Objects.requireNonNull(revenueByLevel, "revenueByLevel");
    Objects.requireNonNull(expenditureByArea, "expenditureByArea");
    Objects.requireNonNull(changes, "changes");
    Map<Integer, Integer> next = new LinkedHashMap<>();
    for (int i = 0; i < years.size(); i++) {
      YearBalance y = Objects.requireNonNull(years.get(i), "year");
      if (i > 0 && y.year() <= years.get(i - 1).year()) {
        throw new IllegalArgumentException("year " + y.year() + " comes after " + years.get(i - 1).year());
      }
      if (i > 0) {
        next.put(years.get(i - 1).year(), y.year());
      }
      List<Share> rev = requireShares(y.year(), "revenue", revenueByLevel.get(y.year()), y.revenueLines());
      List<Share> exp = requireShares(y.year(), "expenditure", expenditureByArea.get(y.year()),
          y.expenditureLines());
      YearBalance expected = balanceOf(y.year(), y.revenueLines(), y.expenditureLines(), !rev.isEmpty(),
          !exp.isEmpty(), y.publishedRevenue(), y.publishedExpenditure());
      if (!expected.gaps().equals(y.gaps())) {
        throw new IllegalArgumentException(y.year() + ": the gaps must be the ones its figures give: "
            + expected.gaps() + ", not " + y.gaps());
      }
    }
    for (int y : revenueByLevel.keySet()) {
      if (years.stream().noneMatch(b -> b.year() == y)) {
        throw new IllegalArgumentException("revenue shares of " + y + ", which has no balance");
      }
    }
    for (int y : expenditureByArea.keySet()) {
      if (years.stream().noneMatch(b -> b.year() == y)) {
        throw new IllegalArgumentException("expenditure shares of " + y + ", which has no balance");
      }
    }
    for (LineChange c : changes) {
      if (!Integer.valueOf(c.toYear()).equals(next.get(Objects.requireNonNull(c, "change").fromYear()))) {
        throw new IllegalArgumentException("change of '" + c.label() + "' from " + c.fromYear() + " to "
            + c.toYear() + ": not two consecutive budget years");
      }
    }
    return new PlanBalance(years, revenueByLevel, expenditureByArea, changes);
  }

  private static List<Share> requireShares(int year, String what, List<Share> shares, Money lines) {
    if (shares == null) {
      throw new IllegalArgumentException(year + ": no " + what + " shares");
    }
    Money sum = Money.ZERO;
    java.util.Set<String> keys = new java.util.HashSet<>();
    for (Share s : shares) {
      if (!keys.add(Objects.requireNonNull(s, "share").key())) {
        throw new IllegalArgumentException(year + ": " + what + " share " + s.key() + " appears twice");
      }
      if (!s.total().equals(lines)) {
        throw new IllegalArgumentException(year + ": " + what + " share " + s.key() + " is over " + s.total()
            + ", not the " + what + " lines " + lines);
      }
      sum = sum.plus(s.amount());
    }
    if (!sum.equals(lines)) {
      throw new IllegalArgumentException(year + ": " + what + " shares add up to " + sum + ", not the "
          + what + " lines " + lines);
    }
    return shares;
  }

  /**
   * Checks a plan's budgets, in year order.
   *
   * @param plan not null
   * @return the balance
   */
  public static PlanBalance of(Plan plan) {
    Objects.requireNonNull(plan, "plan");
    return of(plan.budgets());
  }

  /**
   * Checks yearly budgets, in year order.
   *
   * @param budgets not null, no two for the same year
   * @return the balance
   * @throws IllegalArgumentException if a year repeats
   */
  public static PlanBalance of(List<YearlyBudget> budgets) {
    Objects.requireNonNull(budgets, "budgets");
    List<YearlyBudget> sorted = new ArrayList<>(budgets);
    sorted.sort(Comparator.comparingInt(YearlyBudget::year));
    for (int i = 1; i < sorted.size(); i++) {
      if (sorted.get(i).year() == sorted.get(i - 1).year()) {
        throw new IllegalArgumentException("two budgets for " + sorted.get(i).year());
      }
    }
    return new PlanBalance(List.copyOf(sorted));
  }

  private static YearBalance balanceOf(YearlyBudget b) {
    return balanceOf(b.year(), b.revenueTotal(), b.expenditureTotal(), !b.revenues().isEmpty(),
        !b.expenditures().isEmpty(), b.publishedRevenueTotal(), b.publishedExpenditureTotal());
  }

  private static YearBalance balanceOf(int y, Money rev, Money exp, boolean hasRev, boolean hasExp,
      Optional<Money> publishedRev, Optional<Money> publishedExp) {
    List<BalanceGap> gaps = new ArrayList<>();
    if (hasRev) {
      publishedRev.ifPresent(p -> addGap(gaps, y, GapKind.REVENUE_LINES_VS_PUBLISHED_TOTAL, rev, p));
    }
    if (hasExp) {
      publishedExp.ifPresent(p -> addGap(gaps, y, GapKind.EXPENDITURE_LINES_VS_PUBLISHED_TOTAL, exp, p));
    }
    if (hasRev && hasExp) {
      addGap(gaps, y, GapKind.REVENUE_LINES_VS_EXPENDITURE_LINES, rev, exp);
    }
    if (publishedRev.isPresent() && publishedExp.isPresent()) {
      addGap(gaps, y, GapKind.PUBLISHED_REVENUE_VS_PUBLISHED_EXPENDITURE, publishedRev.get(), publishedExp.get());
    }
    return new YearBalance(y, rev, exp, publishedRev, publishedExp, gaps);
  }

  private static void addGap(List<BalanceGap> gaps, int year, GapKind kind, Money first, Money second) {
    if (!first.equals(second)) {
      gaps.add(new BalanceGap(year, kind, first, second));
    }
  }

  /** {@return the balance of each year, in year order} */
  public List<YearBalance> years() {
    return years;
  }

  /**
   * The balance of one year.
   *
   * @param year a budget year
   * @return its balance
   * @throws IllegalArgumentException if there is no budget for that year
   */
  public YearBalance year(int year) {
    return years.stream().filter(y -> y.year() == year).findFirst()
        .orElseThrow(() -> new IllegalArgumentException("no budget for " + year));
  }

  /** {@return every gap of every year} */
  public List<BalanceGap> gaps() {
    List<BalanceGap> all = new ArrayList<>();
    years.forEach(y -> all.addAll(y.gaps()));
    return List.copyOf(all);
  }

  /** {@return whether every year balances} */
  public boolean isBalanced() {
    return years.stream().allMatch(YearBalance::isBalanced);
  }

  private static List<Share> ofYear(Map<Integer, List<Share>> byYear, int year) {
    List<Share> s = byYear.get(year);
    if (s == null) {
      throw new IllegalArgumentException("no budget for " + year);
    }
    return s;
  }

  /**
   * Revenues of a year by fund level, as shares of the revenue lines' sum; lines without a level are
   * grouped under {@link #UNCLASSIFIED}. Levels in {@link FundLevel} order, unclassified last.
   *
   * @param year a budget year
   * @return one share per level present
   */
  public List<Share> revenueByLevel(int year) {
    return ofYear(revenueByLevel, year);
  }

  /**
   * Expenditures of a year by area, as shares of the expenditure lines' sum: the line's ISTAT area of
   * users when it has one, else its label. In order of first appearance.
   *
   * @param year a budget year
   * @return one share per area
   */
  public List<Share> expenditureByArea(int year) {
    return ofYear(expenditureByArea, year);
  }

  private static List<Share> shares(
      List<BudgetLine> lines, Function<BudgetLine, String> key, Comparator<String> order) {
    Map<String, Money> sums = new LinkedHashMap<>();
    Money total = Money.ZERO;
    for (BudgetLine l : lines) {
      sums.merge(key.apply(l), l.amount(), Money::plus);
      total = total.plus(l.amount());
    }
    List<String> keys = new ArrayList<>(sums.keySet());
    if (order != null) {
      keys.sort(order);
    }
    List<Share> shares = new ArrayList<>();
    for (String k : keys) {
      shares.add(new Share(k, sums.get(k), total));
    }
    return List.copyOf(shares);
  }

  /**
   * The year-on-year change of every revenue line, then every expenditure line, between consecutive
   * budget years. A line missing from one of the two years has no change for that pair.
   *
   * @return the changes, by line (revenues first) then by year
   */
  public List<LineChange> changes() {
    return changes;
  }

  private static List<LineChange> changes(List<YearlyBudget> budgets, Function<YearlyBudget, List<BudgetLine>> lines) {
    Map<String, List<LineChange>> byLabel = new LinkedHashMap<>();
    for (YearlyBudget b : budgets) {
      for (BudgetLine l : lines.apply(b)) {
        byLabel.putIfAbsent(l.label(), new ArrayList<>());
      }
    }
    for (int i = 1; i < budgets.size(); i++) {
      YearlyBudget from = budgets.get(i - 1);
      YearlyBudget to = budgets.get(i);
      for (Map.Entry<String, List<LineChange>> e : byLabel.entrySet()) {
        Optional<Money> before = amountOf(lines.apply(from), e.getKey());
        Optional<Money> after = amountOf(lines.apply(to), e.getKey());
        if (before.isPresent() && after.isPresent()) {
          e.getValue().add(new LineChange(e.getKey(), from.year(), to.year(), before.get(), after.get()));
        }
      }
    }
    List<LineChange> out = new ArrayList<>();
    byLabel.values().forEach(out::addAll);
    return out;
  }

  private static Optional<Money> amountOf(List<BudgetLine> lines, String label) {
    return lines.stream().filter(l -> l.label().equals(label)).map(BudgetLine::amount).findFirst();
  }

  /** Equal when the years, the shares and the changes are equal. */
  @Override
  public boolean equals(Object o) {
    return o instanceof PlanBalance && years.equals(((PlanBalance) o).years)
        && revenueByLevel.equals(((PlanBalance) o).revenueByLevel)
        && expenditureByArea.equals(((PlanBalance) o).expenditureByArea) && changes.equals(((PlanBalance) o).changes);
  }

  @Override
  public int hashCode() {
    return Objects.hash(years, revenueByLevel, expenditureByArea, changes);
  }

  @Override
  public String toString() {
    return "PlanBalance{years=" + years.size() + ", balanced=" + isBalanced() + "}";
  }

  /**
   * A printable report: per year the two line sums and published totals, then every gap as a sentence.
   * Decimal dots whatever the default locale.
   *
   * @return the report, lines separated by {@code \n}
   */
  public String report() {
    StringBuilder sb = new StringBuilder();
    sb.append(String.format(Locale.ROOT, "%-6s %16s %16s %16s %16s  %s\n",
        "year", "revenue lines", "published rev.", "expend. lines", "published exp.", "status"));
    for (YearBalance y : years) {
      sb.append(String.format(Locale.ROOT, "%-6d %16s %16s %16s %16s  %s\n", y.year(), y.revenueLines(),
          y.publishedRevenue().map(Money::toString).orElse("-"), y.expenditureLines(),
          y.publishedExpenditure().map(Money::toString).orElse("-"),
          y.isBalanced() ? "balanced" : y.gaps().size() + " gap(s)"));
    }
    for (BalanceGap g : gaps()) {
      sb.append(g.message()).append('\n');
    }
    return sb.toString();
  }

  /**
   * A printable table of the year-on-year changes: label, years, before, after, difference and percent
   * (one decimal, half-up; "undefined" from zero).
   *
   * @return the table, lines separated by {@code \n}
   */
  public String changesReport() {
    StringBuilder sb = new StringBuilder();
    for (LineChange c : changes()) {
      sb.append(String.format(Locale.ROOT, "%-45s %d-%d %14s %14s %14s %10s\n", c.label(), c.fromYear(),
          c.toYear(), c.before(), c.after(), c.difference(),
          c.percent(1, RoundingMode.HALF_UP).map(p -> p.toPlainString() + "%").orElse("undefined")));
    }
    return sb.toString();
  }
}
