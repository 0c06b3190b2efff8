package io.github.socialplan.budget.export;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.dataformat.csv.CsvGenerator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import io.github.socialplan.budget.allocation.Allocation;
import io.github.socialplan.budget.allocation.AllocationLine;
import io.github.socialplan.budget.balance.BalanceGap;
import io.github.socialplan.budget.balance.PlanBalance;
import io.github.socialplan.budget.balance.YearBalance;
import io.github.socialplan.budget.quota.QuotaCharge;
import io.github.socialplan.budget.quota.QuotaLine;
import io.github.socialplan.budget.transition.TransitionLine;
import io.github.socialplan.budget.transition.TransitionPath;
import io.github.socialplan.budget.transition.TransitionYear;
import io.github.socialplan.core.money.Money;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The budget reports as CSV text (<i>esportazione</i>): a header row, then one row per line; fields with a
 * comma, quote or line break are quoted (RFC 4180); money as plain decimals with a dot and two decimals;
 * rows end with {@code \n}. The output does not depend on the default locale.
 *
 * <pre>{@code
 * Files.writeString(Path.of("riparto.csv"), BudgetCsv.allocation(allocation));
 * }</pre>
 *
 * <p>This class is stateless and thread-safe.
 */
public final class BudgetCsv {

  // strict checking quotes a cell only when it holds a comma, a quote or a line break (RFC 4180)
  private static final CsvMapper CSV = CsvMapper.builder()
      .enable(CsvGenerator.Feature.STRICT_CHECK_FOR_QUOTING).build();

  private BudgetCsv() {}

  /**
   * An allocation: {@code recipient,weight,exact_share,amount,remainder_cents,rounded_up,binding}.
   *
   * @param allocation not null
   * @return the CSV text
   */
  public static String allocation(Allocation allocation) {
    Objects.requireNonNull(allocation, "allocation");
    Rows rows = new Rows("recipient", "weight", "exact_share", "amount", "remainder_cents", "rounded_up", "binding");
    for (AllocationLine l : allocation.lines()) {
      rows.add(l.recipient(), l.weight().toPlainString(), l.exactShare().toPlainString(), l.amount().toString(),
          l.remainderCents().toPlainString(), Boolean.toString(l.roundedUp()), l.binding().name());
    }
    return rows.toCsv();
  }

  /**
   * A quota capitaria charge: {@code comune,residents,rate,amount,excluded} (excluded components joined by
   * {@code ;}).
   *
   * @param charge not null
   * @return the CSV text
   */
  public static String quota(QuotaCharge charge) {
    Objects.requireNonNull(charge, "charge");
    Rows rows = new Rows("comune", "residents", "rate", "amount", "excluded");
    for (QuotaLine l : charge.lines()) {
      rows.add(l.comune(), Long.toString(l.residents()), l.rate().toPlainString(), l.amount().toString(),
          String.join(";", new java.util.TreeSet<>(l.excluded())));
    }
    return rows.toCsv();
  }

  /**
   * A plan balance: {@code year,revenue_lines,published_revenue,expenditure_lines,published_expenditure,gaps}
   * with the gaps' sentences joined by {@code ;} (empty published totals when the plan gives none).
   *
   * @param balance not null
   * @return the CSV text
   */
  public static String balance(PlanBalance balance) {
    Objects.requireNonNull(balance, "balance");
    Rows rows = new Rows("year", "revenue_lines", "published_revenue",
        "expenditure_lines", "published_expenditure", "gaps");
    for (YearBalance y : balance.years()) {
      List<String> gaps = y.gaps().stream().map(BalanceGap::message).toList();
      rows.add(Integer.toString(y.year()), y.revenueLines().toString(),
          y.publishedRevenue().map(Money::toString).orElse(""), y.expenditureLines().toString(),
          y.publishedExpenditure().map(Money::toString).orElse(""), String.join(";", gaps));
    }
    return rows.toCsv();
  }

  /**
   * A transition path: {@code year,recipient,previous,baseline,target,amount,movement,cap}.
   *
   * @param path not null
   * @return the CSV text
   */
  public static String transition(TransitionPath path) {
    Objects.requireNonNull(path, "path");
    Rows rows = new Rows("year", "recipient", "previous", "baseline", "target", "amount", "movement", "cap");
    for (TransitionYear y : path.years()) {
      for (TransitionLine l : y.lines()) {
        rows.add(Integer.toString(y.year()), l.recipient(), l.previous().toString(), l.baseline().toString(),
            l.target().toString(), l.amount().toString(), l.movement().toString(), l.cap().toString());
      }
    }
    return rows.toCsv();
  }

  /** A header and its rows, written by Jackson's CSV writer, which quotes a cell only when it must. */
  private static final class Rows {
    private final CsvSchema schema;
    private final List<String[]> rows = new ArrayList<>();

    Rows(String... header) {
      CsvSchema.Builder b = CsvSchema.builder().setUseHeader(true);
      for (String h : header) {
        b.addColumn(h);
      }
      schema = b.build();
    }

    void add(String... cells) {
      rows.add(cells);
    }

    String toCsv() {
      try {
        return CSV.writer(schema).writeValueAsString(rows);
      } catch (JsonProcessingException e) {
        throw new IllegalStateException("cannot write CSV of plain text cells", e);
      }
    }
  }
}
