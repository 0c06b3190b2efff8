package io.github.socialplan.indicators.fuzz;

import static org.quicktheories.QuickTheory.qt;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import io.github.socialplan.core.testing.FileMutator;
import io.github.socialplan.indicators.result.DisplayFormat;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.quicktheories.generators.Generate;

/**
 * Fuzzing of {@code DashboardCsvReader}: a short QuickTheories run over mutants of a real export in both
 * layouts under {@code mvn verify}, and a coverage-guided Jazzer target for long runs
 * ({@code JAZZER_FUZZ=1}).
 */
class DashboardCsvFuzzTest {

  private static final byte[] DOTS = DashboardCsvFuzzing.base(DisplayFormat.DEFAULT);
  private static final byte[] COMMAS = DashboardCsvFuzzing.base(DisplayFormat.italian());

  @Test
  @Timeout(120)
  void mutantsOfARealExport_readOrAreRefused() {
    for (byte[] base : new byte[][] {DOTS, COMMAS}) {
      qt().withFixedSeed(20_151_017L).withExamples(300).withShrinkCycles(50)
          .forAll(r -> FileMutator.mutate(base, b -> b <= 1 ? 0 : Generate.range(0, b - 1).generate(r)))
          .checkAssert(DashboardCsvFuzzing::check);
    }
  }

  @FuzzTest(maxDuration = "75s")
  void dashboardCsv(FuzzedDataProvider data) {
    byte[] base = data.consumeBoolean() ? DOTS : COMMAS;
    if (data.consumeInt(0, 7) == 0) {
      DashboardCsvFuzzing.check(data.consumeRemainingAsBytes());
    } else {
      DashboardCsvFuzzing.check(FileMutator.mutate(base, b -> data.consumeInt(0, b - 1)));
    }
  }
}
