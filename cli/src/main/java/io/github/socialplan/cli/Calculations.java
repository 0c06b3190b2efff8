package io.github.socialplan.cli;

import io.github.socialplan.budget.allocation.Allocation;
import io.github.socialplan.budget.allocation.Bounds;
import io.github.socialplan.budget.allocation.Weights;
import io.github.socialplan.budget.balance.PlanBalance;
import io.github.socialplan.budget.export.BudgetJson;
import io.github.socialplan.budget.json.AllocationRequest;
import io.github.socialplan.budget.json.CopaymentRequest;
import io.github.socialplan.budget.json.QuotaRequest;
import io.github.socialplan.budget.json.ReallocationRequest;
import io.github.socialplan.budget.json.TransitionRequest;
import io.github.socialplan.core.io.PlanTableReader;
import io.github.socialplan.core.italy.ComunePeriod;
import io.github.socialplan.core.italy.ItalyRegistry;
import io.github.socialplan.core.io.PosasData;
import io.github.socialplan.core.io.PosasProblem;
import io.github.socialplan.core.io.PosasReader;
import io.github.socialplan.core.io.ProblemPolicy;
import io.github.socialplan.core.json.SocialPlanJson;
import io.github.socialplan.core.plan.Plan;
import io.github.socialplan.core.population.Population;
import io.github.socialplan.core.territory.IstatCode;
import io.github.socialplan.core.territory.Partition;
import io.github.socialplan.core.territory.TerritoryKind;
import io.github.socialplan.indicators.dashboard.Dashboard;
import io.github.socialplan.indicators.dashboard.DashboardTable;
import io.github.socialplan.indicators.export.DashboardExport;
import io.github.socialplan.indicators.result.DisplayFormat;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * What each command and endpoint computes, in one place, so that the command line and the HTTP API give
 * the same answer to the same input. Every method reads its input strictly and throws an
 * {@link IllegalArgumentException} (a {@link io.github.socialplan.core.json.JsonInputException} for JSON)
 * naming the offending value when the input is not valid.
 *
 * <p>This class is stateless and thread-safe.
 */
public final class Calculations {

  private Calculations() {}

  /** The territorial level of an indicator table. */
  public enum Level {
    /** One row per comune. */
    COMUNE,
    /**
     * The comuni and their provinces (and metropolitan cities) as the registry of Italy has them on the
     * file's date (1 January of its year).
     */
    PROVINCE,
    /** The comuni, their provinces and their regions, as the registry of Italy has them on the file's date. */
    REGION,
    /** The comuni and the groupings of a partition file (ambiti, distretti, enti gestori). */
    PARTITION
  }

  /** The output format of an indicator table. */
  public enum Format {
    /** CSV with a header, as {@link DashboardExport#csv} writes it. */
    CSV,
    /**
     * JSON, as {@link DashboardExport#json(DashboardTable, List, java.io.Writer, DisplayFormat)} writes it:
     * the rows, then the comuni skipped as incomplete, if any.
     */
    JSON
  }

  /** The kinds of input that {@code validate} checks. */
  public enum InputType {
    /** A plan as JSON. */
    PLAN(Plan.class),
    /** A plan's budget table as CSV ({@code kind,line,<year>,...}). */
    PLAN_TABLE(null),
    /** A population by age and sex as JSON. */
    POPULATION(Population.class),
    /** An ISTAT POSAS file (population by age and sex per comune). */
    POSAS(null),
    /** An allocation request as JSON. */
    ALLOCATION_REQUEST(AllocationRequest.class),
    /** An allocation as JSON. */
    ALLOCATION(Allocation.class),
    /** Allocation weights as JSON. */
    WEIGHTS(Weights.class),
    /** Allocation bounds as JSON. */
    BOUNDS(Bounds.class),
    /** A quota capitaria request as JSON. */
    QUOTA_REQUEST(QuotaRequest.class),
    /** A request for the transition from historical to per-capita amounts, as JSON. */
    TRANSITION_REQUEST(TransitionRequest.class),
    /** A request to reallocate a budget to target shares, as JSON. */
    REALLOCATION_REQUEST(ReallocationRequest.class),
    /** A request for the co-payments of users by ISEE, as JSON. */
    COPAYMENT_REQUEST(CopaymentRequest.class),
    /** A quota capitaria charge (the answer of {@code quota}), as JSON. */
    QUOTA(io.github.socialplan.budget.quota.QuotaCharge.class),
    /** A transition path (the answer of {@code transition}), as JSON. */
    TRANSITION(io.github.socialplan.budget.transition.TransitionPath.class),
    /** A reallocation (the answer of {@code reallocate}), as JSON. */
    REALLOCATION(io.github.socialplan.budget.reallocation.ReallocationResult.class),
    /** Co-payments (the answer of {@code copayment}), as JSON. */
    COPAYMENT(io.github.socialplan.budget.copayment.CopaymentSummary.class),
    /** A plan balance (the answer of {@code balance}), as JSON. */
    BALANCE(PlanBalance.class),
    /** An indicator table (the answer of {@code indicators --format json}), as JSON. */
    INDICATORS(io.github.socialplan.indicators.json.DashboardDocument.class);

