package io.github.socialplan.core.plan;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.github.socialplan.core.number.DecimalBounds;
import java.math.BigDecimal;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value;

/**
 * A target that measures an objective (<i>indicatore di risultato atteso</i>, <i>target</i>): an indicator
 * with a unit and a direction, its baseline (value and year), the value due by a year, an optional stated
 * yearly path, and the values observed year by year; or a yes/no outcome ({@link MeasureKind#YES_NO}),
 * which has no numbers at all, only observations that say achieved or not.
 *
 * <pre>{@code
 * Target associated = Target.builder().id("spesa-associata").indicator("% spesa sociale gestita in forma associata")
 *     .unit("percent").direction(Direction.INCREASE)
 *     .baseline(new BigDecimal("19")).baselineYear(2012)
 *     .value(new BigDecimal("30")).year(2017).build();
 * }</pre>
 *
 * <p>A measured target may lack a baseline or even a target value when its source gives none; {@link #note()}
 * then says so. This type is immutable and thread-safe.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableTarget.class)
@JsonDeserialize(as = ImmutableTarget.class)
public abstract class Target {

  /** {@return the id, unique among the plan's objectives, targets and actions, if the plan refers to it} */
  public abstract Optional<String> id();

  /** {@return the id of the {@link Objective} it measures, if any} */
  public abstract Optional<String> objective();

  /** {@return the indicator's name or catalogue id; not blank} */
  public abstract String indicator();

  /** {@return A number or a yes/no outcome; {@link MeasureKind#MEASURED} unless set} */
  @Value.Default
  public MeasureKind measure() {
    return MeasureKind.MEASURED;
  }

  /** {@return the unit, e.g. "percent", "users", "euro"} */
  public abstract Optional<String> unit();

  /** {@return which way the indicator should move; if absent, the sign of target minus baseline decides} */
  public abstract Optional<Direction> direction();

  /** {@return the value at the start (<i>valore di partenza</i>)} */
  public abstract Optional<BigDecimal> baseline();

  /** {@return the year of the baseline, 1..9999} */
  public abstract Optional<Integer> baselineYear();

  /** {@return the target value (<i>valore atteso</i>), absent for a yes/no outcome or when the source gives none} */
  public abstract Optional<BigDecimal> value();

  /** {@return the year by which the target is due, 1..9999} */
  public abstract Optional<Integer> year();

  /**
   * A stated yearly path (<i>valori attesi per anno</i>): the value expected in each listed year. Years
   * not listed follow a straight line from the baseline to the target.
   *
   * @return the expected value by year, possibly empty
   */
  public abstract Map<Integer, BigDecimal> path();

  /** {@return the values observed, one per year} */
  public abstract List<Observation> observations();

  /** {@return what the source does not give (e.g. "no baseline stated"), or another remark} */
  public abstract Optional<String> note();

  /** {@return where the source states the target: document title and section} */
  public abstract Optional<String> source();

  /**
   * The observation of a year.
   *
   * @param year any
   * @return the observation, or empty
   */
  public Optional<Observation> observation(int year) {
    return observations().stream().filter(o -> o.year() == year).findFirst();
  }

  /**
   * The direction stated, or else the one the baseline and target imply.
   *
   * @return the stated direction; else INCREASE if the target is above the baseline, DECREASE if below,
   *     KEEP if equal; empty if there is no direction, baseline or target
   */
  public Optional<Direction> effectiveDirection() {
    if (direction().isPresent()) {
      return direction();
    }
    if (baseline().isEmpty() || value().isEmpty()) {
      return Optional.empty();
    }
    int c = value().get().compareTo(baseline().get());
    return Optional.of(c > 0 ? Direction.INCREASE : c < 0 ? Direction.DECREASE : Direction.KEEP);
  }

  /**
   * Returns a new builder.
   *
   * @return a builder with nothing set
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@code Target} attribute by attribute; {@code build()} validates. Not thread-safe. */
  public static final class Builder extends ImmutableTarget.Builder {
    Builder() {}
  }

  private String name() {
    return id().orElse(indicator());
  }

  /**
   * Checks one of the target's figures against {@link DecimalBounds}; its description ("path value 2016 of
   * target 'x'") is made only for a figure out of range, not for every figure of every plan read.
   */
  private void bounded(BigDecimal figure, String what, Integer year) {
    if (!DecimalBounds.within(figure)) {
      throw DecimalBounds.outOfRange(figure,
          what + (year == null ? "" : " " + year) + " of target '" + indicator() + "'");
    }
  }

  private void yearWithin(int year, String what) {
    if (year < 1 || year > 9999) {
      throw new IllegalArgumentException(String.format(Locale.ROOT, "target '%s' " + what + ", outside 1..9999",
          name(), year));
    }
  }

  @Value.Check
  void check() {
    if (indicator().isBlank()) {
      throw new IllegalArgumentException("target has a blank indicator name");
    }
    // The schema's and the Javadoc's range, as Period and Observation check it: a year 0 is a typo.
    year().ifPresent(y -> yearWithin(y, "is due in %d"));
    baselineYear().ifPresent(y -> yearWithin(y, "has the baseline year %d"));
    path().keySet().forEach(y -> yearWithin(y, "has a path value for %d"));
    value().ifPresent(v -> bounded(v, "value", null));
    baseline().ifPresent(b -> bounded(b, "baseline", null));
    path().forEach((y, v) -> bounded(v, "path value", y));
    observations().forEach(o -> o.value().ifPresent(v -> bounded(v, "observed value", o.year())));
    if (direction().isPresent() && baseline().isPresent() && value().isPresent()) {
      int c = value().get().compareTo(baseline().get());
      Direction d = direction().get();
      if (d == Direction.INCREASE && c < 0 || d == Direction.DECREASE && c > 0) {
        // progress towards such a target would be counted backwards: moving away would read as achieved
        throw new IllegalArgumentException(String.format(Locale.ROOT,
            "target '%s' is to %s, yet its value %s is %s its baseline %s", name(), d.italianName(),
            value().get().toPlainString(), c < 0 ? "below" : "above", baseline().get().toPlainString()));
      }
    }
    if (baselineYear().isPresent() && year().isPresent() && year().get() < baselineYear().get()) {
      throw new IllegalArgumentException(String.format(Locale.ROOT,
          "target '%s' is due in %d, before its baseline year %d", name(), year().get(), baselineYear().get()));
    }
    if (measure() == MeasureKind.YES_NO) {
      Optional<BigDecimal> number = value().or(this::baseline)
          .or(() -> path().values().stream().findFirst());
      if (number.isPresent()) {
        throw new IllegalArgumentException(String.format(Locale.ROOT,
            "yes/no target '%s' is given a number: %s; a yes/no outcome has no baseline, value or path",
            name(), number.get().toPlainString()));
      }
    }
    Set<Integer> years = new HashSet<>();
    for (Observation o : observations()) {
      if (!years.add(o.year())) {
        throw new IllegalArgumentException(String.format(Locale.ROOT,
            "target '%s' has two observations for %d", name(), o.year()));
      }
      if (measure() == MeasureKind.YES_NO && o.value().isPresent()) {
        throw new IllegalArgumentException(String.format(Locale.ROOT,
            "yes/no target '%s' is given a number in %d: %s; observe it as achieved true or false",
            name(), o.year(), o.value().get().toPlainString()));
      }
      if (measure() == MeasureKind.MEASURED && o.achieved().isPresent()) {
        throw new IllegalArgumentException(String.format(Locale.ROOT,
            "measured target '%s' is observed as achieved=%s in %d; give the value observed",
            name(), o.achieved().get(), o.year()));
      }
    }
  }
}
