package io.github.socialplan.indicators.monitoring;

import io.github.socialplan.indicators.result.IndicatorValue;
import java.math.BigDecimal;
import java.util.Objects;
import java.util.Optional;

/**
 * A target's progress in one year (<i>avanzamento annuale</i>): what was observed, what the path expected,
 * the percentage achieved and the status. This is the row a "target progress" chart draws.
 *
 * @param year the year
 * @param observed the value observed that year (the baseline itself in the baseline year), if any
 * @param achieved for a yes/no target, whether it was achieved that year, if observed
 * @param baseline whether {@code observed} is the target's baseline rather than an observation
 * @param expected the value the path expects that year: the stated path, else the straight line from the
 *     baseline to the target; undefined (with its reason) when neither can be drawn or for a yes/no target
 * @param percentAchieved {@code (observed - baseline) / (target - baseline) × 100}, 100 or 0 for a yes/no
 *     target; undefined (with its reason) when nothing was observed or there is no baseline or target
 * @param status where the target stands that year
 * @param detail why the status is what it is, in words
 */
public record YearProgress(int year, Optional<BigDecimal> observed, Optional<Boolean> achieved, boolean baseline,
    IndicatorValue expected, IndicatorValue percentAchieved, TargetStatus status, String detail) {

  /**
   * Checks that no component is null.
   *
   * @param year the year
   * @param observed the value observed that year (the baseline itself in the baseline year), if any
   * @param achieved for a yes/no target, whether it was achieved that year, if observed
   * @param baseline whether {@code observed} is the target's baseline rather than an observation
   * @param expected the value the path expects that year: the stated path, else the straight line from the baseline to the target; undefined (with its reason) when neither can be drawn or for a yes/no target
   * @param percentAchieved {@code (observed - baseline) / (target - baseline) × 100}, 100 or 0 for a yes/no target; undefined (with its reason) when nothing was observed or there is no baseline or target
   * @param status where the target stands that year
   * @param detail why the status is what it is, in words
   */
  public YearProgress {
    Objects.requireNonNull(observed, "observed");
    Objects.requireNonNull(achieved, "achieved");
    Objects.requireNonNull(expected, "expected");
    Objects.requireNonNull(percentAchieved, "percentAchieved");
    Objects.requireNonNull(status, "status");
    Objects.requireNonNull(detail, "detail");
  }

  /**
   * Whether something was observed that year (a value, the baseline, or a yes/no outcome).
   *
   * @return true if measured
   */
  public boolean isObserved() {
    return observed.isPresent() || achieved.isPresent();
  }
}
