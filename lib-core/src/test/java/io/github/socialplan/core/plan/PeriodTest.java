package io.github.socialplan.core.plan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class PeriodTest {

  @Test
  void cremonaTriennium_has3Years() {
    Period p = Period.parse("2015-2017");
    assertEquals(Period.of(2015, 2017), p);
    assertEquals(3, p.length());
    assertEquals("2015-2017", p.toString());
    assertEquals(java.util.List.of(2015, 2016, 2017), p.years().boxed().collect(Collectors.toList()));
    assertTrue(p.contains(2015) && p.contains(2017));
    assertFalse(p.contains(2014) || p.contains(2018));
  }

  @Test
  void singleYear_printsAndParsesAsOneYear() {
    assertEquals(Period.of(2018, 2018), Period.parse("2018"));
    assertEquals("2018", Period.of(2018, 2018).toString());
  }

  @Test
  void periodEndingBeforeItStarts_isRejectedNamingIt() {
    assertEquals("period ends before it starts: 2017-2015",
        assertThrows(IllegalArgumentException.class, () -> Period.of(2017, 2015)).getMessage());
    assertEquals("period ends before it starts: 2017-2015",
        assertThrows(IllegalArgumentException.class, () -> Period.parse("2017-2015")).getMessage());
  }

  @Test
  void notAPeriod_isRejectedNamingTheText() {
    assertEquals("not a period of years: '2015/2017'",
        assertThrows(IllegalArgumentException.class, () -> Period.parse("2015/2017")).getMessage());
    assertTrue(assertThrows(IllegalArgumentException.class, () -> Period.of(0, 2017)).getMessage()
        .contains("1..9999"));
  }

  /** Integer.parseInt took a leading plus and the digits of any script: a year is written in ASCII digits. */
  @Test
  void aPlusSignOrDigitsOtherThanAscii_areRefusedNamingTheText() {
    for (String text : new String[] {"+2015", "2015-+2017", "\u0662\u0660\u0661\u0665", "\uff12\uff10\uff11\uff15-2017"}) {
      assertEquals("not a period of years: '" + text + "'",
          assertThrows(IllegalArgumentException.class, () -> Period.parse(text)).getMessage(), text);
    }
  }
}
