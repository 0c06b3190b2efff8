package io.github.socialplan.indicators.monitoring;

import io.github.socialplan.core.plan.MeasureKind;
import io.github.socialplan.core.plan.Observation;
import io.github.socialplan.core.plan.Plan;
import io.github.socialplan.core.plan.Target;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The yes/no outcomes of a plan counted as achieved, not achieved or not yet observed (<i>esiti sì/no</i>),
 * each by its latest observation, per objective and for the whole plan.
 *
 * @param achieved outcomes whose latest observation says achieved
 * @param notAchieved outcomes whose latest observation says not achieved
 * @param notMeasured outcomes never observed
 */
public record OutcomeSummary(int achieved, int notAchieved, int notMeasured) {

  /**
   * Counts the yes/no targets among some targets; measured targets are ignored.
   *
   * @param targets not null
   * @return the counts
   */
  public static OutcomeSummary of(List<Target> targets) {
    Objects.requireNonNull(targets, "targets");
    int yes = 0;
    int no = 0;
    int none = 0;
    for (Target t : targets) {
      if (t.measure() != MeasureKind.YES_NO) {
        continue;
      }
      Optional<Observation> last = t.observations().stream().max(Comparator.comparingInt(Observation::year));
      if (last.isEmpty()) {
        none++;
      } else if (last.get().achieved().orElseThrow()) {
        yes++;
      } else {
        no++;
      }
    }
    return new OutcomeSummary(yes, no, none);
  }

  /**
   * Counts a plan's yes/no targets (its own and its actions'), for the whole plan.
   *
   * @param plan not null
   * @return the counts
   */
  public static OutcomeSummary of(Plan plan) {
    return of(Objects.requireNonNull(plan, "plan").allTargets());
  }

  /**
   * Counts a plan's yes/no targets per objective they name, in the order of the plan's objectives;
   * targets that name no objective are left out.
   *
   * @param plan not null
   * @return objective id to counts
   */
  public static Map<String, OutcomeSummary> byObjective(Plan plan) {
    Objects.requireNonNull(plan, "plan");
    Map<String, OutcomeSummary> result = new LinkedHashMap<>();
    List<Target> all = plan.allTargets();
    plan.objectives().forEach(o -> result.put(o.id(), of(all.stream()
        .filter(t -> t.objective().filter(o.id()::equals).isPresent()).toList())));
    return result;
  }

  /** {@return the number of yes/no outcomes counted} */
  public int total() {
    return achieved + notAchieved + notMeasured;
  }
}
