package io.github.socialplan.report.chart;

import io.github.socialplan.core.money.Money;
import io.github.socialplan.core.plan.BudgetLine;
import io.github.socialplan.core.plan.Plan;
import io.github.socialplan.core.plan.YearlyBudget;
import io.github.socialplan.core.plan.MeasureKind;
import io.github.socialplan.core.plan.Target;
import io.github.socialplan.indicators.monitoring.TargetProgress;
import io.github.socialplan.indicators.monitoring.YearProgress;
import io.github.socialplan.indicators.result.IndicatorValue;
import io.github.socialplan.report.Language;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Paint;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.CategoryLabelPositions;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.labels.StandardCategoryItemLabelGenerator;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.ui.RectangleAnchor;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.renderer.category.StackedBarRenderer;
import org.jfree.chart.renderer.category.StandardBarPainter;
import org.jfree.chart.renderer.xy.StandardXYBarPainter;
import org.jfree.chart.renderer.xy.XYBarRenderer;
import org.jfree.data.category.DefaultCategoryDataset;
import org.jfree.data.xy.XYIntervalSeries;
import org.jfree.data.xy.XYIntervalSeriesCollection;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;

/**
 * Factories of the report's charts (<i>grafici</i>), drawn by JFreeChart from the library's result types.
 *
 * <p>Labels are in the chart's {@link Language} (Italian by default in the report), numbers written with
 * its separators. A chart with nothing to draw is drawn empty with a {@link ReportChart#note() note} that
 * says why. Every chart gives the same bytes for the same input.
 *
 * <pre>{@code
 * ReportChart pyramid = Charts.populationPyramid(PyramidData.bands(population, PyramidData.fiveYearBands()),
 *     Language.ITALIAN);
 * Files.writeString(Path.of("pyramid.svg"), pyramid.svg());
 * }</pre>
 */
public final class Charts {

  /** Width of every chart, in pixels. */
  public static final int WIDTH = 720;
  /** Height of every chart, in pixels. */
  public static final int HEIGHT = 420;

  static final Font NOTE_FONT = new Font(Font.SANS_SERIF, Font.ITALIC, 11);

  /** Colour-blind-safe palette (Paul Tol's "bright"). */
  private static final Color[] PALETTE = {new Color(0x4477AA), new Color(0xEE6677), new Color(0x228833),
      new Color(0xCCBB44), new Color(0x66CCEE), new Color(0xAA3377), new Color(0xBBBBBB)};

  private Charts() {}

  /**
   * A population pyramid by sex: males to the left, females to the right, one bar per band as wide as the
   * band. For bands wider than one year the bar's length is the mean residents per year of age (the band's
   * total divided by its width), so that unequal bands compare fairly.
   *
   * @param data the residents by band and sex, not null
   * @param language the labels' language, not null
   * @return the chart; with no residents, an empty chart with a note
   */
  public static ReportChart populationPyramid(PyramidData data, Language language) {
    return pyramid(data, null, language);
  }

  /**
   * A population pyramid with a second territory or year overlaid as outlines.
   *
   * @param data the residents by band and sex drawn as bars, not null
   * @param overlay the residents by band and sex drawn as outlines, not null
   * @param language the labels' language, not null
   * @return the chart; with no residents at all, an empty chart with a note
   */
  public static ReportChart populationPyramid(PyramidData data, PyramidData overlay, Language language) {
    return pyramid(data, Objects.requireNonNull(overlay, "overlay"), language);
  }

