package io.github.socialplan.report.chart;

import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;
import org.jfree.chart.axis.ValueAxis;
import org.jfree.chart.entity.EntityCollection;
import org.jfree.chart.plot.CrosshairState;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.data.xy.XYDataset;
import org.jfree.data.xy.XYItemKey;

/**
 * A line renderer that marks each drawn point as an SVG group, as JFreeChart's bar renderers do for bars,
 * so that a chart's points can be counted in its SVG.
 */
final class HintedLineRenderer extends XYLineAndShapeRenderer {

  private static final long serialVersionUID = 1L;

  HintedLineRenderer() {
    super(true, true);
  }

  @Override
  protected void drawSecondaryPass(Graphics2D g2, XYPlot plot, XYDataset dataset, int pass, int series, int item,
      ValueAxis domainAxis, Rectangle2D dataArea, ValueAxis rangeAxis, CrosshairState crosshairState,
      EntityCollection entities) {
    if (Double.isNaN(dataset.getYValue(series, item))) {
      return;
    }
    beginElementGroup(g2, new XYItemKey<>(dataset.getSeriesKey(series), item));
    super.drawSecondaryPass(g2, plot, dataset, pass, series, item, domainAxis, dataArea, rangeAxis, crosshairState,
        entities);
    endElementGroup(g2);
  }
}
