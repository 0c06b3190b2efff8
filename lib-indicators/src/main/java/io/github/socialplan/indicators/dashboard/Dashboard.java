package io.github.socialplan.indicators.dashboard;

import io.github.socialplan.core.number.DecimalBounds;
import io.github.socialplan.core.population.AgeBand;
import io.github.socialplan.core.population.Population;
import io.github.socialplan.core.territory.IstatCode;
import io.github.socialplan.core.territory.Membership;
import io.github.socialplan.core.territory.Partition;
import io.github.socialplan.core.territory.TerritoryKind;
import io.github.socialplan.indicators.catalogue.Indicator;
import io.github.socialplan.indicators.catalogue.IndicatorCatalogue;
import io.github.socialplan.indicators.catalogue.StandardIndicators;
import io.github.socialplan.indicators.demography.DemographicColumns;
import io.github.socialplan.indicators.demography.DemographicIndicators;
import io.github.socialplan.indicators.demography.DemographicProfile;
import io.github.socialplan.indicators.internal.Lacking;
import io.github.socialplan.indicators.result.IndicatorValue;
import io.github.socialplan.indicators.result.UndefinedReason;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;
import java.util.function.IntFunction;
import java.util.stream.IntStream;

/**
 * Builds the cruscotto of a Piano di Zona (<i>cruscotto di monitoraggio</i>, Piano di Zona 2015-2017 dell'Ambito di Cremona, §4.1): every
 * applicable indicator of a catalogue, for every comune and every grouping of a list of nested
 * partitions (comuni → sub-ambiti → ambiti → province), for one or more years, in one call; each row
 * compared with its parent territory.
 *
 * <p>Applicable indicators: the socio-demographic ones, from the populations (density with the comuni's
 * areas; birth and death rates when the next year's populations are given too); the user-declared ratios
 * of the catalogue, from the inputs; and three built-in ratios of inputs: per-capita social spending
 * ({@value #SOCIAL_SPENDING} / residents), % associated spending ({@value #ASSOCIATED_SPENDING} /
 * {@value #SOCIAL_SPENDING}) and residents per social worker (residents / {@value #SOCIAL_WORKER_FTE}).
 * The input {@value #RESIDENTS} is supplied from the populations, and so is an input named
 * {@code residents_<from>_<to>} or {@code residents_<from>_plus} (e.g. {@code residents_0_2}, the
 * denominator of the nursery rate) that the user does not supply: the residents of that age band, where
 * the population's age bands give it; where they do not, the indicator is undefined with
 * {@link UndefinedReason#AGE_BAND_NOT_SPLIT} naming the band and the cut ("band 0-14 does not split at 3"),
 * and so is that of every grouping the comune belongs to. Other catalogue indicators (Gini,
 * fund shares...) do not belong to a territory-year and are left out.
 *
 * <p>Every grouping's value is the <i>ratio of totals</i> of its comuni: its demographic profile is the
 * sum of theirs (one pass over each comune's {@code int[101]} arrays, then additions of a few
 * {@code long}s, no boxing per age or comune), and an input of a grouping is the one supplied for it, or
 * else the sum of its comuni's when every comune has it; a comune without it is not taken as 0 (an
 * input of 0 is), so otherwise the grouping's indicators of it are undefined ({@code MISSING_INPUT}), naming
 * the comuni without it. An input is supplied under the grouping's id
 * alone, so groupings of different levels may share an id only if none of them is given an input:
 * {@link Builder#compute()} refuses an input of an id that is a grouping of two levels (a sub-ambito and
 * an ambito both named {@code cremona}), which both would otherwise take as their own.
 *
 * <p>The partitions are given finest first; the parent of a comune is its grouping in the first
 * partition, the parent of a grouping the grouping of the next partition that contains its comuni. Every
 * comune must be in every partition, every partition must hold only comuni with a population in every
 * year (unless {@link Builder#incompleteGroupingsUndefined()}, which gives the groupings holding a comune
 * without one no value, never the figures of a part of them), and each grouping must lie inside one
 * grouping of the next partition; otherwise {@link Builder#compute()} throws
 * {@link IllegalArgumentException} naming the comune, the groupings and the partitions.
 *
 * <pre>{@code
 * DashboardTable table = Dashboard.builder()
 *     .levels(subAmbiti, ambito)           // finest first
 *     .populations(populations2014)        // one per comune, territory = ISTAT code
 *     .area(IstatCode.parse("019036"), new BigDecimal("70.49"))
 *     .input("019036", 2014, Dashboard.SOCIAL_SPENDING, new BigDecimal("12000000"))
 *     .compute();
 * table.value(2014, 2, "ambito-cremona", "old_age_index"); // the ambito's value
 * }</pre>
 *
 * <p>The result does not depend on the order in which comuni, populations or memberships are given.
 * This class has only static methods; its builder is not thread-safe (its {@link Builder#compute()} may
 * compute the years of a series on several threads, {@link Builder#parallelism}).
 */
public final class Dashboard {

  /** Input name of the residents, supplied from the populations. */
  public static final String RESIDENTS = "residents";
  /** Input name of the social spending of a territory in euro. */
  public static final String SOCIAL_SPENDING = "social_spending";
  /** Input name of the spending managed in associated form in euro. */
  public static final String ASSOCIATED_SPENDING = "associated_spending";
  /** Input name of the social workers in full-time equivalents. */
  public static final String SOCIAL_WORKER_FTE = "social_worker_fte";

  private static final Map<String, String[]> BUILT_IN_RATIOS = Map.of(
      StandardIndicators.PER_CAPITA_SPENDING.id(), new String[] {SOCIAL_SPENDING, RESIDENTS},
      StandardIndicators.PCT_ASSOCIATED_SPENDING.id(), new String[] {ASSOCIATED_SPENDING, SOCIAL_SPENDING},
      StandardIndicators.RESIDENTS_PER_SOCIAL_WORKER.id(), new String[] {RESIDENTS, SOCIAL_WORKER_FTE});

  /** The inputs of the built-in ratios that are amounts or counts, never negative. */
  private static final Set<String> NON_NEGATIVE_INPUTS =
      Set.of(SOCIAL_SPENDING, ASSOCIATED_SPENDING, SOCIAL_WORKER_FTE);

