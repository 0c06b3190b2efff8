package io.github.socialplan.report.html;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.socialplan.core.money.Money;
import io.github.socialplan.core.plan.BudgetLine;
import io.github.socialplan.core.plan.Period;
import io.github.socialplan.core.plan.Plan;
import io.github.socialplan.core.plan.YearlyBudget;
import io.github.socialplan.core.population.Population;
import io.github.socialplan.core.territory.IstatCode;
import io.github.socialplan.core.territory.Partition;
import io.github.socialplan.core.territory.TerritoryKind;
import io.github.socialplan.indicators.dashboard.Dashboard;
import io.github.socialplan.indicators.dashboard.DashboardTable;
import io.github.socialplan.indicators.result.DisplayFormat;
import io.github.socialplan.indicators.result.IndicatorValue;
import io.github.socialplan.report.Language;
import io.github.socialplan.report.chart.PyramidData;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;
import org.junit.jupiter.api.Test;

class HtmlReportTest {

  private static final String SOURCE = "test populations";

  /** Two comuni in one ambito; the second has no children, so its old-age index is undefined. */
  static DashboardTable dashboard() {
    Partition ambito = Partition.builder("ambiti", TerritoryKind.PLANNING_DISTRICT)
        .assign(IstatCode.parse("019001"), "ambito").assign(IstatCode.parse("019002"), "ambito").build();
    Population.Builder a = Population.builder("019001", 2024);
    Population.Builder b = Population.builder("019002", 2024);
    for (int age = 0; age <= Population.MAX_AGE; age++) {
      a.male(age, 100 - age / 2).female(age, 110 - age / 2);
      if (age >= 15) {
        b.male(age, 3).female(age, 4);
      }
    }
    return Dashboard.builder().levels(ambito).populations(List.of(a.build(), b.build())).compute();
  }

  static Plan plan() {
    return Plan.builder().id("p").title("Piano <di> prova").territory("ambito").period(Period.of(2015, 2015))
        .addBudgets(YearlyBudget.builder().year(2015)
            .addRevenues(BudgetLine.builder().label("FNPS").fund("FNPS").amount(Money.parse("1000.00")).build())
            .addExpenditures(BudgetLine.of("Area anziani", Money.parse("999.00")))
            .publishedRevenueTotal(Money.parse("1000.00")).publishedExpenditureTotal(Money.parse("1000.00"))
            .build())
        .build();
  }

  static HtmlReport report(String name) {
    DashboardTable table = dashboard();
    Map<String, IndicatorValue> spending = new LinkedHashMap<>();
    spending.put("Spesa pro capite", IndicatorValue.ratio(1_000_000, 3, 1, "residents"));
    return HtmlReport.builder(name, Language.ITALIAN).subtitle("1 gennaio 2024")
        .section(StandardSections.profile(name, table, 0, "019002", 2024, Optional.empty(), Language.ITALIAN,
            SOURCE))
        .section(ReportSection.builder("Spesa").table(StandardSections.indicators("Spesa 2024", spending, 1,
            Language.ITALIAN, "spending file")).build())
        .section(StandardSections.planBudget(plan(), Language.ITALIAN, "plan file"))
        .build();
  }

  @Test
  void report_isWellFormedHtml5_selfContained_andPrintable() {
    String html = report("Comune B").html();
    Document doc = Jsoup.parse(html);
    Parser parser = Parser.htmlParser().setTrackErrors(100);
    Document strict = Jsoup.parse(html, "", parser);
    assertEquals(List.of(), parser.getErrors().stream().map(Object::toString).toList(), "HTML5 parse errors");
    assertEquals(3, doc.select("main > section").size());
    assertEquals(List.of("Profilo del territorio: Comune B", "Spesa", "Risorse e spesa del piano: Piano <di> prova"),
        doc.select("main > section > h2").eachText());
    assertTrue(doc.select("script, link, img[src], iframe").isEmpty(), "nothing fetched, no script");
    assertTrue(doc.select("style").first().data().contains("@page { size: A4"));
    assertEquals(2, doc.select("section.break").size(), "a page break before every section but the first");
    assertEquals(strict.select("svg").size(), doc.select("figure > svg").size());
  }

