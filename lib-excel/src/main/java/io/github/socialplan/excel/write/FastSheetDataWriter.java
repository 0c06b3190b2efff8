package io.github.socialplan.excel.write;

import java.io.IOException;
import java.io.OutputStream;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.poi.ss.SpreadsheetVersion;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.model.SharedStringsTable;
import org.apache.poi.xssf.usermodel.XSSFRichTextString;

/**
 * Writes a streamed sheet's rows, the {@code <sheetData>} of its part, straight into the workbook's zip
 * stream, in the XML Apache POI's streaming writer ({@code SheetDataWriter}) writes for the same cells, without
 * POI's row and cell objects. Profiles of the all-Italy cruscotto (1.4 million cells) put most of the writing
 * time in those objects and in POI's per-cell output (a cell reference object per cell, every character of a
 * text written and escaped one at a time through a synchronized writer): here a row is made in one buffer,
 * column letters cached, and written in blocks.
 *
 * <p>A text is written inline, escaped as POI escapes it, unless it is one of the workbook's {@link Texts},
 * the few texts repeated on many rows (a cruscotto's indicator names and units): those are written once in
 * the shared-strings table and referred to by their index, a third of the bytes to write, deflate and read
 * back. A number leaves out the type attribute ({@code t="n"} is the default) and a whole number is written
 * without {@code .0} ({@code 2025}, not {@code 2025.0}); a non-finite number is the error cell POI makes of it
 * ({@code #DIV/0!} for an infinity, {@code #NUM!} for NaN). A formula and its saved result are written as POI
 * writes them. Cells may be given in any order: a row's cells are written by column, a later cell replacing an
 * earlier one of the same column, as POI's rows keep them.
 */
final class FastSheetDataWriter {

  /** Whole numbers below this magnitude are written as integers: doubles are exact integers up to 2^53. */
  private static final double WHOLE_LIMIT = 1e15;

  /** The last row index a workbook has. */
  static final int LAST_ROW = SpreadsheetVersion.EXCEL2007.getLastRowIndex();

  /** The most characters a cell holds. */
  static final int MAX_TEXT = SpreadsheetVersion.EXCEL2007.getMaxTextLength();

  /** Characters gathered before they go to the writer's thread: a few hundred rows. */
  private static final int BLOCK = 64 * 1024;

  private final BackgroundWriter out;
  private final Texts texts;
  /** The rows not yet handed to the encoder. */
  private final StringBuilder xml = new StringBuilder(BLOCK + 1024);
  /** The current row's cells, as given. */
  private final StringBuilder cells = new StringBuilder(256);
  private String[] columns = new String[16];
  /** Per column, where its cell starts and ends in {@link #cells}; -1 if the row has none. */
  private int[] starts = new int[16];
  private int[] ends = new int[16];
  private int lastColumn = -1;
  private boolean ordered = true;
  private String row;

  /**
   * A writer of one sheet's rows; the rows are encoded and deflated on a thread of its own
   * ({@link BackgroundWriter}) until {@link #finish()} or {@link #abort()}.
   *
   * @param out the sheet's entry in the workbook's zip stream, left open
   * @param texts the workbook's shared texts, the same for all its sheets
   */
  FastSheetDataWriter(OutputStream out, Texts texts) {
    this.out = new BackgroundWriter(out, BLOCK + 1024);
    this.texts = texts;
    Arrays.fill(starts, -1);
  }

  /**
   * The texts of a workbook that are repeated on many rows, each added once to its shared-strings table.
   * Only these: adding a text to Apache POI's table costs some 30 microseconds, more than writing it inline
   * a few times. The table's total count of references is then its count of texts (the attribute is
   * optional and spreadsheet applications do not rely on it). Texts are noted while the sheets are laid out
   * and join the table, in that order, when it is there.
   */
  static final class Texts {
    /** Each text and its index in the table, as text; null until it joins the table. */
    private final Map<String, String> indexes = new LinkedHashMap<>();

    /** Makes a text one of the shared texts. */
    void share(String text) {
      indexes.putIfAbsent(text, null);
    }

    /** Adds the texts noted since the last call to the table, in the order they were noted. */
    void addTo(SharedStringsTable table) {
      for (Map.Entry<String, String> e : indexes.entrySet()) {
        if (e.getValue() == null) {
          e.setValue(Integer.toString(table.addSharedStringItem(new XSSFRichTextString(e.getKey()))));
        }
      }
    }

    /** The text's index in the table, as text, or null if it is not shared. */
    String index(String text) {
      return indexes.get(text);
    }
  }

  /**
   * Starts a row, ending the one before.
   *
   * @param rownum the row's index, 0 to the last row a workbook has (checked while the sheet is laid out)
   */
  void row(int rownum) throws IOException {
    endRow();
    row = Integer.toString(rownum + 1);
  }

  /** Writes the current row, if any, its cells in column order. */
  private void endRow() throws IOException {
    if (row == null) {
      return;
    }
    StringBuilder b = xml;
    b.append("<row r=\"").append(row).append("\">\n");
    if (ordered) {
      b.append(cells);
    } else {
      for (int c = 0; c <= lastColumn; c++) {
        if (starts[c] >= 0) {
          b.append(cells, starts[c], ends[c]);
        }
      }
    }
    b.append("</row>\n");
    for (int c = 0; c <= lastColumn; c++) {
      starts[c] = -1;
    }
    cells.setLength(0);
    lastColumn = -1;
    ordered = true;
    row = null;
    if (b.length() >= BLOCK) {
      flushBlock();
    }
  }

