package io.github.socialplan.report.html;

import io.github.socialplan.budget.balance.BalanceGap;
import io.github.socialplan.budget.balance.PlanBalance;
import io.github.socialplan.budget.balance.YearBalance;
import io.github.socialplan.core.money.Money;
import io.github.socialplan.core.plan.BudgetLine;
import io.github.socialplan.core.plan.Plan;
import io.github.socialplan.core.plan.Target;
import io.github.socialplan.core.plan.YearlyBudget;
import io.github.socialplan.indicators.catalogue.Indicator;
import io.github.socialplan.indicators.dashboard.DashboardRow;
import io.github.socialplan.indicators.dashboard.DashboardTable;
import io.github.socialplan.indicators.monitoring.TargetProgress;
import io.github.socialplan.indicators.monitoring.TargetStatus;
import io.github.socialplan.indicators.monitoring.YearProgress;
import io.github.socialplan.indicators.result.IndicatorValue;
import io.github.socialplan.indicators.result.UndefinedReason;
import io.github.socialplan.indicators.transfers.TransferTrends;
import io.github.socialplan.report.Language;
import io.github.socialplan.report.chart.Charts;
import io.github.socialplan.report.chart.PyramidData;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;

/**
 * The report's standard sections, built from the library's result types: a territory's profile from its
 * cruscotto, a table of named indicators, the fund transfers, a plan's budget with its balance check, and
 * the monitoring of its targets.
 *
 * <p>Each method formats the numbers (counts and euro with the language's separators, indicators rounded
 * half-up to one decimal unless told otherwise) and gives each table and chart the source line passed in.
 */
public final class StandardSections {

  private StandardSections() {}

  /**
   * A territory's profile (<i>profilo di comunità</i>): its population pyramid, and each of its cruscotto
   * indicators in one year next to its parent territory's value and the difference.
   *
   * @param name the territory's name as the report shows it, not null
   * @param table the cruscotto, not null
   * @param level the territory's level in the table
   * @param territory the territory's id in the table, not null
   * @param year the year shown, not null
   * @param pyramid the residents by band and sex, or empty when only totals are known
   * @param language the language, not null
   * @param source where the figures come from, not null
   * @return the section, not null
   * @throws IllegalArgumentException if the table has no row for the territory in that year
   */
  public static ReportSection profile(String name, DashboardTable table, int level, String territory, int year,
      Optional<PyramidData> pyramid, Language language, String source) {
    Objects.requireNonNull(table, "table");
    boolean it = language == Language.ITALIAN;
    ReportSection.Builder s = ReportSection.builder(it ? "Profilo del territorio: " + name
        : "Territory profile: " + name);
    List<DashboardRow> rows = new ArrayList<>();
    for (Indicator i : table.indicators()) {
      table.row(year, level, territory, i.id()).ifPresent(rows::add);
    }
    if (rows.isEmpty()) {
      throw new IllegalArgumentException("the cruscotto has no row for territory " + territory + " at level "
          + level + " in " + year);
    }
    String parent = rows.get(0).parent().orElse(null);
    List<String> header = new ArrayList<>(List.of(it ? "Indicatore" : "Indicator", name));
    if (parent != null) {
      header.add(parent);
      header.add(it ? "Differenza" : "Difference");
    }
    ReportTable.Builder t = ReportTable.builder((it ? "Indicatori al 1° gennaio " : "Indicators on 1 January ")
        + year, source, header.toArray(String[]::new));
    for (DashboardRow r : rows) {
      List<ReportCell> cells = new ArrayList<>();
      cells.add(ReportCell.text(indicatorName(r.indicator(), language)));
      cells.add(ReportCell.value(r.value(), 1, language));
      if (parent != null) {
        cells.add(r.parentValue().map(v -> ReportCell.value(v, 1, language)).orElse(ReportCell.text("")));
        cells.add(r.differenceFromParent().map(v -> ReportCell.value(v, 1, language)).orElse(ReportCell.text("")));
      }
      t.row(cells.toArray(ReportCell[]::new));
    }
    s.table(t.build());
    pyramid.ifPresent(p -> s.chart(Charts.populationPyramid(p, language), source));
    return s.build();
  }

