package io.github.socialplan.core.fuzz;

import static org.quicktheories.QuickTheory.qt;

import io.github.socialplan.core.testing.FileMutator;
import io.github.socialplan.core.testing.ReaderProperties;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/**
 * The short fuzzing run of {@code mvn verify}: a few hundred mutants of each real file, with fixed seeds,
 * through the same properties as the coverage-guided {@link ReadersFuzzTest}. Each test is bounded in time
 * as a whole, so a hang fails it instead of stalling the build.
 */
class ReaderMutationTest {

  private static final long SEED = 20_151_017L;
  private static final int EXAMPLES = 300;

  /** Mutants of {@code base}, the choices drawn from QuickTheories' randomness. */
  static Gen<byte[]> mutants(byte[] base) {
    return r -> FileMutator.mutate(base, bound -> bound <= 1 ? 0 : Generate.range(0, bound - 1).generate(r));
  }

  private static void check(byte[] base, Consumer<byte[]> property) {
    qt().withFixedSeed(SEED).withExamples(EXAMPLES).withShrinkCycles(50).forAll(mutants(base))
        .checkAssert(property);
  }

  @Test
  @Timeout(120)
  void posas() {
    byte[] base = ReaderProperties.posasBase();
    check(base, b -> ReaderProperties.posas(b, true));
    check(base, b -> ReaderProperties.posas(b, false));
  }

  @Test
  @Timeout(120)
  void comuniList() {
    check(ReaderProperties.comuniBase(), b -> ReaderProperties.comuniList(b, true));
    check(ReaderProperties.file("real/cremona-province-comuni-2022.csv"), b -> ReaderProperties.comuniList(b, false));
  }

  @Test
  @Timeout(60)
  void partition() {
    check(ReaderProperties.partitionBase(), ReaderProperties::partition);
  }

  @Test
  @Timeout(60)
  void planTable() {
    check(ReaderProperties.planBase(), ReaderProperties::planTable);
  }

  @Test
  @Timeout(120)
  void json() {
    check(ReaderProperties.planJsonBase(), ReaderProperties::planJson);
    check(ReaderProperties.populationJsonBase(), ReaderProperties::populationJson);
    check(ReaderProperties.registryJsonBase(), ReaderProperties::registryJson);
  }
}
