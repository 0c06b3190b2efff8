package io.github.socialplan.indicators.dashboard;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.socialplan.core.population.Population;
import io.github.socialplan.core.territory.IstatCode;
import io.github.socialplan.core.territory.Partition;
import io.github.socialplan.core.territory.TerritoryKind;
import io.github.socialplan.core.testing.PropertyRuns;
import io.github.socialplan.indicators.Populations;
import io.github.socialplan.indicators.catalogue.CruscottoArea;
import io.github.socialplan.indicators.catalogue.Indicator;
import io.github.socialplan.indicators.catalogue.IndicatorCatalogue;
import io.github.socialplan.indicators.catalogue.IndicatorUnit;
import io.github.socialplan.indicators.catalogue.StandardIndicators;
import io.github.socialplan.indicators.demography.DemographicIndicators;
import io.github.socialplan.indicators.demography.DemographicProfile;
import io.github.socialplan.indicators.result.IndicatorValue;
import io.github.socialplan.indicators.result.UndefinedReason;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.quicktheories.QuickTheory;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.SourceDSL;

class DashboardTest {

  static final String[] CODES = {"019001", "019002", "019003", "019004", "019005"};
  static final String[] SUB = {"sub-a", "sub-a", "sub-b", "sub-b", "sub-c"};
  static final String[] AMBITO = {"ambito-1", "ambito-1", "ambito-1", "ambito-1", "ambito-2"};

  static final Indicator EVICTIONS = Indicator.builder().id("evictions_per_1000_households")
      .italianName("provvedimenti di sfratto per 1.000 famiglie").englishName("evictions per 1,000 households")
      .unit(IndicatorUnit.PER_1000).multiplier(1000).numerator("eviction orders").denominator("households")
      .numeratorInput("evictions").denominatorInput("households").source("test").area(CruscottoArea.HOUSING)
      .build();

  static Partition partition(String name, TerritoryKind kind, String[] groups, List<Integer> order) {
    Partition.Builder b = Partition.builder(name, kind);
    for (int i : order) {
      b.assign(IstatCode.parse(CODES[i]), groups[i]);
    }
    return b.build();
  }

  static List<Integer> inOrder() {
    return List.of(0, 1, 2, 3, 4);
  }

  /** A deterministic population of comune i in a year. */
  static Population population(int i, int year) {
    int[] m = new int[101];
    int[] f = new int[101];
    for (int a = 0; a <= 100; a++) {
      m[a] = (a * (i + 3) + year) % 97 + (i == 4 && a <= 14 ? -((a * (i + 3) + year) % 97) : 0);
      f[a] = (a * (i + 5) + 2 * year) % 89 + (i == 4 && a <= 14 ? -((a * (i + 5) + 2 * year) % 89) : 0);
    }
    return Population.of(CODES[i], year, m, f).withVitalStatistics(10 + i, 20 + i, 30 + i);
  }

  static DashboardTable table(List<Integer> order) {
    return table(order, false);
  }

  static DashboardTable table(List<Integer> order, boolean profilesOnly) {
    return table(order, profilesOnly, false);
  }

  /** With {@code givenProfiles}, the comuni's profiles are made here and given with {@code profile}. */
  static DashboardTable table(List<Integer> order, boolean profilesOnly, boolean givenProfiles) {
    Dashboard.Builder b = Dashboard.builder()
        .levels(partition("sub-ambiti", TerritoryKind.SUB_DISTRICT, SUB, order),
            partition("ambiti", TerritoryKind.PLANNING_DISTRICT, AMBITO, order))
        .catalogue(IndicatorCatalogue.standard().with(EVICTIONS));
    if (profilesOnly) {
      b.profilesOnly();
    }
    for (int i : order) {
      if (givenProfiles) {
        b.profile(DemographicProfile.of(population(i, 2015))).profile(DemographicProfile.of(population(i, 2014)));
      } else {
        b.population(population(i, 2015)).population(population(i, 2014));
      }
      b.area(IstatCode.parse(CODES[i]), new BigDecimal("10.5").add(BigDecimal.valueOf(i)));
      b.input(CODES[i], 2014, Dashboard.SOCIAL_SPENDING, BigDecimal.valueOf(100_000L * (i + 1)));
      b.input(CODES[i], 2014, "households", BigDecimal.valueOf(400 + i));
      if (i != 3) {
        b.input(CODES[i], 2014, "evictions", BigDecimal.valueOf(i + 1));
      }
    }
    b.input("sub-b", 2014, "evictions", BigDecimal.valueOf(9));
    return b.compute();
  }