  /**
   * A table of named indicator values, e.g. the spending indicators of a year.
   *
   * @param caption the table's caption, not null
   * @param values the values by name, in the order to show, not null
   * @param decimals the decimals shown
   * @param language the language, not null
   * @param source where the figures come from, not null
   * @return the table, not null
   */
  public static ReportTable indicators(String caption, Map<String, IndicatorValue> values, int decimals,
      Language language, String source) {
    boolean it = language == Language.ITALIAN;
    ReportTable.Builder t = ReportTable.builder(caption, source, it ? "Indicatore" : "Indicator",
        it ? "Valore" : "Value");
    values.forEach((name, v) -> t.row(ReportCell.text(name), ReportCell.value(v, decimals, language)));
    return t.build();
  }

  /**
   * The transfers of the social funds to a recipient, by fund and year, with the total and its change on
   * the year before.
   *
   * @param trends the transfers, not null
   * @param language the language, not null
   * @param source where the figures come from, not null
   * @return the table, not null
   */
  public static ReportTable transfers(TransferTrends trends, Language language, String source) {
    boolean it = language == Language.ITALIAN;
    List<String> header = new ArrayList<>(List.of(it ? "Fondo" : "Fund"));
    trends.years().forEach(y -> header.add(Integer.toString(y)));
    ReportTable.Builder t = ReportTable.builder((it ? "Trasferimenti dei fondi sociali: " : "Fund transfers: ")
        + trends.recipient() + " (euro)", source, header.toArray(String[]::new));
    for (String fund : trends.funds()) {
      t.row(cells(fund, trends.years(), y -> ReportCell.money(trends.amount(fund, y), language)));
    }
    t.row(cells(it ? "Totale" : "Total", trends.years(), y -> ReportCell.money(trends.total(y), language)));
    t.row(cells(it ? "Variazione sull'anno precedente (%)" : "Change on the year before (%)", trends.years(),
        y -> y.equals(trends.years().get(0)) ? ReportCell.text("")
            : ReportCell.value(trends.totalYearOnYearChange(y), 1, language)));
    return t.build();
  }

  /**
   * A plan's budget by year (<i>piano economico</i>): revenue and expenditure lines, their sums, the
   * published totals and the balance check, with the revenues by fund and the spending shares of the first
   * year as charts. A gap between the lines and a published total is stated, never hidden.
   *
   * @param plan the plan, not null
   * @param language the language, not null
   * @param source where the figures come from, not null
   * @return the section, not null
   */
  public static ReportSection planBudget(Plan plan, Language language, String source) {
    boolean it = language == Language.ITALIAN;
    PlanBalance balance = PlanBalance.of(plan);
    ReportSection.Builder s = ReportSection.builder((it ? "Risorse e spesa del piano: " : "Plan budget: ")
        + plan.title());
    List<Integer> years = plan.budgets().stream().map(YearlyBudget::year).toList();
    List<String> header = new ArrayList<>(List.of(it ? "Voce" : "Line"));
    years.forEach(y -> header.add(Integer.toString(y)));
    ReportTable.Builder t = ReportTable.builder(it ? "Entrate e uscite previste (euro)"
        : "Planned revenues and expenditures (euro)", source, header.toArray(String[]::new));
    t.row(cells(it ? "ENTRATE" : "REVENUES", years, y -> ReportCell.text("")));
    for (String label : labels(plan, YearlyBudget::revenues)) {
      t.row(cells(label, years, y -> line(plan, y, YearlyBudget::revenues, label, language)));
    }
    // a side without lines has no sum to show or check: 0,00 would read as lines adding up to nothing
    t.row(cells(it ? "Somma delle entrate" : "Sum of the revenue lines", years,
        y -> hasLines(plan, y, YearlyBudget::revenues)
            ? ReportCell.money(balance.year(y).revenueLines(), language) : ReportCell.text("")));
    t.row(cells(it ? "Totale entrate pubblicato" : "Published total revenue", years,
        y -> balance.year(y).publishedRevenue().map(m -> ReportCell.money(m, language)).orElse(ReportCell.text(""))));
    t.row(cells(it ? "USCITE" : "EXPENDITURES", years, y -> ReportCell.text("")));
    for (String label : labels(plan, YearlyBudget::expenditures)) {
      t.row(cells(label, years, y -> line(plan, y, YearlyBudget::expenditures, label, language)));
    }
    t.row(cells(it ? "Somma delle uscite" : "Sum of the expenditure lines", years,
        y -> hasLines(plan, y, YearlyBudget::expenditures)
            ? ReportCell.money(balance.year(y).expenditureLines(), language) : ReportCell.text("")));
    t.row(cells(it ? "Totale uscite pubblicato" : "Published total expenditure", years,
        y -> balance.year(y).publishedExpenditure().map(m -> ReportCell.money(m, language))
            .orElse(ReportCell.text(""))));
    t.row(cells(it ? "Quadratura" : "Balance check", years, y -> {
      YearBalance b = balance.year(y);
      if (!b.isBalanced()) {
        return ReportCell.text(b.gaps().size() + (it ? " squadrature" : " gap(s)"));
      }
      return ReportCell.text(!hasLines(plan, y, YearlyBudget::revenues) ? (it ? "nessuna voce di entrata"
          : "no revenue lines") : !hasLines(plan, y, YearlyBudget::expenditures) ? (it ? "nessuna voce di spesa"
          : "no expenditure lines") : it ? "in pareggio" : "balanced");
    }));
    s.table(t.build());
    if (balance.isBalanced() && years.stream().allMatch(y -> hasLines(plan, y, YearlyBudget::revenues)
        && hasLines(plan, y, YearlyBudget::expenditures))) {
      s.paragraph(it ? "Ogni anno è in pareggio." : "Every year balances.");
    }
    for (BalanceGap g : balance.gaps()) {
      s.paragraph((it ? "Squadratura " : "Gap ") + gap(g, language));
    }
    s.chart(Charts.budgetByFund(plan, language), source);
    // the first year's shares: the plan's budgets are in the order given, not necessarily by year
    plan.budgets().stream().min(java.util.Comparator.comparingInt(YearlyBudget::year))
        .ifPresent(first -> s.chart(Charts.spendingShares(first, language), source));
    return s.build();
  }