  @Test
  void indicatorCells_holdTheLibrarysValues_andUndefinedOnesHaveAFootnoteWithTheReason() {
    DashboardTable table = dashboard();
    Document doc = Jsoup.parse(report("Comune B").html());
    Element profile = doc.select("main > section").first();
    Element oldAge = profile.select("tr:has(td:eq(0):containsOwn(Indice di vecchiaia))").first();
    IndicatorValue mine = table.value(2024, 0, "019002", "old_age_index").orElseThrow();
    IndicatorValue parent = table.value(2024, 1, "ambito", "old_age_index").orElseThrow();
    assertTrue(!mine.isDefined() && parent.isDefined());
    assertEquals("n.d.1", oldAge.child(1).text());
    assertEquals(parent.format(DisplayFormat.italian()), oldAge.child(2).text());
    Element note = doc.select("footer li#n1").first();
    assertEquals("n.d.: " + mine.detail(), note.text());
    Element dependency = profile.select("tr:has(td:eq(0):containsOwn(Indice di dipendenza strutturale))").first();
    assertEquals(table.value(2024, 0, "019002", "total_dependency_ratio").orElseThrow()
        .format(DisplayFormat.italian()), dependency.child(1).text());
    assertEquals("333.333,3", doc.select("main > section").get(1).select("td.num").first().text());
  }

  @Test
  void planBudget_showsTheLinesTotalsAndTheGapAsPublished() {
    Document doc = Jsoup.parse(report("Comune B").html());
    Element budget = doc.select("main > section").get(2);
    Element sum = budget.select("tr:has(td:eq(0):containsOwn(Somma delle uscite))").first();
    assertEquals("999,00", sum.child(1).text());
    Element published = budget.select("tr:has(td:eq(0):containsOwn(Totale uscite pubblicato))").first();
    assertEquals("1.000,00", published.child(1).text());
    assertTrue(budget.select("p").eachText().stream().anyMatch(p -> p.equals("Squadratura 2015: le voci di uscita sommano a 999,00, il totale uscite "
        + "pubblicato è 1.000,00: differenza -1,00")),
        budget.select("p").eachText().toString());
    assertEquals(2, budget.select("figure svg").size());
    assertTrue(budget.select("p.source").eachText().contains("Fonte: plan file"));
  }

  @Test
  void names_withMarkup_areEscaped() {
    String html = report("<script>alert('x') & \"y\"</script>").html();
    Document doc = Jsoup.parse(html);
    assertTrue(doc.select("script").isEmpty());
    assertEquals("<script>alert('x') & \"y\"</script>", doc.select("h1").text());
    assertTrue(html.contains("&lt;script&gt;"));
  }

  @Test
  void chartsInOneReport_haveDistinctSvgIds() {
    Plan plan = plan();
    HtmlReport r = HtmlReport.builder("x", Language.ENGLISH)
        .section(StandardSections.planBudget(plan, Language.ENGLISH, "s"))
        .section(StandardSections.planBudget(plan, Language.ENGLISH, "s")).build();
    Document doc = Jsoup.parse(r.html());
    List<String> ids = doc.select("svg [id]").eachAttr("id");
    assertEquals(ids.size(), ids.stream().distinct().count(), "ids are unique: " + ids);
    assertTrue(doc.select("h2").eachText().contains("Plan budget: Piano <di> prova"));
  }

  @Test
  void aReportNeedsASection_andRowsNeedTheHeadersWidth() {
    assertThrows(IllegalStateException.class, () -> HtmlReport.builder("x", Language.ITALIAN).build());
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> ReportTable.builder("t", "s", "a", "b").row(ReportCell.text("only one")));
    assertTrue(e.getMessage().contains("row 1 has 1 cells, the header 2"), e.getMessage());
  }

  @Test
  void pyramidInProfile_isDrawnWhenGiven() {
    DashboardTable table = dashboard();
    Population.Builder b = Population.builder("019001", 2024);
    b.male(10, 5).female(70, 6);
    HtmlReport r = HtmlReport.builder("x", Language.ITALIAN).section(StandardSections.profile("A", table, 0,
        "019001", 2024, Optional.of(PyramidData.singleYears(b.build())), Language.ITALIAN, SOURCE)).build();
    Document doc = Jsoup.parse(r.html());
    assertEquals(1, doc.select("figure svg").size());
    assertTrue(doc.select("figcaption").text().contains("Fonte: " + SOURCE));
  }
}
