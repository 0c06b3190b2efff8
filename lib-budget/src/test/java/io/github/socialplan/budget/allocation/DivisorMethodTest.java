package io.github.socialplan.budget.allocation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

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
}