  private static IndicatorValue value(DashboardTable t, int year, int level, String territory, Indicator i) {
    return t.value(year, level, territory, i.id()).orElseThrow();
  }

  @Test
  void groupValues_areTheIndicatorsOfTheSummedPopulations() {
    DashboardTable t = table(inOrder());
    Population subA = Population.sum("sub-a", 2014, List.of(population(0, 2014), population(1, 2014)));
    Population amb = Population.sum("ambito-1", 2014,
        List.of(population(0, 2014), population(1, 2014), population(2, 2014), population(3, 2014)));
    for (Indicator i : List.of(StandardIndicators.OLD_AGE_INDEX, StandardIndicators.MEAN_AGE,
        StandardIndicators.PCT_FOREIGNERS, StandardIndicators.CHILD_WOMAN_RATIO)) {
      assertEquals(DemographicIndicators.compute(i, DemographicProfile.of(subA)), value(t, 2014, 1, "sub-a", i));
      assertEquals(DemographicIndicators.compute(i, DemographicProfile.of(amb)), value(t, 2014, 2, "ambito-1", i));
    }
  }

  @Test
  void rows_areComparedWithTheirParent() {
    DashboardTable t = table(inOrder());
    DashboardRow row = t.row(2014, 0, "019002", "old_age_index").orElseThrow();
    assertEquals(Optional.of("sub-a"), row.parent());
    assertEquals(TerritoryKind.MUNICIPALITY, row.kind());
    double own = row.value().value();
    double parent = value(t, 2014, 1, "sub-a", StandardIndicators.OLD_AGE_INDEX).value();
    assertEquals(parent, row.parentValue().orElseThrow().value());
    assertEquals(own - parent, row.differenceFromParent().orElseThrow().value(), 1e-9);
    assertEquals(own / parent, row.ratioToParent().orElseThrow().value(), 1e-12);
    DashboardRow sub = t.row(2014, 1, "sub-b", "old_age_index").orElseThrow();
    assertEquals(Optional.of("ambito-1"), sub.parent());
    assertEquals(TerritoryKind.SUB_DISTRICT, sub.kind());
    DashboardRow top = t.row(2014, 2, "ambito-1", "old_age_index").orElseThrow();
    assertEquals(Optional.empty(), top.parent());
    assertEquals(Optional.empty(), top.differenceFromParent());
  }

  @Test
  void territoryWithoutChildren_isUndefinedInTheTable_andItsComparisonsToo() {
    DashboardTable t = table(inOrder());
    IndicatorValue v = value(t, 2014, 0, "019005", StandardIndicators.OLD_AGE_INDEX);
    assertEquals(Optional.of(UndefinedReason.ZERO_DENOMINATOR), v.reason());
    assertEquals(Optional.of(UndefinedReason.ZERO_DENOMINATOR),
        value(t, 2014, 2, "ambito-2", StandardIndicators.OLD_AGE_INDEX).reason());
    DashboardRow row = t.row(2014, 0, "019005", "old_age_index").orElseThrow();
    assertEquals(Optional.of(UndefinedReason.UNDEFINED_OPERAND), row.differenceFromParent().orElseThrow().reason());
  }

  @Test
  void theNextYearsResidents_reachTheRatesOfAnyCatalogue_andChangeNoOtherValue() {
    for (boolean profilesOnly : new boolean[] {false, true}) {
      DashboardTable full = table(inOrder(), profilesOnly);
      for (Indicator only : List.of(StandardIndicators.DEATH_RATE, StandardIndicators.OLD_AGE_INDEX)) {
        Dashboard.Builder b = Dashboard.builder()
            .levels(partition("sub-ambiti", TerritoryKind.SUB_DISTRICT, SUB, inOrder()),
                partition("ambiti", TerritoryKind.PLANNING_DISTRICT, AMBITO, inOrder()))
            .catalogue(IndicatorCatalogue.of(List.of(only)));
        if (profilesOnly) {
          b.profilesOnly();
        }
        for (int i : inOrder()) {
          b.population(population(i, 2014)).population(population(i, 2015));
        }
        DashboardTable t = b.compute();
        for (String territory : List.of("019001", "019005")) {
          for (int year : List.of(2014, 2015)) {
            assertEquals(value(full, year, 0, territory, only), value(t, year, 0, territory, only),
                only.id() + " " + territory + " " + year);
          }
        }
        assertEquals(value(full, 2014, 2, "ambito-1", only), value(t, 2014, 2, "ambito-1", only), only.id());
      }
      assertTrue(value(full, 2014, 0, "019001", StandardIndicators.DEATH_RATE).isDefined());
    }
  }

