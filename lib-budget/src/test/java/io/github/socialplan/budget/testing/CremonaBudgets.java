package io.github.socialplan.budget.testing;

import io.github.socialplan.core.fund.FundLevel;
import io.github.socialplan.core.fund.Funds;
import io.github.socialplan.core.io.PlanTableReader;
import io.github.socialplan.core.testing.ReferenceFiles;
import io.github.socialplan.core.testing.ReferenceTable;
import java.io.IOException;
import java.io.UncheckedIOException;
import io.github.socialplan.core.money.Money;
import io.github.socialplan.core.plan.BudgetLine;
import io.github.socialplan.core.plan.Plan;
import io.github.socialplan.core.plan.YearlyBudget;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The Cremona budgets of seed 004 built from the project's reference files: the 2012-2014 resources
 * (source by year with a Totale row, a layout of its own read here) and the 2015-2017 plan (read by
 * {@link PlanTableReader}).
 */
public final class CremonaBudgets {

  public static final String RESOURCES = "cremona-resources-2012-2014.csv";
  public static final String PLAN = "cremona-plan-2015-2017.csv";

  private CremonaBudgets() {}

  /** The level of a Cremona revenue line, from its label; empty for "Altri finanziamenti". */
  public static Optional<FundLevel> levelOf(String label) {
    if (label.contains("Comuni")) {
      return Optional.of(FundLevel.LOCAL);
    }
    if (label.contains("Fondo Naz") || label.contains("Non Autosufficienza")) {
      return Optional.of(FundLevel.NATIONAL);
    }
    if (label.contains("Regionale")) {
      return Optional.of(FundLevel.REGIONAL);
    }
    return Optional.empty();
  }

  private static BudgetLine revenue(String label, String amount) {
    return BudgetLine.builder().label(label).amount(Money.parse(amount)).level(levelOf(label)).build();
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
    try {
      return PlanTableReader.of(
              "pdz-cremona-2015-2017", "Piano di Zona dell'Ambito di Cremona 2015-2017", "ambito-cremona")
          .withFund("Entrate dai Comuni", Funds.byId("COMUNI"))
          .withFund("Entrate da Fondo Naz. Politiche Sociali", Funds.byId("FNPS"))
          .withFund("Entrate da Fondo Non Autosufficienza", Funds.byId("FNA"))
          .withFund("Entrate da Fondo Sociale Regionale", Funds.byId("FSR"))
          .read(ReferenceFiles.path(PLAN));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A published total of the plan file: kind total_revenue or total_expenditure, and a year. */
  public static Money planPublished(String kind, int year) {
    return Money.parse(ReferenceTable.read(PLAN).row(kind).get(Integer.toString(year)));
  }
}
