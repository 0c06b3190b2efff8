package io.github.socialplan.report.html;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import io.github.socialplan.core.money.Money;
import io.github.socialplan.core.plan.BudgetLine;
import io.github.socialplan.core.plan.MeasureKind;
import io.github.socialplan.core.plan.Observation;
import io.github.socialplan.core.plan.Period;
import io.github.socialplan.core.plan.Plan;
import io.github.socialplan.core.plan.Target;
import io.github.socialplan.core.plan.YearlyBudget;
import io.github.socialplan.report.Language;
import io.github.socialplan.report.chart.ReportChart;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

class StandardSectionsTest {

  @Test
  void monitoring_showsTheTargetsFiguresWithTheirOwnDecimals() {
    // a rate per 1,000 residents from 0.25 (2014) to 0.75 (2017), observed 0.40 in 2015
    Target target = Target.builder().indicator("accessi per 1.000 residenti").baseline(new BigDecimal("0.25"))
        .baselineYear(2014).value(new BigDecimal("0.75")).year(2017)
        .addObservations(Observation.of(2015, new BigDecimal("0.40"))).build();
    Plan plan = Plan.builder().id("p").title("piano").territory("x").period(Period.of(2015, 2017))
        .addTargets(target).build();
    List<ReportCell> row = StandardSections.monitoring(plan, Language.ITALIAN, "fonte").tables().get(0).rows()
        .get(0);
    // the figures as the plan gives them, not rounded to one decimal (0,3, 0,8, 0,4)
    assertEquals("0,25 (2014)", row.get(1).textValue());
    assertEquals("0,75 (2017)", row.get(2).textValue());
    assertEquals("0,40 (2015)", row.get(3).textValue());
  }

  @Test
  void monitoring_showsAWholeFigureWithOneDecimal() {
    Target target = Target.builder().indicator("spesa programmata insieme").unit("%")
        .baseline(new BigDecimal("28")).baselineYear(2012).value(new BigDecimal("1117.9")).year(2017).build();
    Plan plan = Plan.builder().id("p").title("piano").territory("x").period(Period.of(2015, 2017))
        .addTargets(target).build();
    List<ReportCell> row = StandardSections.monitoring(plan, Language.ITALIAN, "fonte").tables().get(0).rows()
        .get(0);
    assertEquals("28,0 (2012)", row.get(1).textValue());
    assertEquals("1.117,9 (2017)", row.get(2).textValue());
  }

  @Test
  void planBudget_aSideWithoutLines_hasNoSumAndIsNotCalledBalanced() {
    // 2015 has both sides; 2016 publishes a total revenue of 100.00 but gives only expenditure lines
    Plan plan = Plan.builder().id("p").title("piano").territory("x").period(Period.of(2015, 2016))
        .addBudgets(YearlyBudget.builder().year(2015)
            .addRevenues(BudgetLine.of("Comuni", Money.parse("100.00")))
            .addExpenditures(BudgetLine.of("Area anziani", Money.parse("100.00"))).build())
        .addBudgets(YearlyBudget.builder().year(2016)
            .addExpenditures(BudgetLine.of("Area anziani", Money.parse("100.00")))
            .publishedRevenueTotal(Money.parse("100.00")).build())
        .build();
    ReportSection section = StandardSections.planBudget(plan, Language.ITALIAN, "fonte");
    List<List<ReportCell>> rows = section.tables().get(0).rows();
    List<ReportCell> revenueSum = rows.stream().filter(r -> r.get(0).textValue().equals("Somma delle entrate"))
        .findFirst().orElseThrow();
    assertEquals("100,00", revenueSum.get(1).textValue());
    assertEquals("", revenueSum.get(2).textValue()); // not 0,00: no line adds up to it
    List<ReportCell> check = rows.stream().filter(r -> r.get(0).textValue().equals("Quadratura")).findFirst()
        .orElseThrow();
    assertEquals("in pareggio", check.get(1).textValue());
    assertEquals("nessuna voce di entrata", check.get(2).textValue());
    assertFalse(section.paragraphs().contains("Ogni anno è in pareggio."), section.paragraphs().toString());
  }

