package io.github.socialplan.core.plan;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.github.socialplan.core.money.Money;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value;

/**
 * The budget of one year of a plan (<i>previsione delle risorse</i>): revenue lines by source, expenditure
 * lines by area, and the totals the plan published. The published totals are kept as written, not
 * recomputed, so that a balance check can report where they differ from the sums of the lines (Piano di Zona
 * 2015-2017 dell'Ambito di Cremona, §5.6: in 2015 the expenditure lines add up to 5,574,718 against a published 5,574,719).
 *
 * <p>This type is immutable and thread-safe.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableYearlyBudget.class)
@JsonDeserialize(as = ImmutableYearlyBudget.class)
public abstract class YearlyBudget {

  /** {@return the calendar year of the budget} */
  public abstract int year();

  /** {@return revenues by source (<i>entrate</i>)} */
  public abstract List<BudgetLine> revenues();

  /** {@return expenditures by area (<i>interventi</i>)} */
  public abstract List<BudgetLine> expenditures();

  /** {@return the total revenue as published, if the plan gives one} */
  public abstract Optional<Money> publishedRevenueTotal();

  /** {@return the total expenditure as published, if the plan gives one} */
  public abstract Optional<Money> publishedExpenditureTotal();

  /** {@return where the source gives this budget: document title and section} */
  public abstract Optional<String> source();

  /** {@return the sum of the revenue lines} */
  public Money revenueTotal() {
    return revenues().stream().map(BudgetLine::amount).collect(Money.summing());
  }

  /** {@return the sum of the expenditure lines} */
  public Money expenditureTotal() {
    return expenditures().stream().map(BudgetLine::amount).collect(Money.summing());
  }

  /**
   * Returns a new builder.
   *
   * @return a builder with nothing set
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@code YearlyBudget} attribute by attribute; {@code build()} validates. Not thread-safe. */
  public static final class Builder extends ImmutableYearlyBudget.Builder {
    Builder() {}
  }

  @Value.Check
  void check() {
    Years.check("budget", year());
    publishedTotal("publishedRevenueTotal", publishedRevenueTotal());
    publishedTotal("publishedExpenditureTotal", publishedExpenditureTotal());
    uniqueLabels("revenue", revenues());
    uniqueLabels("expenditure", expenditures());
  }

  private void publishedTotal(String field, Optional<Money> total) {
    if (total.isPresent() && total.get().isNegative()) {
      throw new IllegalArgumentException(
          field + " of budget " + year() + " must not be negative: " + total.get());
    }
  }

  private void uniqueLabels(String kind, List<BudgetLine> lines) {
    Set<String> seen = new HashSet<>();
    for (BudgetLine l : lines) {
      if (!seen.add(l.label())) {
        throw new IllegalArgumentException(
            "budget " + year() + " has the " + kind + " line '" + l.label() + "' twice");
      }
    }
  }
}
