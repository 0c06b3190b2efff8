package io.github.socialplan.core.plan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** A target's direction, its observations by year, and the checks on observations. */
class TargetTest {

  private static Target.Builder measured(String baseline, String value) {
    Target.Builder b = Target.builder().id("t").indicator("Indicatore");
    if (baseline != null) {
      b.baseline(new BigDecimal(baseline));
    }
    if (value != null) {
      b.value(new BigDecimal(value));
    }
    return b;
  }

  @Test
  void effectiveDirection_followsFromBaselineAndValue_whenNotGiven() {
    // 19 % -> 30 % goes up, 30 -> 19 goes down, 25 -> 25.0 stays (same number, other scale).
    assertEquals(Optional.of(Direction.INCREASE), measured("19", "30").build().effectiveDirection());
    assertEquals(Optional.of(Direction.DECREASE), measured("30", "19").build().effectiveDirection());
    assertEquals(Optional.of(Direction.KEEP), measured("25", "25.0").build().effectiveDirection());
    assertEquals(Optional.of(Direction.INCREASE), measured("0.1", "0.2").build().effectiveDirection());
    assertEquals(Optional.of(Direction.DECREASE), measured("0.2", "0.1").build().effectiveDirection());
  }

  @Test
  void effectiveDirection_isTheGivenOne_orAbsentWithoutBothNumbers() {
    assertEquals(Optional.of(Direction.KEEP),
        measured("19", "30").direction(Direction.KEEP).build().effectiveDirection());
    assertEquals(Optional.of(Direction.DECREASE),
        measured(null, null).direction(Direction.DECREASE).build().effectiveDirection());
    assertEquals(Optional.empty(), measured("19", null).build().effectiveDirection());
    assertEquals(Optional.empty(), measured(null, "30").build().effectiveDirection());
    assertEquals(Optional.empty(), measured(null, null).build().effectiveDirection());
  }

