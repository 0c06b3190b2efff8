package io.github.socialplan.examples;

import io.github.socialplan.budget.balance.BalanceGap;
import io.github.socialplan.budget.balance.LineChange;
import io.github.socialplan.budget.balance.PlanBalance;
import io.github.socialplan.budget.balance.YearBalance;
import io.github.socialplan.core.fund.FundTransfer;
import io.github.socialplan.core.fund.Funds;
import io.github.socialplan.core.io.PlanTableReader;
import io.github.socialplan.core.money.Money;
import io.github.socialplan.core.plan.BudgetLine;
import io.github.socialplan.core.plan.Plan;
import io.github.socialplan.core.plan.YearlyBudget;
import io.github.socialplan.core.population.AgeBand;
import io.github.socialplan.core.population.AgeBands;
import io.github.socialplan.core.population.Population;
import io.github.socialplan.core.service.UserArea;
import io.github.socialplan.indicators.catalogue.Indicator;
import io.github.socialplan.indicators.catalogue.StandardIndicators;
import io.github.socialplan.indicators.demography.DemographicIndicators;
import io.github.socialplan.indicators.demography.DemographicProfile;
import io.github.socialplan.indicators.result.IndicatorValue;
import io.github.socialplan.indicators.spending.SpendingIndicators;
import io.github.socialplan.indicators.transfers.TransferTrends;
import io.github.socialplan.indicators.workforce.SocialWorkforce;
import java.io.IOException;
import java.io.PrintStream;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The Piano di Zona of the Ambito di Cremona 2015-2017 reproduced from its published inputs:
 * the 2014 demographic table, the 2012 spending figures, the 2012-2014 fund transfers and resources, and
 * the 2015-2017 plan with its balance check, each computed figure next to the published one.
 *
 * <p>Every published figure is read from {@code data/reference/}; nothing is typed in here.
 *
 * <pre>{@code
 * CremonaPlanExample.print(System.out, DataFolder.locate());
 * }</pre>
 */
public final class CremonaPlanExample {

  static final String BANDS = "cremona-2014-population-by-band.csv";
  static final String DEMOGRAPHIC = "cremona-2014-demographic-indicators.csv";
  static final String SPENDING = "cremona-2012-social-spending.csv";
  static final String SERVICES = "cremona-2012-service-costs.csv";
  static final String FACTS = "cremona-facts.csv";
  static final String TRANSFERS = "cremona-fund-transfers-2012-2014.csv";
  static final String RESOURCES = "cremona-resources-2012-2014.csv";
  static final String PLAN = "cremona-plan-2015-2017.csv";

  /** The five indicators that the published age bands (0-14, 15-64, 65+) determine. */
  static final List<Indicator> FROM_BANDS = List.of(StandardIndicators.OLD_AGE_INDEX,
      StandardIndicators.TOTAL_DEPENDENCY_RATIO, StandardIndicators.OLD_AGE_DEPENDENCY_RATIO,
      StandardIndicators.YOUTH_DEPENDENCY_RATIO, StandardIndicators.PCT_ELDERLY);

  private static final String TOTAL_ROW = "Totale";
  private static final String AMBITO = "Ambito di Cremona";

  private CremonaPlanExample() {}

  /**
   * Prints the example to standard output.
   *
   * @param args ignored
   * @throws IOException if a reference file cannot be read
   */
  public static void main(String[] args) throws IOException {
    print(System.out, DataFolder.locate());
  }

  /**
   * Prints the four tables.
   *
   * @param out where to print, not null
   * @param data the data folder, not null
   * @throws IOException if a reference file cannot be read
   */
  public static void print(PrintStream out, DataFolder data) throws IOException {
    out.println("== Piano di Zona 2015-2017 dell'Ambito di Cremona, reproduced ==");
    out.println();
    demography(out, data);
    out.println();
    spending(out, data);
    out.println();
    transfers(out, data);
    out.println();
    resources(out, data);
    out.println();
    plan(out, data);
  }

  private static String mark(boolean same) {
    return same ? "ok" : "DIFFERS";
  }

