package io.github.socialplan.indicators.monitoring;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.github.socialplan.core.plan.Direction;
import io.github.socialplan.core.plan.MeasureKind;
import io.github.socialplan.core.plan.Observation;
import io.github.socialplan.core.plan.Period;
import io.github.socialplan.core.plan.Target;
import io.github.socialplan.indicators.result.IndicatorValue;
import io.github.socialplan.indicators.result.UndefinedReason;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * Every field of the rows of a target's progress, worked by hand for small targets: the expected value of the
 * path as an exact fraction, the percentage achieved, the status and the text that explains it.
 */
class TargetProgressRowsTest {

  private static BigDecimal d(String s) {
    return new BigDecimal(s);
  }

  private static IndicatorValue exact(long numerator, long denominator) {
    return IndicatorValue.ratio(numerator, denominator, 1, "x");
  }

  private static IndicatorValue percent(long numerator, long denominator) {
    return IndicatorValue.ratio(numerator, denominator, 100, "x");
  }

  private static IndicatorValue nothingIn(int year) {
    return IndicatorValue.undefined(UndefinedReason.NO_DATA, "nothing observed in " + year);
  }

  /** 19 in 2012 to 30 in 2017: the path rises by 11/5 a year. */
  private static Target.Builder associated() {
    return Target.builder().id("associata").indicator("% spesa associata").unit("percent")
        .baseline(d("19")).baselineYear(2012).value(d("30")).year(2017);
  }

  @Test
  void risingTarget_eachYear_fromTheBaselineToTheDueYear() {
    Target t = associated()
        .addObservation(Observation.of(2015, d("26")))
        .addObservation(Observation.of(2016, d("27")))
        .addObservation(Observation.of(2017, d("30"))).build();
    TargetProgress p = TargetProgress.of(t, Period.of(2015, 2017));
    assertSame(t, p.target());
    assertEquals("TargetProgress[associata, 6 years]", p.toString());
    assertEquals(List.of(
        // the baseline is the observation of its year: 0 % achieved, and on the path (its start)
        new YearProgress(2012, Optional.of(d("19")), Optional.empty(), true, exact(19, 1), percent(0, 11),
            TargetStatus.ON_TRACK, "baseline 19 is on the path's 19.0"),
        // path 2013: 19 + 1/5 × 11 = 106/5
        new YearProgress(2013, Optional.empty(), Optional.empty(), false, exact(106, 5), nothingIn(2013),
            TargetStatus.NOT_MEASURED, "nothing observed"),
        new YearProgress(2014, Optional.empty(), Optional.empty(), false, exact(117, 5), nothingIn(2014),
            TargetStatus.NOT_MEASURED, "nothing observed"),
        // path 2015: 128/5 = 25.6; 26 is 7 of the 11 points to go
        new YearProgress(2015, Optional.of(d("26")), Optional.empty(), false, exact(128, 5), percent(7, 11),
            TargetStatus.ON_TRACK, "observed 26 is on the path's 25.6"),
        // path 2016: 139/5 = 27.8
        new YearProgress(2016, Optional.of(d("27")), Optional.empty(), false, exact(139, 5), percent(8, 11),
            TargetStatus.BEHIND, "observed 27 falls short of the path's 27.8"),
        // from the due year on, the path is the target itself
        new YearProgress(2017, Optional.of(d("30")), Optional.empty(), false, exact(30, 1), percent(11, 11),
            TargetStatus.ACHIEVED, "observed 30 meets the target 30")),
        p.years());
    assertEquals(2017, p.latest().orElseThrow().year());
    assertEquals(Optional.empty(), p.year(2011));
    assertEquals(Optional.empty(), p.year(2018));
  }

  @Test
  void anObservationInTheBaselineYear_isAnObservation_notTheBaseline() {
    Target t = associated().addObservation(Observation.of(2012, d("20"))).build();
    YearProgress y = TargetProgress.of(t, Period.of(2015, 2017)).year(2012).orElseThrow();
    assertEquals(new YearProgress(2012, Optional.of(d("20")), Optional.empty(), false, exact(19, 1),
        percent(1, 11), TargetStatus.ON_TRACK, "observed 20 is on the path's 19.0"), y);
    assertEquals(2012, TargetProgress.of(t, Period.of(2015, 2017)).latest().orElseThrow().year());
  }

