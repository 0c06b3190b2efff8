package io.github.socialplan.indicators.services;

import io.github.socialplan.core.io.DataFileException;
import io.github.socialplan.core.io.TableRows;
import io.github.socialplan.core.money.Money;
import io.github.socialplan.core.number.PlainNumbers;
import io.github.socialplan.core.service.Service;
import io.github.socialplan.core.service.Services;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Reads a {@link ServiceTable} (<i>tabella dei servizi e della spesa</i>): one row per territory and service
 * with its users, municipal spending and co-payment, from a CSV file or from any {@link TableRows}, such as
 * a sheet of a workbook, with the same checks. Columns are named by the caller; other columns are ignored.
 *
 * <pre>{@code
 * ServiceTable t = ServiceTableReader.columns("territorio", "servizio", "utenti", "spesa_comunale",
 *     "compartecipazione").read(Path.of("servizi-2012.csv"));
 * }</pre>
 *
 * <p>A row is refused, naming its place ({@code line 7}, or {@code Servizi!C7} in a workbook), when its
 * territory is empty, its service is not a known id ({@link Services}), its users are not a whole number of
 * at least 0, an amount is not a number of euro to the cent or is negative, or the service has figures twice
 * in the territory. With {@link #withTotalRow}, the total row's figures must equal the rows' sums.
 *
 * <p>Immutable and thread-safe.
 */
public final class ServiceTableReader {

  private final String territory;
  private final String service;
  private final String users;
  private final String spending;
  private final String copayment;
  private final String totalLabel;
  private final char separator;

  private ServiceTableReader(String territory, String service, String users, String spending, String copayment,
      String totalLabel, char separator) {
    this.territory = territory;
    this.service = service;
    this.users = users;
    this.spending = spending;
    this.copayment = copayment;
    this.totalLabel = totalLabel;
    this.separator = separator;
  }

  /**
   * A reader of the columns so named in the header.
   *
   * @param territory the column of the ISTAT code or grouping id, not null
   * @param service the column of the service id (e.g. {@code SAD}), not null
   * @param users the column of the users, a whole number {@code >= 0}, not null
   * @param spending the column of the municipal spending in euro, not null
   * @param copayment the column of the users' co-payment in euro, not null
   * @return the reader, comma-separated for CSV files
   */
  public static ServiceTableReader columns(String territory, String service, String users, String spending,
      String copayment) {
    return new ServiceTableReader(Objects.requireNonNull(territory, "territory"),
        Objects.requireNonNull(service, "service"), Objects.requireNonNull(users, "users"),
        Objects.requireNonNull(spending, "spending"), Objects.requireNonNull(copayment, "copayment"), null, ',');
  }

  /**
   * The same reader, expecting one total row whose territory column holds a label (such as {@code Totale}):
   * its users, spending and co-payment must equal the sums of the rows, each cell that is not empty.
   *
   * @param label the label, not null, not blank
   * @return a new reader
   */
  public ServiceTableReader withTotalRow(String label) {
    if (Objects.requireNonNull(label, "label").isBlank()) {
      throw new IllegalArgumentException("the total row's label is blank");
    }
    return new ServiceTableReader(territory, service, users, spending, copayment, label.trim(), separator);
  }

  /**
   * The same reader for CSV files with another separator.
   *
   * @param newSeparator such as {@code ;}, not a quote, letter or digit
   * @return a new reader
   */
  public ServiceTableReader withSeparator(char newSeparator) {
    return new ServiceTableReader(territory, service, users, spending, copayment, totalLabel, newSeparator);
  }

  /**
   * Reads a CSV file (UTF-8).
   *
   * @param file not null
   * @return the table
   * @throws IOException if the file cannot be read
   * @throws DataFileException if a column is missing or a row is wrong, naming file and line
   */
  public ServiceTable read(Path file) throws IOException {
    Objects.requireNonNull(file, "file");
    try (InputStream in = Files.newInputStream(file);
        TableRows rows = TableRows.csv(in, file.toString(), separator)) {
      return read(rows);
    }
  }

  /**
   * Reads the rows of a table from any source, such as a sheet of a workbook, with the same checks as a CSV
   * file; the rows are not closed.
   *
   * @param rows the header, then one row per territory and service, not null
   * @return the table
   * @throws IOException if the rows cannot be read
   * @throws DataFileException as {@link #read(Path)}, naming the place as the rows do (a line, a cell)
   */
  public ServiceTable read(TableRows rows) throws IOException {
    Objects.requireNonNull(rows, "rows");
    List<String> header = rows.next();
    if (header == null) {
      throw rows.error(-1, "empty file: no header naming the columns");
    }
    int[] at = {
      rows.column(header, territory), rows.column(header, service), rows.column(header, users),
      rows.column(header, spending), rows.column(header, copayment)
    };
    ServiceTable.Builder table = ServiceTable.builder();
    Map<String, String> placeOf = new HashMap<>();
    long sumUsers = 0;
    Money sumSpending = Money.ZERO;
    Money sumCopayment = Money.ZERO;
    boolean total = false;
    int n = 0;
    for (List<String> row = rows.next(); row != null; row = rows.next()) {
      // more fields than the header, one of them filled, is most often an amount written with a thousands
      // separator and no quotes (7,446,008): read as it stands it would shift every figure after it
      if (row.size() < header.size() || row.subList(header.size(), row.size()).stream().anyMatch(f -> !f.isBlank())) {
        throw rows.error(-1, "expected " + header.size() + " fields as in the header, found " + row.size()
            + ": " + row);
      }
      String where = row.get(at[0]).trim();
      if (where.equalsIgnoreCase(totalLabel)) { // false without a total row: the label is null
        if (total) {
          throw rows.error(at[0], "a second total row ('" + totalLabel + "')");
        }
        total = true;
        checkTotal(rows, row, at[2], Long.toString(sumUsers), n);
        checkTotal(rows, row, at[3], sumSpending.toString(), n);
        checkTotal(rows, row, at[4], sumCopayment.toString(), n);
        continue;
      }
      if (total) {
        throw rows.error(-1, "a row after the total row: " + row);
      }
      if (where.isEmpty()) {
        throw rows.error(at[0], "'" + territory + "' is empty");
      }
      String id = row.get(at[1]).trim();
      Service s = Services.find(id).orElseThrow(() -> rows.error(at[1], where + ": '" + service + "' is '" + id
          + "', not a known service id; known: " + Services.all().stream().map(Service::id).toList()));
      String what = where + ", " + id + ": ";
      long u = count(rows, row, at[2], users, what);
      Money m = amount(rows, row, at[3], spending, what);
      Money c = amount(rows, row, at[4], copayment, what);
      String before = placeOf.putIfAbsent(where + "\u0000" + id, rows.where(at[1]));
      if (before != null) {
        throw rows.error(at[1], "service " + id + " has figures twice in " + where + ", first at " + before);
      }
      table.add(where, s, u, m, c);
      if (u > Long.MAX_VALUE - sumUsers) {
        throw rows.error(at[2], what + "its " + u + " users take the total of the rows so far, " + sumUsers
            + ", past " + Long.MAX_VALUE);
      }
      sumUsers += u;
      sumSpending = sumSpending.plus(m);
      sumCopayment = sumCopayment.plus(c);
      n++;
    }
    if (n == 0) {
      throw rows.error(-1, "no service rows after the header");
    }
    if (totalLabel != null && !total) {
      throw new DataFileException(rows.source(), 0, "no total row: no row with '" + totalLabel + "' in column '"
          + territory + "'");
    }
    return table.build();
  }

  private static long count(TableRows rows, List<String> row, int index, String column, String what) {
    String text = row.get(index).trim();
    if (text.isEmpty()) {
      throw rows.error(index, what + "'" + column + "' is empty");
    }
    if (text.length() <= 18 && PlainNumbers.isDigits(text)) {
      return Long.parseLong(text);
    }
    if (text.startsWith("-") && text.length() > 1 && text.substring(1).chars().allMatch(Character::isDigit)) {
      throw rows.error(index, what + "'" + column + "' is negative: " + text);
    }
    throw rows.error(index, what + "'" + column + "' is not a whole number: '" + text + "'");
  }

  private static Money amount(TableRows rows, List<String> row, int index, String column, String what) {
    String text = row.get(index).trim();
    if (text.isEmpty()) {
      throw rows.error(index, what + "'" + column + "' is empty");
    }
    Money m;
    try {
      m = Money.parse(text);
    } catch (IllegalArgumentException e) {
      throw rows.error(index, what + "'" + column + "': " + e.getMessage());
    }
    if (m.isNegative()) {
      throw rows.error(index, what + "'" + column + "' is negative: " + text);
    }
    return m;
  }

  private static void checkTotal(TableRows rows, List<String> row, int index, String sum, int n) {
    String text = row.get(index).trim();
    if (text.isEmpty()) {
      return;
    }
    boolean equal;
    try {
      equal = new java.math.BigDecimal(text).compareTo(new java.math.BigDecimal(sum)) == 0;
    } catch (NumberFormatException e) {
      throw rows.error(index, "total row: '" + text + "' is not a number");
    }
    if (!equal) {
      throw rows.error(index, "the total row says " + text + " but the " + n + " rows add up to " + sum);
    }
  }

  @Override
  public String toString() {
    return "ServiceTableReader[" + territory + ", " + service + ", " + users + ", " + spending + ", " + copayment
        + (totalLabel == null ? "" : ", total row '" + totalLabel + "'") + "]";
  }
}