  /** Whether a year's budget has lines on one side. */
  private static boolean hasLines(Plan plan, int year, Function<YearlyBudget, List<BudgetLine>> side) {
    return plan.budget(year).map(side).filter(l -> !l.isEmpty()).isPresent();
  }

  /**
   * A plan's monitoring (<i>monitoraggio</i>): each target with its baseline, target value and the latest
   * observed value as the plan gives them (with their own decimals, at least one; "sì" or "no" for a yes/no
   * outcome), the per cent achieved (one decimal, half-up) and the status, and a progress chart per target.
   * A target with nothing observed after its baseline shows "n.d." as its latest value and per cent
   * achieved, with a note "non rilevato dopo il valore di partenza" ("not observed after the baseline"; "non
   * rilevato" without a baseline), and the status "non misurato".
   *
   * @param plan the plan, not null
   * @param language the language, not null
   * @param source where the targets and observations come from, not null
   * @return the section; a plan without targets says so in a paragraph
   */
  public static ReportSection monitoring(Plan plan, Language language, String source) {
    boolean it = language == Language.ITALIAN;
    ReportSection.Builder s = ReportSection.builder((it ? "Monitoraggio degli obiettivi: " : "Monitoring: ")
        + plan.title());
    if (plan.targets().isEmpty()) {
      return s.paragraph(it ? "Il piano non fissa target misurabili." : "The plan sets no measurable target.")
          .build();
    }
    ReportTable.Builder t = ReportTable.builder(it ? "Target e avanzamento" : "Targets and progress", source,
        it ? "Indicatore" : "Indicator", it ? "Partenza" : "Baseline", it ? "Target" : "Target",
        it ? "Ultimo osservato" : "Latest observed", it ? "% raggiunta" : "% achieved", it ? "Stato" : "Status");
    Function<java.math.BigDecimal, String> figure = v -> asPublished(v, language);
    List<TargetProgress> all = new ArrayList<>();
    for (Target target : plan.targets()) {
      TargetProgress p = TargetProgress.of(target, plan.period());
      all.add(p);
      Optional<YearProgress> latest = p.latest();
      ReportCell indicator = ReportCell.text(target.indicator() + target.unit().map(u -> " (" + u + ")").orElse(""));
      ReportCell baseline = ReportCell.text(target.baseline().map(b -> figure.apply(b) + target.baselineYear()
          .map(y -> " (" + y + ")").orElse("")).orElse(""));
      ReportCell goal = ReportCell.text(target.value().map(v -> figure.apply(v) + target.year()
          .map(y -> " (" + y + ")").orElse("")).orElse(""));
      if (latest.isEmpty()) {
        // nothing observed after the baseline: "n.d." with the reason in a note, so that the row does not
        // read as figures left out
        String why = target.baseline().isPresent()
            ? (it ? "non rilevato dopo il valore di partenza" : "not observed after the baseline")
            : (it ? "non rilevato" : "not observed");
        t.row(indicator, baseline, goal, ReportCell.notAvailable(why),
            ReportCell.value(IndicatorValue.undefined(UndefinedReason.NO_DATA, why), 1, language),
            ReportCell.text(status(TargetStatus.NOT_MEASURED, language)));
        continue;
      }
      YearProgress y = latest.get();
      t.row(indicator, baseline, goal,
          // a yes/no outcome is an observation too: "sì (2016)", not an empty cell beside its status
          ReportCell.text(y.observed().map(figure).or(() -> y.achieved().map(a -> a ? (it ? "sì" : "yes") : "no"))
              .map(o -> o + " (" + y.year() + ")").orElse("")),
          ReportCell.value(y.percentAchieved(), 1, language),
          ReportCell.text(status(y.status(), language)));
    }
    s.table(t.build());
    for (TargetProgress p : all) {
      s.chart(Charts.targetProgress(p, language), source);
    }
    return s.build();
  }

