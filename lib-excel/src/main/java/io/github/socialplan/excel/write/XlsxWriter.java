package io.github.socialplan.excel.write;

import io.github.socialplan.budget.allocation.Allocation;
import io.github.socialplan.budget.allocation.AllocationLine;
import io.github.socialplan.budget.balance.BalanceGap;
import io.github.socialplan.budget.balance.GapKind;
import io.github.socialplan.budget.balance.PlanBalance;
import io.github.socialplan.budget.balance.YearBalance;
import io.github.socialplan.budget.copayment.CopaymentLine;
import io.github.socialplan.budget.execution.LineExecution;
import io.github.socialplan.budget.execution.LineKind;
import io.github.socialplan.budget.execution.PlannedVersusActual;
import io.github.socialplan.budget.copayment.CopaymentSummary;
import io.github.socialplan.budget.quota.QuotaCharge;
import io.github.socialplan.budget.quota.QuotaLine;
import io.github.socialplan.core.io.ComuneResidents;
import io.github.socialplan.core.io.ComuniList;
import io.github.socialplan.core.io.PartitionData;
import io.github.socialplan.core.money.Money;
import io.github.socialplan.core.plan.BudgetLine;
import io.github.socialplan.core.plan.Plan;
import io.github.socialplan.core.plan.YearlyBudget;
import io.github.socialplan.core.service.Service;
import io.github.socialplan.core.service.Services;
import io.github.socialplan.core.territory.Grouping;
import io.github.socialplan.core.territory.Membership;
import io.github.socialplan.core.territory.TerritoryKind;
import io.github.socialplan.excel.Labels;
import io.github.socialplan.excel.write.Cells.Style;
import io.github.socialplan.indicators.catalogue.Indicator;
import io.github.socialplan.indicators.catalogue.IndicatorUnit;
import io.github.socialplan.indicators.dashboard.DashboardRow;
import io.github.socialplan.indicators.dashboard.DashboardTable;
import io.github.socialplan.indicators.result.IndicatorValue;
import io.github.socialplan.indicators.services.ServiceFigures;
import io.github.socialplan.indicators.services.ServiceTable;
import java.io.Closeable;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.math.MathContext;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.zip.Deflater;
import org.apache.commons.compress.archivers.zip.ZipArchiveOutputStream;
import org.apache.poi.ss.util.WorkbookUtil;
import org.apache.poi.xssf.streaming.DeferredSXSSFSheet;
import org.apache.poi.xssf.streaming.DeferredSXSSFWorkbook;
import org.apache.poi.xssf.streaming.SXSSFSheet;

/**
 * Writes the library's tables as one XLSX workbook (<i>cartella di lavoro</i>) that a person can open and
 * check: euro with two decimals, percentages and indicator values with their number formats, frozen header
 * rows, column widths fitted to their text, Italian headers by default ({@link Labels}). An English workbook
 * gives in English, too, what the library has an English name for: territory kinds
 * ({@link TerritoryKind#englishName()}), indicators' names and units.
 *
 * <p>Every total is a live formula ({@code =SUM(D2:D48)}) that the spreadsheet recomputes, with the
 * library's own total in the row beneath it: the two must agree, and a spreadsheet application shows at once
 * if an edited cell makes them part. The formula's saved result is the library's figure. An undefined value
 * (an indicator with a zero denominator, a year without a published total) is an empty cell with its reason
 * in a note column or a cell comment, never 0.
 *
 * <pre>{@code
 * try (XlsxWriter w = XlsxWriter.create()) {
 *   w.plan(plan).allocation("Riparto", allocation).cruscotto(table);
 *   w.write(Path.of("target/piano.xlsx"));
 * }
 * }</pre>
 *
 * <p>Sheets are written in streaming mode (Apache POI's SXSSF, in its variant without temporary files): adding
 * a sheet checks its values and lays it out (column widths, comments), and its cells are made while
 * {@link #write(Path)} writes the workbook, a few blocks of rows in memory at a time, straight into the file.
 * The tables given must therefore not change until then (the library's tables do not). A writer uses two
 * threads of its own, which end by themselves: one makes POI's empty workbook while the first sheets are laid
 * out, the other deflates a sheet's rows while the next ones are made. Not thread-safe.
 */
public final class XlsxWriter implements Closeable {

  /**
   * Apache POI's workbook, with its styles, made on a thread of its own: it costs about half a second when
   * it is the process's first (POI's and the XML schemas' classes loading), which the first sheets' layout,
   * needing no workbook, overlaps. Joined before the workbook is first used.
   */
  private final FutureTask<FastDeflateWorkbook> book;
  private final Labels labels;
  /**
   * Texts inline, but for the few repeated on many rows: Apache POI's shared-strings table, tried for every
   * text of a cruscotto, made writing it more than twice as slow.
   */
  private final FastSheetDataWriter.Texts texts = new FastSheetDataWriter.Texts();
  /** The sheets added, in order; those up to {@link #made} are in POI's workbook. */
  private final List<Added> sheets = new ArrayList<>();
  private int made;

  private XlsxWriter(Labels labels) {
    this.labels = labels;
    this.book = new FutureTask<>(FastDeflateWorkbook::new);
    Thread maker = new Thread(book, "socialplan-xlsx-workbook");
    maker.setDaemon(true);
    maker.start();
  }

