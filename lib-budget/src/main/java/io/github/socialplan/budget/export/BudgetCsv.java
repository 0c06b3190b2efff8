package io.github.socialplan.budget.export;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectWriter;
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
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.TreeSet;

/**
 * The budget reports as CSV text (<i>esportazione</i>): a header row, then one row per line; fields with a
 * comma, quote or line break are quoted (RFC 4180), and if any text holds a bare carriage return every
 * field is quoted; money as plain decimals with a dot and two decimals; rows end with {@code \n}. A list in
 * one field (excluded components, gap sentences) is itself a row of CSV separated by {@code ;}, so an
 * item holding a {@code ;} or a quote is quoted and the list reads back exactly. Every text reads back
 * unchanged with a CSV parser. The output does not depend on the default locale.
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
   * A quota capitaria charge: {@code comune,residents,rate,amount,excluded} (excluded components in name
   * order as a {@code ;}-separated CSV row).
   *
   * @param charge not null
   * @return the CSV text
   */
  public static String quota(QuotaCharge charge) {
    Objects.requireNonNull(charge, "charge");
    Rows rows = new Rows("comune", "residents", "rate", "amount", "excluded");
    for (QuotaLine l : charge.lines()) {
      rows.add(l.comune(), Long.toString(l.residents()), l.rate().toPlainString(), l.amount().toString(),
          list(new TreeSet<>(l.excluded())));
    }
    return rows.toCsv();
  }

  /**
   * A plan balance: {@code year,revenue_lines,published_revenue,expenditure_lines,published_expenditure,gaps}
   * with the gaps' sentences as a {@code ;}-separated CSV row (empty published totals when the plan gives
   * none).
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
          y.publishedExpenditure().map(Money::toString).orElse(""), list(gaps));
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

  /** Items as one row of {@code ;}-separated CSV, without a line end: quoted where they need it. */
  private static String list(Collection<String> items) {
    String[] row = items.toArray(String[]::new);
    if (row.length == 0) {
      return "";
    }
    // The row keeps the usual line end while written, so that an item holding one is quoted; then drops it.
    CsvSchema schema = CsvSchema.emptySchema().withColumnSeparator(';').withLineSeparator("\n");
    try {
      String line = writer(schema, List.<String[]>of(row)).writeValueAsString(row);
      return line.substring(0, line.length() - 1);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot write CSV of plain text cells", e);
    }
  }

  /**
   * Jackson's writer, which quotes a cell only when it must; but its minimal quoting misses a bare
   * {@code \r}, which a reader takes for a line end, so a text holding one has every cell quoted.
   */
  private static ObjectWriter writer(CsvSchema schema, List<String[]> rows) {
    ObjectWriter w = CSV.writer(schema);
    for (String[] row : rows) {
      for (String cell : row) {
        if (cell.indexOf('\r') >= 0) {
          return w.with(CsvGenerator.Feature.ALWAYS_QUOTE_STRINGS);
        }
      }
    }
    return w;
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
        return writer(schema, rows).writeValueAsString(rows);
      } catch (JsonProcessingException e) {
        throw new IllegalStateException("cannot write CSV of plain text cells", e);
      }
    }
  }
}
