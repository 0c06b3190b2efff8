package io.github.socialplan.report.html;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.socialplan.core.plan.Observation;
import io.github.socialplan.core.plan.Period;
import io.github.socialplan.core.plan.Plan;
import io.github.socialplan.core.plan.Target;
import io.github.socialplan.report.Language;
import java.math.BigDecimal;
import java.util.List;
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
}