  /** POI's workbook, waiting for it to be made. */
  private FastDeflateWorkbook book() throws IOException {
    try {
      return book.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new InterruptedIOException("interrupted while Apache POI's workbook was being made");
    } catch (ExecutionException e) {
      throw new IllegalStateException("Apache POI could not make the workbook: " + e.getCause(), e.getCause());
    }
  }

  /**
   * Streaming workbook whose sheets' rows are made while the workbook is written, straight into the file
   * (Apache POI's {@link DeferredSXSSFWorkbook}, marked beta by POI, whose version the build pins): no
   * temporary file to write, read back and deflate. POI copies each sheet's part and calls back for its
   * {@code <sheetData>}, which {@link FastSheetDataWriter} writes from the sheet's rows without POI's row and
   * cell objects. The parts are deflated at {@link Deflater#BEST_SPEED}: profiling the all-Italy cruscotto
   * showed the default level's deflate of the sheets' XML taking more time than writing the rows; the fastest
   * level costs about a fifth of that for a somewhat larger file.
   */
  private static final class FastDeflateWorkbook extends DeferredSXSSFWorkbook {
    /** Each style's index, by {@link Style#ordinal()}. */
    final int[] styles;
    /** Each sheet's rows, written when the workbook is. */
    final Map<SXSSFSheet, SheetData> rows = new HashMap<>();

    /** Writes a sheet's rows into its part. */
    interface SheetData {
      void write(OutputStream out) throws IOException;
    }

    FastDeflateWorkbook() {
      styles = Cells.makeStyles(this);
    }

    @Override
    protected ZipArchiveOutputStream createArchiveOutputStream(OutputStream out) {
      ZipArchiveOutputStream zip = super.createArchiveOutputStream(out);
      zip.setLevel(Deflater.BEST_SPEED);
      return zip;
    }

    @Override
    protected ISheetInjector createSheetInjector(SXSSFSheet sheet) throws IOException {
      SheetData data = rows.get(sheet);
      return data != null ? data::write : super.createSheetInjector(sheet);
    }
  }

  /** A sheet added, laid out, and the pass that writes its rows. */
  private static final class Added {
    final String name;
    final Cells.Writer layout;
    final Consumer<Cells.Writer> rows;

    Added(String name, Cells.Writer layout, Consumer<Cells.Writer> rows) {
      this.name = name;
      this.layout = layout;
      this.rows = rows;
    }
  }

  /**
   * Returns a writer with Italian headers.
   *
   * @return a writer, to be closed
   */
  public static XlsxWriter create() {
    return new XlsxWriter(Labels.ITALIAN);
  }

  /**
   * Returns a writer with headers in a language.
   *
   * @param labels not null
   * @return a writer, to be closed
   */
  public static XlsxWriter create(Labels labels) {
    return new XlsxWriter(Objects.requireNonNull(labels, "labels"));
  }

  private String t(String key) {
    return labels.text(key);
  }

  /** A territory kind in the workbook's language: "ambito territoriale", "planning district". */
  private String kind(TerritoryKind kind) {
    return labels == Labels.ITALIAN ? kind.italianName() : kind.englishName();
  }

  /** An indicator's name in the workbook's language: "età media", "mean age". */
  private String name(Indicator indicator) {
    return labels == Labels.ITALIAN ? indicator.italianName() : indicator.englishName();
  }

  /** A unit in the workbook's language: "anni", "years". */
  private String unit(IndicatorUnit unit) {
    return labels == Labels.ITALIAN ? unit.italianLabel() : unit.englishLabel();
  }

  /**
   * Adds a sheet whose rows {@code rows} writes: it is laid out now (widths, comments, frozen panes, and every
   * check of the values, so that a bad value fails here and leaves no sheet behind) and gone through again to
   * make its cells while the workbook is written.
   */
  private void sheet(String name, Consumer<Cells.Writer> rows) {
    Objects.requireNonNull(name, "name");
    String safe = WorkbookUtil.createSafeSheetName(name);
    for (Added a : sheets) {
      if (a.name.equalsIgnoreCase(safe)) {
        throw new IllegalArgumentException("the workbook already has a sheet '" + safe + "'");
      }
    }
    WorkbookUtil.validateSheetName(safe);
    Cells.Writer layout = new Cells.Writer(safe);
    rows.accept(layout);
    layout.finish();
    sheets.add(new Added(safe, layout, rows));
  }

  /** Makes the sheets added since the last call in POI's workbook, with their layout and their rows' pass. */
  private FastDeflateWorkbook makeSheets() throws IOException {
    FastDeflateWorkbook b = book();
    for (; made < sheets.size(); made++) {
      Added a = sheets.get(made);
      DeferredSXSSFSheet sheet = b.createSheet(a.name);
      a.layout.apply(sheet, b.getXSSFSheet(a.name), texts, b.getXSSFWorkbook().getSharedStringSource());
      b.rows.put(sheet, out -> {
        FastSheetDataWriter data = new FastSheetDataWriter(out, texts);
        try {
          Cells.Writer w = new Cells.Writer(a.name, data, b.styles);
          a.rows.accept(w);
          w.finish();
        } catch (UncheckedIOException e) {
          data.abort();
          throw e.getCause();
        } catch (RuntimeException | Error e) {
          data.abort();
          throw e;
        }
      });
    }
    return b;
  }

