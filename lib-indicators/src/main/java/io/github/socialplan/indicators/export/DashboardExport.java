package io.github.socialplan.indicators.export;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.dataformat.csv.CsvGenerator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import io.github.socialplan.core.io.PosasProblem;
import io.github.socialplan.indicators.dashboard.DashboardRow;
import io.github.socialplan.indicators.dashboard.DashboardTable;
import io.github.socialplan.indicators.result.DisplayFormat;
import io.github.socialplan.indicators.result.IndicatorValue;
import java.io.IOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Writes a cruscotto as CSV or JSON (<i>esportazione del cruscotto</i>), one record per row of the
 * {@link DashboardTable}, in its order, with these fields:
 *
 * <pre>
 * year, level, kind, territory, parent, indicator, italian_name, unit, value, numerator, denominator,
 * multiplier, undefined_reason, undefined_detail, parent_value, difference_from_parent, ratio_to_parent
 * </pre>
 *
 * {@code value}, {@code parent_value} and {@code difference_from_parent} are rounded with the
 * {@link DisplayFormat}; {@code ratio_to_parent} with {@value #RATIO_SCALE} decimals and the format's
 * rounding; {@code numerator}, {@code denominator} and {@code multiplier} are exact, so a reader can
 * check every figure. An undefined value is an empty CSV cell, with its reason and text in the
 * {@code undefined_*} fields. In JSON the same fields are named in camel case ({@link #JSON_FIELDS}:
 * {@code italianName}, {@code undefinedReason}, ...), as all of socialplan's JSON, and a field without a
 * value (an undefined value, the top territory's parent) is left out, never written as {@code null}. Numbers never depend on the default locale. In CSV a format
 * with a decimal comma ({@link DisplayFormat#italian()}) switches the column separator to {@code ;}, as
 * Italian spreadsheets expect; JSON numbers always use a dot. A cell is quoted when it holds the separator,
 * a quote or a line break, and every cell is quoted if any text holds a bare carriage return, so that
 * {@link DashboardCsvReader} reads every text back unchanged.
 *
 * <pre>{@code
 * try (Writer w = Files.newBufferedWriter(Path.of("cruscotto.csv"))) {
 *   DashboardExport.csv(table, w, DisplayFormat.DEFAULT);
 * }
 * }</pre>
 *
 * <p>This class is stateless and thread-safe.
 */
public final class DashboardExport {

  /** Decimals of the ratio to the parent. */
  public static final int RATIO_SCALE = 3;

  /** The field names, in order. */
  public static final List<String> FIELDS = List.of("year", "level", "kind", "territory", "parent",
      "indicator", "italian_name", "unit", "value", "numerator", "denominator", "multiplier",
      "undefined_reason", "undefined_detail", "parent_value", "difference_from_parent", "ratio_to_parent");

  /** The JSON field names, in order: {@link #FIELDS} in camel case. */
  public static final List<String> JSON_FIELDS = FIELDS.stream().map(DashboardExport::camel).toList();

  // strict checking quotes a cell only when it needs it, whatever the column separator
  private static final CsvMapper CSV = CsvMapper.builder()
      .enable(CsvGenerator.Feature.STRICT_CHECK_FOR_QUOTING).build();
  private static final ObjectMapper JSON = new ObjectMapper()
      .enable(JsonGenerator.Feature.WRITE_BIGDECIMAL_AS_PLAIN)
      .enable(SerializationFeature.INDENT_OUTPUT);

  private DashboardExport() {}

  /**
   * Writes the table as CSV with a header line.
   *
   * @param table not null
   * @param out not null, not closed
   * @param format how values are rounded and shown, not null
   * @throws IOException if writing fails
   */
  public static void csv(DashboardTable table, Writer out, DisplayFormat format) throws IOException {
    Objects.requireNonNull(table, "table");
    Objects.requireNonNull(out, "out");
    Objects.requireNonNull(format, "format");
    CsvSchema.Builder schema = CsvSchema.builder().setUseHeader(true)
        .setColumnSeparator(format.decimalSeparator() == ',' ? ';' : ',');
    for (String f : FIELDS) {
      schema.addColumn(f);
    }
    DisplayFormat cell = format.withUndefinedText("");
    List<String[]> lines = new ArrayList<>(table.rows().size());
    for (DashboardRow r : table.rows()) {
      Map<String, Object> rec = record(r, cell);
      String[] line = new String[FIELDS.size()];
      for (int i = 0; i < line.length; i++) {
        Object v = rec.get(FIELDS.get(i));
        line[i] = v == null ? "" : v instanceof BigDecimal ? text((BigDecimal) v, cell) : v.toString();
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
   * Writes the table as a JSON object {@code {"rows": [ {...}, ... ]}}.
   *
   * @param table not null
   * @param out not null, not closed
   * @param format how values are rounded, not null (its decimal separator is ignored)
   * @throws IOException if writing fails
   */
  public static void json(DashboardTable table, Writer out, DisplayFormat format) throws IOException {
    json(table, List.of(), out, format);
  }

  /**
   * Writes the table as a JSON object {@code {"rows": [ {...}, ... ], "skipped": [ {...}, ... ]}}, where
   * {@code skipped} lists the comuni that the table leaves out because their POSAS rows were incomplete or
   * did not add up (read with {@link io.github.socialplan.core.io.ProblemPolicy#SKIP}), each as
   * {@link PosasProblem} writes itself in JSON: {@code code}, {@code name}, {@code firstLine},
   * {@code lastLine}, {@code kinds} and {@code detail}. With no comune skipped the field is left out, and the
   * document is the one {@link #json(DashboardTable, Writer, DisplayFormat)} writes.
   *
   * @param table not null
   * @param skipped the comuni left out, in file order (as {@code PosasData.report().problems()} has them),
   *     not null, no null element
   * @param out not null, not closed
   * @param format how values are rounded, not null (its decimal separator is ignored)
   * @throws IOException if writing fails
   */
  public static void json(DashboardTable table, List<PosasProblem> skipped, Writer out, DisplayFormat format)
      throws IOException {
    Objects.requireNonNull(table, "table");
    Objects.requireNonNull(skipped, "skipped");
    Objects.requireNonNull(out, "out");
    Objects.requireNonNull(format, "format");
    List<Map<String, Object>> records = new ArrayList<>(table.rows().size());
    for (DashboardRow r : table.rows()) {
      records.add(jsonRecord(record(r, format)));
    }
    Map<String, Object> document = new LinkedHashMap<>();
    document.put("rows", records);
    if (!skipped.isEmpty()) {
      List<Map<String, Object>> problems = new ArrayList<>(skipped.size());
      for (PosasProblem p : skipped) {
        problems.add(skippedRecord(Objects.requireNonNull(p, "skipped comune")));
      }
      document.put("skipped", problems);
    }
    JSON.writer().without(JsonGenerator.Feature.AUTO_CLOSE_TARGET).writeValue(out, document);
  }

  /** A comune left out, with the fields and in the order of {@link PosasProblem}'s own JSON. */
  private static Map<String, Object> skippedRecord(PosasProblem p) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("code", p.code().toString());
    m.put("name", p.name());
    m.put("firstLine", p.firstLine());
    m.put("lastLine", p.lastLine());
    m.put("kinds", p.kinds().stream().map(Enum::name).toList());
    m.put("detail", p.detail());
    return m;
  }

  /** A JSON record: camelCase names, and a field without a value is left out. */
  private static Map<String, Object> jsonRecord(Map<String, Object> record) {
    Map<String, Object> json = new LinkedHashMap<>();
    record.forEach((name, value) -> {
      if (value != null) {
        json.put(camel(name), value);
      }
    });
    return json;
  }

  /** The fields of a row by their CSV names, in order; null where a field has no value. */
  private static Map<String, Object> record(DashboardRow r, DisplayFormat format) {
    Map<String, Object> m = new LinkedHashMap<>();
    IndicatorValue v = r.value();
    m.put("year", r.year());
    m.put("level", r.level());
    m.put("kind", r.kind().name());
    m.put("territory", r.territory());
    m.put("parent", r.parent().orElse(null));
    m.put("indicator", r.indicator().id());
    m.put("italian_name", r.indicator().italianName());
    m.put("unit", r.indicator().unit().italianLabel());
    m.put("value", rounded(v, format));
    m.put("numerator", v.numerator().orElse(null));
    m.put("denominator", v.denominator().orElse(null));
    m.put("multiplier", v.multiplier().orElse(null));
    m.put("undefined_reason", v.reason().map(Enum::name).orElse(null));
    m.put("undefined_detail", v.isDefined() ? null : v.detail());
    m.put("parent_value", r.parentValue().map(p -> rounded(p, format)).orElse(null));
    m.put("difference_from_parent", r.differenceFromParent().map(d -> rounded(d, format)).orElse(null));
    m.put("ratio_to_parent", r.ratioToParent()
        .map(q -> rounded(q, format.withScale(RATIO_SCALE))).orElse(null));
    return m;
  }

  private static String camel(String snake) {
    StringBuilder sb = new StringBuilder(snake.length());
    boolean up = false;
    for (int i = 0; i < snake.length(); i++) {
      char c = snake.charAt(i);
      if (c == '_') {
        up = true;
      } else {
        sb.append(up ? Character.toUpperCase(c) : c);
        up = false;
      }
    }
    return sb.toString();
  }

  private static BigDecimal rounded(IndicatorValue v, DisplayFormat format) {
    return v.isDefined() ? v.rounded(format.scale(), format.rounding()) : null;
  }

  private static String text(BigDecimal d, DisplayFormat format) {
    return d.toPlainString().replace('.', format.decimalSeparator());
  }
}
