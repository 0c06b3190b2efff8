package io.github.socialplan.examples;

import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import io.github.socialplan.core.money.Money;
import io.github.socialplan.core.number.PlainNumbers;
import java.io.IOException;
import java.io.Reader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * One of the small published tables of {@code data/reference/} (<i>tabella pubblicata</i>), read with
 * Jackson's CSV parser: {@code #} lines are comments, the first other line is the header. The examples
 * take every published figure they print from here, never from their own code.
 *
 * <pre>{@code
 * ReferenceTable facts = ReferenceTable.read(data.reference("cremona-facts.csv"));
 * BigDecimal rate = facts.number("quota_capitaria", "value");   // 4.89
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 */
public final class ReferenceTable {

  private static final CsvMapper CSV = new CsvMapper().enable(CsvParser.Feature.TRIM_SPACES);

  private final String source;
  private final List<String> header;
  private final List<Map<String, String>> rows;

  private ReferenceTable(String source, List<String> header, List<Map<String, String>> rows) {
    this.source = source;
    this.header = header;
    this.rows = rows;
  }

  /**
   * Reads a UTF-8 reference table.
   *
   * @param file not null
   * @return the table
   * @throws IOException if the file cannot be read or is not CSV
   */
  public static ReferenceTable read(Path file) throws IOException {
    Objects.requireNonNull(file, "file");
    CsvSchema schema = CsvSchema.emptySchema().withHeader().withComments();
    List<Map<String, String>> rows = new ArrayList<>();
    try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8);
        MappingIterator<Map<String, String>> it = CSV.readerForMapOf(String.class).with(schema).readValues(in)) {
      while (it.hasNextValue()) {
        rows.add(Collections.unmodifiableMap(new LinkedHashMap<>(it.nextValue())));
      }
      CsvSchema read = (CsvSchema) it.getParserSchema();
      List<String> header = new ArrayList<>();
      read.forEach(c -> header.add(c.getName()));
      return new ReferenceTable(file.getFileName().toString(), List.copyOf(header), List.copyOf(rows));
    }
  }

  /** The file name, for messages. */
  public String source() {
    return source;
  }

  /** The column names, in file order. */
  public List<String> header() {
    return header;
  }

  /** Every data row, as column to text, in file order. */
  public List<Map<String, String>> rows() {
    return rows;
  }

  /**
   * The first row whose first column is {@code key}.
   *
   * @param key not null
   * @return the row
   * @throws IllegalArgumentException if there is none
   */
  public Map<String, String> row(String key) {
    Objects.requireNonNull(key, "key");
    for (Map<String, String> r : rows) {
      if (key.equals(r.get(header.get(0)))) {
        return r;
      }
    }
    throw new IllegalArgumentException("no row '" + key + "' in column " + header.get(0) + " of " + source);
  }

  /**
   * The text of a cell.
   *
   * @param key the first column of the row, not null
   * @param column the column, not null
   * @return the text
   * @throws IllegalArgumentException if the row or the column does not exist
   */
  public String text(String key, String column) {
    Objects.requireNonNull(column, "column");
    String v = row(key).get(column);
    if (v == null) {
      throw new IllegalArgumentException("no column '" + column + "' in " + source + "; columns: " + header);
    }
    return v;
  }

  /**
   * A cell as a number.
   *
   * @param key the first column of the row, not null
   * @param column the column, not null
   * @return the number, as written
   * @throws IllegalArgumentException if the cell is missing or not a plain decimal (ASCII digits, no
   *     exponent or plus sign); the message names the file, row, column and text
   */
  public BigDecimal number(String key, String column) {
    String v = text(key, column);
    try {
      // a plain decimal: new BigDecimal would also take 1e3, +5 and digits of other scripts
      return PlainNumbers.parseDecimal(v);
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(
          "not a number in " + source + ", row '" + key + "', column " + column + ": '" + v + "'", e);
    }
  }

  /**
   * A cell as euro.
   *
   * @param key the first column of the row, not null
   * @param column the column, not null
   * @return the amount
   * @throws IllegalArgumentException if the cell is not an amount as {@link Money#parse} reads it: a plain
   *     decimal with at most two decimals written ({@code 250.000}, 250 thousand in Italian writing, is
   *     refused rather than read as 250.00); the message names the file, row, column and text
   */
  public Money money(String key, String column) {
    String v = text(key, column);
    try {
      return Money.parse(v);
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("not an amount of money in " + source + ", row '" + key + "', column "
          + column + ": " + e.getMessage(), e);
    }
  }

  @Override
  public String toString() {
    return "ReferenceTable[" + source + ", " + rows.size() + " rows]";
  }
}