  /**
   * Adds a plan's budget on a sheet named {@code Bilancio} ({@code Budget} in English).
   *
   * @param plan not null
   * @return this writer
   * @see #plan(String, Plan)
   */
  public XlsxWriter plan(Plan plan) {
    return plan(t("budget_sheet"), plan);
  }

  /**
   * Adds a plan's budget by year with its balance check: a row per revenue and expenditure line, the
   * published totals as the plan gives them, then the sums of the lines as formulas and as the library
   * computes them, the balance, and the difference between each sum and its published total, which shows a
   * gap such as the one euro of the Piano di Zona 2015-2017 dell'Ambito di Cremona (2015, §5.6). As in
   * {@link PlanBalance}, a year without lines on one side has no balance and no difference for that side,
   * but empty cells with the reason in the note column: its missing lines are not lines adding up to 0. The note
   * column gives the balance check's sentences. The sheet reads back through
   * {@link io.github.socialplan.excel.read.PlanSheet}.
   *
   * @param name the sheet's name, not null
   * @param plan not null, with at least one yearly budget
   * @return this writer
   * @throws IllegalArgumentException if an amount has more than 15 significant digits or the sheet exists
   */
  public XlsxWriter plan(String name, Plan plan) {
    Objects.requireNonNull(plan, "plan");
    List<YearlyBudget> budgets = plan.budgets();
    if (budgets.isEmpty()) {
      throw new IllegalArgumentException("plan " + plan.id() + " has no yearly budget to write");
    }
    PlanBalance balance = PlanBalance.of(plan);
    sheet(name, w -> {
      int years = budgets.size();
      String[] header = new String[years + 3];
      header[0] = t("kind");
      header[1] = t("line");
      for (int i = 0; i < years; i++) {
        header[i + 2] = Integer.toString(budgets.get(i).year());
      }
      header[years + 2] = t("note");
      w.header(header);
      w.freeze(2, 1);
      int note = years + 2;

      int firstRevenue = w.number() + 1;
      linesRows(w, budgets, "revenue", YearlyBudget::revenues);
      int lastRevenue = w.number();
      int publishedRevenue = published(w, budgets, "total_revenue", YearlyBudget::publishedRevenueTotal);
      int firstExpenditure = w.number() + 1;
      linesRows(w, budgets, "expenditure", YearlyBudget::expenditures);
      int lastExpenditure = w.number();
      int publishedExpenditure =
          published(w, budgets, "total_expenditure", YearlyBudget::publishedExpenditureTotal);

      w.row();
      int sumRevenue = sumRows(w, budgets, "sum_revenue", firstRevenue, lastRevenue, YearlyBudget::revenueTotal);
      int sumExpenditure = sumRows(w, budgets, "sum_expenditure", firstExpenditure, lastExpenditure,
          YearlyBudget::expenditureTotal);
      w.row();
      w.label(0, t("balance"));
      for (int i = 0; i < years; i++) {
        YearlyBudget b = budgets.get(i);
        if (hasBothSides(b)) {
          w.formula(i + 2, Cells.ref(i + 2, sumRevenue) + "-" + Cells.ref(i + 2, sumExpenditure),
              Cells.exact(b.revenueTotal().minus(b.expenditureTotal()).amount()), Style.EURO_TOTAL);
        }
      }
      w.row();
      w.label(0, t("balance_lib"));
      List<String> balanceNotes = new ArrayList<>();
      for (int i = 0; i < years; i++) {
        YearlyBudget b = budgets.get(i);
        if (hasBothSides(b)) {
          w.euro(i + 2, b.revenueTotal().minus(b.expenditureTotal()));
        } else {
          // the balance compares lines with lines: a side without lines is not a side adding up to 0
          balanceNotes.add(b.year() + ": " + t(b.revenues().isEmpty() ? "no_revenue_lines" : "no_expenditure_lines"));
        }
        for (BalanceGap g : balance.year(b.year()).gaps()) {
          if (g.kind() == GapKind.REVENUE_LINES_VS_EXPENDITURE_LINES
              || g.kind() == GapKind.PUBLISHED_REVENUE_VS_PUBLISHED_EXPENDITURE) {
            balanceNotes.add(g.message());
          }
        }
      }
      if (!balanceNotes.isEmpty()) {
        w.text(note, String.join("; ", balanceNotes));
      }
      gapRows(w, budgets, balance, "gap_revenue", sumRevenue, publishedRevenue, true, note);
      gapRows(w, budgets, balance, "gap_expenditure", sumExpenditure, publishedExpenditure, false, note);
    });
    return this;
  }

  private void linesRows(Cells.Writer w, List<YearlyBudget> budgets, String kind,
      Function<YearlyBudget, List<BudgetLine>> lines) {
    // lines by label in order of first appearance, so that a line missing in a year is an empty cell
    Map<String, Money[]> byLabel = new LinkedHashMap<>();
    for (int i = 0; i < budgets.size(); i++) {
      for (BudgetLine l : lines.apply(budgets.get(i))) {
        byLabel.computeIfAbsent(l.label(), k -> new Money[budgets.size()])[i] = l.amount();
      }
    }
    for (Map.Entry<String, Money[]> e : byLabel.entrySet()) {
      w.row();
      w.text(0, t(kind));
      w.text(1, e.getKey());
      for (int i = 0; i < budgets.size(); i++) {
        if (e.getValue()[i] != null) {
          w.euro(i + 2, e.getValue()[i]);
        }
      }
    }
  }

