package io.github.socialplan.excel.write;

import io.github.socialplan.core.money.Money;
import java.math.BigDecimal;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.ClientAnchor;
import org.apache.poi.ss.usermodel.Comment;
import org.apache.poi.ss.usermodel.CreationHelper;
import org.apache.poi.ss.usermodel.Drawing;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.ss.usermodel.Workbook;

/**
 * The styles of one workbook and the writing of one sheet's cells: text, counts, euro to the cent, indicator
 * values, formulas; it tracks each column's widest text to set the column widths at the end.
 */
final class Cells {

  /** The most significant digits a spreadsheet keeps: larger amounts would lose cents. */
  static final BigDecimal MAX_AMOUNT = new BigDecimal("10000000000000");

  final CellStyle header;
  final CellStyle text;
  final CellStyle euro;
  final CellStyle euroTotal;
  final CellStyle count;
  final CellStyle countTotal;
  final CellStyle decimal;
  final CellStyle indicator;
  final CellStyle percent;
  final CellStyle label;
  private final CreationHelper helper;
  private final FastSheetDataWriter.Texts texts;

  Cells(Workbook book, FastSheetDataWriter.Texts texts) {
    this.texts = texts;
    helper = book.getCreationHelper();
    Font bold = book.createFont();
    bold.setBold(true);
    header = book.createCellStyle();
    header.setFont(bold);
    header.setWrapText(true);
    header.setVerticalAlignment(VerticalAlignment.TOP);
    header.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
    header.setFillPattern(FillPatternType.SOLID_FOREGROUND);
    header.setBorderBottom(BorderStyle.THIN);
    text = book.createCellStyle();
    text.setDataFormat(helper.createDataFormat().getFormat("@"));
    euro = numeric(book, "#,##0.00\\ \"€\"", null);
    euroTotal = numeric(book, "#,##0.00\\ \"€\"", bold);
    count = numeric(book, "#,##0", null);
    countTotal = numeric(book, "#,##0", bold);
    decimal = numeric(book, "General", null);
    indicator = numeric(book, "0.0", null);
    percent = numeric(book, "0.0%", null);
    label = book.createCellStyle();
    label.setFont(bold);
  }

  private CellStyle numeric(Workbook book, String format, Font font) {
    CellStyle s = book.createCellStyle();
    s.setDataFormat(helper.createDataFormat().getFormat(format));
    if (font != null) {
      s.setFont(font);
    }
    return s;
  }

  /**
   * One pass over a sheet's rows. A sheet is gone through twice: first to lay it out ({@code emit} false:
   * column widths from the widest text, comments, frozen panes, shared texts, and every check of the values),
   * then, while the workbook is written, to make its cells ({@code emit} true), which go straight into the
   * file. Both passes count the rows alike, so that formulas name the same cells.
   */
  final class Writer {
    final Sheet sheet;
    private final boolean emit;
    private int[] widths = new int[16];
    private int firstColumn = Integer.MAX_VALUE;
    private int lastColumn = -1;
    private Drawing<?> drawing;
    private int next;
    private Row row;

    /**
     * @param sheet the sheet, not null
     * @param emit true to make the cells, false to lay the sheet out
     */
    Writer(Sheet sheet, boolean emit) {
      this.sheet = sheet;
      this.emit = emit;
    }

    /** Starts the next row; returns its 1-based number. */
    int row() {
      if (emit) {
        row = sheet.createRow(next);
      }
      return ++next;
    }

    /** The 1-based number of the current row. */
    int number() {
      return next;
    }

    /** Whether this pass makes the cells; the other lays the sheet out and needs no computed values. */
    boolean emitting() {
      return emit;
    }

    /** A new cell of the current row with a style, or null when laying the sheet out. */
    private Cell cell(int column, CellStyle style) {
      if (!emit) {
        return null;
      }
      Cell c = row.createCell(column);
      c.setCellStyle(style);
      return c;
    }

    void header(String... names) {
      row();
      for (int i = 0; i < names.length; i++) {
        Cell c = cell(i, header);
        if (c != null) {
          c.setCellValue(names[i]);
        }
        width(i, Math.min(names[i].length(), 24));
      }
      freeze(0, 1);
    }

    /** Freezes the columns left of and the rows above a cell. */
    void freeze(int columns, int rows) {
      if (!emit) {
        sheet.createFreezePane(columns, rows);
      }
    }

    void text(int column, String value) {
      if (value == null || value.isEmpty()) {
        return;
      }
      Cell c = cell(column, text);
      if (c != null) {
        c.setCellValue(value);
      }
      width(column, value.length());
    }

