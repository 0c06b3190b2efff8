package io.github.socialplan.core.io;

import io.github.socialplan.core.number.PlainNumbers;
import io.github.socialplan.core.territory.IstatCode;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Reads a list of comuni with their residents (<i>elenco dei comuni con la popolazione residente</i>) from a
 * CSV file whose header names the columns; the caller says which columns hold the code, the name and the
 * residents in all, female and male, so one reader serves lists of any layout.
 *
 * <p>Codes may have lost their leading zeros in a spreadsheet ({@code 19001} is read as {@code 019001},
 * through {@link IstatCode#ofNumber}). Each row is checked: a code, a name, counts that are whole numbers
 * {@code >= 0}, females plus males equal to the total, no code twice. If the file publishes its own total in
 * a row marked by a label ({@link #withTotalRow}), the comuni must add up to it, in all and by sex (a cell of
 * it left empty is not checked, a row with all three empty is refused); a difference fails naming the line
 * and both figures. {@code #} lines are comments. Reading uses Jackson's
 * streaming CSV parser; errors are {@link DataFileException}s naming the file, the line and the value.
 *
 * <pre>{@code
 * ComuniList province = ComuniListReader
 *     .columns("municipality_code", "municipality", "population", "population_F", "population_M")
 *     .read(Path.of("data/reference/real/cremona-province-comuni-2022.csv"));
 * long residents = province.total();
 *
 * ComuniList zona = ComuniListReader
 *     .columns("istat_code", "municipality", "population_2022", "population_F", "population_M")
 *     .withTotalRow("name_in_list", "TOTAL")
 *     .read(Path.of("data/reference/real/cremona-zona-omogenea-47-comuni-2022.csv"));
 * }</pre>
 *
 * <p>Instances are immutable and thread-safe.
 */
public final class ComuniListReader {

  private final String code;
  private final String name;
  private final String total;
  private final String female;
  private final String male;
  private final String totalColumn;
  private final String totalLabel;
  private final char separator;

  private ComuniListReader(String code, String name, String total, String female, String male,
      String totalColumn, String totalLabel, char separator) {
    this.code = code;
    this.name = name;
    this.total = total;
    this.female = female;
    this.male = male;
    this.totalColumn = totalColumn;
    this.totalLabel = totalLabel;
    this.separator = separator;
  }

  /**
   * Returns a reader of comma-separated lists with these columns, named as in the file's header.
   *
   * @param code the column of the ISTAT code (six digits, or a number without its leading zeros), not null
   * @param name the column of the comune's name, not null
   * @param total the column of all residents, not null
   * @param female the column of female residents, not null
   * @param male the column of male residents, not null
   * @return the reader
   */
  public static ComuniListReader columns(String code, String name, String total, String female, String male) {
    return new ComuniListReader(Objects.requireNonNull(code, "code"), Objects.requireNonNull(name, "name"),
        Objects.requireNonNull(total, "total"), Objects.requireNonNull(female, "female"),
        Objects.requireNonNull(male, "male"), null, null, ',');
  }

  /**
   * Returns a reader that expects, as the last row, the file's published total: the row whose {@code column}
   * holds {@code label} (ignoring case and surrounding spaces). Its counts must equal the comuni's sums.
   *
   * @param column the column of the label, not null
   * @param label the label, such as {@code "TOTAL"} or {@code "Totale"}, not null
   * @return the reader
   */
  public ComuniListReader withTotalRow(String column, String label) {
    return new ComuniListReader(code, name, total, female, male, Objects.requireNonNull(column, "column"),
        Objects.requireNonNull(label, "label").trim(), separator);
  }

  /**
   * Returns a reader of files with another separator.
   *
   * @param newSeparator such as {@code ';'}; not a quote, letter or digit
   * @return the reader
   * @throws IllegalArgumentException if the separator is a quote, letter or digit
   */
  public ComuniListReader withSeparator(char newSeparator) {
    return new ComuniListReader(code, name, total, female, male, totalColumn, totalLabel,
        CsvRows.checkSeparator(newSeparator));
  }

  /**
   * Reads a file.
   *
   * @param file not null
   * @return the comuni in file order
   * @throws IOException if the file cannot be read
   * @throws DataFileException if a column is missing or named twice in the header, a row is wrong, or the
   *     comuni do not add up to the published total
   */
  public ComuniList read(Path file) throws IOException {
    Objects.requireNonNull(file, "file");
    try (InputStream in = Files.newInputStream(file)) {
      return read(in, file.toString());
    }
  }

  /**
   * Reads a stream, which is not closed.
   *
   * @param in the file's bytes, UTF-8, not null
   * @param source the name that messages give for the stream, not null
   * @return the comuni in file order
   * @throws IOException if the stream cannot be read
   * @throws DataFileException as {@link #read(Path)}
   */
  public ComuniList read(InputStream in, String source) throws IOException {
    Objects.requireNonNull(in, "in");
    Objects.requireNonNull(source, "source");
    try (CsvRows rows = new CsvRows(in, source, separator)) {
      return read(rows);
    }
  }

  /**
   * Reads the rows of a table from any source, such as a spreadsheet's sheet, with the same checks as a
   * CSV file; the rows are not closed.
   *
   * @param rows the header, then one row per comune (and the total row, if asked for), not null
   * @return the comuni in row order
   * @throws IOException if the rows cannot be read
   * @throws DataFileException as {@link #read(Path)}, naming the place as the rows do (a line, a cell)
   */
  public ComuniList read(TableRows rows) throws IOException {
    Objects.requireNonNull(rows, "rows");
    String source = rows.source();
    List<String> header = rows.next();
    if (header == null) {
      throw rows.error(-1, "empty file: no header naming the columns");
    }
    int[] at = {
      rows.column(header, code), rows.column(header, name), rows.column(header, total),
      rows.column(header, female), rows.column(header, male)
    };
    int labelAt = totalColumn == null ? -1 : rows.column(header, totalColumn);
    int width = header.size();

    List<ComuneResidents> comuni = new ArrayList<>();
    Map<IstatCode, String> placeOf = new HashMap<>();
    long residents = 0; // the running total, checked so that ComuniList.total() cannot overflow
    long[] published = null;
    String publishedPlace = null;
    int publishedLine = 0;
    for (List<String> row = rows.next(); row != null; row = rows.next()) {
      if (row.size() != width) {
        throw rows.error(-1, "expected " + width + " fields as in the header, found " + row.size() + ": " + row);
      }
      if (labelAt >= 0 && row.get(labelAt).trim().equalsIgnoreCase(totalLabel)) {
        if (published != null) {
          throw rows.error(labelAt, "a second total row ('" + totalLabel + "'); the first is at " + publishedPlace);
        }
        published = new long[] {
          optionalCount(rows, row, at[2], total), optionalCount(rows, row, at[3], female),
          optionalCount(rows, row, at[4], male)
        };
        if (published[0] < 0 && published[1] < 0 && published[2] < 0) {
          // asked to check the comuni against the file's total, a row of empty cells would check nothing
          throw rows.error(labelAt, "the total row gives no count: '" + total + "', '" + female + "' and '" + male
              + "' are all empty");
        }
        publishedPlace = rows.where(labelAt);
        publishedLine = rows.line();
        continue;
      }
      if (published != null) {
        throw rows.error(-1, "a comune row after the total row at " + publishedPlace + ": " + row);
      }
      ComuneResidents c = comune(rows, row, at);
      String before = placeOf.putIfAbsent(c.code(), rows.where(at[0]));
      if (before != null) {
        throw rows.error(at[0], "comune " + c.code() + " (" + c.name() + ") listed twice, first at " + before);
      }
      residents = addResidents(rows, at[2], residents, c);
      comuni.add(c);
    }
    if (comuni.isEmpty()) {
      throw rows.error(-1, "no comuni after the header");
    }
    if (labelAt >= 0 && published == null) {
      throw new DataFileException(source, 0,
          "no total row: no row with '" + totalLabel + "' in column '" + totalColumn + "'");
    }
    ComuniList list = new ComuniList(source, comuni, published == null ? -1 : published[0]);
    if (published != null) {
      check(rows, publishedPlace, publishedLine, published[0], list.total(), "residents", comuni.size());
      check(rows, publishedPlace, publishedLine, published[1], list.females(), "females", comuni.size());
      check(rows, publishedPlace, publishedLine, published[2], list.males(), "males", comuni.size());
    }
    return list;
  }

  private static long addResidents(TableRows rows, int totalAt, long sum, ComuneResidents c) {
    long next = sum + c.total();
    if (next < sum) { // both are >= 0, so a wrapped sum is smaller
      throw rows.error(totalAt, "comune " + c.code() + " (" + c.name() + "): its " + c.total() + " residents take"
          + " the total of the comuni so far, " + sum + ", past " + Long.MAX_VALUE);
    }
    return next;
  }

  private static void check(TableRows rows, String place, int line, long published, long sum, String what,
      int n) {
    if (published >= 0 && published != sum) {
      throw new DataFileException(rows.source(), place, line, "the total row says " + published + " " + what + " but the "
          + n + " comuni add up to " + sum + " (a difference of " + (sum - published) + ")");
    }
  }

  private ComuneResidents comune(TableRows rows, List<String> row, int[] at) {
    IstatCode istat = Tables.comuneCode(rows, at[0], code, row.get(at[0]).trim());
    String comuneName = row.get(at[1]).trim();
    if (comuneName.isEmpty()) {
      throw rows.error(at[1], "comune " + istat + ": '" + name + "' is empty");
    }
    String where = "comune " + istat + " (" + comuneName + "): ";
    long t = count(rows, row, at[2], total, where);
    long f = count(rows, row, at[3], female, where);
    long m = count(rows, row, at[4], male, where);
    if (f + m != t) {
      throw rows.error(at[2], where + "'" + female + "' + '" + male + "' = " + f + " + " + m + " = " + (f + m)
          + ", not '" + total + "' " + t);
    }
    return new ComuneResidents(istat, comuneName, t, f, m);
  }

  private static long count(TableRows rows, List<String> row, int index, String column, String where) {
    String text = row.get(index).trim();
    if (text.isEmpty()) {
      throw rows.error(index, where + "'" + column + "' is empty");
    }
    if (text.length() <= 18 && PlainNumbers.isDigits(text)) {
      return Long.parseLong(text);
    }
    if (text.startsWith("-") && text.length() > 1 && text.substring(1).chars().allMatch(Character::isDigit)) {
      throw rows.error(index, where + "'" + column + "' is negative: " + text);
    }
    throw rows.error(index, where + "'" + column + "' is not a whole number: '" + text + "'");
  }

  /** A count of the total row, or -1 if the cell is empty. */
  private static long optionalCount(TableRows rows, List<String> row, int index, String column) {
    return row.get(index).trim().isEmpty() ? -1 : count(rows, row, index, column, "total row: ");
  }


  @Override
  public String toString() {
    return "ComuniListReader[code=" + code + ", name=" + name + ", total=" + total + ", female=" + female
        + ", male=" + male + (totalColumn == null ? "" : ", total row '" + totalLabel + "' in " + totalColumn)
        + ", separator '" + separator + "']";
  }
}