  private static ReportChart pyramid(PyramidData data, PyramidData overlay, Language language) {
    Objects.requireNonNull(data, "data");
    Objects.requireNonNull(language, "language");
    XYIntervalSeriesCollection bars = pyramidSeries(data, "", language);
    NumberAxis age = new NumberAxis(language.label("age"));
    age.setRange(0, 101);
    age.setNumberFormatOverride(language.numberFormat(0));
    NumberAxis residents = new NumberAxis(language.label("residentsPerYearOfAge"));
    residents.setStandardTickUnits(TickFormat.units(language, 0, true));
    XYBarRenderer renderer = new HintedRenderers.XYBars();
    renderer.setBarPainter(new StandardXYBarPainter());
    renderer.setShadowVisible(false);
    renderer.setDrawBarOutline(true);
    renderer.setSeriesPaint(0, PALETTE[0]);
    renderer.setSeriesPaint(1, PALETTE[1]);
    renderer.setDefaultOutlinePaint(Color.WHITE);
    XYPlot plot = new XYPlot(bars, age, residents, renderer);
    plot.setOrientation(PlotOrientation.HORIZONTAL);
    double max = maxPerYear(data);
    int items = 2 * data.bands().size();
    if (overlay != null) {
      XYBarRenderer outline = new HintedRenderers.XYBars();
      outline.setBarPainter(new StandardXYBarPainter());
      outline.setShadowVisible(false);
      outline.setDrawBarOutline(true);
      outline.setSeriesPaint(0, new Color(0, 0, 0, 0));
      outline.setSeriesPaint(1, new Color(0, 0, 0, 0));
      outline.setSeriesOutlinePaint(0, Color.BLACK);
      outline.setSeriesOutlinePaint(1, Color.DARK_GRAY);
      outline.setSeriesOutlineStroke(0, new BasicStroke(1.2f));
      outline.setSeriesOutlineStroke(1, new BasicStroke(1.2f));
      plot.setDataset(1, pyramidSeries(overlay, " (" + overlay.label() + ")", language));
      plot.setRenderer(1, outline);
      max = Math.max(max, maxPerYear(overlay));
      items += 2 * overlay.bands().size();
    }
    String note = null;
    if (data.total() == 0 && (overlay == null || overlay.total() == 0)) {
      note = language.label("empty.population");
      items = 0;
      max = 1;
    } else if (data.bands().stream().anyMatch(b -> b.to() > b.from())) {
      note = language.label("pyramid.note");
    }
    residents.setRange(-max * 1.05, max * 1.05);
    JFreeChart chart = chart(language.label("pyramid.title") + " – " + data.label(), plot);
    return new ReportChart(chart, WIDTH, HEIGHT, items, note);
  }

  private static XYIntervalSeriesCollection pyramidSeries(PyramidData data, String suffix, Language language) {
    XYIntervalSeries males = new XYIntervalSeries(language.label("males") + suffix);
    XYIntervalSeries females = new XYIntervalSeries(language.label("females") + suffix);
    if (data.total() > 0) {
      for (int i = 0; i < data.bands().size(); i++) {
        int from = data.bands().get(i).from();
        int w = data.width(i);
        double m = (double) data.males(i) / w;
        double f = (double) data.females(i) / w;
        males.add(from + w / 2.0, from, from + w, -m, -m, 0);
        females.add(from + w / 2.0, from, from + w, f, 0, f);
      }
    }
    XYIntervalSeriesCollection c = new XYIntervalSeriesCollection();
    c.addSeries(males);
    c.addSeries(females);
    return c;
  }

  private static double maxPerYear(PyramidData d) {
    double max = 0;
    for (int i = 0; i < d.bands().size(); i++) {
      max = Math.max(max, Math.max(d.males(i), d.females(i)) / (double) d.width(i));
    }
    return max;
  }

