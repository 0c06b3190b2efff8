package io.github.socialplan.report.html;

import io.github.socialplan.report.chart.ReportChart;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A section of a report (<i>sezione</i>): a title, paragraphs, tables and charts, each chart with its
 * source line. Each section starts on a new page when printed.
 *
 * <p>Immutable once built.
 */
public final class ReportSection {

  /** A chart with the source of its figures. */
  public record SourcedChart(ReportChart chart, String source) {
    /**
     * A chart and its source.
     *
     * @param chart the chart, not null
     * @param source where its figures come from, not null
     */
    public SourcedChart {
      Objects.requireNonNull(chart, "chart");
      Objects.requireNonNull(source, "source");
    }
  }

  private final String title;
  private final List<String> paragraphs;
  private final List<ReportTable> tables;
  private final List<SourcedChart> charts;

  private ReportSection(String title, List<String> paragraphs, List<ReportTable> tables,
      List<SourcedChart> charts) {
    this.title = title;
    this.paragraphs = paragraphs;
    this.tables = tables;
    this.charts = charts;
  }

  /**
   * Starts a section.
   *
   * @param title the section's title, not null
   * @return a builder, not null
   */
  public static Builder builder(String title) {
    return new Builder(title);
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
   * The paragraphs of text, before the tables.
   *
   * @return the paragraphs, not null
   */
  public List<String> paragraphs() {
    return paragraphs;
  }

  /**
   * The tables, in order.
   *
   * @return the tables, not null
   */
  public List<ReportTable> tables() {
    return tables;
  }

  /**
   * The charts, in order, after the tables.
   *
   * @return the charts, not null
   */
  public List<SourcedChart> charts() {
    return charts;
  }

  /** Builds a {@link ReportSection}. Not thread-safe. */
  public static final class Builder {
    private final String title;
    private final List<String> paragraphs = new ArrayList<>();
    private final List<ReportTable> tables = new ArrayList<>();
    private final List<SourcedChart> charts = new ArrayList<>();

    private Builder(String title) {
      this.title = Objects.requireNonNull(title, "title");
    }

    /**
     * Adds a paragraph.
     *
     * @param text the text, not null; the report escapes it
     * @return this builder
     */
    public Builder paragraph(String text) {
      paragraphs.add(Objects.requireNonNull(text, "text"));
      return this;
    }

    /**
     * Adds a table.
     *
     * @param table the table, not null
     * @return this builder
     */
    public Builder table(ReportTable table) {
      tables.add(Objects.requireNonNull(table, "table"));
      return this;
    }

    /**
     * Adds a chart.
     *
     * @param chart the chart, not null
     * @param source where its figures come from, not null
     * @return this builder
     */
    public Builder chart(ReportChart chart, String source) {
      charts.add(new SourcedChart(chart, source));
      return this;
    }

    /**
     * Builds the section.
     *
     * @return the section, not null
     */
    public ReportSection build() {
      return new ReportSection(title, List.copyOf(paragraphs), List.copyOf(tables), List.copyOf(charts));
    }
  }
}
