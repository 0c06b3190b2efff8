package io.github.socialplan.excel.write;

import io.github.socialplan.core.money.Money;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.ClientAnchor;
import org.apache.poi.ss.usermodel.Comment;
import org.apache.poi.ss.usermodel.CreationHelper;
import org.apache.poi.ss.usermodel.Drawing;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.model.SharedStringsTable;
import org.apache.poi.xssf.usermodel.XSSFSheet;

/**
 * The styles of a workbook and the writing of one sheet's cells: text, counts, euro to the cent, indicator
 * values, formulas. A sheet is laid out without the workbook (each column's widest text, the frozen panes,
 * the comments, the shared texts, every check of the values), which lets Apache POI's workbook be made
 * meanwhile on another thread, and the layout is applied to POI's sheet when the workbook is written.
 */
final class Cells {

  /** The most significant digits a spreadsheet keeps: larger amounts would lose cents. */
  static final BigDecimal MAX_AMOUNT = new BigDecimal("10000000000000");

  private Cells() {}

  /** The cell styles of a workbook, made once per workbook by {@link #makeStyles}. */
  enum Style {
    /** Bold on grey, wrapped, a line beneath. */
    HEADER,
    /** Text ({@code @}). */
    TEXT,
    /** Euro with two decimals. */
    EURO,
    /** Euro with two decimals, bold. */
    EURO_TOTAL,
    /** A whole number with thousands separators. */
    COUNT,
    /** A whole number with thousands separators, bold. */
    COUNT_TOTAL,
    /** A number as it is ({@code General}). */
    DECIMAL,
    /** An indicator with one decimal. */
    INDICATOR,
    /** A percentage with one decimal. */
    PERCENT,
    /** A bold label. */
    LABEL,
    /**
     * Euro with two decimals or as many more as the amount has (a rate per resident of 1.125 €): a rate
     * finer than a cent shown rounded to the cent would not be the one the amounts are computed from.
     */
    EURO_RATE,
    /** A year, a whole number without thousands separators ({@code 2024}, not {@code 2,024} or {@code 2.024}). */
    YEAR
  }

  /**
   * Makes the styles in a workbook.
   *
   * @param book not null, the workbook the styles are for
   * @return each style's index in the workbook, by {@link Style#ordinal()}
   */
  static int[] makeStyles(Workbook book) {
    CreationHelper helper = book.getCreationHelper();
    Font bold = book.createFont();
    bold.setBold(true);
    CellStyle header = book.createCellStyle();
    header.setFont(bold);
    header.setWrapText(true);
    header.setVerticalAlignment(VerticalAlignment.TOP);
    header.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
    header.setFillPattern(FillPatternType.SOLID_FOREGROUND);
    header.setBorderBottom(BorderStyle.THIN);
    CellStyle text = book.createCellStyle();
    text.setDataFormat(helper.createDataFormat().getFormat("@"));
    CellStyle euro = numeric(book, "#,##0.00\\ \"€\"", null);
    CellStyle euroTotal = numeric(book, "#,##0.00\\ \"€\"", bold);
    CellStyle count = numeric(book, "#,##0", null);
    CellStyle countTotal = numeric(book, "#,##0", bold);
    CellStyle decimal = numeric(book, "General", null);
    CellStyle indicator = numeric(book, "0.0", null);
    CellStyle percent = numeric(book, "0.0%", null);
    CellStyle label = book.createCellStyle();
    label.setFont(bold);
    CellStyle euroRate = numeric(book, "#,##0.00#############\\ \"€\"", null);
    CellStyle year = numeric(book, "0", null);
    CellStyle[] all = {header, text, euro, euroTotal, count, countTotal, decimal, indicator, percent, label,
        euroRate, year};
    int[] indexes = new int[all.length];
    for (int i = 0; i < all.length; i++) {
      indexes[i] = all[i].getIndex() & 0xffff;
    }
    return indexes;
  }

  private static CellStyle numeric(Workbook book, String format, Font font) {
    CellStyle s = book.createCellStyle();
    s.setDataFormat(book.getCreationHelper().createDataFormat().getFormat(format));
    if (font != null) {
      s.setFont(font);
    }
    return s;
  }