  /**
   * The Ambito on 1 January 2014 in the published bands, each band checked against its published total;
   * indicators that cut inside a band are undefined, never guessed.
   */
  static Population populationFromBands(ReferenceTable bands) {
    List<Map<String, String>> rows = new ArrayList<>();
    List<AgeBand> list = new ArrayList<>();
    for (Map<String, String> row : bands.rows()) {
      if (!row.get("age_band").equals("total")) {
        rows.add(row);
        list.add(AgeBand.parse(row.get("age_band")));
      }
    }
    Population.Builder b = Population.builder("ambito-cremona", 2014, AgeBands.of(list));
    for (Map<String, String> row : rows) {
      b.band(AgeBand.parse(row.get("age_band")), Integer.parseInt(row.get("male")),
          Integer.parseInt(row.get("female")), Long.parseLong(row.get("total")));
    }
    return b.build();
  }

  private static void demography(PrintStream out, DataFolder data) throws IOException {
    ReferenceTable bands = ReferenceTable.read(data.reference(BANDS));
    ReferenceTable published = ReferenceTable.read(data.reference(DEMOGRAPHIC));
    Population p = populationFromBands(bands);
    long total = bands.number("total", "total").longValueExact();
    out.println("1. Demographic indicators, 1 January 2014 (plan §2.1)");
    out.printf(Locale.ROOT, "   computed from %s: %s residents (%s), published total %s %s%n", BANDS,
        Numbers.count(p.total()), bandsText(bands), Numbers.count(total), mark(p.total() == total));
    TextTable t = new TextTable("indicator", "computed", "published", "match", "numerator / denominator")
        .leftAligned(4);
    DemographicProfile profile = DemographicProfile.of(p);
    for (Indicator i : FROM_BANDS) {
      IndicatorValue v = DemographicIndicators.compute(i, profile);
      BigDecimal pub = published.number("Totale Ambito", i.id());
      BigDecimal shown = v.rounded(pub.scale(), RoundingMode.HALF_UP);
      t.row(i.italianName(), shown.toPlainString(), pub.toPlainString(), mark(shown.compareTo(pub) == 0),
          Numbers.format(v.numerator().orElseThrow(), 0) + " / " + Numbers.format(v.denominator().orElseThrow(), 0)
              + " x " + v.multiplier().orElseThrow().toPlainString());
    }
    t.print(out);
    out.println("   The bands do not give the others; each is undefined with its reason:");
    for (Indicator i : List.of(StandardIndicators.PCT_MINORS, StandardIndicators.PCT_OLDEST_OLD,
        StandardIndicators.CHILD_WOMAN_RATIO, StandardIndicators.MEAN_AGE, StandardIndicators.PCT_FOREIGNERS)) {
      IndicatorValue v = DemographicIndicators.compute(i, profile);
      out.printf(Locale.ROOT, "   - %s: %s (%s: %s)%n", i.italianName(), v.format(),
          v.reason().map(Enum::name).orElse("defined"), v.detail());
    }
  }

  private static String bandsText(ReferenceTable bands) {
    List<String> parts = new ArrayList<>();
    for (Map<String, String> row : bands.rows()) {
      if (!row.get("age_band").equals("total")) {
        parts.add(row.get("age_band") + ": " + Numbers.count(Long.parseLong(row.get("total"))));
      }
    }
    return String.join(", ", parts);
  }

  /**
   * The 2012 spending and service figures of the plan (§2.2, §4.2.3) read from {@code data/reference}, with
   * the indicators they give: the report example shows the same ones.
   */
  record Spending2012(Money total, Money associated, long residents, Money municipal, long users,
      Money publishedPerUser, Money copayment, BigDecimal fte) {

    static Spending2012 read(DataFolder data) throws IOException {
      ReferenceTable spending = ReferenceTable.read(data.reference(SPENDING));
      ReferenceTable services = ReferenceTable.read(data.reference(SERVICES));
      ReferenceTable facts = ReferenceTable.read(data.reference(FACTS));
      String ambito = spending.rows().get(0).get(spending.header().get(0));
      String row = services.rows().get(0).get(services.header().get(0));
      return new Spending2012(spending.money(ambito, "total_spending"), spending.money(ambito, "associated_spending"),
          facts.number("residents_2014", "value").longValueExact(), services.money(row, "municipal_spending"),
          services.number(row, "users").longValueExact(), services.money(row, "municipal_spending_per_user"),
          services.money(row, "copayment_per_user"), facts.number("social_workers_fte", "value"));
    }

    IndicatorValue perCapita() {
      return SpendingIndicators.perCapita(total, residents);
    }

    IndicatorValue percentAssociated() {
      return SpendingIndicators.percentAssociated(associated, total);
    }

    IndicatorValue perUserSpending() {
      return SpendingIndicators.perUserSpending(municipal, users);
    }

    IndicatorValue copaymentIncidence() {
      return SpendingIndicators.copaymentIncidence(copayment, publishedPerUser);
    }

    IndicatorValue residentsPerSocialWorker() {
      return SocialWorkforce.residentsPerSocialWorker(residents, fte);
    }
  }

