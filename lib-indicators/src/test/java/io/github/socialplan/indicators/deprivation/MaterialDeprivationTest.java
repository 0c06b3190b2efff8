package io.github.socialplan.indicators.deprivation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.socialplan.indicators.result.UndefinedReason;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class MaterialDeprivationTest {

  @Test
  void status_followsTheThresholds3And4() {
    assertEquals(9, DeprivationItem.values().length);
    assertEquals(DeprivationStatus.NOT_DEPRIVED, MaterialDeprivation.status(EnumSet.noneOf(DeprivationItem.class)));
    assertEquals(DeprivationStatus.NOT_DEPRIVED,
        MaterialDeprivation.status(EnumSet.of(DeprivationItem.CAR, DeprivationItem.HOLIDAY)));
    assertEquals(DeprivationStatus.DEPRIVED, MaterialDeprivation.status(
        EnumSet.of(DeprivationItem.CAR, DeprivationItem.HOLIDAY, DeprivationItem.UNEXPECTED_EXPENSE)));
    assertEquals(DeprivationStatus.SEVERELY_DEPRIVED, MaterialDeprivation.status(EnumSet.of(
        DeprivationItem.CAR, DeprivationItem.HOLIDAY, DeprivationItem.UNEXPECTED_EXPENSE, DeprivationItem.HEATING)));
    assertEquals(DeprivationStatus.SEVERELY_DEPRIVED, MaterialDeprivation.status(EnumSet.allOf(DeprivationItem.class)));
  }

  @Test
  void rates_countTheSeverelyDeprivedAmongTheDeprived() {
    MaterialDeprivation survey = new MaterialDeprivation();
    int[] lacking = {0, 1, 2, 3, 3, 4, 5, 9, 0, 2}; // 5 of 10 lack >= 3, 3 of 10 lack >= 4
    for (int n : lacking) {
      survey.accept(n);
    }
    survey.accept(Set.of());
    assertEquals(11, survey.households());
    assertEquals("45.5", survey.deprivationRate().format());       // 5 / 11
    assertEquals("27.3", survey.severeDeprivationRate().format()); // 3 / 11
    MaterialDeprivation other = new MaterialDeprivation();
    other.accept(EnumSet.allOf(DeprivationItem.class));
    assertEquals("50.0", survey.combine(other).deprivationRate().format()); // 6 / 12
  }

  @Test
  void noHouseholds_givesUndefinedRates() {
    MaterialDeprivation none = new MaterialDeprivation();
    assertEquals(Optional.of(UndefinedReason.ZERO_DENOMINATOR), none.deprivationRate().reason());
    assertEquals(Optional.of(UndefinedReason.ZERO_DENOMINATOR), none.severeDeprivationRate().reason());
  }

  @Test
  void itemsOutside0to9_areRejectedNamingTheNumber() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> MaterialDeprivation.status(10));
    assertTrue(e.getMessage().contains("10"), e.getMessage());
    e = assertThrows(IllegalArgumentException.class, () -> new MaterialDeprivation().accept(-1));
    assertTrue(e.getMessage().contains("-1"), e.getMessage());
  }
}