  @Test
  void ratesNeedTheNextYear_densityTheAreas() {
    DashboardTable t = table(inOrder());
    long p14 = population(0, 2014).total();
    long p15 = population(0, 2015).total();
    // births 20 / ((P2014 + P2015) / 2) × 1000
    assertEquals(20.0 / ((p14 + p15) / 2.0) * 1000, value(t, 2014, 0, "019001", StandardIndicators.BIRTH_RATE).value(), 1e-9);
    assertEquals(Optional.of(UndefinedReason.MISSING_INPUT),
        value(t, 2015, 0, "019001", StandardIndicators.BIRTH_RATE).reason());
    long subA = population(0, 2014).total() + population(1, 2014).total();
    assertEquals(subA / 22.0, value(t, 2014, 1, "sub-a", StandardIndicators.DENSITY).value(), 1e-9);
  }

  @Test
  void inputs_ofAGroup_areTheSumOfItsComuni_orItsOwn() {
    DashboardTable t = table(inOrder());
    long subAResidents = population(0, 2014).total() + population(1, 2014).total();
    assertEquals(300_000.0 / subAResidents,
        value(t, 2014, 1, "sub-a", StandardIndicators.PER_CAPITA_SPENDING).value(), 1e-9);
    // 019004 has no evictions, sub-b has its own figure: 9 / (402 + 403) × 1000
    assertEquals(Optional.of(UndefinedReason.MISSING_INPUT), value(t, 2014, 0, "019004", EVICTIONS).reason());
    assertEquals(9.0 / 805 * 1000, value(t, 2014, 1, "sub-b", EVICTIONS).value(), 1e-9);
    // ambito-1 lacks 019004's evictions and has no figure of its own
    IndicatorValue amb = value(t, 2014, 2, "ambito-1", EVICTIONS);
    assertEquals(Optional.of(UndefinedReason.MISSING_INPUT), amb.reason());
    assertTrue(amb.detail().contains("'evictions'") && amb.detail().contains("ambito-1"), amb.detail());
    assertEquals(Optional.of(UndefinedReason.MISSING_INPUT),
        value(t, 2015, 0, "019001", StandardIndicators.PER_CAPITA_SPENDING).reason());
    assertFalse(value(t, 2014, 0, "019001", StandardIndicators.RESIDENTS_PER_SOCIAL_WORKER).isDefined());
  }

  @Test
  void lookups_agreeWithTheRows_andUnknownKeysAreEmpty() {
    DashboardTable t = table(inOrder());
    // value() and row() read the stored values without the rows; the rows are made on first request
    DashboardRow first = t.row(2015, 0, "019003", "pct_minors").orElseThrow();
    IndicatorValue firstValue = t.value(2015, 0, "019003", "pct_minors").orElseThrow();
    List<DashboardRow> rows = t.rows();
    assertTrue(rows.contains(first));
    assertEquals(first.value(), firstValue);
    for (DashboardRow r : rows) {
      String id = r.indicator().id();
      assertEquals(Optional.of(r), t.row(r.year(), r.level(), r.territory(), id));
      assertEquals(Optional.of(r.value()), t.value(r.year(), r.level(), r.territory(), id));
      assertEquals(r.value().asDouble(), t.asDouble(r.year(), r.level(), r.territory(), id));
      assertEquals(r.parent().map(p -> t.value(r.year(), r.level() + 1, p, id).orElseThrow()), r.parentValue());
    }
    assertEquals(rows, t.rows());
    assertEquals(Optional.empty(), t.value(2013, 0, "019001", "old_age_index"));
    assertEquals(Optional.empty(), t.value(2014, 3, "019001", "old_age_index"));
    assertEquals(Optional.empty(), t.value(2014, 1, "019001", "old_age_index"));
    assertEquals(Optional.empty(), t.value(2014, 0, "019009", "old_age_index"));
    assertEquals(Optional.empty(), t.row(2014, 0, "019001", "no_such_indicator"));
    assertEquals(Optional.empty(), t.row(2014, 0, "", "old_age_index"));
    assertTrue(t.asDouble(2014, 0, "019009", "old_age_index").isEmpty());
    assertTrue(t.asDouble(2014, 0, "019001", "no_such_indicator").isEmpty());
  }

