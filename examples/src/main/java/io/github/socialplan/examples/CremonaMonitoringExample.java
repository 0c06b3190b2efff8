package io.github.socialplan.examples;

import io.github.socialplan.budget.crosstab.PlanCrossTabs;
import io.github.socialplan.budget.execution.LineKind;
import io.github.socialplan.budget.execution.PlannedVersusActual;
import io.github.socialplan.budget.execution.SeriesPoint;
import io.github.socialplan.core.json.SocialPlanJson;
import io.github.socialplan.core.money.Money;
import io.github.socialplan.core.plan.Action;
import io.github.socialplan.core.plan.CostLine;
import io.github.socialplan.core.plan.Plan;
import io.github.socialplan.core.plan.Target;
import io.github.socialplan.core.plan.YearlyBudget;
import java.io.IOException;
import java.io.PrintStream;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The Piano di Zona 2015-2017 dell'Ambito di Cremona as a plan file ({@code data/plans/cremona-pdz-2015-2017.json}):
 * its structure, the Well-Fare Legami budget from quantities × unit costs, the two targets of §4.3.1 with
 * progress and status, and the 2012-2017 series of each revenue line, planned against actual; each figure
 * next to the published one of {@code data/reference/}.
 *
 * <pre>{@code
 * CremonaMonitoringExample.print(System.out, DataFolder.locate());
 * }</pre>
 */
public final class CremonaMonitoringExample {

  static final String FILE = "cremona-pdz-2015-2017.json";
  static final String FACTS = "cremona-facts.csv";
  static final String RESOURCES = "cremona-resources-2012-2014.csv";
  static final String FORECAST = "cremona-plan-2015-2017.csv";

  private CremonaMonitoringExample() {}

  /**
   * Prints the example to standard output.
   *
   * @param args ignored
   * @throws IOException if a file cannot be read
   */
  public static void main(String[] args) throws IOException {
    print(System.out, DataFolder.locate());
  }

  /**
   * Prints the example.
   *
   * @param out where to print, not null
   * @param data the data folder, not null
   * @throws IOException if a file cannot be read
   */
  public static void print(PrintStream out, DataFolder data) throws IOException {
    Plan plan = SocialPlanJson.read(data.plan(FILE), Plan.class);
    ReferenceTable facts = ReferenceTable.read(data.reference(FACTS));
    PlanPrinter.header(out, plan);
    out.println();
    PlanPrinter.axesAndObjectives(out, plan);
    out.println();
    wellFareLegami(out, plan, facts);
    out.println();
    PlanPrinter.actionMatrix(out, plan);
    out.println();
    PlanPrinter.crossTab(out, "Action budgets by axis x year:", PlanCrossTabs.axisByYear(plan));
    PlanPrinter.crossTab(out, "Action budgets by area x fund:", PlanCrossTabs.areaByFund(plan));
    out.println();
    targets(out, plan, facts);
    out.println();
    series(out, plan, data);
    out.println();
    PlanPrinter.governance(out, plan);
    PlanPrinter.participation(out, plan);
    PlanPrinter.focuses(out, plan);
    PlanPrinter.notInSource(out, plan);
  }

  private static BigDecimal fact(ReferenceTable facts, String name) {
    return facts.number(name, "value");
  }

  private static void wellFareLegami(PrintStream out, Plan plan, ReferenceTable facts) {
    out.println("Well-Fare Legami (§3.2.3): budget lines as quantity x unit cost");
    TextTable t = new TextTable("action", "line", "territory", "quantity", "unit cost", "years", "cost", "total")
        .leftAligned(1).leftAligned(2);
    Money perYear = Money.ZERO;
    Money notSplit = Money.ZERO;
    Map<String, Map<String, BigDecimal>> byDistrict = new LinkedHashMap<>();
    for (Action a : plan.actions()) {
      for (CostLine c : a.costs()) {
        t.row(a.id(), c.label(), c.territory().orElse(""), c.quantity().map(BigDecimal::toPlainString).orElse(""),
            c.unitCost().map(Numbers::euros).orElse(""), c.years() + (c.eachYear() ? ", each year" : ", not split"),
            Numbers.euros(c.cost()), Numbers.euros(c.total()));
        if (c.eachYear()) {
          perYear = perYear.plus(c.cost());
        } else {
          notSplit = notSplit.plus(c.total());
        }
        c.territory().ifPresent(d -> byDistrict.computeIfAbsent(a.id(), k -> new LinkedHashMap<>())
            .merge(d, c.quantity().orElseThrow(), BigDecimal::add));
      }
    }
    t.print(out);
    Money published = Money.of(fact(facts, "wellfare_legami_community_labs_per_year")
        .multiply(fact(facts, "wellfare_legami_budget_per_lab"))
        .add(fact(facts, "wellfare_legami_business_pacts_per_year")
            .multiply(fact(facts, "wellfare_legami_budget_per_business_pact")))
        .add(fact(facts, "wellfare_legami_civic_centers_per_year")
            .multiply(fact(facts, "wellfare_legami_budget_per_civic_center"))));
    Money pacts = Money.of(fact(facts, "wellfare_legami_patti").multiply(fact(facts, "wellfare_legami_budget_per_patto")));
    TextTable check = new TextTable("figure", "from the plan file", "from the published facts", "match");
    check.row("labs, company pacts and civic centres, each year", Numbers.euros(perYear), Numbers.euros(published),
        PlanPrinter.mark(perYear.equals(published)));
    int years = plan.period().length();
    check.row("the same over " + plan.period(), Numbers.euros(perYear.times(years)),
        Numbers.euros(published.times(years)), PlanPrinter.mark(perYear.times(years).equals(published.times(years))));
    check.row("generative pacts over the triennium", Numbers.euros(notSplit), Numbers.euros(pacts),
        PlanPrinter.mark(notSplit.equals(pacts)));
    Target raised = plan.allTargets().stream().filter(x -> x.id().filter("fondi-raccolti"::equals).isPresent())
        .findFirst().orElseThrow();
    Money goal = Money.of(raised.value().orElseThrow());
    Money publishedGoal = Money.of(fact(facts, "wellfare_legami_fundraising_target_3y"));
    check.row("fundraising goal of the triennium", Numbers.euros(goal), Numbers.euros(publishedGoal),
        PlanPrinter.mark(goal.equals(publishedGoal)));
    check.print(out);
    splits(out, "community labs a year by district", byDistrict.get("wfl-2"),
        facts.text("wellfare_legami_community_labs_per_year", "unit"));
    splits(out, "civic centres a year by district", byDistrict.get("wfl-3"),
        facts.text("wellfare_legami_civic_centers_per_year", "unit"));
  }

