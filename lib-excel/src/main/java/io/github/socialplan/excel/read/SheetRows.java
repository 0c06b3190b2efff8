package io.github.socialplan.excel.read;

import io.github.socialplan.core.io.DataFileException;
import io.github.socialplan.core.io.TableRows;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Supplier;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellReference;

/**
 * The rows of one sheet of an XLSX workbook as {@link TableRows} (<i>righe di un foglio</i>), read in
 * streaming mode: one row is in memory at a time, whatever the size of the sheet. Obtained from
 * {@link XlsxWorkbook#sheet}.
 *
 * <p>The header is the first row that is not empty (from a given row on, so that title rows above it are
 * left out), or several rows when asked for: a column's name is the
 * text of its header cells joined by a space, a merged header cell counting for every column it spans. A
 * line break or a run of spaces inside a header cell reads as one space, so a column that ISTAT heads
 * {@code "Codice\nComune"} is named {@code "Codice Comune"}. Empty rows are skipped.
 *
 * <p>Cells read as text the way a CSV file would hold them:
 * <ul>
 *   <li>a number as a plain decimal with a dot, at most 15 significant digits (what a spreadsheet keeps), so
 *       {@code 19036} (an ISTAT code that lost its leading zero) reads {@code "19036"}, an amount formatted as
 *       currency {@code "599589.5"}, a percentage its fraction ({@code 19.5 %} reads {@code "0.195"});
 *   <li>a number formatted as a date as {@code yyyy-MM-dd} (with {@code THH:mm:ss} if it has a time), in the
 *       workbook's date system (from 1900, or from 1904 as Mac workbooks may count); a date before 1 March
 *       1900, which Excel and LibreOffice show a day apart, is an error, and a time alone (a serial below 1)
 *       reads as {@code HH:mm:ss};
 *   <li>a formula as its cached value, the result the spreadsheet saved; a formula without one, whatever the
 *       type of its result, is an error;
 *   <li>a boolean as {@code TRUE} or {@code FALSE}; an error value as its text, such as {@code #DIV/0!}.
 * </ul>
 *
 * <p>Errors name the workbook and the cell, {@code piano.xlsx, Budget!C7: ...}. Not thread-safe; closing it
 * closes the sheet's stream, not the workbook.
 */
public final class SheetRows implements TableRows {

  /** A saved number's text: a decimal with an optional exponent, spaces around it allowed. */
  private static final java.util.regex.Pattern DECIMAL =
      java.util.regex.Pattern.compile("\\s*[+-]?(?:[0-9]+\\.?[0-9]*|\\.[0-9]+)(?:[eE][+-]?[0-9]+)?\\s*");

  private static final MathContext SPREADSHEET_DIGITS = new MathContext(15, RoundingMode.HALF_EVEN);

  private final String source;
  private final String sheet;
  private final String quoted;
  private final InputStream stream;
  private final XMLStreamReader xml;
  private final SharedStrings strings;
  private final Styles styles;
  private final boolean date1904;
  private final XlsxLimits limits;
  private final int headerRow;
  private final int headerRows;
  private final List<CellRangeAddress> merges;

  private int line;
  private int width = -1;
  private int previousRow;
  private List<String> pending;
  private int pendingRow;
  private boolean ended;

  SheetRows(String source, String sheet, InputStream stream, SharedStrings strings, Styles styles,
      boolean date1904, XlsxLimits limits, int headerRow, int headerRows,
      Supplier<List<CellRangeAddress>> merges) {
    this.source = source;
    this.sheet = sheet;
    this.quoted = quote(sheet);
    this.stream = stream;
    this.strings = strings;
    this.styles = styles;
    this.date1904 = date1904;
    this.limits = limits;
    this.headerRow = headerRow;
    this.headerRows = headerRows;
    this.merges = headerRows > 1 ? merges.get() : List.of();
    this.xml = Xml.open(stream, source, "sheet " + quoted);
  }