  @Test
  void lookups_ofNullKeys_throwNamingTheParameter() {
    DashboardTable t = table(inOrder());
    NullPointerException e = assertThrows(NullPointerException.class,
        () -> t.value(2014, 0, null, "old_age_index"));
    assertTrue(e.getMessage().contains("territory"), e.getMessage());
    e = assertThrows(NullPointerException.class, () -> t.row(2014, 0, "019001", null));
    assertTrue(e.getMessage().contains("indicatorId"), e.getMessage());
  }

  @Test
  void rowOrder_isYearThenCoarsestLevelThenTerritoryThenCatalogue() {
    DashboardTable t = table(inOrder());
    List<DashboardRow> rows = t.rows();
    int perTerritory = StandardIndicators.DEMOGRAPHIC.size() + 3 + 1;
    assertEquals(2 * (2 + 3 + 5) * perTerritory, rows.size());
    assertEquals("ambito-1", rows.get(0).territory());
    assertEquals("old_age_index", rows.get(0).indicator().id());
    assertEquals("ambito-2", rows.get(perTerritory).territory());
    assertEquals(2015, rows.get(rows.size() - 1).year());
    assertEquals("019005", rows.get(rows.size() - 1).territory());
    assertEquals(EVICTIONS, rows.get(rows.size() - 1).indicator());
  }

  @Test
  void dashboard_isTheSameWhateverTheOrderOfTheComuni() {
    Gen<Long> seeds = SourceDSL.longs().all();
    DashboardTable reference = table(inOrder());
    QuickTheory.qt().withFixedSeed(47L).withExamples(PropertyRuns.examples(30)).forAll(seeds).checkAssert(seed -> {
      List<Integer> order = new ArrayList<>(inOrder());
      Collections.shuffle(order, new Random(seed));
      assertEquals(reference, table(order));
    });
  }

  @Test
  void dashboard_ofRandomPopulations_isTheSameWhateverTheOrder() {
    QuickTheory.qt().withFixedSeed(833L).withExamples(PropertyRuns.examples(40))
        .forAll(SourceDSL.lists().of(Populations.ageCounts()).ofSize(2 * CODES.length), SourceDSL.longs().all())
        .checkAssert((arrays, seed) -> {
          List<Population> pops = new ArrayList<>();
          for (int i = 0; i < CODES.length; i++) {
            pops.add(Population.of(CODES[i], 2020, arrays.get(2 * i), arrays.get(2 * i + 1)));
          }
          DashboardTable a = Dashboard.builder()
              .levels(partition("sub-ambiti", TerritoryKind.SUB_DISTRICT, SUB, inOrder()))
              .populations(pops).compute();
          List<Integer> order = new ArrayList<>(inOrder());
          Collections.shuffle(order, new Random(seed));
          Collections.shuffle(pops, new Random(seed + 1));
          DashboardTable b = Dashboard.builder()
              .levels(partition("sub-ambiti", TerritoryKind.SUB_DISTRICT, SUB, order))
              .populations(pops).compute();
          assertEquals(a, b);
        });
  }

  @Test
  void forEachRow_handsOnTheRowsInTheTablesOrder_beforeAndAfterTheListIsMade() {
    DashboardTable fresh = table(inOrder());
    List<DashboardRow> streamed = new ArrayList<>();
    fresh.forEachRow(streamed::add);
    DashboardTable listed = table(inOrder());
    assertEquals(listed.rows(), streamed);
    List<DashboardRow> again = new ArrayList<>();
    listed.forEachRow(again::add);
    assertEquals(streamed, again);
  }

  @Test
  void profilesOnly_givesTheSameTable_whateverTheOrder() {
    DashboardTable reference = table(inOrder());
    assertEquals(reference, table(inOrder(), true));
    assertEquals(reference, table(List.of(4, 2, 0, 3, 1), true));
  }

