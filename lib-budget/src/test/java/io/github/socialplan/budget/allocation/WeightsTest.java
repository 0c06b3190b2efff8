package io.github.socialplan.budget.allocation;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Weights: how they are held (scale, long or BigInteger), each input check, and what they are equal by. */
class WeightsTest {

  @Test
  void decimalWeights_shareTheLargestScale_andReadBackAsGiven() {
    Weights w = Weights.builder().add("a", new BigDecimal("1.5")).add("b", new BigDecimal("0.125"))
        .add("c", 2).add("d", new BigDecimal("3.000")).build();
    // scale 3: 1500, 125, 2000, 3000
    assertArrayEquals(new long[] {1_500, 125, 2_000, 3_000}, w.smallInts());
    assertEquals(new BigDecimal("1.500"), w.weight("a"));
    assertEquals(new BigDecimal("0.125"), w.weight("b"));
    assertEquals(new BigDecimal("2.000"), w.weight("c"));
    assertEquals(List.of("a", "b", "c", "d"), w.ids());
    assertEquals(4, w.size());
    assertEquals(2, w.indexOf("c"));
    assertEquals(-1, w.indexOf("e"));
    assertEquals("not a recipient: e", assertThrows(IllegalArgumentException.class, () -> w.weight("e")).getMessage());
    assertEquals("Weights{a=1.500, b=0.125, c=2.000, d=3.000}", w.toString());
  }

  @Test
  void weightsWrittenWithAnExponent_areWholeNumbers() {
    // 2E+3 has a negative scale: it is 2000 at scale 0
    Weights w = Weights.builder().add("a", new BigDecimal("2E+3")).add("b", 1000).build();
    assertArrayEquals(new long[] {2_000, 1_000}, w.smallInts());
    assertEquals(new BigDecimal("2000"), w.weight("a"));
    assertEquals(0, w.weight("a").scale());
  }

  @Test
  void eighteenDecimals_areAccepted_nineteenAreRefused() {
    Weights w = Weights.builder().add("a", new BigDecimal("0.000000000000000001")).add("b", BigDecimal.ZERO).build();
    assertArrayEquals(new long[] {1, 0}, w.smallInts());
    assertEquals("weight of recipient a has more than 18 decimals: 0.0000000000000000001",
        assertThrows(IllegalArgumentException.class,
            () -> Weights.builder().add("a", new BigDecimal("0.0000000000000000001"))).getMessage());
    // trailing zeros do not count as decimals
    assertEquals(new BigDecimal("1"), Weights.builder().add("a", new BigDecimal("1.0000000000000000000")).build()
        .weight("a"));
  }

  @Test
  void aWeightOfMoreThanAHundredIntegerDigits_isRefusedNamingTheRecipient_beforeItCostsMillionsOfDigits() {
    // 10^99 has 100 integer digits, the most a weight may have; 10^100 has 101
    assertEquals(BigInteger.TEN.pow(99), Weights.builder().add("a", new BigDecimal("1e99")).build().intAt(0));
    assertEquals("weight of recipient a has more than 100 integer digits: 1E+100",
        assertThrows(IllegalArgumentException.class,
            () -> Weights.builder().add("a", new BigDecimal("1e100"))).getMessage());
    // 1e9999999, a dozen characters, took 13 seconds to become its integer weight
    assertEquals("weight of recipient a has more than 100 integer digits: 1E+9999999",
        assertThrows(IllegalArgumentException.class,
            () -> Weights.builder().add("a", new BigDecimal("1e9999999"))).getMessage());
    // and a message never prints a billion digits: these took a minute to be refused
    assertEquals("weight of recipient b has more than 18 decimals: 1E-999999999",
        assertThrows(IllegalArgumentException.class,
            () -> Weights.builder().add("b", new BigDecimal("1e-999999999"))).getMessage());
    assertEquals("weight of recipient c must be >= 0: -1E-999999999", assertThrows(IllegalArgumentException.class,
        () -> Weights.of(Map.of("c", new BigDecimal("-1e-999999999")))).getMessage());
  }

  @Test
  void arrays_ofDifferentLengthsOrWithANullId_areRefused() {
    assertEquals("ids and weights differ in length: 2 ids, 1 weights", assertThrows(IllegalArgumentException.class,
        () -> Weights.of(new String[] {"a", "b"}, new long[] {1})).getMessage());
    assertEquals("ids[1]", assertThrows(NullPointerException.class,
        () -> Weights.of(new String[] {"a", null}, new long[] {1, 2})).getMessage());
    assertEquals("recipient a is given twice", assertThrows(IllegalArgumentException.class,
        () -> Weights.of(new String[] {"a", "a"}, new long[] {1, 2})).getMessage());
    Weights zero = Weights.of(new String[] {"a"}, new long[] {0});
    assertTrue(zero.allZero());
    assertArrayEquals(new long[] {0}, zero.smallInts());
    assertTrue(Weights.of(new String[0], new long[0]).allZero());
  }

