package io.github.socialplan.core.population;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * Residents of a territory on 1 January of a year by age and sex (<i>popolazione residente al 1° gennaio
 * per età e sesso</i>), in the age resolution they were given ({@link #ageBands()}): single years of age
 * 0..100, age 100 meaning "100 and over", or age bands such as {@code 0-14, 15-64, 65+} as a publication
 * gives them (<i>popolazione per classi di età</i>). Optionally the foreign residents (<i>stranieri
 * residenti</i>) on the same date, some of the residents and never more, and the births and deaths
 * (<i>nati vivi, morti</i>) of the year that starts on that date.
 *
 * <p>A count over an age band is exact or refused: {@link #count(AgeBand)} of a population in bands works
 * only when the band's ends are boundaries of the population's bands ({@link #resolves(AgeBand)}); P0-17
 * of a population in {@code 0-14, 15-64, 65+} throws, saying "band 15-64 does not split at 18". A band's
 * count is never spread over its ages or put at one of them.
 *
 * <p>Counts are kept in two {@code int} arrays, one element per age class (101 for single years), so a
 * population costs under a kilobyte and no count is ever boxed. Each count is at most
 * {@link Integer#MAX_VALUE}; every sum of counts ({@link #count(int)}, {@link #count(AgeBand)},
 * {@link #total()}) is a {@code long} and cannot overflow. Adding populations ({@link #plus}, {@link #sum})
 * is the element-wise sum: associative and commutative, so totals of a territory can be built from any
 * split of its parts.
 *
 * <pre>{@code
 * Population p = Population.builder("019036", 2014)
 *     .male(0, 310).female(0, 298)
 *     // ... every age ...
 *     .build();
 * long elderly = p.count(AgeBand.atLeast(65));
 * Population fiveYear = p.aggregate(AgeBands.ofWidth(5, 100));    // for a pyramid
 *
 * Population published = Population.builder("ambito-cremona", 2014, AgeBands.cutAt(15, 65))
 *     .band(AgeBand.of(0, 14), 10_444, 9_593, 20_037)             // males, females, their total
 *     .band(AgeBand.of(15, 64), 50_283, 49_062, 99_345)
 *     .band(AgeBand.atLeast(65), 15_914, 23_233, 39_147)
 *     .build();
 * published.count(AgeBand.atLeast(65));       // 39147
 * published.resolves(AgeBand.of(0, 17));      // false: band 15-64 does not split at 18
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 */
public final class Population {

  /** The last age class, meaning "100 and over". */
  public static final int MAX_AGE = 100;

  /** The number of single-year age classes, 0..100. */
  public static final int AGE_CLASSES = MAX_AGE + 1;

  private static final long ABSENT = -1;

  private final String territory;
  private final int year;
  private final AgeBands bands;
  private final int[] male;
  private final int[] female;
  private final long males;
  private final long females;
  private final long foreignResidents;
  private final long births;
  private final long deaths;

  private Population(String territory, int year, AgeBands bands, int[] male, int[] female, long foreign,
      long births, long deaths) {
    this.territory = territory;
    this.year = year;
    this.bands = bands;
    this.male = male;
    this.female = female;
    this.males = sum(male);
    this.females = sum(female);
    // the foreign residents are some of the residents: more would make "% stranieri" pass 100
    if (foreign > males + females) {
      throw new IllegalArgumentException("population of " + (territory.isEmpty() ? "an unnamed aggregate"
          : "'" + territory + "'") + " in " + year + ": " + foreign + " foreign residents, more than its "
          + (males + females) + " residents");
    }
    this.foreignResidents = foreign;
    this.births = births;
    this.deaths = deaths;
  }

  /**
   * Returns the population of the given counts, copied.
   *
   * @param territory the territory's identifier (an ISTAT code or a grouping id), not null, may be empty
   *     for an unnamed aggregate
   * @param year the year whose 1 January is the reference date, 1..9999
   * @param male 101 counts of males by age 0..100, each {@code >= 0}
   * @param female 101 counts of females by age 0..100, each {@code >= 0}
   * @return the population
   * @throws IllegalArgumentException if an array is not of length 101 or a count is negative
   */
  public static Population of(String territory, int year, int[] male, int[] female) {
    Objects.requireNonNull(male, "male");
    Objects.requireNonNull(female, "female");
    return new Builder(territory, year, AgeBands.singleYears()).counts(Sex.MALE, male).counts(Sex.FEMALE, female)
        .buildOnce();
  }

  /**
   * Returns the population of the given counts by age band, copied.
   *
   * @param territory the territory's identifier, not null
   * @param year the year whose 1 January is the reference date, 1..9999
   * @param bands the age resolution, not null
   * @param male the counts of males, one per band from the youngest, each {@code >= 0}
   * @param female the counts of females, one per band from the youngest, each {@code >= 0}
   * @return the population
   * @throws IllegalArgumentException if an array does not have one count per band or a count is negative
   */
  public static Population of(String territory, int year, AgeBands bands, int[] male, int[] female) {
    Objects.requireNonNull(male, "male");
    Objects.requireNonNull(female, "female");
    return new Builder(territory, year, bands).counts(Sex.MALE, male).counts(Sex.FEMALE, female).buildOnce();
  }

  /**
   * Returns a builder by single year of age whose counts all start at zero.
   *
   * @param territory the territory's identifier, not null
   * @param year the year whose 1 January is the reference date, 1..9999
   * @return a new builder
   */
  public static Builder builder(String territory, int year) {
    return new Builder(territory, year, AgeBands.singleYears());
  }

  /**
   * Returns a builder by age band whose counts all start at zero.
   *
   * @param territory the territory's identifier, not null
   * @param year the year whose 1 January is the reference date, 1..9999
   * @param bands the age resolution the counts are given in, not null
   * @return a new builder
   */
  public static Builder builder(String territory, int year, AgeBands bands) {
    return new Builder(territory, year, bands);
  }

  /**
   * Adds populations of the same year element-wise and names the result.
   *
   * @param territory the identifier of the aggregate, not null
   * @param year the reference year every part must have
   * @param parts the populations to add, not null; none gives an all-zero population
   * @return the sum, in the coarsest age bands whose boundaries are boundaries of every part (single years if
   *     every part is by single year); an optional total (foreign residents, births, deaths) is present only
   *     if every part has it
   * @throws IllegalArgumentException if a part has another year, a count of the sum exceeds
   *     {@link Integer#MAX_VALUE}, or its foreign residents, births or deaths {@link Long#MAX_VALUE}
   */
  public static Population sum(String territory, int year, Iterable<Population> parts) {
    Objects.requireNonNull(parts, "parts");
    AgeBands common = null;
    for (Population p : parts) {
      Objects.requireNonNull(p, "parts element");
      common = common == null ? p.bands : AgeBands.common(common, p.bands);
    }
    Builder b = new Builder(territory, year, common == null ? AgeBands.singleYears() : common);
    boolean first = true;
    for (Population p : parts) {
      b.addAll(p.bands.equals(b.bands) ? p : p.aggregate(b.bands), first);
      first = false;
    }
    return b.build();
  }

  static void checkAge(int age) {
    if (age < 0 || age > MAX_AGE) {
      throw new IllegalArgumentException("age must be in 0..100 (100 = 100 and over): " + age);
    }
  }

  private String where() {
    return territory.isEmpty() ? "(unnamed territory)" : territory;
  }

  private static long sum(int[] counts) {
    long s = 0;
    for (int c : counts) {
      s += c;
    }
    return s;
  }

  /** {@return the territory's identifier; empty for an unnamed aggregate of different territories} */
  public String territory() {
    return territory;
  }

  /** {@return the year whose 1 January is the reference date} */
  public int year() {
    return year;
  }

  /** {@return the reference date, 1 January of {@link #year()}} */
  public LocalDate referenceDate() {
    return LocalDate.of(year, 1, 1);
  }

  /**
   * The age resolution of the counts: single years, or the bands they were given in.
   *
   * @return the bands, {@link AgeBands#singleYears()} for a population by single year
   */
  public AgeBands ageBands() {
    return bands;
  }

  /** {@return whether the counts are by single year of age (every {@link #count(int)} is known)} */
  public boolean isSingleYears() {
    return bands.isSingleYears();
  }

  /**
   * Whether {@link #count(AgeBand)} can give the band exactly: its ends are boundaries of
   * {@link #ageBands()}. Always true by single year.
   *
   * @param band not null
   * @return whether the band is a union of the population's age classes
   */
  public boolean resolves(AgeBand band) {
    return bands.resolves(band);
  }

  /**
   * Residents of one sex and age.
   *
   * @param sex not null
   * @param age 0..100
   * @return the count
   * @throws IllegalArgumentException if the population is in bands and the age is not a band of its own
   *     ("band 0-14 does not split at 1")
   */
  public int count(Sex sex, int age) {
    Objects.requireNonNull(sex, "sex");
    checkAge(age);
    int[] a = sex == Sex.MALE ? male : female;
    if (bands.isSingleYears()) {
      return a[age];
    }
    AgeBand single = AgeBand.of(age, age);
    checkResolves(single);
    return a[bands.indexOf(age)];
  }

  /**
   * Residents of both sexes of one age; a {@code long}, as the sum of two counts may exceed an {@code int}.
   *
   * @param age 0..100
   * @return the count
   * @throws IllegalArgumentException if the population is in bands and the age is not a band of its own
   */
  public long count(int age) {
    checkAge(age);
    if (bands.isSingleYears()) {
      return (long) male[age] + female[age];
    }
    checkResolves(AgeBand.of(age, age));
    int i = bands.indexOf(age);
    return (long) male[i] + female[i];
  }

  /**
   * Residents of one sex in an age band.
   *
   * @param sex not null
   * @param band not null; its ends must be boundaries of {@link #ageBands()}
   * @return the count
   * @throws IllegalArgumentException if a cut of the band falls inside one of the population's bands,
   *     naming both ("band 15-64 does not split at 18")
   */
  public long count(Sex sex, AgeBand band) {
    Objects.requireNonNull(sex, "sex");
    Objects.requireNonNull(band, "band");
    checkResolves(band);
    int[] a = sex == Sex.MALE ? male : female;
    long s = 0;
    for (int i = bands.indexOf(band.from()), last = bands.indexOf(band.to()); i <= last; i++) {
      s += a[i];
    }
    return s;
  }

  /**
   * Residents of both sexes in an age band.
   *
   * @param band not null; its ends must be boundaries of {@link #ageBands()}
   * @return the count
   * @throws IllegalArgumentException if a cut of the band falls inside one of the population's bands,
   *     naming both ("band 15-64 does not split at 18")
   */
  public long count(AgeBand band) {
    Objects.requireNonNull(band, "band");
    checkResolves(band);
    long s = 0;
    for (int i = bands.indexOf(band.from()), last = bands.indexOf(band.to()); i <= last; i++) {
      s += (long) male[i] + female[i];
    }
    return s;
  }

  private void checkResolves(AgeBand band) {
    if (!bands.isSingleYears()) {
      Optional<String> why = bands.whyNot(band);
      if (why.isPresent()) {
        throw new IllegalArgumentException(String.format(Locale.ROOT,
            "residents aged %s of %s, %d cannot be counted: the population is in age bands %s and %s",
            band, where(), year, bands, why.get()));
      }
    }
  }

  /**
   * The same residents in coarser age bands: single years into 5-year bands, the bands of a pyramid or
   * those of a publication, or bands into wider bands. Every total is kept.
   *
   * @param target the bands to aggregate into, not null; each of its boundaries must be a boundary of
   *     {@link #ageBands()}
   * @return the population in {@code target}; this one if it is already in them
   * @throws IllegalArgumentException if a boundary of {@code target} falls inside one of this population's
   *     bands, naming both, or if a band's count exceeds {@link Integer#MAX_VALUE}
   */
  public Population aggregate(AgeBands target) {
    Objects.requireNonNull(target, "target");
    if (target.equals(bands)) {
      return this;
    }
    Optional<String> why = bands.whyNot(target);
    if (why.isPresent()) {
      throw new IllegalArgumentException(String.format(Locale.ROOT,
          "cannot aggregate the population of %s, %d in age bands %s into %s: %s",
          where(), year, bands, target, why.get()));
    }
    Builder b = new Builder(territory, year, target);
    for (int t = 0; t < target.size(); t++) {
      AgeBand band = target.band(t);
      b.male[t] = bandCount(Sex.MALE, band, count(Sex.MALE, band));
      b.female[t] = bandCount(Sex.FEMALE, band, count(Sex.FEMALE, band));
    }
    b.foreign = foreignResidents;
    b.births = births;
    b.deaths = deaths;
    return b.build();
  }

  private int bandCount(Sex sex, AgeBand band, long n) {
    if (n > Integer.MAX_VALUE) {
      throw new IllegalArgumentException(String.format(Locale.ROOT,
          "%s residents aged %s of %s, %d are %d: above the %d a count can hold",
          sex, band, where(), year, n, Integer.MAX_VALUE));
    }
    return (int) n;
  }

  /** {@return all male residents} */
  public long males() {
    return males;
  }

  /** {@return all female residents} */
  public long females() {
    return females;
  }

  /** {@return all residents} */
  public long total() {
    return males + females;
  }

  /**
   * The 101 counts of one sex by single year of age, copied.
   *
   * @param sex not null
   * @return a new array
   * @throws IllegalStateException if the population is in age bands: use {@link #bandCounts}
   */
  public int[] counts(Sex sex) {
    Objects.requireNonNull(sex, "sex");
    if (!bands.isSingleYears()) {
      throw new IllegalStateException(String.format(Locale.ROOT,
          "the population of %s, %d is in age bands %s, not single years: use bandCounts", where(), year,
          bands));
    }
    return (sex == Sex.MALE ? male : female).clone();
  }

  /**
   * The counts of one sex, one per band of {@link #ageBands()} from the youngest, copied; by single year,
   * the same as {@link #counts}. For a pyramid: {@code p.aggregate(AgeBands.ofWidth(5, 100)).bandCounts(sex)}.
   *
   * @param sex not null
   * @return a new array of {@code ageBands().size()} counts
   */
  public int[] bandCounts(Sex sex) {
    Objects.requireNonNull(sex, "sex");
    return (sex == Sex.MALE ? male : female).clone();
  }

  /** {@return foreign residents on the reference date, if known} */
  public OptionalLong foreignResidents() {
    return optional(foreignResidents);
  }

  /** {@return live births in the year that starts on the reference date, if known} */
  public OptionalLong births() {
    return optional(births);
  }

  /** {@return deaths in the year that starts on the reference date, if known} */
  public OptionalLong deaths() {
    return optional(deaths);
  }

  private static OptionalLong optional(long v) {
    return v == ABSENT ? OptionalLong.empty() : OptionalLong.of(v);
  }

  /**
   * Adds another population of the same year, element-wise; in age bands that both can give, see
   * {@link #sum}.
   *
   * <p>The result keeps the territory if both have the same one; otherwise it is unnamed (empty) until
   * {@link #withTerritory} names it. An optional total is present only if both have it. So {@code plus} is
   * associative and commutative.
   *
   * @param other not null, same year
   * @return the sum
   * @throws IllegalArgumentException if the years differ or a count of the sum is past its limit, as in
   *     {@link #sum}
   */
  public Population plus(Population other) {
    Objects.requireNonNull(other, "other");
    String name = territory.equals(other.territory) ? territory : "";
    return sum(name, year, java.util.List.of(this, other));
  }

  /**
   * Returns the same counts for another territory identifier.
   *
   * @param newTerritory not null
   * @return a population named {@code newTerritory}
   */
  public Population withTerritory(String newTerritory) {
    Objects.requireNonNull(newTerritory, "territory");
    return new Population(newTerritory, year, bands, male, female, foreignResidents, births, deaths);
  }

  /**
   * Returns the same counts with the optional totals set; pass {@code -1} for "not known".
   *
   * @param foreign foreign residents, {@code >= 0} or -1
   * @param birthsInYear births, {@code >= 0} or -1
   * @param deathsInYear deaths, {@code >= 0} or -1
   * @return the population
   * @throws IllegalArgumentException if a total is below -1, or the foreign residents are more than the
   *     residents
   */
  public Population withVitalStatistics(long foreign, long birthsInYear, long deathsInYear) {
    Builder b = new Builder(territory, year, bands);
    System.arraycopy(male, 0, b.male, 0, male.length);
    System.arraycopy(female, 0, b.female, 0, female.length);
    b.foreign = checkOptional("foreign residents", foreign);
    b.births = checkOptional("births", birthsInYear);
    b.deaths = checkOptional("deaths", deathsInYear);
    return b.build();
  }

  private long checkOptional(String what, long v) {
    if (v < ABSENT) {
      throw new IllegalArgumentException(
          what + " must be >= 0 (or -1 for unknown) in " + territory + ": " + v);
    }
    return v;
  }

  @Override
  public boolean equals(Object o) {
    if (this == o) {
      return true;
    }
    if (!(o instanceof Population)) {
      return false;
    }
    Population p = (Population) o;
    return year == p.year
        && foreignResidents == p.foreignResidents
        && births == p.births
        && deaths == p.deaths
        && territory.equals(p.territory)
        && bands.equals(p.bands)
        && Arrays.equals(male, p.male)
        && Arrays.equals(female, p.female);
  }

  @Override
  public int hashCode() {
    return Objects.hash(territory, year, bands, Arrays.hashCode(male), Arrays.hashCode(female),
        foreignResidents, births, deaths);
  }

  @Override
  public String toString() {
    return "Population[" + territory + " " + referenceDate() + ": " + males + " M, " + females + " F"
        + (bands.isSingleYears() ? "" : ", in bands " + bands) + "]";
  }

  /**
   * Builds a population count by count, in the age resolution it was made with (single years or bands);
   * counts start at zero. Not thread-safe; {@link #build} copies, so a builder can be reused.
   */
  public static final class Builder {
    private final String territory;
    private final int year;
    private final AgeBands bands;
    private final int[] male;
    private final int[] female;
    private long foreign = ABSENT;
    private long births = ABSENT;
    private long deaths = ABSENT;

    private Builder(String territory, int year, AgeBands bands) {
      this.territory = Objects.requireNonNull(territory, "territory");
      this.bands = Objects.requireNonNull(bands, "bands");
      if (year < 1 || year > 9999) {
        throw new IllegalArgumentException("year must be in 1..9999 for " + territory + ": " + year);
      }
      this.year = year;
      this.male = new int[bands.size()];
      this.female = new int[bands.size()];
    }

    /**
     * Sets the count of one sex and age, in a builder by single year.
     *
     * @param sex not null
     * @param age 0..100
     * @param n {@code >= 0}
     * @return this builder
     * @throws IllegalArgumentException if the age is out of range, the count negative, or the builder is by
     *     age band and the age is not a band of its own (set the band's count with
     *     {@link #count(Sex, AgeBand, int)})
     */
    public Builder count(Sex sex, int age, int n) {
      Objects.requireNonNull(sex, "sex");
      checkAge(age);
      if (!bands.isSingleYears()) {
        return count(sex, AgeBand.of(age, age), n);
      }
      set(sex, age, n);
      return this;
    }

    /** Sets one count; the label of the age class is made only for the message of a negative count. */
    private void set(Sex sex, int index, int n) {
      if (n < 0) {
        throw new IllegalArgumentException(String.format(Locale.ROOT,
            "count must be >= 0 in %s, %s, %s: %d", territory, sex, label(index), n));
      }
      (sex == Sex.MALE ? male : female)[index] = n;
    }

    /**
     * Sets the count of one sex in one of the builder's age bands.
     *
     * @param sex not null
     * @param band one of the bands the builder was made with, not null
     * @param n {@code >= 0}
     * @return this builder
     * @throws IllegalArgumentException if the band is not one of the builder's bands or the count negative
     */
    public Builder count(Sex sex, AgeBand band, int n) {
      Objects.requireNonNull(sex, "sex");
      int i = index(band);
      set(sex, i, n);
      return this;
    }

    private String label(int i) {
      return bands.isSingleYears() ? "age " + i : "ages " + bands.band(i);
    }

    private int index(AgeBand band) {
      Objects.requireNonNull(band, "band");
      int i = bands.indexOf(band.from());
      if (!bands.band(i).equals(band)) {
        throw new IllegalArgumentException(String.format(Locale.ROOT,
            "ages %s are not one of the age bands %s of %s, %d: give each band's own count, never a"
                + " band's count at one of its ages", band, bands, territory, year));
      }
      return i;
    }

    /**
     * Sets both sexes of one of the builder's age bands and checks them against the band's published total.
     *
     * @param band one of the bands the builder was made with, not null
     * @param males {@code >= 0}
     * @param females {@code >= 0}
     * @param total the band's total as published, {@code males + females}
     * @return this builder
     * @throws IllegalArgumentException if the band is not one of the builder's, a count is negative, or
     *     males and females do not add up to the total (naming the band and the three numbers)
     */
    public Builder band(AgeBand band, int males, int females, long total) {
      int i = index(band);
      if ((long) males + females != total) {
        throw new IllegalArgumentException(String.format(Locale.ROOT,
            "ages %s of %s, %d: males %d + females %d = %d, not the band's total %d",
            band, territory, year, males, females, (long) males + females, total));
      }
      set(Sex.MALE, i, males);
      set(Sex.FEMALE, i, females);
      return this;
    }

    /**
     * Sets the count of males of one age, in a builder by single year.
     *
     * @param age 0..100
     * @param n {@code >= 0}
     * @return this builder
     */
    public Builder male(int age, int n) {
      return count(Sex.MALE, age, n);
    }

    /**
     * Sets the count of females of one age, in a builder by single year.
     *
     * @param age 0..100
     * @param n {@code >= 0}
     * @return this builder
     */
    public Builder female(int age, int n) {
      return count(Sex.FEMALE, age, n);
    }

    /**
     * Sets every count of one sex: 101 by single year, or one per age band.
     *
     * @param sex not null
     * @param counts one count per age class of the builder, each {@code >= 0}
     * @return this builder
     */
    public Builder counts(Sex sex, int[] counts) {
      Objects.requireNonNull(sex, "sex");
      Objects.requireNonNull(counts, "counts");
      if (counts.length != bands.size()) {
        throw new IllegalArgumentException(bands.isSingleYears()
            ? String.format(Locale.ROOT, "%s counts of %s must cover ages 0..100 (101 values), got %d",
                sex, territory, counts.length)
            : String.format(Locale.ROOT, "%s counts of %s must be one per age band %s (%d values), got %d",
                sex, territory, bands, bands.size(), counts.length));
      }
      for (int i = 0; i < counts.length; i++) {
        set(sex, i, counts[i]);
      }
      return this;
    }

    /**
     * Sets the foreign residents on the reference date.
     *
     * @param n {@code >= 0}
     * @return this builder
     */
    public Builder foreignResidents(long n) {
      foreign = nonNegative("foreign residents", n);
      return this;
    }

    /**
     * Sets the live births of the year.
     *
     * @param n {@code >= 0}
     * @return this builder
     */
    public Builder births(long n) {
      births = nonNegative("births", n);
      return this;
    }

    /**
     * Sets the deaths of the year.
     *
     * @param n {@code >= 0}
     * @return this builder
     */
    public Builder deaths(long n) {
      deaths = nonNegative("deaths", n);
      return this;
    }

    private long nonNegative(String what, long n) {
      if (n < 0) {
        throw new IllegalArgumentException(what + " must be >= 0 in " + territory + ": " + n);
      }
      return n;
    }

    private void addAll(Population p, boolean first) {
      if (p.year != year) {
        throw new IllegalArgumentException(String.format(Locale.ROOT,
            "cannot add the %d population of '%s' to the %d population of '%s'",
            p.year, p.territory, year, territory));
      }
      for (int i = 0; i < male.length; i++) {
        male[i] = add(Sex.MALE, i, male[i], p.male[i]);
        female[i] = add(Sex.FEMALE, i, female[i], p.female[i]);
      }
      foreign = addOptional("foreign residents", foreign, p.foreignResidents, first);
      births = addOptional("births", births, p.births, first);
      deaths = addOptional("deaths", deaths, p.deaths, first);
    }

    private int add(Sex sex, int i, int a, int b) {
      long n = (long) a + b;
      if (n > Integer.MAX_VALUE) {
        throw new IllegalArgumentException(String.format(Locale.ROOT,
            "%s residents aged %s of the sum %s, %d are %d: above the %d a count can hold",
            sex, bands.band(i), territory, year, n, Integer.MAX_VALUE));
      }
      return (int) n;
    }

    private long addOptional(String what, long acc, long v, boolean first) {
      if (first) {
        return v;
      }
      if (acc == ABSENT || v == ABSENT) {
        return ABSENT;
      }
      if (acc > Long.MAX_VALUE - v) { // both >= 0: past a long, not an ArithmeticException's "long overflow"
        throw new IllegalArgumentException(String.format(Locale.ROOT,
            "%s of the sum %s, %d add up to more than %d", what, territory, year, Long.MAX_VALUE));
      }
      return acc + v;
    }

    /**
     * Returns the population; the builder's arrays are copied.
     *
     * @return the population
     * @throws IllegalArgumentException if the foreign residents are more than the residents
     */
    public Population build() {
      return new Population(
          territory, year, bands, male.clone(), female.clone(), foreign, births, deaths);
    }

    /**
     * The population of a builder that is used no more: its arrays are taken, not copied (the readers make
     * one population per comune, and a second copy of the counts doubled their young garbage).
     */
    private Population buildOnce() {
      return new Population(territory, year, bands, male, female, foreign, births, deaths);
    }
  }
}
