package io.github.socialplan.core.io;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.dataformat.csv.CsvFactory;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.util.ArrayList;
import java.util.List;

/**
 * The rows of a small CSV file as lists of strings with their line numbers, through Jackson's streaming CSV
 * parser: quotes, a chosen separator, {@code #} comment lines and blank lines skipped, UTF-8 with or without
 * a byte order mark. Parse errors, bytes that are not UTF-8, a cell longer than
 * {@link TextInput#MAX_CELL_LENGTH} and a row of more than {@link TextInput#MAX_CELLS} cells become
 * {@link DataFileException}s naming source and line (and column). Not thread-safe.
 */
final class CsvRows implements TableRows {

  /** Thread-safe once configured; shared. The caller owns, and closes, the stream. */
  private static final CsvFactory FACTORY = TextInput.csvFactory();

  private final String source;
  private final CsvParser parser;
  private int line;

  private List<String> header;
  private List<String> fields = List.of();

  CsvRows(InputStream in, String source, char separator) throws IOException {
    this(FACTORY.createParser(TextInput.utf8(in, source)), source, separator);
  }

  CsvRows(Reader in, String source, char separator) throws IOException {
    this(FACTORY.createParser(TextInput.withoutBom(in)), source, separator);
  }

  private CsvRows(CsvParser parser, String source, char separator) {
    this.source = source;
    this.parser = parser;
    parser.setSchema(CsvSchema.emptySchema().withColumnSeparator(separator).withQuoteChar('"').withComments());
    parser.enable(CsvParser.Feature.SKIP_EMPTY_LINES);
  }

  @Override
  public List<String> next() throws IOException {
    int previous = line;
    line = parser.currentLocation().getLineNr();
    try {
      JsonToken t = parser.nextToken();
      if (t == null) {
        line = previous;
        return null;
      }
      // Each row is an array; where the parser stands at its start is the row's line.
      line = parser.currentLocation().getLineNr();
      fields = new ArrayList<>();
      while ((t = parser.nextToken()) != JsonToken.END_ARRAY && t != null) {
        if (parser.getTextLength() > TextInput.MAX_CELL_LENGTH) {
          throw error(column(fields.size()) + " has " + parser.getTextLength() + " characters, more than the "
              + TextInput.MAX_CELL_LENGTH + " a cell may have");
        }
        if (fields.size() == TextInput.MAX_CELLS) {
          throw error("more than " + TextInput.MAX_CELLS + " cells in a row");
        }
        fields.add(parser.getText());
      }
      if (header == null) {
        header = fields;
      }
      return fields;
    } catch (StreamConstraintsException e) {
      // The parser stops a long cell as soon as it passes the limit, before it has read it all.
      throw error(column(fields.size()) + " has more than the " + TextInput.MAX_CELL_LENGTH
          + " characters a cell may have");
    } catch (JsonProcessingException e) {
      // Report the row's first line; a quote left open is found only where the file ends.
      int at = e.getLocation() == null ? line : e.getLocation().getLineNr();
      throw new DataFileException(source, line, "not readable as CSV: " + e.getOriginalMessage()
          + (at != line ? " (found at line " + at + ")" : ""));
    }
  }

  /** Names a column for messages: its number from 1 and, past the header, its name. */
  String column(int index) {
    String name = header != null && index < header.size() ? " ('" + abbreviate(header.get(index).trim()) + "')"
        : "";
    return "column " + (index + 1) + name;
  }

  private static String abbreviate(String s) {
    return s.length() <= 40 ? s : s.substring(0, 37) + "...";
  }

  @Override
  public int line() {
    return line;
  }

  @Override
  public String source() {
    return source;
  }

  @Override
  public String where(int column) {
    return line > 0 ? "line " + line : "";
  }

  static char checkSeparator(char separator) {
    if (separator == '"' || Character.isLetterOrDigit(separator)) {
      throw new IllegalArgumentException("separator must not be a quote, letter or digit: '" + separator + "'");
    }
    return separator;
  }

  DataFileException error(String problem) {
    return error(-1, problem);
  }

  @Override
  public void close() throws IOException {
    parser.close();
  }
}