    /**
     * A text repeated on many rows (a name, a unit), written once in the shared-strings table, which is
     * complete before the workbook is written: the texts join it while the sheet is laid out.
     */
    void shared(int column, String value) {
      if (value != null && !value.isEmpty()) {
        if (!emit) {
          texts.share(value);
        }
        text(column, value);
      }
    }

    void label(int column, String value) {
      Cell c = cell(column, label);
      if (c != null) {
        c.setCellValue(value);
      }
      width(column, value.length());
    }

    void count(int column, long value) {
      Cell c = cell(column, count);
      if (c != null) {
        c.setCellValue(value);
      }
      width(column, 12);
    }

    void number(int column, double value, CellStyle style) {
      Cell c = cell(column, style);
      if (c != null) {
        c.setCellValue(value);
      }
      width(column, 10);
    }

    /** A decimal that needs no exactness past 15 digits (a weight, an exact share), as a double. */
    void decimal(int column, BigDecimal value) {
      if (emit) {
        number(column, value.doubleValue(), decimal);
      } else {
        width(column, Math.max(10, plainLength(value)));
      }
    }

    void euro(int column, Money value) {
      double amount = exact(value.amount()); // checked in both passes: a bad amount fails while laying out
      if (emit) {
        number(column, amount, euro);
      } else {
        width(column, Math.max(10, value.toString().length() + 4));
      }
    }

    /** A formula with the value the library computed as its saved result; a spreadsheet recomputes it. */
    void formula(int column, String formula, double libraryValue, CellStyle style) {
      Cell c = cell(column, style);
      if (c != null) {
        c.setCellFormula(formula);
        c.setCellValue(libraryValue);
      }
      width(column, 14);
    }

    /**
     * A comment on a cell of the current row; the cell, if still empty, is written empty. The comment is
     * made while the sheet is laid out: comments are a part of the workbook written before the rows.
     */
    void comment(int column, String note) {
      if (emit) {
        if (row.getCell(column) == null) {
          row.createCell(column);
        }
        return;
      }
      used(column);
      if (drawing == null) {
        drawing = sheet.createDrawingPatriarch();
      }
      ClientAnchor anchor = helper.createClientAnchor();
      anchor.setCol1(column);
      anchor.setCol2(column + 3);
      anchor.setRow1(next - 1);
      anchor.setRow2(next + 2);
      Comment comment = drawing.createCellComment(anchor);
      comment.setString(helper.createRichTextString(note));
    }

    private void width(int column, int chars) {
      if (emit) {
        return; // the widths are set while laying out
      }
      used(column);
      if (column >= widths.length) {
        widths = java.util.Arrays.copyOf(widths, Math.max(column + 1, widths.length * 2));
      }
      if (chars > widths[column]) {
        widths[column] = chars;
      }
    }

    /** Notes a column that has a cell. */
    private void used(int column) {
      firstColumn = Math.min(firstColumn, column);
      lastColumn = Math.max(lastColumn, column);
    }

    /**
     * The range of the sheet's cells, as laid out, or null if it has none: the dimension a workbook states
     * before its rows, which some readers trust to size a sheet.
     */
    CellRangeAddress dimension() {
      return next == 0 || lastColumn < 0 ? null : new CellRangeAddress(0, next - 1, firstColumn, lastColumn);
    }

    /** Sets each column's width from its widest text, 8 to 60 characters, once the sheet is laid out. */
    void finish() {
      if (emit) {
        return;
      }
      for (int col = 0; col < widths.length; col++) {
        if (widths[col] > 0) {
          sheet.setColumnWidth(col, Math.max(8, Math.min(60, widths[col] + 2)) * 256);
        }
      }
    }
  }

  /** The length of {@link BigDecimal#toPlainString()}, without making the string. */
  static int plainLength(BigDecimal value) {
    int precision = value.precision();
    int scale = value.scale();
    if (value.signum() == 0) {
      return scale <= 0 ? 1 : scale + 2; // "0", "0.00"
    }
    int digits = scale <= 0 ? precision - scale : Math.max(precision, scale + 1) + 1;
    return value.signum() < 0 ? digits + 1 : digits;
  }

  static String ref(int column, int row) {
    return CellReference.convertNumToColString(column) + row;
  }

  static String range(int column, int firstRow, int lastRow) {
    return ref(column, firstRow) + ":" + ref(column, lastRow);
  }

  /** A decimal as a double that a spreadsheet shows exactly; refuses amounts past 15 significant digits. */
  static double exact(BigDecimal value) {
    if (value.abs().compareTo(MAX_AMOUNT) >= 0 || value.stripTrailingZeros().precision() > 15) {
      throw new IllegalArgumentException("a spreadsheet keeps 15 significant digits, fewer than "
          + value.toPlainString() + " needs");
    }
    return value.doubleValue();
  }
}
