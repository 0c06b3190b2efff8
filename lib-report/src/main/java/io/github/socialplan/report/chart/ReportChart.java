package io.github.socialplan.report.chart;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;
import javax.imageio.ImageIO;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.title.TextTitle;
import org.jfree.svg.SVGGraphics2D;
import org.jfree.svg.ViewBox;

/**
 * A chart ready to be written as SVG or PNG (<i>grafico</i>). Made by {@link Charts}; the same input gives
 * the same bytes, in SVG and in PNG, so charts can be committed, compared and cached.
 *
 * <p>A chart with nothing to draw (no residents, only undefined values) is drawn empty with a {@link #note()}
 * that says why; it is never an exception from inside the charting library.
 *
 * <p>Thread-safe: a chart is drawn by one thread at a time (drawing changes the charting library's legend
 * and axes while it runs), so a report that holds it can be rendered from several threads at once.
 */
public final class ReportChart {

  /** Prefix of the ids of the SVG definitions, fixed so that two renderings give the same bytes. */
  private static final String DEFS_PREFIX = "sp";

  private final JFreeChart chart;
  private final int width;
  private final int height;
  private final int items;
  private final String note;

  ReportChart(JFreeChart chart, int width, int height, int items, String note) {
    this.chart = chart;
    this.width = width;
    this.height = height;
    this.items = items;
    this.note = note;
    chart.setAntiAlias(true);
    chart.setTextAntiAlias(true);
    chart.setBackgroundPaint(Color.WHITE);
    if (note != null) {
      TextTitle t = new TextTitle(note);
      t.setFont(Charts.NOTE_FONT);
      chart.addSubtitle(t);
    }
  }

  /**
   * The chart's title.
   *
   * @return the title, not null
   */
  public String title() {
    return chart.getTitle() == null ? "" : chart.getTitle().getText();
  }

  /**
   * The width in pixels (SVG user units).
   *
   * @return the width, positive
   */
  public int width() {
    return width;
  }

  /**
   * The height in pixels (SVG user units).
   *
   * @return the height, positive
   */
  public int height() {
    return height;
  }

  /**
   * How many bars or points the chart draws: one per band and sex in a pyramid, one per defined value in a
   * trend, one per line and series in a bar chart.
   *
   * @return the count, 0 or more
   */
  public int items() {
    return items;
  }

  /**
   * Why the chart is empty or partial, when it is: for example that every value is undefined.
   *
   * @return the note, or empty
   */
  public Optional<String> note() {
    return Optional.ofNullable(note);
  }

  /**
   * The chart as an SVG document, without the XML declaration so that it can be inlined in HTML.
   *
   * @return the SVG text, not null
   */
  public String svg() {
    return svg(DEFS_PREFIX);
  }

  /**
   * The chart as an SVG element whose internal ids (clip paths, gradients) start with the given prefix, so
   * that several charts can be inlined in one HTML page without their ids clashing. It has a {@code viewBox},
   * so that it scales to the width of its container.
   *
   * @param idPrefix the prefix, letters, digits and {@code -} only, starting with a letter
   * @return the SVG text, not null
   * @throws IllegalArgumentException if the prefix is not a valid id start
   */
  public String svg(String idPrefix) {
    if (!idPrefix.matches("[A-Za-z][A-Za-z0-9-]*")) {
      throw new IllegalArgumentException("SVG id prefix must be letters, digits and '-', starting with a letter: "
          + idPrefix);
    }
    SVGGraphics2D g = new SVGGraphics2D(width, height);
    g.setDefsKeyPrefix(idPrefix);
    draw(g);
    return g.getSVGElement(null, true, new ViewBox(0, 0, width, height), null, null);
  }

  /**
   * The chart as a PNG image of {@link #width()} × {@link #height()} pixels.
   *
   * @return the PNG bytes, not null
   */
  public byte[] png() {
    BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
    Graphics2D g = image.createGraphics();
    try {
      g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
      draw(g);
    } finally {
      g.dispose();
    }
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try {
      ImageIO.write(image, "png", out);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot encode the chart '" + title() + "' as PNG", e);
    }
    return out.toByteArray();
  }

  /**
   * Draws the chart, one thread at a time: JFreeChart changes the chart while drawing it (its legend's
   * items, its axes' tick units), so two drawings at once gave a doubled legend, a shifted one or a
   * {@code ConcurrentModificationException}.
   */
  private void draw(Graphics2D g) {
    synchronized (chart) {
      chart.draw(g, new java.awt.geom.Rectangle2D.Double(0, 0, width, height));
    }
  }

  /**
   * Writes the chart as an SVG file (UTF-8).
   *
   * @param file the file to write, not null
   * @throws IOException if the file cannot be written
   */
  public void writeSvg(Path file) throws IOException {
    Objects.requireNonNull(file, "file");
    Files.writeString(file, "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n" + svg());
  }

  /**
   * Writes the chart as a PNG file.
   *
   * @param file the file to write, not null
   * @throws IOException if the file cannot be written
   */
  public void writePng(Path file) throws IOException {
    Objects.requireNonNull(file, "file");
    Files.write(file, png());
  }

  @Override
  public String toString() {
    return "ReportChart[" + title() + ", " + items + " items]";
  }
}
