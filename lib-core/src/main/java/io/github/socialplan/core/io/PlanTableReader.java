package io.github.socialplan.core.io;

import io.github.socialplan.core.fund.Fund;
import io.github.socialplan.core.money.Money;
import io.github.socialplan.core.plan.BudgetLine;
import io.github.socialplan.core.plan.Period;
import io.github.socialplan.core.plan.Plan;
import io.github.socialplan.core.plan.YearlyBudget;
import io.github.socialplan.core.service.UserArea;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Reads a plan's budget table (<i>previsione delle risorse del Piano di Zona</i>) into a {@link Plan}: one
 * {@link YearlyBudget} per year column, with its revenue and expenditure lines and the totals as published.
 *
 * <p>The format is the one of {@code data/reference/cremona-plan-2015-2017.csv} (Piano di Zona 2015-2017 dell'Ambito di Cremona, §5.6): UTF-8 CSV,
 * {@code #} comment lines, a header {@code kind,line,<year>,<year>,...} with consecutive years (they give
 * the plan's period), then one row per line. {@code kind} is {@code revenue} (<i>entrata</i>),
 * {@code expenditure} (<i>intervento</i>), or {@code total_revenue} / {@code total_expenditure}, the
 * published totals, kept as written even where they differ from the sum of the lines. Amounts are euro
 * with a dot and at most two decimals.
 *
 * <pre>{@code
 * Plan pdz = PlanTableReader.of("pdz-cremona-2015-2017", "Piano di Zona 2015-2017", "ambito-cremona")
 *     .withFund("Entrate da Fondo Naz. Politiche Sociali", Funds.byId("FNPS"))
 *     .withUserArea("Area anziani", UserArea.ELDERLY)
 *     .read(Path.of("cremona-plan-2015-2017.csv"));
 * pdz.budget(2015).orElseThrow().publishedExpenditureTotal();   // Optional[5574719.00]
 * }</pre>
 *
 * <p>Errors are {@link DataFileException}s that name the file, the line (and the column of a cell) and
 * the offending value: an unknown kind, an amount that is not a number, has more than two decimals or is
 * longer than {@link Money#MAX_TEXT_LENGTH} characters, a cell longer than
 * {@link TextInput#MAX_CELL_LENGTH}, bytes that are not UTF-8, a row without a value for a year, a line
 * given twice, a fund or area label that matches no line. A UTF-8 byte order mark is skipped.
 *
 * <p>Instances are immutable and thread-safe; {@code with...} return a new reader.
 */
public final class PlanTableReader {

  private static final String REVENUE = "revenue";
  private static final String EXPENDITURE = "expenditure";
  private static final String TOTAL_REVENUE = "total_revenue";
  private static final String TOTAL_EXPENDITURE = "total_expenditure";
  private static final Set<String> KINDS = Set.of(REVENUE, EXPENDITURE, TOTAL_REVENUE, TOTAL_EXPENDITURE);

  private final String id;
  private final String title;
  private final String territory;
  private final Map<String, Fund> funds;
  private final Map<String, UserArea> areas;

  private PlanTableReader(String id, String title, String territory, Map<String, Fund> funds,
      Map<String, UserArea> areas) {
    this.id = id;
    this.title = title;
    this.territory = territory;
    this.funds = funds;
    this.areas = areas;
  }

  /**
   * Returns a reader for plans with the given identity.
   *
   * @param id the plan's id, not blank
   * @param title the plan's title, not null
   * @param territory the id of the territory it covers, not null
   * @return the reader
   */
  public static PlanTableReader of(String id, String title, String territory) {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(title, "title");
    Objects.requireNonNull(territory, "territory");
    return new PlanTableReader(id, title, territory, Map.of(), Map.of());
  }

  /**
   * Returns a reader that gives the revenue line of this label its fund's id and level.
   *
   * @param label the line's label exactly as in the file, not null
   * @param fund not null
   * @return a new reader
   */
  public PlanTableReader withFund(String label, Fund fund) {
    Objects.requireNonNull(label, "label");
    Objects.requireNonNull(fund, "fund");
    Map<String, Fund> m = new LinkedHashMap<>(funds);
    m.put(label, fund);
    return new PlanTableReader(id, title, territory, Map.copyOf(m), areas);
  }

  /**
   * Returns a reader that gives the expenditure line of this label its ISTAT area of users.
   *
   * @param label the line's label exactly as in the file, not null
   * @param area not null
   * @return a new reader
   */
  public PlanTableReader withUserArea(String label, UserArea area) {
    Objects.requireNonNull(label, "label");
    Objects.requireNonNull(area, "area");
    Map<String, UserArea> m = new LinkedHashMap<>(areas);
    m.put(label, area);
    return new PlanTableReader(id, title, territory, funds, Map.copyOf(m));
  }

  /**
   * Reads a UTF-8 plan table file.
   *
   * @param file not null
   * @return the plan
   * @throws IOException if the file cannot be read
   * @throws DataFileException if the content is not a valid plan table; the message names the file
   *     and line
   */
  public Plan read(Path file) throws IOException {
    Objects.requireNonNull(file, "file");
    try (InputStream bytes = Files.newInputStream(file)) {
      return read(bytes, file.toString());
    }
  }

  /**
   * Reads a plan table from UTF-8 bytes (a byte order mark is skipped); does not close the stream.
   *
   * @param in not null
   * @param source the name of the input in error messages (a file name), not null
   * @return the plan
   * @throws IOException if the stream fails
   * @throws DataFileException if the content is not a valid plan table or not UTF-8; the message names
   *     the source and line
   */
  public Plan read(InputStream in, String source) throws IOException {
    Objects.requireNonNull(in, "in");
    Objects.requireNonNull(source, "source");
    try (CsvRows rows = new CsvRows(in, source, ',')) {
      return read(rows);
    }
  }

  /**
   * Reads a plan table from text already decoded (a leading byte order mark is skipped); does not close
   * the reader.
   *
   * @param in not null
   * @param source the name of the input in error messages (a file name), not null
   * @return the plan
   * @throws IOException if the reader fails
   * @throws DataFileException if the content is not a valid plan table; the message names the source
   *     and line
   */
  public Plan read(Reader in, String source) throws IOException {
    Objects.requireNonNull(in, "in");
    Objects.requireNonNull(source, "source");
    try (CsvRows rows = new CsvRows(in, source, ',')) {
      return read(rows);
    }
  }

  /**
   * Reads the rows of a plan table from any source, such as a spreadsheet's sheet, with the same checks as
   * a CSV file; the rows are not closed.
   *
   * @param rows the header {@code kind,line,<year>,...}, then one row per line, not null
   * @return the plan
   * @throws IOException if the rows cannot be read
   * @throws DataFileException if the content is not a valid plan table, naming the place as the rows do
   */
  public Plan read(TableRows rows) throws IOException {
    Objects.requireNonNull(rows, "rows");
    Table table = new Table(rows);
    for (List<String> row = rows.next(); row != null; row = rows.next()) {
      table.accept(row.stream().map(String::trim).toArray(String[]::new));
    }
    return table.toPlan();
  }

  /** The rows read so far; checks each as it comes. */
  private final class Table {
    private final TableRows rows;
    private int[] years;
    private String headerPlace;
    /** Per year: revenue lines, expenditure lines, published totals. */
    private final Map<String, String> firstPlaceOf = new HashMap<>();
    private final List<List<BudgetLine>> revenues = new ArrayList<>();
    private final List<List<BudgetLine>> expenditures = new ArrayList<>();
    private Money[] revenueTotals;
    private Money[] expenditureTotals;

    Table(TableRows rows) {
      this.rows = rows;
    }

    private DataFileException error(int column, String problem) {
      return rows.error(column, problem);
    }

    private DataFileException error(int column, String problem, IllegalArgumentException cause) {
      DataFileException e = error(column, problem);
      e.initCause(cause);
      return e;
    }

    void accept(String[] row) {
      if (years == null) {
        header(row);
        return;
      }
      if (row.length != years.length + 2) {
        String missing = row.length < years.length + 2
            ? "no value for " + years[Math.max(0, row.length - 2)]
            : "more values than year columns";
        throw error(-1, String.format(Locale.ROOT, "row has %d values, the header (%s) has %d: %s",
            row.length, headerPlace, years.length + 2, missing));
      }
      String kind = row[0];
      String label = row[1];
      if (!KINDS.contains(kind)) {
        throw error(0, "unknown kind '" + kind
            + "' (expected revenue, expenditure, total_revenue or total_expenditure)");
      }
      String key = kind.startsWith("total_") ? kind : kind + "\u0000" + label;
      String first = firstPlaceOf.putIfAbsent(key, rows.where(1));
      if (first != null) {
        throw error(1, kind.startsWith("total_")
            ? "a second " + kind + " row (first on " + first + ")"
            : "duplicate " + kind + " line '" + label + "' (first on " + first + ")");
      }
      if (label.isBlank()) {
        throw error(1, "the " + kind + " row has a blank label");
      }
      for (int i = 0; i < years.length; i++) {
        Money amount = amount(i + 2, years[i], row[i + 2]);
        try {
          switch (kind) {
            case REVENUE:
              BudgetLine.Builder r = BudgetLine.builder().label(label).amount(amount);
              Fund fund = funds.get(label);
              if (fund != null) {
                r.fund(fund.id()).level(fund.level());
              }
              revenues.get(i).add(r.build());
              break;
            case EXPENDITURE:
              BudgetLine.Builder e = BudgetLine.builder().label(label).amount(amount);
              UserArea area = areas.get(label);
              if (area != null) {
                e.userArea(area);
              }
              expenditures.get(i).add(e.build());
              break;
            case TOTAL_REVENUE:
              revenueTotals[i] = amount;
              break;
            default:
              expenditureTotals[i] = amount;
          }
        } catch (IllegalArgumentException ex) {
          throw error(i + 2, ex.getMessage(), ex);
        }
      }
    }

    private Money amount(int column, int year, String text) {
      String at = " (column " + (column + 1) + ")";
      if (text.isEmpty()) {
        throw error(column, "no amount for " + year + at);
      }
      try {
        return Money.parse(text);
      } catch (IllegalArgumentException e) {
        throw error(column, "year " + year + ": " + e.getMessage() + at, e);
      }
    }

    private void header(String[] row) {
      if (row.length < 3 || !row[0].equals("kind") || !row[1].equals("line")) {
        throw error(-1, "header must be kind,line,<year>,<year>...: '" + String.join(",", row) + "'");
      }
      int[] ys = new int[row.length - 2];
      for (int i = 0; i < ys.length; i++) {
        String y = row[i + 2];
        if (!y.matches("[0-9]{4}")) {
          throw error(i + 2, "year column " + (i + 3) + " is not a year: '" + y + "'");
        }
        ys[i] = Integer.parseInt(y);
        if (i > 0 && ys[i] != ys[i - 1] + 1) {
          throw error(i + 2, "year columns must be consecutive: " + ys[i - 1] + " then " + ys[i]);
        }
        revenues.add(new ArrayList<>());
        expenditures.add(new ArrayList<>());
      }
      years = ys;
      headerPlace = rows.where(-1);
      revenueTotals = new Money[ys.length];
      expenditureTotals = new Money[ys.length];
    }

    Plan toPlan() {
      if (years == null) {
        throw new DataFileException(rows.source(), 0, "no header line kind,line,<year>,...");
      }
      checkLabelsUsed(funds.keySet(), REVENUE, "fund");
      checkLabelsUsed(areas.keySet(), EXPENDITURE, "area of users");
      Plan.Builder plan = Plan.builder().id(id).title(title).territory(territory)
          .period(Period.of(years[0], years[years.length - 1]));
      for (int i = 0; i < years.length; i++) {
        plan.addBudget(YearlyBudget.builder().year(years[i])
            .addAllRevenues(revenues.get(i))
            .addAllExpenditures(expenditures.get(i))
            .publishedRevenueTotal(java.util.Optional.ofNullable(revenueTotals[i]))
            .publishedExpenditureTotal(java.util.Optional.ofNullable(expenditureTotals[i]))
            .build());
      }
      return plan.build();
    }

    /** A label that matches no line is almost always a typo: say so rather than drop the fund. */
    private void checkLabelsUsed(Set<String> labels, String kind, String what) {
      for (String label : labels) {
        if (!firstPlaceOf.containsKey(kind + "\u0000" + label)) {
          throw new DataFileException(rows.source(), 0, "the " + what + " given for '" + label + "' matches no " + kind + " line");
        }
      }
    }
  }
}