  /** A sheet name as a cell reference writes it: quoted when it holds anything but letters, digits, _ . */
  static String quote(String sheet) {
    return sheet.matches("[\\p{L}_][\\p{L}\\p{N}_.]*") ? sheet : "'" + sheet.replace("'", "''") + "'";
  }

  /** {@return the sheet's name} */
  public String sheet() {
    return sheet;
  }

  @Override
  public String source() {
    return source;
  }

  @Override
  public int line() {
    return line;
  }

  @Override
  public String where(int column) {
    if (line == 0) {
      return "sheet " + quoted;
    }
    return column < 0 ? quoted + "!" + line + ":" + line
        : quoted + "!" + CellReference.convertNumToColString(column) + line;
  }

  @Override
  public List<String> next() throws IOException {
    if (width < 0) {
      return header();
    }
    for (List<String> row = raw(); row != null; row = raw()) {
      if (!blank(row)) {
        while (row.size() < width) {
          row.add("");
        }
        // empty cells past the header's last column (a format with no value) are not there to the reader
        while (row.size() > width && row.get(row.size() - 1).isEmpty()) {
          row.remove(row.size() - 1);
        }
        return row;
      }
    }
    return null;
  }

  private List<String> header() throws IOException {
    List<String> first = raw();
    while (first != null && (blank(first) || line < headerRow)) {
      first = raw();
    }
    if (first == null) {
      width = 0;
      return null;
    }
    int firstRow = line;
    List<List<String>> rows = new ArrayList<>();
    rows.add(first);
    for (int r = firstRow + 1; r < firstRow + headerRows; r++) {
      List<String> next = raw();
      if (next != null && line > r) {
        pending = next;
        pendingRow = line;
        next = null;
      }
      rows.add(next == null ? new ArrayList<>() : next);
    }
    int lastRow = firstRow + headerRows - 1;
    int columns = rows.stream().mapToInt(List::size).max().orElse(0);
    String[][] cells = new String[rows.size()][columns];
    for (int r = 0; r < rows.size(); r++) {
      for (int c = 0; c < columns; c++) {
        cells[r][c] = c < rows.get(r).size() ? normalise(rows.get(r).get(c)) : "";
      }
    }
    for (CellRangeAddress m : merges) {
      int top = m.getFirstRow() + 1;
      if (top < firstRow || top > lastRow || m.getFirstColumn() >= columns) {
        continue;
      }
      String text = cells[top - firstRow][m.getFirstColumn()];
      for (int r = top; r <= Math.min(m.getLastRow() + 1, lastRow); r++) {
        for (int c = m.getFirstColumn(); c <= Math.min(m.getLastColumn(), columns - 1); c++) {
          cells[r - firstRow][c] = text;
        }
      }
    }
    List<String> names = new ArrayList<>();
    for (int c = 0; c < columns; c++) {
      StringBuilder name = new StringBuilder();
      String last = null;
      for (String[] row : cells) {
        String part = row[c];
        if (!part.isEmpty() && !part.equals(last)) {
          name.append(name.length() == 0 ? "" : " ").append(part);
          last = part;
        }
      }
      names.add(name.toString());
    }
    while (!names.isEmpty() && names.get(names.size() - 1).isEmpty()) {
      names.remove(names.size() - 1);
    }
    line = lastRow;
    width = names.size();
    return names;
  }

  private static String normalise(String header) {
    return header.replace('\u00a0', ' ').replaceAll("\\s+", " ").trim();
  }

  private static boolean blank(List<String> row) {
    for (String cell : row) {
      if (!cell.isBlank()) {
        return false;
      }
    }
    return true;
  }

  /** The next row element's cells by column (A = 0), or null after the last; sets {@link #line}. */
  private List<String> raw() throws IOException {
    if (pending != null) {
      List<String> row = pending;
      line = pendingRow;
      pending = null;
      return row;
    }
    if (ended) {
      return null;
    }
    try {
      while (xml.hasNext()) {
        int e = xml.next();
        if (e == XMLStreamConstants.START_ELEMENT && xml.getLocalName().equals("row")) {
          return row();
        }
        if (e == XMLStreamConstants.END_ELEMENT && xml.getLocalName().equals("sheetData")) {
          break;
        }
      }
      ended = true;
      return null;
    } catch (XMLStreamException e) {
      throw Xml.failure(source, "sheet " + quoted, e);
    }
  }

