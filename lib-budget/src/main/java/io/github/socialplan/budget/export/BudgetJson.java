package io.github.socialplan.budget.export;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamWriteFeature;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.databind.ObjectWriter;
import io.github.socialplan.budget.allocation.Allocation;
import io.github.socialplan.budget.allocation.AllocationLine;
import io.github.socialplan.budget.balance.BalanceGap;
import io.github.socialplan.budget.balance.LineChange;
import io.github.socialplan.budget.balance.PlanBalance;
import io.github.socialplan.budget.balance.YearBalance;
import io.github.socialplan.budget.copayment.CopaymentLine;
import io.github.socialplan.budget.copayment.CopaymentSummary;
import io.github.socialplan.budget.quota.QuotaCharge;
import io.github.socialplan.budget.quota.QuotaLine;
import io.github.socialplan.budget.reallocation.BindingConstraint;
import io.github.socialplan.budget.reallocation.ReallocationLine;
import io.github.socialplan.budget.reallocation.ReallocationResult;
import io.github.socialplan.budget.transition.TransitionLine;
import io.github.socialplan.budget.transition.TransitionPath;
import io.github.socialplan.budget.transition.TransitionYear;
import io.github.socialplan.core.json.SocialPlanJson;
import io.github.socialplan.core.money.Money;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The budget reports as JSON text (<i>esportazione JSON</i>), with the field names of the CSV of
 * {@link BudgetCsv} in camel case, as all of socialplan's JSON, written by the {@link SocialPlanJson} mapper: money is a JSON number
 * with exactly two decimals ({@code 751015.98}, {@code 0.00}), other decimals are plain numbers (never
 * exponent notation), fields in a fixed order, absent published totals left out, lines end with
 * {@code \n}. The output does not depend on the default locale.
 *
 * <pre>{@code
 * Files.writeString(Path.of("riparto.json"), BudgetJson.allocation(allocation));
 * // {"total" : 1000000.00, "lines" : [ {"recipient" : "019001", "weight" : 3, "amount" : 1234.57, ...} ]}
 * }</pre>
 *
 * <p>This class is stateless and thread-safe.
 */
public final class BudgetJson {

  /** Decimals of the year-on-year percent changes of a balance, rounded {@link RoundingMode#HALF_UP}. */
  public static final int PERCENT_SCALE = 1;

  private static final ObjectWriter WRITER = SocialPlanJson.mapperBuilder()
      .enable(StreamWriteFeature.WRITE_BIGDECIMAL_AS_PLAIN)
      .build()
      .writer(new DefaultPrettyPrinter().withObjectIndenter(new DefaultIndenter("  ", "\n"))
          .withArrayIndenter(new DefaultIndenter("  ", "\n")));

  private BudgetJson() {}

  /**
   * An allocation: {@code {"total", "lines": [{"recipient", "weight", "exactShare", "amount",
   * "remainderCents", "roundedUp", "binding"}]}}, lines in the allocation's order.
   *
   * @param allocation not null
   * @return the JSON text
   */
  public static String allocation(Allocation allocation) {
    Objects.requireNonNull(allocation, "allocation");
    return write(new AllocationDoc(allocation.total(), allocation.lines()));
  }

  /**
   * A quota capitaria charge: {@code {"total", "residents", "lines": [{"comune", "residents", "rate",
   * "amount", "excluded"}]}}, the excluded components sorted.
   *
   * @param charge not null
   * @return the JSON text
   */
  public static String quota(QuotaCharge charge) {
    Objects.requireNonNull(charge, "charge");
    List<QuotaLineDoc> lines = new ArrayList<>();
    for (QuotaLine l : charge.lines()) {
      lines.add(new QuotaLineDoc(l.comune(), l.residents(), l.rate(), l.amount(),
          l.excluded().stream().sorted().toList()));
    }
    return write(new QuotaDoc(charge.total(), charge.residents(), lines));
  }

  /**
   * A plan balance: {@code {"balanced", "years": [{"year", "revenueLines", "publishedRevenue",
   * "expenditureLines", "publishedExpenditure", "balanced", "gaps": [{"kind", "first", "second",
   * "difference", "message"}]}], "changes": [{"label", "fromYear", "toYear", "before", "after",
   * "difference", "percent"}]}}; a published total the plan does not give, and the percent change from
   * zero, are left out.
   *
   * @param balance not null
   * @return the JSON text
   */
  public static String balance(PlanBalance balance) {
    Objects.requireNonNull(balance, "balance");
    List<YearDoc> years = new ArrayList<>();
    for (YearBalance y : balance.years()) {
      List<GapDoc> gaps = new ArrayList<>();
      for (BalanceGap g : y.gaps()) {
        gaps.add(new GapDoc(g.kind().name(), g.first(), g.second(), g.difference(), g.message()));
      }
      years.add(new YearDoc(y.year(), y.revenueLines(), y.publishedRevenue().orElse(null), y.expenditureLines(),
          y.publishedExpenditure().orElse(null), y.isBalanced(), gaps));
    }
    List<ChangeDoc> changes = new ArrayList<>();
    for (LineChange c : balance.changes()) {
      changes.add(new ChangeDoc(c.label(), c.fromYear(), c.toYear(), c.before(), c.after(), c.difference(),
          c.percent(PERCENT_SCALE, RoundingMode.HALF_UP).orElse(null)));
    }
    return write(new BalanceDoc(balance.isBalanced(), years, changes));
  }