  /** The built-in ratios whose numerator is a part of their denominator: never above it. */
  private static final Set<String> PARTS_OF_THE_WHOLE = Set.of(StandardIndicators.PCT_ASSOCIATED_SPENDING.id());

  private Dashboard() {}

  /** {@return a new builder; the catalogue defaults to {@link IndicatorCatalogue#standard()}} */
  public static Builder builder() {
    return new Builder();
  }

  /** Collects the partitions, populations, areas and inputs of a cruscotto. Not thread-safe. */
  public static final class Builder {
    private final List<Partition> levels = new ArrayList<>();
    private final Map<Integer, Map<IstatCode, Population>> populations = new TreeMap<>();
    // With profilesOnly(): each comune-year's profile instead of its population (populations stays empty).
    private final Map<Integer, Map<IstatCode, DemographicProfile>> profiles = new TreeMap<>();
    private boolean profilesOnly;
    private final Map<IstatCode, BigDecimal> areas = new HashMap<>();
    private final Map<String, Map<String, BigDecimal>> inputs = new HashMap<>();
    // The inputs of one compute(): the user's, plus the residents of age bands taken from the populations.
    private Map<String, Map<String, BigDecimal>> effective = inputs;
    // Of one compute(): why a residents_<from>_<to> input of a territory-year could not be taken from the
    // population ("band 0+ does not split at 3"), by inputKey|name.
    // Concurrent: the years of a series are computed at once, each writing the keys of its own year.
    private Map<String, String> bandProblems = new ConcurrentHashMap<>();
    // Of one compute(): which comuni of a grouping lack an input that the grouping is not given, by
    // inputKey|name ("1 of its 3 comuni has none (019003)").
    private Map<String, String> inputGaps = new ConcurrentHashMap<>();
    private IndicatorCatalogue catalogue = IndicatorCatalogue.standard();
    private int oldestOldFrom = DemographicProfile.DEFAULT_OLDEST_OLD_FROM;
    private boolean onlyComuniOfLevels;
    private boolean incompleteGroupingsUndefined;
    // Of one compute(), with incompleteGroupingsUndefined(): per partition, the comuni of each grouping
    // that have no population.
    private List<Map<String, List<IstatCode>>> missingByLevel = List.of();
    // The map of the year of the last population added: comuni mostly come year by year, and this spares
    // boxing the year for each of them.
    private int lastYear;
    private Map<IstatCode, ?> lastYearMap;
    // How many populations the caller is adding at once, to size a new year's map.
    private int expected;
    // How many years compute() computes at once: 0 for one per processor.
    private int parallelism;

    private Builder() {}

    /**
     * Keeps only the comuni of the partitions set with {@link #levels}: populations of other comuni (a
     * whole-Italy file read for one province) are left out instead of failing the computation. Without
     * this option, a population of a comune that is not in every partition is an error. With no levels, every
     * comune is kept.
     *
     * @return this builder
     */
    public Builder onlyComuniOfLevels() {
      onlyComuniOfLevels = true;
      return this;
    }

    /**
     * Lets the partitions hold comuni that have no population (comuni left out of a file, or skipped by a
     * reader as incomplete): instead of failing, {@link #compute()} gives every grouping that holds such a
     * comune, and every grouping above it, no value for any indicator ({@link UndefinedReason#MISSING_INPUT},
     * "101 of its 102 comuni have no population: ..."), since its figures would be those of a part of it;
     * the comparisons of its members with it are undefined with it. A grouping none of whose comuni has a
     * population is left out of the table. Every comune with a population must still be in every partition.
     * Use it with partitions of whole territories (a registry's provinces) and data that may lack some of
     * their comuni.
     *
     * @return this builder
     */
    public Builder incompleteGroupingsUndefined() {
      incompleteGroupingsUndefined = true;
      return this;
    }

    /**
     * Keeps of each population only its demographic profile (a few totals), made as the population is
     * added, instead of the population (its two arrays of counts by age): for a long series of all-Italy
     * files, whose populations would otherwise be most of the memory. The table is the same. Call it, and
     * {@link #oldestOldFrom} if needed, before adding populations. Inputs of the residents of an age band
     * ({@code residents_0_2}...) cannot then be taken from the populations: {@link #compute()} fails
     * naming the input unless the user supplies it for every comune.
     *
     * @return this builder
     * @throws IllegalStateException if populations were added already
     */
    public Builder profilesOnly() {
      if (!populations.isEmpty()) {
        throw new IllegalStateException("profilesOnly() must be set before the first population is added");
      }
      profilesOnly = true;
      return this;
    }

    /**
     * Sets the partitions above the comuni, finest first (sub-ambiti, ambiti, province).
     *
     * @param partitions not null; none gives a cruscotto of comuni only
     * @return this builder
     */
    public Builder levels(Partition... partitions) {
      return levels(Arrays.asList(partitions));
    }

    /**
     * Sets the partitions above the comuni, finest first.
     *
     * @param partitions not null, no null element
     * @return this builder
     */
    public Builder levels(List<Partition> partitions) {
      levels.clear();
      for (Partition p : partitions) {
        levels.add(Objects.requireNonNull(p, "partition"));
      }
      return this;
    }

    /**
     * Adds the population of one comune in one year.
     *
     * @param population not null; its territory must be the comune's six-digit ISTAT code
     * @return this builder
     * @throws IllegalArgumentException if the territory is not an ISTAT code or the comune already has a
     *     population for that year
     */
    public Builder population(Population population) {
      Objects.requireNonNull(population, "population");
      IstatCode code = comuneCode("population", population.territory(), population.year());
      add(code, population.year(), profilesOnly ? DemographicProfile.of(population, oldestOldFrom) : population);
      return this;
    }

