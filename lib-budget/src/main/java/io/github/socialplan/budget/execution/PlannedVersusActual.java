package io.github.socialplan.budget.execution;

import io.github.socialplan.core.money.Money;
import io.github.socialplan.core.plan.BudgetLine;
import io.github.socialplan.core.plan.Plan;
import io.github.socialplan.core.plan.YearlyBudget;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * A plan's planned budgets against its actuals (<i>previsione e consuntivo</i>): the Piano Operativo
 * Annuale of each year against its Report Annuale, line by line and in total, and each line's series over
 * every year that has either, with the actual preferred where both exist (for Cremona, the 2012-2014
 * actuals of §2.3 joined with the 2015-2017 forecast of §5.6, whose revenue labels match).
 *
 * <pre>{@code
 * List<LineExecution> y2016 = PlannedVersusActual.execution(plan, 2016);
 * Map<String, List<SeriesPoint>> revenues = PlannedVersusActual.series(plan, LineKind.REVENUE);
 * }</pre>
 *
 * <p>Lines are matched by their label. This class is stateless and thread-safe.
 */
public final class PlannedVersusActual {

  /**
   * The label of the total rows. A budget line may carry it too: a side's total is told by its place, the
   * last row of the side in {@link #execution}.
   */
  public static final String TOTAL = "total";

  private PlannedVersusActual() {}

  /**
   * The years that have both a planned budget and an actual.
   *
   * @param plan not null
   * @return the years, ascending
   */
  public static List<Integer> comparableYears(Plan plan) {
    Objects.requireNonNull(plan, "plan");
    Set<Integer> years = new TreeSet<>();
    plan.budgets().forEach(b -> {
      if (plan.actual(b.year()).isPresent()) {
        years.add(b.year());
      }
    });
    return List.copyOf(years);
  }

  /**
   * A year's lines, planned against actual: revenues then expenditures, each side that has lines followed by
   * its total row.
   *
   * @param plan not null
   * @param year a year with both a planned budget and an actual
   * @return the lines
   * @throws IllegalArgumentException if the year lacks either, naming which
   */
  public static List<LineExecution> execution(Plan plan, int year) {
    Objects.requireNonNull(plan, "plan");
    Optional<YearlyBudget> planned = plan.budget(year);
    Optional<YearlyBudget> actual = plan.actual(year);
    if (planned.isEmpty() || actual.isEmpty()) {
      throw new IllegalArgumentException(String.format(java.util.Locale.ROOT,
          "plan %s has no %s for %d; years with both: %s", plan.id(),
          planned.isEmpty() ? "planned budget" : "actuals", year, comparableYears(plan)));
    }
    List<LineExecution> out = new ArrayList<>();
    side(out, LineKind.REVENUE, year, planned.get().revenues(), actual.get().revenues());
    side(out, LineKind.EXPENDITURE, year, planned.get().expenditures(), actual.get().expenditures());
    return out;
  }

  private static void side(List<LineExecution> out, LineKind kind, int year, List<BudgetLine> planned,
      List<BudgetLine> actual) {
    Map<String, Money> p = byLabel(planned);
    Map<String, Money> a = byLabel(actual);
    Set<String> labels = new LinkedHashSet<>(p.keySet());
    labels.addAll(a.keySet());
    if (labels.isEmpty()) {
      return;
    }
    Money tp = Money.ZERO;
    Money ta = Money.ZERO;
    for (String l : labels) {
      Money pl = p.getOrDefault(l, Money.ZERO);
      Money ac = a.getOrDefault(l, Money.ZERO);
      out.add(new LineExecution(kind, l, year, pl, ac));
      tp = tp.plus(pl);
      ta = ta.plus(ac);
    }
    out.add(new LineExecution(kind, TOTAL, year, tp, ta));
  }

  /**
   * Each line's series over every year with a planned budget or an actual: the actual where there is
   * one, else the planned amount; a year where the line is absent is left out.
   *
   * @param plan not null
   * @param kind revenues or expenditures, not null
   * @return label → points in year order, labels in the order first met
   */
  public static Map<String, List<SeriesPoint>> series(Plan plan, LineKind kind) {
    Objects.requireNonNull(plan, "plan");
    Objects.requireNonNull(kind, "kind");
    Set<Integer> years = new TreeSet<>();
    plan.budgets().forEach(b -> years.add(b.year()));
    plan.actuals().forEach(b -> years.add(b.year()));
    Map<String, List<SeriesPoint>> out = new LinkedHashMap<>();
    for (int y : years) {
      Optional<YearlyBudget> actual = plan.actual(y);
      YearlyBudget b = actual.orElseGet(() -> plan.budget(y).orElseThrow());
      for (BudgetLine l : kind == LineKind.REVENUE ? b.revenues() : b.expenditures()) {
        out.computeIfAbsent(l.label(), k -> new ArrayList<>()).add(new SeriesPoint(y, l.amount(), actual.isPresent()));
      }
    }
    return out;
  }

  private static Map<String, Money> byLabel(List<BudgetLine> lines) {
    Map<String, Money> m = new LinkedHashMap<>();
    lines.forEach(l -> m.put(l.label(), l.amount()));
    return m;
  }
}
