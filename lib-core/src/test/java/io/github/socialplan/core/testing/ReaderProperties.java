package io.github.socialplan.core.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.socialplan.core.io.ComuneResidents;
import io.github.socialplan.core.io.ComuniList;
import io.github.socialplan.core.io.ComuniListReader;
import io.github.socialplan.core.io.DataFileException;
import io.github.socialplan.core.io.PartitionData;
import io.github.socialplan.core.io.PartitionReader;
import io.github.socialplan.core.io.PlanTableReader;
import io.github.socialplan.core.io.PosasComune;
import io.github.socialplan.core.io.PosasReader;
import io.github.socialplan.core.io.ProblemPolicy;
import io.github.socialplan.core.json.JsonInputException;
import io.github.socialplan.core.json.SocialPlanJson;
import io.github.socialplan.core.money.Money;
import io.github.socialplan.core.plan.BudgetLine;
import io.github.socialplan.core.plan.Plan;
import io.github.socialplan.core.plan.YearlyBudget;
import io.github.socialplan.core.population.Population;
import io.github.socialplan.core.population.Sex;
import io.github.socialplan.core.territory.IstatCode;
import io.github.socialplan.core.territory.Municipality;
import io.github.socialplan.core.territory.TerritoryKind;
import io.github.socialplan.core.territory.TerritoryRegistry;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;

/**
 * The fuzzing property of each reader of untrusted input: an input either reads into a value that keeps
 * the reader's documented invariants, or is refused with the reader's documented exception, whose message
 * names the source; and either way within {@link #TIME_BOUND_NANOS}. Any other exception escapes and fails
 * the caller: a QuickTheories property in the short runs, a Jazzer finding in the long ones.
 *
 * <p>The base inputs are the project's real files in {@code data/reference}, or JSON written from them.
 */
public final class ReaderProperties {

  /**
   * The time one small input may take, read or refused: generous, since the machine may be shared; a
   * quadratic parse of a long cell or a hang blows through it.
   */
  public static final long TIME_BOUND_NANOS = 5_000_000_000L;

  /** The source name the inputs are read under. */
  public static final String SOURCE = "fuzz.csv";

  private static final ComuniListReader PROVINCE = ComuniListReader
      .columns("municipality_code", "municipality", "population", "population_F", "population_M");
  private static final ComuniListReader ZONA = ComuniListReader
      .columns("istat_code", "municipality", "population_2022", "population_F", "population_M")
      .withTotalRow("name_in_list", "TOTAL");
  private static final PartitionReader PARTITION = PartitionReader.columns("istat_code", "name_in_list")
      .withNameColumn("municipality");
  private static final PlanTableReader PLAN = PlanTableReader.of("pdz", "Piano di Zona", "ambito");

  private ReaderProperties() {}

