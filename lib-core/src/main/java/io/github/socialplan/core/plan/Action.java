package io.github.socialplan.core.plan;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.github.socialplan.core.money.Money;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * An action of a plan (<i>azione</i>, <i>intervento</i>, <i>progetto</i>): its axis, target group and
 * instrument (the Torino plan crosses target groups with instruments inside each axis), the objectives it
 * serves, its expected-result targets, lead body, partners, and its budget: {@link Funding} lines by year
 * and fund, and {@link CostLine}s (an amount or quantity × unit cost over one or more years). The two
 * are parts of one budget, which is their sum: where a source states the same money twice, by who pays it
 * and by what it buys (a project sheet's funding table beside its cost table), give it once, as
 * cost lines naming their fund, or the sum counts it twice.
 *
 * <pre>{@code
 * Action labs = Action.builder().id("wfl-2").title("Laboratori di Comunità").leadBody("Comune di Cremona")
 *     .addCost(CostLine.builder().label("laboratori di comunità").years(Period.of(2015, 2017)).eachYear(true)
 *         .quantity(new BigDecimal("15")).unitCost(Money.ofEuros(12_000)).build())
 *     .build();
 * }</pre>
 *
 * <p>Whatever the source does not state (an axis, a target group, a fund) stays absent. This type is
 * immutable and thread-safe.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableAction.class)
@JsonDeserialize(as = ImmutableAction.class)
public abstract class Action {

  /** {@return the id, unique among the plan's objectives, targets and actions; not blank} */
  public abstract String id();

  /** {@return the title as the plan writes it; not blank} */
  public abstract String title();

  /** {@return the id of its {@link ThematicAxis}, if the plan states one} */
  public abstract Optional<String> axis();

  /** {@return the target group (<i>target</i>, <i>destinatari</i>), e.g. "famiglie con minori"} */
  public abstract Optional<String> targetGroup();

  /** {@return the instrument (<i>strumento</i>), e.g. "co-progettazione", "voucher"} */
  public abstract Optional<String> instrument();

  /** {@return A longer description from the source, if any} */
  public abstract Optional<String> description();

  /** {@return the ids of the {@link Objective}s it serves} */
  public abstract List<String> objectives();

  /** {@return expected-result indicators with baseline and target} */
  public abstract List<Target> indicators();

  /** {@return the lead body (<i>capofila</i>), if stated} */
  public abstract Optional<String> leadBody();

  /** {@return the partners (<i>partner</i>), as named} */
  public abstract List<String> partners();

  /** {@return budget lines by year and fund} */
  public abstract List<Funding> fundings();

  /** {@return budget lines as amounts or quantity × unit cost, per year or for the whole span} */
  public abstract List<CostLine> costs();

  /** {@return where the source describes it: document title and section} */
  public abstract Optional<String> source();

  /**
   * The action's funding in a year, all funds together, from its {@link #fundings()}.
   *
   * @param year any
   * @return the sum of its lines of that year
   */
  public Money funding(int year) {
    return fundings().stream().filter(f -> f.year() == year).map(Funding::amount).collect(Money.summing());
  }

  /**
   * The total of its {@link #costs()} over all their years.
   *
   * @return the sum of each line's {@link CostLine#total()}
   */
  public Money costTotal() {
    return costs().stream().map(CostLine::total).collect(Money.summing());
  }

  /**
   * Returns a new builder.
   *
   * @return a builder with nothing set
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@code Action} attribute by attribute; {@code build()} validates. Not thread-safe. */
  public static final class Builder extends ImmutableAction.Builder {
    Builder() {}
  }

  @Value.Check
  void check() {
    if (id().isBlank() || title().isBlank()) {
      throw new IllegalArgumentException("action needs an id and a title: '" + id() + "', '" + title() + "'");
    }
  }
}
