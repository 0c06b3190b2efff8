package io.github.socialplan.budget.json;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.github.socialplan.budget.allocation.Allocation;
import io.github.socialplan.budget.allocation.Bounds;
import io.github.socialplan.budget.allocation.LargestRemainder;
import io.github.socialplan.budget.allocation.Weights;
import io.github.socialplan.core.money.Money;

/**
 * A request to allocate an amount exactly to the cent (<i>richiesta di riparto</i>), as the command line
 * ({@code socialplan allocate}) and the HTTP API ({@code POST /v1/allocate}) read it:
 *
 * <pre>{@code
 * {"total": 100000.00, "weights": {"019036": 70841, "019098": 8744},
 *  "bounds": {"floors": {"019098": 20000.00}}}
 * }</pre>
 *
 * <p>Its answer is the {@link Allocation} by the largest-remainder method ({@link LargestRemainder}).
 *
 * @param total the amount to allocate, not null, {@code >= 0}
 * @param weights the recipients and their weights, not null, at least one
 * @param bounds floors and ceilings; null means none
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record AllocationRequest(Money total, Weights weights, Bounds bounds) {

  /**
   * Checks that the required fields are there and the total is not negative.
   *
   * @param total the amount to allocate, not null, {@code >= 0}
   * @param weights the recipients and their weights, not null, at least one
   * @param bounds floors and ceilings; null means none
   */
  public AllocationRequest {
    if (total == null) {
      throw new IllegalArgumentException("missing required field 'total' of AllocationRequest");
    }
    if (weights == null) {
      throw new IllegalArgumentException("missing required field 'weights' of AllocationRequest");
    }
    if (total.isNegative()) {
      throw new IllegalArgumentException("total must not be negative: " + total);
    }
    if (weights.size() == 0) {
      throw new IllegalArgumentException("weights must name at least one recipient");
    }
  }

  /**
   * Allocates the total.
   *
   * @return the allocation, whose amounts add up to the total
   * @throws IllegalArgumentException if every weight is zero, a bound names a recipient without a weight, or
   *     the bounds cannot be met (floors above the total, ceilings below it)
   */
  public Allocation allocate() {
    return LargestRemainder.allocate(total, weights, bounds == null ? Bounds.none() : bounds);
  }
}