  @Test
  void profilesMadeElsewhere_giveTheSameTable_andAreChecked() {
    DashboardTable reference = table(inOrder());
    assertEquals(reference, table(inOrder(), true, true));
    assertEquals(reference, table(List.of(4, 2, 0, 3, 1), true, true));
    DemographicProfile first = DemographicProfile.of(population(0, 2014));
    IllegalStateException keeping = assertThrows(IllegalStateException.class,
        () -> Dashboard.builder().profile(first));
    assertTrue(keeping.getMessage().startsWith("profile(...) needs a builder that keeps profiles only"),
        keeping.getMessage());
    Dashboard.Builder b = Dashboard.builder().profilesOnly().profile(first);
    IllegalArgumentException twice = assertThrows(IllegalArgumentException.class,
        () -> b.population(population(0, 2014)));
    assertEquals("comune 019001 has two populations for 2014", twice.getMessage());
    IllegalArgumentException again = assertThrows(IllegalArgumentException.class, () -> b.profile(first));
    assertEquals("comune 019001 has two populations for 2014", again.getMessage());
    IllegalArgumentException oldestOld = assertThrows(IllegalArgumentException.class,
        () -> b.profile(DemographicProfile.of(population(1, 2014), 80)));
    assertEquals("the profile of 019002 in 2014 counts the oldest old from 80 but this dashboard from 85",
        oldestOld.getMessage());
    Population ambito = Population.of("ambito-1", 2014, new int[101], new int[101]);
    IllegalArgumentException notComune = assertThrows(IllegalArgumentException.class,
        () -> b.profile(DemographicProfile.of(ambito)));
    assertEquals("a dashboard profile must belong to a comune, named by its ISTAT code: 'ambito-1' (2014)",
        notComune.getMessage());
  }

  @Test
  void profilesOnly_keepsTheChecks_andRefusesWhatNeedsThePopulations() {
    Dashboard.Builder late = Dashboard.builder().population(population(0, 2014));
    assertThrows(IllegalStateException.class, late::profilesOnly);
    Dashboard.Builder b = Dashboard.builder().profilesOnly().population(population(0, 2014));
    IllegalArgumentException twice = assertThrows(IllegalArgumentException.class,
        () -> b.population(population(0, 2014)));
    assertEquals("comune 019001 has two populations for 2014", twice.getMessage());
    assertThrows(IllegalStateException.class, () -> b.oldestOldFrom(80));
    // the residents aged 0-2 of a comune come from its population's ages, which are not kept
    Indicator nursery = io.github.socialplan.indicators.catalogue.CruscottoIndicators.EARLY_CHILDHOOD_SERVICES_RATE;
    b.catalogue(IndicatorCatalogue.standard().with(nursery))
        .input(CODES[0], 2014, "children_in_services_0_2", BigDecimal.ONE);
    IllegalArgumentException band = assertThrows(IllegalArgumentException.class, b::compute);
    assertTrue(band.getMessage().startsWith("input 'residents_0_2' of 019001 in 2014: the residents aged 0-2"),
        band.getMessage());
    // supplied by the user, it is used
    b.input(CODES[0], 2014, "residents_0_2", BigDecimal.TEN);
    assertEquals(IndicatorValue.ratio(BigDecimal.ONE, BigDecimal.TEN, BigDecimal.valueOf(100), "x"),
        b.compute().value(2014, 0, CODES[0], nursery.id()).orElseThrow());
  }