  private List<String> row() throws XMLStreamException {
    String r = xml.getAttributeValue(null, "r");
    int number = r == null ? previousRow + 1 : parseInt(r, -1);
    if (number <= previousRow) {
      throw new DataFileException(source, "sheet " + quoted, previousRow,
          "row " + r + " comes after row " + previousRow + ": not a readable sheet");
    }
    if (number > limits.maxRows()) {
      throw new DataFileException(source, "sheet " + quoted, number, "the sheet has a row " + number
          + ", more than the " + limits.maxRows() + " rows XlsxLimits allow (maxRows)");
    }
    previousRow = number;
    line = number;
    List<String> cells = new ArrayList<>(Math.max(10, width));
    int column = -1;
    while (xml.hasNext()) {
      int e = xml.next();
      if (e == XMLStreamConstants.START_ELEMENT && xml.getLocalName().equals("c")) {
        // the cell's attributes in one pass: looking each up by name cost more than reading them
        String ref = null;
        String type = null;
        String style = null;
        for (int a = xml.getAttributeCount() - 1; a >= 0; a--) {
          String name = xml.getAttributeLocalName(a);
          if (name.length() == 1 && noNamespace(xml.getAttributeNamespace(a))) {
            switch (name.charAt(0)) {
              case 'r':
                ref = xml.getAttributeValue(a);
                break;
              case 't':
                type = xml.getAttributeValue(a);
                break;
              case 's':
                style = xml.getAttributeValue(a);
                break;
              default:
                break;
            }
          }
        }
        int previous = column;
        column = ref == null ? column + 1 : column(ref);
        if (column >= 0 && column <= previous) {
          // a spreadsheet writes a row's cells left to right: any other order would shift values to columns
          // that are not theirs
          throw new DataFileException(source, quoted + "!" + ref, number, "cell " + ref + " comes after column "
              + CellReference.convertNumToColString(previous) + " of its row: not a readable sheet");
        }
        if (column < 0 || column >= limits.maxColumns()) {
          throw new DataFileException(source, quoted + "!" + ref, number, "a cell past column "
              + CellReference.convertNumToColString(limits.maxColumns() - 1) + ", more than the "
              + limits.maxColumns() + " columns XlsxLimits allow (maxColumns)");
        }
        String text = cell(column, type, parseInt(style, 0));
        while (cells.size() < column) {
          cells.add("");
        }
        cells.add(text);
      } else if (e == XMLStreamConstants.END_ELEMENT && xml.getLocalName().equals("row")) {
        return cells;
      }
    }
    return cells;
  }

  private String cell(int column, String type, int style) throws XMLStreamException {
    String value = null;
    StringBuilder inline = null;
    boolean formula = false;
    int phonetic = 0;
    while (xml.hasNext()) {
      int e = xml.next();
      if (e == XMLStreamConstants.START_ELEMENT) {
        switch (xml.getLocalName()) {
          case "v":
            value = bounded(elementText(), column);
            break;
          case "f":
            formula = true;
            xml.getElementText();
            break;
          case "is":
            inline = new StringBuilder();
            break;
          case "rPh":
            phonetic++;
            break;
          case "t":
            if (inline != null && phonetic == 0) {
              inline.append(bounded(elementText(), column));
              bounded(inline, column);
            }
            break;
          default:
            break;
        }
      } else if (e == XMLStreamConstants.END_ELEMENT) {
        String name = xml.getLocalName();
        if (name.equals("rPh")) {
          phonetic--;
        } else if (name.equals("c")) {
          break;
        }
      }
    }
    // a formula of any type without its saved value: read as empty (or FALSE), a total row's cell would go
    // unchecked; a text formula whose result is "" saves an empty <v>, which reads as empty
    if (formula && (value == null || value.isEmpty() && !"str".equals(type))) {
      throw error(column, "the formula has no saved result; open the workbook in a spreadsheet"
          + " application and save it, so that its values are stored");
    }
    if (type == null || type.equals("n")) {
      if (value == null || value.isEmpty()) {
        return "";
      }
      return number(value, style, column);
    }
    switch (type) {
      case "s":
        String s = strings.get(parseInt(value, -1));
        if (s == null) {
          throw error(column, "refers to shared string '" + value + "', but the table has " + strings.size());
        }
        return bounded(s, column);
      case "inlineStr":
        return inline == null ? "" : Xml.decode(inline.toString());
      case "b":
        if (value == null || value.isEmpty()) {
          return "";
        }
        if (!value.equals("1") && !value.equals("0")) {
          throw error(column, "holds the boolean '" + value + "', neither 1 nor 0");
        }
        return value.equals("1") ? "TRUE" : "FALSE";
      case "str":
        return value == null ? "" : Xml.decode(value);
      default:
        return value == null ? "" : value;
    }
  }

