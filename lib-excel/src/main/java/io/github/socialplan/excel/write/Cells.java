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
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

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

  Cells(SXSSFWorkbook book, FastSheetDataWriter.Texts texts) {
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

  private CellStyle numeric(SXSSFWorkbook book, String format, Font font) {
    CellStyle s = book.createCellStyle();
    s.setDataFormat(helper.createDataFormat().getFormat(format));
    if (font != null) {
      s.setFont(font);
    }
    return s;
  }

  /** One sheet being written. */
  final class Writer {
    final Sheet sheet;
    private int[] widths = new int[16];
    private Drawing<?> drawing;
    private int next;
    Row row;

    Writer(Sheet sheet) {
      this.sheet = sheet;
    }

    /** Starts the next row; returns its 1-based number. */
    int row() {
      row = sheet.createRow(next++);
      return next;
    }

    /** The 1-based number of the current row. */
    int number() {
      return next;
    }

    void header(String... names) {
      row();
      for (int i = 0; i < names.length; i++) {
        Cell c = row.createCell(i);
        c.setCellValue(names[i]);
        c.setCellStyle(header);
        width(i, Math.min(names[i].length(), 24));
      }
      sheet.createFreezePane(0, 1);
    }

    void text(int column, String value) {
      if (value == null || value.isEmpty()) {
        return;
      }
      Cell c = row.createCell(column);
      c.setCellValue(value);
      c.setCellStyle(text);
      width(column, value.length());
    }

    /** A text repeated on many rows (a name, a unit), written once in the shared-strings table. */
    void shared(int column, String value) {
      if (value != null && !value.isEmpty()) {
        texts.share(value);
        text(column, value);
      }
    }

    void label(int column, String value) {
      Cell c = row.createCell(column);
      c.setCellValue(value);
      c.setCellStyle(label);
      width(column, value.length());
    }

    void count(int column, long value) {
      Cell c = row.createCell(column);
      c.setCellValue(value);
      c.setCellStyle(count);
      width(column, 12);
    }

    void number(int column, double value, CellStyle style) {
      Cell c = row.createCell(column);
      c.setCellValue(value);
      c.setCellStyle(style);
      width(column, 10);
    }

    /** A decimal that needs no exactness past 15 digits (a weight, an exact share), as a double. */
    void decimal(int column, BigDecimal value) {
      number(column, value.doubleValue(), decimal);
      width(column, plainLength(value));
    }

    void euro(int column, Money value) {
      number(column, exact(value.amount()), euro);
      width(column, value.toString().length() + 4);
    }

    /** A formula with the value the library computed as its saved result; a spreadsheet recomputes it. */
    void formula(int column, String formula, double libraryValue, CellStyle style) {
      Cell c = row.createCell(column);
      c.setCellFormula(formula);
      c.setCellValue(libraryValue);
      c.setCellStyle(style);
      width(column, 14);
    }

    void comment(int column, String note) {
      if (drawing == null) {
        drawing = sheet.createDrawingPatriarch();
      }
      Cell c = row.getCell(column);
      if (c == null) {
        c = row.createCell(column);
      }
      ClientAnchor anchor = helper.createClientAnchor();
      anchor.setCol1(column);
      anchor.setCol2(column + 3);
      anchor.setRow1(row.getRowNum());
      anchor.setRow2(row.getRowNum() + 3);
      Comment comment = drawing.createCellComment(anchor);
      comment.setString(helper.createRichTextString(note));
      c.setCellComment(comment);
    }

    private void width(int column, int chars) {
      if (column >= widths.length) {
        widths = java.util.Arrays.copyOf(widths, Math.max(column + 1, widths.length * 2));
      }
      if (chars > widths[column]) {
        widths[column] = chars;
      }
    }

    /** Sets each column's width from its widest text, 8 to 60 characters. */
    void finish() {
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
