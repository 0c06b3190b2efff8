package io.github.socialplan.core.plan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.github.socialplan.core.fund.FundLevel;
import io.github.socialplan.core.money.Money;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

/**
 * Every check of a plan and of its parts refuses its input with a message naming the value, and accepts
 * the values at its boundaries; the look-ups of a plan find the year asked for.
 */
class PlanChecksTest {

  private static Plan.Builder pdz() {
    return Plan.builder().id("pdz").title("Piano di Zona").territory("ambito-cremona").period(Period.of(2015, 2017));
  }

  private static String refused(Executable build) {
    return assertThrows(IllegalArgumentException.class, build).getMessage();
  }

  private static YearlyBudget year(int y) {
    return YearlyBudget.builder().year(y).build();
  }

  @Test
  void blankPlanId_isRefusedNamingTheTitle() {
    assertEquals("plan id is blank ('Piano di Zona')", refused(() -> pdz().id(" ").build()));
  }

  @Test
  void actuals_mayPrecedeThePeriod_butNotFollowIt_norRepeatAYear() {
    Plan p = pdz().addActual(year(2012)).addActual(year(2017)).addBudget(year(2015)).addBudget(year(2016)).build();
    assertEquals(2012, p.actual(2012).orElseThrow().year());
    assertEquals(2017, p.actual(2017).orElseThrow().year());
    assertEquals(Optional.empty(), p.actual(2015));
    assertEquals(2016, p.budget(2016).orElseThrow().year());
    assertEquals(Optional.empty(), p.budget(2017));
    assertEquals("plan pdz has an actual for 2018, after its period 2015-2017",
        refused(() -> pdz().addActual(year(2018)).build()));
    assertEquals("plan pdz has two actuals for 2014",
        refused(() -> pdz().addActual(year(2014)).addActual(year(2014)).build()));
    assertEquals("plan pdz has a budget for 2014, outside its period 2015-2017",
        refused(() -> pdz().addBudget(year(2014)).build()));
  }

  @Test
  void fundsOfFundingsAndBudgetLines_mustBeKnown_andALinesLevelItsFunds() {
    Action unknownFund = Action.builder().id("a1").title("t").addFunding(Funding.of(2015, "XYZ", Money.ofEuros(1)))
        .build();
    assertEquals("funding of action a1 in 2015 of plan pdz names an unknown fund 'XYZ'; known funds: ",
        refused(() -> pdz().addAction(unknownFund).build()).replaceAll("\\[.*", ""));
    YearlyBudget nope = YearlyBudget.builder().year(2015)
        .addRevenue(BudgetLine.builder().label("Fondo").amount(Money.ofEuros(100)).fund("NOPE").build()).build();
    assertEquals("line 'Fondo' of the budget of 2015 of plan pdz names an unknown fund 'NOPE'; known funds: ",
        refused(() -> pdz().addBudget(nope).build()).replaceAll("\\[.*", ""));
    // a national fund counted as local money would move it between the levels of the balance
    YearlyBudget local = YearlyBudget.builder().year(2015).addRevenue(BudgetLine.builder().label("FNPS")
        .amount(Money.ofEuros(100)).fund("FNPS").level(FundLevel.LOCAL).build()).build();
    assertEquals("line 'FNPS' of the actual of 2015 of plan pdz is at level LOCAL, but its fund FNPS is NATIONAL",
        refused(() -> pdz().addActual(local).build()));
    YearlyBudget national = YearlyBudget.builder().year(2015).addRevenue(BudgetLine.builder().label("FNPS")
        .amount(Money.ofEuros(100)).fund("FNPS").level(FundLevel.NATIONAL).build()).build();
    assertEquals(FundLevel.NATIONAL, pdz().addBudget(national).build().budget(2015).orElseThrow().revenues().get(0)
        .level().orElseThrow());
  }

  @Test
  void twoAxesWithOneId_areRefused() {
    assertEquals("plan pdz has two axes with id 'famiglie'", refused(() -> pdz()
        .addAxis(ThematicAxis.of("famiglie", "Famiglie")).addAxis(ThematicAxis.of("famiglie", "Minori")).build()));
  }

