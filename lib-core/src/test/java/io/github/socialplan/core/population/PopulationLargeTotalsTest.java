package io.github.socialplan.core.population;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Foreign residents, births and deaths may be any long; a sum of populations whose totals pass it is
 * refused in the library's words, naming the total and the sum, not with {@code ArithmeticException: long
 * overflow}.
 */
class PopulationLargeTotalsTest {

  private static final long FIVE_E18 = 5_000_000_000_000_000_000L;

  @Test
  void optionalTotalsPastALong_areRefusedByName() {
    Population p = Population.builder("019036", 2014).male(30, 1).foreignResidents(FIVE_E18).births(FIVE_E18)
        .build();
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> p.plus(p));
    assertEquals("foreign residents of the sum 019036, 2014 add up to more than 9223372036854775807",
        e.getMessage());
    Population q = Population.builder("019098", 2014).deaths(FIVE_E18).build();
    e = assertThrows(IllegalArgumentException.class, () -> Population.sum("ambito", 2014, List.of(q, q, q)));
    assertEquals("deaths of the sum ambito, 2014 add up to more than 9223372036854775807", e.getMessage());
  }

  @Test
  void optionalTotalsUpToALong_areAdded() {
    Population a = Population.builder("019036", 2014).foreignResidents(Long.MAX_VALUE - 1).build();
    Population b = Population.builder("019098", 2014).foreignResidents(1).build();
    assertEquals(Long.MAX_VALUE, a.plus(b).foreignResidents().getAsLong());
  }
}
