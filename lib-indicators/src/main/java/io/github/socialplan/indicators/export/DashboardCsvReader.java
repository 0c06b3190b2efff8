package io.github.socialplan.indicators.export;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import io.github.socialplan.core.io.DataFileException;
import io.github.socialplan.core.territory.TerritoryKind;
import io.github.socialplan.indicators.result.UndefinedReason;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * Reads back a cruscotto written by {@link DashboardExport#csv} (<i>lettura del cruscotto esportato</i>),
 * one {@link DashboardRecord} per line, with Jackson's CSV parser. Both layouts of the export are
 * accepted: {@code ,} with decimal dots, and {@code ;} with decimal commas (the Italian format), told
 * apart by the header line. Numbers never go through the default locale.
 *
 * <pre>{@code
 * List<DashboardRecord> rows = DashboardCsvReader.read(Path.of("cruscotto.csv"));
 * rows.get(0).indicatorValue();   // the exact ratio, equal to the one exported
 * }</pre>
 *
 * <p>Errors are {@link DataFileException}s, as from the library's other readers, that name the source,
 * the line, the column and the text: a header other than {@link DashboardExport#FIELDS}, a row with another number of cells, a number,
 * kind or undefined reason that does not parse, an empty file.
 *
 * <p>This class is stateless and thread-safe.
 */
public final class DashboardCsvReader {

  private static final CsvMapper CSV = new CsvMapper();

  private DashboardCsvReader() {}

  /**
   * Reads a UTF-8 CSV file.
   *
   * @param file not null
   * @return the rows, in file order
   * @throws IOException if the file cannot be read
   * @throws DataFileException if the content is not a cruscotto export; the message names the file
   *     and line
   */
  public static List<DashboardRecord> read(Path file) throws IOException {
    Objects.requireNonNull(file, "file");
    try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      return read(in, file.toString());
    }
  }

  /**
   * Reads CSV text; does not close the reader.
   *
   * @param in not null
   * @param source names the input in error messages, not null
   * @return the rows, in input order
   * @throws IOException if the reader fails
   * @throws DataFileException if the content is not a cruscotto export; the message names the
   *     source and line
   */
  public static List<DashboardRecord> read(Reader in, String source) throws IOException {
    Objects.requireNonNull(in, "in");
    Objects.requireNonNull(source, "source");
    BufferedReader buffered = in instanceof BufferedReader ? (BufferedReader) in : new BufferedReader(in);
    String header = buffered.readLine();
    if (header == null || header.isEmpty()) {
      throw new DataFileException(source, 1, "empty file, expected the header "
          + String.join(",", DashboardExport.FIELDS));
    }
    char separator = header.indexOf(';') >= 0 ? ';' : ',';
    if (!Arrays.asList(header.split(String.valueOf(separator), -1)).equals(DashboardExport.FIELDS)) {
      throw new DataFileException(source, 1, "not a cruscotto export header: '" + header
          + "'; expected " + String.join(",", DashboardExport.FIELDS));
    }
    Parse parse = new Parse(source, separator == ';' ? ',' : '.');
    List<DashboardRecord> rows = new ArrayList<>();
    CsvSchema schema = CsvSchema.emptySchema().withColumnSeparator(separator);
    try (MappingIterator<String[]> it = CSV.readerFor(String[].class).with(schema)
        .with(CsvParser.Feature.WRAP_AS_ARRAY).with(CsvParser.Feature.SKIP_EMPTY_LINES)
        .without(StreamReadFeature.AUTO_CLOSE_SOURCE).readValues(buffered)) {
      while (it.hasNextValue()) {
        String[] cells = it.nextValue();
        // the header line was read before the parser started
        parse.line = it.getParser().currentTokenLocation().getLineNr() + 1;
        rows.add(parse.record(cells));
      }
    } catch (JsonProcessingException e) {
      int line = e.getLocation() == null ? 0 : e.getLocation().getLineNr() + 1;
      DataFileException x = new DataFileException(source, line, "not readable as CSV: " + e.getOriginalMessage());
      x.initCause(e);
      throw x;
    }
    return List.copyOf(rows);
  }

  /** The parsing of one row's cells, with the place for messages. */
  private static final class Parse {
    private final String source;
    private final char decimal;
    private int line;

    Parse(String source, char decimal) {
      this.source = source;
      this.decimal = decimal;
    }

    DashboardRecord record(String[] c) {
      if (c.length != DashboardExport.FIELDS.size()) {
        throw new DataFileException(source, line, String.format(Locale.ROOT, "%d cells, expected %d: %s",
            c.length, DashboardExport.FIELDS.size(), String.join("|", c)));
      }
      return new DashboardRecord(integer(c, 0), integer(c, 1), kind(c, 2), required(c, 3), text(c, 4),
          required(c, 5), c[6], c[7], number(c, 8), number(c, 9), number(c, 10), number(c, 11), reason(c, 12),
          c[13], number(c, 14), number(c, 15), number(c, 16));
    }

    private DataFileException bad(int column, String what, String text) {
      return new DataFileException(source, line, String.format(Locale.ROOT, "column %s: %s: '%s'",
          DashboardExport.FIELDS.get(column), what, text));
    }

    private String required(String[] c, int i) {
      if (c[i].isEmpty()) {
        throw bad(i, "must not be empty", c[i]);
      }
      return c[i];
    }

    private Optional<String> text(String[] c, int i) {
      return c[i].isEmpty() ? Optional.empty() : Optional.of(c[i]);
    }

    private int integer(String[] c, int i) {
      try {
        return Integer.parseInt(c[i]);
      } catch (NumberFormatException e) {
        throw bad(i, "not a whole number", c[i]);
      }
    }

    private TerritoryKind kind(String[] c, int i) {
      try {
        return TerritoryKind.valueOf(c[i]);
      } catch (IllegalArgumentException e) {
        throw bad(i, "not a territory kind " + Arrays.toString(TerritoryKind.values()), c[i]);
      }
    }

    private Optional<UndefinedReason> reason(String[] c, int i) {
      if (c[i].isEmpty()) {
        return Optional.empty();
      }
      try {
        return Optional.of(UndefinedReason.valueOf(c[i]));
      } catch (IllegalArgumentException e) {
        throw bad(i, "not an undefined reason " + Arrays.toString(UndefinedReason.values()), c[i]);
      }
    }

    private Optional<BigDecimal> number(String[] c, int i) {
      String t = c[i];
      if (t.isEmpty()) {
        return Optional.empty();
      }
      // the decimal separator of the layout, and nothing else: no grouping, no exponent
      for (int k = 0; k < t.length(); k++) {
        char ch = t.charAt(k);
        if (!(ch >= '0' && ch <= '9') && ch != decimal && !(k == 0 && ch == '-')) {
          throw bad(i, "not a number with decimal '" + decimal + "'", t);
        }
      }
      try {
        return Optional.of(new BigDecimal(decimal == '.' ? t : t.replace(decimal, '.')));
      } catch (NumberFormatException e) {
        throw bad(i, "not a number with decimal '" + decimal + "'", t);
      }
    }
  }
}
