package io.github.socialplan.report.chart;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.socialplan.core.money.Money;
import io.github.socialplan.core.plan.BudgetLine;
import io.github.socialplan.core.plan.MeasureKind;
import io.github.socialplan.core.plan.Observation;
import io.github.socialplan.core.plan.Target;
import io.github.socialplan.indicators.monitoring.TargetProgress;
import java.math.BigDecimal;
import io.github.socialplan.core.plan.Period;
import io.github.socialplan.core.plan.Plan;
import io.github.socialplan.core.plan.YearlyBudget;
import io.github.socialplan.core.population.AgeBand;
import io.github.socialplan.core.population.Population;
import io.github.socialplan.core.service.UserArea;
import io.github.socialplan.core.testing.ReferenceTable;
import io.github.socialplan.indicators.catalogue.StandardIndicators;
import io.github.socialplan.indicators.result.IndicatorValue;
import io.github.socialplan.indicators.result.UndefinedReason;
import io.github.socialplan.report.Language;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;

class ChartsTest {

  /** The Ambito di Cremona on 1 January 2014 in the three bands the plan publishes, read from its table. */
  static PyramidData cremonaBands() {
    ReferenceTable t = ReferenceTable.read("cremona-2014-population-by-band.csv");
    List<Map<String, String>> rows = t.rows(r -> !r.get("age_band").equals("total"));
    long[] m = rows.stream().mapToLong(r -> Long.parseLong(r.get("male"))).toArray();
    long[] f = rows.stream().mapToLong(r -> Long.parseLong(r.get("female"))).toArray();
    List<AgeBand> bands = rows.stream().map(r -> AgeBand.parse(r.get("age_band"))).toList();
    return PyramidData.of("Ambito di Cremona 2014", bands, m, f);
  }

  @Test
  void pyramid_ofCremonaBands_drawsOneBandWideBarPerBandAndSex() throws Exception {
    PyramidData d = cremonaBands();
    ReportChart chart = Charts.populationPyramid(d, Language.ITALIAN);
    Svg svg = Svg.parse(chart.svg());
    assertEquals(6, svg.items().size(), "3 bands x 2 sexes, not 202 single-year bars");
    assertEquals(6, chart.items());
    List<Element> males = svg.items("Maschi");
    assertEquals(3, males.size());
    // Each bar spans its band's ages: heights in proportion to the band widths 15, 50 and 36 (65..100+).
    double h0 = height(males.get(0));
    assertEquals(50.0 / 15, height(males.get(1)) / h0, 0.02);
    assertEquals(36.0 / 15, height(males.get(2)) / h0, 0.02);
    // Each bar's length is the band's residents per year of age, from the published counts.
    double l0 = length(males.get(0));
    double perYear0 = Double.parseDouble(rows().get(0).get("male")) / 15;
    double perYear1 = Double.parseDouble(rows().get(1).get("male")) / 50;
    assertEquals(perYear1 / perYear0, length(males.get(1)) / l0, 0.01);
    assertTrue(chart.note().isPresent(), "bands wider than a year are explained");
    assertTrue(svg.text().contains("Piramide dell'età"));
  }

  private static List<Map<String, String>> rows() {
    return ReferenceTable.read("cremona-2014-population-by-band.csv").rows(r -> !r.get("age_band").equals("total"));
  }

  private static double height(Element e) {
    double[] b = Svg.box(e);
    return b[3] - b[1];
  }

  private static double length(Element e) {
    double[] b = Svg.box(e);
    return b[2] - b[0];
  }

  @Test
  void pyramid_ofSingleYears_hasTwoBarsPerAge_andOverlayAddsOutlines() throws Exception {
    Population p = population("a", 1);
    ReportChart single = Charts.populationPyramid(PyramidData.singleYears(p), Language.ENGLISH);
    assertEquals(2 * Population.AGE_CLASSES, Svg.parse(single.svg()).items().size());
    assertTrue(single.note().isEmpty());
    ReportChart overlay = Charts.populationPyramid(PyramidData.bands(p, PyramidData.fiveYearBands()),
        PyramidData.bands(population("b", 2), PyramidData.fiveYearBands()).withLabel("2020"), Language.ENGLISH);
    Svg svg = Svg.parse(overlay.svg());
    assertEquals(4 * 21, svg.items().size());
    assertTrue(svg.text().contains("Males (2020)"));
  }