  /**
   * One pass over a sheet's rows. A sheet is gone through twice: first to lay it out (column widths from the
   * widest text, comments, frozen panes, shared texts, and every check of the values), then, while the
   * workbook is written, to write its cells straight into the file ({@link FastSheetDataWriter}). Both passes
   * count the rows alike, so that formulas name the same cells.
   */
  static final class Writer {
    private final String sheet;
    /** The texts to share, noted while laying out, in order. */
    private final Set<String> shared = new LinkedHashSet<>();
    /** The cells' output, or null while laying the sheet out. */
    private final FastSheetDataWriter out;
    /** Each style's index in the workbook, when writing. */
    private final int[] styles;
    private int[] widths = new int[16];
    private int firstColumn = Integer.MAX_VALUE;
    private int lastColumn = -1;
    /** The frozen panes asked for, as pairs of columns and rows, in order. */
    private final List<int[]> freezes = new ArrayList<>();
    /** The comments, in order. */
    private final List<Note> comments = new ArrayList<>();
    private int next;

    /** A comment on a cell: its column, its 0-based row and its text. */
    private record Note(int column, int row, String text) {}

    /**
     * A writer that lays a sheet out.
     *
     * @param sheet the sheet's name, not null
     */
    Writer(String sheet) {
      this.sheet = sheet;
      this.out = null;
      this.styles = null;
    }

    /**
     * A writer of a sheet's cells.
     *
     * @param sheet the sheet's name, not null
     * @param out the writer of its cells, not null
     * @param styles each style's index in the workbook, from {@link #makeStyles}
     */
    Writer(String sheet, FastSheetDataWriter out, int[] styles) {
      this.sheet = sheet;
      this.out = out;
      this.styles = styles;
    }