    /**
     * Adds the demographic profile of one comune in one year, made elsewhere: for a builder that keeps
     * profiles only ({@link #profilesOnly()}), so that the profiles of a file's comuni can be made on the
     * threads that read it ({@code PosasReader.read(path, c -> DemographicProfile.of(c.population()),
     * builder::profile)}) and no population is kept. The table is the one that adding the populations
     * gives.
     *
     * @param profile not null; its territory must be the comune's six-digit ISTAT code, and its first age
     *     of the oldest old that of this builder ({@link #oldestOldFrom}, 85 by default)
     * @return this builder
     * @throws IllegalStateException if the builder keeps populations ({@link #profilesOnly()} not set)
     * @throws IllegalArgumentException if the territory is not an ISTAT code, the profile was made with
     *     another first age of the oldest old, or the comune already has a population for that year
     */
    public Builder profile(DemographicProfile profile) {
      Objects.requireNonNull(profile, "profile");
      if (!profilesOnly) {
        throw new IllegalStateException("profile(...) needs a builder that keeps profiles only: call"
            + " profilesOnly() first (profile of " + profile.territory() + ", " + profile.year() + ")");
      }
      IstatCode code = comuneCode("profile", profile.territory(), profile.year());
      if (profile.oldestOldFrom() != oldestOldFrom) {
        throw new IllegalArgumentException(String.format(Locale.ROOT, "the profile of %s in %d counts the"
            + " oldest old from %d but this dashboard from %d", code, profile.year(), profile.oldestOldFrom(),
            oldestOldFrom));
      }
      add(code, profile.year(), profile);
      return this;
    }

    /** The comune whose ISTAT code a population's or profile's territory is. */
    private static IstatCode comuneCode(String what, String territory, int year) {
      try {
        return IstatCode.parse(territory);
      } catch (IllegalArgumentException e) {
        throw new IllegalArgumentException("a dashboard " + what + " must belong to a comune, named by its"
            + " ISTAT code: '" + territory + "' (" + year + ")", e);
      }
    }

    /** Adds a comune's population, or its profile when the builder keeps profiles only, once per year. */
    private void add(IstatCode code, int year, Object populationOrProfile) {
      @SuppressWarnings("unchecked") // populations, or profiles when profilesOnly: the year map holds one kind
      Map<IstatCode, Object> m = (Map<IstatCode, Object>) yearMap(year);
      if (m.putIfAbsent(code, populationOrProfile) != null) {
        throw new IllegalArgumentException(String.format(Locale.ROOT,
            "comune %s has two populations for %d", code, year));
      }
    }

    /** The map of a year's populations (or profiles), made on first use. */
    private Map<IstatCode, ?> yearMap(int y) {
      Map<IstatCode, ?> year = lastYearMap;
      if (year == null || lastYear != y) {
        int capacity = Math.max(16, expected * 4 / 3 + 1);
        // in the order given, usually a file's: the comuni then reach compute nearly sorted, and sorting
        // them merges a few runs of codes instead of ordering thousands of codes at random
        year = profilesOnly ? profiles.computeIfAbsent(y, k -> new LinkedHashMap<>(capacity))
            : populations.computeIfAbsent(y, k -> new LinkedHashMap<>(capacity));
        lastYear = y;
        lastYearMap = year;
      }
      return year;
    }

    /**
     * Adds populations, any comuni, any years, in any order.
     *
     * @param all not null
     * @return this builder
     */
    public Builder populations(Iterable<Population> all) {
      return addAll(all, this::population);
    }

    /** Adds each element, a new year's map sized for all of them when they are a collection. */
    private <T> Builder addAll(Iterable<T> all, Consumer<T> add) {
      expected = all instanceof Collection ? ((Collection<?>) all).size() : 0;
      try {
        for (T t : all) {
          add.accept(t);
        }
      } finally {
        expected = 0;
      }
      return this;
    }

    /**
     * Adds the demographic profiles of comuni made elsewhere, any comuni, any years, in any order, as
     * {@link #profile} adds one: for a builder that keeps profiles only.
     *
     * @param all not null, no null element
     * @return this builder
     * @throws IllegalStateException if the builder keeps populations ({@link #profilesOnly()} not set)
     * @throws IllegalArgumentException as {@link #profile} does
     */
    public Builder profiles(Iterable<DemographicProfile> all) {
      return addAll(all, this::profile);
    }

    /**
     * Sets a comune's area, for the density.
     *
     * @param comune not null
     * @param km2 {@code >= 0}, not null
     * @return this builder
     */
    public Builder area(IstatCode comune, BigDecimal km2) {
      Objects.requireNonNull(comune, "comune");
      Objects.requireNonNull(km2, "km2");
      if (km2.signum() < 0) {
        throw new IllegalArgumentException("area of " + comune + " must be >= 0 km2: " + km2.toPlainString());
      }
      areas.put(comune, km2);
      return this;
    }

    /**
     * Supplies an input quantity of a territory (a comune's ISTAT code or a grouping id) in a year,
     * such as {@link #SOCIAL_SPENDING} or the input of a declared ratio. A grouping id must name a grouping
     * of one level only: {@link #compute()} refuses the input of an id that is a grouping of two levels.
     *
     * @param territory not null
     * @param year the year
     * @param name the input's name, not null
     * @param value not null, within {@link DecimalBounds} (at most 30 integer digits and 30 decimals);
     *     {@code >= 0} for {@link #SOCIAL_SPENDING}, {@link #ASSOCIATED_SPENDING},
     *     {@link #SOCIAL_WORKER_FTE} and the residents of an age band ({@code residents_0_2})
     * @return this builder
     * @throws IllegalArgumentException if the name is {@link #RESIDENTS}, the value is out of
     *     {@link DecimalBounds}, or it is a negative spending, number of social workers or of residents,
     *     or residents of an age band that are not a whole number
     */
    public Builder input(String territory, int year, String name, BigDecimal value) {
      Objects.requireNonNull(territory, "territory");
      Objects.requireNonNull(name, "name");
      Objects.requireNonNull(value, "value");
      if (name.equals(RESIDENTS)) {
        throw new IllegalArgumentException("input '" + RESIDENTS + "' of " + territory
            + " comes from the populations and cannot be supplied");
      }
      if (!DecimalBounds.within(value)) { // an export of it could not be read back
        throw DecimalBounds.outOfRange(value, "input " + name + " of " + territory + " in " + year);
      }
      boolean residents = residentsBand(name) != null;
      if (value.signum() < 0 && (NON_NEGATIVE_INPUTS.contains(name) || residents)) {
        throw new IllegalArgumentException(String.format(Locale.ROOT, "input %s of %s in %d must be >= 0: %s",
            name, territory, year, value.toPlainString()));
      }
      if (residents && value.stripTrailingZeros().scale() > 0) {
        throw new IllegalArgumentException(String.format(Locale.ROOT,
            "input %s of %s in %d must be a whole number of residents: %s", name, territory, year,
            value.toPlainString()));
      }
      inputs.computeIfAbsent(inputKey(territory, year), k -> new HashMap<>()).put(name, value);
      return this;
    }

