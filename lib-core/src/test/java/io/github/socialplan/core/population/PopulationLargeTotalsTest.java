package io.github.socialplan.core.population;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Births and deaths may be any long; a sum of populations whose totals pass it is refused in the library's
 * words, naming the total and the sum, not with {@code ArithmeticException: long overflow}. Foreign residents
 * are some of the residents, never more.
 */
class PopulationLargeTotalsTest {

  private static final long FIVE_E18 = 5_000_000_000_000_000_000L;

  @Test
  void optionalTotalsPastALong_areRefusedByName() {
    Population p = Population.builder("019036", 2014).male(30, 1).foreignResidents(1).births(FIVE_E18).build();
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> p.plus(p));
    assertEquals("births of the sum 019036, 2014 add up to more than 9223372036854775807", e.getMessage());
    Population q = Population.builder("019098", 2014).deaths(FIVE_E18).build();
    e = assertThrows(IllegalArgumentException.class, () -> Population.sum("ambito", 2014, List.of(q, q, q)));
    assertEquals("deaths of the sum ambito, 2014 add up to more than 9223372036854775807", e.getMessage());
  }

  @Test
  void optionalTotalsUpToALong_areAdded() {
    Population a = Population.builder("019036", 2014).births(Long.MAX_VALUE - 1).build();
    Population b = Population.builder("019098", 2014).births(1).build();
    assertEquals(Long.MAX_VALUE, a.plus(b).births().getAsLong());
  }

  @Test
  void foreignResidentsPastTheResidents_areRefusedNamingBoth() {
    Population.Builder b = Population.builder("019036", 2014).male(30, 6).female(31, 4).foreignResidents(11);
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, b::build);
    assertEquals("population of '019036' in 2014: 11 foreign residents, more than its 10 residents",
        e.getMessage());
    Population p = Population.builder("019036", 2014).male(30, 6).female(31, 4).build();
    assertEquals(10, p.withVitalStatistics(10, -1, -1).foreignResidents().getAsLong());
    assertThrows(IllegalArgumentException.class, () -> p.withVitalStatistics(11, -1, -1));
  }
}