  private void flushBlock() throws IOException {
    if (xml.length() > 0) {
      out.write(xml);
      xml.setLength(0);
    }
  }

  /** Starts a cell: its reference and style; returns the buffer to go on with. */
  private StringBuilder open(int column, int style) {
    if (column >= starts.length) {
      int old = starts.length;
      int size = Math.max(column + 1, old * 2);
      starts = Arrays.copyOf(starts, size);
      ends = Arrays.copyOf(ends, size);
      Arrays.fill(starts, old, size, -1);
    }
    if (column <= lastColumn) {
      ordered = false;
    } else {
      lastColumn = column;
    }
    StringBuilder b = cells;
    starts[column] = b.length();
    b.append("<c r=\"").append(column(column)).append(row).append('"');
    if (style != 0) {
      b.append(" s=\"").append(style).append('"');
    }
    return b;
  }

  private void close(int column) {
    ends[column] = cells.length();
  }

  /**
   * A number cell.
   *
   * @param column 0 to the last column a workbook has
   * @param value any double; a non-finite one makes an error cell, as POI does
   * @param style the cell style's index in the workbook
   */
  void number(int column, double value, int style) {
    StringBuilder b = open(column, style);
    if (Double.isFinite(value)) {
      b.append("><v>");
      number(b, value);
      b.append("</v></c>");
    } else {
      b.append(" t=\"e\"><v>").append(Double.isNaN(value) ? "#NUM!" : "#DIV/0!").append("</v></c>");
    }
    close(column);
  }

  /**
   * A text cell, inline or, if it is one of the shared texts, by its index.
   *
   * @param value not null, at most the characters a cell holds (checked while the sheet is laid out)
   */
  void text(int column, String value, int style) {
    StringBuilder b = open(column, style);
    String shared = texts.index(value);
    if (shared != null) {
      b.append(" t=\"s\"><v>").append(shared).append("</v></c>");
    } else {
      b.append(" t=\"inlineStr\"><is><t");
      if (!value.isEmpty() && (Character.isWhitespace(value.charAt(0))
          || Character.isWhitespace(value.charAt(value.length() - 1)))) {
        b.append(" xml:space=\"preserve\"");
      }
      b.append('>');
      escape(b, value);
      b.append("</t></is></c>");
    }
    close(column);
  }

  /**
   * A formula cell with its saved result, as POI writes it.
   *
   * @param result a finite double, the library's value of the formula
   */
  void formula(int column, String formula, double result, int style) {
    StringBuilder b = open(column, style);
    b.append(" t=\"n\"><f>");
    escape(b, formula);
    b.append("</f><v>").append(Double.toString(result)).append("</v></c>");
    close(column);
  }

  /** An empty cell, as POI writes a blank one; a cell already given in the column is kept. */
  void blank(int column) {
    if (column < starts.length && starts[column] >= 0) {
      return;
    }
    open(column, 0).append("></c>");
    close(column);
  }

  /** Writes the last row and waits until everything is in the zip stream, which stays open. */
  void finish() throws IOException {
    try {
      endRow();
      flushBlock();
    } catch (IOException | RuntimeException e) {
      out.abort();
      throw e;
    }
    out.finish();
  }

  /** Gives up the sheet, when making its rows failed: waits for the writer's thread to end. */
  void abort() {
    out.abort();
  }

  private String column(int column) {
    if (column >= columns.length) {
      columns = Arrays.copyOf(columns, Math.max(column + 1, columns.length * 2));
    }
    String letters = columns[column];
    if (letters == null) {
      letters = CellReference.convertNumToColString(column);
      columns[column] = letters;
    }
    return letters;
  }

  /** A finite double as the shortest text that reads back as it, a whole number without {@code .0}. */
  static void number(StringBuilder b, double value) {
    if (value == Math.rint(value) && Math.abs(value) < WHOLE_LIMIT
        && !(value == 0 && Double.doubleToRawLongBits(value) != 0)) {
      b.append((long) value);
    } else {
      b.append(Double.toString(value));
    }
  }

  /**
   * A text escaped as POI escapes it: the XML specials and line breaks, tabs and no-break spaces as
   * entities, the other control characters and U+FFFE, U+FFFF (which XML cannot hold) as question marks.
   */
  static void escape(StringBuilder b, String text) {
    for (int i = 0; i < text.length(); i++) {
      char ch = text.charAt(i);
      switch (ch) {
        case '<':
          b.append("&lt;");
          break;
        case '>':
          b.append("&gt;");
          break;
        case '&':
          b.append("&amp;");
          break;
        case '"':
          b.append("&quot;");
          break;
        case '\n':
          b.append("&#xa;");
          break;
        case '\r':
          b.append("&#xd;");
          break;
        case '\t':
          b.append("&#x9;");
          break;
        case '\u00a0':
          b.append("&#xa0;");
          break;
        default:
          b.append(ch < ' ' || ch >= '\ufffe' ? '?' : ch);
          break;
      }
    }
  }
}