  @Test
  void objectiveOfAnUnknownAxis_isRefusedNamingTheKnownOnes() {
    Objective o = Objective.builder().id("o1").kind(ObjectiveKind.SECTOR).title("t").axis("lavoro").build();
    assertEquals("objective o1 of plan pdz names an unknown axis 'lavoro'; axes: [famiglie]",
        refused(() -> pdz().addAxis(ThematicAxis.of("famiglie", "Famiglie")).addObjective(o).build()));
  }

  @Test
  void targets_ofThePlanAndOfActions_areChecked() {
    Target dup = Target.builder().id("o1").indicator("x").build();
    Objective o = Objective.builder().id("o1").kind(ObjectiveKind.SECTOR).title("t").build();
    assertEquals("plan pdz has a duplicate id 'o1' (target); ids of objectives, targets and actions must be unique",
        refused(() -> pdz().addObjective(o).addTarget(dup).build()));
    Target unknown = Target.builder().indicator("copertura").objective("o9").build();
    assertEquals("target 'copertura' of plan pdz names an unknown objective 'o9'; objectives: [o1]",
        refused(() -> pdz().addObjective(o).addTarget(unknown).build()));
    Target late = Target.builder().id("t1").indicator("x").addObservation(Observation.of(2018, BigDecimal.ONE))
        .build();
    Action a = Action.builder().id("a1").title("SAD").addIndicator(late).build();
    assertEquals("indicator of action a1 't1' of plan pdz has an observation for 2018, outside the plan's period"
        + " 2015-2017", refused(() -> pdz().addAction(a).build()));
    Target ok = Target.builder().id("t1").indicator("x").addObservation(Observation.of(2015, BigDecimal.ONE))
        .addObservation(Observation.of(2017, BigDecimal.TEN)).build();
    Plan p = pdz().addTarget(Target.builder().id("t0").indicator("y").build())
        .addAction(Action.builder().id("a1").title("SAD").addIndicator(ok).build()).build();
    assertEquals(List.of("t0", "t1"), p.allTargets().stream().map(t -> t.id().orElseThrow()).toList());
  }

  @Test
  void costLinesOutsideThePeriod_orOfAnUnknownFund_areRefused() {
    CostLine before = CostLine.builder().label("sad").years(Period.of(2014, 2015)).amount(Money.ofEuros(10)).build();
    CostLine after = CostLine.builder().label("sad").years(Period.of(2017, 2018)).amount(Money.ofEuros(10)).build();
    for (CostLine c : List.of(before, after)) {
      assertEquals("cost line 'sad' of action a1 of plan pdz covers " + c.years() + ", outside the period 2015-2017",
          refused(() -> pdz().addAction(Action.builder().id("a1").title("SAD").addCosts(c).build()).build()));
    }
    CostLine fund = CostLine.builder().label("sad").years(Period.of(2015, 2017)).amount(Money.ofEuros(10))
        .fund("FONDO-X").build();
    String message = refused(() -> pdz().addAction(Action.builder().id("a1").title("SAD").addCosts(fund).build())
        .build());
    assertEquals("cost line 'sad' of action a1 of plan pdz names an unknown fund 'FONDO-X'; known funds: [",
        message.substring(0, message.indexOf('[') + 1));
    assertEquals(true, message.contains("FNPS, FNA"), message);
  }

