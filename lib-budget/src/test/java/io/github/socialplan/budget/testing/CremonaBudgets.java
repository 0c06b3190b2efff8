package io.github.socialplan.budget.testing;

import io.github.socialplan.core.fund.Fund;
import io.github.socialplan.core.fund.Funds;
import io.github.socialplan.core.io.PlanTableReader;
import io.github.socialplan.core.money.Money;
import io.github.socialplan.core.plan.BudgetLine;
import io.github.socialplan.core.plan.Plan;
import io.github.socialplan.core.plan.YearlyBudget;
import io.github.socialplan.core.testing.ReferenceFiles;
import io.github.socialplan.core.testing.ReferenceTable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The Cremona budgets of seed 004 built from the project's reference files: the 2012-2014 resources
 * (source by year with a Totale row, a layout of its own read here) and the 2015-2017 plan (read by
 * {@link PlanTableReader}).
 */
public final class CremonaBudgets {

  public static final String RESOURCES = "cremona-resources-2012-2014.csv";
  public static final String PLAN = "cremona-plan-2015-2017.csv";

  private CremonaBudgets() {}

  /** The funds of the Cremona revenue lines, by label, in both files; "Altri finanziamenti" is none. */
  private static final Map<String, Fund> FUNDS = Map.of(
      "Entrate dai Comuni", Funds.byId("COMUNI"),
      "Entrate da Fondo Naz. Politiche Sociali", Funds.byId("FNPS"),
      "Entrate da Fondo Non Autosufficienza", Funds.byId("FNA"),
      "Entrate da Fondo Sociale Regionale", Funds.byId("FSR"));

  private static BudgetLine revenue(String label, String amount) {
    BudgetLine.Builder line = BudgetLine.builder().label(label).amount(Money.parse(amount));
    Fund fund = FUNDS.get(label);
    if (fund != null) {
      line.fund(fund.id()).level(fund.level());
    }
    return line.build();
  }

  /** The 2012-2014 resources: revenue lines and the published Totale row of each year. */
  public static List<YearlyBudget> resources() {
    ReferenceTable table = ReferenceTable.read(RESOURCES);
    List<YearlyBudget> budgets = new ArrayList<>();
    for (String year : years(table)) {
      var b = YearlyBudget.builder().year(Integer.parseInt(year));
      for (Map<String, String> row : table.rows()) {
        if (row.get("source").equals("Totale")) {
          b.publishedRevenueTotal(Money.parse(row.get(year)));
        } else {
          b.addRevenues(revenue(row.get("source"), row.get(year)));
        }
      }
      budgets.add(b.build());
    }
    return budgets;
  }

  /** The published Totale row of the 2012-2014 resources, by column. */
  public static List<Money> resourcesPublishedTotals() {
    ReferenceTable table = ReferenceTable.read(RESOURCES);
    Map<String, String> totale = table.row("Totale");
    return years(table).stream().map(y -> Money.parse(totale.get(y))).toList();
  }

  /** The year columns of a table: every column after the first. */
  private static List<String> years(ReferenceTable table) {
    return table.header().subList(1, table.header().size());
  }

  /** The 2015-2017 plan with its three yearly budgets, read by the library's own plan-table reader. */
  public static Plan plan() {
    PlanTableReader reader = PlanTableReader.of(
        "pdz-cremona-2015-2017", "Piano di Zona dell'Ambito di Cremona 2015-2017", "ambito-cremona");
    for (Map.Entry<String, Fund> f : FUNDS.entrySet()) {
      reader = reader.withFund(f.getKey(), f.getValue());
    }
    try {
      return reader.read(ReferenceFiles.path(PLAN));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A published total of the plan file: kind total_revenue or total_expenditure, and a year. */
  public static Money planPublished(String kind, int year) {
    return Money.parse(ReferenceTable.read(PLAN).row(kind).get(Integer.toString(year)));
  }
}