  private static Population population(String id, int factor) {
    Population.Builder b = Population.builder(id, 2024);
    for (int age = 0; age <= Population.MAX_AGE; age++) {
      b.male(age, factor * (200 - age)).female(age, factor * (210 - age));
    }
    return b.build();
  }

  @Test
  void pyramid_ofNoResidents_isEmptyWithANote() throws Exception {
    PyramidData empty = PyramidData.singleYears(Population.builder("x", 2024).build());
    ReportChart chart = Charts.populationPyramid(empty, Language.ITALIAN);
    assertEquals(0, Svg.parse(chart.svg()).items().size());
    assertEquals(Optional.of("nessun residente: piramide vuota"), chart.note());
    assertPng(chart);
  }

  @Test
  void pyramid_rejectsBandsWithAGapOrNegativeCounts() {
    IllegalArgumentException gap = assertThrows(IllegalArgumentException.class, () -> PyramidData.of("x",
        List.of(AgeBand.of(0, 14), AgeBand.atLeast(20)), new long[2], new long[2]));
    assertTrue(gap.getMessage().contains("band 20+ does not follow band 0-14"), gap.getMessage());
    IllegalArgumentException negative = assertThrows(IllegalArgumentException.class, () -> PyramidData.of("x",
        List.of(AgeBand.atLeast(0)), new long[] {-1}, new long[] {0}));
    assertTrue(negative.getMessage().contains("negative count"), negative.getMessage());
  }

  @Test
  void charts_areDeterministic_andPngsDecodeAtTheirSize() throws Exception {
    ReportChart a = Charts.populationPyramid(cremonaBands(), Language.ITALIAN);
    ReportChart b = Charts.populationPyramid(cremonaBands(), Language.ITALIAN);
    assertEquals(a.svg(), b.svg());
    assertArrayEquals(a.png(), b.png());
    assertPng(a);
  }

  static void assertPng(ReportChart chart) throws Exception {
    BufferedImage img = ImageIO.read(new ByteArrayInputStream(chart.png()));
    assertEquals(chart.width(), img.getWidth());
    assertEquals(chart.height(), img.getHeight());
  }

  @Test
  void trend_drawsOnePointPerDefinedValue_andNamesTheUndefinedYears() throws Exception {
    Map<Integer, IndicatorValue> mine = new TreeMap<>();
    mine.put(2020, IndicatorValue.ratio(150, 100, 100, "children"));
    mine.put(2021, IndicatorValue.undefined(UndefinedReason.ZERO_DENOMINATOR, "no children aged 0-14"));
    mine.put(2022, IndicatorValue.ratio(170, 100, 100, "children"));
    Map<Integer, IndicatorValue> parent = Map.of(2020, IndicatorValue.ratio(140, 100, 100, "c"),
        2021, IndicatorValue.ratio(145, 100, 100, "c"), 2022, IndicatorValue.ratio(150, 100, 100, "c"));
    ReportChart chart = Charts.indicatorTrend(
        IndicatorSeries.of("Cremona", StandardIndicators.OLD_AGE_INDEX, mine),
        Optional.of(IndicatorSeries.of("Lombardia", StandardIndicators.OLD_AGE_INDEX, parent)), Language.ITALIAN);
    Svg svg = Svg.parse(chart.svg());
    assertEquals(5, svg.items().size());
    assertEquals(2, svg.items("Cremona").size());
    assertTrue(chart.note().orElseThrow().contains("Cremona 2021: no children aged 0-14"), chart.note().get());
    assertPng(chart);
  }

