package io.github.socialplan.indicators.export;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.dataformat.csv.CsvGenerator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import io.github.socialplan.core.io.DataFileException;
import io.github.socialplan.core.io.TextInput;
import io.github.socialplan.core.number.PlainNumbers;
import io.github.socialplan.core.territory.TerritoryKind;
import io.github.socialplan.indicators.dashboard.DashboardRow;
import io.github.socialplan.indicators.dashboard.DashboardTable;
import io.github.socialplan.indicators.result.IndicatorValue;
import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A cruscotto as researchers load it into R, pandas or a spreadsheet (<i>tabella larga</i>): one row per
 * territory and year, one column per indicator, each value a {@code double}. An undefined value is NaN
 * here and an empty cell in the CSV; {@link #reason} gives why it is undefined.
 *
 * <p>The CSV has the columns {@code year, level, kind, territory, parent} and then one per indicator id;
 * values are written with {@link Double#toString(double)}, so {@link #readCsv} gives back the same
 * doubles. Rows keep the order of the {@link DashboardTable}: year, coarsest level first, territory.
 *
 * <pre>{@code
 * WideTable wide = WideTable.of(dashboard);
 * double v = wide.value(0, wide.column("old_age_index"));   // NaN if undefined
 * wide.reason(0, wide.column("pct_minors"));                 // Optional["AGE_BAND_NOT_SPLIT: band 15-64 ..."]
 * wide.csv(writer);
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 */
public final class WideTable {

  /** The columns that name a row, before the indicator columns. */
  public static final List<String> KEY_COLUMNS = List.of("year", "level", "kind", "territory", "parent");

  private static final CsvMapper CSV = CsvMapper.builder()
      .enable(CsvGenerator.Feature.STRICT_CHECK_FOR_QUOTING).build();

  private final List<String> indicators;
  private final int[] years;
  private final int[] levels;
  private final String[] kinds;
  private final String[] territories;
  private final String[] parents;
  /** {@code values[row][column]}; NaN where undefined. */
  private final double[][] values;
  /** The reason of each undefined value, {@code "REASON: detail"}; null where defined. */
  private final String[][] reasons;

  private WideTable(List<String> indicators, int[] years, int[] levels, String[] kinds, String[] territories,
      String[] parents, double[][] values, String[][] reasons) {
    this.indicators = List.copyOf(indicators);
    this.years = years;
    this.levels = levels;
    this.kinds = kinds;
    this.territories = territories;
    this.parents = parents;
    this.values = values;
    this.reasons = reasons;
  }

  /**
   * The wide form of a dashboard.
   *
   * @param table not null
   * @return one row per year, level and territory of the table, one column per indicator
   */
  public static WideTable of(DashboardTable table) {
    Objects.requireNonNull(table, "table");
    Map<String, Integer> columnOf = new LinkedHashMap<>();
    Map<String, Integer> rowOf = new LinkedHashMap<>();
    List<DashboardRow> first = new ArrayList<>();
    for (DashboardRow r : table.rows()) {
      columnOf.putIfAbsent(r.indicator().id(), columnOf.size());
      String key = r.year() + "|" + r.level() + "|" + r.territory();
      if (rowOf.putIfAbsent(key, rowOf.size()) == null) {
        first.add(r);
      }
    }
    int n = first.size();
    int m = columnOf.size();
    int[] years = new int[n];
    int[] levels = new int[n];
    String[] kinds = new String[n];
    String[] territories = new String[n];
    String[] parents = new String[n];
    for (int i = 0; i < n; i++) {
      DashboardRow r = first.get(i);
      years[i] = r.year();
      levels[i] = r.level();
      kinds[i] = r.kind().name();
      territories[i] = r.territory();
      parents[i] = r.parent().orElse(null);
    }
    // a dashboard table has a row for every territory, year and indicator: every cell is set below
    double[][] values = new double[n][m];
    String[][] reasons = new String[n][m];
    for (DashboardRow r : table.rows()) {
      int i = rowOf.get(r.year() + "|" + r.level() + "|" + r.territory());
      int j = columnOf.get(r.indicator().id());
      IndicatorValue v = r.value();
      values[i][j] = v.valueOrNaN();
      reasons[i][j] = v.isDefined() ? null : v.reason().orElseThrow().name() + ": " + v.detail();
    }
    return new WideTable(new ArrayList<>(columnOf.keySet()), years, levels, kinds, territories, parents,
        values, reasons);
  }

  /** {@return the indicator ids, in the order of the columns} */
  public List<String> indicators() {
    return indicators;
  }

  /**
   * The column of an indicator.
   *
   * @param indicatorId not null
   * @return its index in {@link #indicators()}
   * @throws IllegalArgumentException if the table has no such column
   */
  public int column(String indicatorId) {
    int j = indicators.indexOf(Objects.requireNonNull(indicatorId, "indicatorId"));
    if (j < 0) {
      throw new IllegalArgumentException("no column '" + indicatorId + "' in the table: " + indicators);
    }
    return j;
  }

  /** {@return the number of rows} */
  public int size() {
    return years.length;
  }

  /**
   * The year of a row.
   *
   * @param row 0 to {@link #size()} - 1
   * @return the year
   */
  public int year(int row) {
    return years[row];
  }

  /**
   * The level of a row: 0 for the comuni, then the partitions finest first.
   *
   * @param row 0 to {@link #size()} - 1
   * @return the level
   */
  public int level(int row) {
    return levels[row];
  }

  /**
   * The kind of territory of a row ({@code MUNICIPALITY}, {@code PLANNING_DISTRICT}...).
   *
   * @param row 0 to {@link #size()} - 1
   * @return the kind's name
   */
  public String kind(int row) {
    return kinds[row];
  }

  /**
   * The territory of a row: an ISTAT code or a grouping id.
   *
   * @param row 0 to {@link #size()} - 1
   * @return the territory
   */
  public String territory(int row) {
    return territories[row];
  }

  /**
   * The territory's parent in the next level up, if any.
   *
   * @param row 0 to {@link #size()} - 1
   * @return the parent, empty at the coarsest level
   */
  public Optional<String> parent(int row) {
    return Optional.ofNullable(parents[row]);
  }

  /**
   * A value as a double.
   *
   * @param row 0 to {@link #size()} - 1
   * @param column 0 to {@code indicators().size() - 1}
   * @return the value, NaN if undefined
   */
  public double value(int row, int column) {
    return values[row][column];
  }

  /**
   * Why a value is undefined: {@code "AGE_BAND_NOT_SPLIT: band 15-64 does not split at 18 in 019036, 2014"}.
   *
   * @param row 0 to {@link #size()} - 1
   * @param column 0 to {@code indicators().size() - 1}
   * @return the reason and its text, empty if the value is defined
   */
  public Optional<String> reason(int row, int column) {
    return Optional.ofNullable(reasons[row][column]);
  }

  /**
   * Writes the table as CSV with a header line; an undefined value is an empty cell. A cell is quoted when
   * it holds a comma, a quote or a line break, and every cell is quoted if any holds a bare carriage
   * return, so that {@link #readCsv} reads every territory and parent back unchanged.
   *
   * @param out not null, not closed
   * @throws IOException if writing fails
   */
  public void csv(Writer out) throws IOException {
    Objects.requireNonNull(out, "out");
    CsvSchema.Builder schema = CsvSchema.builder().setUseHeader(true);
    KEY_COLUMNS.forEach(schema::addColumn);
    indicators.forEach(schema::addColumn);
    List<String[]> lines = new ArrayList<>(size());
    for (int i = 0; i < size(); i++) {
      String[] line = new String[KEY_COLUMNS.size() + indicators.size()];
      line[0] = Integer.toString(years[i]);
      line[1] = Integer.toString(levels[i]);
      line[2] = kinds[i];
      line[3] = territories[i];
      line[4] = parents[i] == null ? "" : parents[i];
      for (int j = 0; j < indicators.size(); j++) {
        double v = values[i][j];
        line[KEY_COLUMNS.size() + j] = Double.isNaN(v) ? "" : Double.toString(v);
      }
      lines.add(line);
    }
    ObjectWriter writer = CSV.writer(schema.build());
    // Jackson's minimal quoting misses a bare \r, which a reader takes for a line end: quote every cell then.
    if (lines.stream().flatMap(Arrays::stream).anyMatch(c -> c.indexOf('\r') >= 0)) {
      writer = writer.with(CsvGenerator.Feature.ALWAYS_QUOTE_STRINGS);
    }
    writer.writeValues(out).writeAll(lines).flush();
  }

  /**
   * Reads a table written by {@link #csv}, or saved again by a spreadsheet with a byte order mark, which is
   * skipped. The reason of an empty cell is only that it is empty.
   *
   * @param in not null, not closed
   * @param source the name of the input for messages, not null
   * @return the table
   * @throws DataFileException naming the source, line (where the record starts in the file, a quoted cell
   *     may hold line breaks) and column of a malformed line or value: a year or level that is not a whole
   *     number (a level below 0), a kind that is not a {@link TerritoryKind}, an empty territory, a value that
   *     is not a finite number
   * @throws IOException if reading fails
   */
  public static WideTable readCsv(Reader in, String source) throws IOException {
    Objects.requireNonNull(in, "in");
    Objects.requireNonNull(source, "source");
    List<String[]> lines = new ArrayList<>();
    // the file line where each record starts: a quoted cell may hold line breaks
    List<Integer> starts = new ArrayList<>();
    int next = 1;
    try (MappingIterator<String[]> it = CSV.readerFor(String[].class)
        .with(CsvParser.Feature.WRAP_AS_ARRAY).readValues(TextInput.withoutBom(in))) {
      while (it.hasNextValue()) {
        starts.add(it.getParser().currentLocation().getLineNr());
        lines.add(it.nextValue());
        next = it.getParser().currentLocation().getLineNr();
      }
    } catch (RuntimeException | JsonProcessingException e) {
      // hasNextValue() throws a checked JsonProcessingException (an unclosed quote), nextValue() its
      // unchecked wrapper: either is a malformed line, not a failure to read
      DataFileException x = new DataFileException(source, next, "not a CSV line: " + e.getMessage());
      x.initCause(e);
      throw x;
    }
    if (lines.isEmpty()) {
      throw new DataFileException(source, 0, "empty file: no header");
    }
    String[] header = lines.get(0);
    int k = KEY_COLUMNS.size();
    if (header.length < k || !Arrays.asList(header).subList(0, k).equals(KEY_COLUMNS)) {
      throw new DataFileException(source, 1, "the header must start with " + KEY_COLUMNS + ": "
          + Arrays.toString(header));
    }
    List<String> ids = Arrays.asList(header).subList(k, header.length);
    int n = lines.size() - 1;
    int[] years = new int[n];
    int[] levels = new int[n];
    String[] kinds = new String[n];
    String[] territories = new String[n];
    String[] parents = new String[n];
    double[][] values = new double[n][ids.size()];
    String[][] reasons = new String[n][ids.size()];
    for (int i = 0; i < n; i++) {
      String[] line = lines.get(i + 1);
      int lineNo = starts.get(i + 1);
      if (line.length != header.length) {
        throw new DataFileException(source, lineNo, "expected " + header.length + " fields as in the header,"
            + " found " + line.length);
      }
      years[i] = integer(source, lineNo, "year", line[0]);
      levels[i] = integer(source, lineNo, "level", line[1]);
      if (levels[i] < 0) {
        throw new DataFileException(source, lineNo, "'level' must be 0 (comuni) or more: '" + line[1] + "'");
      }
      kinds[i] = kind(source, lineNo, line[2]);
      if (line[3].isEmpty()) {
        throw new DataFileException(source, lineNo, "'territory' must not be empty");
      }
      territories[i] = line[3];
      parents[i] = line[4].isEmpty() ? null : line[4];
      for (int j = 0; j < ids.size(); j++) {
        String cell = line[k + j];
        if (cell.isEmpty()) {
          values[i][j] = Double.NaN;
          reasons[i][j] = "empty cell in " + source + ", line " + lineNo;
        } else {
          values[i][j] = number(source, lineNo, ids.get(j), cell);
        }
      }
    }
    return new WideTable(ids, years, levels, kinds, territories, parents, values, reasons);
  }

  private static String kind(String source, int line, String text) {
    try {
      return TerritoryKind.valueOf(text).name();
    } catch (IllegalArgumentException e) {
      throw new DataFileException(source, line, String.format(Locale.ROOT,
          "'kind' is not a territory kind %s: '%s'", Arrays.toString(TerritoryKind.values()),
          text.length() > 40 ? text.substring(0, 40) + "..." : text));
    }
  }

  private static int integer(String source, int line, String column, String text) {
    try {
      if (text.length() <= 9) {
        return PlainNumbers.parseInt(text); // ASCII digits, as csv writes them
      }
    } catch (NumberFormatException e) {
      // reported below
    }
    throw new DataFileException(source, line, String.format(Locale.ROOT, "'%s' is not a whole number: '%s'",
        column, text));
  }

  private static double number(String source, int line, String column, String text) {
    // a double's shortest text is under 25 characters; longer cells are refused before parsing
    if (text.length() <= 32) {
      try {
        double v = Double.parseDouble(text);
        if (Double.isFinite(v) && !text.endsWith("d") && !text.endsWith("D") && !text.endsWith("f")
            && !text.endsWith("F")) {
          return v;
        }
      } catch (NumberFormatException e) {
        // reported below
      }
    }
    throw new DataFileException(source, line, String.format(Locale.ROOT,
        "'%s' is not a finite number: '%s'", column, text.length() > 40 ? text.substring(0, 40) + "..." : text));
  }

  @Override
  public String toString() {
    return "WideTable[" + size() + " rows x " + indicators.size() + " indicators]";
  }
}