  private static void spending(PrintStream out, DataFolder data) throws IOException {
    ReferenceTable spending = ReferenceTable.read(data.reference(SPENDING));
    ReferenceTable services = ReferenceTable.read(data.reference(SERVICES));
    ReferenceTable facts = ReferenceTable.read(data.reference(FACTS));
    String ambito = spending.rows().get(0).get(spending.header().get(0));
    String servicesRow = services.rows().get(0).get(services.header().get(0));
    Spending2012 f = Spending2012.read(data);

    out.println("2. Social spending and services, 2012 (plan §2.2, §4.2.3)");
    TextTable t = new TextTable("indicator", "computed", "as published", "published", "match", "from")
        .leftAligned(5);
    spendingRow(t, "per-capita social spending (euro)", f.perCapita(), 0,
        facts.number("per_capita_social_spending_2012", "value"),
        Numbers.euros(f.total()) + " / " + Numbers.count(f.residents()) + " residents");
    spendingRow(t, "% of spending in associated form", f.percentAssociated(), 0,
        spending.number(ambito, "pct_associated"), Numbers.euros(f.associated()) + " / " + Numbers.euros(f.total()));
    spendingRow(t, "municipal spending per user (euro)", f.perUserSpending(), 0,
        f.publishedPerUser().amount(), Numbers.euros(f.municipal()) + " / " + Numbers.count(f.users()) + " users");
    spendingRow(t, "co-payment incidence (%)", f.copaymentIncidence(), 0,
        services.number(servicesRow, "pct_copayment"), Numbers.euros(f.copayment()) + " / ("
            + Numbers.euros(f.publishedPerUser()) + " + " + Numbers.euros(f.copayment()) + ")");
    spendingRow(t, "residents per social worker (about)", f.residentsPerSocialWorker(),
        -2, facts.number("residents_per_social_worker", "value"),
        Numbers.count(f.residents()) + " / " + f.fte().toPlainString() + " FTE");
    t.print(out);
    out.printf(Locale.ROOT, "   essential level: 1 social worker per %s residents, met: %s%n",
        Numbers.count(SocialWorkforce.ESSENTIAL_LEVEL_RESIDENTS),
        SocialWorkforce.meetsEssentialLevel(f.residents(), f.fte()) ? "yes" : "no");
  }

  private static void spendingRow(TextTable t, String name, IndicatorValue v, int scale, BigDecimal published,
      String from) {
    BigDecimal shown = v.rounded(scale, RoundingMode.HALF_UP);
    t.row(name, Numbers.format(v.rounded(1, RoundingMode.HALF_UP), 1), Numbers.format(shown.setScale(0), 0),
        Numbers.format(published, 0), mark(shown.compareTo(published) == 0), from);
  }

  /**
   * The transfers of the social funds to the Ambito, 2012-2014, from the fund rows of the published table
   * (its total row is left for the check).
   */
  static TransferTrends transferTrends(DataFolder data) throws IOException {
    ReferenceTable file = ReferenceTable.read(data.reference(TRANSFERS));
    List<String> years = file.header().subList(1, file.header().size());
    List<FundTransfer> transfers = new ArrayList<>();
    for (Map<String, String> row : file.rows()) {
      String fund = row.get("fund");
      if (!fund.equals(TOTAL_ROW)) {
        for (String y : years) {
          transfers.add(FundTransfer.of(fund, AMBITO, Integer.parseInt(y), file.money(fund, y)));
        }
      }
    }
    return TransferTrends.of(AMBITO, transfers);
  }

