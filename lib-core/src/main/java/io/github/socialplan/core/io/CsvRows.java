package io.github.socialplan.core.io;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadFeature;
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
 * a byte order mark. Parse errors become {@link DataFileException}s naming source and line. Not thread-safe.
 */
final class CsvRows implements TableRows {

  /** Thread-safe once configured; shared. The caller owns, and closes, the stream. */
  private static final CsvFactory FACTORY =
      CsvFactory.builder().disable(StreamReadFeature.AUTO_CLOSE_SOURCE).build();

  private final String source;
  private final CsvParser parser;
  private int line;

  CsvRows(InputStream in, String source, char separator) throws IOException {
    this(FACTORY.createParser(in), source, separator);
  }

  CsvRows(Reader in, String source, char separator) throws IOException {
    this(FACTORY.createParser(in), source, separator);
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
      List<String> fields = new ArrayList<>();
      while ((t = parser.nextToken()) != JsonToken.END_ARRAY && t != null) {
        fields.add(parser.getText());
      }
      return fields;
    } catch (JsonProcessingException e) {
      // Report the row's first line; a quote left open is found only where the file ends.
      int at = e.getLocation() == null ? line : e.getLocation().getLineNr();
      throw new DataFileException(source, line, "not readable as CSV: " + e.getOriginalMessage()
          + (at != line ? " (found at line " + at + ")" : ""));
    }
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