    /** Starts the next row; returns its 1-based number. */
    int row() {
      if (out != null) {
        try {
          out.row(next);
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
      } else if (next > FastSheetDataWriter.LAST_ROW) {
        throw new IllegalArgumentException("a sheet holds at most " + (FastSheetDataWriter.LAST_ROW + 1)
            + " rows; sheet '" + sheet + "' needs more");
      }
      return ++next;
    }

    /** The 1-based number of the current row. */
    int number() {
      return next;
    }

    /** Whether this pass makes the cells; the other lays the sheet out and needs no computed values. */
    boolean emitting() {
      return out != null;
    }

    /** The index of a style in the workbook, as a cell refers to it. */
    private int index(Style style) {
      return styles[style.ordinal()];
    }

    void header(String... names) {
      row();
      for (int i = 0; i < names.length; i++) {
        put(i, names[i], Style.HEADER);
        width(i, Math.min(names[i].length(), 24));
      }
      freeze(0, 1);
    }

    /** Freezes the columns left of and the rows above a cell. */
    void freeze(int columns, int rows) {
      if (out == null) {
        freezes.add(new int[] {columns, rows});
      }
    }

    void text(int column, String value) {
      if (value == null || value.isEmpty()) {
        return;
      }
      put(column, value, Style.TEXT);
      width(column, value.length());
    }

    /** A text cell; while laying out, checks that a cell holds it. */
    private void put(int column, String value, Style style) {
      if (out != null) {
        out.text(column, value, index(style));
      } else if (value.length() > FastSheetDataWriter.MAX_TEXT) {
        throw new IllegalArgumentException("a cell holds at most " + FastSheetDataWriter.MAX_TEXT
            + " characters; sheet '" + sheet + "', row " + next + " has a text of "
            + value.length() + ": " + value.substring(0, 40) + "...");
      }
    }

    /**
     * A text repeated on many rows (a name, a unit), written once in the shared-strings table, which is
     * complete before the workbook is written: the texts join it while the sheet is laid out.
     */
    void shared(int column, String value) {
      if (value != null && !value.isEmpty()) {
        if (out == null) {
          shared.add(value);
        }
        text(column, value);
      }
    }

    void label(int column, String value) {
      put(column, value, Style.LABEL);
      width(column, value.length());
    }

    void count(int column, long value) {
      if (out != null) {
        out.number(column, value, index(Style.COUNT));
      }
      width(column, 12);
    }

    /** A year: a count shown without thousands separators, which a year does not have. */
    void year(int column, int value) {
      if (out != null) {
        out.number(column, value, index(Style.YEAR));
      }
      width(column, 12);
    }

    void number(int column, double value, Style style) {
      if (out != null) {
        out.number(column, value, index(style));
      }
      width(column, 10);
    }

    /** A decimal that needs no exactness past 15 digits (a weight, an exact share), as a double. */
    void decimal(int column, BigDecimal value) {
      if (out != null) {
        number(column, value.doubleValue(), Style.DECIMAL);
      } else {
        width(column, Math.max(10, plainLength(value)));
      }
    }

    void euro(int column, Money value) {
      double amount = exact(value.amount()); // checked in both passes: a bad amount fails while laying out
      if (out != null) {
        number(column, amount, Style.EURO);
      } else {
        width(column, Math.max(10, value.toString().length() + 4));
      }
    }

    /** A formula with the value the library computed as its saved result; a spreadsheet recomputes it. */
    void formula(int column, String formula, double libraryValue, Style style) {
      if (out != null) {
        out.formula(column, formula, libraryValue, index(style));
      }
      width(column, 14);
    }

    /**
     * A comment on a cell of the current row; the cell, if still empty, is written empty. The comment is
     * noted while the sheet is laid out: comments are a part of the workbook written before the rows.
     */
    void comment(int column, String note) {
      if (out != null) {
        out.blank(column);
        return;
      }
      used(column);
      comments.add(new Note(column, next - 1, note));
    }

    private void width(int column, int chars) {
      if (out != null) {
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
    private CellRangeAddress dimension() {
      return next == 0 || lastColumn < 0 ? null : new CellRangeAddress(0, next - 1, firstColumn, lastColumn);
    }

    /** Ends the pass: when writing, writes the last row. */
    void finish() {
      if (out != null) {
        try {
          out.finish();
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
      }
    }

    /**
     * Applies the layout to POI's sheet: the shared texts join the workbook's, then the frozen panes, the
     * comments, each column's width from its widest text (8 to 60 characters), and the range of the cells,
     * which the sheet's head states before its rows.
     *
     * @param poi the sheet, not null
     * @param head the same sheet as POI's workbook keeps it, whose head is written before the rows
     * @param texts the workbook's shared texts, not null
     * @param table the workbook's shared-strings table, not null
     */
    void apply(Sheet poi, XSSFSheet head, FastSheetDataWriter.Texts texts, SharedStringsTable table) {
      for (String text : shared) {
        texts.share(text);
      }
      texts.addTo(table);
      CreationHelper helper = poi.getWorkbook().getCreationHelper();
      for (int[] f : freezes) {
        poi.createFreezePane(f[0], f[1]);
      }
      if (!comments.isEmpty()) {
        Drawing<?> drawing = poi.createDrawingPatriarch();
        for (Note c : comments) {
          ClientAnchor anchor = helper.createClientAnchor();
          anchor.setCol1(c.column);
          anchor.setCol2(c.column + 3);
          anchor.setRow1(c.row);
          anchor.setRow2(c.row + 3);
          Comment comment = drawing.createCellComment(anchor);
          comment.setString(helper.createRichTextString(c.text));
        }
      }
      for (int col = 0; col < widths.length; col++) {
        if (widths[col] > 0) {
          poi.setColumnWidth(col, Math.max(8, Math.min(60, widths[col] + 2)) * 256);
        }
      }
      CellRangeAddress dimension = dimension();
      if (dimension != null) {
        head.setDimensionOverride(dimension);
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

  /**
   * The sum of a column's rows {@code firstRow..lastRow}, or {@code 0} if there are none: {@code SUM(B2:B1)}
   * would be the range {@code B1:B2}, the header and the total's own row.
   */
  static String sum(int column, int firstRow, int lastRow) {
    return lastRow < firstRow ? "0" : "SUM(" + range(column, firstRow, lastRow) + ")";
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
