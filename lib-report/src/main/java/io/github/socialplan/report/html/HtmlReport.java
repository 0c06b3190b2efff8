package io.github.socialplan.report.html;

import com.github.mustachejava.DefaultMustacheFactory;
import com.github.mustachejava.Mustache;
import com.github.mustachejava.MustacheFactory;
import io.github.socialplan.report.Language;
import io.github.socialplan.report.chart.ReportChart;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A printable HTML report (<i>report</i>): one self-contained file with its CSS and SVG charts inline, no
 * script and nothing fetched from the network, laid out for A4 with a page break before each section.
 *
 * <p>Undefined values are written "n.d." with a footnote that gives the reason; every table and chart has
 * its source line. Texts are HTML-escaped by the template engine (Mustache); the numbers reach the template
 * already formatted by the library.
 *
 * <pre>{@code
 * HtmlReport report = HtmlReport.builder("Ambito di Cremona", Language.ITALIAN)
 *     .subtitle("Profilo di comunità, 1 gennaio 2014")
 *     .section(StandardSections.profile(...))
 *     .build();
 * report.write(Path.of("target/reports/cremona.html"));
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 */
public final class HtmlReport {

  private static final MustacheFactory TEMPLATES = new DefaultMustacheFactory("io/github/socialplan/report/html");
  private static final Mustache TEMPLATE = TEMPLATES.compile("report.mustache");

  private final String title;
  private final String subtitle;
  private final Language language;
  private final List<ReportSection> sections;

  private HtmlReport(String title, String subtitle, Language language, List<ReportSection> sections) {
    this.title = title;
    this.subtitle = subtitle;
    this.language = language;
    this.sections = sections;
  }

  /**
   * Starts a report.
   *
   * @param title the report's title, e.g. the territory's name, not null
   * @param language the language of its labels and numbers, not null
   * @return a builder, not null
   */
  public static Builder builder(String title, Language language) {
    return new Builder(title, language);
  }

  /**
   * The title.
   *
   * @return the title, not null
   */
  public String title() {
    return title;
  }

  /**
   * The sections, in order.
   *
   * @return the sections, not null
   */
  public List<ReportSection> sections() {
    return sections;
  }

  /**
   * Writes the report as HTML.
   *
   * @param out where to write, not null
   * @throws IOException if writing fails
   */
  public void render(Writer out) throws IOException {
    Objects.requireNonNull(out, "out");
    try {
      TEMPLATE.execute(out, scope()).flush();
    } catch (UncheckedIOException e) {
      throw e.getCause();
    }
  }

  /**
   * The report as one HTML document.
   *
   * @return the HTML text, not null
   */
  public String html() {
    StringWriter w = new StringWriter();
    try {
      render(w);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return w.toString();
  }

  /**
   * Writes the report to a file (UTF-8), creating its folder if needed.
   *
   * @param file the file, not null
   * @throws IOException if the file cannot be written
   */
  public void write(Path file) throws IOException {
    Path parent = file.toAbsolutePath().getParent();
    if (parent != null) {
      Files.createDirectories(parent);
    }
    Files.writeString(file, html(), StandardCharsets.UTF_8);
  }

  private Map<String, Object> scope() {
    Footnotes notes = new Footnotes();
    List<Map<String, Object>> secs = new ArrayList<>();
    int chartNo = 0;
    for (int s = 0; s < sections.size(); s++) {
      ReportSection section = sections.get(s);
      List<Map<String, Object>> tables = new ArrayList<>();
      for (ReportTable t : section.tables()) {
        List<Map<String, Object>> rows = new ArrayList<>();
        for (List<ReportCell> row : t.rows()) {
          List<Map<String, Object>> cells = new ArrayList<>();
          for (ReportCell c : row) {
            Map<String, Object> cell = new LinkedHashMap<>();
            cell.put("text", c.textValue());
            cell.put("numeric", c.numeric());
            c.footnote().ifPresent(f -> cell.put("note", notes.number(f)));
            cells.add(cell);
          }
          rows.add(Map.of("cells", cells));
        }
        tables.add(Map.of("caption", t.caption(), "header", t.header(), "rows", rows, "source", t.source()));
      }
      List<Map<String, Object>> charts = new ArrayList<>();
      for (ReportSection.SourcedChart c : section.charts()) {
        ReportChart chart = c.chart();
        chartNo++;
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("svg", chart.svg("c" + chartNo + "-"));
        m.put("title", chart.title());
        m.put("source", c.source());
        chart.note().ifPresent(n -> m.put("note", n));
        charts.add(m);
      }
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("id", "s" + (s + 1));
      m.put("first", s == 0);
      m.put("title", section.title());
      m.put("paragraphs", section.paragraphs());
      m.put("tables", tables);
      m.put("charts", charts);
      secs.add(m);
    }
    Map<String, Object> scope = new LinkedHashMap<>();
    scope.put("lang", language == Language.ITALIAN ? "it" : "en");
    scope.put("title", title);
    if (subtitle != null) {
      scope.put("subtitle", subtitle);
    }
    scope.put("sections", secs);
    List<Map<String, Object>> footnotes = notes.list();
    scope.put("footnotes", footnotes);
    scope.put("hasFootnotes", !footnotes.isEmpty());
    scope.put("sourceLabel", language.label("report.source"));
    scope.put("notesLabel", language.label("report.notes"));
    scope.put("contentsLabel", language.label("report.contents"));
    return scope;
  }

  /** Numbers each distinct reason once, in order of first use. */
  private static final class Footnotes {
    private final Map<String, Integer> numbers = new LinkedHashMap<>();

    int number(String reason) {
      return numbers.computeIfAbsent(reason, r -> numbers.size() + 1);
    }

    List<Map<String, Object>> list() {
      List<Map<String, Object>> out = new ArrayList<>();
      numbers.forEach((text, n) -> out.add(Map.of("n", n, "text", text)));
      return out;
    }
  }

  /** Builds an {@link HtmlReport}. Not thread-safe. */
  public static final class Builder {
    private final String title;
    private final Language language;
    private String subtitle;
    private final List<ReportSection> sections = new ArrayList<>();

    private Builder(String title, Language language) {
      this.title = Objects.requireNonNull(title, "title");
      this.language = Objects.requireNonNull(language, "language");
    }

    /**
     * Sets the line under the title, e.g. the date of reference.
     *
     * @param text the subtitle, not null
     * @return this builder
     */
    public Builder subtitle(String text) {
      this.subtitle = Objects.requireNonNull(text, "text");
      return this;
    }

    /**
     * Adds a section.
     *
     * @param section the section, not null
     * @return this builder
     */
    public Builder section(ReportSection section) {
      sections.add(Objects.requireNonNull(section, "section"));
      return this;
    }

    /**
     * Builds the report.
     *
     * @return the report, not null
     * @throws IllegalStateException if it has no section
     */
    public HtmlReport build() {
      if (sections.isEmpty()) {
        throw new IllegalStateException("report '" + title + "' has no section");
      }
      return new HtmlReport(title, subtitle, language, List.copyOf(sections));
    }
  }
}
