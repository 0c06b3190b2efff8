package io.github.socialplan.excel.read;

import io.github.socialplan.core.io.DataFileException;
import io.github.socialplan.core.io.PlanTableReader;
import io.github.socialplan.core.io.TableRows;
import io.github.socialplan.core.plan.Plan;
import io.github.socialplan.excel.Labels;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * Reads a plan's budget from a sheet (<i>bilancio del piano</i>) laid out as {@link PlanTableReader} reads
 * CSV ({@code kind, line, <year>...}) or as {@link io.github.socialplan.excel.write.XlsxWriter#plan} writes
 * it, with Italian or English labels: {@code Tipo} / {@code Voce} for the first two columns, {@code Entrata}
 * and {@code Spesa} for the lines, {@code Totale entrate pubblicato} and {@code Totale spese pubblicato} for
 * the published totals. The rows of the balance check (sums, balance, differences) are left out: the plan
 * reader computes them again. A {@code Nota} column is left out.
 *
 * <pre>{@code
 * try (XlsxWorkbook book = XlsxWorkbook.open(Path.of("piano.xlsx"))) {
 *   Plan plan = PlanSheet.read(book, "Bilancio",
 *       PlanTableReader.of("pdz-cremona-2015-2017", "Piano di Zona 2015-2017", "ambito-cremona"));
 * }
 * }</pre>
 *
 * <p>Errors are those of {@link PlanTableReader}, naming the workbook and cell ({@code Bilancio!C7}).
 * This class is stateless and thread-safe.
 */
public final class PlanSheet {

  private static final Set<String> LINES = Set.of("revenue", "expenditure", "total_revenue", "total_expenditure");

  private static final Set<String> CHECKS = Set.of("sum_revenue", "sum_revenue_lib", "sum_expenditure",
      "sum_expenditure_lib", "balance", "balance_lib", "gap_revenue", "gap_revenue_lib", "gap_expenditure",
      "gap_expenditure_lib");

  private PlanSheet() {}

  /**
   * Reads a sheet with a plan reader's fund and area mappings.
   *
   * @param book an open workbook, not null
   * @param sheet the sheet's name, not null
   * @param reader the plan reader, not null
   * @return the plan
   * @throws IOException if the workbook cannot be read
   * @throws DataFileException if the sheet is missing or its content is not a valid plan table
   */
  public static Plan read(XlsxWorkbook book, String sheet, PlanTableReader reader) throws IOException {
    Objects.requireNonNull(book, "book");
    Objects.requireNonNull(reader, "reader");
    try (SheetRows rows = book.sheet(sheet)) {
      return reader.read(new Translated(rows));
    }
  }

  /** The sheet's rows with labels in the plan reader's terms, the check rows and the note column left out. */
  private static final class Translated implements TableRows {
    private final SheetRows rows;
    private int note = -1;
    private boolean header = true;

    Translated(SheetRows rows) {
      this.rows = rows;
    }

    @Override
    public List<String> next() throws IOException {
      for (List<String> row = rows.next(); row != null; row = rows.next()) {
        List<String> out = new ArrayList<>(row);
        if (header) {
          header = false;
          for (int i = 0; i < out.size(); i++) {
            String key = Labels.keyOf(out.get(i));
            if ("note".equals(key)) {
              note = i;
            } else if ("kind".equals(key) || "line".equals(key)) {
              out.set(i, key);
            }
          }
        } else if (!out.isEmpty()) {
          String key = Labels.keyOf(out.get(0));
          if (key != null && LINES.contains(key)) {
            out.set(0, key);
          } else if (key != null && CHECKS.contains(key)) {
            continue; // a row of the balance check, computed from the lines
          }
        }
        if (note >= 0 && note < out.size()) {
          out.remove(note);
        }
        return out;
      }
      return null;
    }

    @Override
    public String source() {
      return rows.source();
    }

    @Override
    public int line() {
      return rows.line();
    }

    @Override
    public String where(int column) {
      return rows.where(note >= 0 && column >= note ? column + 1 : column);
    }

    @Override
    public void close() throws IOException {
      rows.close();
    }
  }
}
