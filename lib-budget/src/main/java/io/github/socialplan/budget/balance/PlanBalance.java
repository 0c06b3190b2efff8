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

  private final List<YearlyBudget> budgets;
  private final List<YearBalance> years;

  private PlanBalance(List<YearlyBudget> budgets) {
    this.budgets = budgets;
    List<YearBalance> ys = new ArrayList<>();
    for (YearlyBudget b : budgets) {
      ys.add(balanceOf(b));
    }
    this.years = List.copyOf(ys);
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
    Money rev = b.revenueTotal();
    Money exp = b.expenditureTotal();
    boolean hasRev = !b.revenues().isEmpty();
    boolean hasExp = !b.expenditures().isEmpty();
    List<BalanceGap> gaps = new ArrayList<>();
    int y = b.year();
    if (hasRev) {
      b.publishedRevenueTotal().ifPresent(p -> addGap(gaps, y, GapKind.REVENUE_LINES_VS_PUBLISHED_TOTAL, rev, p));
    }
    if (hasExp) {
      b.publishedExpenditureTotal()
          .ifPresent(p -> addGap(gaps, y, GapKind.EXPENDITURE_LINES_VS_PUBLISHED_TOTAL, exp, p));
    }
    if (hasRev && hasExp) {
      addGap(gaps, y, GapKind.REVENUE_LINES_VS_EXPENDITURE_LINES, rev, exp);
    }
    if (b.publishedRevenueTotal().isPresent() && b.publishedExpenditureTotal().isPresent()) {
      addGap(gaps, y, GapKind.PUBLISHED_REVENUE_VS_PUBLISHED_EXPENDITURE,
          b.publishedRevenueTotal().get(), b.publishedExpenditureTotal().get());
    }
    return new YearBalance(y, rev, exp, b.publishedRevenueTotal(), b.publishedExpenditureTotal(), gaps);
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

  private YearlyBudget budget(int year) {
    return budgets.stream().filter(b -> b.year() == year).findFirst()
        .orElseThrow(() -> new IllegalArgumentException("no budget for " + year));
  }

  /**
   * Revenues of a year by fund level, as shares of the revenue lines' sum; lines without a level are
   * grouped under {@link #UNCLASSIFIED}. Levels in {@link FundLevel} order, unclassified last.
   *
   * @param year a budget year
   * @return one share per level present
   */
  public List<Share> revenueByLevel(int year) {
    YearlyBudget b = budget(year);
    return shares(b.revenues(), l -> l.level().map(FundLevel::name).orElse(UNCLASSIFIED),
        Comparator.comparingInt(k -> k.equals(UNCLASSIFIED) ? Integer.MAX_VALUE : FundLevel.valueOf(k).ordinal()));
  }

  /**
   * Expenditures of a year by area, as shares of the expenditure lines' sum: the line's ISTAT area of
   * users when it has one, else its label. In order of first appearance.
   *
   * @param year a budget year
   * @return one share per area
   */
  public List<Share> expenditureByArea(int year) {
    YearlyBudget b = budget(year);
    return shares(b.expenditures(), l -> l.userArea().map(Enum::name).orElse(l.label()), null);
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
    List<LineChange> out = new ArrayList<>();
    out.addAll(changes(YearlyBudget::revenues));
    out.addAll(changes(YearlyBudget::expenditures));
    return List.copyOf(out);
  }

  private List<LineChange> changes(Function<YearlyBudget, List<BudgetLine>> lines) {
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
