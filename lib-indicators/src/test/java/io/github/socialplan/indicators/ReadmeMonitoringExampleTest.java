package io.github.socialplan.indicators;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.socialplan.core.json.SocialPlanJson;
import io.github.socialplan.core.plan.Plan;
import io.github.socialplan.core.plan.Target;
import io.github.socialplan.indicators.monitoring.TargetProgress;
import io.github.socialplan.indicators.monitoring.TargetStatus;
import io.github.socialplan.indicators.monitoring.YearProgress;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** README's plan-monitoring snippet, run as written (the working directory is the project root). */
class ReadmeMonitoringExampleTest {

  @Test
  void readmeSnippet_cremonaAssociatedSpendingTarget() throws IOException {
    // --- README snippet starts ---
    Plan cremona = SocialPlanJson.read(Path.of("data/plans/cremona-pdz-2015-2017.json"), Plan.class);
    Target associated = cremona.targets().get(1);   // 19 % of spending associated in 2012, at least 30 % by 2017
    TargetProgress progress = TargetProgress.of(associated, cremona.period());
    YearProgress y2015 = progress.year(2015).orElseThrow();
    String path = y2015.expected().format();        // "25.6": the straight path from 2012 to 2017
    TargetStatus status = y2015.status();           // NOT_MEASURED: the plan gives no 2015 figure
    String pct = TargetProgress.percentAchieved(associated, new BigDecimal("26")).format(); // "63.6"
    // --- README snippet ends ---
    // 19 + 3/5 × (30 − 19) = 25.6 and (26 − 19) / (30 − 19) = 63.6 %
    assertEquals("25.6", path);
    assertEquals(TargetStatus.NOT_MEASURED, status);
    assertEquals("63.6", pct);
    assertEquals(new BigDecimal("19"), associated.baseline().orElseThrow());
    assertEquals(2012, associated.baselineYear().orElseThrow());
    assertEquals(0, new BigDecimal("30").compareTo(associated.value().orElseThrow()));
    assertEquals(2017, associated.year().orElseThrow());
  }
}