  /**
   * An indicator's trend over the years for a territory, next to its parent territory when given; the value
   * axis names the indicator's unit in the chart's language ("per 100", "%", "anni"). An undefined value
   * leaves a gap, and the note lists the years and reasons.
   *
   * @param territory the territory's series, not null
   * @param parent the parent territory's series of the same indicator, or empty
   * @param language the labels' language, not null
   * @return the chart; with no defined value, an empty chart with a note
   * @throws IllegalArgumentException if the two series are of different indicators
   */
  public static ReportChart indicatorTrend(IndicatorSeries territory, Optional<IndicatorSeries> parent,
      Language language) {
    Objects.requireNonNull(territory, "territory");
    Objects.requireNonNull(parent, "parent");
    Objects.requireNonNull(language, "language");
    if (parent.isPresent() && !parent.get().indicator().id().equals(territory.indicator().id())) {
      throw new IllegalArgumentException("trend of " + territory.indicator().id() + " cannot be compared with "
          + parent.get().indicator().id());
    }
    XYSeriesCollection ds = new XYSeriesCollection();
    List<String> undefined = new ArrayList<>();
    int items = addTrend(ds, territory, undefined);
    if (parent.isPresent()) {
      items += addTrend(ds, parent.get(), undefined);
    }
    NumberAxis years = new NumberAxis(language.label("trend.year"));
    years.setStandardTickUnits(NumberAxis.createIntegerTickUnits());
    years.setNumberFormatOverride(yearFormat(language));
    years.setAutoRangeIncludesZero(false);
    // the unit in the chart's language ("per 100", "%"), not the enum constant's name ("per_100", "percent")
    NumberAxis values = new NumberAxis(language.label("unit." + territory.indicator().unit().name()));
    values.setStandardTickUnits(TickFormat.units(language, 1, false));
    values.setAutoRangeIncludesZero(false);
    HintedLineRenderer renderer = new HintedLineRenderer();
    for (int s = 0; s < ds.getSeriesCount(); s++) {
      renderer.setSeriesPaint(s, PALETTE[s % PALETTE.length]);
      renderer.setSeriesStroke(s, new BasicStroke(2f));
    }
    XYPlot plot = new XYPlot(ds, years, values, renderer);
    String note = null;
    if (items == 0) {
      note = language.label("empty.values") + (undefined.isEmpty() ? "" : ": " + String.join("; ", undefined));
    } else if (!undefined.isEmpty()) {
      note = "n.d. " + String.join("; ", undefined);
    }
    String name = language == Language.ITALIAN ? territory.indicator().italianName()
        : territory.indicator().englishName();
    return new ReportChart(chart(name + " – " + territory.territory(), plot), WIDTH, HEIGHT, items, note);
  }

  private static int addTrend(XYSeriesCollection ds, IndicatorSeries s, List<String> undefined) {
    XYSeries series = new XYSeries(s.territory(), true, false);
    int defined = 0;
    for (Map.Entry<Integer, IndicatorValue> e : s.values().entrySet()) {
      IndicatorValue v = e.getValue();
      if (v.isDefined()) {
        series.add(e.getKey().doubleValue(), v.value());
        defined++;
      } else {
        series.add(e.getKey().doubleValue(), null);
        undefined.add(s.territory() + " " + e.getKey() + ": " + v.detail());
      }
    }
    ds.addSeries(series);
    return defined;
  }

  /**
   * Spending shares by area of users: each area's share of the total, in per cent, from the exact amounts.
   *
   * @param amounts the amount of each area, in the order to draw, not null
   * @param language the labels' language, not null
   * @return the chart; with a zero total, an empty chart with a note
   * @throws IllegalArgumentException if an amount is negative
   */
  public static ReportChart spendingShares(Map<String, Money> amounts, Language language) {
    Objects.requireNonNull(language, "language");
    return spendingShares(amounts, language, language.label("spending.title"));
  }

  private static ReportChart spendingShares(Map<String, Money> amounts, Language language, String title) {
    Objects.requireNonNull(amounts, "amounts");
    BigDecimal total = BigDecimal.ZERO;
    for (Map.Entry<String, Money> e : amounts.entrySet()) {
      if (e.getValue().amount().signum() < 0) {
        throw new IllegalArgumentException("spending of area '" + e.getKey() + "' is negative: " + e.getValue());
      }
      total = total.add(e.getValue().amount());
    }
    DefaultCategoryDataset ds = new DefaultCategoryDataset();
    String series = language.label("spending.share");
    if (total.signum() > 0) {
      for (Map.Entry<String, Money> e : amounts.entrySet()) {
        // rounded once, to the label's decimal: the label must not round a rounded share again
        BigDecimal pct = e.getValue().amount().multiply(BigDecimal.valueOf(100)).divide(total, 1,
            RoundingMode.HALF_UP);
        ds.addValue(pct, series, e.getKey());
      }
    }
    CategoryPlot plot = barPlot(ds, language.label("spending.share"), language, 1, 1);
    plot.setOrientation(PlotOrientation.HORIZONTAL);
    String note = total.signum() > 0 ? null : language.label("empty.values");
    return new ReportChart(chart(title, plot), WIDTH, HEIGHT, total.signum() > 0 ? amounts.size() : 0, note);
  }