    /**
     * Sets the catalogue whose applicable indicators the cruscotto shows.
     *
     * @param indicators not null
     * @return this builder
     */
    public Builder catalogue(IndicatorCatalogue indicators) {
      this.catalogue = Objects.requireNonNull(indicators, "indicators");
      return this;
    }

    /**
     * Sets how many years of a series {@link #compute()} computes at once, on the calling thread and the
     * common fork-join pool, as {@code PosasReader.withParallelism} reads the parts of a file. The table is
     * the same whatever the number, and so is the exception: the one of the first year that fails. A
     * cruscotto of one year is computed on the calling thread.
     *
     * @param threads 1 for the calling thread only, 2 or more for at most that many years at once, 0 (the
     *     default) for as many as {@link Runtime#availableProcessors()}; at most 256
     * @return this builder
     * @throws IllegalArgumentException if {@code threads} is negative or above 256
     */
    public Builder parallelism(int threads) {
      if (threads < 0 || threads > 256) {
        throw new IllegalArgumentException("parallelism must be in 0..256 (0 = one per processor): " + threads);
      }
      this.parallelism = threads;
      return this;
    }

    /**
     * Sets the first age of the <i>grandi anziani</i> (85 by default).
     *
     * @param age 65..100
     * @return this builder
     */
    public Builder oldestOldFrom(int age) {
      if (age < 65 || age > 100) {
        throw new IllegalArgumentException("first age of the oldest old must be in 65..100: " + age);
      }
      if (profilesOnly && !profiles.isEmpty() && age != oldestOldFrom) {
        throw new IllegalStateException("the first age of the oldest old must be set before adding"
            + " populations to a builder that keeps profiles only (profiles made with " + oldestOldFrom + ")");
      }
      this.oldestOldFrom = age;
      return this;
    }

    /**
     * Computes the cruscotto.
     *
     * @return the table
     * @throws IllegalArgumentException if there are no populations, the partitions are not nested, a
     *     comune is missing from a partition or a year, a comune of a partition has no population (unless
     *     {@link #incompleteGroupingsUndefined()}), or an input is given for a territory that is
     *     neither a comune nor a grouping, or for an id that is a grouping of more than one level, or
     *     the associated spending of a territory (its own, or its comuni's added) exceeds its social spending
     *     when the catalogue holds the % associated spending
     */
    public DashboardTable compute() {
      Map<Integer, ? extends Map<IstatCode, ?>> years = years();
      if (years.isEmpty()) {
        throw new IllegalArgumentException("a dashboard needs at least one population");
      }
      Map<IstatCode, ?> first = years.values().iterator().next();
      Set<IstatCode> comuni = first.keySet();
      // a series usually has the same comuni every year: then none is missing from a year
      boolean sameEveryYear = true;
      for (Map<IstatCode, ?> year : years.values()) {
        if (year != first && (year.size() != comuni.size() || !comuni.containsAll(year.keySet()))) {
          sameEveryYear = false;
          break;
        }
      }
      if (!sameEveryYear) {
        comuni = new LinkedHashSet<>();
        for (Map<IstatCode, ?> year : years.values()) {
          comuni.addAll(year.keySet());
        }
      }
      if (onlyComuniOfLevels && !levels.isEmpty()) {
        Set<IstatCode> kept = new HashSet<>(levels.get(0).groupByComune().keySet());
        kept.retainAll(comuni);
        comuni = kept;
        if (comuni.isEmpty()) {
          throw new IllegalArgumentException("no population belongs to a comune of partition '"
              + levels.get(0).name() + "'");
        }
      }
      IstatCode[] codes = sorted(comuni);
      if (!sameEveryYear) {
        checkYears(codes);
      }
      List<Map<String, String>> parents = checkLevels(comuni, codes);
      checkInputTerritories(comuni);
      List<Indicator> applicable = applicable();
      Set<String> inputNames = new LinkedHashSet<>();
      for (Indicator i : applicable) {
        String[] io = ratioInputs(i);
        if (io != null) {
          inputNames.add(io[0]);
          inputNames.add(io[1]);
        }
      }
      inputNames.remove(RESIDENTS);
      String[] ids = new String[codes.length];
      for (int i = 0; i < codes.length; i++) {
        ids[i] = codes[i].value();
      }
      List<DashboardTable.Block> blocks = new ArrayList<>();
      // the socio-demographic indicators are computed in columns; column[j] places indicator j there
      List<Indicator> demographic = new ArrayList<>();
      int[] column = new int[applicable.size()];
      boolean others = false;
      for (int j = 0; j < column.length; j++) {
        if (ratioInputs(applicable.get(j)) == null) {
          column[j] = demographic.size();
          demographic.add(applicable.get(j));
        } else {
          column[j] = -1;
          others = true;
        }
      }
      Columns layout = new Columns(applicable, demographic, column, others);
      effective = withPopulationInputs(inputNames, codes);
      try {
        List<Integer> yearList = new ArrayList<>(years.keySet());
        for (List<DashboardTable.Block> year :
            eachYear(yearList, y -> yearBlocks(y, codes, ids, parents, layout, inputNames))) {
          blocks.addAll(year);
        }
      } finally {
        effective = inputs;
        bandProblems = new ConcurrentHashMap<>();
        inputGaps = new ConcurrentHashMap<>();
      }
      return new DashboardTable(applicable, blocks);
    }

    /**
     * The blocks of each year, in the years' order: the years computed at once on up to {@link #parallelism}
     * threads, each thread taking every n-th year. A thread stops at its first failing year, so the failure
     * thrown is that of the first failing year, as on one thread.
     */
    private List<List<DashboardTable.Block>> eachYear(List<Integer> years,
        IntFunction<List<DashboardTable.Block>> oneYear) {
      int threads = parallelism != 0 ? parallelism : Runtime.getRuntime().availableProcessors();
      int tasks = Math.min(years.size(), threads);
      Object[] out = new Object[years.size()]; // a year's blocks, or its failure
      if (tasks <= 1) {
        for (int k = 0; k < out.length; k++) {
          out[k] = oneYear.apply(years.get(k));
        }
      } else {
        IntStream.range(0, tasks).parallel().forEach(t -> {
          for (int k = t; k < out.length; k += tasks) {
            try {
              out[k] = oneYear.apply(years.get(k));
            } catch (RuntimeException e) {
              out[k] = e;
              return;
            }
          }
        });
      }
      List<List<DashboardTable.Block>> blocks = new ArrayList<>(out.length);
      for (Object o : out) {
        if (o instanceof RuntimeException) {
          throw (RuntimeException) o;
        }
        @SuppressWarnings("unchecked") // what oneYear returned
        List<DashboardTable.Block> year = (List<DashboardTable.Block>) o;
        blocks.add(year);
      }
      return blocks;
    }

