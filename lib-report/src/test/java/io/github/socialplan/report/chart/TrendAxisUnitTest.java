package io.github.socialplan.report.chart;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.socialplan.indicators.catalogue.Indicator;
import io.github.socialplan.indicators.catalogue.StandardIndicators;
import io.github.socialplan.indicators.result.IndicatorValue;
import io.github.socialplan.report.Language;
import java.lang.reflect.Field;
import java.util.Map;
import java.util.Optional;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.plot.XYPlot;
import org.junit.jupiter.api.Test;

/**
 * The value axis of a trend names the indicator's unit in the chart's language. The label is drawn rotated,
 * as glyph outlines in the SVG, so the test reads it from the chart that is drawn.
 */
class TrendAxisUnitTest {

  private static String valueAxisLabel(Indicator indicator, Language language) throws Exception {
    ReportChart chart = Charts.indicatorTrend(IndicatorSeries.of("Cremona", indicator,
        Map.of(2014, IndicatorValue.ratio(39_147, 158_529, 100, "residents"),
            2015, IndicatorValue.ratio(39_500, 158_000, 100, "residents"))), Optional.empty(), language);
    Field f = ReportChart.class.getDeclaredField("chart");
    f.setAccessible(true);
    return ((XYPlot) ((JFreeChart) f.get(chart)).getPlot()).getRangeAxis().getLabel();
  }

  @Test
  void trendOfAPercentage_inItalian_namesItsAxisPerCent_notTheEnumName() throws Exception {
    assertEquals("%", valueAxisLabel(StandardIndicators.PCT_ELDERLY, Language.ITALIAN));
  }

  @Test
  void trendOfAnIndexPer100_inItalian_namesItsAxisPer100() throws Exception {
    assertEquals("per 100", valueAxisLabel(StandardIndicators.OLD_AGE_INDEX, Language.ITALIAN));
  }

  @Test
  void trendOfDensity_namesItsAxisInTheChartsLanguage() throws Exception {
    assertEquals("abitanti per km²", valueAxisLabel(StandardIndicators.DENSITY, Language.ITALIAN));
    assertEquals("residents per km²", valueAxisLabel(StandardIndicators.DENSITY, Language.ENGLISH));
  }

  @Test
  void trendOfMeanAge_namesItsAxisInYears() throws Exception {
    assertEquals("anni", valueAxisLabel(StandardIndicators.MEAN_AGE, Language.ITALIAN));
    assertEquals("years", valueAxisLabel(StandardIndicators.MEAN_AGE, Language.ENGLISH));
  }
}
