package io.github.socialplan.core.population;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.Objects;
import java.util.OptionalLong;

/**
 * Residents of a territory on 1 January of a year by single year of age 0..100 and sex
 * (<i>popolazione residente al 1° gennaio per età e sesso</i>); age 100 means "100 and over". Optionally
 * the foreign residents (<i>stranieri residenti</i>) on the same date and the births and deaths
 * (<i>nati vivi, morti</i>) of the year that starts on that date.
 *
 * <p>Counts are kept in two {@code int[101]} arrays, so a population costs under a kilobyte and no count
 * is ever boxed. Adding populations ({@link #plus}, {@link #sum}) is the element-wise sum: associative and
 * commutative, so totals of a territory can be built from any split of its parts.
 *
 * <pre>{@code
 * Population p = Population.builder("019036", 2014)
 *     .male(0, 310).female(0, 298)
 *     // ... every age ...
 *     .build();
 * long elderly = p.count(AgeBand.atLeast(65));
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
  private final int[] male;
  private final int[] female;
  private final long males;
  private final long females;
  private final long foreignResidents;
  private final long births;
  private final long deaths;

  private Population(
      String territory, int year, int[] male, int[] female, long foreign, long births, long deaths) {
    this.territory = territory;
    this.year = year;
    this.male = male;
    this.female = female;
    this.males = sum(male);
    this.females = sum(female);
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
    return new Builder(territory, year).counts(Sex.MALE, male).counts(Sex.FEMALE, female).build();
  }

  /**
   * Returns a builder whose counts all start at zero.
   *
   * @param territory the territory's identifier, not null
   * @param year the year whose 1 January is the reference date, 1..9999
   * @return a new builder
   */
  public static Builder builder(String territory, int year) {
    return new Builder(territory, year);
  }

  /**
   * Adds populations of the same year element-wise and names the result.
   *
   * @param territory the identifier of the aggregate, not null
   * @param year the reference year every part must have
   * @param parts the populations to add, not null; none gives an all-zero population
   * @return the sum; an optional total (foreign residents, births, deaths) is present only if every part has
   *     it
   * @throws IllegalArgumentException if a part has another year
   */
  public static Population sum(String territory, int year, Iterable<Population> parts) {
    Builder b = new Builder(territory, year);
    boolean first = true;
    for (Population p : Objects.requireNonNull(parts, "parts")) {
      Objects.requireNonNull(p, "parts element");
      b.addAll(p, first);
      first = false;
    }
    return b.build();
  }

  static void checkAge(int age) {
    if (age < 0 || age > MAX_AGE) {
      throw new IllegalArgumentException("age must be in 0..100 (100 = 100 and over): " + age);
    }
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
   * Residents of one sex and age.
   *
   * @param sex not null
   * @param age 0..100
   * @return the count
   */
  public int count(Sex sex, int age) {
    Objects.requireNonNull(sex, "sex");
    checkAge(age);
    return (sex == Sex.MALE ? male : female)[age];
  }

  /**
   * Residents of both sexes of one age.
   *
   * @param age 0..100
   * @return the count
   */
  public int count(int age) {
    checkAge(age);
    return male[age] + female[age];
  }

  /**
   * Residents of one sex in an age band.
   *
   * @param sex not null
   * @param band not null
   * @return the count
   */
  public long count(Sex sex, AgeBand band) {
    Objects.requireNonNull(sex, "sex");
    Objects.requireNonNull(band, "band");
    int[] a = sex == Sex.MALE ? male : female;
    long s = 0;
    for (int age = band.from(); age <= band.to(); age++) {
      s += a[age];
    }
    return s;
  }

  /**
   * Residents of both sexes in an age band.
   *
   * @param band not null
   * @return the count
   */
  public long count(AgeBand band) {
    Objects.requireNonNull(band, "band");
    long s = 0;
    for (int age = band.from(); age <= band.to(); age++) {
      s += male[age] + female[age];
    }
    return s;
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
   * The 101 counts of one sex by age, copied.
   *
   * @param sex not null
   * @return a new array
   */
  public int[] counts(Sex sex) {
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
   * Adds another population of the same year, element-wise.
   *
   * <p>The result keeps the territory if both have the same one; otherwise it is unnamed (empty) until
   * {@link #withTerritory} names it. An optional total is present only if both have it. So {@code plus} is
   * associative and commutative.
   *
   * @param other not null, same year
   * @return the sum
   * @throws IllegalArgumentException if the years differ
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
    return new Population(newTerritory, year, male, female, foreignResidents, births, deaths);
  }

  /**
   * Returns the same counts with the optional totals set; pass {@code -1} for "not known".
   *
   * @param foreign foreign residents, {@code >= 0} or -1
   * @param birthsInYear births, {@code >= 0} or -1
   * @param deathsInYear deaths, {@code >= 0} or -1
   * @return the population
   */
  public Population withVitalStatistics(long foreign, long birthsInYear, long deathsInYear) {
    Builder b = new Builder(territory, year);
    System.arraycopy(male, 0, b.male, 0, AGE_CLASSES);
    System.arraycopy(female, 0, b.female, 0, AGE_CLASSES);
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
        && Arrays.equals(male, p.male)
        && Arrays.equals(female, p.female);
  }

  @Override
  public int hashCode() {
    return Objects.hash(territory, year, Arrays.hashCode(male), Arrays.hashCode(female),
        foreignResidents, births, deaths);
  }

  @Override
  public String toString() {
    return "Population[" + territory + " " + referenceDate() + ": " + males + " M, " + females + " F]";
  }

  /**
   * Builds a population count by count; counts start at zero. Not thread-safe; {@link #build} copies, so a
   * builder can be reused.
   */
  public static final class Builder {
    private final String territory;
    private final int year;
    private final int[] male = new int[AGE_CLASSES];
    private final int[] female = new int[AGE_CLASSES];
    private long foreign = ABSENT;
    private long births = ABSENT;
    private long deaths = ABSENT;

    private Builder(String territory, int year) {
      this.territory = Objects.requireNonNull(territory, "territory");
      if (year < 1 || year > 9999) {
        throw new IllegalArgumentException("year must be in 1..9999 for " + territory + ": " + year);
      }
      this.year = year;
    }

    /**
     * Sets the count of one sex and age.
     *
     * @param sex not null
     * @param age 0..100
     * @param n {@code >= 0}
     * @return this builder
     * @throws IllegalArgumentException if the age is out of range or the count negative
     */
    public Builder count(Sex sex, int age, int n) {
      Objects.requireNonNull(sex, "sex");
      checkAge(age);
      if (n < 0) {
        throw new IllegalArgumentException(String.format(java.util.Locale.ROOT,
            "count must be >= 0 in %s, %s, age %d: %d", territory, sex, age, n));
      }
      (sex == Sex.MALE ? male : female)[age] = n;
      return this;
    }

    /**
     * Sets the number of male residents of one age.
     *
     * @param age 0..100 (100 means 100 and over)
     * @param n the count, {@code >= 0}
     * @return this builder
     */
    public Builder male(int age, int n) {
      return count(Sex.MALE, age, n);
    }

    /**
     * Sets the number of female residents of one age.
     *
     * @param age 0..100 (100 means 100 and over)
     * @param n the count, {@code >= 0}
     * @return this builder
     */
    public Builder female(int age, int n) {
      return count(Sex.FEMALE, age, n);
    }

    /**
     * Sets all 101 counts of one sex.
     *
     * @param sex not null
     * @param counts 101 counts, each {@code >= 0}
     * @return this builder
     */
    public Builder counts(Sex sex, int[] counts) {
      Objects.requireNonNull(sex, "sex");
      Objects.requireNonNull(counts, "counts");
      if (counts.length != AGE_CLASSES) {
        throw new IllegalArgumentException(String.format(java.util.Locale.ROOT,
            "%s counts of %s must cover ages 0..100 (101 values), got %d",
            sex, territory, counts.length));
      }
      for (int age = 0; age < AGE_CLASSES; age++) {
        count(sex, age, counts[age]);
      }
      return this;
    }

    /**
     * Sets the number of foreign residents (<i>stranieri residenti</i>).
     *
     * @param n the count, {@code >= 0}
     * @return this builder
     */
    public Builder foreignResidents(long n) {
      foreign = nonNegative("foreign residents", n);
      return this;
    }

    /**
     * Sets the live births of the year that starts on the reference date (<i>nati vivi</i>).
     *
     * @param n the count, {@code >= 0}
     * @return this builder
     */
    public Builder births(long n) {
      births = nonNegative("births", n);
      return this;
    }

    /**
     * Sets the deaths of the year that starts on the reference date (<i>morti</i>).
     *
     * @param n the count, {@code >= 0}
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
        throw new IllegalArgumentException(String.format(java.util.Locale.ROOT,
            "cannot add the %d population of '%s' to the %d population of '%s'",
            p.year, p.territory, year, territory));
      }
      for (int age = 0; age < AGE_CLASSES; age++) {
        male[age] = Math.addExact(male[age], p.male[age]);
        female[age] = Math.addExact(female[age], p.female[age]);
      }
      foreign = addOptional(foreign, p.foreignResidents, first);
      births = addOptional(births, p.births, first);
      deaths = addOptional(deaths, p.deaths, first);
    }

    private static long addOptional(long acc, long v, boolean first) {
      if (first) {
        return v;
      }
      return acc == ABSENT || v == ABSENT ? ABSENT : acc + v;
    }

    /** {@return the population; the builder's arrays are copied} */
    public Population build() {
      return new Population(
          territory, year, male.clone(), female.clone(), foreign, births, deaths);
    }
  }
}