  /**
   * Spending shares of a year's expenditure lines, grouped by their area of users, named in the chart's
   * language ("anziani", "elderly people"; lines without an area by their label); the title names the year
   * ("Spesa per area di utenza – 2015").
   *
   * @param budget the year's budget, not null
   * @param language the labels' language, not null
   * @return the chart, not null
   */
  public static ReportChart spendingShares(YearlyBudget budget, Language language) {
    Map<String, Money> byArea = new LinkedHashMap<>();
    for (BudgetLine l : budget.expenditures()) {
      String key = l.userArea().map(a -> language == Language.ITALIAN ? a.italianName() : a.englishName())
          .orElse(l.label());
      byArea.merge(key, l.amount(), Money::plus);
    }
    return spendingShares(byArea, language, language.label("spending.title") + " – " + budget.year());
  }

  /**
   * A plan's revenues by fund and year, stacked: one bar per year, one segment per fund (lines without a
   * fund by their label).
   *
   * @param plan the plan, not null
   * @param language the labels' language, not null
   * @return the chart; a plan without budgets gives an empty chart with a note
   */
  public static ReportChart budgetByFund(Plan plan, Language language) {
    Objects.requireNonNull(plan, "plan");
    Objects.requireNonNull(language, "language");
    DefaultCategoryDataset ds = new DefaultCategoryDataset();
    Set<String> funds = new LinkedHashSet<>();
    Map<String, Map<Integer, Money>> amounts = new LinkedHashMap<>();
    for (YearlyBudget y : plan.budgets()) {
      for (BudgetLine l : y.revenues()) {
        String fund = l.fund().orElse(l.label());
        funds.add(fund);
        amounts.computeIfAbsent(fund, f -> new TreeMap<>()).merge(y.year(), l.amount(), Money::plus);
      }
    }
    int items = 0;
    for (String fund : funds) {
      for (YearlyBudget y : plan.budgets()) {
        Money m = amounts.get(fund).get(y.year());
        ds.addValue(m == null ? null : m.amount(), fund, Integer.toString(y.year()));
        items += m == null ? 0 : 1;
      }
    }
    CategoryPlot plot = barPlot(ds, language.label("fund.amount"), language, 0, 2);
    StackedBarRenderer stacked = new HintedRenderers.StackedBars();
    styleBars(stacked, funds.size());
    plot.setRenderer(stacked);
    String note = items == 0 ? language.label("empty.values") : null;
    return new ReportChart(chart(language.label("fund.title") + " – " + plan.title(), plot), WIDTH, HEIGHT, items,
        note);
  }

  /**
   * Planned against actual by line: for each line of the planned budget (revenues, then expenditures), the
   * planned and the actual amount side by side, each bar labelled with its amount to the cent; a line
   * missing from either side has no bar there.
   *
   * @param planned the planned budget (Piano Operativo Annuale), not null
   * @param actual the actual budget of the same year (Report Annuale), not null
   * @param language the labels' language, not null
   * @return the chart, not null
   */
  public static ReportChart plannedVersusActual(YearlyBudget planned, YearlyBudget actual, Language language) {
    Objects.requireNonNull(planned, "planned");
    Objects.requireNonNull(actual, "actual");
    Objects.requireNonNull(language, "language");
    Map<String, Money> pr = lines(planned.revenues());
    Map<String, Money> ar = lines(actual.revenues());
    Map<String, Money> pe = lines(planned.expenditures());
    Map<String, Money> ae = lines(actual.expenditures());
    Set<String> revenues = new LinkedHashSet<>(pr.keySet());
    revenues.addAll(ar.keySet());
    Set<String> expenditures = new LinkedHashSet<>(pe.keySet());
    expenditures.addAll(ae.keySet());
    DefaultCategoryDataset ds = new DefaultCategoryDataset();
    int items = side(ds, revenues, expenditures, pr, ar, language.label("planned.revenue"), language)
        + side(ds, expenditures, revenues, pe, ae, language.label("planned.expenditure"), language);
    CategoryPlot plot = barPlot(ds, language.label("planned.amount"), language, 0, 2);
    plot.setOrientation(PlotOrientation.HORIZONTAL);
    String note = items == 0 ? language.label("empty.values") : null;
    return new ReportChart(chart(language.label("planned.title") + " " + planned.year(), plot), WIDTH,
        Math.max(HEIGHT, 60 + 36 * (revenues.size() + expenditures.size())), items, note);
  }

