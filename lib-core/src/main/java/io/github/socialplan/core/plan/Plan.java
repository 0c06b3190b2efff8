package io.github.socialplan.core.plan;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.github.socialplan.core.fund.FundLevel;
import io.github.socialplan.core.fund.Funds;
import io.github.socialplan.core.service.Services;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value;

/**
 * A social plan (<i>Piano di Zona</i>, <i>Piano Sociale Metropolitano</i>, regional strategy, project
 * sheet) as planners write and monitor it: the territory it covers, its period, thematic axes, objectives
 * (qualitative or measured by targets), actions with their budget lines, yearly budgets (planned, as in a
 * <i>Piano Operativo Annuale</i>) and actuals (<i>consuntivo</i>, <i>Report Annuale</i>), governance
 * bodies, participation figures, yearly thematic foci, the funds and services it names, an optional
 * project sheet, and what its source leaves unstated ({@link #notInSource()}).
 *
 * <p>On construction it checks that ids of objectives, targets and actions are unique; that every axis and
 * objective an element names is declared; that every budget, focus, funding, cost line and observation lies
 * in the period (actuals may precede it: a plan reports the results of the years before it); that each
 * year has one budget and one actual; and that every fund and service named is in {@link Funds} and
 * {@link Services}, and named once. Messages name the plan, the element and the offending value.
 *
 * <pre>{@code
 * Plan pdz = Plan.builder().id("pdz-cremona-2015-2017").title("Piano di Zona 2015-2017")
 *     .territory("ambito-cremona").period(Period.of(2015, 2017))
 *     .addBudget(budget2015).addBudget(budget2016).addBudget(budget2017)
 *     .build();
 * }</pre>
 *
 * <p>This type is immutable and thread-safe.
 */
@Value.Immutable
@JsonSerialize(as = ImmutablePlan.class)
@JsonDeserialize(as = ImmutablePlan.class)
public abstract class Plan {

  /** {@return the plan's id; not blank} */
  public abstract String id();

  /** {@return the title as published} */
  public abstract String title();

  /** {@return the id of the territory it covers (a grouping id or an ISTAT code)} */
  public abstract String territory();

  /** {@return the years it covers} */
  public abstract Period period();

  /** {@return the document it is written from: its public title} */
  public abstract Optional<String> source();

  /** {@return thematic axes (<i>assi tematici</i>, <i>ambiti di policy</i>)} */
  public abstract List<ThematicAxis> axes();

  /** {@return objectives and priorities, qualitative or measured by {@link #targets()}} */
  public abstract List<Objective> objectives();

  /** {@return actions, projects and interventions} */
  public abstract List<Action> actions();

  /** {@return yearly planned budgets (<i>previsione</i>, <i>Piano Operativo Annuale</i>), in the order given} */
  public abstract List<YearlyBudget> budgets();

  /**
   * Yearly actuals (<i>consuntivo</i>, <i>Report Annuale</i>), in the order given: of the plan's years, or
   * of the years before it that the plan reports as its starting point.
   *
   * @return the actual budgets, possibly empty
   */
  public abstract List<YearlyBudget> actuals();

  /** {@return the plan's targets (<i>obiettivi misurati</i>, <i>risultati attesi</i>)} */
  public abstract List<Target> targets();

  /** {@return governance bodies, or the enti gestori of the territory} */
  public abstract List<GovernanceBody> governance();

  /** {@return figures of the participation process} */
  public abstract List<ParticipationFigure> participation();

  /** {@return the theme studied in depth in each year, if the plan sets one} */
  public abstract List<YearlyFocus> focuses();

  /** {@return the ids of the funds the plan names (see {@link Funds})} */
  public abstract List<String> funds();

  /** {@return the ids of the services the plan names (see {@link Services})} */
  public abstract List<String> services();

  /** {@return the project sheet, for a plan that is a project (<i>scheda di progetto</i>)} */
  public abstract Optional<ProjectSheet> projectSheet();

  /** {@return what the source does not give, each said in words (e.g. "no yearly split of the 250 pacts")} */
  public abstract List<String> notInSource();

