package io.github.socialplan.indicators.monitoring;

import io.github.socialplan.core.plan.Direction;
import io.github.socialplan.core.plan.MeasureKind;
import io.github.socialplan.core.plan.Observation;
import io.github.socialplan.core.plan.Period;
import io.github.socialplan.core.plan.Target;
import io.github.socialplan.indicators.result.IndicatorValue;
import io.github.socialplan.indicators.result.UndefinedReason;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * The progress of a target year by year (<i>monitoraggio dell'obiettivo</i>), as a Report Annuale follows
 * it.
 *
 * <pre>{@code
 * TargetProgress p = TargetProgress.of(associated, Period.of(2015, 2017));
 * for (YearProgress y : p.years()) { ... y.status() ... }
 * IndicatorValue pct = TargetProgress.percentAchieved(associated, new BigDecimal("23")); // 36.4
 * }</pre>
 *
 * <p><b>Percentage achieved</b>: {@code (observed − baseline) / (target − baseline) × 100}, whatever the
 * direction: 0 at the baseline, 100 at the target, below 0 when the value moved away, above 100 beyond the
 * target. <b>Baseline = target</b> (a target to keep a value): 100 when the observed value meets the target
 * in its direction (equal for KEEP, at least for INCREASE, at most for DECREASE), else 0. Undefined
 * ({@link UndefinedReason#MISSING_INPUT}) without a baseline or a target value. A yes/no outcome is 100 when
 * achieved and 0 when not.
 *
 * <p><b>Status</b> of a year: {@link TargetStatus#NOT_MEASURED} without an observation; {@link
 * TargetStatus#ACHIEVED} when the value meets the target in its direction; else {@link
 * TargetStatus#ON_TRACK} when it is at least as far as the path expects for the year (the stated path,
 * else the straight line from baseline to target), {@link TargetStatus#BEHIND} when it is not; without a
 * path, BEHIND once the target is due and NOT_MEASURED before (or without a due year). A yes/no outcome has
 * no path: ACHIEVED when observed achieved; not achieved, BEHIND once due and NOT_MEASURED before. The
 * baseline counts as the observation of its year. Every comparison is exact (cross-multiplied decimals),
 * and the row's detail shows the path's value as it is, or, if it has many decimals (13.333...), with the
 * observed value's decimals rounded away from it, never to its other side (13.33 falls short of 13.34).
 *
 * <p>This class is immutable and thread-safe.
 */
public final class TargetProgress {

  private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

  private final Target target;
  private final List<YearProgress> years;

  private TargetProgress(Target target, List<YearProgress> years) {
    this.target = target;
    this.years = List.copyOf(years);
  }

  /**
   * The progress of a target in each year from the earliest of its baseline year, its first observation and
   * the plan's first year to the latest of its due year, its last observation and the plan's last year: an
   * observation outside the plan's period has its row all the same, and {@link #latest()} is the latest one.
   *
   * @param target not null
   * @param plan the plan's period, not null
   * @return the progress
   */
  public static TargetProgress of(Target target, Period plan) {
    Objects.requireNonNull(target, "target");
    Objects.requireNonNull(plan, "plan");
    int first = Math.min(plan.startYear(), target.baselineYear().orElse(plan.startYear()));
    int last = Math.max(plan.endYear(), target.year().orElse(plan.endYear()));
    for (Observation o : target.observations()) {
      first = Math.min(first, o.year());
      last = Math.max(last, o.year());
    }
    List<YearProgress> rows = new ArrayList<>();
    for (int y = first; y <= last; y++) {
      rows.add(year(target, y));
    }
    return new TargetProgress(target, rows);
  }

  /** {@return the target} */
  public Target target() {
    return target;
  }

  /** {@return one row per year, in order} */
  public List<YearProgress> years() {
    return years;
  }

  /**
   * The row of a year.
   *
   * @param year any
   * @return the row, or empty outside the years covered
   */
  public Optional<YearProgress> year(int year) {
    return years.stream().filter(r -> r.year() == year).findFirst();
  }

  /**
   * The latest year with an observation (not counting the baseline).
   *
   * @return the row, or empty if nothing was observed after the baseline
   */
  public Optional<YearProgress> latest() {
    YearProgress found = null;
    for (YearProgress r : years) {
      if (r.isObserved() && !r.baseline()) {
        found = r;
      }
    }
    return Optional.ofNullable(found);
  }

  /**
   * The percentage achieved by an observed value; see the class description.
   *
   * @param target a measured target, not null
   * @param observed not null
   * @return the percentage, or undefined without a baseline or target value
   * @throws IllegalArgumentException if the target is yes/no
   */
  public static IndicatorValue percentAchieved(Target target, BigDecimal observed) {
    Objects.requireNonNull(target, "target");
    Objects.requireNonNull(observed, "observed");
    if (target.measure() == MeasureKind.YES_NO) {
      throw new IllegalArgumentException("target '" + name(target) + "' is yes/no: it has no percentage of a number");
    }
    if (target.baseline().isEmpty() || target.value().isEmpty()) {
      return IndicatorValue.undefined(UndefinedReason.MISSING_INPUT,
          "target '" + name(target) + "' has no " + (target.baseline().isEmpty() ? "baseline" : "target value"));
    }
    BigDecimal base = target.baseline().get();
    BigDecimal goal = target.value().get();
    if (base.compareTo(goal) == 0) {
      return IndicatorValue.ratio(meets(target, observed) ? 1 : 0, 1, 100, "1");
    }
    return IndicatorValue.ratio(observed.subtract(base), goal.subtract(base), HUNDRED, "target minus baseline");
  }

  /**
   * The value the path expects in a year: the stated path if it lists the year, else the straight line from
   * the baseline (value and year) to the target (value and year); the target itself from its due year on,
   * the baseline up to its year.
   *
   * @param target not null
   * @param year any
   * @return the expected value, exact; undefined when the target lacks what the line needs
   */
  public static IndicatorValue expected(Target target, int year) {
    Objects.requireNonNull(target, "target");
    BigDecimal stated = target.path().get(year);
    if (stated != null) {
      return IndicatorValue.ratio(stated, BigDecimal.ONE, BigDecimal.ONE, "1");
    }
    if (target.measure() == MeasureKind.YES_NO) {
      return IndicatorValue.undefined(UndefinedReason.OUT_OF_DOMAIN, "a yes/no target has no path");
    }
    if (target.baseline().isEmpty() || target.baselineYear().isEmpty() || target.value().isEmpty()
        || target.year().isEmpty()) {
      return IndicatorValue.undefined(UndefinedReason.MISSING_INPUT, "target '" + name(target)
          + "' needs a baseline, its year, a target value and its year for a straight path");
    }
    BigDecimal base = target.baseline().get();
    BigDecimal goal = target.value().get();
    int from = target.baselineYear().get();
    int to = target.year().get();
    if (year >= to) {
      return IndicatorValue.ratio(goal, BigDecimal.ONE, BigDecimal.ONE, "1");
    }
    if (year <= from) {
      return IndicatorValue.ratio(base, BigDecimal.ONE, BigDecimal.ONE, "1");
    }
    // base + (year - from) / (to - from) × (goal - base), as one exact ratio
    BigDecimal span = BigDecimal.valueOf(to - from);
    BigDecimal numerator = base.multiply(span).add(BigDecimal.valueOf(year - from).multiply(goal.subtract(base)));
    return IndicatorValue.ratio(numerator, span, BigDecimal.ONE, "years from baseline to target");
  }

  private static YearProgress year(Target t, int year) {
    Optional<Observation> obs = t.observation(year);
    // without a baseline value, the baseline year has nothing observed all the same
    boolean isBaseline = obs.isEmpty() && t.baselineYear().isPresent() && t.baselineYear().get() == year;
    IndicatorValue expected = expected(t, year);
    if (t.measure() == MeasureKind.YES_NO) {
      if (obs.isEmpty()) {
        return new YearProgress(year, Optional.empty(), Optional.empty(), false, expected,
            IndicatorValue.undefined(UndefinedReason.NO_DATA, "nothing observed in " + year),
            TargetStatus.NOT_MEASURED, "nothing observed");
      }
      boolean done = obs.get().achieved().orElseThrow();
      IndicatorValue pct = IndicatorValue.ratio(done ? 1 : 0, 1, 100, "1");
      if (done) {
        return new YearProgress(year, Optional.empty(), Optional.of(true), false, expected, pct,
            TargetStatus.ACHIEVED, "achieved");
      }
      // as a number without a path: late once due, not judged before (an outcome has no path)
      boolean due = t.year().isPresent() && year >= t.year().get();
      return new YearProgress(year, Optional.empty(), Optional.of(false), false, expected, pct,
          due ? TargetStatus.BEHIND : TargetStatus.NOT_MEASURED, "not achieved"
              + (due ? ", due in " + t.year().get() : t.year().isPresent() ? " yet; due in " + t.year().get()
                  : "; no due year to judge it by"));
    }
    Optional<BigDecimal> observed = isBaseline ? t.baseline() : obs.flatMap(Observation::value);
    if (observed.isEmpty()) {
      return new YearProgress(year, Optional.empty(), Optional.empty(), false, expected,
          IndicatorValue.undefined(UndefinedReason.NO_DATA, "nothing observed in " + year),
          TargetStatus.NOT_MEASURED, "nothing observed");
    }
    BigDecimal v = observed.get();
    IndicatorValue pct = percentAchieved(t, v);
    String what = isBaseline ? "baseline " : "observed ";
    if (t.value().isEmpty()) {
      return new YearProgress(year, observed, Optional.empty(), isBaseline, expected, pct,
          TargetStatus.NOT_MEASURED, what + v.toPlainString() + "; the target has no value");
    }
    if (meets(t, v)) {
      return new YearProgress(year, observed, Optional.empty(), isBaseline, expected, pct, TargetStatus.ACHIEVED,
          what + v.toPlainString() + " meets the target " + t.value().get().toPlainString());
    }
    if (t.effectiveDirection().isEmpty()) {
      // 31 against a target of 30 is met if higher is better and missed if lower is: nothing says which
      return new YearProgress(year, observed, Optional.empty(), isBaseline, expected, pct,
          TargetStatus.NOT_MEASURED, what + v.toPlainString() + " is not the target " + t.value().get().toPlainString()
              + ", which states no direction and has no baseline to imply one");
    }
    if (!expected.isDefined()) {
      boolean due = t.year().isPresent() && year >= t.year().get();
      return new YearProgress(year, observed, Optional.empty(), isBaseline, expected, pct,
          due ? TargetStatus.BEHIND : TargetStatus.NOT_MEASURED,
          what + v.toPlainString() + (due ? " misses the target, due in " + t.year().get()
              : "; no baseline or stated path to compare with"));
    }
    boolean onTrack = atLeastAsGood(t, v, expected);
    return new YearProgress(year, observed, Optional.empty(), isBaseline, expected, pct,
        onTrack ? TargetStatus.ON_TRACK : TargetStatus.BEHIND, String.format(Locale.ROOT, "%s%s %s the path's %s",
            what, v.toPlainString(), onTrack ? "is on" : "falls short of", shown(expected, v)));
  }

  /** The most decimals with which a path's value that terminates is shown as it is. */
  private static final int EXACT_DECIMALS = 6;

  /**
   * The path's value as the detail shows it beside the observed value {@code v}: as it is when it has at
   * most {@value #EXACT_DECIMALS} decimals (at least one shown), else with as many decimals as {@code v}
   * (at least one), rounded away from {@code v}, so that the figure shown is never on the other side of
   * {@code v} than the path's value itself: 13.33 falls short of 13.333..., shown 13.34, not 13.3.
   */
  private static String shown(IndicatorValue expected, BigDecimal v) {
    BigDecimal n = expected.numerator().orElseThrow().multiply(expected.multiplier().orElseThrow());
    BigDecimal d = expected.denominator().orElseThrow();
    try {
      BigDecimal exact = n.divide(d).stripTrailingZeros();
      if (exact.scale() <= EXACT_DECIMALS) {
        return exact.setScale(Math.max(1, exact.scale()), RoundingMode.UNNECESSARY).toPlainString();
      }
    } catch (ArithmeticException nonTerminating) {
      // shown rounded below
    }
    int scale = Math.max(1, v.scale());
    boolean below = v.multiply(d).compareTo(n) < 0;
    return n.divide(d, scale, below ? RoundingMode.CEILING : RoundingMode.FLOOR).toPlainString();
  }

  /** Whether a value meets the target in its direction (KEEP or no direction: equal). */
  private static boolean meets(Target t, BigDecimal v) {
    int c = v.compareTo(t.value().orElseThrow());
    Direction d = t.effectiveDirection().orElse(Direction.KEEP);
    switch (d) {
      case INCREASE:
        return c >= 0;
      case DECREASE:
        return c <= 0;
      default:
        return c == 0;
    }
  }

  /** Whether v is at least as good as the expected ratio n/d (d > 0), compared exactly as v·d vs n. */
  private static boolean atLeastAsGood(Target t, BigDecimal v, IndicatorValue expected) {
    BigDecimal n = expected.numerator().orElseThrow().multiply(expected.multiplier().orElseThrow());
    int c = v.multiply(expected.denominator().orElseThrow()).compareTo(n);
    Direction d = t.effectiveDirection().orElse(Direction.KEEP);
    switch (d) {
      case INCREASE:
        return c >= 0;
      case DECREASE:
        return c <= 0;
      default:
        return c == 0;
    }
  }

  private static String name(Target t) {
    return t.id().orElse(t.indicator());
  }

  @Override
  public String toString() {
    return "TargetProgress[" + name(target) + ", " + years.size() + " years]";
  }
}