  private static void transfers(PrintStream out, DataFolder data) throws IOException {
    ReferenceTable file = ReferenceTable.read(data.reference(TRANSFERS));
    List<String> years = file.header().subList(1, file.header().size());
    TransferTrends trends = transferTrends(data);
    List<String> funds = new ArrayList<>();
    for (Map<String, String> row : file.rows()) {
      if (!row.get("fund").equals(TOTAL_ROW)) {
        funds.add(row.get("fund"));
      }
    }
    out.println("3. Transfers from the social funds to the Ambito, 2012-2014 (plan §2.2)");
    List<String> head = new ArrayList<>(List.of("fund"));
    head.addAll(years);
    TextTable t = new TextTable(head.toArray(String[]::new));
    for (String fund : funds) {
      List<String> cells = new ArrayList<>(List.of(fund));
      years.forEach(y -> cells.add(Numbers.euros(trends.amount(fund, Integer.parseInt(y)))));
      t.row(cells.toArray(String[]::new));
    }
    List<String> sum = new ArrayList<>(List.of("total of the fund lines"));
    List<String> pub = new ArrayList<>(List.of("published " + TOTAL_ROW));
    List<String> match = new ArrayList<>(List.of("match"));
    List<String> change = new ArrayList<>(List.of("change of the total on the year before"));
    for (String y : years) {
      int year = Integer.parseInt(y);
      Money computed = trends.total(year);
      Money published = file.money(TOTAL_ROW, y);
      sum.add(Numbers.euros(computed));
      pub.add(Numbers.euros(published));
      match.add(mark(computed.equals(published)));
      change.add(year == trends.years().get(0) ? "" : percent(trends.totalYearOnYearChange(year)));
    }
    t.row(sum.toArray(String[]::new)).row(pub.toArray(String[]::new)).row(match.toArray(String[]::new))
        .row(change.toArray(String[]::new));
    t.print(out);
    for (String fund : funds) {
      List<String> changes = new ArrayList<>();
      for (String y : years.subList(1, years.size())) {
        changes.add(y + ": " + percent(trends.yearOnYearChange(fund, Integer.parseInt(y))));
      }
      out.printf(Locale.ROOT, "   %s, change on the year before: %s%n", fund, String.join(", ", changes));
    }
  }

  private static String percent(IndicatorValue v) {
    if (v.isDefined()) {
      BigDecimal r = v.rounded();
      return (r.signum() > 0 ? "+" : "") + Numbers.format(r, 1) + " %";
    }
    return "n.d. (" + v.reason().orElseThrow().name().toLowerCase(Locale.ROOT).replace('_', ' ') + ")";
  }

  private static void resources(PrintStream out, DataFolder data) throws IOException {
    ReferenceTable file = ReferenceTable.read(data.reference(RESOURCES));
    List<String> years = file.header().subList(1, file.header().size());
    List<YearlyBudget> budgets = new ArrayList<>();
    for (String y : years) {
      var b = YearlyBudget.builder().year(Integer.parseInt(y));
      for (Map<String, String> row : file.rows()) {
        String source = row.get("source");
        if (source.equals(TOTAL_ROW)) {
          b.publishedRevenueTotal(file.money(source, y));
        } else {
          b.addRevenues(BudgetLine.of(source, file.money(source, y)));
        }
      }
      budgets.add(b.build());
    }
    PlanBalance balance = PlanBalance.of(budgets);
    out.println("4. Resources managed by the Ambito, 2012-2014 actuals (plan §2.3)");
    List<String> head = new ArrayList<>(List.of("source"));
    head.addAll(years);
    years.subList(1, years.size()).forEach(y -> head.add("change " + y));
    TextTable t = new TextTable(head.toArray(String[]::new));
    List<LineChange> changes = balance.changes();
    for (BudgetLine line : budgets.get(0).revenues()) {
      List<String> cells = new ArrayList<>(List.of(line.label()));
      for (YearlyBudget b : budgets) {
        cells.add(Numbers.euros(amount(b.revenues(), line.label())));
      }
      for (LineChange c : changes) {
        if (c.label().equals(line.label())) {
          cells.add(c.percent(1, RoundingMode.HALF_UP).map(p -> signed(p) + " %").orElse("n.d. (from 0)"));
        }
      }
      t.row(cells.toArray(String[]::new));
    }
    List<String> sum = new ArrayList<>(List.of("total of the lines"));
    List<String> pub = new ArrayList<>(List.of("published " + TOTAL_ROW));
    List<String> match = new ArrayList<>(List.of("match"));
    for (YearBalance y : balance.years()) {
      sum.add(Numbers.euros(y.revenueLines()));
      pub.add(y.publishedRevenue().map(Numbers::euros).orElse("-"));
      match.add(mark(y.isBalanced()));
    }
    for (int i = 1; i < budgets.size(); i++) {
      LineChange c = new LineChange(TOTAL_ROW, budgets.get(i - 1).year(), budgets.get(i).year(),
          budgets.get(i - 1).revenueTotal(), budgets.get(i).revenueTotal());
      sum.add(c.percent(1, RoundingMode.HALF_UP).map(p -> signed(p) + " %").orElse("n.d."));
    }
    t.row(sum.toArray(String[]::new)).row(pub.toArray(String[]::new)).row(match.toArray(String[]::new));
    t.print(out);
  }