  @Test
  void aBaselineWithoutItsYear_isNoRow_andGivesNoPath() {
    Target t = Target.builder().indicator("x").baseline(d("10")).value(d("20")).year(2017)
        .addObservation(Observation.of(2016, d("15"))).build();
    TargetProgress p = TargetProgress.of(t, Period.of(2015, 2017));
    assertEquals(List.of(2015, 2016, 2017), p.years().stream().map(YearProgress::year).toList());
    IndicatorValue noPath = IndicatorValue.undefined(UndefinedReason.MISSING_INPUT,
        "target 'x' needs a baseline, its year, a target value and its year for a straight path");
    assertEquals(new YearProgress(2015, Optional.empty(), Optional.empty(), false, noPath, nothingIn(2015),
        TargetStatus.NOT_MEASURED, "nothing observed"), p.year(2015).orElseThrow());
    assertEquals(new YearProgress(2016, Optional.of(d("15")), Optional.empty(), false, noPath, percent(5, 10),
        TargetStatus.NOT_MEASURED, "observed 15; no baseline or stated path to compare with"),
        p.year(2016).orElseThrow());
  }

  @Test
  void withoutAPath_aMissedTarget_isBehindFromItsDueYear_whenItsDirectionIsKnown() {
    // funds raised, higher is better: no baseline and so no path, but a stated direction
    Target.Builder raised = Target.builder().indicator("fondi raccolti").unit("euro").value(d("700000")).year(2017)
        .addObservation(Observation.of(2016, d("300000")))
        .addObservation(Observation.of(2017, d("650000")))
        .addObservation(Observation.of(2018, d("700000")))
        .addObservation(Observation.of(2019, d("710000")));
    TargetProgress p = TargetProgress.of(raised.direction(Direction.INCREASE).build(), Period.of(2015, 2019));
    IndicatorValue noPath = IndicatorValue.undefined(UndefinedReason.MISSING_INPUT,
        "target 'fondi raccolti' needs a baseline, its year, a target value and its year for a straight path");
    IndicatorValue noBaseline = IndicatorValue.undefined(UndefinedReason.MISSING_INPUT,
        "target 'fondi raccolti' has no baseline");
    assertEquals(List.of(
        new YearProgress(2015, Optional.empty(), Optional.empty(), false, noPath, nothingIn(2015),
            TargetStatus.NOT_MEASURED, "nothing observed"),
        new YearProgress(2016, Optional.of(d("300000")), Optional.empty(), false, noPath, noBaseline,
            TargetStatus.NOT_MEASURED, "observed 300000; no baseline or stated path to compare with"),
        new YearProgress(2017, Optional.of(d("650000")), Optional.empty(), false, noPath, noBaseline,
            TargetStatus.BEHIND, "observed 650000 misses the target, due in 2017"),
        new YearProgress(2018, Optional.of(d("700000")), Optional.empty(), false, noPath, noBaseline,
            TargetStatus.ACHIEVED, "observed 700000 meets the target 700000"),
        new YearProgress(2019, Optional.of(d("710000")), Optional.empty(), false, noPath, noBaseline,
            TargetStatus.ACHIEVED, "observed 710000 meets the target 700000")),
        p.years());
    // with no direction, stated or implied by a baseline, only the target value itself can be judged: 710000
    // is met if higher is better and missed if lower is
    TargetProgress unknown = TargetProgress.of(raised.direction(Optional.empty()).build(), Period.of(2015, 2019));
    assertEquals(TargetStatus.ACHIEVED, unknown.year(2018).orElseThrow().status());
    for (int year : new int[] {2017, 2019}) {
      YearProgress y = unknown.year(year).orElseThrow();
      assertEquals(TargetStatus.NOT_MEASURED, y.status(), y.detail());
      assertEquals("observed " + (year == 2017 ? "650000" : "710000") + " is not the target 700000, which states no"
          + " direction and has no baseline to imply one", y.detail());
    }
    // a target without a due year is never late
    Target undated = Target.builder().indicator("y").value(d("5"))
        .addObservation(Observation.of(2030, d("4"))).build();
    YearProgress y = TargetProgress.of(undated, Period.of(2029, 2030)).year(2030).orElseThrow();
    assertEquals(TargetStatus.NOT_MEASURED, y.status());
    assertEquals("observed 4 is not the target 5, which states no direction and has no baseline to imply one",
        y.detail());
  }

