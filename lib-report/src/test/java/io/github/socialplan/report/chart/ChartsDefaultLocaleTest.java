package io.github.socialplan.report.chart;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.socialplan.core.money.Money;
import io.github.socialplan.core.plan.Observation;
import io.github.socialplan.core.plan.Period;
import io.github.socialplan.core.plan.Target;
import io.github.socialplan.indicators.catalogue.StandardIndicators;
import io.github.socialplan.indicators.monitoring.TargetProgress;
import io.github.socialplan.indicators.result.IndicatorValue;
import io.github.socialplan.report.Language;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Supplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * A chart's labels are written in its {@link Language}, whatever the JVM's default locale: a server started
 * under Arabic, Hindi or Thai settings must not label the years of an Italian report in other digits.
 */
class ChartsDefaultLocaleTest {

  /** Default locales with another decimal sign, grouping or digits than the report's languages. */
  static final List<Locale> LOCALES = List.of(Locale.ITALY, Locale.GERMANY, Locale.FRANCE,
      Locale.forLanguageTag("ar-EG"), Locale.forLanguageTag("hi-IN-u-nu-deva"),
      Locale.forLanguageTag("th-TH-u-nu-thai"));

  private final Locale saved = Locale.getDefault();

  @AfterEach
  void restoreDefaultLocale() {
    Locale.setDefault(saved);
  }

  @Test
  void trendAndTargetCharts_labelTheirYearsInAsciiDigits_underAnyDefaultLocale() throws Exception {
    Map<Integer, IndicatorValue> values = new TreeMap<>(Map.of(2012, IndicatorValue.ratio(1954, 1000, 100, "c"),
        2013, IndicatorValue.ratio(1960, 1000, 100, "c"), 2014, IndicatorValue.ratio(1972, 1000, 100, "c")));
    Target target = Target.builder().indicator("spesa associata").unit("%")
        .baseline(new BigDecimal("19")).baselineYear(2012).value(new BigDecimal("30")).year(2017)
        .addObservations(Observation.of(2014, new BigDecimal("21"))).build();
    for (Language language : Language.values()) {
      Supplier<ReportChart> trend = () -> Charts.indicatorTrend(
          IndicatorSeries.of("Cremona", StandardIndicators.OLD_AGE_INDEX, values), Optional.empty(), language);
      Supplier<ReportChart> progress = () -> Charts.targetProgress(
          TargetProgress.of(target, Period.of(2015, 2017)), language);
      for (Supplier<ReportChart> chart : List.of(trend, progress)) {
        Locale.setDefault(Locale.ROOT);
        String reference = chart.get().svg();
        List<String> lines = Svg.parse(reference).text().lines().toList();
        for (String year : List.of("2012", "2013", "2014")) {
          assertTrue(lines.contains(year), "year axis label " + year + " in " + lines);
        }
        for (Locale l : LOCALES) {
          Locale.setDefault(l);
          String svg = chart.get().svg();
          assertEquals(Svg.parse(reference).text(), Svg.parse(svg).text(), "labels under default locale " + l);
          assertEquals(reference, svg, "SVG under default locale " + l);
        }
      }
    }
  }

  @Test
  void pyramidAndBarCharts_areTheSameUnderAnyDefaultLocale() throws Exception {
    Map<String, Money> byArea = new LinkedHashMap<>();
    byArea.put("Anziani", Money.parse("1234567.89"));
    byArea.put("Minori", Money.parse("0.01"));
    for (Language language : Language.values()) {
      List<Supplier<ReportChart>> charts = List.of(
          () -> Charts.populationPyramid(ChartsTest.cremonaBands(), language),
          () -> Charts.spendingShares(byArea, language));
      for (Supplier<ReportChart> chart : charts) {
        Locale.setDefault(Locale.ROOT);
        String reference = chart.get().svg();
        for (Locale l : LOCALES) {
          Locale.setDefault(l);
          assertEquals(reference, chart.get().svg(), "SVG under default locale " + l);
        }
      }
    }
  }
}
