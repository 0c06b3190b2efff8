package io.github.socialplan.indicators.demography;

import io.github.socialplan.core.population.AgeBand;
import io.github.socialplan.core.population.AgeBands;
import io.github.socialplan.core.population.Population;
import io.github.socialplan.core.population.Sex;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * The few counts of a population that every socio-demographic indicator needs (<i>profilo
 * demografico</i>): band totals such as P0-14 and P65+, women aged 15-49, residents, the sum of
 * {@code 2 × age + 1} over residents (twice the age + 0.5 sum of the età media), foreign residents, births,
 * deaths, and optionally the area and the residents on the next 1 January.
 *
 * <p>A population in age bands ({@link Population#ageBands()}) gives exactly the counts whose cuts are
 * boundaries of its bands; every other count is <i>not split</i>, with the reason naming the band and the
 * cut ("band 15-64 does not split at 18"), and the indicators that need it are undefined with
 * {@link io.github.socialplan.indicators.result.UndefinedReason#AGE_BAND_NOT_SPLIT}. The età media needs
 * single years.
 *
 * <p>A profile is computed once per population in one pass over its two {@code int[101]} arrays and kept
 * in a {@code long[]}; every count in it is additive, so the profile of a group of comuni is the sum of
 * their profiles ({@link #sum}), which gives exactly the indicators of the summed population (the
 * <i>ratio of totals</i>). This is what lets a dashboard of thousands of comuni aggregate without boxing.
 *
 * <pre>{@code
 * DemographicProfile cremona = DemographicProfile.of(population2014)
 *     .withArea(new BigDecimal("833"))
 *     .withNextYearResidents(population2015.total());
 * DemographicIndicators.oldAgeIndex(cremona).format(); // "195.4"
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 */
public final class DemographicProfile {

  /** The default first age of the <i>grandi anziani</i>, 85 (the 3.9% of the Piano di Zona 2015-2017 dell'Ambito di Cremona, §2.1, fits 85+). */
  public static final int DEFAULT_OLDEST_OLD_FROM = 85;

  static final int P0_4 = 0;
  static final int P0_14 = 1;
  static final int P0_17 = 2;
  static final int P15_19 = 3;
  static final int P15_39 = 4;
  static final int P15_64 = 5;
  static final int P40_64 = 6;
  static final int P60_64 = 7;
  static final int P65_PLUS = 8;
  static final int P_OLDEST = 9;
  static final int F15_49 = 10;
  static final int TOTAL = 11;
  static final int DOUBLE_AGE_SUM = 12;
  static final int FOREIGN = 13;
  static final int BIRTHS = 14;
  static final int DEATHS = 15;
  static final int NEXT_TOTAL = 16;
  private static final int SIZE = 17;
  /** The counts by index, as an error message names them. */
  private static final String[] COUNT_NAMES = {"residents aged 0-4", "residents aged 0-14",
      "residents aged 0-17", "residents aged 15-19", "residents aged 15-39", "residents aged 15-64",
      "residents aged 40-64", "residents aged 60-64", "residents aged 65 and over", "the oldest old",
      "women aged 15-49", "residents", "ages of the residents", "foreign residents", "births", "deaths",
      "residents on the next 1 January"};
  private static final long UNKNOWN = -1;

  private final String territory;
  private final int year;
  private final int oldestOldFrom;
  private final long[] counts;
  /** Why each count cannot be taken from the population's age bands; null when every count is known. */
  private final String[] notSplit;
  private final BigDecimal area;

  private DemographicProfile(String territory, int year, int oldestOldFrom, long[] counts, String[] notSplit,
      BigDecimal area) {
    this.territory = territory;
    this.year = year;
    this.oldestOldFrom = oldestOldFrom;
    this.counts = counts;
    this.notSplit = notSplit;
    this.area = area;
  }

  /**
   * The profile of a population, with the <i>grandi anziani</i> from 85.
   *
   * @param population not null
   * @return the profile, without area or next-year residents
   */
  public static DemographicProfile of(Population population) {
    return of(population, DEFAULT_OLDEST_OLD_FROM);
  }

  /**
   * The profile of a population.
   *
   * @param population not null
   * @param oldestOldFrom first age of the <i>grandi anziani</i>, 65..100 (85 by default; some sources
   *     use 80)
   * @return the profile, without area or next-year residents
   * @throws IllegalArgumentException if the threshold is out of 65..100
   */
  public static DemographicProfile of(Population population, int oldestOldFrom) {
    Objects.requireNonNull(population, "population");
    if (oldestOldFrom < 65 || oldestOldFrom > Population.MAX_AGE) {
      throw new IllegalArgumentException(
          "first age of the oldest old must be in 65..100 for " + population.territory() + ": "
              + oldestOldFrom);
    }
    if (!population.isSingleYears()) {
      return ofBands(population, oldestOldFrom);
    }
    // Sums over the age segments that the bands are unions of: each age is read once, with no
    // comparisons per age and no copy of the population's arrays.
    long p0to4 = 0;
    long p5to14 = 0;
    long p15to17 = 0;
    long p18to19 = 0;
    long p20to39 = 0;
    long p40to59 = 0;
    long p60to64 = 0;
    long p65toOldest = 0;
    long pOldest = 0;
    long doubleAgeSum = 0;
    int age = 0;
    for (; age <= 4; age++) {
      long n = population.count(age);
      p0to4 += n;
      doubleAgeSum += (2L * age + 1) * n;
    }
    for (; age <= 14; age++) {
      long n = population.count(age);
      p5to14 += n;
      doubleAgeSum += (2L * age + 1) * n;
    }
    for (; age <= 17; age++) {
      long n = population.count(age);
      p15to17 += n;
      doubleAgeSum += (2L * age + 1) * n;
    }
    for (; age <= 19; age++) {
      long n = population.count(age);
      p18to19 += n;
      doubleAgeSum += (2L * age + 1) * n;
    }
    for (; age <= 39; age++) {
      long n = population.count(age);
      p20to39 += n;
      doubleAgeSum += (2L * age + 1) * n;
    }
    for (; age <= 59; age++) {
      long n = population.count(age);
      p40to59 += n;
      doubleAgeSum += (2L * age + 1) * n;
    }
    for (; age <= 64; age++) {
      long n = population.count(age);
      p60to64 += n;
      doubleAgeSum += (2L * age + 1) * n;
    }
    for (; age < oldestOldFrom; age++) {
      long n = population.count(age);
      p65toOldest += n;
      doubleAgeSum += (2L * age + 1) * n;
    }
    for (; age <= Population.MAX_AGE; age++) {
      long n = population.count(age);
      pOldest += n;
      doubleAgeSum += (2L * age + 1) * n;
    }
    long women15to49 = 0;
    for (age = 15; age <= 49; age++) {
      women15to49 += population.count(Sex.FEMALE, age);
    }
    long[] c = new long[SIZE];
    c[P0_4] = p0to4;
    c[P0_14] = p0to4 + p5to14;
    c[P0_17] = p0to4 + p5to14 + p15to17;
    c[P15_19] = p15to17 + p18to19;
    c[P15_39] = p15to17 + p18to19 + p20to39;
    c[P15_64] = p15to17 + p18to19 + p20to39 + p40to59 + p60to64;
    c[P40_64] = p40to59 + p60to64;
    c[P60_64] = p60to64;
    c[P65_PLUS] = p65toOldest + pOldest;
    c[P_OLDEST] = pOldest;
    c[F15_49] = women15to49;
    c[DOUBLE_AGE_SUM] = doubleAgeSum;
    c[TOTAL] = population.total();
    c[FOREIGN] = population.foreignResidents().orElse(UNKNOWN);
    c[BIRTHS] = population.births().orElse(UNKNOWN);
    c[DEATHS] = population.deaths().orElse(UNKNOWN);
    c[NEXT_TOTAL] = UNKNOWN;
    return new DemographicProfile(population.territory(), population.year(), oldestOldFrom, c, null, null);
  }

  /** The counts that the population's bands give; the others are not split, with their reason. */
  private static DemographicProfile ofBands(Population population, int oldestOldFrom) {
    AgeBands bands = population.ageBands();
    long[] c = new long[SIZE];
    String[] why = new String[SIZE];
    band(population, c, why, P0_4, null, AgeBand.of(0, 4));
    band(population, c, why, P0_14, null, AgeBand.of(0, 14));
    band(population, c, why, P0_17, null, AgeBand.of(0, 17));
    band(population, c, why, P15_19, null, AgeBand.of(15, 19));
    band(population, c, why, P15_39, null, AgeBand.of(15, 39));
    band(population, c, why, P15_64, null, AgeBand.of(15, 64));
    band(population, c, why, P40_64, null, AgeBand.of(40, 64));
    band(population, c, why, P60_64, null, AgeBand.of(60, 64));
    band(population, c, why, P65_PLUS, null, AgeBand.atLeast(65));
    band(population, c, why, P_OLDEST, null, AgeBand.atLeast(oldestOldFrom));
    band(population, c, why, F15_49, Sex.FEMALE, AgeBand.of(15, 49));
    c[TOTAL] = population.total();
    for (AgeBand b : bands.bands()) { // the età media weighs each single year by its age
      if (b.from() < b.to()) {
        why[DOUBLE_AGE_SUM] = "the mean age needs single years of age: " + bands.whyNot(AgeBand.of(b.from(),
            b.from())).orElseThrow();
        break;
      }
    }
    c[FOREIGN] = population.foreignResidents().orElse(UNKNOWN);
    c[BIRTHS] = population.births().orElse(UNKNOWN);
    c[DEATHS] = population.deaths().orElse(UNKNOWN);
    c[NEXT_TOTAL] = UNKNOWN;
    return new DemographicProfile(population.territory(), population.year(), oldestOldFrom, c, why, null);
  }

  private static void band(Population p, long[] c, String[] why, int index, Sex sex, AgeBand band) {
    Optional<String> reason = p.ageBands().whyNot(band);
    if (reason.isPresent()) {
      why[index] = reason.get();
    } else {
      c[index] = sex == null ? p.count(band) : p.count(sex, band);
    }
  }

  /**
   * Adds profiles of the same year and threshold, as for the comuni of a district. An optional count
   * (foreign residents, births, deaths, area, next-year residents) is known only if every part knows it.
   *
   * @param territory the identifier of the aggregate, not null
   * @param parts at least one profile, not null
   * @return the sum
   * @throws IllegalArgumentException if there are no parts, they differ in year or threshold, or a count of
   *     the sum would exceed {@link Long#MAX_VALUE}
   */
  public static DemographicProfile sum(String territory, Iterable<DemographicProfile> parts) {
    Objects.requireNonNull(territory, "territory");
    long[] c = null;
    String[] why = null;
    BigDecimal area = null;
    int year = 0;
    int from = 0;
    for (DemographicProfile p : parts) {
      if (c == null) {
        c = p.counts.clone();
        why = p.notSplit == null ? null : p.notSplit.clone();
        area = p.area;
        year = p.year;
        from = p.oldestOldFrom;
        continue;
      }
      if (p.year != year || p.oldestOldFrom != from) {
        throw new IllegalArgumentException(String.format(Locale.ROOT,
            "cannot add the profile of %s (%d, oldest old from %d) to %s (%d, oldest old from %d)",
            p.territory, p.year, p.oldestOldFrom, territory, year, from));
      }
      for (int i = 0; i < SIZE; i++) {
        if (i >= FOREIGN && (c[i] == UNKNOWN || p.counts[i] == UNKNOWN)) {
          c[i] = UNKNOWN;
        } else if (c[i] > Long.MAX_VALUE - p.counts[i]) {
          // counts are >= 0; foreign residents, births, deaths and next year's residents may be any long,
          // and a sum past it would wrap around to a negative count
          throw new IllegalArgumentException(String.format(Locale.ROOT,
              "cannot add the profile of %s to %s: %s add up to more than %d", p.territory, territory,
              COUNT_NAMES[i], Long.MAX_VALUE));
        } else {
          c[i] += p.counts[i];
        }
      }
      if (p.notSplit != null) { // a count the bands of a part do not give is not known for the sum
        why = why == null ? new String[SIZE] : why;
        for (int i = 0; i < SIZE; i++) {
          why[i] = why[i] == null ? p.notSplit[i] : why[i];
        }
      }
      area = area == null || p.area == null ? null : area.add(p.area);
    }
    if (c == null) {
      throw new IllegalArgumentException("no profiles to add for " + territory);
    }
    return new DemographicProfile(territory, year, from, c, why, area);
  }

  /**
   * Adds another profile of the same year and threshold; see {@link #sum}.
   *
   * @param other not null
   * @return the sum, named like this one if both have the same territory, else unnamed
   */
  public DemographicProfile plus(DemographicProfile other) {
    return sum(territory.equals(other.territory) ? territory : "", Arrays.asList(this, other));
  }

  /**
   * Returns this profile with the territory's area, for the density.
   *
   * @param km2 the area in km², {@code >= 0}, not null
   * @return the profile
   * @throws IllegalArgumentException if the area is negative
   */
  public DemographicProfile withArea(BigDecimal km2) {
    Objects.requireNonNull(km2, "km2");
    if (km2.signum() < 0) {
      throw new IllegalArgumentException("area of " + territory + " must be >= 0 km2: " + km2.toPlainString());
    }
    return new DemographicProfile(territory, year, oldestOldFrom, counts, notSplit, km2);
  }

  /**
   * Returns this profile with the residents on the next 1 January, for the birth and death rates.
   *
   * @param residents {@code >= 0}
   * @return the profile
   * @throws IllegalArgumentException if negative
   */
  public DemographicProfile withNextYearResidents(long residents) {
    if (residents < 0) {
      throw new IllegalArgumentException(String.format(Locale.ROOT,
          "residents of %s on 1 January %d must be >= 0: %d", territory, year + 1, residents));
    }
    long[] c = counts.clone();
    c[NEXT_TOTAL] = residents;
    return new DemographicProfile(territory, year, oldestOldFrom, c, notSplit, area);
  }

  /** {@return the territory's identifier} */
  public String territory() {
    return territory;
  }

  /** {@return the year whose 1 January the counts refer to} */
  public int year() {
    return year;
  }

  /** {@return the first age of the <i>grandi anziani</i>} */
  public int oldestOldFrom() {
    return oldestOldFrom;
  }

  /** {@return all residents} */
  public long residents() {
    return counts[TOTAL];
  }

  /** {@return the area in km², if known} */
  public Optional<BigDecimal> area() {
    return Optional.ofNullable(area);
  }

  /** {@return residents on the next 1 January, if known} */
  public OptionalLong nextYearResidents() {
    return optional(NEXT_TOTAL);
  }

  /** {@return foreign residents, if known} */
  public OptionalLong foreignResidents() {
    return optional(FOREIGN);
  }

  /** {@return births in the year, if known} */
  public OptionalLong births() {
    return optional(BIRTHS);
  }

  /** {@return deaths in the year, if known} */
  public OptionalLong deaths() {
    return optional(DEATHS);
  }

  long get(int index) {
    return counts[index];
  }

  /** Why a count is not known from the population's age bands, or null if it is known. */
  String notSplit(int index) {
    return notSplit == null ? null : notSplit[index];
  }

  /** Whether every count is known: the population was by single year (or its bands split every cut). */
  boolean allSplit() {
    return notSplit == null;
  }

  private OptionalLong optional(int index) {
    return counts[index] == UNKNOWN ? OptionalLong.empty() : OptionalLong.of(counts[index]);
  }

  @Override
  public boolean equals(Object o) {
    if (!(o instanceof DemographicProfile)) {
      return false;
    }
    DemographicProfile p = (DemographicProfile) o;
    return year == p.year && oldestOldFrom == p.oldestOldFrom && territory.equals(p.territory)
        && Arrays.equals(counts, p.counts) && Arrays.equals(notSplit, p.notSplit)
        && (area == null ? p.area == null : p.area != null && area.compareTo(p.area) == 0);
  }

  @Override
  public int hashCode() {
    return Objects.hash(territory, year, oldestOldFrom, Arrays.hashCode(counts),
        area == null ? null : area.stripTrailingZeros());
  }

  @Override
  public String toString() {
    return "DemographicProfile[" + territory + " " + year + ", " + residents() + " residents]";
  }
}