  @Test
  void trend_ofOnlyUndefinedValues_isEmptyWithANote() throws Exception {
    ReportChart chart = Charts.indicatorTrend(IndicatorSeries.of("X", StandardIndicators.OLD_AGE_INDEX,
        Map.of(2020, IndicatorValue.undefined(UndefinedReason.ZERO_DENOMINATOR, "no children"))), Optional.empty(),
        Language.ENGLISH);
    assertEquals(0, Svg.parse(chart.svg()).items().size());
    assertTrue(chart.note().orElseThrow().startsWith("no defined value to draw"), chart.note().get());
    assertPng(chart);
  }

  @Test
  void spendingShares_haveOneBarPerArea_withTheExactShareAsLabel() throws Exception {
    Map<String, Money> byArea = new LinkedHashMap<>();
    byArea.put("Anziani", Money.parse("1.00"));
    byArea.put("Minori", Money.parse("2.00"));
    ReportChart chart = Charts.spendingShares(byArea, Language.ITALIAN);
    Svg svg = Svg.parse(chart.svg());
    assertEquals(2, svg.items().size());
    assertTrue(svg.text().contains("33,3") && svg.text().contains("66,7"), svg.text());
    ReportChart english = Charts.spendingShares(byArea, Language.ENGLISH);
    assertTrue(Svg.parse(english.svg()).text().contains("33.3"));
  }

  @Test
  void spendingShares_ofABudget_nameTheAreasOfUsersInTheChartsLanguage() throws Exception {
    // 60 % elderly, 30 % disability, 10 % a line without an area, which keeps its label in both languages
    YearlyBudget budget = YearlyBudget.builder().year(2015)
        .addExpenditures(BudgetLine.builder().label("Area anziani").amount(Money.parse("60.00"))
            .userArea(UserArea.ELDERLY).build())
        .addExpenditures(BudgetLine.builder().label("Area disabili").amount(Money.parse("30.00"))
            .userArea(UserArea.DISABILITY).build())
        .addExpenditures(BudgetLine.of("Ufficio di piano", Money.parse("10.00"))).build();
    assertEquals(List.of("elderly people", "people with disabilities", "Ufficio di piano"),
        categories(Charts.spendingShares(budget, Language.ENGLISH)));
    assertEquals(List.of("anziani", "disabili", "Ufficio di piano"),
        categories(Charts.spendingShares(budget, Language.ITALIAN)));
  }

  /** The category of each bar, in order, as the chart's SVG names it. */
  private static List<String> categories(ReportChart chart) throws Exception {
    List<String> out = new java.util.ArrayList<>();
    for (Element item : Svg.parse(chart.svg()).items()) {
      java.util.regex.Matcher m = java.util.regex.Pattern.compile("\"columnKey\": \"([^\"]*)\"")
          .matcher(item.getAttributeNS(Svg.JFREESVG, "ref"));
      if (m.find()) {
        out.add(m.group(1));
      }
    }
    return out;
  }

  @Test
  void spendingShares_roundTheExactShareOnce() throws Exception {
    // 1,245,000.31 of 10,000,002.49 is 12.44999999995...%: 12.4, not 12.5 from a share rounded twice
    Map<String, Money> byArea = new LinkedHashMap<>();
    byArea.put("Anziani", Money.parse("1245000.31"));
    byArea.put("Minori", Money.parse("8755002.18"));
    assertEquals("12.4", IndicatorValue.ratio(new BigDecimal("1245000.31"), new BigDecimal("10000002.49"),
        BigDecimal.valueOf(100), "total").format());
    String text = Svg.parse(Charts.spendingShares(byArea, Language.ENGLISH).svg()).text();
    assertTrue(text.contains("12.4") && !text.contains("12.5"), text);
  }

  @Test
  void budgetByFund_stacksOneSegmentPerFundAndYear() throws Exception {
    Plan plan = Plan.builder().id("p").title("P").territory("t").period(Period.of(2015, 2016))
        .addBudgets(year(2015, "FNPS", "100.00", "FNA", "50.00"), year(2016, "FNPS", "120.00", null, null))
        .build();
    ReportChart chart = Charts.budgetByFund(plan, Language.ENGLISH);
    Svg svg = Svg.parse(chart.svg());
    assertEquals(3, svg.items().size());
    assertEquals(2, svg.items("FNPS").size());
  }