  /**
   * A target's progress over the plan's years (<i>avanzamento del target</i>): the expected path from the
   * baseline to the target, the observed values, and the baseline and target as horizontal lines. A yes/no
   * target draws its per cent achieved (100 or 0) in each observed year. The note gives each observed year's
   * status ("2015: in linea, 25,6 %").
   *
   * @param progress the target's progress by year, not null
   * @param language the labels' language, not null
   * @return the chart; with nothing observed and no path, an empty chart with a note
   */
  public static ReportChart targetProgress(TargetProgress progress, Language language) {
    Objects.requireNonNull(progress, "progress");
    Objects.requireNonNull(language, "language");
    Target target = progress.target();
    boolean yesNo = target.measure() == MeasureKind.YES_NO;
    XYSeries path = new XYSeries(language.label("progress.path"), true, false);
    XYSeries observed = new XYSeries(language.label("progress.observed"), true, false);
    List<String> statuses = new ArrayList<>();
    java.text.NumberFormat one = language.numberFormat(1);
    int items = 0;
    for (YearProgress y : progress.years()) {
      if (!yesNo && y.expected().isDefined()) {
        path.add(y.year(), y.expected().value());
        items++;
      }
      Optional<Double> seen = yesNo
          ? (y.percentAchieved().isDefined() ? Optional.of(y.percentAchieved().value()) : Optional.empty())
          : y.observed().map(BigDecimal::doubleValue);
      if (seen.isPresent()) {
        observed.add(y.year(), seen.get());
        items++;
        String status = language == Language.ITALIAN ? y.status().italianName()
            : y.status().name().toLowerCase(java.util.Locale.ROOT).replace('_', ' ');
        statuses.add(y.year() + ": " + status + (y.percentAchieved().isDefined()
            ? ", " + one.format(y.percentAchieved().rounded(1, RoundingMode.HALF_UP)) + " %" : ""));
      }
    }
    XYSeriesCollection ds = new XYSeriesCollection();
    ds.addSeries(path);
    ds.addSeries(observed);
    NumberAxis years = new NumberAxis(language.label("trend.year"));
    years.setStandardTickUnits(NumberAxis.createIntegerTickUnits());
    years.setNumberFormatOverride(yearFormat(language));
    years.setAutoRangeIncludesZero(false);
    NumberAxis values = new NumberAxis(yesNo ? "%" : target.unit().orElse(""));
    values.setStandardTickUnits(TickFormat.units(language, 1, false));
    values.setAutoRangeIncludesZero(false);
    HintedLineRenderer renderer = new HintedLineRenderer();
    renderer.setSeriesPaint(0, PALETTE[6]);
    renderer.setSeriesStroke(0, new BasicStroke(1.5f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10f,
        new float[] {6f, 4f}, 0f));
    renderer.setSeriesPaint(1, PALETTE[0]);
    renderer.setSeriesStroke(1, new BasicStroke(2f));
    XYPlot plot = new XYPlot(ds, years, values, renderer);
    if (!yesNo) {
      target.baseline().ifPresent(b -> plot.addRangeMarker(marker(b, language.label("progress.baseline"))));
      target.value().ifPresent(v -> plot.addRangeMarker(marker(v, language.label("progress.target"))));
    }
    String note = statuses.isEmpty() ? language.label("empty.values") : String.join("; ", statuses);
    return new ReportChart(chart(language.label("progress.title") + " – " + target.indicator(), plot), WIDTH,
        HEIGHT, items, note);
  }

