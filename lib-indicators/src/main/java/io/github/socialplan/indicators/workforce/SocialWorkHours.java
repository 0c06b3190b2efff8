package io.github.socialplan.indicators.workforce;

import io.github.socialplan.indicators.result.IndicatorValue;
import io.github.socialplan.indicators.result.UndefinedReason;
import java.math.BigDecimal;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Weekly hours of professional social work per comune (<i>ore settimanali di servizio sociale
 * professionale per Comune</i>), and what the Piano di Zona 2015-2017 dell'Ambito di Cremona, §4.2.3 and
 * its note 10, reads from them: how many comuni have fewer than 10 hours or 5 hours or fewer, the average
 * hours per comune, and the residents per full-time social worker of any set of comuni (the plan: more than
 * 7,000 outside the chief town, against a standard of 5,000).
 *
 * <pre>{@code
 * SocialWorkHours hours = SocialWorkHours.of(Map.of("019036", new BigDecimal("600"), "019001", BigDecimal.TEN));
 * hours.countBelow(BigDecimal.TEN);                     // comuni with fewer than 10 hours a week
 * hours.averageHours(Set.of("019036"));                 // the average of the others
 * hours.residentsPerWorker(residents, Set.of("019036"), new BigDecimal("1783.33"), 52);
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 */
public final class SocialWorkHours {

  private final Map<String, BigDecimal> hours;

  private SocialWorkHours(Map<String, BigDecimal> hours) {
    this.hours = hours;
  }

  /**
   * The weekly hours of each comune.
   *
   * @param weeklyHours hours a week by comune code, each {@code >= 0}, not null, at least one
   * @return the hours
   * @throws IllegalArgumentException naming the comune if hours are negative, or if there are no comuni
   */
  public static SocialWorkHours of(Map<String, BigDecimal> weeklyHours) {
    Objects.requireNonNull(weeklyHours, "weeklyHours");
    if (weeklyHours.isEmpty()) {
      throw new IllegalArgumentException("no comuni: social-work hours need at least one comune");
    }
    Map<String, BigDecimal> copy = new LinkedHashMap<>();
    weeklyHours.forEach((comune, h) -> {
      Objects.requireNonNull(comune, "comune");
      Objects.requireNonNull(h, "hours of " + comune);
      if (h.signum() < 0) {
        throw new IllegalArgumentException("weekly social-work hours of comune " + comune + " must be >= 0: "
            + h.toPlainString());
      }
      copy.put(comune, h);
    });
    return new SocialWorkHours(Collections.unmodifiableMap(copy));
  }

  /** {@return the hours by comune; unmodifiable} */
  public Map<String, BigDecimal> weeklyHours() {
    return hours;
  }

  /**
   * How many comuni have fewer than the given hours a week (the plan: 32 of 47 below 10).
   *
   * @param limit not null
   * @return the count
   */
  public int countBelow(BigDecimal limit) {
    Objects.requireNonNull(limit, "limit");
    return (int) hours.values().stream().filter(h -> h.compareTo(limit) < 0).count();
  }

  /**
   * How many comuni have at most the given hours a week (the plan: 19 with no more than 5).
   *
   * @param limit not null
   * @return the count
   */
  public int countAtMost(BigDecimal limit) {
    Objects.requireNonNull(limit, "limit");
    return (int) hours.values().stream().filter(h -> h.compareTo(limit) <= 0).count();
  }

  /**
   * The total weekly hours of the comuni not excluded.
   *
   * @param excluded comuni left out (the chief town), not null, each one of these hours' comuni
   * @return the sum
   * @throws IllegalArgumentException if an excluded comune has no hours here, naming it
   */
  public BigDecimal totalHours(Set<String> excluded) {
    return kept(excluded).stream().reduce(BigDecimal.ZERO, BigDecimal::add);
  }

  /**
   * The average weekly hours per comune of the comuni not excluded (the plan: 9 hours outside Cremona).
   *
   * @param excluded comuni left out, not null, each one of these hours' comuni
   * @return the exact mean; undefined if every comune is excluded
   * @throws IllegalArgumentException if an excluded comune has no hours here, naming it
   */
  public IndicatorValue averageHours(Set<String> excluded) {
    Collection<BigDecimal> kept = kept(excluded);
    if (kept.isEmpty()) {
      return IndicatorValue.undefined(UndefinedReason.NO_DATA, "no comuni left after excluding " + excluded);
    }
    return IndicatorValue.ratio(totalHours(excluded), BigDecimal.valueOf(kept.size()), BigDecimal.ONE,
        "comuni");
  }

  /**
   * Residents per full-time social worker of the comuni not excluded: their residents over
   * {@code weekly hours × weeks per year / yearly hours of one FTE}.
   *
   * @param residents residents by comune, not null; every comune of these hours that is not excluded must
   *     be there
   * @param excluded comuni left out, not null, each one of these hours' comuni
   * @param yearlyHoursPerFte the yearly hours of one full-time social worker, {@code > 0}
   * @param weeksPerYear the weeks a year the weekly hours are worked, 1..53
   * @return the ratio; undefined if the comuni have no hours
   * @throws IllegalArgumentException if a comune has no residents in the map, or an excluded comune has no
   *     hours here, naming it
   */
  public IndicatorValue residentsPerWorker(Map<String, Long> residents, Set<String> excluded,
      BigDecimal yearlyHoursPerFte, int weeksPerYear) {
    Objects.requireNonNull(residents, "residents");
    Objects.requireNonNull(yearlyHoursPerFte, "yearlyHoursPerFte");
    checkExcluded(excluded);
    if (yearlyHoursPerFte.signum() <= 0 || weeksPerYear < 1 || weeksPerYear > 53) {
      throw new IllegalArgumentException(String.format(Locale.ROOT,
          "the yearly hours of one FTE must be > 0 and the weeks a year in 1..53: %s, %d",
          yearlyHoursPerFte.toPlainString(), weeksPerYear));
    }
    long people = 0;
    BigDecimal weekly = BigDecimal.ZERO;
    for (Map.Entry<String, BigDecimal> h : hours.entrySet()) {
      String comune = h.getKey();
      if (!excluded.contains(comune)) {
        Long r = residents.get(comune);
        if (r == null || r < 0) {
          throw new IllegalArgumentException("residents of comune " + comune + " must be given, >= 0: " + r);
        }
        people = Math.addExact(people, r);
        weekly = weekly.add(h.getValue());
      }
    }
    // residents / (hours × weeks / hoursPerFte) = residents × hoursPerFte / (hours × weeks), exactly
    return IndicatorValue.ratio(BigDecimal.valueOf(people).multiply(yearlyHoursPerFte),
        weekly.multiply(BigDecimal.valueOf(weeksPerYear)), BigDecimal.ONE,
        "social-work hours");
  }

  private Collection<BigDecimal> kept(Set<String> excluded) {
    checkExcluded(excluded);
    java.util.List<BigDecimal> out = new java.util.ArrayList<>();
    hours.forEach((c, h) -> {
      if (!excluded.contains(c)) {
        out.add(h);
      }
    });
    return out;
  }

  /** Refuses a comune to exclude that has no hours here: left in, it would count in the figures. */
  private void checkExcluded(Set<String> excluded) {
    Objects.requireNonNull(excluded, "excluded");
    for (String comune : excluded) {
      if (!hours.containsKey(comune)) {
        throw new IllegalArgumentException(String.format(Locale.ROOT,
            "excluded comune '%s' has no social-work hours: it is not one of the %d comuni", comune,
            hours.size()));
      }
    }
  }

  @Override
  public String toString() {
    return "SocialWorkHours[" + hours.size() + " comuni, " + totalHours(Set.of()).toPlainString() + " h/week]";
  }
}