  private static YearlyBudget year(int y, String fund1, String a1, String fund2, String a2) {
    YearlyBudget.Builder b = YearlyBudget.builder().year(y)
        .addRevenues(BudgetLine.builder().label(fund1).fund(fund1).amount(Money.parse(a1)).build());
    if (fund2 != null) {
      b.addRevenues(BudgetLine.builder().label(fund2).fund(fund2).amount(Money.parse(a2)).build());
    }
    return b.build();
  }

  @Test
  void plannedVersusActual_drawsBothSidesOfEachLine_andLeavesMissingOnesOut() throws Exception {
    YearlyBudget planned = year(2016, "FNPS", "100.00", "FNA", "50.00");
    YearlyBudget actual = year(2016, "FNPS", "90.00", null, null);
    ReportChart chart = Charts.plannedVersusActual(planned, actual, Language.ENGLISH);
    Svg svg = Svg.parse(chart.svg());
    assertEquals(3, svg.items().size());
    assertEquals(2, svg.items("Planned").size());
    assertEquals(1, svg.items("Actual").size());
  }

  @Test
  void plannedVersusActual_keepsARevenueAndAnExpenditureOfOneLabelApart() throws Exception {
    String fna = "Fondo Non Autosufficienza";
    YearlyBudget planned = YearlyBudget.builder().year(2016)
        .addRevenue(BudgetLine.of(fna, Money.ofEuros(500_000))).addExpenditure(BudgetLine.of(fna, Money.ofEuros(480_000)))
        .build();
    YearlyBudget actual = YearlyBudget.builder().year(2016)
        .addRevenue(BudgetLine.of(fna, Money.ofEuros(500_000))).addExpenditure(BudgetLine.of(fna, Money.ofEuros(470_000)))
        .build();
    ReportChart chart = Charts.plannedVersusActual(planned, actual, Language.ENGLISH);
    Svg svg = Svg.parse(chart.svg());
    assertEquals(4, svg.items().size());
    assertEquals(2, svg.items("Planned").size());
    assertTrue(svg.text().contains(fna + " (revenue)") && svg.text().contains(fna + " (expenditure)"), svg.text());
    assertTrue(!svg.text().contains("980") && !svg.text().contains("970"), svg.text());
  }

  @Test
  void plannedVersusActual_labelsEachBarWithItsAmountToTheCent() throws Exception {
    YearlyBudget planned = year(2016, "FNPS", "500.25", null, null);
    YearlyBudget actual = year(2016, "FNPS", "480.50", null, null);
    String text = Svg.parse(Charts.plannedVersusActual(planned, actual, Language.ENGLISH).svg()).text();
    // the amounts as given, in English writing: not 500 and 481, their whole euro
    assertTrue(text.contains("500.25") && text.contains("480.50"), text);
    String italian = Svg.parse(Charts.plannedVersusActual(planned, actual, Language.ITALIAN).svg()).text();
    assertTrue(italian.contains("500,25") && italian.contains("480,50"), italian);
  }

  @Test
  void targetProgress_drawsThePathAndTheObservations_andNotesEachStatus() throws Exception {
    Target target = Target.builder().indicator("spesa programmata insieme").unit("%")
        .baseline(new BigDecimal("28")).baselineYear(2012).value(new BigDecimal("50")).year(2017)
        .addObservations(Observation.of(2015, new BigDecimal("35"))).build();
    TargetProgress progress = TargetProgress.of(target, Period.of(2015, 2017));
    ReportChart chart = Charts.targetProgress(progress, Language.ITALIAN);
    Svg svg = Svg.parse(chart.svg());
    assertEquals(chart.items(), svg.items().size());
    // The observed line: the baseline (2012) and the one observation (2015).
    assertEquals(2, svg.items("Osservato").size());
    // The straight path from 28 in 2012 to 50 in 2017 has a value in each of the six years.
    assertEquals(6, svg.items("Percorso atteso").size());
    // (35 - 28) / (50 - 28) x 100 = 31.8 %, computed here from the figures above.
    String pct = String.format(java.util.Locale.ITALY, "%.1f", (35.0 - 28) / (50 - 28) * 100);
    assertTrue(chart.note().orElseThrow().contains("2015: ") && chart.note().get().contains(pct + " %"),
        chart.note().get());
    assertTrue(svg.text().contains("Target") && svg.text().contains("Valore di partenza"), svg.text());
    assertPng(chart);
  }