  /** The published totals' row, or 0 if no year has one. */
  private int published(Cells.Writer w, List<YearlyBudget> budgets, String kind,
      Function<YearlyBudget, java.util.Optional<Money>> total) {
    if (budgets.stream().noneMatch(b -> total.apply(b).isPresent())) {
      return 0;
    }
    int row = w.row();
    w.text(0, t(kind));
    w.text(1, t(kind + "_line"));
    List<Integer> missing = new ArrayList<>();
    for (int i = 0; i < budgets.size(); i++) {
      java.util.Optional<Money> m = total.apply(budgets.get(i));
      if (m.isPresent()) {
        w.euro(i + 2, m.get());
      } else {
        missing.add(budgets.get(i).year());
      }
    }
    if (!missing.isEmpty()) {
      w.text(budgets.size() + 2, t("no_published") + ": " + missing);
    }
    return row;
  }

  private int sumRows(Cells.Writer w, List<YearlyBudget> budgets, String key, int first, int last,
      Function<YearlyBudget, Money> library) {
    int row = w.row();
    w.label(0, t(key));
    for (int i = 0; i < budgets.size(); i++) {
      double value = Cells.exact(library.apply(budgets.get(i)).amount());
      w.formula(i + 2, last < first ? "0" : "SUM(" + Cells.range(i + 2, first, last) + ")", value,
          Style.EURO_TOTAL);
    }
    w.row();
    w.label(0, t(key + "_lib"));
    for (int i = 0; i < budgets.size(); i++) {
      w.euro(i + 2, library.apply(budgets.get(i)));
    }
    return row;
  }

  /** Whether a year has revenue and expenditure lines, so that the balance compares them. */
  private static boolean hasBothSides(YearlyBudget b) {
    return hasLines(b, true) && hasLines(b, false);
  }

  /** Whether a year has lines on one side: without, its sum is no figure to compare with another. */
  private static boolean hasLines(YearlyBudget b, boolean revenue) {
    return !(revenue ? b.revenues() : b.expenditures()).isEmpty();
  }

  private void gapRows(Cells.Writer w, List<YearlyBudget> budgets, PlanBalance balance, String key, int sumRow,
      int publishedRow, boolean revenue, int note) {
    if (publishedRow == 0) {
      return;
    }
    w.row();
    w.label(0, t(key));
    List<String> notes = new ArrayList<>();
    for (int i = 0; i < budgets.size(); i++) {
      YearBalance y = balance.year(budgets.get(i).year());
      java.util.Optional<Money> published = revenue ? y.publishedRevenue() : y.publishedExpenditure();
      Money lines = revenue ? y.revenueLines() : y.expenditureLines();
      if (published.isPresent() && hasLines(budgets.get(i), revenue)) {
        w.formula(i + 2, Cells.ref(i + 2, sumRow) + "-" + Cells.ref(i + 2, publishedRow),
            Cells.exact(lines.minus(published.get()).amount()), Style.EURO_TOTAL);
      } else if (published.isPresent()) {
        // no lines to compare the published total with, as for the balance check: not lines adding up to 0
        notes.add(y.year() + ": " + t(revenue ? "no_revenue_lines" : "no_expenditure_lines"));
      } else {
        notes.add(y.year() + ": " + t("no_published"));
      }
    }
    w.row();
    w.label(0, t(key + "_lib"));
    for (int i = 0; i < budgets.size(); i++) {
      YearBalance y = balance.year(budgets.get(i).year());
      java.util.Optional<Money> published = revenue ? y.publishedRevenue() : y.publishedExpenditure();
      Money lines = revenue ? y.revenueLines() : y.expenditureLines();
      if (published.isPresent() && hasLines(budgets.get(i), revenue)) {
        w.euro(i + 2, lines.minus(published.get()));
      }
      GapKind kind = revenue ? GapKind.REVENUE_LINES_VS_PUBLISHED_TOTAL : GapKind.EXPENDITURE_LINES_VS_PUBLISHED_TOTAL;
      for (BalanceGap g : y.gaps()) {
        if (g.kind() == kind) {
          notes.add(g.message());
        }
      }
    }
    w.text(note, String.join("; ", notes));
  }