    /**
     * The codes in ascending order, sorted as numbers rather than with {@code Arrays.sort(Object[])}: the
     * JIT compiles that generic sort for one element type at a time, and its other callers (the grouping
     * ids here, any user code) made it deoptimise and recompile for several runs after warm-up.
     */
    private static IstatCode[] sorted(Set<IstatCode> comuni) {
      IstatCode[] codes = comuni.toArray(new IstatCode[0]);
      long[] keys = new long[codes.length];
      for (int i = 0; i < codes.length; i++) {
        keys[i] = (long) codes[i].number() << 32 | i; // the number (at most 999999) first, then the index
      }
      Arrays.sort(keys);
      IstatCode[] out = new IstatCode[codes.length];
      for (int i = 0; i < keys.length; i++) {
        out[i] = codes[(int) keys[i]];
      }
      return out;
    }

    /** Which of the applicable indicators are computed in socio-demographic columns, and where. */
    private static final class Columns {
      final List<Indicator> applicable;
      final List<Indicator> demographic;
      final int[] column;
      final boolean others;

      /** Whether an applicable indicator reads the residents of the next 1 January. */
      final boolean nextYear;

      Columns(List<Indicator> applicable, List<Indicator> demographic, int[] column, boolean others) {
        this.applicable = applicable;
        this.demographic = demographic;
        this.column = column;
        this.others = others;
        this.nextYear = applicable.stream().anyMatch(DemographicIndicators::readsNextYearResidents);
      }
    }

    /**
     * The blocks of one year, coarsest level first: each level's socio-demographic values in
     * columns, the others in one array of territories × indicators; each grouping's profile is the sum
     * of its children's.
     */
    private List<DashboardTable.Block> yearBlocks(int year, IstatCode[] codes, String[] ids,
        List<Map<String, String>> parents, Columns layout, Set<String> inputNames) {
      List<DashboardTable.Block> blocks = new ArrayList<>(levels.size() + 1);
      Map<IstatCode, Population> pops = populations.get(year);
      Map<IstatCode, DemographicProfile> kept = this.profiles.get(year);
      // without an indicator that reads them, no profile is copied to carry the next year's residents
      Map<IstatCode, Population> next = layout.nextYear ? populations.get(year + 1) : null;
      Map<IstatCode, DemographicProfile> nextKept = layout.nextYear ? this.profiles.get(year + 1) : null;
      int n = layout.applicable.size();
      DemographicProfile[] profiles = new DemographicProfile[codes.length];
      IndicatorValue[] comuneValues = layout.others ? new IndicatorValue[codes.length * n] : null;
      for (int i = 0; i < codes.length; i++) {
        IstatCode c = codes[i];
        DemographicProfile p = kept != null ? kept.get(c) : DemographicProfile.of(pops.get(c), oldestOldFrom);
        BigDecimal area = areas.get(c);
        if (area != null) {
          p = p.withArea(area);
        }
        if (next != null) {
          Population nextYear = next.get(c);
          if (nextYear != null) {
            p = p.withNextYearResidents(nextYear.total());
          }
        } else if (nextKept != null) {
          DemographicProfile nextYear = nextKept.get(c);
          if (nextYear != null) {
            p = p.withNextYearResidents(nextYear.residents());
          }
        }
        profiles[i] = p;
        if (comuneValues != null) {
          evaluate(layout, p, explicitInputs(ids[i], year), comuneValues, i * n);
        }
      }
      // by level: territory ids (sorted), values, and each territory's index in the level above
      List<String[]> levelIds = new ArrayList<>();
      List<DemographicProfile[]> levelProfiles = new ArrayList<>();
      List<IndicatorValue[]> levelValues = new ArrayList<>();
      List<int[]> parentIndexes = new ArrayList<>();
      levelIds.add(ids);
      levelProfiles.add(profiles);
      levelValues.add(comuneValues);
      // with incompleteGroupingsUndefined(): by level, the comuni with a population under each territory,
      // those without one, and why a territory has no value (null for none)
      List<int[]> levelPresent = new ArrayList<>();
      List<List<Set<IstatCode>>> levelMissing = new ArrayList<>();
      List<String[]> levelIncomplete = new ArrayList<>();
      if (incompleteGroupingsUndefined) {
        int[] ones = new int[codes.length];
        Arrays.fill(ones, 1);
        levelPresent.add(ones);
        levelMissing.add(java.util.Collections.nCopies(codes.length, Set.of()));
        levelIncomplete.add(null);
      }
      DemographicProfile[] children = profiles;
      for (int level = 0; level < levels.size(); level++) {
        Partition partition = levels.get(level);
        // the sorted grouping ids, from the memberships (groupIds() would build the partition's sorted
        // member lists, which only inputs need); a grouping's comuni usually come one after the other, so
        // only a change of grouping is hashed
        Set<String> distinct = new HashSet<>();
        String[] childIds = levelIds.get(level);
        Map<String, String> parentOf = parents.get(level);
        if (incompleteGroupingsUndefined) {
          // the groupings that hold a comune with a population: the others would have no profile at all
          Map<IstatCode, String> groupOf = partition.groupByComune();
          for (int k = 0; k < childIds.length; k++) {
            distinct.add(level == 0 ? groupOf.get(codes[k]) : parentOf.get(childIds[k]));
          }
        } else {
          String previous = null;
          for (Membership m : partition.memberships()) {
            if (!m.group().equals(previous)) {
              previous = m.group();
              distinct.add(previous);
            }
          }
        }
        String[] groups = distinct.toArray(new String[0]);
        Arrays.sort(groups);
        int[] parentIndex = new int[childIds.length];
        List<List<DemographicProfile>> parts = new ArrayList<>(groups.length);
        for (int g = 0; g < groups.length; g++) {
          parts.add(new ArrayList<>());
        }
        Map<IstatCode, String> groupOf = partition.groupByComune();
        String last = null;
        int index = -1;
        for (int k = 0; k < childIds.length; k++) {
          String parent = level == 0 ? groupOf.get(codes[k]) : parentOf.get(childIds[k]);
          if (!parent.equals(last)) { // the children are sorted: neighbours mostly share their parent
            index = Arrays.binarySearch(groups, parent);
            last = parent;
          }
          parentIndex[k] = index;
          parts.get(index).add(children[k]);
        }
        // a grouping's profile is the sum of its children's: every count is additive, so this is the sum
        // of its comuni's, in fewer additions
        DemographicProfile[] groupProfiles = new DemographicProfile[groups.length];
        IndicatorValue[] groupValues = layout.others ? new IndicatorValue[groups.length * n] : null;
        for (int g = 0; g < groups.length; g++) {
          groupProfiles[g] = DemographicProfile.sum(groups[g], parts.get(g));
          if (groupValues != null) {
            Map<String, BigDecimal> in = effective.isEmpty() ? Map.of()
                : groupInputs(groups[g], year, partition.members(groups[g]), inputNames);
            evaluate(layout, groupProfiles[g], in, groupValues, g * n);
          }
        }
        if (incompleteGroupingsUndefined) {
          levelIncomplete.add(incomplete(level, year, groups, parentIndex, levelPresent, levelMissing));
        }
        parentIndexes.add(parentIndex);
        levelIds.add(groups);
        levelProfiles.add(groupProfiles);
        levelValues.add(groupValues);
        children = groupProfiles;
      }
      DashboardTable.Block above = null;
      for (int level = levels.size(); level >= 0; level--) {
        TerritoryKind kind = level == 0 ? TerritoryKind.MUNICIPALITY : levels.get(level - 1).kind();
        String[] territories = levelIds.get(level);
        String[] parentIds = null;
        int[] parentIndex = null;
        if (level < levels.size()) {
          parentIndex = parentIndexes.get(level);
          String[] groups = levelIds.get(level + 1);
          parentIds = new String[territories.length];
          for (int k = 0; k < territories.length; k++) {
            parentIds[k] = groups[parentIndex[k]];
          }
        }
        DemographicColumns columns = layout.demographic.isEmpty() ? null
            : DemographicColumns.of(layout.demographic, Arrays.asList(levelProfiles.get(level)));
        above = new DashboardTable.Block(year, level, kind, territories, parentIds, parentIndex, above,
            columns, layout.column, levelValues.get(level),
            incompleteGroupingsUndefined ? levelIncomplete.get(level) : null);
        blocks.add(above);
      }
      return blocks;
    }

