package io.github.socialplan.indicators.result;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.RoundingMode;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The parts of a display format, its range of scales and its equality. */
class DisplayFormatTest {

  @Test
  void default_isOneDecimalHalfUpWithADot() {
    assertEquals(1, DisplayFormat.DEFAULT.scale());
    assertEquals(RoundingMode.HALF_UP, DisplayFormat.DEFAULT.rounding());
    assertEquals('.', DisplayFormat.DEFAULT.decimalSeparator());
    assertEquals("n.d.", DisplayFormat.DEFAULT.undefinedText());
    assertEquals(',', DisplayFormat.italian().decimalSeparator());
    assertEquals(DisplayFormat.DEFAULT, DisplayFormat.italian().withDecimalSeparator('.'));
    assertEquals("DisplayFormat[scale=1, HALF_UP, '.']", DisplayFormat.DEFAULT.toString());
  }

  @Test
  void scale_isAcceptedFromMinus9To18_only() {
    assertEquals(-9, DisplayFormat.DEFAULT.withScale(-9).scale());
    assertEquals(18, DisplayFormat.DEFAULT.withScale(18).scale());
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> DisplayFormat.DEFAULT.withScale(-10));
    assertEquals("display scale must be in -9..18: -10", e.getMessage());
    assertThrows(IllegalArgumentException.class, () -> DisplayFormat.of(19, RoundingMode.HALF_UP));
  }

  @Test
  void formats_areEqualOnlyWhenEveryPartIs() {
    DisplayFormat f = DisplayFormat.of(2, RoundingMode.HALF_EVEN);
    DisplayFormat same = DisplayFormat.DEFAULT.withRounding(RoundingMode.HALF_EVEN).withScale(2);
    assertEquals(f, same);
    assertEquals(f.hashCode(), same.hashCode());
    assertFalse(f.equals(null));
    assertFalse(f.equals(f.toString()));
    for (DisplayFormat other : List.of(f.withScale(3), f.withRounding(RoundingMode.HALF_UP),
        f.withDecimalSeparator(','), f.withUndefinedText(""))) {
      assertNotEquals(f, other, other::toString);
      assertNotEquals(other, f, other::toString);
      assertNotEquals(f.hashCode(), other.hashCode(), other::toString);
    }
  }
}
