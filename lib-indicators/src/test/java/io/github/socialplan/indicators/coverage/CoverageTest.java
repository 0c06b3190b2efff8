package io.github.socialplan.indicators.coverage;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.socialplan.core.population.AgeBand;
import io.github.socialplan.core.population.Population;
import io.github.socialplan.indicators.result.UndefinedReason;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class CoverageTest {

  @Test
  void nidoCoverage_isUsersOverChildrenAged0to2() {
    Population p = Population.builder("019036", 2014).male(0, 300).female(1, 310).male(2, 290)
        .female(3, 999).build();
    // 90 users / 900 children aged 0-2 = 10%
    assertEquals("10.0", Coverage.of(90, p, AgeBand.of(0, 2)).format());
    assertEquals("25.0", Coverage.of(1, 4).format());
    assertEquals("125.0", Coverage.of(5, 4).format());
  }

  @Test
  void emptyTarget_isUndefinedNamingTheBand() {
    Population p = Population.builder("019036", 2014).male(40, 10).build();
    var v = Coverage.of(3, p, AgeBand.of(0, 2));
    assertEquals(Optional.of(UndefinedReason.ZERO_DENOMINATOR), v.reason());
    assertTrue(v.detail().contains("0-2") && v.detail().contains("019036"), v.detail());
    assertEquals(Optional.of(UndefinedReason.ZERO_DENOMINATOR), Coverage.of(0, 0).reason());
  }

  @Test
  void negativeCounts_areRejectedNamingThem() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Coverage.of(-2, 4));
    assertTrue(e.getMessage().contains("-2"), e.getMessage());
    Population p = Population.builder("019036", 2014).build();
    e = assertThrows(IllegalArgumentException.class, () -> Coverage.of(-3, p, AgeBand.of(0, 2)));
    assertTrue(e.getMessage().contains("-3") && e.getMessage().contains("019036"), e.getMessage());
  }

  /**
   * A population with no territory named (as Spark's functions and sums make them) is "(unnamed
   * territory)" in messages, as the demographic indicators name it: the messages read "in  is 0", "in : -3".
   */
  @Test
  void anUnnamedTerritory_isNamedSoInMessages() {
    Population p = Population.builder("", 2014).male(40, 10).build();
    assertEquals("zero denominator: residents aged 0-2 in (unnamed territory) is 0",
        Coverage.of(3, p, AgeBand.of(0, 2)).detail());
    assertEquals("users must be >= 0 in (unnamed territory): -3", assertThrows(IllegalArgumentException.class,
        () -> Coverage.of(-3, p, AgeBand.of(0, 2))).getMessage());
  }
}