  /**
   * Adds a plan's planned budgets against its actuals (<i>previsione e consuntivo</i>) on a sheet named
   * {@code Previsto e consuntivo} ({@code Planned versus actual} in English): for each year with both, a row
   * per revenue and expenditure line with the planned amount (Piano Operativo Annuale), the actual (Report
   * Annuale), the variance as a live formula (actual minus planned) and the percentage executed; then each
   * side's totals as {@code =SUM} formulas with the library's totals beneath. A line present on one side
   * only counts as zero on the other; where nothing was planned the percentage is an empty cell with the
   * reason in the note column, never 0.
   *
   * @param plan not null, with at least one year that has both a planned budget and an actual
   * @return this writer
   * @throws IllegalArgumentException if no year has both, or an amount has more than 15 significant digits
   * @see PlannedVersusActual
   */
  public XlsxWriter plannedVersusActual(Plan plan) {
    Objects.requireNonNull(plan, "plan");
    List<Integer> years = PlannedVersusActual.comparableYears(plan);
    if (years.isEmpty()) {
      throw new IllegalArgumentException("plan " + plan.id() + " has no year with both a planned budget and"
          + " actuals to compare");
    }
    sheet(t("pva_sheet"), w -> {
      w.header(t("year"), t("kind"), t("line"), t("planned"), t("actual"), t("variance"), t("executed"),
          t("note"));
      w.freeze(3, 1);
      for (int year : years) {
        int first = w.number() + 1;
        List<LineExecution> execution = PlannedVersusActual.execution(plan, year);
        for (int k = 0; k < execution.size(); k++) {
          LineExecution l = execution.get(k);
          // each side's total is its last row: a budget line may itself be labelled "total"
          boolean total = k == execution.size() - 1 || execution.get(k + 1).kind() != l.kind();
          if (!total) {
            w.row();
            w.year(0, year);
            w.text(1, t(l.kind() == LineKind.REVENUE ? "revenue" : "expenditure"));
            w.text(2, l.label());
            executionCells(w, l);
            continue;
          }
          int last = w.number();
          String kind = t(l.kind() == LineKind.REVENUE ? "revenue" : "expenditure");
          w.row();
          w.year(0, year);
          w.text(1, kind);
          w.label(2, t("total_formula"));
          w.formula(3, "SUM(" + Cells.range(3, first, last) + ")", Cells.exact(l.planned().amount()),
              Style.EURO_TOTAL);
          w.formula(4, "SUM(" + Cells.range(4, first, last) + ")", Cells.exact(l.actual().amount()),
              Style.EURO_TOTAL);
          w.formula(5, Cells.ref(4, w.number()) + "-" + Cells.ref(3, w.number()),
              Cells.exact(l.variance().amount()), Style.EURO_TOTAL);
          w.row();
          w.year(0, year);
          w.text(1, kind);
          w.label(2, t("total_lib"));
          executionCells(w, l);
          first = w.number() + 1; // the other side's lines start below
        }
      }
    });
    return this;
  }

  private void executionCells(Cells.Writer w, LineExecution l) {
    w.euro(3, l.planned());
    w.euro(4, l.actual());
    w.formula(5, Cells.ref(4, w.number()) + "-" + Cells.ref(3, w.number()), Cells.exact(l.variance().amount()),
        Style.EURO);
    if (l.planned().isZero()) {
      w.text(7, t("undefined") + ": " + l.undefinedReason().orElse(""));
    } else {
      w.number(6, l.actual().amount().divide(l.planned().amount(), MathContext.DECIMAL64).doubleValue(),
          Style.PERCENT);
    }
  }

  /**
   * Adds a list of comuni with their residents, a {@code Totale} row of {@code =SUM} formulas at the end;
   * it reads back with {@code ComuniListReader.columns("Codice comune", "Comune", "Residenti", "Femmine",
   * "Maschi").withTotalRow("Comune", "Totale")} (the English labels with English names).
   *
   * @param name the sheet's name, not null
   * @param list not null
   * @return this writer
   */
  public XlsxWriter comuni(String name, ComuniList list) {
    Objects.requireNonNull(list, "list");
    sheet(name, w -> {
      w.header(t("code"), t("comune"), t("residents"), t("females"), t("males"));
      int first = w.number() + 1;
      for (ComuneResidents c : list.comuni()) {
        w.row();
        w.text(0, c.code().toString());
        w.text(1, c.name());
        w.count(2, c.total());
        w.count(3, c.females());
        w.count(4, c.males());
      }
      int last = w.number();
      w.row();
      w.label(1, t("total"));
      long[] totals = {list.total(), list.females(), list.males()};
      for (int i = 0; i < 3; i++) {
        w.formula(i + 2, Cells.sum(i + 2, first, last), totals[i], Style.COUNT_TOTAL);
      }
    });
    return this;
  }