  @Test
  void aBaselineYearWithoutItsValue_hasNothingObserved() {
    Target t = Target.builder().indicator("x").baselineYear(2014).value(d("20")).year(2017).build();
    YearProgress y = TargetProgress.of(t, Period.of(2015, 2017)).year(2014).orElseThrow();
    assertEquals(new YearProgress(2014, Optional.empty(), Optional.empty(), false, IndicatorValue.undefined(
        UndefinedReason.MISSING_INPUT, "target 'x' needs a baseline, its year, a target value and its year for a"
            + " straight path"), nothingIn(2014), TargetStatus.NOT_MEASURED, "nothing observed"), y);
  }

  @Test
  void aTargetWithoutAValue_isNotMeasured_andHasNoPercentage() {
    Target t = Target.builder().id("utenti").indicator("utenti SAD").baseline(d("40")).baselineYear(2014)
        .addObservation(Observation.of(2016, d("45"))).build();
    TargetProgress p = TargetProgress.of(t, Period.of(2015, 2016));
    IndicatorValue noPath = IndicatorValue.undefined(UndefinedReason.MISSING_INPUT,
        "target 'utenti' needs a baseline, its year, a target value and its year for a straight path");
    IndicatorValue noValue = IndicatorValue.undefined(UndefinedReason.MISSING_INPUT,
        "target 'utenti' has no target value");
    assertEquals(List.of(
        new YearProgress(2014, Optional.of(d("40")), Optional.empty(), true, noPath, noValue,
            TargetStatus.NOT_MEASURED, "baseline 40; the target has no value"),
        new YearProgress(2015, Optional.empty(), Optional.empty(), false, noPath, nothingIn(2015),
            TargetStatus.NOT_MEASURED, "nothing observed"),
        new YearProgress(2016, Optional.of(d("45")), Optional.empty(), false, noPath, noValue,
            TargetStatus.NOT_MEASURED, "observed 45; the target has no value")),
        p.years());
    assertEquals(noValue, TargetProgress.percentAchieved(t, d("45")));
  }

  @Test
  void fallingTarget_meetsAndFollowsItsPath_atEquality() {
    // 100 in 2010 to 80 in 2020: the path falls by 2 a year
    Target t = Target.builder().indicator("povertà").baseline(d("100")).baselineYear(2010)
        .value(d("80")).year(2020)
        .addObservation(Observation.of(2015, d("90")))
        .addObservation(Observation.of(2016, d("88.5")))
        .addObservation(Observation.of(2017, d("85.5")))
        .addObservation(Observation.of(2020, d("80"))).build();
    TargetProgress p = TargetProgress.of(t, Period.of(2015, 2020));
    assertEquals(new YearProgress(2015, Optional.of(d("90")), Optional.empty(), false, exact(900, 10),
        percent(-10, -20), TargetStatus.ON_TRACK, "observed 90 is on the path's 90.0"), p.year(2015).orElseThrow());
    assertEquals(TargetStatus.BEHIND, p.year(2016).orElseThrow().status()); // path 88
    assertEquals(TargetStatus.ON_TRACK, p.year(2017).orElseThrow().status()); // path 86
    assertEquals(new YearProgress(2020, Optional.of(d("80")), Optional.empty(), false, exact(80, 1),
        percent(20, 20), TargetStatus.ACHIEVED, "observed 80 meets the target 80"), p.year(2020).orElseThrow());
  }

