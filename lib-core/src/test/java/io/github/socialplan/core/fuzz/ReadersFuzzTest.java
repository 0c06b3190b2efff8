package io.github.socialplan.core.fuzz;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import io.github.socialplan.core.testing.FileMutator;
import io.github.socialplan.core.testing.ReaderProperties;

/**
 * Coverage-guided fuzzing of the readers of untrusted input with Jazzer. Under {@code mvn verify} these
 * run as regression tests (the inputs stored next to this class, if any, and an empty one); with the
 * environment variable {@code JAZZER_FUZZ=1} Jazzer fuzzes one of them, chosen with {@code -Dtest}, for at
 * most its {@code maxDuration}. The fuzzer steers the edits that {@link FileMutator} makes to a real file,
 * or, for one input in eight, gives raw bytes; the property is the one of {@link ReaderProperties}.
 */
class ReadersFuzzTest {

  private static final byte[] POSAS = ReaderProperties.posasBase();
  private static final byte[] COMUNI = ReaderProperties.comuniBase();
  private static final byte[] PARTITION = ReaderProperties.partitionBase();
  private static final byte[] PLAN = ReaderProperties.planBase();
  private static final byte[] PLAN_JSON = ReaderProperties.planJsonBase();
  private static final byte[] POPULATION_JSON = ReaderProperties.populationJsonBase();
  private static final byte[] REGISTRY_JSON = ReaderProperties.registryJsonBase();

  /** A mutant of {@code base} steered by the fuzzer's data, or the data itself. */
  static byte[] input(byte[] base, FuzzedDataProvider data) {
    if (data.consumeInt(0, 7) == 0) {
      return data.consumeRemainingAsBytes();
    }
    return FileMutator.mutate(base, bound -> data.consumeInt(0, bound - 1));
  }

  @FuzzTest(maxDuration = "75s")
  void posas(FuzzedDataProvider data) {
    boolean skip = data.consumeBoolean();
    ReaderProperties.posas(input(POSAS, data), skip);
  }

  @FuzzTest(maxDuration = "75s")
  void comuniList(FuzzedDataProvider data) {
    ReaderProperties.comuniList(input(COMUNI, data), true);
  }

  @FuzzTest(maxDuration = "75s")
  void partition(FuzzedDataProvider data) {
    ReaderProperties.partition(input(PARTITION, data));
  }

  @FuzzTest(maxDuration = "75s")
  void planTable(FuzzedDataProvider data) {
    ReaderProperties.planTable(input(PLAN, data));
  }

  @FuzzTest(maxDuration = "75s")
  void planJson(FuzzedDataProvider data) {
    ReaderProperties.planJson(input(PLAN_JSON, data));
  }

  @FuzzTest(maxDuration = "75s")
  void populationJson(FuzzedDataProvider data) {
    ReaderProperties.populationJson(input(POPULATION_JSON, data));
  }

  @FuzzTest(maxDuration = "75s")
  void registryJson(FuzzedDataProvider data) {
    ReaderProperties.registryJson(input(REGISTRY_JSON, data));
  }
}