  private static String signed(BigDecimal p) {
    return (p.signum() > 0 ? "+" : "") + Numbers.format(p, p.scale());
  }

  private static Money amount(List<BudgetLine> lines, String label) {
    Optional<Money> m = lines.stream().filter(l -> l.label().equals(label)).map(BudgetLine::amount).findFirst();
    return m.orElseThrow(() -> new IllegalArgumentException("no line '" + label + "'"));
  }

  /**
   * The 2015-2017 plan as published: revenue lines with their funds, expenditure lines with their ISTAT
   * areas of users, and the published totals.
   *
   * @param data the data folder, not null
   * @return the plan
   * @throws IOException if the file cannot be read
   */
  public static Plan readPlan(DataFolder data) throws IOException {
    return PlanTableReader.of("pdz-cremona-2015-2017", "Piano di Zona dell'Ambito di Cremona 2015-2017",
            "ambito-cremona")
        .withFund("Entrate da Fondo Naz. Politiche Sociali", Funds.byId("FNPS"))
        .withFund("Entrate da Fondo Non Autosufficienza", Funds.byId("FNA"))
        .withFund("Entrate da Fondo Sociale Regionale", Funds.byId("FSR"))
        .withUserArea("Area non autonomia e disabilita", UserArea.DISABILITY)
        .withUserArea("Area anziani", UserArea.ELDERLY)
        .withUserArea("Area famiglie, minori, infanzia", UserArea.FAMILY_AND_MINORS)
        .withUserArea("Area fragilita e reinserimento sociale", UserArea.POVERTY_HOMELESSNESS)
        .read(data.reference(PLAN));
  }

  private static void plan(PrintStream out, DataFolder data) throws IOException {
    Plan plan = readPlan(data);
    PlanBalance balance = PlanBalance.of(plan);
    out.println("5. The plan 2015-2017: forecast resources and their balance (plan §5.6)");
    List<String> head = new ArrayList<>(List.of("line"));
    plan.budgets().forEach(b -> head.add(Integer.toString(b.year())));
    TextTable t = new TextTable(head.toArray(String[]::new));
    YearlyBudget first = plan.budgets().get(0);
    t.row("REVENUES (entrate)");
    for (BudgetLine l : first.revenues()) {
      t.row(lineCells(plan, l.label(), YearlyBudget::revenues));
    }
    t.row(cells("  sum of the revenue lines", plan, b -> Numbers.euros(b.revenueTotal())));
    t.row(cells("  published total revenue", plan,
        b -> b.publishedRevenueTotal().map(Numbers::euros).orElse("-")));
    t.row("EXPENDITURES (interventi)");
    for (BudgetLine l : first.expenditures()) {
      t.row(lineCells(plan, l.label(), YearlyBudget::expenditures));
    }
    t.row(cells("  sum of the expenditure lines", plan, b -> Numbers.euros(b.expenditureTotal())));
    t.row(cells("  published total expenditure", plan,
        b -> b.publishedExpenditureTotal().map(Numbers::euros).orElse("-")));
    t.row(cells("balance check", plan, b -> balance.year(b.year()).isBalanced() ? "balanced"
        : balance.year(b.year()).gaps().size() + " gap(s)"));
    t.print(out);
    if (balance.gaps().isEmpty()) {
      out.println("   every year balances");
    }
    for (BalanceGap g : balance.gaps()) {
      out.println("   gap " + g.message());
    }
  }

  private static String[] lineCells(Plan plan, String label,
      java.util.function.Function<YearlyBudget, List<BudgetLine>> lines) {
    return cells("  " + label, plan, b -> Numbers.euros(amount(lines.apply(b), label)));
  }

  private static String[] cells(String label, Plan plan, java.util.function.Function<YearlyBudget, String> f) {
    List<String> cells = new ArrayList<>(List.of(label));
    plan.budgets().forEach(b -> cells.add(f.apply(b)));
    return cells.toArray(String[]::new);
  }
}
