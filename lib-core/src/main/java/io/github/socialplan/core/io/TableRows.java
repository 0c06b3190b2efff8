package io.github.socialplan.core.io;

import java.io.Closeable;
import java.io.IOException;
import java.util.List;

/**
 * The rows of a table as text (<i>righe di una tabella</i>), wherever the table comes from: the lines of a
 * CSV file or the rows of a spreadsheet's sheet. The readers of comuni lists, partitions and plan tables
 * read any {@code TableRows} with the same checks, and name the place of an offending value the way its
 * format does: {@code line 7} in a CSV file, {@code Budget!C7} in a workbook.
 *
 * <p>The first row returned is the header. Cells hold text as a person would type it in a CSV file:
 * numbers with a dot and without grouping, whole numbers without decimals, dates as {@code yyyy-MM-dd}.
 *
 * <p>Implementations are not thread-safe.
 */
public interface TableRows extends Closeable {

  /**
   * Returns the next row's cells, or null after the last row.
   *
   * @return the cells, not trimmed; null at the end
   * @throws IOException if the source cannot be read
   * @throws DataFileException if the source is not readable as a table
   */
  List<String> next() throws IOException;

  /** {@return the file or source name that messages give, such as {@code comuni.csv} or {@code piano.xlsx}} */
  String source();

  /**
   * {@return the 1-based number of the row last returned by {@link #next()} (a file line or a sheet row); 0
   * before it}
   */
  int line();

  /**
   * Names the place of a cell of the row last returned, as its format does: {@code line 7} for a CSV file,
   * {@code Budget!C7} for a sheet.
   *
   * @param column the 0-based index of the cell in the row, or -1 for the whole row
   * @return the place; for the whole row before any row, the table as a whole ({@code ""} for a file)
   */
  String where(int column);

  /**
   * Returns an exception for a problem at a cell of the row last returned.
   *
   * @param column the 0-based cell index, or -1 for the whole row
   * @param problem what is wrong, naming the offending value, not null
   * @return the exception, naming source and place
   */
  default DataFileException error(int column, String problem) {
    return new DataFileException(source(), where(column), line(), problem);
  }

  /**
   * Finds a named column in the header of this table, as every reader of the library does: its cells
   * compared without their surrounding spaces.
   *
   * @param header the header's cells, not null
   * @param name the column's name, not null
   * @return the 0-based index of the column
   * @throws DataFileException naming the column and the header if the header lacks it, or names it twice
   *     (then either could hold the figures meant, as two years side by side under one name)
   */
  default int column(List<String> header, String name) {
    int found = -1;
    for (int i = 0; i < header.size(); i++) {
      if (header.get(i).trim().equals(name)) {
        if (found >= 0) {
          throw error(-1, "column '" + name + "' appears twice in the header " + header + " (columns "
              + (found + 1) + " and " + (i + 1) + ")");
        }
        found = i;
      }
    }
    if (found < 0) {
      throw error(-1, "no column '" + name + "' in the header " + header);
    }
    return found;
  }

  /**
   * Returns the rows of a CSV file read as the library's readers read it: UTF-8 (with or without a byte
   * order mark), quotes, {@code #} comment lines and blank lines skipped, bounded cells; places are lines.
   * For readers of other modules, such as the service table's.
   *
   * @param in the file's bytes, not null; the caller closes it
   * @param source the name that messages give, not null
   * @param separator the field separator: {@code ,} or {@code ;} (Italian spreadsheets), or a tab
   * @return the rows, to be closed
   * @throws IOException if the stream cannot be read
   * @throws IllegalArgumentException if the separator is not one of those
   */
  static TableRows csv(java.io.InputStream in, String source, char separator) throws IOException {
    java.util.Objects.requireNonNull(in, "in");
    java.util.Objects.requireNonNull(source, "source");
    return new CsvRows(in, source, CsvRows.checkSeparator(separator));
  }
}