  @Test
  void targetProgress_axisTicksFinerThanOneDecimal_readAsTheirValues() throws Exception {
    Target target = Target.builder().indicator("saldo").unit("%")
        .baseline(new BigDecimal("-0.3")).baselineYear(2014).value(new BigDecimal("0.3")).year(2017)
        .addObservations(Observation.of(2015, new BigDecimal("-0.1"))).build();
    assertEvenlySpacedTicks(Charts.targetProgress(TargetProgress.of(target, Period.of(2015, 2017)),
        Language.ITALIAN));
  }

  @Test
  void indicatorTrend_ofANearlyFlatSeries_labelsEachTickWithItsValue() throws Exception {
    Map<Integer, IndicatorValue> values = new TreeMap<>(Map.of(2012, IndicatorValue.computed(195.40),
        2013, IndicatorValue.computed(195.43), 2014, IndicatorValue.computed(195.46)));
    assertEvenlySpacedTicks(Charts.indicatorTrend(IndicatorSeries.of("Cremona", StandardIndicators.OLD_AGE_INDEX,
        values), Optional.empty(), Language.ITALIAN));
  }

  /**
   * The value axis's labels (the texts that are numbers with a decimal comma) are distinct and evenly
   * spaced, as its ticks are: a label rounded coarser than the ticks' spacing repeats ("-0,3", "-0,3").
   */
  private static void assertEvenlySpacedTicks(ReportChart chart) throws Exception {
    List<BigDecimal> ticks = Svg.parse(chart.svg()).text().lines()
        .filter(l -> l.matches("-?[0-9.]+,[0-9]+"))
        .map(l -> new BigDecimal(l.replace(".", "").replace(',', '.'))).toList();
    assertTrue(ticks.size() >= 3, ticks.toString());
    BigDecimal step = ticks.get(1).subtract(ticks.get(0));
    assertTrue(step.signum() > 0, "labels " + ticks);
    for (int i = 2; i < ticks.size(); i++) {
      assertEquals(0, step.compareTo(ticks.get(i).subtract(ticks.get(i - 1))), "labels " + ticks);
    }
  }

  @Test
  void targetProgress_withNothingObservedOrPlanned_isEmptyWithANote() throws Exception {
    Target target = Target.builder().indicator("x").measure(MeasureKind.YES_NO).build();
    ReportChart chart = Charts.targetProgress(TargetProgress.of(target, Period.of(2015, 2017)), Language.ENGLISH);
    assertEquals(0, Svg.parse(chart.svg()).items().size());
    assertEquals(Optional.of("no defined value to draw"), chart.note());
  }

  @Test
  void names_withMarkup_areEscapedInTheSvg() throws Exception {
    PyramidData d = cremonaBands().withLabel("<script>alert('x') & \"y\"</script>");
    String svg = Charts.populationPyramid(d, Language.ITALIAN).svg();
    Svg parsed = Svg.parse(svg);
    assertFalse(svg.contains("<script>"));
    assertTrue(parsed.text().contains("<script>alert('x') & \"y\"</script>"));
  }

  @Test
  void svgIdPrefix_mustBeAnIdStart() {
    ReportChart chart = Charts.populationPyramid(cremonaBands(), Language.ITALIAN);
    assertTrue(chart.svg("c1-").contains("id='c1-clip-0'"));
    assertThrows(IllegalArgumentException.class, () -> chart.svg("1'><script>"));
  }
}
