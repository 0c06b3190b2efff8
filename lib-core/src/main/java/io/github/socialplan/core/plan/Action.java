package io.github.socialplan.core.plan;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.github.socialplan.core.money.Money;
import java.util.List;
import org.immutables.value.Value;

/**
 * An action of a plan (<i>azione</i>, <i>intervento</i>, <i>progetto</i>): its axis, target group and
 * instrument (the Torino plan crosses target groups with instruments inside each axis), its
 * expected-result indicators, lead body, partners and funding by year and fund.
 *
 * <p>This type is immutable and thread-safe.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableAction.class)
@JsonDeserialize(as = ImmutableAction.class)
public abstract class Action {

  /** {@return a stable identifier of the action, unique in its plan} */
  public abstract String id();

  /** {@return the title as the plan writes it} */
  public abstract String title();

  /** {@return the id of its {@link ThematicAxis}} */
  public abstract String axis();

  /** {@return the target group (<i>target</i>, <i>destinatari</i>), e.g. "famiglie con minori"} */
  public abstract String targetGroup();

  /** {@return the instrument (<i>strumento</i>), e.g. "co-progettazione", "voucher"} */
  public abstract String instrument();

  /** {@return expected-result indicators with baseline and target} */
  public abstract List<Target> indicators();

  /** {@return the lead body (<i>capofila</i>)} */
  public abstract String leadBody();

  /** {@return the partners (<i>partner</i>) besides the lead body, in the order given} */
  public abstract List<String> partners();

  /** {@return budget lines by year and fund} */
  public abstract List<Funding> fundings();

  /**
   * The action's funding in a year, all funds together.
   *
   * @param year any
   * @return the sum of its lines of that year
   */
  public Money funding(int year) {
    return fundings().stream().filter(f -> f.year() == year).map(Funding::amount).collect(Money.summing());
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
