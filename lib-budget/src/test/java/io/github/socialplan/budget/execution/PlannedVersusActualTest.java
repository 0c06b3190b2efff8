package io.github.socialplan.budget.execution;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.github.socialplan.core.json.SocialPlanJson;
import io.github.socialplan.core.money.Money;
import io.github.socialplan.core.plan.BudgetLine;
import io.github.socialplan.core.plan.Period;
import io.github.socialplan.core.plan.Plan;
import io.github.socialplan.core.plan.YearlyBudget;
import io.github.socialplan.core.testing.ReferenceFiles;
import io.github.socialplan.core.testing.ReferenceTable;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class PlannedVersusActualTest {

  @Test
  void cremona_series2012To2017_joinsTheActualsWithTheForecast_lineByLine() throws IOException {
    Plan plan = SocialPlanJson.read(ReferenceFiles.folder().getParent().resolve("plans/cremona-pdz-2015-2017.json"),
        Plan.class);
    Map<String, List<SeriesPoint>> series = PlannedVersusActual.series(plan, LineKind.REVENUE);
    ReferenceTable actuals = ReferenceTable.read("cremona-resources-2012-2014.csv");
    ReferenceTable forecast = ReferenceTable.read("cremona-plan-2015-2017.csv");
    int lines = 0;
    for (Map<String, String> row : actuals.rows(r -> !r.get("source").equals("Totale"))) {
      String label = row.get("source");
      List<SeriesPoint> points = series.get(label);
      assertEquals(6, points.size(), label);
      Map<String, String> planned = forecast.rows(r -> r.get("line").equals(label)).get(0);
      for (SeriesPoint p : points) {
        String y = Integer.toString(p.year());
        String published = p.year() <= 2014 ? row.get(y) : planned.get(y);
        assertEquals(Money.of(new BigDecimal(published)), p.amount(), label + " " + y);
        assertEquals(p.year() <= 2014, p.actual());
      }
      lines++;
    }
    assertEquals(5, lines);
    assertEquals(series.size(), lines);
    assertEquals(List.of(), PlannedVersusActual.comparableYears(plan));
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> PlannedVersusActual.execution(plan, 2016));
    assertEquals("plan pdz-cremona-2015-2017 has no actuals for 2016; years with both: []", e.getMessage());
  }

  @Test
  void execution_varianceAndPercentExecuted_perLineAndInTotal() {
    YearlyBudget poa = YearlyBudget.builder().year(2016)
        .addRevenue(BudgetLine.of("Comuni", Money.ofEuros(1_000))).addRevenue(BudgetLine.of("FNPS", Money.ofEuros(500)))
        .build();
    YearlyBudget report = YearlyBudget.builder().year(2016)
        .addRevenue(BudgetLine.of("Comuni", Money.ofEuros(900))).addRevenue(BudgetLine.of("Altri", Money.ofEuros(50)))
        .build();
    Plan plan = Plan.builder().id("p").title("t").territory("x").period(Period.of(2015, 2017)).addBudget(poa)
        .addActual(report).build();
    List<LineExecution> lines = PlannedVersusActual.execution(plan, 2016);
    assertEquals(List.of("Comuni", "FNPS", "Altri", "total"), lines.stream().map(LineExecution::label).toList());
    assertEquals(Money.ofEuros(-100), lines.get(0).variance());
    assertEquals(Optional.of(new BigDecimal("90.0")), lines.get(0).percentExecuted(1, RoundingMode.HALF_UP));
    assertEquals(Optional.of(new BigDecimal("0.0")), lines.get(1).percentExecuted(1, RoundingMode.HALF_UP));
    assertEquals(Optional.empty(), lines.get(2).percentExecuted(1, RoundingMode.HALF_UP));
    assertEquals(Optional.of("2016 revenue 'Altri': nothing planned, % executed undefined"),
        lines.get(2).undefinedReason());
    assertEquals(Money.ofEuros(1_500), lines.get(3).planned());
    assertEquals(Money.ofEuros(950), lines.get(3).actual());
    assertEquals(Optional.of(new BigDecimal("63.3")), lines.get(3).percentExecuted(1, RoundingMode.HALF_UP));
    assertEquals(List.of(2016), PlannedVersusActual.comparableYears(plan));
  }

  @Test
  void actualAfterThePeriod_isRejected() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Plan.builder().id("p").title("t")
        .territory("x").period(Period.of(2015, 2017)).addActual(YearlyBudget.builder().year(2018).build()).build());
    assertEquals("plan p has an actual for 2018, after its period 2015-2017", e.getMessage());
  }
}
