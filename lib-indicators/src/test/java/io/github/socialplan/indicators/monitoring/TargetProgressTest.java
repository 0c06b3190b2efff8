package io.github.socialplan.indicators.monitoring;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import io.github.socialplan.core.json.SocialPlanJson;
import io.github.socialplan.core.plan.Direction;
import io.github.socialplan.core.plan.MeasureKind;
import io.github.socialplan.core.plan.Observation;
import io.github.socialplan.core.plan.Period;
import io.github.socialplan.core.plan.Plan;
import io.github.socialplan.core.plan.Target;
import io.github.socialplan.core.testing.PropertyRuns;
import io.github.socialplan.core.testing.ReferenceFiles;
import io.github.socialplan.core.testing.ReferenceTable;
import io.github.socialplan.indicators.result.IndicatorValue;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import org.junit.jupiter.api.Test;

class TargetProgressTest {

  private static final long SEED = 20_150_101L;

  private static Target associated() {
    return Target.builder().id("associata").indicator("% spesa associata").unit("percent")
        .baseline(new BigDecimal("19")).baselineYear(2012).value(new BigDecimal("30")).year(2017).build();
  }

  private static Target line(int base, int goal) {
    return Target.builder().indicator("x").baseline(BigDecimal.valueOf(base)).baselineYear(2012)
        .value(BigDecimal.valueOf(goal)).year(2017).build();
  }

  @Test
  void percentAchieved_is0AtTheBaselineAnd100AtTheTarget_whateverTheDirection() {
    qt().withFixedSeed(SEED).withExamples(PropertyRuns.examples(2_000))
        .forAll(integers().between(-1_000_000, 1_000_000), integers().between(-1_000_000, 1_000_000))
        .assuming((b, g) -> !b.equals(g))
        .checkAssert((b, g) -> {
          Target t = line(b, g);
          assertEquals(0, TargetProgress.percentAchieved(t, BigDecimal.valueOf(b)).rounded(6, RoundingMode.HALF_UP)
              .signum());
          assertEquals(0, new BigDecimal("100").compareTo(
              TargetProgress.percentAchieved(t, BigDecimal.valueOf(g)).rounded(6, RoundingMode.HALF_UP)));
        });
  }

  @Test
  void percentAchieved_growsAsTheObservedValueMovesTowardTheTarget() {
    qt().withFixedSeed(SEED).withExamples(PropertyRuns.examples(2_000))
        .forAll(integers().between(-10_000, 10_000), integers().between(-10_000, 10_000),
            integers().between(-30_000, 30_000), integers().between(0, 30_000))
        .assuming((b, g, o, step) -> !b.equals(g))
        .checkAssert((b, g, o, step) -> {
          Target t = line(b, g);
          // one step further in the target's direction
          long closer = g > b ? (long) o + step : (long) o - step;
          IndicatorValue before = TargetProgress.percentAchieved(t, BigDecimal.valueOf(o));
          IndicatorValue after = TargetProgress.percentAchieved(t, BigDecimal.valueOf(closer));
          assertTrue(after.rounded(9, RoundingMode.FLOOR).compareTo(before.rounded(9, RoundingMode.FLOOR)) >= 0,
              b + "->" + g + ": " + o + " gives " + before + ", " + closer + " gives " + after);
        });
  }

  @Test
  void baselineEqualToTarget_is100WhenKeptAnd0WhenNot() {
    Target keep = line(40, 40);
    assertEquals(new BigDecimal("100.0"), TargetProgress.percentAchieved(keep, new BigDecimal("40")).rounded());
    assertEquals(new BigDecimal("0.0"), TargetProgress.percentAchieved(keep, new BigDecimal("41")).rounded());
    Target atLeast = Target.builder().from(keep).direction(Direction.INCREASE).build();
    assertEquals(new BigDecimal("100.0"), TargetProgress.percentAchieved(atLeast, new BigDecimal("41")).rounded());
  }

  @Test
  void straightPath_19To30From2012To2017_statusOfEachObservedYear() {
    Target t = Target.builder().from(associated())
        .addObservation(Observation.of(2015, new BigDecimal("26")))   // path 2015: 19 + 3/5 × 11 = 25.6
        .addObservation(Observation.of(2016, new BigDecimal("27")))   // path 2016: 19 + 4/5 × 11 = 27.8
        .addObservation(Observation.of(2017, new BigDecimal("30"))).build();
    TargetProgress p = TargetProgress.of(t, Period.of(2015, 2017));
    assertEquals(List.of(2012, 2013, 2014, 2015, 2016, 2017), p.years().stream().map(YearProgress::year).toList());
    assertEquals(new BigDecimal("25.6"), p.year(2015).orElseThrow().expected().rounded());
    assertEquals(TargetStatus.ON_TRACK, p.year(2015).orElseThrow().status());
    assertEquals(new BigDecimal("63.6"), p.year(2015).orElseThrow().percentAchieved().rounded()); // 7 / 11
    assertEquals(TargetStatus.BEHIND, p.year(2016).orElseThrow().status());
    assertEquals(TargetStatus.ACHIEVED, p.year(2017).orElseThrow().status());
    assertEquals(TargetStatus.NOT_MEASURED, p.year(2013).orElseThrow().status());
    assertEquals(2017, p.latest().orElseThrow().year());
  }