  @Test
  void unknownReferences_ofActionsAndTheFundList_areRefusedNamingWhereTheyAre() {
    Objective o = Objective.builder().id("o1").kind(ObjectiveKind.SECTOR).title("t").build();
    Action objective = Action.builder().id("a1").title("SAD").addObjectives("o9").build();
    assertEquals("action a1 of plan pdz names an unknown objective 'o9'; objectives: [o1]",
        refused(() -> pdz().addObjective(o).addAction(objective).build()));
    Target t = Target.builder().id("t1").indicator("x").objective("o9").build();
    Action indicator = Action.builder().id("a1").title("SAD").addIndicator(t).build();
    assertEquals("indicator of action a1 't1' of plan pdz names an unknown objective 'o9'; objectives: [o1]",
        refused(() -> pdz().addObjective(o).addAction(indicator).build()));
    String funds = refused(() -> pdz().addFunds("FONDO-X").build());
    assertEquals("the fund list of plan pdz names an unknown fund 'FONDO-X'; known funds: [",
        funds.substring(0, funds.indexOf('[') + 1));
    // a label is an argument of the message, never part of its format
    CostLine percent = CostLine.builder().label("100% SAD %s").years(Period.of(2015, 2017))
        .amount(Money.ofEuros(10)).fund("FONDO-X").build();
    String label = refused(() -> pdz().addAction(Action.builder().id("a%d").title("SAD").addCosts(percent).build())
        .build());
    assertEquals("cost line '100% SAD %s' of action a%d of plan pdz names an unknown fund 'FONDO-X'; known funds: [",
        label.substring(0, label.indexOf('[') + 1));
  }

  @Test
  void focusOutsideThePeriod_isRefused() {
    assertEquals("plan pdz has a focus for 2018, outside its period 2015-2017", refused(() -> pdz()
        .addFocuses(YearlyFocus.builder().year(2018).theme("lavoro").build()).build()));
    pdz().addFocuses(YearlyFocus.builder().year(2017).theme("lavoro").build()).build();
  }

  @Test
  void partsOfAPlan_refuseBlankOrNegativeValues() {
    assertEquals("axis needs an id and a name: ' ', 'Famiglie'", refused(() -> ThematicAxis.of(" ", "Famiglie")));
    assertEquals("axis needs an id and a name: 'f', ''", refused(() -> ThematicAxis.of("f", "")));
    assertEquals("action needs an id and a title: 'a1', ' '",
        refused(() -> Action.builder().id("a1").title(" ").build()));
    assertEquals("action needs an id and a title: '', 'SAD'",
        refused(() -> Action.builder().id("").title("SAD").build()));
    assertEquals("objective needs an id and a title: 'o1', ''",
        refused(() -> Objective.builder().id("o1").kind(ObjectiveKind.SECTOR).title("").build()));
    assertEquals("objective needs an id and a title: ' ', 't'",
        refused(() -> Objective.builder().id(" ").kind(ObjectiveKind.SECTOR).title("t").build()));
    assertEquals("funding of 5.00 in 2015 names a blank fund", refused(() -> Funding.of(2015, " ", Money.ofEuros(5))));
    assertEquals("funding from FNA in 2015 must not be negative: -0.01",
        refused(() -> Funding.of(2015, "FNA", Money.parse("-0.01"))));
    assertEquals(Money.ZERO, Funding.of(2015, "FNA", Money.ZERO).amount());
    assertEquals("governance body has a blank name", refused(() -> GovernanceBody.builder().name(" ").build()));
    assertEquals("focus of 2016 has a blank theme",
        refused(() -> YearlyFocus.builder().year(2016).theme("").build()));
    assertEquals("participation figure has a blank label", refused(() -> ParticipationFigure.builder().label(" ")
        .value(BigDecimal.ONE).unit("persone").build()));
    assertEquals("participation figure 'incontri' is negative: -1", refused(() -> ParticipationFigure.builder()
        .label("incontri").value(new BigDecimal("-1")).unit("persone").build()));
    assertEquals(BigDecimal.ZERO, ParticipationFigure.builder().label("incontri").value(BigDecimal.ZERO)
        .unit("persone").build().value());
    assertEquals("participation figure 'incontri' counts count but is not a whole number: 9.5",
        refused(() -> ParticipationFigure.builder().label("incontri").value(new BigDecimal("9.5")).unit("count")
            .build()));
    assertEquals(new BigDecimal("9.0"), ParticipationFigure.builder().label("incontri").value(new BigDecimal("9.0"))
        .unit("count").build().value());
    assertEquals(new BigDecimal("1117.9"), ParticipationFigure.builder().label("km").value(new BigDecimal("1117.9"))
        .unit("km").build().value());
  }

