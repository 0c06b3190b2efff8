package io.github.socialplan.report.html;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;

import io.github.socialplan.budget.balance.BalanceGap;
import io.github.socialplan.budget.balance.PlanBalance;
import io.github.socialplan.core.json.SocialPlanJson;
import io.github.socialplan.core.plan.BudgetLine;
import io.github.socialplan.core.plan.Plan;
import io.github.socialplan.core.plan.Target;
import io.github.socialplan.core.plan.YearlyBudget;
import io.github.socialplan.core.testing.Generators;
import io.github.socialplan.core.testing.ReferenceFiles;
import io.github.socialplan.indicators.monitoring.TargetProgress;
import io.github.socialplan.indicators.monitoring.YearProgress;
import io.github.socialplan.report.Language;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

/**
 * Every figure the HTML report shows of a plan's budget and monitoring, parsed back from the page, is the
 * library's figure: money to the cent, per cents to one decimal half-up from the exact value.
 */
class PlanFiguresShownTest {

  private static final long SEED = 20261201L;

  @Test
  void generatedPlans_showTheLibrarysBudgetAndProgress() {
    qt().withFixedSeed(SEED).withExamples(40).forAll(Generators.plans()).checkAssert(PlanFiguresShownTest::check);
  }

  @Test
  void cremonaPlan_showsTheLibrarysBudgetAndProgress() throws Exception {
    Plan plan = SocialPlanJson.read(ReferenceFiles.folder().getParent().resolve("plans/cremona-pdz-2015-2017.json"),
        Plan.class);
    check(plan);
  }

  private static void check(Plan plan) {
    Document doc = Jsoup.parse(HtmlReport.builder("Piano", Language.ITALIAN)
        .section(StandardSections.planBudget(plan, Language.ITALIAN, "fonte"))
        .section(StandardSections.monitoring(plan, Language.ITALIAN, "fonte")).build().html());
    checkBudget(plan, doc);
    checkMonitoring(plan, doc);
  }

  private static void checkBudget(Plan plan, Document doc) {
    Element table = doc.select("table").stream()
        .filter(t -> t.selectFirst("caption").text().equals("Entrate e uscite previste (euro)")).findFirst()
        .orElseThrow();
    List<Integer> years = plan.budgets().stream().map(YearlyBudget::year).toList();
    List<String> head = texts(table.select("thead th"));
    for (int j = 0; j < years.size(); j++) {
      assertEquals(Integer.toString(years.get(j)), head.get(j + 1));
    }
    PlanBalance balance = PlanBalance.of(plan);
    boolean revenue = true;
    for (Element row : table.select("tbody tr")) {
      List<String> cells = texts(row.select("td"));
      String label = cells.get(0);
      if (label.equals("ENTRATE")) {
        revenue = true;
        continue;
      }
      if (label.equals("USCITE")) {
        revenue = false;
        continue;
      }
      for (int j = 0; j < years.size(); j++) {
        YearlyBudget b = plan.budget(years.get(j)).orElseThrow();
        List<BudgetLine> side = revenue ? b.revenues() : b.expenditures();
        String shown = cells.get(j + 1);
        Optional<BigDecimal> expected;
        switch (label) {
          case "Somma delle entrate", "Somma delle uscite" -> {
            expected = side.isEmpty() ? Optional.empty()
                : Optional.of(side.stream().map(l -> l.amount().amount()).reduce(BigDecimal.ZERO, BigDecimal::add));
            BigDecimal lib = (revenue ? balance.year(b.year()).revenueLines()
                : balance.year(b.year()).expenditureLines()).amount();
            expected.ifPresent(e -> assertEquals(0, e.compareTo(lib), "library sum " + lib + " vs lines " + e));
          }
          case "Totale entrate pubblicato" -> expected = b.publishedRevenueTotal().map(m -> m.amount());
          case "Totale uscite pubblicato" -> expected = b.publishedExpenditureTotal().map(m -> m.amount());
          case "Quadratura" -> {
            int gaps = balance.year(b.year()).gaps().size();
            if (gaps > 0) {
              assertEquals(gaps + " squadrature", shown);
            }
            continue;
          }
          default -> {
            List<BigDecimal> same = side.stream().filter(l -> shownAs(l.label()).equals(label))
                .map(l -> l.amount().amount()).toList();
            expected = same.isEmpty() ? Optional.empty()
                : Optional.of(same.stream().reduce(BigDecimal.ZERO, BigDecimal::add));
          }
        }
        assertEquals(expected.map(PlanFiguresShownTest::italianMoney).orElse(""), shown,
            plan.id() + " " + years.get(j) + " row '" + label + "'");
      }
    }
    // every gap is stated with its figures to the cent
    List<String> paragraphs = doc.select("p").eachText();
    for (BalanceGap g : balance.gaps()) {
      String stated = paragraphs.stream().filter(p -> p.startsWith("Squadratura " + g.year() + ":")
          && p.contains(italianMoney(g.first().amount())) && p.contains(italianMoney(g.second().amount()))
          && p.endsWith(italianMoney(g.difference().amount()))).findFirst().orElse(null);
      assertTrue(stated != null, "gap " + g + " not stated in " + paragraphs);
    }
  }

