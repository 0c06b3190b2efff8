package io.github.socialplan.core.plan;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.github.socialplan.core.fund.FundLevel;
import io.github.socialplan.core.money.Money;
import io.github.socialplan.core.service.UserArea;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * One line of a yearly budget: a revenue by source (<i>entrata</i>) or an expenditure by area
 * (<i>intervento</i>, <i>spesa per area</i>), with its label as the plan writes it.
 *
 * <pre>{@code
 * BudgetLine fnps = BudgetLine.builder().label("Entrate da Fondo Naz. Politiche Sociali")
 *     .amount(Money.ofEuros(599_589)).fund("FNPS").level(FundLevel.NATIONAL).build();
 * }</pre>
 *
 * <p>This type is immutable and thread-safe.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableBudgetLine.class)
@JsonDeserialize(as = ImmutableBudgetLine.class)
public abstract class BudgetLine {

  /** {@return the label as the plan writes it, e.g. "Area anziani"} */
  public abstract String label();

  /** {@return the amount of the line, {@code >= 0} (a plan writes a reduction as its own, smaller line)} */
  public abstract Money amount();

  /** {@return for a revenue: the fund's id, if the line is one fund} */
  public abstract Optional<String> fund();

  /** {@return for a revenue: the level of its source, if known} */
  public abstract Optional<FundLevel> level();

  /** {@return for an expenditure: the ISTAT area of users, if the line is one} */
  public abstract Optional<UserArea> userArea();

  /**
   * Returns a line with a label and an amount only.
   *
   * @param label not blank
   * @param amount not null
   * @return the line
   */
  public static BudgetLine of(String label, Money amount) {
    return builder().label(label).amount(amount).build();
  }

  /**
   * Returns a new builder.
   *
   * @return a builder with nothing set
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@code BudgetLine} attribute by attribute; {@code build()} validates. Not thread-safe. */
  public static final class Builder extends ImmutableBudgetLine.Builder {
    Builder() {}
  }

  @Value.Check
  void check() {
    if (label().isBlank()) {
      throw new IllegalArgumentException("budget line of " + amount() + " has a blank label");
    }
    if (amount().isNegative()) {
      throw new IllegalArgumentException(
          "amount of budget line '" + label() + "' must not be negative: " + amount());
    }
  }
}