    /**
     * Why each grouping of a level has no value: the comuni under it without a population (its own in the
     * partition, and those of the groupings below it); null for a whole grouping, and null if all are whole.
     * Adds the level's counts to {@code present} and {@code missing}, for the level above.
     */
    private String[] incomplete(int level, int year, String[] groups, int[] parentIndex, List<int[]> present,
        List<List<Set<IstatCode>>> missing) {
      int[] childPresent = present.get(level);
      List<Set<IstatCode>> childMissing = missing.get(level);
      Map<String, List<IstatCode>> own = missingByLevel.get(level);
      int[] count = new int[groups.length];
      List<Set<IstatCode>> out = new ArrayList<>(groups.length);
      for (String g : groups) {
        out.add(new java.util.TreeSet<>(own.getOrDefault(g, List.of())));
      }
      for (int k = 0; k < parentIndex.length; k++) {
        count[parentIndex[k]] += childPresent[k];
        out.get(parentIndex[k]).addAll(childMissing.get(k));
      }
      present.add(count);
      missing.add(out);
      String[] why = null;
      for (int g = 0; g < groups.length; g++) {
        Set<IstatCode> m = out.get(g);
        if (m.isEmpty()) {
          continue;
        }
        why = why == null ? new String[groups.length] : why;
        List<String> codes = new ArrayList<>(m.size());
        m.forEach(c -> codes.add(c.value()));
        why[g] = groups[g] + " in " + year + ": " + Lacking.comuni(codes, count[g] + m.size(), "no population")
            + "; its figures would be those of a part of it";
      }
      return why;
    }

    /** Computes the applicable indicators of inputs of a profile into {@code out} from {@code offset}. */
    private void evaluate(Columns layout, DemographicProfile p, Map<String, BigDecimal> in,
        IndicatorValue[] out, int offset) {
      for (int j = 0; j < layout.applicable.size(); j++) {
        if (layout.column[j] >= 0) {
          continue; // socio-demographic: in the columns
        }
        Indicator i = layout.applicable.get(j);
        String[] io = ratioInputs(i);
        BigDecimal num = io[0].equals(RESIDENTS) ? BigDecimal.valueOf(p.residents()) : in.get(io[0]);
        BigDecimal den = io[1].equals(RESIDENTS) ? BigDecimal.valueOf(p.residents()) : in.get(io[1]);
        if (num == null || den == null) {
          String missing = num == null ? io[0] : io[1];
          String why = bandProblems.get(inputKey(p.territory(), p.year()) + "|" + missing);
          String gap = inputGaps.get(inputKey(p.territory(), p.year()) + "|" + missing);
          out[offset + j] = why != null
              ? IndicatorValue.undefined(UndefinedReason.AGE_BAND_NOT_SPLIT, String.format(Locale.ROOT,
                  "input '%s' of %s in %d: %s", missing, p.territory(), p.year(), why))
              : IndicatorValue.undefined(UndefinedReason.MISSING_INPUT, String.format(Locale.ROOT,
                  "input '%s' of %s in %d not supplied%s", missing, p.territory(), p.year(),
                  gap == null ? "" : ": " + gap));
        } else {
          if (num.compareTo(den) > 0 && !i.isDeclaredRatio() && PARTS_OF_THE_WHOLE.contains(i.id())) {
            // the associated spending is part of the social spending: above it, a share above 100 %
            throw new IllegalArgumentException(String.format(Locale.ROOT,
                "input %s of %s in %d exceeds its %s: %s > %s", io[0], p.territory(), p.year(), io[1],
                num.toPlainString(), den.toPlainString()));
          }
          out[offset + j] = IndicatorValue.ratio(num, den, BigDecimal.valueOf(i.multiplier()),
              i.denominator() + " of " + p.territory() + " in " + p.year());
        }
      }
    }