  /**
   * The actuals of a year.
   *
   * @param year any
   * @return the actuals, or empty
   */
  public Optional<YearlyBudget> actual(int year) {
    return actuals().stream().filter(b -> b.year() == year).findFirst();
  }

  /**
   * Every target of the plan: its own, then each action's indicators in action order.
   *
   * @return the targets
   */
  public List<Target> allTargets() {
    List<Target> all = new java.util.ArrayList<>(targets());
    actions().forEach(a -> all.addAll(a.indicators()));
    return all;
  }

  /**
   * The budget of a year.
   *
   * @param year any
   * @return the budget, or empty
   */
  public Optional<YearlyBudget> budget(int year) {
    return budgets().stream().filter(b -> b.year() == year).findFirst();
  }

  /**
   * Returns a new builder.
   *
   * @return a builder with nothing set
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@code Plan} attribute by attribute; {@code build()} validates. Not thread-safe. */
  public static final class Builder extends ImmutablePlan.Builder {
    Builder() {}
  }

  @Value.Check
  void check() {
    if (id().isBlank()) {
      throw new IllegalArgumentException("plan id is blank ('" + title() + "')");
    }
    checkYears("budget", budgets(), false);
    checkYears("actual", actuals(), true);
    checkLines("budget", budgets());
    checkLines("actual", actuals());
    Set<String> ids = new HashSet<>();
    Set<String> axisIds = new HashSet<>();
    for (ThematicAxis a : axes()) {
      if (!axisIds.add(a.id())) {
        throw new IllegalArgumentException("plan " + id() + " has two axes with id '" + a.id() + "'");
      }
    }
    Set<String> objectiveIds = new HashSet<>();
    for (Objective o : objectives()) {
      unique(ids, o.id(), "objective");
      objectiveIds.add(o.id());
      o.axis().ifPresent(axis -> known(axisIds, axis, "axis", "objective %s", o.id()));
    }
    for (Target t : targets()) {
      checkTarget(t, ids, objectiveIds, null);
    }
    for (Action a : actions()) {
      unique(ids, a.id(), "action");
      a.axis().ifPresent(axis -> known(axisIds, axis, "axis", "action %s", a.id()));
      a.objectives().forEach(o -> known(objectiveIds, o, "objective", "action %s", a.id()));
      for (Target t : a.indicators()) {
        checkTarget(t, ids, objectiveIds, a);
      }
      for (Funding f : a.fundings()) {
        if (!period().contains(f.year())) {
          throw new IllegalArgumentException(String.format(Locale.ROOT,
              "action %s of plan %s is funded in %d, outside the period %s", a.id(), id(), f.year(), period()));
        }
        knownFund(f.fund(), "funding of action %s in %d", a.id(), f.year());
      }
      for (CostLine c : a.costs()) {
        if (!period().contains(c.years().startYear()) || !period().contains(c.years().endYear())) {
          throw new IllegalArgumentException(String.format(Locale.ROOT,
              "cost line '%s' of action %s of plan %s covers %s, outside the period %s", c.label(), a.id(), id(),
              c.years(), period()));
        }
        c.fund().ifPresent(f -> knownFund(f, "cost line '%s' of action %s", c.label(), a.id()));
      }
    }
    for (YearlyFocus f : focuses()) {
      if (!period().contains(f.year())) {
        throw new IllegalArgumentException(String.format(Locale.ROOT,
            "plan %s has a focus for %d, outside its period %s", id(), f.year(), period()));
      }
    }
    Set<String> named = new HashSet<>();
    for (String f : funds()) {
      knownFund(f, "the fund list");
      if (!named.add(f)) {
        throw new IllegalArgumentException(String.format(Locale.ROOT,
            "plan %s names the fund '%s' twice in its fund list", id(), f));
      }
    }
    named.clear();
    for (String s : services()) {
      if (Services.find(s).isEmpty()) {
        throw new IllegalArgumentException(String.format(Locale.ROOT,
            "plan %s names an unknown service '%s' in its service list", id(), s));
      }
      if (!named.add(s)) {
        throw new IllegalArgumentException(String.format(Locale.ROOT,
            "plan %s names the service '%s' twice in its service list", id(), s));
      }
    }
  }