  /** A target's status in the report's language: "in linea", "on track". */
  private static String status(TargetStatus status, Language language) {
    return language == Language.ITALIAN ? status.italianName()
        : status.name().toLowerCase(java.util.Locale.ROOT).replace('_', ' ');
  }

  /**
   * A figure of the plan (a baseline, a target, an observation) with the decimals it was given, at least
   * one: 0.25 reads "0,25", not "0,3", and 28 reads "28,0". Rounding is for computed indicators only.
   */
  private static String asPublished(java.math.BigDecimal v, Language language) {
    return language.numberFormat(Math.max(1, v.scale())).format(v);
  }

  /** The gap in the report's language: "2015: le voci di uscita sommano a 5.574.718,00, ...". */
  static String gap(BalanceGap g, Language language) {
    java.text.NumberFormat euro = language.numberFormat(2);
    String kind = "gap." + g.kind().name();
    return g.year() + ": " + language.label(kind + ".first") + " " + euro.format(g.first().amount()) + ", "
        + language.label(kind + ".second") + " " + euro.format(g.second().amount()) + ": "
        + language.label("gap.difference") + " " + euro.format(g.difference().amount());
  }

  private static ReportCell line(Plan plan, int year, Function<YearlyBudget, List<BudgetLine>> side, String label,
      Language language) {
    Money sum = null;
    for (BudgetLine l : side.apply(plan.budget(year).orElseThrow())) {
      if (l.label().equals(label)) {
        sum = sum == null ? l.amount() : sum.plus(l.amount());
      }
    }
    return sum == null ? ReportCell.text("") : ReportCell.money(sum, language);
  }

  private static List<String> labels(Plan plan, Function<YearlyBudget, List<BudgetLine>> side) {
    Map<String, Boolean> labels = new LinkedHashMap<>();
    plan.budgets().forEach(b -> side.apply(b).forEach(l -> labels.put(l.label(), true)));
    return List.copyOf(labels.keySet());
  }

  private static ReportCell[] cells(String label, List<Integer> years, Function<Integer, ReportCell> cell) {
    List<ReportCell> cells = new ArrayList<>();
    cells.add(ReportCell.text(label));
    years.forEach(y -> cells.add(cell.apply(y)));
    return cells.toArray(ReportCell[]::new);
  }

  static String indicatorName(Indicator i, Language language) {
    return language == Language.ITALIAN ? i.italianName() : i.englishName();
  }
}