  @Test
  void arraysWhoseSumPassesALong_areHeldAsBigIntegers_evenWhenTheLastOneBringsItBack() {
    // Long.MAX_VALUE + 1 wraps to Long.MIN_VALUE, two more Long.MAX_VALUE bring the long sum back to a positive
    // 2^63 - 2; the exact sum 3 * 2^63 - 2 is far from a long
    long max = Long.MAX_VALUE;
    Weights w = Weights.of(new String[] {"a", "b", "c", "d"}, new long[] {max, 1, max, max});
    assertNull(w.smallInts());
    BigInteger bigMax = BigInteger.valueOf(max);
    assertArrayEquals(new BigInteger[] {bigMax, BigInteger.ONE, bigMax, bigMax}, w.bigInts());
    assertFalse(w.allZero());
    assertEquals(BigInteger.ONE, w.intAt(1));
    assertEquals(new BigDecimal(Long.MAX_VALUE), w.weight("a"));
  }

  @Test
  void bigWeights_allZeroOnlyWhenEveryOneIs() {
    Weights w = Weights.builder().add("a", new BigDecimal("1e19")).add("b", 0).build();
    assertNull(w.smallInts());
    assertFalse(w.allZero());
    BigInteger[] copy = w.bigInts();
    copy[0] = BigInteger.TEN;
    assertEquals(new BigDecimal("1e19").toBigIntegerExact(), w.intAt(0), "bigInts is a copy");
    // weights over the same ids from integers that are all zero
    Weights zeros = Weights.ofIntegers(new String[] {"a", "b"},
        new BigInteger[] {BigInteger.ZERO, BigInteger.ZERO}, w.index());
    assertTrue(zeros.allZero());
    assertNotNull(zeros.smallInts());
  }

  @Test
  void ofIntegers_keepsLongsWhileTheSumFits() {
    Map<String, Integer> index = Map.of("a", 0, "b", 1);
    BigInteger max = BigInteger.valueOf(Long.MAX_VALUE);
    Weights fits = Weights.ofIntegers(new String[] {"a", "b"}, new BigInteger[] {max.subtract(BigInteger.ONE),
        BigInteger.ONE}, index);
    assertArrayEquals(new long[] {Long.MAX_VALUE - 1, 1}, fits.smallInts());
    BigInteger[] ints = {max, BigInteger.ONE};
    Weights big = Weights.ofIntegers(new String[] {"a", "b"}, ints, index);
    assertNull(big.smallInts());
    ints[0] = BigInteger.ZERO;
    assertEquals(max, big.intAt(0), "the array is copied");
    assertFalse(big.allZero());
  }

  @Test
  void asMap_isInRecipientOrder() {
    Weights w = Weights.builder().add("z", 3).add("a", 1).build();
    Map<String, BigDecimal> expected = new LinkedHashMap<>();
    expected.put("z", BigDecimal.valueOf(3));
    expected.put("a", BigDecimal.ONE);
    assertEquals(expected, w.asMap());
    assertEquals(List.of("z", "a"), List.copyOf(w.asMap().keySet()));
    assertThrows(UnsupportedOperationException.class, () -> w.asMap().clear());
    assertEquals(w, Weights.of(expected));
  }

  @Test
  void equality_isByWeightsAndOrder() {
    Weights za = Weights.builder().add("z", 3).add("a", 1).build();
    assertEquals(za, Weights.of(new String[] {"z", "a"}, new long[] {3, 1}));
    assertEquals(za.hashCode(), Weights.of(new String[] {"z", "a"}, new long[] {3, 1}).hashCode());
    // 3 and 3.0 are the same weight
    assertEquals(za, Weights.builder().add("z", new BigDecimal("3.0")).add("a", 1).build());
    Weights az = Weights.builder().add("a", 1).add("z", 3).build();
    assertNotEquals(za, az);
    Weights other = Weights.builder().add("z", 3).add("a", 2).build();
    assertNotEquals(za, other);
    assertNotEquals(za.hashCode(), other.hashCode());
    assertNotEquals(za, null);
    assertNotEquals(za, za.toString());
  }
}
