package io.github.socialplan.budget.json;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.github.socialplan.budget.allocation.Bounds;
import io.github.socialplan.budget.reallocation.Reallocation;
import io.github.socialplan.budget.reallocation.ReallocationResult;
import io.github.socialplan.core.money.Money;
import java.math.BigDecimal;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A request to reallocate a budget to target shares (<i>richiesta di riequilibrio della spesa</i>), as
 * {@code socialplan reallocate} and {@code POST /v1/reallocate} read it:
 *
 * <pre>{@code
 * {"current": {"associated": 3571415.00, "direct": 15512768.00},
 *  "targets": {"associated": 0.30},
 *  "bounds": {"floors": {"direct": 10000000.00}}}
 * }</pre>
 *
 * <p>Its answer is the {@link ReallocationResult} as
 * {@link io.github.socialplan.budget.export.BudgetJson#reallocation} writes it.
 *
 * @param current each item's current amount, not null, not empty, each {@code >= 0}
 * @param targets target shares of the total of some items, each {@code 0..1}; null means none
 * @param bounds floors and ceilings of some items; null means none
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ReallocationRequest(Map<String, Money> current, Map<String, BigDecimal> targets, Bounds bounds) {

  /**
   * Checks that the required field is there and the amounts are not negative.
   *
   * @param current each item's current amount, not null, not empty, each {@code >= 0}
   * @param targets target shares of the total of some items, each {@code 0..1}; null means none
   * @param bounds floors and ceilings of some items; null means none
   */
  public ReallocationRequest {
    if (current == null) {
      throw new IllegalArgumentException("missing required field 'current' of ReallocationRequest");
    }
    if (current.isEmpty()) {
      throw new IllegalArgumentException("current must name at least one item");
    }
    // copies the caller cannot change, read-only to every reader: what is checked here is what reallocate() uses
    current = Collections.unmodifiableMap(new LinkedHashMap<>(current));
    for (Map.Entry<String, Money> c : current.entrySet()) {
      if (c.getValue() == null || c.getValue().isNegative()) {
        throw new IllegalArgumentException(
            "current amount of " + c.getKey() + " must not be negative: " + c.getValue());
      }
    }
    if (targets != null) {
      targets = Collections.unmodifiableMap(new LinkedHashMap<>(targets));
      for (Map.Entry<String, BigDecimal> t : targets.entrySet()) {
        if (t.getValue() == null || t.getValue().signum() < 0 || t.getValue().compareTo(BigDecimal.ONE) > 0) {
          throw new IllegalArgumentException("target share of " + t.getKey() + " must be in 0..1: "
              + (t.getValue() == null ? null : t.getValue().toPlainString()));
        }
      }
    }
  }

  /**
   * Reallocates with the least total movement ({@link Reallocation}).
   *
   * @return the result, whose amounts add up to the current total
   * @throws IllegalArgumentException if a target or bound names an unknown item, the target shares add up
   *     to more than one, or the bounds cannot hold the total
   */
  public ReallocationResult reallocate() {
    Reallocation.Builder b = Reallocation.builder();
    current.forEach(b::current);
    if (targets != null) {
      targets.forEach(b::target);
    }
    if (bounds != null) {
      bounds.floors().forEach(b::floor);
      bounds.ceilings().forEach(b::ceiling);
    }
    return b.build();
  }
}
