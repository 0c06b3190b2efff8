package io.github.socialplan.budget.export;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamWriteFeature;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.databind.ObjectWriter;
import io.github.socialplan.budget.allocation.Allocation;
import io.github.socialplan.budget.balance.PlanBalance;
import io.github.socialplan.budget.copayment.CopaymentSummary;
import io.github.socialplan.budget.quota.QuotaCharge;
import io.github.socialplan.budget.reallocation.ReallocationResult;
import io.github.socialplan.budget.transition.TransitionPath;
import io.github.socialplan.core.json.SocialPlanJson;
import java.io.UncheckedIOException;
import java.math.RoundingMode;
import java.util.Objects;

/**
 * The budget reports as JSON text (<i>esportazione JSON</i>), with the field names of the CSV of
 * {@link BudgetCsv} in camel case, as all of socialplan's JSON, written by the {@link SocialPlanJson} mapper
 * (so {@code SocialPlanJson.read(json, PlanBalance.class)} reads them back, equal): money is a JSON number
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
    return write(allocation);
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
    return write(charge);
  }

  /**
   * A plan balance: {@code {"balanced", "years": [{"year", "revenueLines", "publishedRevenue",
   * "expenditureLines", "publishedExpenditure", "balanced", "gaps": [{"kind", "first", "second",
   * "difference", "message"}], "revenueByLevel": [{"key", "amount"}], "expenditureByArea": [{"key",
   * "amount"}]}], "changes": [{"label", "fromYear", "toYear", "before", "after", "difference",
   * "percent"}]}}; a published total the plan does not give, and the percent change from zero, are left
   * out. The shares are those of {@link PlanBalance#revenueByLevel} and {@link PlanBalance#expenditureByArea}.
   *
   * @param balance not null
   * @return the JSON text
   */
  public static String balance(PlanBalance balance) {
    Objects.requireNonNull(balance, "balance");
    return write(balance);
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
    return write(path);
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
    return write(result);
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
    return write(summary);
  }

  private static String write(Object doc) {
    try {
      return WRITER.writeValueAsString(doc) + "\n";
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }
}
