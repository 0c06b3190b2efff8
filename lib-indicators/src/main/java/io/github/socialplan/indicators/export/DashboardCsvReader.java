package io.github.socialplan.indicators.export;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.dataformat.csv.CsvFactory;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import io.github.socialplan.core.io.DataFileException;
import io.github.socialplan.core.io.TextInput;
import io.github.socialplan.core.number.DecimalBounds;
import io.github.socialplan.core.number.PlainNumbers;
import io.github.socialplan.core.territory.TerritoryKind;
import io.github.socialplan.indicators.internal.RoundedRatio;
import io.github.socialplan.indicators.result.DisplayFormat;
import io.github.socialplan.indicators.result.UndefinedReason;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.math.BigDecimal;
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
 * the line, the column and the text: a header other than {@link DashboardExport#FIELDS}, a row with another
 * number of cells, a number, kind or undefined reason that does not parse, a cell longer than
 * {@link TextInput#MAX_CELL_LENGTH} or a number longer than {@link TextInput#MAX_NUMBER_LENGTH} characters
 * or out of {@link DecimalBounds}, bytes that are not UTF-8, an empty file; and rows that contradict
 * themselves: a value that is not the ratio {@code numerator × multiplier / denominator} rounded to the
 * export's decimals, a numerator without a denominator, a row with both a value and an undefined reason,
 * or with neither, a comparison with the parent in a row without a parent, a negative level. A UTF-8 byte
 * order mark is skipped.
 *
 * <p>The export's decimals are those its values show. An export at a negative scale ({@link
 * DisplayFormat#withScale}: 348.28 shown as {@code 350} at -1) shows none: when no value of the file shows
 * decimals, its values without any are checked at the coarsest scale at which all its rounded values
 * (value, parent value, difference) are whole multiples, tens if they all end in 0, hundreds if in 00...,
 * so that every export reads back whatever its scale and rounding.
 *
 * <p>This class is stateless and thread-safe.
 */
public final class DashboardCsvReader {

  private static final CsvFactory FACTORY = TextInput.csvFactory();

  private DashboardCsvReader() {}

  /**
   * Reads a UTF-8 CSV file (a byte order mark is skipped).
   *
   * @param file not null
   * @return the rows, in file order
   * @throws IOException if the file cannot be read
   * @throws DataFileException if the content is not a cruscotto export or not UTF-8; the message names
   *     the file and line
   */
  public static List<DashboardRecord> read(Path file) throws IOException {
    Objects.requireNonNull(file, "file");
    try (InputStream bytes = Files.newInputStream(file)) {
      return read(TextInput.utf8(bytes, file.toString()), file.toString());
    }
  }

  /**
   * Reads CSV text (a leading byte order mark is skipped); does not close the reader.
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
    Reader text = TextInput.withoutBom(in);
    BufferedReader buffered = new BufferedReader(text); // marks and resets where the separator is judged
    char separator = separator(buffered);
    Parse parse = new Parse(source, separator == ';' ? ',' : '.');
    List<DashboardRecord> rows = new ArrayList<>();
    boolean header = true;
    List<String> cells = new ArrayList<>();
    try (CsvParser p = FACTORY.createParser(buffered)) {
      p.setSchema(CsvSchema.emptySchema().withColumnSeparator(separator));
      p.enable(CsvParser.Feature.SKIP_EMPTY_LINES);
      while (p.nextToken() != null) {
        // each row is an array; where the parser stands at its start is the row's line
        parse.line = p.currentLocation().getLineNr();
        cells.clear();
        JsonToken t;
        while ((t = p.nextToken()) != JsonToken.END_ARRAY && t != null) {
          if (cells.size() > DashboardExport.FIELDS.size()) {
            throw new DataFileException(source, parse.line, "more cells than the "
                + DashboardExport.FIELDS.size() + " of the header");
          }
          cells.add(p.getText());
        }
        String[] c = cells.toArray(String[]::new);
        if (header) {
          header = false;
          if (!cells.equals(DashboardExport.FIELDS)) {
            throw new DataFileException(source, parse.line, "not a cruscotto export header: '"
                + abbreviate(String.join(String.valueOf(separator), c)) + "'; expected "
                + String.join(",", DashboardExport.FIELDS));
          }
          continue;
        }
        rows.add(parse.record(c, rows.size()));
      }
    } catch (StreamConstraintsException e) {
      // the parser stops a long cell as soon as it passes the limit, before it has read it all
      throw parse.bad(cells.size(), "more than " + TextInput.MAX_CELL_LENGTH + " characters, the most a cell"
          + " may have", "...");
    } catch (JsonProcessingException e) {
      int line = e.getLocation() == null ? 0 : e.getLocation().getLineNr();
      DataFileException x = new DataFileException(source, line, "not readable as CSV: " + e.getOriginalMessage());
      x.initCause(e);
      throw x;
    }
    if (header) {
      throw new DataFileException(source, 1, "empty file, expected the header "
          + String.join(",", DashboardExport.FIELDS));
    }
    parse.checkWholeValues(rows);
    return List.copyOf(rows);
  }

  /** {@code ;} if the first line has one (the Italian layout), else {@code ,}; reads no more than it gives back. */
  private static char separator(BufferedReader in) throws IOException {
    int look = 1024;
    in.mark(look);
    try {
      for (int i = 0; i < look; i++) {
        int c = in.read();
        if (c < 0 || c == '\n' || c == '\r') {
          break;
        }
        if (c == ';') {
          return ';';
        }
      }
      return ',';
    } finally {
      in.reset();
    }
  }

  private static String abbreviate(String s) {
    return s.length() <= 200 ? s : s.substring(0, 197) + "...";
  }

  /** The parsing of one row's cells, with the place for messages. */
  private static final class Parse {
    private final String source;
    private final char decimal;
    private int line;
    // Whether a rounded cell (value, parent value, difference) of the file shows decimals: the export's
    // scale is then positive, as toPlainString shows every decimal of a rounded figure.
    private boolean decimals;
    // The fewest trailing zeros of a nonzero rounded cell without decimals: at a negative scale the export
    // writes 348.28 as 350 (scale -1), so such a file's values are all multiples of 10 or more.
    private int zeros = Integer.MAX_VALUE;
    // The rows whose value has no decimals and a ratio to check, by index in the rows and line, checked
    // once the file's scale is known (checkWholeValues).
    private int[] whole = new int[16];
    private int wholeCount;

    Parse(String source, char decimal) {
      this.source = source;
      this.decimal = decimal;
    }

    DashboardRecord record(String[] c, int rowIndex) {
      if (c.length != DashboardExport.FIELDS.size()) {
        throw new DataFileException(source, line, String.format(Locale.ROOT, "%d cells, expected %d: %s",
            c.length, DashboardExport.FIELDS.size(), abbreviate(String.join("|", c))));
      }
      int level = integer(c, 1);
      if (level < 0) {
        throw bad(1, "must be 0 (comuni) or more", c[1]);
      }
      DashboardRecord r = new DashboardRecord(integer(c, 0), level, kind(c, 2), required(c, 3),
          text(c, 4), required(c, 5), c[6], c[7], number(c, 8), number(c, 9), number(c, 10), number(c, 11),
          reason(c, 12), c[13], number(c, 14), number(c, 15), number(c, 16));
      noteScale(r.value());
      noteScale(r.parentValue());
      noteScale(r.differenceFromParent());
      checkConsistent(r, c, rowIndex);
      return r;
    }

    /** Notes what a rounded cell tells of the export's scale: decimals, or its trailing zeros. */
    private void noteScale(Optional<BigDecimal> rounded) {
      if (rounded.isEmpty()) {
        return;
      }
      BigDecimal d = rounded.get();
      if (d.scale() > 0) {
        decimals = true;
      } else if (d.signum() != 0) {
        zeros = Math.min(zeros, -d.stripTrailingZeros().scale());
      }
    }

    /** The value agrees with the exact figures, and a row is either defined or undefined, not both. */
    private void checkConsistent(DashboardRecord r, String[] c, int rowIndex) {
      if (r.parent().isEmpty()) {
        for (int i : new int[] {14, 15, 16}) {
          if (!c[i].isEmpty()) {
            throw bad(i, "must be empty without a parent", c[i]);
          }
        }
      }
      if (r.undefinedReason().isPresent()) {
        for (int i : new int[] {8, 9, 10, 11, 15, 16}) {
          if (!c[i].isEmpty()) {
            throw bad(i, "must be empty in a row whose value is undefined (" + c[12] + ")", c[i]);
          }
        }
        return;
      }
      if (!c[13].isEmpty()) {
        throw bad(13, "must be empty without an undefined reason", c[13]);
      }
      if (r.value().isEmpty()) {
        throw bad(8, "must not be empty without an undefined reason", c[8]);
      }
      if (r.multiplier().isEmpty()) {
        throw bad(11, "must not be empty without an undefined reason", c[11]);
      }
      if (r.numerator().isPresent() != r.denominator().isPresent()) {
        int missing = r.numerator().isPresent() ? 10 : 9;
        throw bad(missing, "must be given with " + DashboardExport.FIELDS.get(19 - missing), c[missing]);
      }
      if (r.denominator().isEmpty()) {
        return;
      }
      BigDecimal den = r.denominator().get();
      if (den.signum() == 0) {
        throw bad(10, "is zero but the value is not undefined", c[10]);
      }
      if (r.value().get().scale() <= 0) {
        // 350 may be 348.28 at scale 0 or at scale -1: the file's other values tell which
        if (wholeCount + 2 > whole.length) {
          whole = Arrays.copyOf(whole, whole.length * 2);
        }
        whole[wholeCount++] = rowIndex;
        whole[wholeCount++] = line;
        return;
      }
      checkRounding(r, r.value().get().scale(), c[8], c[9], c[10], c[11]);
    }

    /**
     * Checks the rows whose value has no decimals, at the export's scale: 0 if a rounded cell of the file
     * shows decimals (none should, then), else the coarsest scale at which every rounded cell of the
     * file is a whole multiple ({@link DisplayFormat#MIN_SCALE} at the coarsest). A file is read if it is an
     * export at some scale; at a negative one no row can tell its scale alone.
     */
    void checkWholeValues(List<DashboardRecord> rows) {
      int scale = decimals ? 0 : -Math.min(zeros, -DisplayFormat.MIN_SCALE);
      for (int k = 0; k < wholeCount; k += 2) {
        DashboardRecord r = rows.get(whole[k]);
        line = whole[k + 1];
        checkRounding(r, scale, text(r.value()), text(r.numerator()), text(r.denominator()),
            text(r.multiplier()));
      }
    }

    private String text(Optional<BigDecimal> d) {
      return d.get().toPlainString().replace('.', decimal);
    }

    /**
     * The value lies between the floor and the ceiling of the exact ratio at {@code scale}: so it does
     * whatever the rounding mode.
     */
    private void checkRounding(DashboardRecord r, int scale, String value, String num, String den,
        String mult) {
      RoundedRatio shown = RoundedRatio.of(r.numerator().get(), r.multiplier().get(), r.denominator().get(),
          scale);
      if (!shown.admits(r.value().get())) {
        String at = scale >= 0 ? "" : String.format(Locale.ROOT, " at multiples of %s, the coarsest rounding"
            + " the file's values allow", BigDecimal.ONE.scaleByPowerOfTen(-scale).toPlainString());
        throw bad(8, String.format(Locale.ROOT, "contradicts numerator × multiplier / denominator ="
            + " %s × %s / %s, which rounds to %s or %s%s", num, mult, den, shown.low().toPlainString(),
            shown.high().toPlainString(), at), value);
      }
    }

    DataFileException bad(int column, String what, String text) {
      if (column >= DashboardExport.FIELDS.size()) {
        return new DataFileException(source, line, String.format(Locale.ROOT, "cell %d: %s: '%s'", column + 1,
            what, text));
      }
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
        return PlainNumbers.parseInt(c[i]); // ASCII digits, as the export writes them
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
      if (t.length() > TextInput.MAX_NUMBER_LENGTH) {
        throw bad(i, "a number of " + t.length() + " characters, more than " + TextInput.MAX_NUMBER_LENGTH,
            t.substring(0, 20) + "...");
      }
      // the decimal separator of the layout, and nothing else: no grouping, no exponent
      for (int k = 0; k < t.length(); k++) {
        char ch = t.charAt(k);
        if (!(ch >= '0' && ch <= '9') && ch != decimal && !(k == 0 && ch == '-')) {
          throw bad(i, "not a number with decimal '" + decimal + "'", t);
        }
      }
      BigDecimal d;
      try {
        d = new BigDecimal(t.replace(decimal, '.'));
      } catch (NumberFormatException e) {
        throw bad(i, "not a number with decimal '" + decimal + "'", t);
      }
      if (!DecimalBounds.within(d)) {
        throw bad(i, "out of range (at most " + DecimalBounds.MAX_INTEGER_DIGITS + " integer digits and "
            + DecimalBounds.MAX_DECIMALS + " decimals)", t);
      }
      return Optional.of(d);
    }
  }
}
