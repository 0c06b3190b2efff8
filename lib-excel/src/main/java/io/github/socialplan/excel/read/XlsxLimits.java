package io.github.socialplan.excel.read;

import java.util.Locale;

/**
 * The limits within which an untrusted workbook is read (<i>limiti di lettura</i>). A workbook that goes
 * past one is refused with a message that names the limit, so that memory stays bounded whatever the file
 * holds.
 *
 * <p>Beyond these, every part of the workbook must not inflate to more than 100 times its compressed size
 * (Apache POI's zip-bomb check, which stops the inflating as soon as the ratio is passed).
 *
 * <pre>{@code
 * XlsxLimits limits = XlsxLimits.DEFAULT.withMaxRows(1_048_576);
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 */
public final class XlsxLimits {

  /**
   * The defaults: files up to 100 MiB, 100,000 rows and 1,024 columns per sheet, 2,000 characters per
   * cell, a shared-strings table up to 32 MiB of XML and 1,000,000 strings. Italy has fewer than 8,000
   * comuni, so a table of comuni is far within them.
   */
  public static final XlsxLimits DEFAULT =
      new XlsxLimits(100L << 20, 100_000, 1_024, 2_000, 32L << 20, 1_000_000);

  private final long maxFileBytes;
  private final int maxRows;
  private final int maxColumns;
  private final int maxCellChars;
  private final long maxSharedStringsBytes;
  private final int maxSharedStrings;

  private XlsxLimits(long maxFileBytes, int maxRows, int maxColumns, int maxCellChars,
      long maxSharedStringsBytes, int maxSharedStrings) {
    this.maxFileBytes = positive(maxFileBytes, "maxFileBytes");
    this.maxRows = (int) positive(maxRows, "maxRows");
    this.maxColumns = (int) positive(maxColumns, "maxColumns");
    this.maxCellChars = (int) positive(maxCellChars, "maxCellChars");
    this.maxSharedStringsBytes = positive(maxSharedStringsBytes, "maxSharedStringsBytes");
    this.maxSharedStrings = (int) positive(maxSharedStrings, "maxSharedStrings");
  }

  private static long positive(long value, String name) {
    if (value <= 0) {
      throw new IllegalArgumentException(name + " must be > 0: " + value);
    }
    return value;
  }

  /** {@return the largest workbook file, in bytes} */
  public long maxFileBytes() {
    return maxFileBytes;
  }

  /** {@return the most rows read from one sheet, counting the header} */
  public int maxRows() {
    return maxRows;
  }

  /** {@return the most columns of a row} */
  public int maxColumns() {
    return maxColumns;
  }

  /** {@return the longest text of one cell, in characters} */
  public int maxCellChars() {
    return maxCellChars;
  }

  /** {@return the largest shared-strings table, in bytes of its XML once inflated} */
  public long maxSharedStringsBytes() {
    return maxSharedStringsBytes;
  }

  /** {@return the most strings in the shared-strings table} */
  public int maxSharedStrings() {
    return maxSharedStrings;
  }

  /**
   * Returns limits with another largest file.
   *
   * @param bytes {@code > 0}
   * @return the limits
   */
  public XlsxLimits withMaxFileBytes(long bytes) {
    return new XlsxLimits(bytes, maxRows, maxColumns, maxCellChars, maxSharedStringsBytes, maxSharedStrings);
  }

  /**
   * Returns limits with another most rows per sheet.
   *
   * @param rows {@code > 0}; a sheet holds at most 1,048,576
   * @return the limits
   */
  public XlsxLimits withMaxRows(int rows) {
    return new XlsxLimits(maxFileBytes, rows, maxColumns, maxCellChars, maxSharedStringsBytes, maxSharedStrings);
  }

  /**
   * Returns limits with another most columns per row.
   *
   * @param columns {@code > 0}; a sheet holds at most 16,384
   * @return the limits
   */
  public XlsxLimits withMaxColumns(int columns) {
    return new XlsxLimits(maxFileBytes, maxRows, columns, maxCellChars, maxSharedStringsBytes, maxSharedStrings);
  }

  /**
   * Returns limits with another longest cell text.
   *
   * @param chars {@code > 0}; a cell holds at most 32,767
   * @return the limits
   */
  public XlsxLimits withMaxCellChars(int chars) {
    return new XlsxLimits(maxFileBytes, maxRows, maxColumns, chars, maxSharedStringsBytes, maxSharedStrings);
  }

  /**
   * Returns limits with another largest shared-strings table.
   *
   * @param bytes {@code > 0}, bytes of XML once inflated
   * @param strings {@code > 0}, the most strings
   * @return the limits
   */
  public XlsxLimits withMaxSharedStrings(long bytes, int strings) {
    return new XlsxLimits(maxFileBytes, maxRows, maxColumns, maxCellChars, bytes, strings);
  }

  @Override
  public String toString() {
    return String.format(Locale.ROOT, "XlsxLimits[file %d bytes, %d rows, %d columns, %d chars per cell,"
        + " shared strings %d bytes / %d strings]", maxFileBytes, maxRows, maxColumns, maxCellChars,
        maxSharedStringsBytes, maxSharedStrings);
  }
}