  private static ValueMarker marker(BigDecimal value, String label) {
    ValueMarker m = new ValueMarker(value.doubleValue(), Color.DARK_GRAY, new BasicStroke(1f));
    m.setLabel(label);
    m.setLabelFont(NOTE_FONT);
    m.setLabelAnchor(RectangleAnchor.TOP_LEFT);
    m.setLabelTextAnchor(TextAnchor.BOTTOM_LEFT);
    return m;
  }

  /**
   * Adds one side's lines, planned and actual, to the chart's data; a label that the other side has too is
   * named with its side, so that the two are two lines and never one bar of their sum.
   *
   * @return how many bars were added
   */
  private static int side(DefaultCategoryDataset ds, Set<String> labels, Set<String> otherSide,
      Map<String, Money> planned, Map<String, Money> actual, String sideName, Language language) {
    int items = 0;
    for (String label : labels) {
      String category = otherSide.contains(label) ? label + " (" + sideName + ")" : label;
      Money pm = planned.get(label);
      Money am = actual.get(label);
      ds.addValue(pm == null ? null : pm.amount(), language.label("planned.planned"), category);
      ds.addValue(am == null ? null : am.amount(), language.label("planned.actual"), category);
      items += (pm == null ? 0 : 1) + (am == null ? 0 : 1);
    }
    return items;
  }

  /** One side's lines by label (unique within a side). */
  private static Map<String, Money> lines(List<BudgetLine> side) {
    Map<String, Money> m = new LinkedHashMap<>();
    side.forEach(l -> m.put(l.label(), l.amount()));
    return m;
  }

  /**
   * A bar plot whose axis shows {@code axisDecimals} and whose bars are labelled with {@code labelDecimals}:
   * an amount in euro is labelled to the cent (500.25, not 500), though its axis ticks need no cents.
   */
  private static CategoryPlot barPlot(DefaultCategoryDataset ds, String valueLabel, Language language,
      int axisDecimals, int labelDecimals) {
    CategoryAxis categories = new CategoryAxis();
    categories.setMaximumCategoryLabelLines(3);
    categories.setCategoryLabelPositions(CategoryLabelPositions.STANDARD);
    NumberAxis values = new NumberAxis(valueLabel);
    values.setNumberFormatOverride(language.numberFormat(axisDecimals));
    BarRenderer renderer = new BarRenderer();
    styleBars(renderer, ds.getRowCount());
    renderer.setDefaultItemLabelGenerator(new StandardCategoryItemLabelGenerator("{2}",
        language.numberFormat(labelDecimals)));
    renderer.setDefaultItemLabelsVisible(true);
    renderer.setDefaultItemLabelFont(NOTE_FONT);
    return new CategoryPlot(ds, categories, values, renderer);
  }

  private static void styleBars(BarRenderer r, int series) {
    r.setBarPainter(new StandardBarPainter());
    r.setShadowVisible(false);
    r.setItemMargin(0.05);
    for (int s = 0; s < series; s++) {
      Paint p = PALETTE[s % PALETTE.length];
      r.setSeriesPaint(s, p);
    }
  }

  /**
   * Years as written in the language, without grouping (2015, not 2.015): in the language's digits, not in
   * the default locale's, which under Arabic or Hindi settings would be other digits.
   */
  private static java.text.NumberFormat yearFormat(Language language) {
    return new java.text.DecimalFormat("0", java.text.DecimalFormatSymbols.getInstance(language.locale()));
  }

  static JFreeChart chart(String title, org.jfree.chart.plot.Plot plot) {
    JFreeChart chart = new JFreeChart(title, new Font(Font.SANS_SERIF, Font.BOLD, 14), plot, true);
    chart.getTitle().setFont(new Font(Font.SANS_SERIF, Font.BOLD, 14));
    chart.setElementHinting(true);
    plot.setBackgroundPaint(Color.WHITE);
    return chart;
  }

  static Set<Integer> years(Map<Integer, ?> m) {
    return new TreeSet<>(m.keySet());
  }
}