    private Map<String, BigDecimal> explicitInputs(String territory, int year) {
      return effective.isEmpty() ? Map.of() : effective.getOrDefault(inputKey(territory, year), Map.of());
    }

    private Map<String, BigDecimal> groupInputs(String group, int year, List<IstatCode> members,
        Set<String> names) {
      Map<String, BigDecimal> own = explicitInputs(group, year);
      Map<String, BigDecimal> out = new HashMap<>(own);
      for (String name : names) {
        if (own.containsKey(name)) {
          continue;
        }
        BigDecimal sum = BigDecimal.ZERO;
        List<String> without = null; // a comune without the input is not known to have 0 of it
        for (IstatCode c : members) {
          BigDecimal v = explicitInputs(c.value(), year).get(name);
          if (v == null) {
            String why = bandProblems.get(inputKey(c.value(), year) + "|" + name);
            if (why != null) { // a comune's bands do not give it, so neither do the grouping's
              bandProblems.put(inputKey(group, year) + "|" + name, why + " in comune " + c.value());
              without = null;
              sum = null;
              break;
            }
            if (without == null) {
              without = new ArrayList<>();
            }
            without.add(c.value());
            sum = null;
          } else if (sum != null) {
            sum = sum.add(v);
          }
        }
        if (sum != null) {
          out.put(name, sum);
        } else if (without != null) {
          inputGaps.put(inputKey(group, year) + "|" + name, Lacking.comuni(without, members.size(), "none"));
        }
      }
      return out;
    }

    private List<Indicator> applicable() {
      List<Indicator> out = new ArrayList<>();
      for (Indicator i : catalogue.all()) {
        if (StandardIndicators.DEMOGRAPHIC.contains(i) || ratioInputs(i) != null) {
          out.add(i);
        }
      }
      return out;
    }

    private static String[] ratioInputs(Indicator i) {
      if (i.isDeclaredRatio()) {
        return new String[] {i.numeratorInput().get(), i.denominatorInput().get()};
      }
      return BUILT_IN_RATIOS.get(i.id());
    }

    private void checkYears(IstatCode[] comuni) {
      Map<Integer, ? extends Map<IstatCode, ?>> years = years();
      if (years.size() == 1) {
        return; // the comuni are those of the one year
      }
      for (Map.Entry<Integer, ? extends Map<IstatCode, ?>> e : years.entrySet()) {
        for (IstatCode c : comuni) {
          if (!e.getValue().containsKey(c)) {
            throw new IllegalArgumentException(String.format(Locale.ROOT,
                "comune %s has a population for some years but not for %d", c, e.getKey()));
          }
        }
      }
    }

    /**
     * For each level but the coarsest, the parent of each of its territories; null for the comuni, whose
     * parent is their grouping in the finest partition.
     *
     * @param comuni the comuni with a population
     * @param codes the same, sorted
     */
    private List<Map<String, String>> checkLevels(Set<IstatCode> comuni, IstatCode[] codes) {
      List<Map<String, List<IstatCode>>> missingLevels = new ArrayList<>();
      for (Partition p : levels) {
        Map<IstatCode, String> groupOf = p.groupByComune();
        for (IstatCode c : codes) {
          if (!groupOf.containsKey(c)) {
            throw new IllegalArgumentException("comune " + c + " has a population but is not in partition '"
                + p.name() + "'");
          }
        }
        // holding every comune, the partition holds no other if it holds as many
        Map<String, List<IstatCode>> missing = new HashMap<>();
        if (groupOf.size() != codes.length) {
          for (IstatCode c : sorted(groupOf.keySet())) {
            if (!comuni.contains(c)) {
              if (!incompleteGroupingsUndefined) {
                throw new IllegalArgumentException("comune " + c + " of partition '" + p.name()
                    + "' (grouping '" + groupOf.get(c) + "') has no population");
              }
              missing.computeIfAbsent(groupOf.get(c), k -> new ArrayList<>()).add(c);
            }
          }
        }
        missingLevels.add(missing);
      }
      missingByLevel = missingLevels;
      List<Map<String, String>> parents = new ArrayList<>();
      if (!levels.isEmpty()) {
        parents.add(null); // a comune is in one grouping of each partition: nothing to check
      }
      for (int level = 1; level < levels.size(); level++) {
        Map<IstatCode, String> up = levels.get(level).groupByComune();
        Map<IstatCode, String> down = levels.get(level - 1).groupByComune();
        Map<String, String> parentOf = new HashMap<>();
        for (IstatCode c : codes) {
          String child = down.get(c);
          String parent = up.get(c);
          String before = parentOf.putIfAbsent(child, parent);
          if (before != null && !before.equals(parent)) {
            throw notNested(level, child, before, c, parent, codes);
          }
        }
        parents.add(parentOf);
      }
      return parents;
    }

    /** The error of a grouping split between two parents, naming the first comune in each. */
    private IllegalArgumentException notNested(int level, String child, String before, IstatCode c,
        String parent, IstatCode[] codes) {
      Partition up = levels.get(level);
      Partition down = levels.get(level - 1);
      IstatCode witness = null;
      for (IstatCode w : codes) {
        if (child.equals(down.groupByComune().get(w)) && before.equals(up.groupByComune().get(w))) {
          witness = w;
          break;
        }
      }
      return new IllegalArgumentException(String.format(Locale.ROOT,
          "partitions '%s' and '%s' are not nested: grouping '%s' has comune %s in '%s' and"
              + " comune %s in '%s'", down.name(), up.name(), child, witness, before, c, parent));
    }