  /** The bytes of a reference file, e.g. {@code "real/posas-2025-sample.csv"}. */
  public static byte[] file(String name) {
    try {
      return Files.readAllBytes(ReferenceFiles.path(name));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The POSAS sample. */
  public static byte[] posasBase() {
    return file("real/posas-2025-sample.csv");
  }

  /** The 47 comuni of the Zona Omogenea Cremonese with their total row. */
  public static byte[] comuniBase() {
    return file("real/cremona-zona-omogenea-47-comuni-2022.csv");
  }

  /** The comuni of C.I.S.S.A. Pianezza, read as a partition by their listed name. */
  public static byte[] partitionBase() {
    return file("real/cissa-pianezza-comuni-2022.csv");
  }

  /** The Cremona plan table 2015-2017. */
  public static byte[] planBase() {
    return file("cremona-plan-2015-2017.csv");
  }

  /** The Cremona plan table as JSON. */
  public static byte[] planJsonBase() {
    try {
      return SocialPlanJson.write(PLAN.read(ReferenceFiles.path("cremona-plan-2015-2017.csv")))
          .getBytes(StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The POSAS sample's first comune as JSON. */
  public static byte[] populationJsonBase() {
    List<PosasComune> comuni = new ArrayList<>();
    try {
      PosasReader.of().withPolicy(ProblemPolicy.SKIP)
          .read(new ByteArrayInputStream(posasBase()), "posas", comuni::add);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return SocialPlanJson.write(comuni.get(0).population()).getBytes(StandardCharsets.UTF_8);
  }

  /** The comuni of C.I.S.S.A. Pianezza as a registry with its grouping, as JSON. */
  public static byte[] registryJsonBase() {
    try {
      PartitionData d = PARTITION.read(new ByteArrayInputStream(partitionBase()), "pianezza", "ambiti",
          TerritoryKind.PLANNING_DISTRICT);
      ComuniList list = PROVINCE_LIKE.read(new ByteArrayInputStream(partitionBase()), "pianezza");
      TerritoryRegistry.Builder b = TerritoryRegistry.builder();
      list.comuni().forEach(c -> b.addMunicipality(Municipality.of(c.code(), c.name())));
      d.groupings().forEach(b::addGrouping);
      return SocialPlanJson.write(b.build()).getBytes(StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static final ComuniListReader PROVINCE_LIKE = ComuniListReader
      .columns("istat_code", "municipality", "population_2022", "population_F", "population_M");

  /** Calls a reader and checks the time it took. */
  private interface Read {
    void run() throws IOException;
  }

  private static void timed(byte[] input, Read read) {
    long start = System.nanoTime();
    try {
      read.run();
    } catch (DataFileException e) {
      assertEquals(SOURCE, e.source(), e.getMessage());
      assertTrue(e.getMessage().startsWith(SOURCE), e.getMessage());
    } catch (JsonInputException e) {
      assertTrue(e.getMessage().startsWith("JSON input at $"), e.getMessage());
    } catch (IOException e) {
      throw new UncheckedIOException("in-memory input cannot fail to be read", e);
    }
    long took = System.nanoTime() - start;
    assertTrue(took < TIME_BOUND_NANOS, "an input of " + input.length + " bytes took " + took / 1_000_000 + " ms");
  }

  /** POSAS, under either policy: every comune delivered has counts that add up to its total. */
  public static void posas(byte[] input, boolean skip) {
    timed(input, () -> {
      List<PosasComune> out = new ArrayList<>();
      PosasReader.of().withPolicy(skip ? ProblemPolicy.SKIP : ProblemPolicy.FAIL)
          .read(new ByteArrayInputStream(input), SOURCE, out::add);
      for (PosasComune c : out) {
        Population p = c.population();
        long sum = 0;
        for (int age = 0; age <= Population.MAX_AGE; age++) {
          int m = p.count(Sex.MALE, age);
          int f = p.count(Sex.FEMALE, age);
          assertTrue(m >= 0 && f >= 0, c + ": a negative count at age " + age);
          sum += (long) m + f;
        }
        assertEquals(sum, p.total(), c.toString());
      }
    });
  }

  /** A comuni list with a total row: totals add up, by comune and in all, and match the published row. */
  public static void comuniList(byte[] input, boolean withTotalRow) {
    timed(input, () -> {
      ComuniList list = (withTotalRow ? ZONA : PROVINCE).read(new ByteArrayInputStream(input), SOURCE);
      long total = 0;
      long females = 0;
      for (ComuneResidents c : list.comuni()) {
        assertTrue(c.total() >= 0 && c.females() >= 0 && c.males() >= 0, c.toString());
        assertEquals(c.total(), c.females() + c.males(), c.toString());
        total += c.total();
        females += c.females();
      }
      assertEquals(total, list.total());
      assertEquals(females, list.females());
      assertEquals(list.comuni().size(), list.byCode().size(), "a code listed twice");
      if (withTotalRow) {
        assertEquals(total, list.publishedTotal().getAsLong());
      }
    });
  }

  /** A partition: every comune in exactly one grouping, every named grouping one of its groups. */
  public static void partition(byte[] input) {
    timed(input, () -> {
      PartitionData d = PARTITION.read(new ByteArrayInputStream(input), SOURCE, "ambiti",
          TerritoryKind.PLANNING_DISTRICT);
      int members = 0;
      for (String g : d.partition().groupIds()) {
        assertTrue(!g.isBlank(), "a blank group id");
        for (IstatCode c : d.partition().members(g)) {
          assertEquals(g, d.partition().groupOf(c).orElseThrow());
          members++;
        }
      }
      assertEquals(d.partition().memberships().size(), members);
      d.groupings().forEach(g -> assertTrue(d.partition().groupIds().contains(g.id()), g.toString()));
    });
  }

  /** A plan table: consecutive years as the period, each budget's totals the sums of its lines. */
  public static void planTable(byte[] input) {
    timed(input, () -> {
      Plan plan = PLAN.read(new ByteArrayInputStream(input), SOURCE);
      checkPlan(plan);
    });
  }

  private static void checkPlan(Plan plan) {
    int year = plan.period().startYear();
    for (YearlyBudget b : plan.budgets()) {
      assertEquals(year++, b.year());
      assertEquals(b.revenues().stream().map(BudgetLine::amount).reduce(Money.ZERO, Money::plus), b.revenueTotal());
      assertEquals(b.expenditures().stream().map(BudgetLine::amount).reduce(Money.ZERO, Money::plus),
          b.expenditureTotal());
    }
  }

  /** JSON of a plan: what reads writes back to JSON that reads into an equal plan. */
  public static void planJson(byte[] input) {
    String text = new String(input, StandardCharsets.UTF_8);
    timed(input, () -> {
      Plan plan = SocialPlanJson.read(text, Plan.class);
      assertEquals(plan, SocialPlanJson.read(SocialPlanJson.write(plan), Plan.class));
    });
  }

  /** JSON of a population: counts add up to its total, and it round-trips. */
  public static void populationJson(byte[] input) {
    String text = new String(input, StandardCharsets.UTF_8);
    timed(input, () -> {
      Population p = SocialPlanJson.read(text, Population.class);
      long sum = 0;
      for (int age = 0; age <= Population.MAX_AGE; age++) {
        sum += (long) p.count(Sex.MALE, age) + p.count(Sex.FEMALE, age);
      }
      assertEquals(sum, p.total());
      assertEquals(p, SocialPlanJson.read(SocialPlanJson.write(p), Population.class));
    });
  }

  /** JSON of a territory registry: it round-trips. */
  public static void registryJson(byte[] input) {
    String text = new String(input, StandardCharsets.UTF_8);
    timed(input, () -> {
      TerritoryRegistry r = SocialPlanJson.read(text, TerritoryRegistry.class);
      assertEquals(r, SocialPlanJson.read(SocialPlanJson.write(r), TerritoryRegistry.class));
    });
  }
}
