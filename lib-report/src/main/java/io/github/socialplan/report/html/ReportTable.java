package io.github.socialplan.report.html;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A table of a report section: a caption, a header, rows of {@link ReportCell}s and the source of its figures.
 *
 * <p>Immutable and thread-safe once built.
 */
public final class ReportTable {

  private final String caption;
  private final List<String> header;
  private final List<List<ReportCell>> rows;
  private final String source;

  private ReportTable(String caption, List<String> header, List<List<ReportCell>> rows, String source) {
    this.caption = caption;
    this.header = header;
    this.rows = rows;
    this.source = source;
  }

  /**
   * Starts a table.
   *
   * @param caption what the table shows, not null
   * @param source where its figures come from, not null
   * @param header the column titles, at least one
   * @return a builder, not null
   */
  public static Builder builder(String caption, String source, String... header) {
    return new Builder(caption, source, List.of(header));
  }

  /**
   * What the table shows.
   *
   * @return the caption, not null
   */
  public String caption() {
    return caption;
  }

  /**
   * The column titles.
   *
   * @return the titles, not null
   */
  public List<String> header() {
    return header;
  }

  /**
   * The rows, each as many cells as the header has titles.
   *
   * @return the rows, not null
   */
  public List<List<ReportCell>> rows() {
    return rows;
  }

  /**
   * Where the table's figures come from.
   *
   * @return the source line, not null
   */
  public String source() {
    return source;
  }

  /** Builds a {@link ReportTable} row by row. Not thread-safe. */
  public static final class Builder {
    private final String caption;
    private final String source;
    private final List<String> header;
    private final List<List<ReportCell>> rows = new ArrayList<>();

    private Builder(String caption, String source, List<String> header) {
      this.caption = Objects.requireNonNull(caption, "caption");
      this.source = Objects.requireNonNull(source, "source");
      if (header.isEmpty()) {
        throw new IllegalArgumentException("table '" + caption + "' needs at least one column");
      }
      this.header = header;
    }

    /**
     * Adds a row.
     *
     * @param cells one cell per column, not null
     * @return this builder
     * @throws IllegalArgumentException if the row has another number of cells than the header
     */
    public Builder row(ReportCell... cells) {
      if (cells.length != header.size()) {
        throw new IllegalArgumentException("table '" + caption + "': row " + (rows.size() + 1) + " has "
            + cells.length + " cells, the header " + header.size());
      }
      rows.add(List.of(cells));
      return this;
    }

    /**
     * Builds the table.
     *
     * @return the table, not null
     */
    public ReportTable build() {
      return new ReportTable(caption, header, List.copyOf(rows), source);
    }
  }
}
