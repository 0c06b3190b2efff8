package io.github.socialplan.budget.json;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.github.socialplan.budget.allocation.Weights;
import io.github.socialplan.budget.transition.Transition;
import io.github.socialplan.budget.transition.TransitionCap;
import io.github.socialplan.budget.transition.TransitionPath;
import io.github.socialplan.core.money.Money;
import java.math.BigDecimal;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A request for the path from historical amounts to per-capita amounts (<i>richiesta di transizione alla
 * quota capitaria</i>), as {@code socialplan transition} and {@code POST /v1/transition} read it:
 *
 * <pre>{@code
 * {"historical": {"019036": 60000.00, "019098": 40000.00},
 *  "residents": {"019036": 70841, "019098": 8744},
 *  "capPercentOfHistorical": 5, "firstYear": 2015, "totals": [100000.00, 100000.00, 100000.00]}
 * }</pre>
 *
 * <p>Exactly one of {@code capPercentOfHistorical} and {@code capShareOfGap} sets the yearly cap
 * ({@link TransitionCap}). Its answer is the path as {@link io.github.socialplan.budget.export.BudgetJson#transition}
 * writes it.
 *
 * @param historical each recipient's historical amount, not null, not empty, each {@code >= 0}
 * @param residents residents of each recipient (the per-capita weights), not null, each {@code >= 0}
 * @param capPercentOfHistorical the yearly cap as a percent of the historical amount, {@code >= 0}; or null
 * @param capShareOfGap the yearly cap as a share of the gap to the target, {@code 0..1}; or null
 * @param firstYear the first year of the path, not null, 1..9999
 * @param totals the total of each year from {@code firstYear}, not null, not empty, each {@code > 0}, the
 *     last year no later than 9999
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record TransitionRequest(Map<String, Money> historical, Map<String, Long> residents,
    BigDecimal capPercentOfHistorical, BigDecimal capShareOfGap, Integer firstYear, List<Money> totals) {

  /**
   * Checks the fields, naming the one that is wrong.
   *
   * @param historical each recipient's historical amount, not null, not empty, each {@code >= 0}
   * @param residents residents of each recipient, not null, each {@code >= 0}
   * @param capPercentOfHistorical the yearly cap as a percent of the historical amount; or null
   * @param capShareOfGap the yearly cap as a share of the gap to the target; or null
   * @param firstYear the first year of the path, not null, 1..9999
   * @param totals the total of each year from {@code firstYear}, not null, not empty, each {@code > 0}, the
   *     last year no later than 9999
   */
  public TransitionRequest {
    require(historical, "historical");
    require(residents, "residents");
    require(firstYear, "firstYear");
    require(totals, "totals");
    if ((capPercentOfHistorical == null) == (capShareOfGap == null)) {
      throw new IllegalArgumentException(
          "exactly one of 'capPercentOfHistorical' and 'capShareOfGap' must be given");
    }
    if (historical.isEmpty()) {
      throw new IllegalArgumentException("historical must name at least one recipient");
    }
    // copies the caller cannot change, read-only to every reader: what is checked here is what path() uses
    historical = Collections.unmodifiableMap(new LinkedHashMap<>(historical));
    for (Map.Entry<String, Money> h : historical.entrySet()) {
      if (h.getValue() == null || h.getValue().isNegative()) {
        throw new IllegalArgumentException(
            "historical amount of " + h.getKey() + " must not be negative: " + h.getValue());
      }
    }
    residents = Collections.unmodifiableMap(new LinkedHashMap<>(residents));
    for (Map.Entry<String, Long> r : residents.entrySet()) {
      if (r.getValue() == null || r.getValue() < 0) {
        throw new IllegalArgumentException(
            "residents of " + r.getKey() + " must not be negative: " + r.getValue());
      }
    }
    if (firstYear < 1 || firstYear > 9999) {
      throw new IllegalArgumentException("firstYear must be 1..9999: " + firstYear);
    }
    if (totals.isEmpty()) {
      throw new IllegalArgumentException("totals must give at least one year");
    }
    if (totals.size() - 1 > 9999 - firstYear) {
      // the path's years are 1..9999, as every year the library reads or writes
      throw new IllegalArgumentException("totals must end by 9999: " + totals.size() + " totals from "
          + firstYear + " reach " + ((long) firstYear + totals.size() - 1));
    }
    for (int i = 0; i < totals.size(); i++) {
      // as the path refuses it, so that reading (validate) refuses what computing would
      if (totals.get(i) == null || !totals.get(i).isPositive()) {
        throw new IllegalArgumentException("total of " + (firstYear + i) + " must be > 0: " + totals.get(i));
      }
    }
    totals = List.copyOf(totals); // after the check above, which names a null total
    cap(capPercentOfHistorical, capShareOfGap); // checks the cap's range now, naming it
  }

  private static void require(Object value, String field) {
    if (value == null) {
      throw new IllegalArgumentException("missing required field '" + field + "' of TransitionRequest");
    }
  }

  private static TransitionCap cap(BigDecimal percentOfHistorical, BigDecimal shareOfGap) {
    return percentOfHistorical != null
        ? TransitionCap.percentOfHistorical(percentOfHistorical)
        : TransitionCap.shareOfGap(shareOfGap);
  }

  /**
   * Computes the path year by year ({@link Transition#path}).
   *
   * @return the path, each year adding up to its total
   * @throws IllegalArgumentException if the recipients of the historical amounts and of the residents
   *     differ, the historical amounts are all zero or a total is not positive
   */
  public TransitionPath path() {
    Weights.Builder w = Weights.builder();
    residents.forEach(w::add);
    return Transition.path(historical, w.build(), cap(capPercentOfHistorical, capShareOfGap), firstYear,
        totals);
  }
}
