package io.github.socialplan.benchmarks.compare;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * The DuckDB side of the comparison (<i>confronto con DuckDB</i>): what a Java researcher would write
 * without socialplan, one SQL query over the POSAS file through DuckDB's JDBC driver, in-process. It reads
 * the file with {@code read_csv}, sums the counts of each age band with conditional sums, and groups by
 * comune, province (the first three digits of the code) and Italy in one pass ({@code GROUPING SETS}); the
 * eleven ratios and the {@link IndicatorChecksum} are then taken from the sums exactly as the other sides
 * take them.
 *
 * <p>Not thread-safe: one instance holds one connection. Close it when done.
 */
public final class DuckDbDashboard implements AutoCloseable {

  /** The query over one file, bound to its path. */
  static final String QUERY = query("?", false);

  /**
   * The query: over one file ({@code from} is {@code ?}, bound to its path), or over several as one table
   * ({@code from} is a list of paths, {@code filename = true}) grouped by file as well, so each file's
   * comuni, provinces and Italy are territories of their own.
   *
   * <p>The columns and their types are declared ({@code auto_detect = false}; the title and header lines
   * skipped): ISTAT's layout is fixed, and with column detection on, a {@code read_csv} over a list of files
   * made the query over two of the 27 MB files take over three minutes and 8 GB of memory (one file: a
   * fraction of a second); with the columns declared, the query over eight such files peaks at a few
   * hundred megabytes.
   */
  static String query(String from, boolean byFile) {
    String file = byFile ? "filename, " : "";
    return """
      WITH r AS (
        SELECT %s"Codice comune" AS code, substr("Codice comune", 1, 3) AS prov, "Età" AS age,
               "Totale femmine" AS f, "Totale" AS t
        FROM read_csv(%s, delim = ';', quote = '"', skip = 2, header = false, null_padding = true,
                      auto_detect = false, columns = {'Codice comune': 'VARCHAR', 'Comune': 'VARCHAR',
                      'Età': 'INTEGER', 'Totale maschi': 'BIGINT', 'Totale femmine': 'BIGINT',
                      'Totale': 'BIGINT'}%s)
        WHERE "Età" IS NOT NULL AND "Età" <> 999
      )
      SELECT CASE WHEN GROUPING(code) = 0 THEN code WHEN GROUPING(prov) = 0 THEN prov ELSE 'IT' END AS territory,
        sum(t) FILTER (WHERE age <= 14) AS p0_14,
        sum(t) FILTER (WHERE age BETWEEN 15 AND 64) AS p15_64,
        sum(t) FILTER (WHERE age >= 65) AS p65plus,
        sum(t) FILTER (WHERE age BETWEEN 60 AND 64) AS p60_64,
        sum(t) FILTER (WHERE age BETWEEN 15 AND 19) AS p15_19,
        sum(t) FILTER (WHERE age BETWEEN 40 AND 64) AS p40_64,
        sum(t) FILTER (WHERE age BETWEEN 15 AND 39) AS p15_39,
        sum(t) FILTER (WHERE age <= 4) AS p0_4,
        sum(f) FILTER (WHERE age BETWEEN 15 AND 49) AS f15_49,
        sum(t) FILTER (WHERE age >= 85) AS p85plus,
        sum(t) FILTER (WHERE age <= 17) AS p0_17,
        sum(t) AS p,
        sum(t * (2 * age + 1)) AS twice_age_sum
      FROM r
      GROUP BY GROUPING SETS ((%scode), (%sprov), (%s))
      """.formatted(file, from, byFile ? ", filename = true" : "", file, file, byFile ? "filename" : "");
  }

  // Columns of the result (1-based): 2 p0_14, 3 p15_64, 4 p65plus, 5 p60_64, 6 p15_19, 7 p40_64,
  // 8 p15_39, 9 p0_4, 10 f15_49, 11 p85plus, 12 p0_17, 13 p, 14 twice_age_sum (age + 0.5 doubled, exact).
  // The eleven indicators in the pandas script's order; 0 as numerator column means p0_14 + p65plus.
  static final int[] NUMERATOR = {4, 0, 4, 2, 5, 7, 9, 14, 4, 11, 12};
  static final int[] DENOMINATOR = {2, 3, 3, 3, 6, 8, 10, 13, 13, 13, 13};
  static final double[] MULTIPLIER = {100, 100, 100, 100, 100, 100, 100, 0.5, 100, 100, 100};

  private final Connection connection;

  private DuckDbDashboard(Connection connection) {
    this.connection = connection;
  }

  /**
   * Opens an in-memory DuckDB database.
   *
   * @param threads DuckDB's worker threads (its {@code threads} setting), 1 or more
   * @return the side, to be closed
   * @throws SQLException if DuckDB cannot start
   */
  public static DuckDbDashboard open(int threads) throws SQLException {
    if (threads < 1) {
      throw new IllegalArgumentException("threads must be >= 1: " + threads);
    }
    Connection c = DriverManager.getConnection("jdbc:duckdb:");
    try (Statement s = c.createStatement()) {
      s.execute(String.format(Locale.ROOT, "SET threads = %d", threads));
    } catch (SQLException e) {
      c.close();
      throw e;
    }
    return new DuckDbDashboard(c);
  }

  /**
   * Runs the query over a POSAS file and sums the checksum of its values.
   *
   * @param file an ISTAT POSAS file in the published layout, not null
   * @return the checksum and the number of territories
   * @throws SQLException if the query fails
   */
  public Result compute(Path file) throws SQLException {
    Objects.requireNonNull(file, "file");
    try (PreparedStatement q = connection.prepareStatement(QUERY)) {
      q.setString(1, file.toString());
      return result(q);
    }
  }

  /**
   * Runs one query over several POSAS files read as one table (a series of years, say), grouped by file,
   * and sums the checksum of every file's values.
   *
   * @param files ISTAT POSAS files in the published layout, at least one, not null
   * @return the checksum and the number of territories of all the files
   * @throws SQLException if the query fails
   */
  public Result compute(List<Path> files) throws SQLException {
    Objects.requireNonNull(files, "files");
    if (files.isEmpty()) {
      throw new IllegalArgumentException("no files");
    }
    StringBuilder list = new StringBuilder("[");
    for (Path f : files) {
      list.append(list.length() == 1 ? "" : ", ").append('\'').append(f.toString().replace("'", "''"))
          .append('\'');
    }
    try (PreparedStatement q = connection.prepareStatement(query(list.append(']').toString(), true))) {
      return result(q);
    }
  }

  private static Result result(PreparedStatement q) throws SQLException {
    IndicatorChecksum sum = new IndicatorChecksum();
    int territories = 0;
    try (ResultSet r = q.executeQuery()) {
      double[] v = new double[15];
      while (r.next()) {
        territories++;
        for (int c = 2; c <= 14; c++) {
          v[c] = r.getDouble(c);
        }
        v[0] = v[2] + v[4];
        for (int i = 0; i < NUMERATOR.length; i++) {
          double den = v[DENOMINATOR[i]];
          if (den == 0) {
            sum.undefined();
          } else {
            sum.add(v[NUMERATOR[i]] * MULTIPLIER[i], den);
          }
        }
      }
    }
    return new Result(territories, sum);
  }

  /**
   * What one run computed.
   *
   * @param territories comuni, provinces and Italy
   * @param checksum the checksum of every value
   */
  public record Result(int territories, IndicatorChecksum checksum) {}

  @Override
  public void close() throws SQLException {
    connection.close();
  }
}