  /**
   * Adds a service and spending table (<i>tabella dei servizi e della spesa</i>): one row per territory and service
   * with its users, municipal spending and co-payment, then a {@code Totale} row of {@code =SUM} formulas; a
   * grouping's service that some of its comuni have no row for ({@link ServiceTable#missing}) has no row, and a
   * comment on the total row names it and those comuni. It reads back with {@code
   * ServiceTableReader.columns("Territorio", "Servizio", "Utenti", "Spesa comunale",
   * "Compartecipazione").withTotalRow("Totale")} (the English labels with English names).
   *
   * @param name the sheet's name, not null
   * @param table not null
   * @return this writer
   * @throws IllegalArgumentException if an amount has more than 15 significant digits or the sheet exists
   */
  public XlsxWriter services(String name, ServiceTable table) {
    Objects.requireNonNull(table, "table");
    sheet(name, w -> {
      w.header(t("territory"), t("service"), t("users"), t("municipal_spending"), t("copayment"));
      int first = w.number() + 1;
      long users = 0;
      Money spending = Money.ZERO;
      Money copayment = Money.ZERO;
      for (String territory : table.territories()) {
        for (Service s : Services.all()) {
          java.util.Optional<ServiceFigures> f = table.figures(territory, s);
          if (f.isPresent()) {
            w.row();
            w.text(0, territory);
            w.text(1, s.id());
            w.count(2, f.get().users());
            w.euro(3, f.get().municipalSpending());
            w.euro(4, f.get().copayment());
            users += f.get().users();
            spending = spending.plus(f.get().municipalSpending());
            copayment = copayment.plus(f.get().copayment());
          }
        }
      }
      int last = w.number();
      w.row();
      w.label(0, t("total"));
      // a grouping's service that some of its comuni have no row for has no row here: say so by the total,
      // so that it is not read as the total of every service of the grouping
      List<String> unknown = new ArrayList<>();
      for (String territory : table.territories()) {
        table.missing(territory).forEach((s, comuni) -> unknown.add(territory + " " + s.id() + ": "
            + String.join(", ", comuni.subList(0, Math.min(10, comuni.size())))
            + (comuni.size() > 10 ? " (+" + (comuni.size() - 10) + ")" : "")));
      }
      if (!unknown.isEmpty()) {
        w.comment(1, t("services_not_known") + ": " + String.join("; ", unknown));
      }
      w.formula(2, last < first ? "0" : "SUM(" + Cells.range(2, first, last) + ")", users, Style.COUNT_TOTAL);
      w.formula(3, last < first ? "0" : "SUM(" + Cells.range(3, first, last) + ")", Cells.exact(spending.amount()),
          Style.EURO_TOTAL);
      w.formula(4, last < first ? "0" : "SUM(" + Cells.range(4, first, last) + ")",
          Cells.exact(copayment.amount()), Style.EURO_TOTAL);
    });
    return this;
  }

  /**
   * Adds a partition: one row per comune with its grouping's id, name (when known) and kind (its Italian term,
   * {@code ambito territoriale}, or in an English workbook its English name, {@code planning district}); it
   * reads back with {@code PartitionReader.columns("Codice comune", "Raggruppamento").withNameColumn("Nome
   * raggruppamento").withKindColumn("Tipo raggruppamento")} (the English labels with English names).
   *
   * @param name the sheet's name, not null
   * @param data not null
   * @return this writer
   */
  public XlsxWriter partition(String name, PartitionData data) {
    Objects.requireNonNull(data, "data");
    Map<String, String> names = new HashMap<>();
    for (Grouping g : data.groupings()) {
      names.put(g.id(), g.name());
    }
    sheet(name, w -> {
      boolean named = !names.isEmpty();
      if (named) {
        w.header(t("code"), t("group"), t("group_name"), t("group_kind"));
      } else {
        w.header(t("code"), t("group"), t("group_kind"));
      }
      String kind = kind(data.partition().kind());
      for (Membership m : data.partition().memberships()) {
        w.row();
        w.text(0, m.comune().toString());
        w.text(1, m.group());
        if (named) {
          w.text(2, names.getOrDefault(m.group(), ""));
        }
        w.text(named ? 3 : 2, kind);
      }
    });
    return this;
  }

  /**
   * Adds an allocation (<i>riparto</i>): per recipient its weight, exact share, amount to the cent,
   * remainder, whether it got a spare cent and the bound that decided it; then the amounts' total as a
   * formula and as the library's total.
   *
   * @param name the sheet's name, not null
   * @param allocation not null
   * @return this writer
   */
  public XlsxWriter allocation(String name, Allocation allocation) {
    Objects.requireNonNull(allocation, "allocation");
    sheet(name, w -> {
      w.header(t("recipient"), t("weight"), t("exact_share"), t("amount"), t("remainder"), t("rounded_up"),
          t("binding"));
      int first = w.number() + 1;
      for (AllocationLine l : allocation.lines()) {
        w.row();
        w.text(0, l.recipient());
        w.decimal(1, l.weight());
        w.decimal(2, l.exactShare());
        w.euro(3, l.amount());
        w.decimal(4, l.remainderCents());
        w.text(5, t(l.roundedUp() ? "yes" : "no"));
        w.text(6, l.binding().name());
      }
      totals(w, first, 3, allocation.total(), Style.EURO_TOTAL);
    });
    return this;
  }

  /**
   * Adds a quota capitaria charge: per comune its residents, rate (in euro, with every decimal it has: a rate of
   * 1.125 € shows 1.125, not 1.13), amount and the services it keeps for itself; then residents and amounts
   * totalled as formulas and as the library's totals.
   *
   * @param name the sheet's name, not null
   * @param charge not null
   * @return this writer
   */
  public XlsxWriter quota(String name, QuotaCharge charge) {
    Objects.requireNonNull(charge, "charge");
    sheet(name, w -> {
      w.header(t("comune"), t("residents"), t("rate"), t("amount"), t("excluded"));
      int first = w.number() + 1;
      for (QuotaLine l : charge.lines()) {
        w.row();
        w.text(0, l.comune());
        w.count(1, l.residents());
        w.number(2, Cells.exact(l.rate()), Style.EURO_RATE);
        w.euro(3, l.amount());
        w.text(4, String.join("; ", new TreeSet<>(l.excluded())));
      }
      int last = w.number();
      w.row();
      w.label(0, t("total_formula"));
      w.formula(1, Cells.sum(1, first, last), charge.residents(), Style.COUNT_TOTAL);
      w.formula(3, Cells.sum(3, first, last), Cells.exact(charge.total().amount()), Style.EURO_TOTAL);
      w.row();
      w.label(0, t("total_lib"));
      w.count(1, charge.residents());
      w.euro(3, charge.total());
    });
    return this;
  }