  @Test
  void aTargetToKeep_isOnItsPathOnlyExactly() {
    // direction stated as KEEP, though the values differ: only equality counts, as for the target itself
    Target t = Target.builder().indicator("k").direction(Direction.KEEP).baseline(d("10")).baselineYear(2010)
        .value(d("20")).year(2020)
        .addObservation(Observation.of(2015, d("15")))
        .addObservation(Observation.of(2016, d("17")))
        .addObservation(Observation.of(2017, d("16")))
        .addObservation(Observation.of(2019, d("21")))
        .addObservation(Observation.of(2020, d("20"))).build();
    TargetProgress p = TargetProgress.of(t, Period.of(2015, 2020));
    assertEquals(TargetStatus.ON_TRACK, p.year(2015).orElseThrow().status());
    assertEquals("observed 17 falls short of the path's 16.0", p.year(2016).orElseThrow().detail());
    assertEquals(TargetStatus.BEHIND, p.year(2016).orElseThrow().status());
    assertEquals(TargetStatus.BEHIND, p.year(2017).orElseThrow().status()); // path 17
    assertEquals(TargetStatus.BEHIND, p.year(2019).orElseThrow().status());
    assertEquals(TargetStatus.ACHIEVED, p.year(2020).orElseThrow().status());
    // a kept target whose value equals its baseline: 100 % when kept, 0 % otherwise
    Target same = Target.builder().indicator("k").direction(Direction.KEEP).baseline(d("10")).value(d("10"))
        .build();
    assertEquals(percent(1, 1), TargetProgress.percentAchieved(same, d("10")));
    assertEquals(percent(0, 1), TargetProgress.percentAchieved(same, d("9")));
  }

  @Test
  void yesNoTarget_rowsSayAchievedOrNot_andHaveNoPath() {
    Target done = Target.builder().id("m1").indicator("Manifesto").measure(MeasureKind.YES_NO).year(2017)
        .addObservation(Observation.achieved(2016, false)).addObservation(Observation.achieved(2017, true)).build();
    IndicatorValue noPath = IndicatorValue.undefined(UndefinedReason.OUT_OF_DOMAIN, "a yes/no target has no path");
    assertEquals(List.of(
        new YearProgress(2015, Optional.empty(), Optional.empty(), false, noPath, nothingIn(2015),
            TargetStatus.NOT_MEASURED, "nothing observed"),
        // not achieved before its due year: not late yet, as a number without a path
        new YearProgress(2016, Optional.empty(), Optional.of(false), false, noPath, percent(0, 1),
            TargetStatus.NOT_MEASURED, "not achieved yet; due in 2017"),
        new YearProgress(2017, Optional.empty(), Optional.of(true), false, noPath, percent(1, 1),
            TargetStatus.ACHIEVED, "achieved")),
        TargetProgress.of(done, Period.of(2015, 2017)).years());
    assertEquals(2017, TargetProgress.of(done, Period.of(2015, 2017)).latest().orElseThrow().year());
    // not achieved in its due year and after: late; without a due year: not judged
    Target late = Target.builder().id("m2").indicator("Protocollo").measure(MeasureKind.YES_NO).year(2016)
        .addObservation(Observation.achieved(2016, false)).addObservation(Observation.achieved(2017, false)).build();
    assertEquals(List.of(TargetStatus.NOT_MEASURED, TargetStatus.BEHIND, TargetStatus.BEHIND),
        TargetProgress.of(late, Period.of(2015, 2017)).years().stream().map(YearProgress::status).toList());
    assertEquals("not achieved, due in 2016",
        TargetProgress.of(late, Period.of(2015, 2017)).year(2017).orElseThrow().detail());
    Target undated = Target.builder().id("m3").indicator("Regolamento").measure(MeasureKind.YES_NO)
        .addObservation(Observation.achieved(2017, false)).build();
    YearProgress y = TargetProgress.of(undated, Period.of(2015, 2017)).year(2017).orElseThrow();
    assertEquals(TargetStatus.NOT_MEASURED, y.status());
    assertEquals("not achieved; no due year to judge it by", y.detail());
    assertEquals("target 'm1' is yes/no: it has no percentage of a number", assertThrows(
        IllegalArgumentException.class, () -> TargetProgress.percentAchieved(done, BigDecimal.ONE)).getMessage());
  }

