package io.github.socialplan.core.plan;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value;

/**
 * A social plan (<i>Piano di Zona</i>, <i>Piano Sociale Metropolitano</i>, regional strategy): the
 * territory it covers, its period, thematic axes, actions, yearly budgets and targets.
 *
 * <p>On construction it checks that every budget year lies in the period and appears once, that action
 * ids are unique, that every action names a declared axis (when the plan declares axes) and that every
 * funding year lies in the period.
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

  /** {@return a stable identifier of the plan, e.g. "pdz-cremona-2015-2017"} */
  public abstract String id();

  /** {@return the title as published, e.g. "Piano di Zona 2015-2017"} */
  public abstract String title();

  /** {@return the id of the territory it covers (a grouping id or an ISTAT code)} */
  public abstract String territory();

  /** {@return the years the plan covers} */
  public abstract Period period();

  /** {@return the plan's thematic axes (<i>assi tematici</i>), in the plan's order} */
  public abstract List<ThematicAxis> axes();

  /** {@return the plan's actions, in the plan's order} */
  public abstract List<Action> actions();

  /** {@return yearly budgets, in the order given} */
  public abstract List<YearlyBudget> budgets();

  /** {@return the plan's targets (<i>obiettivi</i>)} */
  public abstract List<Target> targets();

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
    Set<Integer> years = new HashSet<>();
    for (YearlyBudget b : budgets()) {
      if (!period().contains(b.year())) {
        throw new IllegalArgumentException(String.format(Locale.ROOT,
            "plan %s has a budget for %d, outside its period %s", id(), b.year(), period()));
      }
      if (!years.add(b.year())) {
        throw new IllegalArgumentException("plan " + id() + " has two budgets for " + b.year());
      }
    }
    Set<String> axisIds = new HashSet<>();
    axes().forEach(a -> axisIds.add(a.id()));
    Set<String> actionIds = new HashSet<>();
    for (Action a : actions()) {
      if (!actionIds.add(a.id())) {
        throw new IllegalArgumentException("plan " + id() + " has two actions with id '" + a.id() + "'");
      }
      if (!axisIds.isEmpty() && !axisIds.contains(a.axis())) {
        throw new IllegalArgumentException(String.format(Locale.ROOT,
            "action %s of plan %s names an unknown axis '%s'; axes: %s", a.id(), id(), a.axis(), axisIds));
      }
      for (Funding f : a.fundings()) {
        if (!period().contains(f.year())) {
          throw new IllegalArgumentException(String.format(Locale.ROOT,
              "action %s of plan %s is funded in %d, outside the period %s", a.id(), id(), f.year(), period()));
        }
      }
    }
  }
}