    /** The value type a JSON input is read as; null for the CSV inputs, which have their own readers. */
    private final Class<?> json;

    InputType(Class<?> json) {
      this.json = json;
    }

    /** {@return the value type a JSON input is read as, or null for the CSV inputs} */
    Class<?> jsonType() {
      return json;
    }

    /** {@return the name on the command line and in URLs: {@code plan-table}, {@code allocation-request}} */
    public String cliName() {
      return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /**
     * The type of a command-line or URL name.
     *
     * @param name e.g. {@code plan} or {@code allocation-request}, not null
     * @return the type
     * @throws IllegalArgumentException if no type has that name
     */
    public static InputType ofName(String name) {
      for (InputType t : values()) {
        if (t.cliName().equals(name)) {
          return t;
        }
      }
      List<String> names = new ArrayList<>();
      for (InputType t : values()) {
        names.add(t.cliName());
      }
      throw new IllegalArgumentException("unknown input type '" + name + "'; known: " + names);
    }
  }

  /**
   * Reads an allocation request and allocates its total exactly.
   *
   * @param in the request JSON, not null, not closed
   * @param source names the input in errors, not null
   * @return the allocation, whose amounts add up to the total
   * @throws IOException if reading fails
   */
  public static Allocation allocate(InputStream in, String source) throws IOException {
    return SocialPlanJson.read(in, source, AllocationRequest.class).allocate();
  }

  /**
   * Reads an allocation request already in memory (an HTTP request body) and allocates its total exactly.
   *
   * @param json the request JSON as UTF-8 bytes, not null
   * @param source names the input in errors, not null
   * @return the allocation, whose amounts add up to the total
   */
  public static Allocation allocate(byte[] json, String source) {
    return SocialPlanJson.read(json, source, AllocationRequest.class).allocate();
  }

  /**
   * Reads a quota capitaria request and charges it.
   *
   * @param in the request JSON, not null, not closed
   * @param source names the input in errors, not null
   * @return the charge as JSON text ({@link BudgetJson#quota})
   * @throws IOException if reading fails
   */
  public static String quota(InputStream in, String source) throws IOException {
    return BudgetJson.quota(SocialPlanJson.read(in, source, QuotaRequest.class).charge());
  }

  /**
   * Reads a transition request and computes the path from historical to per-capita amounts.
   *
   * @param in the request JSON, not null, not closed
   * @param source names the input in errors, not null
   * @return the path as JSON text ({@link BudgetJson#transition})
   * @throws IOException if reading fails
   */
  public static String transition(InputStream in, String source) throws IOException {
    return BudgetJson.transition(SocialPlanJson.read(in, source, TransitionRequest.class).path());
  }

  /**
   * Reads a reallocation request and reallocates with the least total movement.
   *
   * @param in the request JSON, not null, not closed
   * @param source names the input in errors, not null
   * @return the result as JSON text ({@link BudgetJson#reallocation})
   * @throws IOException if reading fails
   */
  public static String reallocate(InputStream in, String source) throws IOException {
    return BudgetJson.reallocation(SocialPlanJson.read(in, source, ReallocationRequest.class).reallocate());
  }

  /**
   * Reads a co-payment request and computes each user's co-payment.
   *
   * @param in the request JSON, not null, not closed
   * @param source names the input in errors, not null
   * @return the co-payments as JSON text ({@link BudgetJson#copayment})
   * @throws IOException if reading fails
   */
  public static String copayment(InputStream in, String source) throws IOException {
    return BudgetJson.copayment(SocialPlanJson.read(in, source, CopaymentRequest.class).total());
  }

  /**
   * Reads a plan as JSON and checks its balance.
   *
   * @param in the plan JSON, not null, not closed
   * @param source names the input in errors, not null
   * @return the balance report as JSON text ({@link BudgetJson#balance})
   * @throws IOException if reading fails
   */
  public static String balance(InputStream in, String source) throws IOException {
    return balance(SocialPlanJson.read(in, source, Plan.class));
  }