  private static void checkMonitoring(Plan plan, Document doc) {
    if (plan.targets().isEmpty()) {
      return;
    }
    Element table = doc.select("table").stream()
        .filter(t -> t.selectFirst("caption").text().equals("Target e avanzamento")).findFirst().orElseThrow();
    List<Element> rows = new ArrayList<>(table.select("tbody tr"));
    assertEquals(plan.targets().size(), rows.size());
    for (int i = 0; i < rows.size(); i++) {
      Target target = plan.targets().get(i);
      List<String> cells = texts(rows.get(i).select("td"));
      Optional<YearProgress> latest = TargetProgress.of(target, plan.period()).latest();
      String shown = cells.get(4);
      if (latest.isEmpty()) {
        // not a blank cell: "n.d." and a note that says nothing was observed after the baseline
        Element cell = rows.get(i).select("td").get(4);
        assertEquals("n.d.", cell.ownText(), plan.id() + " target " + target.indicator());
        Element note = doc.getElementById(cell.selectFirst("sup a").attr("href").substring(1));
        assertEquals(target.baseline().isPresent() ? "n.d.: non rilevato dopo il valore di partenza"
            : "n.d.: non rilevato", note.text(), plan.id() + " target " + target.indicator());
        continue;
      }
      if (!latest.get().percentAchieved().isDefined()) {
        continue;
      }
      BigDecimal exact = latest.get().percentAchieved().rounded(1, RoundingMode.HALF_UP);
      assertEquals(italian(exact, 1), shown, plan.id() + " target " + target.indicator());
    }
  }

  /** A label as a page shows it: HTML collapses a run of white space (a tab, a new line) to one space. */
  private static String shownAs(String label) {
    return label.replaceAll("\\s+", " ").strip();
  }

  /** Every cell's text, the empty ones too (jsoup's eachText leaves them out). */
  private static List<String> texts(List<Element> cells) {
    return cells.stream().map(Element::text).toList();
  }

  private static String italianMoney(BigDecimal v) {
    return italian(v.setScale(2, RoundingMode.UNNECESSARY), 2);
  }

  /** An independent Italian rendering: dot thousands, comma decimals, minus sign in front. */
  private static String italian(BigDecimal v, int decimals) {
    String plain = v.setScale(decimals, RoundingMode.UNNECESSARY).abs().toPlainString();
    String whole = plain.substring(0, plain.indexOf('.'));
    StringBuilder grouped = new StringBuilder();
    for (int k = 0; k < whole.length(); k++) {
      if (k > 0 && (whole.length() - k) % 3 == 0) {
        grouped.append('.');
      }
      grouped.append(whole.charAt(k));
    }
    return (v.signum() < 0 ? "-" : "") + grouped + "," + plain.substring(plain.indexOf('.') + 1);
  }
}