  @Test
  void aDirectionThatItsOwnFiguresContradict_isRejected() {
    // to reduce from 10 to 20 would count moving away from 20 as progress: 5 observed would be "achieved"
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> measured("10", "20").direction(Direction.DECREASE).build());
    assertEquals("target 't' is to ridurre, yet its value 20 is above its baseline 10", e.getMessage());
    e = assertThrows(IllegalArgumentException.class,
        () -> measured("50", "40").direction(Direction.INCREASE).build());
    assertEquals("target 't' is to aumentare, yet its value 40 is below its baseline 50", e.getMessage());
    // the direction the figures imply, a KEEP, and a target equal to its baseline stay accepted
    assertEquals(Optional.of(Direction.DECREASE), measured("20", "10").direction(Direction.DECREASE).build()
        .effectiveDirection());
    assertEquals(Optional.of(Direction.KEEP), measured("19", "30").direction(Direction.KEEP).build()
        .effectiveDirection());
    assertEquals(Optional.of(Direction.INCREASE), measured("30", "30").direction(Direction.INCREASE).build()
        .effectiveDirection());
  }

  @Test
  void observation_isTheOneOfThatYear() {
    Target t = measured("19", "30").addObservation(Observation.of(2015, new BigDecimal("21")))
        .addObservation(Observation.of(2016, new BigDecimal("24"))).build();
    assertEquals(new BigDecimal("24"), t.observation(2016).orElseThrow().value().orElseThrow());
    assertEquals(new BigDecimal("21"), t.observation(2015).orElseThrow().value().orElseThrow());
    assertTrue(t.observation(2017).isEmpty());
  }

  @Test
  void twoObservationsOfOneYear_areRejectedNamingTheYear() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> measured("19", "30")
        .addObservation(Observation.of(2016, new BigDecimal("21")))
        .addObservation(Observation.of(2016, new BigDecimal("24"))).build());
    assertEquals("target 't' has two observations for 2016", e.getMessage());
  }

  @Test
  void measuredTarget_observedAsAchieved_isRejected_whileAYesNoTargetTakesIt() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> measured("19", "30")
        .addObservation(Observation.achieved(2016, true)).build());
    assertEquals("measured target 't' is observed as achieved=true in 2016; give the value observed",
        e.getMessage());
    Target yesNo = Target.builder().indicator("Manifesto").measure(MeasureKind.YES_NO)
        .addObservation(Observation.achieved(2016, false)).build();
    assertEquals(Optional.of(false), yesNo.observation(2016).orElseThrow().achieved());
  }

  @Test
  void targetDueBeforeItsBaseline_isRejectedByItsIndicator_whenItHasNoId() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Target.builder()
        .indicator("Indicatore").baselineYear(2014).year(2013).build());
    assertEquals("target 'Indicatore' is due in 2013, before its baseline year 2014", e.getMessage());
    // Due in the baseline year itself is allowed.
    assertEquals(Optional.of(2014), Target.builder().indicator("I").baselineYear(2014).year(2014).build().year());
  }

  @Test
  void targetYearsOutside1To9999_areRejectedNamingTheYear_asTheJavadocAndTheSchemaSay() {
    for (int year : new int[] {0, -1, 10_000}) {
      IllegalArgumentException due = assertThrows(IllegalArgumentException.class,
          () -> Target.builder().indicator("utenti SAD").year(year).build());
      assertEquals("target 'utenti SAD' is due in " + year + ", outside 1..9999", due.getMessage());
      IllegalArgumentException base = assertThrows(IllegalArgumentException.class,
          () -> Target.builder().indicator("utenti SAD").baselineYear(year).build());
      assertEquals("target 'utenti SAD' has the baseline year " + year + ", outside 1..9999", base.getMessage());
      IllegalArgumentException path = assertThrows(IllegalArgumentException.class,
          () -> Target.builder().indicator("utenti SAD").putPath(year, BigDecimal.ONE).build());
      assertEquals("target 'utenti SAD' has a path value for " + year + ", outside 1..9999", path.getMessage());
    }
    Target edges = Target.builder().indicator("I").baselineYear(1).year(9999).putPath(1, BigDecimal.ONE)
        .putPath(9999, BigDecimal.TEN).build();
    assertEquals(Optional.of(9999), edges.year());
  }

  @Test
  void yesNoTarget_withABaselineOrAPath_isRejectedNamingTheNumber() {
    IllegalArgumentException baseline = assertThrows(IllegalArgumentException.class, () -> Target.builder()
        .id("m").indicator("M").measure(MeasureKind.YES_NO).baseline(new BigDecimal("2")).build());
    assertTrue(baseline.getMessage().startsWith("yes/no target 'm' is given a number: 2;"), baseline.getMessage());
    IllegalArgumentException path = assertThrows(IllegalArgumentException.class, () -> Target.builder()
        .id("m").indicator("M").measure(MeasureKind.YES_NO).putPath(2016, new BigDecimal("4.5")).build());
    assertTrue(path.getMessage().startsWith("yes/no target 'm' is given a number: 4.5;"), path.getMessage());
  }

  @Test
  void observation_needsExactlyOneOfValueAndAchieved() {
    assertEquals("observation of 2016 needs either a value or achieved (yes/no), not both",
        assertThrows(IllegalArgumentException.class, () -> Observation.builder().year(2016)
            .value(BigDecimal.ONE).achieved(true).build()).getMessage());
    assertEquals("observation of 2016 needs either a value or achieved (yes/no), not neither",
        assertThrows(IllegalArgumentException.class, () -> Observation.builder().year(2016).build()).getMessage());
    assertEquals("observation year must be in 1..9999: 0",
        assertThrows(IllegalArgumentException.class, () -> Observation.of(0, BigDecimal.ONE)).getMessage());
    assertEquals("observation year must be in 1..9999: 10000",
        assertThrows(IllegalArgumentException.class, () -> Observation.of(10000, BigDecimal.ONE)).getMessage());
    assertEquals(1, Observation.of(1, BigDecimal.ONE).year());
    assertEquals(9999, Observation.of(9999, BigDecimal.ONE).year());
  }
}
