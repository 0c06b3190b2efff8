package io.github.socialplan.core.plan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.socialplan.core.json.JsonInputException;
import io.github.socialplan.core.json.SocialPlanJson;
import io.github.socialplan.core.money.Money;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

/** Each bad input gets a message that names the value and where it was found; nothing half-built escapes. */
class PlanBadInputTest {

  private static final String HEAD = "{\"id\":\"p\",\"title\":\"t\",\"territory\":\"x\","
      + "\"period\":{\"startYear\":2015,\"endYear\":2017},";

  private static Plan.Builder plan() {
    return Plan.builder().id("p").title("t").territory("x").period(Period.of(2015, 2017));
  }

  private static void assertMessage(String expectedPart, Throwable e) {
    assertTrue(e.getMessage().contains(expectedPart), "'" + expectedPart + "' not in: " + e.getMessage());
  }

  @Test
  void yesNoTarget_givenANumber_isRejectedNamingTheNumber() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Target.builder().id("manifesto")
        .indicator("Manifesto").measure(MeasureKind.YES_NO).value(new BigDecimal("1")).build());
    assertEquals("yes/no target 'manifesto' is given a number: 1; a yes/no outcome has no baseline, value or path",
        e.getMessage());
    IllegalArgumentException o = assertThrows(IllegalArgumentException.class, () -> Target.builder().id("manifesto")
        .indicator("Manifesto").measure(MeasureKind.YES_NO).addObservation(Observation.of(2016, new BigDecimal("0.5")))
        .build());
    assertMessage("yes/no target 'manifesto' is given a number in 2016: 0.5", o);
    JsonInputException j = assertThrows(JsonInputException.class, () -> SocialPlanJson.read(HEAD
        + "\"targets\":[{\"id\":\"m\",\"indicator\":\"M\",\"measure\":\"YES_NO\",\"value\":3}]}", Plan.class));
    assertMessage("$.targets[0]", j);
    assertMessage("yes/no target 'm' is given a number: 3", j);
  }

  @Test
  void pathYearsWrittenTwoWays_areRejected_notTheLaterSilentlyKept() {
    String target = "\"targets\":[{\"id\":\"a\",\"indicator\":\"A\",\"path\":{\"2016\":20,\"%s\":25}}]}";
    for (String year : new String[] {"02016", "+2016", "\u0662\u0660\u0661\u0666"}) {
      JsonInputException j = assertThrows(JsonInputException.class,
          () -> SocialPlanJson.read(HEAD + String.format(target, year), Plan.class), year);
      assertMessage("$.targets[0].path", j);
      assertMessage(year, j);
    }
    Plan read = SocialPlanJson.read(HEAD + String.format(target, "2017"), Plan.class);
    assertEquals(new BigDecimal("25"), read.targets().get(0).path().get(2017));
  }

  @Test
  void observationOutsideThePeriod_isRejectedNamingTheYearAndTarget() {
    Target t = Target.builder().id("associata").indicator("% associata").baseline(new BigDecimal("19"))
        .baselineYear(2012).value(new BigDecimal("30")).year(2017)
        .addObservation(Observation.of(2019, new BigDecimal("31"))).build();
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> plan().addTarget(t).build());
    assertEquals("target 'associata' of plan p has an observation for 2019, outside the plan's period 2015-2017",
        e.getMessage());
    JsonInputException j = assertThrows(JsonInputException.class, () -> SocialPlanJson.read(HEAD
        + "\"targets\":[{\"id\":\"a\",\"indicator\":\"A\",\"observations\":[{\"year\":2014,\"value\":20}]}]}",
        Plan.class));
    assertMessage("observation for 2014, outside the plan's period 2015-2017", j);
  }

  @Test
  void actionNamingAnUnknownAxisOrObjective_isRejectedNamingIt() {
    Action a = Action.builder().id("a1").title("SAD").axis("inclusione").build();
    IllegalArgumentException axis = assertThrows(IllegalArgumentException.class,
        () -> plan().addAxis(ThematicAxis.of("famiglie", "Famiglie e minori")).addAction(a).build());
    assertEquals("action a1 of plan p names an unknown axis 'inclusione'; axes: [famiglie]",
        axis.getMessage());
    Action b = Action.builder().id("a2").title("SAD").addObjective("o9").build();
    IllegalArgumentException objective = assertThrows(IllegalArgumentException.class, () -> plan()
        .addObjective(Objective.builder().id("o1").kind(ObjectiveKind.SECTOR).title("t").build()).addAction(b).build());
    assertEquals("action a2 of plan p names an unknown objective 'o9'; objectives: [o1]", objective.getMessage());
  }

  @Test
  void duplicateIds_areRejectedNamingTheId() {
    Objective o = Objective.builder().id("x").kind(ObjectiveKind.SYSTEM).title("t").build();
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> plan().addObjective(o).addAction(Action.builder().id("x").title("a").build()).build());
    assertEquals("plan p has a duplicate id 'x' (action); ids of objectives, targets and actions must be unique",
        e.getMessage());
    JsonInputException j = assertThrows(JsonInputException.class, () -> SocialPlanJson.read(HEAD
        + "\"actions\":[{\"id\":\"w\",\"title\":\"a\"},{\"id\":\"w\",\"title\":\"b\"}]}", Plan.class));
    assertMessage("duplicate id 'w'", j);
  }

  @Test
  void costLine_negativeOrFractionalCentProduct_isRejectedNamingTheFactors() {
    IllegalArgumentException negative = assertThrows(IllegalArgumentException.class, () -> CostLine.builder()
        .label("patti").years(Period.of(2015, 2017)).quantity(new BigDecimal("-250")).unitCost(Money.ofEuros(2000))
        .build());
    assertEquals("cost line 'patti': quantity × unit cost = -250 × 2000.00 = -500000.00 is negative",
        negative.getMessage());
    IllegalArgumentException cents = assertThrows(IllegalArgumentException.class, () -> CostLine.builder()
        .label("ore").years(Period.of(2015, 2015)).quantity(new BigDecimal("0.333")).unitCost(Money.parse("10.01"))
        .build());
    assertEquals("cost line 'ore': quantity × unit cost = 0.333 × 10.01 = 3.33333 is not a whole number of cents",
        cents.getMessage());
    JsonInputException j = assertThrows(JsonInputException.class, () -> SocialPlanJson.read(HEAD
        + "\"actions\":[{\"id\":\"w\",\"title\":\"a\",\"costs\":[{\"label\":\"l\",\"years\":{\"startYear\":2015,"
        + "\"endYear\":2015},\"quantity\":1.005,\"unitCost\":1}]}]}", Plan.class));
    assertMessage("$.actions[0].costs[0]", j);
    assertMessage("1.005 × 1.00 = 1.00500 is not a whole number of cents", j);
  }

  @Test
  void planFileWithAnUnknownField_isRejectedNamingItsPath() {
    JsonInputException j = assertThrows(JsonInputException.class, () -> SocialPlanJson.read(HEAD
        + "\"actions\":[{\"id\":\"w\",\"title\":\"a\",\"budgett\":1}]}", Plan.class));
    assertMessage("$.actions[0].budgett", j);
  }

  @Test
  void nullInsideAList_isRejectedNamingTheElementsPath_inPlainWords() {
    String[][] cases = {
        {"\"services\":[null]}", "$.services[0]"},
        {"\"notInSource\":[\"a\",null]}", "$.notInSource[1]"},
        {"\"budgets\":[null]}", "$.budgets[0]"},
        {"\"actions\":[{\"id\":\"w\",\"title\":\"a\",\"objectives\":[null]}]}", "$.actions[0].objectives[0]"},
        {"\"targets\":[{\"indicator\":\"A\",\"path\":{\"2016\":null}}]}", "$.targets[0].path['2016']"},
    };
    for (String[] c : cases) {
      JsonInputException j = assertThrows(JsonInputException.class, () -> SocialPlanJson.read(HEAD + c[0], Plan.class),
          c[0]);
      assertEquals(c[1], j.path(), c[0]);
      assertTrue(j.problem().endsWith("got null"), c[0] + ": " + j.problem());
    }
  }

  @Test
  void costLine_negativeUnitCost_isRejectedEvenWithQuantityZero() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> CostLine.builder()
        .label("patti").years(Period.of(2015, 2017)).quantity(BigDecimal.ZERO).unitCost(Money.ofEuros(-2000))
        .build());
    assertEquals("cost line 'patti' has a negative unit cost: -2000.00", e.getMessage());
  }

  @Test
  void fundOrServiceNamedTwice_isRejectedNamingIt_notCountedTwice() {
    IllegalArgumentException fund = assertThrows(IllegalArgumentException.class,
        () -> plan().addAllFunds(java.util.List.of("FNPS", "FNA", "FNPS")).build());
    assertEquals("plan p names the fund 'FNPS' twice in its fund list", fund.getMessage());
    IllegalArgumentException service = assertThrows(IllegalArgumentException.class,
        () -> plan().addAllServices(java.util.List.of("SAD", "SAD")).build());
    assertEquals("plan p names the service 'SAD' twice in its service list", service.getMessage());
    JsonInputException j = assertThrows(JsonInputException.class,
        () -> SocialPlanJson.read(HEAD + "\"funds\":[\"FNA\",\"FNA\"]}", Plan.class));
    assertMessage("the fund 'FNA' twice", j);
    assertEquals(2, plan().addAllFunds(java.util.List.of("FNPS", "FNA")).build().funds().size());
  }

  @Test
  void unknownFundOrService_isRejectedNamingIt() {
    IllegalArgumentException fund = assertThrows(IllegalArgumentException.class, () -> plan().addFund("FRNAA").build());
    assertMessage("unknown fund 'FRNAA'", fund);
    IllegalArgumentException service = assertThrows(IllegalArgumentException.class,
        () -> plan().addService("NIDI").build());
    assertMessage("unknown service 'NIDI'", service);
  }

  @Test
  void costLine_cost_isQuantityTimesUnitCost_perYearOrOverTheSpan() {
    CostLine labs = CostLine.builder().label("laboratori").years(Period.of(2015, 2017)).eachYear(true)
        .quantity(new BigDecimal("6")).unitCost(Money.ofEuros(12_000)).build();
    assertEquals(Money.ofEuros(72_000), labs.cost());
    assertEquals(Money.ofEuros(216_000), labs.total());
    assertEquals(java.util.Optional.of(Money.ofEuros(72_000)), labs.inYear(2016));
    CostLine pacts = CostLine.builder().label("patti").years(Period.of(2015, 2017))
        .quantity(new BigDecimal("250")).unitCost(Money.ofEuros(2_000)).build();
    assertEquals(Money.ofEuros(500_000), pacts.total());
    assertEquals(java.util.Optional.empty(), pacts.inYear(2016));
    assertEquals(java.util.Optional.of(Money.ZERO), pacts.inYear(2018));
  }
}
