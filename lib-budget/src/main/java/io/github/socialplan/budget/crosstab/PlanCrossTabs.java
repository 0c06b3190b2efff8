package io.github.socialplan.budget.crosstab;

import io.github.socialplan.core.money.Money;
import io.github.socialplan.core.plan.Action;
import io.github.socialplan.core.plan.CostLine;
import io.github.socialplan.core.plan.Funding;
import io.github.socialplan.core.plan.Plan;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The cross views of a plan's actions (<i>matrici del piano</i>): their budgets by area × fund and by
 * axis × year, and the actions themselves by target group × instrument within each axis, as the Piano
 * Sociale Metropolitano of the Città metropolitana di Torino builds its actions.
 *
 * <p>The budget of an action is its {@link Funding} lines plus its {@link CostLine}s, as {@link Action}
 * says: the same money given both ways counts twice. What a line does not
 * state goes under a named key: {@value #NO_AREA}, {@value #NO_FUND}, {@value #NO_AXIS}; a multi-year
 * cost not split by year goes under the column of its span followed by {@value #NOT_SPLIT} (e.g.
 * "2015-2017 not split by year"). So both tables add up, to the cent, to {@link #total(Plan)}.
 *
 * <p>This class is stateless and thread-safe.
 */
public final class PlanCrossTabs {

  /** The row of lines that state no area. */
  public static final String NO_AREA = "(area not stated)";
  /** The column of lines that state no fund. */
  public static final String NO_FUND = "(fund not stated)";
  /** The row of actions that state no axis. */
  public static final String NO_AXIS = "(axis not stated)";
  /** Follows the span of a cost that is not split by year. */
  public static final String NOT_SPLIT = " not split by year";
  /** The cell of actions that state no target group or no instrument. */
  public static final String NOT_STATED = "(not stated)";

  private PlanCrossTabs() {}

  /**
   * The total budget of a plan's actions: every funding and every cost line over all its years.
   *
   * @param plan not null
   * @return the total
   */
  public static Money total(Plan plan) {
    Objects.requireNonNull(plan, "plan");
    Money sum = Money.ZERO;
    for (Action a : plan.actions()) {
      sum = sum.plus(a.costTotal());
      for (Funding f : a.fundings()) {
        sum = sum.plus(f.amount());
      }
    }
    return sum;
  }

  /**
   * The actions' budgets by area (rows) and fund (columns). Fundings state a fund and no area.
   *
   * @param plan not null
   * @return the table; its total equals {@link #total(Plan)}
   */
  public static CrossTab areaByFund(Plan plan) {
    Objects.requireNonNull(plan, "plan");
    CrossTab.Builder t = CrossTab.builder("area", "fund");
    for (Action a : plan.actions()) {
      for (Funding f : a.fundings()) {
        t.add(NO_AREA, f.fund(), f.amount());
      }
      for (CostLine c : a.costs()) {
        t.add(c.area().orElse(NO_AREA), c.fund().orElse(NO_FUND), c.total());
      }
    }
    return t.build();
  }

  /**
   * The actions' budgets by axis (rows, axis ids) and year (columns); a multi-year cost not split by year
   * has its own column.
   *
   * @param plan not null
   * @return the table; its total equals {@link #total(Plan)}
   */
  public static CrossTab axisByYear(Plan plan) {
    Objects.requireNonNull(plan, "plan");
    CrossTab.Builder t = CrossTab.builder("axis", "year");
    for (Action a : plan.actions()) {
      String axis = a.axis().orElse(NO_AXIS);
      for (Funding f : a.fundings()) {
        t.add(axis, Integer.toString(f.year()), f.amount());
      }
      for (CostLine c : a.costs()) {
        if (c.eachYear() || c.years().length() == 1) {
          c.years().years().forEach(y -> t.add(axis, Integer.toString(y), c.inYear(y).orElseThrow()));
        } else {
          t.add(axis, c.years() + NOT_SPLIT, c.total());
        }
      }
    }
    return t.build();
  }

  /**
   * The actions by target group (rows) and instrument (columns) within each axis (<i>incrocio di target e
   * strumenti</i>): axis id, then target group, then instrument, to the ids of the actions there.
   *
   * @param plan not null
   * @return axis → target group → instrument → action ids, in the order met
   */
  public static Map<String, Map<String, Map<String, List<String>>>> actionMatrix(Plan plan) {
    Objects.requireNonNull(plan, "plan");
    Map<String, Map<String, Map<String, List<String>>>> m = new LinkedHashMap<>();
    for (Action a : plan.actions()) {
      m.computeIfAbsent(a.axis().orElse(NO_AXIS), k -> new LinkedHashMap<>())
          .computeIfAbsent(orNotStated(a.targetGroup()), k -> new LinkedHashMap<>())
          .computeIfAbsent(orNotStated(a.instrument()), k -> new java.util.ArrayList<>())
          .add(a.id());
    }
    return m;
  }

  private static String orNotStated(Optional<String> s) {
    return s.orElse(NOT_STATED);
  }
}
