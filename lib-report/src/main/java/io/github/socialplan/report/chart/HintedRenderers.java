package io.github.socialplan.report.chart;

import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.ValueAxis;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.CrosshairState;
import org.jfree.chart.plot.PlotRenderingInfo;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.category.CategoryItemRendererState;
import org.jfree.chart.renderer.category.StackedBarRenderer;
import org.jfree.chart.renderer.xy.XYBarRenderer;
import org.jfree.chart.renderer.xy.XYItemRendererState;
import org.jfree.data.KeyedValues2DItemKey;
import org.jfree.data.category.CategoryDataset;
import org.jfree.data.xy.XYDataset;
import org.jfree.data.xy.XYItemKey;

/**
 * Bar renderers that mark each drawn bar as an SVG group ({@code <g jfreesvg:ref=...>}), as JFreeChart's
 * own {@code BarRenderer} does when element hinting is on, so that a chart's bars can be counted and
 * identified in its SVG, e.g. by tests and by scripts that post-process the SVG.
 */
final class HintedRenderers {

  private HintedRenderers() {}

  /** Interval bars of an XY plot: the pyramid. */
  static final class XYBars extends XYBarRenderer {
    private static final long serialVersionUID = 1L;

    @Override
    public void drawItem(Graphics2D g2, XYItemRendererState state, Rectangle2D dataArea, PlotRenderingInfo info,
        XYPlot plot, ValueAxis domainAxis, ValueAxis rangeAxis, XYDataset dataset, int series, int item,
        CrosshairState crosshairState, int pass) {
      if (!getItemVisible(series, item) || Double.isNaN(dataset.getYValue(series, item))) {
        return;
      }
      beginElementGroup(g2, new XYItemKey<>(dataset.getSeriesKey(series), item));
      super.drawItem(g2, state, dataArea, info, plot, domainAxis, rangeAxis, dataset, series, item, crosshairState,
          pass);
      endElementGroup(g2);
    }
  }

  /** Bars of a category plot, stacked; each segment is drawn in pass 1 (0 draws shadows, 2 labels). */
  static final class StackedBars extends StackedBarRenderer {
    private static final long serialVersionUID = 1L;

    @Override
    public void drawItem(Graphics2D g2, CategoryItemRendererState state, Rectangle2D dataArea, CategoryPlot plot,
        CategoryAxis domainAxis, ValueAxis rangeAxis, CategoryDataset dataset, int row, int column, int pass) {
      if (dataset.getValue(row, column) == null || pass != 1) {
        super.drawItem(g2, state, dataArea, plot, domainAxis, rangeAxis, dataset, row, column, pass);
        return;
      }
      beginElementGroup(g2, new KeyedValues2DItemKey<>(dataset.getRowKey(row), dataset.getColumnKey(column)));
      super.drawItem(g2, state, dataArea, plot, domainAxis, rangeAxis, dataset, row, column, pass);
      endElementGroup(g2);
    }
  }
}