  @Test
  void expected_beforeTheBaselineAndAfterTheDueYear_isTheBaselineAndTheTarget() {
    Target t = associated().build();
    assertEquals(exact(19, 1), TargetProgress.expected(t, 2000));
    assertEquals(exact(19, 1), TargetProgress.expected(t, 2012));
    // the due year's value is the target as such, 30/1, not the end of the line, 150/5
    assertEquals(exact(30, 1), TargetProgress.expected(t, 2017));
    assertEquals(exact(30, 1), TargetProgress.expected(t, 2040));
    String missing = "target 'associata' needs a baseline, its year, a target value and its year for a straight path";
    IndicatorValue undefined = IndicatorValue.undefined(UndefinedReason.MISSING_INPUT, missing);
    Target full = associated().build();
    assertEquals(undefined, TargetProgress.expected(
        Target.builder().from(full).baseline(Optional.empty()).build(), 2014));
    assertEquals(undefined, TargetProgress.expected(
        Target.builder().from(full).baselineYear(Optional.empty()).build(), 2014));
    assertEquals(undefined, TargetProgress.expected(
        Target.builder().from(full).value(Optional.empty()).build(), 2014));
    assertEquals(undefined, TargetProgress.expected(
        Target.builder().from(full).year(Optional.empty()).build(), 2014));
  }
  @Test
  void theDetail_showsThePathsValueSoThatItAgreesWithTheStatus() {
    // 10 in 2010 to 20 in 2013: the path of 2011 is 40/3 = 13.333...; 13.33 is short of it, 13.34 on it.
    // Rounded to one decimal the text read "13.33 falls short of the path's 13.3".
    Target line = Target.builder().indicator("l").direction(Direction.INCREASE).baseline(d("10")).baselineYear(2010)
        .value(d("20")).year(2013).addObservation(Observation.of(2011, d("13.33")))
        .addObservation(Observation.of(2012, d("16.67"))).build();
    TargetProgress p = TargetProgress.of(line, Period.of(2010, 2013));
    assertEquals(TargetStatus.BEHIND, p.year(2011).orElseThrow().status());
    assertEquals("observed 13.33 falls short of the path's 13.34", p.year(2011).orElseThrow().detail());
    assertEquals(TargetStatus.ON_TRACK, p.year(2012).orElseThrow().status()); // path 50/3 = 16.666...
    assertEquals("observed 16.67 is on the path's 16.66", p.year(2012).orElseThrow().detail());
    // a stated path of 22.45: 22.46 is on it, 22.44 short of it; rounded, both read "the path's 22.5"
    Target stated = Target.builder().indicator("s").direction(Direction.INCREASE).baseline(d("20"))
        .baselineYear(2010).value(d("30")).year(2014).putPath(2011, d("22.45")).putPath(2012, d("22.45"))
        .addObservation(Observation.of(2011, d("22.46"))).addObservation(Observation.of(2012, d("22.44")))
        .build();
    TargetProgress q = TargetProgress.of(stated, Period.of(2010, 2014));
    assertEquals("observed 22.46 is on the path's 22.45", q.year(2011).orElseThrow().detail());
    assertEquals("observed 22.44 falls short of the path's 22.45", q.year(2012).orElseThrow().detail());
    // a falling target: 40/3 from 20 in 2010 to 10 in 2013 is 16.666... in 2011
    Target falling = Target.builder().indicator("f").direction(Direction.DECREASE).baseline(d("20"))
        .baselineYear(2010).value(d("10")).year(2013).addObservation(Observation.of(2011, d("16.67")))
        .build();
    assertEquals("observed 16.67 falls short of the path's 16.66",
        TargetProgress.of(falling, Period.of(2010, 2013)).year(2011).orElseThrow().detail());
  }
  @Test
  void observationsOutsideThePeriodAsked_haveTheirRows_andTheLatestIsTheLatest() {
    // 19 in 2012 to 30 in 2017, asked for 2015-2017; a figure of 2011 and one of 2019 were dropped, and
    // latest() gave 26 of 2015 for a target observed at 31 in 2019
    Target t = associated().addObservation(Observation.of(2011, d("18")))
        .addObservation(Observation.of(2015, d("26"))).addObservation(Observation.of(2019, d("31"))).build();
    TargetProgress p = TargetProgress.of(t, Period.of(2015, 2017));
    assertEquals(new YearProgress(2019, Optional.of(d("31")), Optional.empty(), false, exact(30, 1),
        percent(12, 11), TargetStatus.ACHIEVED, "observed 31 meets the target 30"), p.latest().orElseThrow());
    assertEquals(2011, p.years().get(0).year());
    assertEquals(2019, p.years().get(p.years().size() - 1).year());
    assertEquals(9, p.years().size());
    assertEquals(Optional.of(d("18")), p.year(2011).orElseThrow().observed());
    assertEquals(percent(-1, 11), p.year(2011).orElseThrow().percentAchieved());
  }
}
