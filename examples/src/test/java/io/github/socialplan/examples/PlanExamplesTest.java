package io.github.socialplan.examples;

import static io.github.socialplan.examples.AllExamplesTest.cells;
import static io.github.socialplan.examples.AllExamplesTest.csv;
import static io.github.socialplan.examples.AllExamplesTest.euros;
import static io.github.socialplan.examples.AllExamplesTest.fact;
import static io.github.socialplan.examples.AllExamplesTest.run;
import static io.github.socialplan.examples.AllExamplesTest.section;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The plan-file examples print the published figures next to the computed ones, with no mismatch. */
class PlanExamplesTest {

  private static BigDecimal f(String name) throws IOException {
    return new BigDecimal(fact(name));
  }

  @Test
  void cremonaMonitoring_wellFareLegami_340000AYear_1020000_500000_andTheDistrictSplits() throws IOException {
    String out = run(CremonaMonitoringExample::print);
    assertFalse(out.contains("DIFFERS"), out);
    BigDecimal perYear = f("wellfare_legami_community_labs_per_year").multiply(f("wellfare_legami_budget_per_lab"))
        .add(f("wellfare_legami_business_pacts_per_year").multiply(f("wellfare_legami_budget_per_business_pact")))
        .add(f("wellfare_legami_civic_centers_per_year").multiply(f("wellfare_legami_budget_per_civic_center")));
    assertEquals(0, new BigDecimal("340000").compareTo(perYear)); // the figures the issue quotes
    String wfl = section(out, "Well-Fare Legami (§3.2.3)");
    assertEquals(List.of(euros(perYear), euros(perYear), "ok"), cells(wfl, "labs, company pacts").subList(1, 4));
    assertEquals(List.of(euros(perYear.multiply(BigDecimal.valueOf(3))), "1,020,000.00"),
        cells(wfl, "the same over 2015-2017").subList(1, 3));
    BigDecimal pacts = f("wellfare_legami_patti").multiply(f("wellfare_legami_budget_per_patto"));
    assertEquals(List.of(euros(pacts), euros(pacts), "ok"), cells(wfl, "generative pacts").subList(1, 4));
    assertTrue(wfl.contains("community labs a year by district: 6/6/3"), wfl);
    assertTrue(wfl.contains("civic centres a year by district: 4/4/2"), wfl);
  }

  @Test
  void cremonaMonitoring_targetsFrom2012_andTheSeries2012To2017() throws IOException {
    String out = run(CremonaMonitoringExample::print);
    String progress = section(out, "Target progress");
    assertTrue(progress.contains("baseline " + fact("pct_spending_associated_2012") + " in 2012, target "
        + fact("target_pct_spending_associated_2017") + " percent by 2017"), progress);
    List<String> y2012 = cells(progress, "2012");
    assertEquals(List.of("2012", fact("pct_spending_programmed_jointly_2012") + " (baseline)"), y2012.subList(0, 2));
    assertEquals(List.of("0.0", "on track"), y2012.subList(3, 5));
    String series = section(out, "Revenues 2012-2017");
    for (String[] r : csv(CremonaMonitoringExample.RESOURCES).subList(1, 6)) {
      List<String> c = cells(series, r[0]);
      assertEquals(euros(new BigDecimal(r[1])) + " A", c.get(1));
      assertEquals(euros(new BigDecimal(r[3])) + " A", c.get(3));
      assertEquals("ok", c.get(7));
    }
    assertTrue(series.contains("every line matches the published tables: yes"), series);
  }

  @Test
  void torino_19EntiGestori_1Comune3Unioni15Consorzi_asPublished() throws IOException {
    String out = run(TorinoPlanExample::print);
    assertFalse(out.contains("DIFFERS"), out);
    long comuni = csv(TorinoPlanExample.BODIES).stream().filter(r -> r[0].equals("torino") && r[1].equals("comune")).count();
    long unioni = csv(TorinoPlanExample.BODIES).stream().filter(r -> r[0].equals("torino") && r[1].equals("unione")).count();
    long consorzi = csv(TorinoPlanExample.BODIES).stream()
        .filter(r -> r[0].equals("torino") && r[1].equals("consorzio")).count();
    assertEquals(List.of("comune", Long.toString(comuni), Long.toString(comuni), "1", "ok"), cells(out, "comune  "));
    assertEquals(List.of("unione di comuni", Long.toString(unioni), Long.toString(unioni), "3", "ok"),
        cells(out, "unione di comuni"));
    assertEquals(List.of("consorzio", Long.toString(consorzi), Long.toString(consorzi), "15", "ok"),
        cells(out, "consorzio"));
    assertEquals("19", cells(out, "total").get(1));
    assertTrue(out.contains("Services of the enti gestori: 14"), out);
    assertTrue(out.contains("(none in the published text)"), out);
    assertTrue(out.contains("target 2200000 persons by 2020"), out);
  }

  @Test
  void piemonte_5Axes_3SystemAnd5SectorObjectives_allQualitative_withItsParticipationFigures() throws IOException {
    String out = run(PiemonteStrategyExample::print);
    assertTrue(out.contains("5 axes, 3 system objectives, 5 sector objectives (one for each of 5 axes), 0 targets"), out);
    assertTrue(out.contains("incontri territoriali: 9 count"), out);
    assertTrue(out.contains("interlocutori: 408 persons"), out);
    assertTrue(out.contains("chilometri percorsi: 1117.9 km"), out);
    assertTrue(out.contains("distretto della coesione sociale"), out);
  }

  @Test
  void cissa_8ComuniAnd87792Residents_asPublished() throws IOException {
    String out = run(CissaProjectExample::print);
    assertFalse(out.contains("DIFFERS"), out);
    int comuni = csv(CissaProjectExample.COMUNI).size() - 1;
    assertTrue(out.contains("comuni (" + comuni + "): "), out);
    assertTrue(out.contains("published list of " + comuni + ": ok"), out);
    assertTrue(out.contains("population 87,792 in 2016; published 87,792 in 2016: ok"), out);
  }

  @Test
  void bologna_prioritiesAndTheFundsFrnaAndRes() throws IOException {
    String out = run(BolognaPrioritiesExample::print);
    assertTrue(out.contains("FRNA         Fondo Regionale per la Non Autosufficienza (regional, earmarked)"), out);
    assertTrue(out.contains("RES          Reddito di Solidarietà (regional, earmarked)"), out);
    assertTrue(out.contains("Objectives: 13"), out);
  }
}
