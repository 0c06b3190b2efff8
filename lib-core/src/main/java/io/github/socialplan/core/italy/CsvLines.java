package io.github.socialplan.core.italy;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.dataformat.csv.CsvFactory;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import io.github.socialplan.core.io.DataFileException;
import io.github.socialplan.core.io.TextInput;
import java.io.Closeable;
import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.List;

/**
 * Rows of a CSV text through Jackson's streaming parser, with the line each row starts on; {@code #} comment
 * lines and blank lines skipped; quoted fields may span lines; a field longer than
 * {@link TextInput#MAX_CELL_LENGTH} characters is refused. Not thread-safe.
 */
final class CsvLines implements Closeable {

  /** The library's limits: a field is cut off as soon as it passes {@link TextInput#MAX_CELL_LENGTH}. */
  private static final CsvFactory FACTORY = TextInput.csvFactory();
  /** Far above any real row of the files read here. */
  private static final int MAX_FIELDS = 64;

  private final String source;
  private final CsvParser parser;
  private final List<String> fields = new ArrayList<>(24);
  private int line;
  /** Which fields to read as text; the others are returned empty, which spares their strings. */
  private boolean[] keep;

  CsvLines(Reader in, String source, char separator) throws IOException {
    this.source = source;
    this.parser = FACTORY.createParser(in);
    parser.setSchema(CsvSchema.emptySchema().withColumnSeparator(separator).withQuoteChar('"').withComments());
    parser.enable(CsvParser.Feature.SKIP_EMPTY_LINES);
  }

  /** The next row's fields (a reused list), or null at the end. */
  List<String> next() throws IOException {
    try {
      JsonToken t = parser.nextToken();
      if (t == null) {
        return null;
      }
      line = parser.currentLocation().getLineNr();
      fields.clear();
      while ((t = parser.nextToken()) != JsonToken.END_ARRAY && t != null) {
        if (fields.size() == MAX_FIELDS) {
          throw error("more than " + MAX_FIELDS + " fields in a row");
        }
        int i = fields.size();
        fields.add(keep == null || (i < keep.length && keep[i]) ? parser.getText() : "");
      }
      return fields;
    } catch (StreamConstraintsException e) {
      // The parser stops a long field as soon as it passes the limit, before it has read it all.
      throw error("field " + (fields.size() + 1) + " has more than the " + TextInput.MAX_CELL_LENGTH
          + " characters a field may have");
    } catch (JsonProcessingException e) {
      int at = e.getLocation() == null ? line : e.getLocation().getLineNr();
      throw new DataFileException(source, at, "not readable as CSV: " + e.getOriginalMessage());
    }
  }

  /**
   * Reads only some fields as text from now on.
   *
   * @param columns the indexes to read
   */
  void keepOnly(int[] columns) {
    int max = 0;
    for (int c : columns) {
      max = Math.max(max, c + 1);
    }
    keep = new boolean[max];
    for (int c : columns) {
      keep[c] = true;
    }
  }

  /** The line the last row started on. */
  int line() {
    return line;
  }

  DataFileException error(String problem) {
    return new DataFileException(source, line, problem);
  }

  @Override
  public void close() throws IOException {
    parser.close();
  }
}