  /**
   * A transition path: {@code {"years": [{"year", "total", "lines": [{"recipient", "previous", "baseline",
   * "target", "amount", "cap"}]}]}}, years in order and lines in the order of the historical amounts.
   *
   * @param path not null
   * @return the JSON text
   */
  public static String transition(TransitionPath path) {
    Objects.requireNonNull(path, "path");
    List<TransitionYearDoc> years = new ArrayList<>();
    for (TransitionYear y : path.years()) {
      years.add(new TransitionYearDoc(y.year(), y.total(), y.lines()));
    }
    return write(new TransitionDoc(years));
  }

  /**
   * A reallocation: {@code {"total", "movement", "targetsMet", "lines": [{"item", "current", "targetShare",
   * "target", "amount", "binding"}], "constraints": [{"item", "kind", "bound", "target", "message"}]}}; an
   * item without a target share has no {@code targetShare}.
   *
   * @param result not null
   * @return the JSON text
   */
  public static String reallocation(ReallocationResult result) {
    Objects.requireNonNull(result, "result");
    List<ReallocationLineDoc> lines = new ArrayList<>();
    for (ReallocationLine l : result.lines()) {
      lines.add(new ReallocationLineDoc(l.item(), l.current(), l.targetShare().orElse(null), l.target(),
          l.amount(), l.binding().name()));
    }
    List<ConstraintDoc> constraints = new ArrayList<>();
    for (BindingConstraint c : result.constraints()) {
      constraints.add(new ConstraintDoc(c.item(), c.kind().name(), c.bound(), c.target(), c.message()));
    }
    return write(new ReallocationDoc(result.total(), result.movement(), result.targetsMet(), lines, constraints));
  }

  /**
   * Co-payments: {@code {"total", "exempt", "fullTariff", "lines": [{"id", "isee", "units", "fee",
   * "amount"}]}}, lines in the order of the users.
   *
   * @param summary not null
   * @return the JSON text
   */
  public static String copayment(CopaymentSummary summary) {
    Objects.requireNonNull(summary, "summary");
    List<CopaymentLineDoc> lines = new ArrayList<>();
    for (CopaymentLine l : summary.lines()) {
      lines.add(new CopaymentLineDoc(l.user().id(), l.user().isee(), l.user().units(), l.fee(), l.amount()));
    }
    return write(new CopaymentDoc(summary.total(), summary.exempt(), summary.fullTariff(), lines));
  }

  private static String write(Object doc) {
    try {
      return WRITER.writeValueAsString(doc) + "\n";
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }

  record AllocationDoc(Money total, List<AllocationLine> lines) {}

  record TransitionDoc(List<TransitionYearDoc> years) {}

  record CopaymentDoc(Money total, int exempt, int fullTariff, List<CopaymentLineDoc> lines) {}

  record CopaymentLineDoc(String id, BigDecimal isee, long units, Money fee, Money amount) {}

  record ReallocationDoc(Money total, Money movement, boolean targetsMet, List<ReallocationLineDoc> lines,
      List<ConstraintDoc> constraints) {}

  record ReallocationLineDoc(String item, Money current, BigDecimal targetShare, Money target, Money amount,
      String binding) {}

  record ConstraintDoc(String item, String kind, Money bound, Money target, String message) {}

  record TransitionYearDoc(int year, Money total, List<TransitionLine> lines) {}

  record QuotaDoc(Money total, long residents, List<QuotaLineDoc> lines) {}

  record QuotaLineDoc(String comune, long residents, BigDecimal rate, Money amount, List<String> excluded) {}

  record BalanceDoc(boolean balanced, List<YearDoc> years, List<ChangeDoc> changes) {}

  record YearDoc(int year, Money revenueLines, Money publishedRevenue, Money expenditureLines,
      Money publishedExpenditure, boolean balanced, List<GapDoc> gaps) {}

  record GapDoc(String kind, Money first, Money second, Money difference, String message) {}

  record ChangeDoc(String label, int fromYear, int toYear, Money before, Money after, Money difference,
      BigDecimal percent) {}
}