  /**
   * The text of the element just started, as {@link XMLStreamReader#getElementText()} gives it (comments and
   * processing instructions left out, an element inside refused), without copying it when it is one text
   * event, as a cell's value is: this is called for nearly every cell.
   */
  private String elementText() throws XMLStreamException {
    String name = xml.getLocalName();
    int e = xml.next();
    if (e == XMLStreamConstants.END_ELEMENT) {
      return "";
    }
    String first = null;
    StringBuilder more = null;
    while (e != XMLStreamConstants.END_ELEMENT) {
      switch (e) {
        case XMLStreamConstants.CHARACTERS:
        case XMLStreamConstants.CDATA:
        case XMLStreamConstants.SPACE:
        case XMLStreamConstants.ENTITY_REFERENCE:
          if (first == null) {
            first = xml.getText();
          } else {
            if (more == null) {
              more = new StringBuilder(first);
            }
            more.append(xml.getText());
          }
          break;
        case XMLStreamConstants.COMMENT:
        case XMLStreamConstants.PROCESSING_INSTRUCTION:
          break;
        default:
          throw new XMLStreamException(e == XMLStreamConstants.START_ELEMENT
              ? "an element inside <" + name + ">, which holds only text"
              : "the part ends inside <" + name + ">", xml.getLocation());
      }
      e = xml.next();
    }
    return more != null ? more.toString() : first == null ? "" : first;
  }

  /** The 0-based column of a reference such as {@code AB12}, or -1 if it starts with no letter. */
  private static int column(String ref) {
    int col = 0;
    int i = 0;
    for (; i < ref.length() && i < 4; i++) {
      char ch = ref.charAt(i);
      if (ch >= 'A' && ch <= 'Z') {
        col = col * 26 + (ch - 'A' + 1);
      } else if (ch >= 'a' && ch <= 'z') {
        col = col * 26 + (ch - 'a' + 1);
      } else {
        break;
      }
    }
    return i == 0 || i == 4 ? -1 : col - 1;
  }

  /** Whether a saved number is plain decimal text of at most 15 significant digits, to be kept as it is. */
  private static boolean plain(String v) {
    int digits = 0;
    boolean leading = true;
    boolean dot = false;
    for (int i = 0; i < v.length(); i++) {
      char ch = v.charAt(i);
      if (ch >= '0' && ch <= '9') {
        if (ch != '0' || !leading) {
          leading = false;
          digits++;
        }
      } else if (ch == '.' && !dot && i > 0) {
        dot = true;
      } else if (!(ch == '-' && i == 0)) {
        return false;
      }
    }
    return digits <= 15 && !v.endsWith(".") && (!dot || !v.endsWith("0"));
  }

