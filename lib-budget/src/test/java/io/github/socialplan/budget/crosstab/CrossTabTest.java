package io.github.socialplan.budget.crosstab;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.github.socialplan.core.money.Money;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A cross tabulation worked by hand: cells summed where they repeat, totals by row, by column and in all. */
class CrossTabTest {

  /** anziani: FNPS 10 + 5, Comuni 20; minori: Comuni 7. */
  private static CrossTab tab() {
    return CrossTab.builder("area", "fund").add("anziani", "FNPS", Money.ofEuros(10))
        .add("anziani", "Comuni", Money.ofEuros(20)).add("minori", "Comuni", Money.ofEuros(7))
        .add("anziani", "FNPS", Money.ofEuros(5)).build();
  }

  @Test
  void cells_rowsColumnsAndTotals() {
    CrossTab t = tab();
    assertEquals("area", t.rowName());
    assertEquals("fund", t.columnName());
    assertEquals(List.of("anziani", "minori"), t.rows());
    assertEquals(List.of("FNPS", "Comuni"), t.columns());
    assertEquals(Money.ofEuros(15), t.cell("anziani", "FNPS"));
    assertEquals(Money.ZERO, t.cell("minori", "FNPS"));
    assertEquals(Money.ZERO, t.cell("disabili", "FNPS"));
    assertEquals(Money.ofEuros(35), t.rowTotal("anziani"));
    assertEquals(Money.ZERO, t.rowTotal("disabili"));
    assertEquals(Money.ofEuros(27), t.columnTotal("Comuni"));
    assertEquals(Money.ZERO, t.columnTotal("FSR"));
    assertEquals(Money.ofEuros(42), t.total());
    assertEquals("CrossTab[area x fund, 2 x 2]", t.toString());
  }

  @Test
  void aBuiltTab_doesNotChangeWithItsBuilder_norFromOutside() {
    CrossTab.Builder b = CrossTab.builder("area", "fund").add("anziani", "FNPS", Money.ofEuros(10));
    CrossTab t = b.build();
    b.add("anziani", "FNPS", Money.ofEuros(1)).add("minori", "FSR", Money.ofEuros(2));
    assertEquals(Money.ofEuros(10), t.cell("anziani", "FNPS"));
    assertEquals(List.of("anziani"), t.rows());
    assertEquals(List.of("FNPS"), t.columns());
    assertThrows(UnsupportedOperationException.class, () -> t.columns().clear());
    assertEquals(Money.ofEuros(11), b.build().cell("anziani", "FNPS"));
  }
}