  /**
   * Adds a co-payment table (<i>compartecipazione</i>): per user the ISEE, units, fee per unit and amount;
   * then the amounts totalled as a formula and as the library's total.
   *
   * @param name the sheet's name, not null
   * @param summary not null
   * @return this writer
   */
  public XlsxWriter copayments(String name, CopaymentSummary summary) {
    Objects.requireNonNull(summary, "summary");
    sheet(name, w -> {
      w.header(t("user"), t("isee"), t("units"), t("fee"), t("amount"));
      int first = w.number() + 1;
      for (CopaymentLine l : summary.lines()) {
        w.row();
        w.text(0, l.user().id());
        w.number(1, Cells.exact(l.user().isee()), Style.EURO);
        w.count(2, l.user().units());
        w.euro(3, l.fee());
        w.euro(4, l.amount());
      }
      totals(w, first, 4, summary.total(), Style.EURO_TOTAL);
    });
    return this;
  }

  private void totals(Cells.Writer w, int first, int column, Money library, Style style) {
    int last = w.number();
    w.row();
    w.label(0, t("total_formula"));
    w.formula(column, last < first ? "0" : "SUM(" + Cells.range(column, first, last) + ")",
        Cells.exact(library.amount()), style);
    w.row();
    w.label(0, t("total_lib"));
    w.euro(column, library);
  }

  /**
   * Adds a cruscotto: one sheet per level ({@code Livello 0 comune}, {@code Livello 1 ambito territoriale},
   * ...; {@code Level 0 municipality}, {@code Level 1 planning district} in English) with a row per
   * territory, year and indicator, its exact numerator and denominator and the comparison
   * with the parent territory; and one wide sheet per year ({@code Anno 2014}) with a row per territory and a
   * column per indicator. Values are the exact ratios, shown with one decimal (percentages as %), but for
   * indicators in euro (spending per resident), shown to the cent in the euro format; an
   * undefined value is an empty cell with its reason in the note column or in a cell comment, and so is an
   * undefined comparison with the parent territory (no ratio to a parent's value of 0).
   *
   * @param table not null
   * @return this writer
   */
  public XlsxWriter cruscotto(DashboardTable table) {
    Objects.requireNonNull(table, "table");
    Map<Integer, List<DashboardRow>> byLevel = new TreeMap<>();
    Map<Integer, Map<String, Map<String, DashboardRow>>> byYear = new TreeMap<>();
    Map<String, Indicator> indicators = new LinkedHashMap<>();
    for (DashboardRow r : table.rows()) {
      group(r, byLevel, byYear, indicators);
    }
    for (Map.Entry<Integer, List<DashboardRow>> e : byLevel.entrySet()) {
      levelSheet(e.getKey(), e.getValue());
    }
    for (Map.Entry<Integer, Map<String, Map<String, DashboardRow>>> e : byYear.entrySet()) {
      yearSheet(e.getKey(), e.getValue(), indicators);
    }
    return this;
  }

  /** Files a row by level, by year and territory, and its indicator; a method of its own as {@link #levelRow}. */
  private static void group(DashboardRow r, Map<Integer, List<DashboardRow>> byLevel,
      Map<Integer, Map<String, Map<String, DashboardRow>>> byYear, Map<String, Indicator> indicators) {
    byLevel.computeIfAbsent(r.level(), k -> new ArrayList<>()).add(r);
    byYear.computeIfAbsent(r.year(), k -> new LinkedHashMap<>())
        .computeIfAbsent(r.level() + "\u0000" + r.territory(), k -> new LinkedHashMap<>())
        .put(r.indicator().id(), r);
    indicators.putIfAbsent(r.indicator().id(), r.indicator());
  }

  private void levelSheet(int level, List<DashboardRow> rows) {
    sheet(t("level_sheet") + " " + level + " " + kind(rows.get(0).kind()), w -> {
      w.header(t("year"), t("territory_kind"), t("territory"), t("parent"), t("indicator"), t("indicator_name"),
          t("unit"), t("value"), t("numerator"), t("denominator"), t("multiplier"), t("parent_value"),
          t("difference"), t("ratio"), t("note"));
      for (DashboardRow r : rows) {
        levelRow(w, r);
      }
    });
  }