  private String number(String value, int style, int column) {
    boolean date = styles.isDate(style);
    if (!date) {
      if (plain(value)) {
        return value.equals("-0") ? "0" : value;
      }
      String quick = quickFifteenDigits(value, Double.NaN);
      if (quick != null) {
        return quick;
      }
    }
    double d;
    try {
      // a decimal, as a spreadsheet saves it; Java alone would also take "12d" (12) and "0x1p3" (8)
      if (!DECIMAL.matcher(value).matches()) {
        throw new NumberFormatException(value);
      }
      d = Double.parseDouble(value);
    } catch (NumberFormatException e) {
      throw error(column, "holds '" + value + "', which is not a number");
    }
    if (!Double.isFinite(d)) {
      throw error(column, "holds '" + value + "', which is not a finite number");
    }
    if (date && DateUtil.isValidExcelDate(d)) {
      if (!date1904 && d < 61) {
        if (d < 1) {
          // a time of day: its date, 0 January 1900, is no day; the time is what the cell shows
          return DateUtil.getLocalDateTime(d, false, true).toLocalTime()
              .format(java.time.format.DateTimeFormatter.ISO_LOCAL_TIME);
        }
        // Excel counts a 29 February 1900 (serial 60) that LibreOffice does not: the two show these serials
        // a day apart, and POI reads 60 as 1 March 1900, serial 61's date
        throw error(column, "holds the date serial " + value + ", before 1 March 1900, which Excel and"
            + " LibreOffice show a day apart (Excel counts a 29 February 1900); write the date as text,"
            + " yyyy-MM-dd");
      }
      LocalDateTime t = DateUtil.getLocalDateTime(d, date1904, true);
      return t.toLocalTime().toSecondOfDay() == 0 ? t.toLocalDate().toString()
          : t.format(java.time.format.DateTimeFormatter.ISO_LOCAL_DATE_TIME); // with its seconds, even :00
    }
    return fifteenDigits(value, d);
  }

  /**
   * A saved number rounded to the 15 significant digits a spreadsheet keeps (0.1 + 0.2 saved as
   * 0.30000000000000004 reads 0.3), as plain text: the exact binary value of {@code d} rounded half-even.
   *
   * @param saved the number as the workbook saves it, which parses to {@code d}
   * @param d a finite double
   */
  static String fifteenDigits(String saved, double d) {
    String quick = quickFifteenDigits(saved, d);
    if (quick != null) {
      return quick;
    }
    BigDecimal exact = new BigDecimal(d).round(SPREADSHEET_DIGITS).stripTrailingZeros();
    return exact.signum() == 0 ? "0" : exact.toPlainString();
  }

  /**
   * {@link #fifteenDigits} from the saved text, or null when unsure. Expanding a double's exact value (up to
   * some 750 digits) and even parsing a 17-digit double were the costliest steps of reading a large sheet.
   * The saved text (at most 18 significant digits here) rounds as the double it stands for unless it lies
   * closer to a half-way point than the double can be from it: half its ulp, at most 2<sup>-53</sup> of its
   * value when the double is not given (NaN); then null, and the exact route decides. So also past the
   * range of normal doubles.
   *
   * @param saved the number as saved
   * @param d the double it parses to, or NaN if not parsed yet
   */
  static String quickFifteenDigits(String saved, double d) {
    int n = saved.length();
    int i = 0;
    boolean negative = false;
    if (i < n && (saved.charAt(i) == '-' || saved.charAt(i) == '+')) {
      negative = saved.charAt(i) == '-';
      i++;
    }
    long digits = 0;
    int count = 0;      // significant digits in digits
    int pointShift = 0; // digits after the point among them, or leading zeros after the point
    boolean point = false;
    boolean any = false;
    for (; i < n; i++) {
      char ch = saved.charAt(i);
      if (ch >= '0' && ch <= '9') {
        any = true;
        if (count == 0 && ch == '0') {
          if (point) {
            pointShift++;
          }
          continue;
        }
        if (count == 18) {
          return null;
        }
        digits = digits * 10 + (ch - '0');
        count++;
        if (point) {
          pointShift++;
        }
      } else if (ch == '.' && !point) {
        point = true;
      } else {
        break;
      }
    }
    if (!any) {
      return null;
    }
    int exponent = 0;
    if (i < n) {
      char e = saved.charAt(i);
      if ((e != 'E' && e != 'e') || i + 1 == n) {
        return null;
      }
      try {
        exponent = Integer.parseInt(saved, i + 1, n, 10);
      } catch (NumberFormatException x) {
        return null;
      }
      if (exponent < -400 || exponent > 400) {
        return null;
      }
    }
    if (count == 0) {
      return "0";
    }
    // the value is digits x 10^(exponent - pointShift); its leading digit is at 10^magnitude
    int scale = pointShift - exponent;
    int magnitude = count - 1 - scale;
    if (magnitude < -300 || magnitude > 300) {
      return null; // near or past the ends of the normal doubles
    }
    if (count > 15) {
      long step = POWERS[count - 15];
      long q = digits / step;
      long r = digits % step;
      long half = step / 2;
      // how far the double may be from the text, in units of its last digit, with a margin for the
      // rounding of this arithmetic
      double reach = Double.isNaN(d) ? 1.2e-16 * digits : 0.6 * Math.ulp(d) * Math.pow(10, scale);
      if (Math.abs((double) (r - half)) <= reach) {
        return null; // too close to the half-way point to tell from the text
      }
      digits = r > half ? q + 1 : q;
      scale -= count - 15;
    }
    return plainText(negative, digits, scale);
  }