  @Test
  void planBudget_spendingSharesChart_isOfTheFirstYear_andSaysWhichYear() {
    // the budgets given latest first: 2016 spends on one line, 2015 on two
    Plan plan = Plan.builder().id("p").title("piano").territory("x").period(Period.of(2015, 2016))
        .addBudgets(YearlyBudget.builder().year(2016)
            .addRevenues(BudgetLine.of("Comuni", Money.parse("100.00")))
            .addExpenditures(BudgetLine.of("Area anziani", Money.parse("100.00"))).build())
        .addBudgets(YearlyBudget.builder().year(2015)
            .addRevenues(BudgetLine.of("Comuni", Money.parse("100.00")))
            .addExpenditures(BudgetLine.of("Area anziani", Money.parse("75.00")))
            .addExpenditures(BudgetLine.of("Area minori", Money.parse("25.00"))).build())
        .build();
    ReportSection section = StandardSections.planBudget(plan, Language.ITALIAN, "fonte");
    ReportChart shares = section.charts().get(1).chart();
    assertEquals("Spesa per area di utenza – 2015", shares.title());
    assertEquals(2, shares.items()); // 2015's two lines, 75 % and 25 %, not 2016's one line at 100 %
  }

  @Test
  void monitoring_showsTheLatestOutcomeOfAYesNoTarget() {
    Target target = Target.builder().indicator("regolamento unico approvato").measure(MeasureKind.YES_NO)
        .year(2017).addObservations(Observation.achieved(2015, false), Observation.achieved(2016, true)).build();
    Plan plan = Plan.builder().id("p").title("piano").territory("x").period(Period.of(2015, 2017))
        .addTargets(target).build();
    List<ReportCell> italian = StandardSections.monitoring(plan, Language.ITALIAN, "fonte").tables().get(0).rows()
        .get(0);
    assertEquals("sì (2016)", italian.get(3).textValue()); // not an empty cell beside a status "raggiunto"
    assertEquals("100,0", italian.get(4).textValue());
    List<ReportCell> english = StandardSections.monitoring(plan, Language.ENGLISH, "source").tables().get(0).rows()
        .get(0);
    assertEquals("yes (2016)", english.get(3).textValue());
  }

  @Test
  void monitoring_aTargetWithNothingObservedAfterItsBaseline_saysSoInBothLanguages() {
    // associated spending from 19 % (2014) to 30 % (2017), nothing observed since
    Target target = Target.builder().indicator("spesa associata").unit("%").baseline(new BigDecimal("19"))
        .baselineYear(2014).value(new BigDecimal("30")).year(2017).build();
    Plan plan = Plan.builder().id("p").title("piano").territory("x").period(Period.of(2015, 2017))
        .addTargets(target).build();
    List<ReportCell> italian = StandardSections.monitoring(plan, Language.ITALIAN, "fonte").tables().get(0).rows()
        .get(0);
    // latest observed and per cent achieved: not available, and why; the status that nothing observed has
    assertEquals("n.d.", italian.get(3).textValue());
    assertEquals(Optional.of("non rilevato dopo il valore di partenza"), italian.get(3).footnote());
    assertEquals("n.d.", italian.get(4).textValue());
    assertEquals(Optional.of("non rilevato dopo il valore di partenza"), italian.get(4).footnote());
    assertEquals("non misurato", italian.get(5).textValue());
    List<ReportCell> english = StandardSections.monitoring(plan, Language.ENGLISH, "source").tables().get(0).rows()
        .get(0);
    assertEquals("n.d.", english.get(3).textValue());
    assertEquals(Optional.of("not observed after the baseline"), english.get(3).footnote());
    assertEquals("n.d.", english.get(4).textValue());
    assertEquals(Optional.of("not observed after the baseline"), english.get(4).footnote());
    assertEquals("not measured", english.get(5).textValue());
    // the page marks both cells with one note, which gives the reason
    Element page = Jsoup.parse(HtmlReport.builder("Piano", Language.ITALIAN)
        .section(StandardSections.monitoring(plan, Language.ITALIAN, "fonte")).build().html()).body();
    List<Element> cells = page.select("tbody tr").get(0).select("td");
    assertEquals("n.d.1", cells.get(3).text());
    assertEquals("n.d.1", cells.get(4).text());
    assertEquals("n.d.: non rilevato dopo il valore di partenza", page.selectFirst("footer li#n1").text());
  }

  @Test
  void monitoring_aTargetWithoutBaselineAndNothingObserved_saysNotObserved() {
    Target target = Target.builder().indicator("accessi").value(new BigDecimal("30")).year(2017).build();
    Plan plan = Plan.builder().id("p").title("piano").territory("x").period(Period.of(2015, 2017))
        .addTargets(target).build();
    List<ReportCell> italian = StandardSections.monitoring(plan, Language.ITALIAN, "fonte").tables().get(0).rows()
        .get(0);
    assertEquals("n.d.", italian.get(3).textValue());
    assertEquals(Optional.of("non rilevato"), italian.get(3).footnote());
    List<ReportCell> english = StandardSections.monitoring(plan, Language.ENGLISH, "source").tables().get(0).rows()
        .get(0);
    assertEquals(Optional.of("not observed"), english.get(4).footnote());
    assertEquals("not measured", english.get(5).textValue());
  }
}