  /**
   * One row of a level's sheet, in a method of its own: a loop body run 90,000 times in one call would be
   * interpreted until the JIT compiler replaces it mid-loop (after some 60,000 iterations), while a method
   * called once per row is compiled after a few hundred calls.
   */
  private void levelRow(Cells.Writer w, DashboardRow r) {
    IndicatorValue v = r.value();
    w.row();
    w.year(0, r.year());
    w.shared(1, kind(r.kind()));
    w.text(2, r.territory());
    w.text(3, r.parent().orElse(""));
    w.shared(4, r.indicator().id());
    w.shared(5, name(r.indicator()));
    w.shared(6, unit(r.indicator().unit()));
    Style style = style(r.indicator());
    if (v.isDefined()) {
      w.number(7, shown(v.value(), r.indicator()), style);
      v.numerator().ifPresent(n -> w.decimal(8, n));
      v.denominator().ifPresent(d -> w.decimal(9, d));
      v.multiplier().ifPresent(m -> w.decimal(10, m));
    } else {
      w.text(14, undefinedNote(v));
    }
    String comparison = v.isDefined() ? undefinedComparison(r) : null;
    if (comparison != null) {
      w.text(14, comparison);
    }
    if (w.emitting()) {
      r.parentValue().filter(IndicatorValue::isDefined)
          .ifPresent(p -> w.number(11, shown(p.value(), r.indicator()), style));
      r.differenceFromParent().filter(IndicatorValue::isDefined)
          .ifPresent(d -> w.number(12, shown(d.value(), r.indicator()), style));
      r.ratioToParent().filter(IndicatorValue::isDefined).ifPresent(q -> w.number(13, q.value(), Style.DECIMAL));
    } else if (v.isDefined() && r.parentValue().filter(IndicatorValue::isDefined).isPresent()) {
      // laying out: the comparisons, exact arithmetic on every row, are not computed to learn that their
      // columns hold numbers (all numbers take the same width)
      w.number(11, 0, style);
      w.number(12, 0, style);
      w.number(13, 0, Style.DECIMAL);
    }
  }

  /**
   * Why a defined value's comparison with its parent is an empty cell, or null if the parent's value and the
   * ratio to it are defined: the parent's value undefined (then so are the difference and the ratio), or 0
   * (then the ratio is). Checked on the parent's value, so that the comparisons are computed only then.
   */
  private String undefinedComparison(DashboardRow r) {
    java.util.Optional<IndicatorValue> parent = r.parentValue();
    if (parent.isEmpty()) {
      return null;
    }
    if (!parent.get().isDefined()) {
      return t("parent_value") + ": " + undefinedNote(parent.get());
    }
    if (parent.get().value() != 0) {
      return null;
    }
    IndicatorValue ratio = r.ratioToParent().orElseThrow();
    return ratio.isDefined() ? null : t("ratio") + ": " + undefinedNote(ratio);
  }

  private void yearSheet(int year, Map<String, Map<String, DashboardRow>> territories,
      Map<String, Indicator> indicators) {
    sheet(t("year_sheet") + " " + year, w -> {
      List<String> header = new ArrayList<>(List.of(t("level"), t("territory_kind"), t("territory"), t("parent")));
      for (Indicator i : indicators.values()) {
        header.add(name(i) + " (" + unit(i.unit()) + ")");
      }
      w.header(header.toArray(String[]::new));
      w.freeze(3, 1);
      for (Map<String, DashboardRow> values : territories.values()) {
        yearRow(w, values, indicators);
      }
    });
  }

  /** One territory's row of a year's sheet, a method of its own as {@link #levelRow}. */
  private void yearRow(Cells.Writer w, Map<String, DashboardRow> values, Map<String, Indicator> indicators) {
    DashboardRow any = values.values().iterator().next();
    w.row();
    w.count(0, any.level());
    w.shared(1, kind(any.kind()));
    w.text(2, any.territory());
    w.text(3, any.parent().orElse(""));
    int column = 4;
    for (Indicator i : indicators.values()) {
      DashboardRow r = values.get(i.id());
      if (r != null) {
        IndicatorValue v = r.value();
        if (v.isDefined()) {
          w.number(column, shown(v.value(), i), style(i));
        } else {
          w.comment(column, undefinedNote(v));
        }
      }
      column++;
    }
  }

  /** A percentage as the fraction a % cell holds (19.5 % is 0.195); other units as computed. */
  private static double shown(double value, Indicator indicator) {
    return indicator.unit() == IndicatorUnit.PERCENT ? value / 100 : value;
  }

  /** What an undefined value's empty cell says, in its note column or comment: the reason and its detail. */
  private String undefinedNote(IndicatorValue v) {
    return t("undefined") + ": " + v.reason().map(Enum::name).orElse("") + " - " + v.detail();
  }

  private Style style(Indicator indicator) {
    return indicator.unit() == IndicatorUnit.PERCENT ? Style.PERCENT
        : indicator.unit() == IndicatorUnit.EURO ? Style.EURO : Style.INDICATOR;
  }

  /**
   * Writes the workbook to a file, replacing it; the formulas are marked for recomputing when opened.
   *
   * @param file not null
   * @throws IOException if writing fails
   * @throws IllegalStateException if no sheet was added
   */
  public void write(Path file) throws IOException {
    Objects.requireNonNull(file, "file");
    try (OutputStream out = Files.newOutputStream(file)) {
      write(out);
    }
  }

  /**
   * Writes the workbook to a stream, which is not closed; a writer writes once.
   *
   * @param out not null
   * @throws IOException if writing fails
   * @throws IllegalStateException if no sheet was added
   */
  public void write(OutputStream out) throws IOException {
    Objects.requireNonNull(out, "out");
    if (sheets.isEmpty()) {
      throw new IllegalStateException("no sheet to write");
    }
    FastDeflateWorkbook b = makeSheets();
    b.setForceFormulaRecalculation(true);
    b.write(out);
  }

  /** Releases the workbook. */
  @Override
  public void close() throws IOException {
    FastDeflateWorkbook b;
    try {
      b = book();
    } catch (IllegalStateException e) {
      return; // no workbook was made: nothing to release
    }
    b.close();
  }

  @Override
  public String toString() {
    return "XlsxWriter[" + labels + ", " + sheets.size() + " sheets]";
  }
}
