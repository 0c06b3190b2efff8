package io.github.socialplan.excel.write;

import java.io.IOException;
import java.io.OutputStream;
import java.util.HashMap;
import java.util.Map;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.streaming.SXSSFRow;
import org.apache.poi.xssf.streaming.StreamingSheetWriter;
import org.apache.poi.xssf.model.SharedStringsTable;
import org.apache.poi.xssf.usermodel.XSSFRichTextString;

/**
 * Apache POI's writer of a streamed sheet's rows, with its two common kinds of cell, numbers and texts, each
 * written in one piece; formulas and any other cell are left to POI. A profile of the all-Italy cruscotto
 * (1.4 million cells) showed most of the writing time in POI's per-cell output: a cell reference object per
 * cell, and every character of a text written and escaped one at a time through a synchronized writer.
 *
 * <p>A text is written inline, escaped as POI escapes it, unless it is one of the workbook's {@link Texts},
 * the few texts repeated on many rows (a cruscotto's indicator names and units): those are written once in
 * the shared-strings table and referred to by their index, a third of the bytes to write, deflate and read
 * back. A number leaves out the type attribute ({@code t="n"} is the default) and a whole number is written
 * without {@code .0} ({@code 2025}, not {@code 2025.0}).
 */
final class FastSheetDataWriter extends StreamingSheetWriter {

  /** Whole numbers below this magnitude are written as integers: doubles are exact integers up to 2^53. */
  private static final double WHOLE_LIMIT = 1e15;

  private final Texts texts;
  private final StringBuilder xml = new StringBuilder(256);
  private char[] chars = new char[256];
  private String[] columns = new String[16];
  private String row = "1";

  /**
   * A writer of one sheet's rows straight into the workbook's file, as POI's {@link StreamingSheetWriter}.
   *
   * @param out the sheet's entry in the workbook's zip stream
   * @param texts the workbook's shared texts, the same for all its sheets
   */
  FastSheetDataWriter(OutputStream out, Texts texts) throws IOException {
    super(out);
    this.texts = texts;
  }

  /**
   * The texts of a workbook that are repeated on many rows, each added once to its shared-strings table.
   * Only these: adding a text to Apache POI's table costs some 30 microseconds, more than writing it inline
   * a few times. The table's total count of references is then its count of texts (the attribute is
   * optional and spreadsheet applications do not rely on it).
   */
  static final class Texts {
    private final SharedStringsTable table;
    private final Map<String, String> indexes = new HashMap<>();

    Texts(SharedStringsTable table) {
      this.table = table;
    }

    /** Makes a text one of the shared texts. */
    void share(String text) {
      if (!indexes.containsKey(text)) {
        indexes.put(text, Integer.toString(table.addSharedStringItem(new XSSFRichTextString(text))));
      }
    }

    /** The text's index in the table, as text, or null if it is not shared. */
    String index(String text) {
      return indexes.get(text);
    }
  }

  @Override
  public void writeRow(int rownum, SXSSFRow r) throws IOException {
    row = Integer.toString(rownum + 1);
    super.writeRow(rownum, r);
  }

  @Override
  public void writeCell(int column, Cell cell) throws IOException {
    if (cell == null) {
      return;
    }
    CellType type = cell.getCellType();
    boolean number = type == CellType.NUMERIC && Double.isFinite(cell.getNumericCellValue());
    if (!number && type != CellType.STRING) {
      super.writeCell(column, cell);
      return;
    }
    StringBuilder b = xml;
    b.setLength(0);
    b.append("<c r=\"").append(column(column)).append(row).append('"');
    int style = cell.getCellStyle().getIndex() & 0xffff;
    if (style != 0) {
      b.append(" s=\"").append(style).append('"');
    }
    if (number) {
      b.append("><v>");
      number(b, cell.getNumericCellValue());
      b.append("</v></c>");
    } else {
      String text = cell.getStringCellValue();
      String shared = texts.index(text);
      if (shared != null) {
        b.append(" t=\"s\"><v>").append(shared).append("</v></c>");
      } else {
        b.append(" t=\"inlineStr\"><is><t");
        if (!text.isEmpty() && (Character.isWhitespace(text.charAt(0))
            || Character.isWhitespace(text.charAt(text.length() - 1)))) {
          b.append(" xml:space=\"preserve\"");
        }
        b.append('>');
        escape(b, text);
        b.append("</t></is></c>");
      }
    }
    int n = b.length();
    if (n > chars.length) {
      chars = new char[Math.max(n, chars.length * 2)];
    }
    b.getChars(0, n, chars, 0);
    _out.write(chars, 0, n);
  }

  private String column(int column) {
    if (column >= columns.length) {
      columns = java.util.Arrays.copyOf(columns, Math.max(column + 1, columns.length * 2));
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