  private void checkYears(String kind, List<YearlyBudget> list, boolean mayPrecede) {
    Set<Integer> years = new HashSet<>();
    for (YearlyBudget b : list) {
      boolean inside = mayPrecede ? b.year() <= period().endYear() : period().contains(b.year());
      if (!inside) {
        throw new IllegalArgumentException(String.format(Locale.ROOT,
            "plan %s has a%s %s for %d, %s its period %s", id(), kind.equals("actual") ? "n" : "", kind, b.year(),
            mayPrecede ? "after" : "outside", period()));
      }
      if (!years.add(b.year())) {
        throw new IllegalArgumentException("plan " + id() + " has two " + kind + "s for " + b.year());
      }
    }
  }

  /**
   * Refuses a budget line whose fund is unknown, or whose level is not its fund's: a national fund counted
   * as local money would move it between the levels of the balance.
   */
  private void checkLines(String kind, List<YearlyBudget> list) {
    for (YearlyBudget b : list) {
      for (List<BudgetLine> side : List.of(b.revenues(), b.expenditures())) {
        for (BudgetLine l : side) {
          if (l.fund().isEmpty()) {
            continue;
          }
          knownFund(l.fund().get(), "line '%s' of the %s of %d", l.label(), kind, b.year());
          FundLevel level = Funds.find(l.fund().get()).orElseThrow().level();
          if (l.level().isPresent() && l.level().get() != level) {
            throw new IllegalArgumentException(String.format(Locale.ROOT,
                "line '%s' of the %s of %d of plan %s is at level %s, but its fund %s is %s", l.label(), kind,
                b.year(), id(), l.level().get(), l.fund().get(), level));
          }
        }
      }
    }
  }

  /**
   * Checks a target of the plan, or an indicator of an action ({@code owner}); the messages say which, and
   * are made only when a check fails.
   */
  private void checkTarget(Target t, Set<String> ids, Set<String> objectiveIds, Action owner) {
    String name = t.id().orElse(t.indicator());
    t.id().ifPresent(i -> unique(ids, i, "target"));
    t.objective().ifPresent(o -> {
      if (owner == null) {
        known(objectiveIds, o, "objective", "target '%s'", name);
      } else {
        known(objectiveIds, o, "objective", "indicator of action %s '%s'", owner.id(), name);
      }
    });
    for (Observation o : t.observations()) {
      if (!period().contains(o.year())) {
        throw new IllegalArgumentException(String.format(Locale.ROOT,
            "%s '%s' of plan %s has an observation for %d, outside the plan's period %s",
            owner == null ? "target" : "indicator of action " + owner.id(), name, id(), o.year(), period()));
      }
    }
  }

  private void unique(Set<String> ids, String candidate, String kind) {
    if (!ids.add(candidate)) {
      throw new IllegalArgumentException(String.format(Locale.ROOT,
          "plan %s has a duplicate id '%s' (%s); ids of objectives, targets and actions must be unique", id(),
          candidate, kind));
    }
  }

  /**
   * Refuses a reference to an id the plan does not declare; {@code where} (a format and its arguments, such
   * as {@code "action %s"}) says what refers to it, and is formatted only then.
   */
  private void known(Set<String> declared, String name, String kind, String where, Object... whereArgs) {
    if (!declared.contains(name)) {
      throw new IllegalArgumentException(String.format(Locale.ROOT,
          "%s of plan %s names an unknown %s '%s'; %s: %s", String.format(Locale.ROOT, where, whereArgs), id(),
          kind, name,
          kind.equals("axis") ? "axes" : kind + "s",
          new java.util.TreeSet<>(declared)));
    }
  }

  /** Refuses an unknown fund; {@code where} is formatted as in {@link #known}, only then. */
  private void knownFund(String fund, String where, Object... whereArgs) {
    if (Funds.find(fund).isEmpty()) {
      throw new IllegalArgumentException(String.format(Locale.ROOT,
          "%s of plan %s names an unknown fund '%s'; known funds: %s", String.format(Locale.ROOT, where, whereArgs),
          id(), fund,
          Funds.all().stream().map(f -> f.id()).toList()));
    }
  }
}