  /**
   * A positive {@code digits} x 10<sup>-scale</sup> as {@link BigDecimal#toPlainString()} writes it once its
   * trailing zeros are stripped, without making the decimal.
   */
  static String plainText(boolean negative, long digits, int scale) {
    while (digits % 10 == 0) {
      digits /= 10;
      scale--;
    }
    String d = Long.toString(digits);
    StringBuilder b = new StringBuilder(d.length() + Math.abs(scale) + 3);
    if (negative) {
      b.append('-');
    }
    if (scale <= 0) {
      b.append(d);
      for (int i = scale; i < 0; i++) {
        b.append('0');
      }
    } else if (scale >= d.length()) {
      b.append("0.");
      for (int i = d.length(); i < scale; i++) {
        b.append('0');
      }
      b.append(d);
    } else {
      b.append(d, 0, d.length() - scale).append('.').append(d, d.length() - scale, d.length());
    }
    return b.toString();
  }

  private static final long[] POWERS = {1L, 10L, 100L, 1_000L};

  private <T extends CharSequence> T bounded(T text, int column) {
    if (text.length() > limits.maxCellChars()) {
      throw error(column, "holds " + text.length() + " characters, more than the " + limits.maxCellChars()
          + " XlsxLimits allow in a cell (maxCellChars)");
    }
    return text;
  }

  private static boolean noNamespace(String uri) {
    return uri == null || uri.isEmpty();
  }

  private static int parseInt(String text, int otherwise) {
    if (text == null) {
      return otherwise;
    }
    try {
      return Integer.parseInt(text);
    } catch (NumberFormatException e) {
      return otherwise;
    }
  }

  @Override
  public void close() throws IOException {
    try {
      xml.close();
    } catch (XMLStreamException e) {
      // the stream below is closed all the same
    } finally {
      stream.close();
    }
  }

  @Override
  public String toString() {
    return "SheetRows[" + source + ", sheet " + quoted + ", header rows " + headerRows + ", at row " + line
        + "]";
  }

  static List<CellRangeAddress> merges(InputStream in, String source, String quoted) throws IOException {
    Objects.requireNonNull(in, "in");
    List<CellRangeAddress> found = new ArrayList<>();
    XMLStreamReader x = Xml.open(in, source, "sheet " + quoted);
    try {
      while (x.hasNext()) {
        if (x.next() == XMLStreamConstants.START_ELEMENT && x.getLocalName().equals("mergeCell")) {
          found.add(CellRangeAddress.valueOf(x.getAttributeValue(null, "ref")));
        }
      }
    } catch (XMLStreamException e) {
      throw Xml.failure(source, "sheet " + quoted, e);
    } finally {
      in.close();
    }
    return found;
  }
}
