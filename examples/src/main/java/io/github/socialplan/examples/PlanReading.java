package io.github.socialplan.examples;

import io.github.socialplan.core.money.Money;
import io.github.socialplan.core.plan.BudgetLine;
import io.github.socialplan.core.plan.Period;
import io.github.socialplan.core.plan.Plan;
import io.github.socialplan.core.plan.YearlyBudget;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Reads the Cremona plan table (kind, line, one column per year) into a core {@link Plan}. */
final class PlanReading {

  private PlanReading() {}

  static Plan cremona(DataFolder data) throws IOException {
    ReferenceTable file = ReferenceTable.read(data.reference(CremonaPlanExample.PLAN));
    List<String> years = file.header().subList(2, file.header().size());
    List<YearlyBudget> budgets = new ArrayList<>();
    for (String y : years) {
      var b = YearlyBudget.builder().year(Integer.parseInt(y));
      for (Map<String, String> row : file.rows()) {
        Money amount = Money.parse(row.get(y));
        String line = row.get("line");
        switch (row.get("kind")) {
          case "revenue" -> b.addRevenues(BudgetLine.of(line, amount));
          case "expenditure" -> b.addExpenditures(BudgetLine.of(line, amount));
          case "total_revenue" -> b.publishedRevenueTotal(amount);
          case "total_expenditure" -> b.publishedExpenditureTotal(amount);
          default -> throw new IllegalArgumentException(
              file.source() + ": unknown kind '" + row.get("kind") + "' of line '" + line + "'");
        }
      }
      budgets.add(b.build());
    }
    return Plan.builder().id("pdz-cremona-2015-2017").title("Piano di Zona dell'Ambito di Cremona 2015-2017")
        .territory("ambito-cremona")
        .period(Period.of(Integer.parseInt(years.get(0)), Integer.parseInt(years.get(years.size() - 1))))
        .addAllBudgets(budgets).build();
  }
}
