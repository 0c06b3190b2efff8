package io.github.socialplan.budget.allocation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;
import static org.quicktheories.generators.SourceDSL.longs;

import io.github.socialplan.core.testing.PropertyRuns;
import java.math.BigInteger;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class DivisorMethodTest {

  // The textbook example: 100,000 / 80,000 / 30,000 / 20,000 votes, 8 seats.
  private static final Weights VOTES =
      Weights.of(new String[] {"A", "B", "C", "D"}, new long[] {100_000, 80_000, 30_000, 20_000});

  @Test
  void dHondt_textbookExample_is4_3_1_0() {
    assertEquals(Map.of("A", 4L, "B", 3L, "C", 1L, "D", 0L), DivisorMethod.D_HONDT.apportion(8, VOTES));
  }

  @Test
  void sainteLague_textbookExample_is3_3_1_1() {
    assertEquals(Map.of("A", 3L, "B", 3L, "C", 1L, "D", 1L), DivisorMethod.SAINTE_LAGUE.apportion(8, VOTES));
  }

  @Test
  void apportion_tieGoesToSmallerIdWhateverTheOrder() {
    Weights ab = Weights.of(new String[] {"b", "a"}, new long[] {1, 1});
    assertEquals(Map.of("a", 1L, "b", 0L), DivisorMethod.D_HONDT.apportion(1, ab));
    assertEquals(List.of("b", "a"), List.copyOf(DivisorMethod.D_HONDT.apportion(1, ab).keySet()));
  }

  @Test
  void apportion_negativeSeats_isRejected() {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> DivisorMethod.D_HONDT.apportion(-1, VOTES));
    assertEquals("seats must be >= 0: -1", e.getMessage());
  }

  @Test
  void apportion_allZeroWeights_isRejected() {
    Weights zero = Weights.of(new String[] {"a"}, new long[] {0});
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> DivisorMethod.SAINTE_LAGUE.apportion(3, zero));
    assertEquals("no recipient with a positive weight among 1: seats are undefined", e.getMessage());
  }
  /**
   * The rule as the class comment states it, one seat at a time to the largest quotient {@code w / d(s)},
   * ties to the larger weight, then the smaller id: the oracle for small seat counts.
   */
  private static long[] seatBySeat(long slope, long seats, long[] w, String[] ids) {
    long[] got = new long[w.length];
    for (long s = 0; s < seats; s++) {
      int best = -1;
      for (int i = 0; i < w.length; i++) {
        if (w[i] == 0) {
          continue;
        }
        if (best < 0) {
          best = i;
          continue;
        }
        // w_i / d_i > w_best / d_best
        BigInteger left = BigInteger.valueOf(w[i]).multiply(BigInteger.valueOf(slope * got[best] + 1));
        BigInteger right = BigInteger.valueOf(w[best]).multiply(BigInteger.valueOf(slope * got[i] + 1));
        int cmp = left.compareTo(right);
        if (cmp > 0 || cmp == 0 && (w[i] > w[best] || w[i] == w[best] && ids[i].compareTo(ids[best]) < 0)) {
          best = i;
        }
      }
      got[best]++;
    }
    return got;
  }

  @Test
  void property_bothMethods_giveWhatSeatBySeatGives() {
    qt().withFixedSeed(20_151_231L)
        .withExamples(PropertyRuns.examples(500))
        .forAll(lists().of(longs().between(0, 50)).ofSizeBetween(1, 12), integers().between(0, 120))
        .assuming((ws, seats) -> ws.stream().anyMatch(x -> x > 0))
        .checkAssert((ws, seats) -> {
          long[] w = ws.stream().mapToLong(Long::longValue).toArray();
          String[] ids = new String[w.length];
          for (int i = 0; i < ids.length; i++) {
            ids[i] = String.format(java.util.Locale.ROOT, "r%02d", ids.length - 1 - i); // not in input order
          }
          Weights weights = Weights.of(ids, w);
          for (DivisorMethod m : DivisorMethod.values()) {
            long[] expected = seatBySeat(m == DivisorMethod.D_HONDT ? 1 : 2, seats, w, ids);
            Map<String, Long> got = m.apportion(seats, weights);
            for (int i = 0; i < ids.length; i++) {
              assertEquals(expected[i], got.get(ids[i]), m + " " + ws + " " + seats + " seats, " + ids[i]);
            }
          }
        });
  }

  @Test
  void aBillionBillionSeats_areApportionedByTheDivisorCriterion_notOneAtATime() {
    // seat by seat this was 10^18 steps; the apportionment must still be the divisor method's: a level
    // lambda with every quotient of a seat given at or above it and every next quotient at or below it
    long seats = 1_000_000_000_000_000_000L;
    for (DivisorMethod m : DivisorMethod.values()) {
      long slope = m == DivisorMethod.D_HONDT ? 1 : 2;
      Map<String, Long> got = m.apportion(seats, VOTES);
      assertEquals(seats, got.values().stream().mapToLong(Long::longValue).sum());
      long[] w = {100_000, 80_000, 30_000, 20_000};
      String[] ids = {"A", "B", "C", "D"};
      for (int i = 0; i < 4; i++) {
        for (int j = 0; j < 4; j++) {
          // the last seat of i (quotient w_i / d(s_i - 1)) is at least the next of j (w_j / d(s_j))
          long si = got.get(ids[i]);
          long sj = got.get(ids[j]);
          BigInteger last = BigInteger.valueOf(w[i]).multiply(BigInteger.valueOf(slope * sj + 1));
          BigInteger next = BigInteger.valueOf(w[j]).multiply(BigInteger.valueOf(slope * (si - 1) + 1));
          assertTrue(last.compareTo(next) >= 0, m + ": " + got);
        }
      }
      // D'Hondt gives each at least the whole part of its quota: 10^18 * 100000 / 230000 = 434782608695652173.9
      if (m == DivisorMethod.D_HONDT) {
        assertTrue(got.get("A") >= 434_782_608_695_652_173L, got.toString());
      }
    }
  }
}