    /**
     * The user's inputs plus, for each input named {@code residents_<from>_<to>} or
     * {@code residents_<from>_plus} that a comune lacks, the residents of that band from its population
     * (when its age bands give the band; otherwise the input stays missing and {@code bandProblems} says
     * which band does not split where).
     */
    private Map<String, Map<String, BigDecimal>> withPopulationInputs(Set<String> names, IstatCode[] codes) {
      Map<String, AgeBand> bands = new LinkedHashMap<>();
      for (String name : names) {
        AgeBand b = residentsBand(name);
        if (b != null) {
          bands.put(name, b);
        }
      }
      if (bands.isEmpty()) {
        return inputs;
      }
      if (profilesOnly) {
        for (Map.Entry<String, AgeBand> b : bands.entrySet()) {
          for (Map.Entry<Integer, Map<IstatCode, DemographicProfile>> e : profiles.entrySet()) {
            for (IstatCode c : codes) {
              Map<String, BigDecimal> given = inputs.get(inputKey(c.value(), e.getKey()));
              if (e.getValue().containsKey(c) && (given == null || !given.containsKey(b.getKey()))) {
                throw new IllegalArgumentException(String.format(Locale.ROOT,
                    "input '%s' of %s in %d: the residents aged %s come from the populations' ages, which"
                        + " a dashboard that keeps profiles only does not keep; supply the input",
                    b.getKey(), c, e.getKey(), b.getValue()));
              }
            }
          }
        }
        return inputs;
      }
      Map<String, Map<String, BigDecimal>> out = new HashMap<>();
      inputs.forEach((k, v) -> out.put(k, new HashMap<>(v)));
      for (Map.Entry<Integer, Map<IstatCode, Population>> e : populations.entrySet()) {
        for (IstatCode c : codes) {
          Population p = e.getValue().get(c);
          if (p == null) {
            continue;
          }
          Map<String, BigDecimal> m = out.computeIfAbsent(inputKey(c.value(), e.getKey()), k -> new HashMap<>());
          bands.forEach((name, band) -> {
            if (!m.containsKey(name)) {
              java.util.Optional<String> why = p.ageBands().whyNot(band);
              if (why.isEmpty()) {
                m.put(name, BigDecimal.valueOf(p.count(band)));
              } else {
                bandProblems.put(inputKey(c.value(), e.getKey()) + "|" + name,
                    "residents aged " + band + ": " + why.get());
              }
            }
          });
        }
      }
      return out;
    }

    private static final java.util.regex.Pattern RESIDENTS_BAND =
        java.util.regex.Pattern.compile("residents_(\\d{1,3})_(\\d{1,3}|plus)");

    /** The band of an input named residents_<from>_<to> or residents_<from>_plus, or null. */
    private static AgeBand residentsBand(String name) {
      java.util.regex.Matcher m = RESIDENTS_BAND.matcher(name);
      if (!m.matches()) {
        return null;
      }
      int from = Integer.parseInt(m.group(1));
      int to = m.group(2).equals("plus") ? Population.MAX_AGE : Integer.parseInt(m.group(2));
      return from <= to && to <= Population.MAX_AGE ? AgeBand.of(from, to) : null;
    }

    /**
     * An input of a territory that is neither a comune of the dashboard nor a grouping is an error, and so
     * is an input of an id that is a grouping of more than one level: it would be taken at every level.
     */
    private void checkInputTerritories(Set<IstatCode> comuni) {
      if (inputs.isEmpty()) {
        return;
      }
      Set<String> known = new HashSet<>();
      for (IstatCode c : comuni) {
        known.add(c.value());
      }
      // the levels (partition names) of each grouping id, finest first
      Map<String, List<String>> levelsOf = new HashMap<>();
      // grouping ids that are the code of a comune and hold other comuni: that comune's input is not theirs
      Map<String, String> comuneNamedGroupings = new HashMap<>();
      for (Partition p : levels) {
        for (String g : new HashSet<>(p.groupByComune().values())) {
          levelsOf.computeIfAbsent(g, k -> new ArrayList<>(1)).add(p.name());
        }
        for (Map.Entry<IstatCode, String> m : p.groupByComune().entrySet()) {
          if (known.contains(m.getValue()) && !m.getKey().value().equals(m.getValue())) {
            comuneNamedGroupings.putIfAbsent(m.getValue(), p.name());
          }
        }
      }
      known.addAll(levelsOf.keySet());
      if (onlyComuniOfLevels) { // the inputs of the comuni left out are left out with them
        for (Map<IstatCode, ?> year : years().values()) {
          for (IstatCode c : year.keySet()) {
            known.add(c.value());
          }
        }
      }
      String ambiguous = null;
      for (Map.Entry<String, Map<String, BigDecimal>> e : inputs.entrySet()) {
        String key = e.getKey();
        String territory = key.substring(key.indexOf('|') + 1);
        if (!known.contains(territory)) {
          throw new IllegalArgumentException(String.format(Locale.ROOT,
              "input %s of territory '%s' in %s: it is neither a comune of the dashboard nor a grouping of"
                  + " its partitions", new java.util.TreeSet<>(e.getValue().keySet()), territory,
              key.substring(0, key.indexOf('|'))));
        }
        List<String> at = levelsOf.get(territory);
        boolean twice = at != null && at.size() > 1 || comuneNamedGroupings.containsKey(territory);
        if (twice && (ambiguous == null || key.compareTo(ambiguous) < 0)) {
          ambiguous = key; // the first in key order, so that the message does not depend on hashing
        }
      }
      if (ambiguous != null) {
        // inputs are kept by year and id only: every territory with that id would read this input as its own
        String territory = ambiguous.substring(ambiguous.indexOf('|') + 1);
        String why;
        if (comuneNamedGroupings.containsKey(territory)) {
          why = "a comune and a grouping of other comuni at level '" + comuneNamedGroupings.get(territory)
              + "'; give the grouping another id";
        } else {
          List<String> levelNames = new ArrayList<>();
          for (String level : levelsOf.get(territory)) {
            levelNames.add("'" + level + "'");
          }
          why = "a grouping of levels " + listed(levelNames) + "; give the groupings distinct ids";
        }
        List<String> names = new ArrayList<>(new java.util.TreeSet<>(inputs.get(ambiguous).keySet()));
        throw new IllegalArgumentException(String.format(Locale.ROOT,
            "%s %s of '%s' in %s %s ambiguous: '%s' is %s", names.size() > 1 ? "inputs" : "input", listed(names), territory,
            ambiguous.substring(0, ambiguous.indexOf('|')), names.size() > 1 ? "are" : "is", territory, why));
      }
    }

    /** "a", "a and b", "a, b and c". */
    private static String listed(List<String> items) {
      int last = items.size() - 1;
      return last == 0 ? items.get(0) : String.join(", ", items.subList(0, last)) + " and " + items.get(last);
    }

    /** The comuni of each year: the populations' maps, or the profiles' with {@link #profilesOnly()}. */
    private Map<Integer, ? extends Map<IstatCode, ?>> years() {
      return profilesOnly ? profiles : populations;
    }

    private static String inputKey(String territory, int year) {
      return year + "|" + territory;
    }
  }
}