  /**
   * Checks a plan's balance.
   *
   * @param plan not null
   * @return the balance report as JSON text ({@link BudgetJson#balance})
   */
  public static String balance(Plan plan) {
    return BudgetJson.balance(PlanBalance.of(plan));
  }

  /**
   * Reads a POSAS file, or standard input for {@code -}, listing on {@code err} each comune it leaves out.
   *
   * @param file the file's path, or {@code -}
   * @param skipIncomplete leave out comuni that are incomplete or do not add up instead of failing
   * @param err where the comuni left out are listed, not null
   * @return what was read
   * @throws IOException if reading fails
   */
  static PosasData posasFile(String file, boolean skipIncomplete, PrintWriter err) throws IOException {
    PosasData data;
    try (InputStream in = Inputs.open(file)) {
      data = posas(in, Inputs.name(file), skipIncomplete);
    }
    for (PosasProblem p : data.report().problems()) {
      err.println("skipped: " + p.message());
    }
    err.flush();
    return data;
  }

  /**
   * Reads the plan file a command names: its budget table as CSV when the name ends with {@code .csv},
   * otherwise a plan as JSON ({@code -} is standard input, read as JSON).
   *
   * @param file a path or {@code -}, not null
   * @return the plan
   * @throws IOException if reading fails
   */
  static Plan planFile(String file) throws IOException {
    try (InputStream in = Inputs.open(file)) {
      return file.toLowerCase(Locale.ROOT).endsWith(".csv")
          ? planTable(in, Inputs.name(file))
          : SocialPlanJson.read(in, Inputs.name(file), Plan.class);
    }
  }

  /**
   * Reads a plan's budget table (CSV) into a plan.
   *
   * @param in the CSV, UTF-8 (a byte order mark is skipped; bytes that are not UTF-8 are refused), not null,
   *     not closed
   * @param source names the input, and the plan, not null
   * @return the plan
   * @throws IOException if reading fails
   */
  public static Plan planTable(InputStream in, String source) throws IOException {
    String id = source.replaceAll(".*[/\\\\]", "").replaceAll("\\.csv$", "");
    return PlanTableReader.of(id.isBlank() ? "plan" : id, id.isBlank() ? "plan" : id, "unknown")
        .read(in, source); // strict UTF-8, as the library's CSV readers decode
  }

  /**
   * Reads a POSAS file.
   *
   * @param in the file, not null, not closed
   * @param source names the input, not null
   * @param skipIncomplete whether comuni that are incomplete or do not add up are left out (reported in
   *     {@link PosasData#report()}) rather than failing
   * @return the comuni read
   * @throws IOException if reading fails
   */
  public static PosasData posas(InputStream in, String source, boolean skipIncomplete) throws IOException {
    return PosasReader.of().withPolicy(skipIncomplete ? ProblemPolicy.SKIP : ProblemPolicy.FAIL)
        .readAll(in, source);
  }

  /**
   * The demographic indicator table (cruscotto) of the comuni of a POSAS file. In JSON, the comuni that the
   * reader skipped ({@link PosasData#report()}) follow the rows as {@code "skipped"}, left out when there are
   * none; the CSV has the rows only, as its readers expect.
   *
   * @param data the comuni, not null
   * @param level the level of the table, not null
   * @param partition the partition for {@link Level#PARTITION}, else ignored (may be null)
   * @param format not null
   * @return the table as text
   * @throws IllegalArgumentException if the level needs a partition and none is given, or the file has no
   *     complete comune
   */
  public static String indicators(PosasData data, Level level, Partition partition, Format format) {
    DashboardTable table = dashboard(data, level, partition);
    StringWriter out = new StringWriter();
    try {
      if (format == Format.CSV) {
        DashboardExport.csv(table, out, DisplayFormat.DEFAULT);
      } else {
        DashboardExport.json(table, data.report().problems(), out, DisplayFormat.DEFAULT);
        out.write('\n');
      }
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e); // a StringWriter does not fail
    }
    return out.toString();
  }