  @Test
  void projectSheet_populationYearOutside1To9999_orEmptyTerritory_isRefusedAsTheSchemaSays() {
    // CISSA Pianezza: 87,792 residents in 2016 (seed 002); a year typed 20160 or 0 is no year
    assertEquals("project sheet population year must be in 1..9999: 20160", refused(() -> ProjectSheet.builder()
        .proposer("CISSA").leadBody("CISSA").territory("Pianezza").population(87_792L).populationYear(20160)
        .build()));
    assertEquals("project sheet population year must be in 1..9999: 0", refused(() -> ProjectSheet.builder()
        .proposer("CISSA").leadBody("CISSA").territory("Pianezza").population(87_792L).populationYear(0).build()));
    assertEquals("project sheet needs a territory", refused(() -> ProjectSheet.builder()
        .proposer("CISSA").leadBody("CISSA").territory("").build()));
    assertEquals(Optional.of(2016), ProjectSheet.builder().proposer("CISSA").leadBody("CISSA").territory("Pianezza")
        .population(87_792L).populationYear(2016).build().populationYear());
  }

  @Test
  void fundingAndFocus_yearOutside1To9999_isRefusedOnItsOwn() {
    assertEquals("funding year must be in 1..9999: 0", refused(() -> Funding.of(0, "FNPS", Money.ofEuros(1))));
    assertEquals("focus year must be in 1..9999: 20150", refused(() -> YearlyFocus.builder().year(20150)
        .theme("non autosufficienza").build()));
    assertEquals(2015, Funding.of(2015, "FNPS", Money.ofEuros(1)).year());
  }

  @Test
  void projectSheet_needsProposerAndLeadBody_andANonNegativePopulation() {
    assertEquals("project sheet needs a proposer and a lead body", refused(() -> ProjectSheet.builder()
        .proposer(" ").leadBody("CISSA").territory("Pianezza").build()));
    assertEquals("project sheet needs a proposer and a lead body", refused(() -> ProjectSheet.builder()
        .proposer("CISSA").leadBody("").territory("Pianezza").build()));
    assertEquals("project sheet population is negative: -1", refused(() -> ProjectSheet.builder()
        .proposer("CISSA").leadBody("CISSA").territory("Pianezza").population(-1L).build()));
    assertEquals(Optional.of(0L), ProjectSheet.builder().proposer("CISSA").leadBody("CISSA").territory("Pianezza")
        .population(0L).build().population());
    assertEquals(Optional.empty(), ProjectSheet.builder().proposer("CISSA").leadBody("CISSA").territory("Pianezza")
        .build().population());
  }

  @Test
  void periods_areYears1To9999_inOrder() {
    assertEquals("period years must be in 1..9999: 0-2015", refused(() -> Period.of(0, 2015)));
    assertEquals("period years must be in 1..9999: 2015-10000", refused(() -> Period.of(2015, 10_000)));
    assertEquals(Period.of(1, 9999), Period.parse("1-9999"));
    assertEquals(Period.of(2015, 2015), Period.parse("2015"));
  }

  @Test
  void targetFigures_outOfBounds_areRefusedNamingWhichFigure() {
    BigDecimal huge = new BigDecimal("1e40");
    assertEquals("target has a blank indicator name", refused(() -> Target.builder().indicator(" ").build()));
    assertEquals("value of target 'x' is out of range", prefix(refused(() -> Target.builder().indicator("x")
        .value(huge).build())));
    assertEquals("baseline of target 'x' is out of range", prefix(refused(() -> Target.builder().indicator("x")
        .baseline(huge).build())));
    assertEquals("path value 2016 of target 'x' is out of range", prefix(refused(() -> Target.builder()
        .indicator("x").putPath(2016, huge).build())));
    assertEquals("observed value 2016 of target 'x' is out of range", prefix(refused(() -> Target.builder()
        .indicator("x").addObservation(Observation.of(2016, huge)).build())));
    assertEquals(Optional.of(2017), Target.builder().indicator("x").baselineYear(2017).year(2017).build().year());
  }

  /** The message up to its bounds, "(at most ...". */
  private static String prefix(String message) {
    return message.substring(0, message.indexOf(" (at most"));
  }
}
