package io.github.socialplan.core.italy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;

import io.github.socialplan.core.territory.IstatCode;
import io.github.socialplan.core.testing.PropertyRuns;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.quicktheories.generators.SourceDSL;

/**
 * A crosswalk between any two dates of the embedded registry accounts for every source value once: it lands
 * in one target's value, or is reported as not mapped, or is held back by a target that gets no value.
 */
class CrosswalkPropertiesTest {

  private static final long SEED = 20_170_101L;
  private static final ItalyRegistry ITALY = ItalyRegistry.embedded();
  private static final long FIRST = ITALY.firstDate().toEpochDay();
  private static final long LAST = LocalDate.of(2023, 5, 16).toEpochDay();

  @Test
  void everySourceValueIsCountedOnce_inATarget_notMapped_orHeldBack() {
    qt().withFixedSeed(SEED).withExamples(PropertyRuns.examples(8))
        .forAll(SourceDSL.longs().between(FIRST, LAST), SourceDSL.longs().between(0, 40 * 366))
        .checkAssert((start, span) -> {
          LocalDate from = LocalDate.ofEpochDay(start);
          LocalDate to = LocalDate.ofEpochDay(Math.min(LAST, start + span));
          Crosswalk cw = Crosswalk.between(ITALY, Variations.none(), from, to);
          Map<IstatCode, Long> values = new HashMap<>();
          for (ComunePeriod p : ITALY.validOn(from)) {
            values.put(p.code(), 1L + p.code().number() % 97);
          }
          Crosswalk.Result<Long> r = cw.mapCounts(values);
          Set<IstatCode> counted = new HashSet<>();
          long sum = 0;
          for (ComunePeriod t : ITALY.validOn(to)) {
            long parts = 0;
            for (IstatCode s : cw.sourcesOf(t.code())) {
              assertTrue(counted.add(s), () -> s + " is a source of two comuni of " + to);
              parts += values.get(s);
            }
            Long v = r.values().get(t.code());
            assertEquals(v != null, !r.missing().containsKey(t.code()), t + " has a value or a reason");
            if (v != null) {
              assertEquals(parts, v, () -> t + " from " + cw.sourcesOf(t.code()));
            }
            sum += parts;
          }
          for (Crosswalk.Entry e : r.notMapped()) {
            assertTrue(counted.add(e.source().code()), e::message);
            sum += values.get(e.source().code());
          }
          assertEquals(values.keySet(), counted, from + " -> " + to);
          assertEquals(values.values().stream().mapToLong(Long::longValue).sum(), sum, from + " -> " + to);
        });
  }
}