  private static void splits(PrintStream out, String what, Map<String, BigDecimal> byDistrict, String published) {
    List<String> parts = new ArrayList<>();
    byDistrict.values().forEach(q -> parts.add(q.toPlainString()));
    String split = String.join("/", parts);
    // the published unit reads "count (6 Cremona 6 Crema 3 Casalmaggiore)"
    String publishedSplit = published.replaceAll("[^0-9 ]", "").trim().replaceAll(" +", "/");
    out.printf(Locale.ROOT, "   %s: %s %s (file), %s (published: %s) %s%n", what, split, byDistrict.keySet(),
        publishedSplit, published, PlanPrinter.mark(split.equals(publishedSplit)));
  }

  private static void targets(PrintStream out, Plan plan, ReferenceTable facts) {
    PlanPrinter.targets(out, plan);
    Map<String, String[]> published = new LinkedHashMap<>();
    published.put("pct-spesa-programmata-congiunta",
        new String[] {"pct_spending_programmed_jointly_2012", "target_pct_spending_programmed_jointly"});
    published.put("pct-spesa-associata", new String[] {"pct_spending_associated_2012", "target_pct_spending_associated_2017"});
    TextTable t = new TextTable("target", "baseline", "published", "target", "published", "match");
    for (Map.Entry<String, String[]> e : published.entrySet()) {
      Target target = plan.targets().stream().filter(x -> x.id().filter(e.getKey()::equals).isPresent()).findFirst()
          .orElseThrow();
      BigDecimal b = fact(facts, e.getValue()[0]);
      BigDecimal v = fact(facts, e.getValue()[1]);
      t.row(e.getKey(), target.baseline().orElseThrow().toPlainString(), b.toPlainString(),
          target.value().orElseThrow().toPlainString(), v.toPlainString(), PlanPrinter.mark(
              target.baseline().get().compareTo(b) == 0 && target.value().get().compareTo(v) == 0));
    }
    t.print(out);
  }

  private static void series(PrintStream out, Plan plan, DataFolder data) throws IOException {
    ReferenceTable actuals = ReferenceTable.read(data.reference(RESOURCES));
    ReferenceTable forecast = ReferenceTable.read(data.reference(FORECAST));
    out.println("Revenues 2012-2017 by line: actuals of §2.3 (A) joined with the forecast of §5.6 (P)");
    Map<String, List<SeriesPoint>> series = PlannedVersusActual.series(plan, LineKind.REVENUE);
    List<Integer> years = new ArrayList<>();
    series.values().iterator().next().forEach(p -> years.add(p.year()));
    List<String> head = new ArrayList<>(List.of("line"));
    years.forEach(y -> head.add(y.toString()));
    head.add("match");
    TextTable t = new TextTable(head.toArray(String[]::new));
    boolean allMatch = true;
    for (Map.Entry<String, List<SeriesPoint>> e : series.entrySet()) {
      List<String> cells = new ArrayList<>(List.of(e.getKey()));
      boolean match = true;
      for (SeriesPoint p : e.getValue()) {
        cells.add(Numbers.euros(p.amount()) + (p.actual() ? " A" : " P"));
        Money published = p.actual() ? actuals.money(e.getKey(), Integer.toString(p.year()))
            : Money.of(new BigDecimal(forecast.rows().stream().filter(r -> r.get("line").equals(e.getKey()))
                .findFirst().orElseThrow().get(Integer.toString(p.year()))));
        match &= published.equals(p.amount());
      }
      allMatch &= match;
      cells.add(PlanPrinter.mark(match));
      t.row(cells.toArray(String[]::new));
    }
    List<String> sum = new ArrayList<>(List.of("total of the lines"));
    List<String> pub = new ArrayList<>(List.of("published total"));
    for (int y : years) {
      YearlyBudget b = plan.actual(y).orElseGet(() -> plan.budget(y).orElseThrow());
      sum.add(Numbers.euros(b.revenueTotal()));
      Money published = plan.actual(y).isPresent() ? actuals.money("Totale", Integer.toString(y))
          : forecast.money("total_revenue", Integer.toString(y));
      pub.add(Numbers.euros(published) + " " + PlanPrinter.mark(published.equals(b.revenueTotal())));
    }
    t.row(sum.toArray(String[]::new)).row(pub.toArray(String[]::new));
    t.print(out);
    out.println("   every line matches the published tables: " + (allMatch ? "yes" : "no"));
    List<Integer> comparable = PlannedVersusActual.comparableYears(plan);
    out.println("   years with both a Piano Operativo Annuale and a Report Annuale: "
        + (comparable.isEmpty() ? "none in the source, so no variance or % executed can be shown" : comparable));
  }
}