  @Test
  void nonNestedPartitions_areRejectedNamingThem() {
    String[] crossing = {"ambito-1", "ambito-2", "ambito-1", "ambito-1", "ambito-2"};
    Dashboard.Builder b = Dashboard.builder()
        .levels(partition("sub-ambiti", TerritoryKind.SUB_DISTRICT, SUB, inOrder()),
            partition("ambiti", TerritoryKind.PLANNING_DISTRICT, crossing, inOrder()));
    for (int i = 0; i < CODES.length; i++) {
      b.population(population(i, 2014));
    }
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, b::compute);
    assertTrue(e.getMessage().contains("'sub-ambiti' and 'ambiti' are not nested")
        && e.getMessage().contains("'sub-a'") && e.getMessage().contains("comune 019001 in 'ambito-1'")
        && e.getMessage().contains("comune 019002 in 'ambito-2'"), e.getMessage());
  }

  @Test
  void missingComuniAndBadPopulations_areRejectedNamingThem() {
    Partition partial = Partition.builder("sub-ambiti", TerritoryKind.SUB_DISTRICT)
        .assign(IstatCode.parse("019001"), "sub-a").build();
    Dashboard.Builder b = Dashboard.builder().levels(partial)
        .population(population(0, 2014)).population(population(1, 2014));
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, b::compute);
    assertTrue(e.getMessage().contains("019002") && e.getMessage().contains("'sub-ambiti'"), e.getMessage());

    Dashboard.Builder extra = Dashboard.builder()
        .levels(partition("sub-ambiti", TerritoryKind.SUB_DISTRICT, SUB, inOrder()))
        .population(population(0, 2014));
    e = assertThrows(IllegalArgumentException.class, extra::compute);
    assertTrue(e.getMessage().contains("has no population"), e.getMessage());

    Dashboard.Builder years = Dashboard.builder().population(population(0, 2014))
        .population(population(1, 2014)).population(population(0, 2015));
    e = assertThrows(IllegalArgumentException.class, years::compute);
    assertTrue(e.getMessage().contains("019002") && e.getMessage().contains("2015"), e.getMessage());

    e = assertThrows(IllegalArgumentException.class,
        () -> Dashboard.builder().population(Population.builder("sub-a", 2014).build()));
    assertTrue(e.getMessage().contains("'sub-a'"), e.getMessage());
    e = assertThrows(IllegalArgumentException.class,
        () -> Dashboard.builder().population(population(0, 2014)).population(population(0, 2014)));
    assertTrue(e.getMessage().contains("019001") && e.getMessage().contains("2014"), e.getMessage());
    e = assertThrows(IllegalArgumentException.class,
        () -> Dashboard.builder().input("019001", 2014, Dashboard.RESIDENTS, BigDecimal.ONE));
    assertTrue(e.getMessage().contains("residents"), e.getMessage());
    e = assertThrows(IllegalArgumentException.class, () -> Dashboard.builder().compute());
    assertTrue(e.getMessage().contains("population"), e.getMessage());
  }

  @Test
  void onlyComuniOfLevels_leavesOutOtherPopulations_insteadOfFailing() {
    Partition partial = Partition.builder("sub-ambiti", TerritoryKind.SUB_DISTRICT)
        .assign(IstatCode.parse("019001"), "sub-a").assign(IstatCode.parse("019002"), "sub-a").build();
    Dashboard.Builder b = Dashboard.builder().levels(partial)
        .population(population(0, 2014)).population(population(1, 2014)).population(population(2, 2014));
    assertThrows(IllegalArgumentException.class, b::compute); // 019003 is in no partition
    DashboardTable kept = b.onlyComuniOfLevels().compute();
    DashboardTable alone = Dashboard.builder().levels(partial)
        .population(population(0, 2014)).population(population(1, 2014)).compute();
    assertEquals(alone, kept);
    assertTrue(kept.value(2014, 0, "019003", "old_age_index").isEmpty());

    Dashboard.Builder none = Dashboard.builder().levels(partial).population(population(4, 2014))
        .onlyComuniOfLevels();
    assertEquals("no population belongs to a comune of partition 'sub-ambiti'",
        assertThrows(IllegalArgumentException.class, none::compute).getMessage());
  }

  @Test
  void anInputOfATerritoryOutsideThePartitions_isRejectedNamingIt() {
    Partition partial = Partition.builder("sub-ambiti", TerritoryKind.SUB_DISTRICT)
        .assign(IstatCode.parse("019001"), "sub-a").build();
    Dashboard.Builder b = Dashboard.builder().levels(partial).population(population(0, 2014))
        .input("019099", 2014, "evictions", BigDecimal.ONE);
    assertEquals("input [evictions] of territory '019099' in 2014: it is neither a comune of the dashboard nor"
        + " a grouping of its partitions", assertThrows(IllegalArgumentException.class, b::compute).getMessage());
    b = Dashboard.builder().levels(partial).population(population(0, 2014))
        .input("sub-a", 2014, "evictions", BigDecimal.ONE).input("019001", 2014, "evictions", BigDecimal.ONE);
    b.compute(); // a comune and a grouping of the partitions are fine
  }

  /** The nursery rate's denominator, residents aged 0-2, comes from the populations. */
  @Test
  void aResidentsBandInput_isTakenFromThePopulations_whereTheirBandsGiveIt() {
    Indicator nursery = io.github.socialplan.indicators.catalogue.CruscottoIndicators.EARLY_CHILDHOOD_SERVICES_RATE;
    Dashboard.Builder b = Dashboard.builder()
        .levels(partition("ambiti", TerritoryKind.PLANNING_DISTRICT, AMBITO, inOrder()))
        .catalogue(IndicatorCatalogue.standard().with(nursery));
    long children = 0;
    long toddlers = 0;
    long first = 0;
    for (int i = 0; i < 4; i++) { // the comuni of ambito-1
      b.population(population(i, 2014)).input(CODES[i], 2014, "children_in_services_0_2", BigDecimal.valueOf(i + 2));
      children += i + 2;
      int[] m = population(i, 2014).counts(io.github.socialplan.core.population.Sex.MALE);
      int[] f = population(i, 2014).counts(io.github.socialplan.core.population.Sex.FEMALE);
      toddlers += m[0] + m[1] + m[2] + f[0] + f[1] + f[2];
      if (i == 0) {
        first = m[0] + m[1] + m[2] + f[0] + f[1] + f[2];
      }
    }
    // comune 5, in its own ambito, is given in bands that do not split at 3: its rate stays undefined
    b.population(population(4, 2014).aggregate(io.github.socialplan.core.population.AgeBands.cutAt(15, 65)))
        .input(CODES[4], 2014, "children_in_services_0_2", BigDecimal.ONE);
    DashboardTable t = b.compute();
    IndicatorValue ambito = t.value(2014, 1, "ambito-1", nursery.id()).orElseThrow();
    assertEquals(IndicatorValue.ratio(BigDecimal.valueOf(children), BigDecimal.valueOf(toddlers),
        BigDecimal.valueOf(100), "x"), ambito);
    assertEquals(IndicatorValue.ratio(BigDecimal.valueOf(2), BigDecimal.valueOf(first), BigDecimal.valueOf(100),
        "x"), t.value(2014, 0, CODES[0], nursery.id()).orElseThrow());
    assertFalse(t.value(2014, 0, CODES[4], nursery.id()).orElseThrow().isDefined());
  }

  /**
   * A residents_<from>_<to> input that the population's bands cannot give is undefined as the demographic
   * indicators are, naming the band and the cut, for the comune and for its grouping; not "not supplied".
   */
  @Test
  void aResidentsBandInput_thatTheBandsCannotGive_isUndefinedNamingTheBandAndTheCut() {
    Indicator nursery = io.github.socialplan.indicators.catalogue.CruscottoIndicators.EARLY_CHILDHOOD_SERVICES_RATE;
    Dashboard.Builder b = Dashboard.builder()
        .levels(partition("ambiti", TerritoryKind.PLANNING_DISTRICT, AMBITO, inOrder()))
        .catalogue(IndicatorCatalogue.standard().with(nursery));
    for (int i = 0; i < 4; i++) {
      b.population(population(i, 2014));
    }
    // comune 5, alone in ambito-2, in the bands 0-14, 15-64, 65+: residents aged 0-2 cut the first band at 3
    b.population(population(4, 2014).aggregate(io.github.socialplan.core.population.AgeBands.cutAt(15, 65)))
        .input(CODES[4], 2014, "children_in_services_0_2", BigDecimal.ONE);
    DashboardTable t = b.compute();
    for (IndicatorValue v : List.of(t.value(2014, 0, CODES[4], nursery.id()).orElseThrow(),
        t.value(2014, 1, "ambito-2", nursery.id()).orElseThrow())) {
      assertEquals(java.util.Optional.of(UndefinedReason.AGE_BAND_NOT_SPLIT), v.reason(), v.toString());
      assertTrue(v.detail().contains("band 0-14 does not split at 3"), v.detail());
      assertTrue(v.detail().contains("residents_0_2"), v.detail());
    }
    // a single-year population with no user numerator: the numerator is simply not supplied
    IndicatorValue first = t.value(2014, 0, CODES[0], nursery.id()).orElseThrow();
    assertEquals(java.util.Optional.of(UndefinedReason.MISSING_INPUT), first.reason(), first.toString());
  }

  @Test
  void withoutPartitions_theDashboardListsTheComuni() {
    DashboardTable t = Dashboard.builder().population(population(0, 2014)).compute();
    assertEquals(StandardIndicators.DEMOGRAPHIC.size() + 3, t.rows().size());
    assertTrue(t.rows().stream().allMatch(r -> r.parent().isEmpty() && r.level() == 0));
  }
}