  /**
   * The demographic indicator table (cruscotto) of the comuni of a POSAS file: level 0 the comuni, then
   * the provinces (and regions) or the partition's groupings.
   *
   * @param data the comuni, not null
   * @param level the coarsest level of the table, not null
   * @param partition the partition for {@link Level#PARTITION}, else ignored (may be null)
   * @return the table
   * @throws IllegalArgumentException if the level needs a partition and none is given, or the file has no
   *     complete comune
   */
  public static DashboardTable dashboard(PosasData data, Level level, Partition partition) {
    List<Population> populations = data.populations();
    if (populations.isEmpty()) {
      throw new IllegalArgumentException(
          data.report().source() + ": no complete comune to compute indicators of");
    }
    List<Partition> levels = new ArrayList<>();
    if (level == Level.PROVINCE || level == Level.REGION) {
      levels.addAll(italyLevels(populations, level == Level.REGION, data.report().source()));
    } else if (level == Level.PARTITION) {
      if (partition == null) {
        throw new IllegalArgumentException("--level partition needs a partition file (--partition FILE)");
      }
      levels.add(partition);
    }
    Dashboard.Builder builder = Dashboard.builder().levels(levels).populations(populations);
    if (level == Level.PROVINCE || level == Level.REGION) {
      // the registry's provinces and regions hold every comune of theirs, and a file may lack some (left
      // out, or skipped as incomplete): such a grouping gets no value rather than that of a part of it.
      // A partition file names its comuni itself: one without a population fails, as the Dashboard says.
      builder.incompleteGroupingsUndefined();
    }
    return builder.compute();
  }

  /**
   * The provinces (and regions) of the comuni of a POSAS file, from the registry of Italy on 1 January of
   * each population's year; grouping ids are {@code province-<code>} and {@code region-<code>}.
   */
  private static List<Partition> italyLevels(List<Population> populations, boolean regions, String source) {
    ItalyRegistry italy = ItalyRegistry.embedded();
    Partition.Builder provinceLevel = Partition.builder("province", TerritoryKind.PROVINCE);
    Partition.Builder regionLevel = Partition.builder("regioni", TerritoryKind.REGION);
    Set<IstatCode> seen = new HashSet<>();
    Set<String> provinces = new HashSet<>();
    Set<String> regionCodes = new HashSet<>();
    Set<LocalDate> dates = new java.util.TreeSet<>();
    for (Population p : populations) {
      IstatCode code = IstatCode.parse(p.territory());
      if (!seen.add(code)) {
        continue; // the same comune in another year of the file
      }
      LocalDate date = LocalDate.of(p.year(), 1, 1);
      if (date.isBefore(italy.firstDate())) {
        throw new IllegalArgumentException(source + ": comune " + code + " of " + p.year()
            + ": the registry of Italy starts on " + italy.firstDate());
      }
      ComunePeriod comune;
      try {
        comune = italy.comune(code, date);
      } catch (IllegalArgumentException e) {
        throw new IllegalArgumentException(source + ": " + e.getMessage(), e);
      }
      provinceLevel.assign(code, "province-" + comune.provinceCode());
      regionLevel.assign(code, "region-" + comune.regionCode());
      provinces.add(comune.provinceCode());
      regionCodes.add(comune.regionCode());
      dates.add(date);
    }
    // every other comune of those provinces and regions on the file's date, so that one the file lacks
    // makes its province and region incomplete instead of leaving them smaller
    for (LocalDate date : dates) {
      for (ComunePeriod other : italy.validOn(date)) {
        if (seen.contains(other.code())) {
          continue;
        }
        if (provinces.contains(other.provinceCode()) || regions && regionCodes.contains(other.regionCode())) {
          seen.add(other.code());
          provinceLevel.assign(other.code(), "province-" + other.provinceCode());
          regionLevel.assign(other.code(), "region-" + other.regionCode());
        }
      }
    }
    return regions ? List.of(provinceLevel.build(), regionLevel.build()) : List.of(provinceLevel.build());
  }

  /**
   * Reads an input strictly as the given type; a request ({@code allocation-request} and the others) is
   * also computed, so that it is valid only if its endpoint answers it.
   *
   * @param type not null
   * @param in not null, not closed
   * @param source names the input, not null
   * @return {@code {"valid":true,"type":"<type>"}}
   * @throws IOException if reading fails
   */
  public static String validate(InputType type, InputStream in, String source) throws IOException {
    if (type.json != null) {
      Object value = SocialPlanJson.read(in, source, type.json);
      // A request is computed too: some of its rules tie fields together (floors within the total, the
      // same recipients on both sides) and are checked when computing, so validate says valid only what
      // its endpoint answers.
      if (value instanceof AllocationRequest r) {
        r.allocate();
      } else if (value instanceof QuotaRequest r) {
        r.charge();
      } else if (value instanceof TransitionRequest r) {
        r.path();
      } else if (value instanceof ReallocationRequest r) {
        r.reallocate();
      } else if (value instanceof CopaymentRequest r) {
        r.total();
      }
    } else if (type == InputType.PLAN_TABLE) {
      planTable(in, source);
    } else {
      posas(in, source, false);
    }
    return "{\"valid\":true,\"type\":\"" + type.cliName() + "\"}\n";
  }
}