  @Test
  void statedPath_isUsedForItsYears() {
    Target t = Target.builder().from(associated()).putPath(2016, new BigDecimal("21"))
        .addObservation(Observation.of(2016, new BigDecimal("22"))).build();
    YearProgress y = TargetProgress.of(t, Period.of(2015, 2017)).year(2016).orElseThrow();
    assertEquals(new BigDecimal("21.0"), y.expected().rounded());
    assertEquals(TargetStatus.ON_TRACK, y.status());
  }

  @Test
  void decreasingTarget_isOnTrackBelowThePath() {
    Target t = Target.builder().indicator("povertà").baseline(new BigDecimal("100")).baselineYear(2010)
        .value(new BigDecimal("80")).year(2020)
        .addObservation(Observation.of(2015, new BigDecimal("89"))).build();   // path 2015: 90
    assertEquals(TargetStatus.ON_TRACK, TargetProgress.of(t, Period.of(2015, 2020)).year(2015).orElseThrow().status());
  }

  @Test
  void withoutBaseline_progressIsUndefinedWithItsReason() {
    Target raised = Target.builder().indicator("fondi raccolti").unit("euro").value(new BigDecimal("700000"))
        .year(2017).addObservation(Observation.of(2016, new BigDecimal("300000"))).build();
    YearProgress y = TargetProgress.of(raised, Period.of(2015, 2017)).year(2016).orElseThrow();
    assertFalse(y.percentAchieved().isDefined());
    assertEquals("target 'fondi raccolti' has no baseline", y.percentAchieved().detail());
    assertEquals(TargetStatus.NOT_MEASURED, y.status());
  }

  @Test
  void yesNoOutcomes_countedPerPlanAndObjective() {
    Target done = Target.builder().id("m1").objective("o").indicator("Manifesto").measure(MeasureKind.YES_NO)
        .addObservation(Observation.achieved(2016, false)).addObservation(Observation.achieved(2017, true)).build();
    Target notYet = Target.builder().id("m2").objective("o").indicator("Protocollo").measure(MeasureKind.YES_NO)
        .addObservation(Observation.achieved(2016, false)).build();
    Target never = Target.builder().id("m3").indicator("Regolamento").measure(MeasureKind.YES_NO).build();
    assertEquals(new OutcomeSummary(1, 1, 1), OutcomeSummary.of(List.of(done, notYet, never, associated())));
    YearProgress y = TargetProgress.of(done, Period.of(2015, 2017)).year(2017).orElseThrow();
    assertEquals(TargetStatus.ACHIEVED, y.status());
    assertEquals(new BigDecimal("100.0"), y.percentAchieved().rounded());
  }

  @Test
  void cremona_theTwoTargetsOf4point3point1_fromThePlanFile() throws IOException {
    Plan plan = SocialPlanJson.read(ReferenceFiles.folder().getParent().resolve("plans/cremona-pdz-2015-2017.json"),
        Plan.class);
    ReferenceTable spending = ReferenceTable.read("cremona-2012-social-spending.csv");
    Target jointly = plan.targets().stream().filter(t -> t.id().orElseThrow().equals("pct-spesa-programmata-congiunta"))
        .findFirst().orElseThrow();
    Target associated = plan.targets().stream().filter(t -> t.id().orElseThrow().equals("pct-spesa-associata"))
        .findFirst().orElseThrow();
    assertEquals(new BigDecimal(ReferenceTable.fact("pct_spending_programmed_jointly_2012")), jointly.baseline().get());
    assertEquals(new BigDecimal(ReferenceTable.fact("target_pct_spending_programmed_jointly")), jointly.value().get());
    assertEquals(new BigDecimal(ReferenceTable.fact("pct_spending_associated_2012")), associated.baseline().get());
    assertEquals(new BigDecimal(ReferenceTable.fact("target_pct_spending_associated_2017")), associated.value().get());
    // the 2012 associated share computed from the spending table rounds to the baseline
    var row = spending.rows().get(0);
    BigDecimal share = new BigDecimal(row.get("associated_spending")).multiply(BigDecimal.valueOf(100))
        .divide(new BigDecimal(row.get("total_spending")), 0, RoundingMode.HALF_UP);
    assertEquals(0, share.compareTo(associated.baseline().get()));
    for (Target t : List.of(jointly, associated)) {
      TargetProgress p = TargetProgress.of(t, plan.period());
      YearProgress y2012 = p.year(2012).orElseThrow();
      assertTrue(y2012.baseline());
      assertEquals(new BigDecimal("0.0"), y2012.percentAchieved().rounded());
      assertEquals(TargetStatus.ON_TRACK, y2012.status());
      for (int y = 2013; y <= 2017; y++) {
        assertEquals(TargetStatus.NOT_MEASURED, p.year(y).orElseThrow().status(), "no figure after 2012: " + y);
      }
      assertTrue(p.latest().isEmpty());
    }
  }
}
