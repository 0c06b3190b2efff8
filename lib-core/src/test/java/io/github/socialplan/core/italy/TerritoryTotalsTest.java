package io.github.socialplan.core.italy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.socialplan.core.territory.IstatCode;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Totals of a few comuni of the embedded registry, worked out by hand. */
class TerritoryTotalsTest {

  private static final ItalyRegistry ITALY = ItalyRegistry.embedded();
  private static final LocalDate DAY = LocalDate.of(2022, 1, 1);

  @Test
  void valuesAddUpIntoTheirProvinceRegionAndItaly() {
    ComunePeriod cremona = ITALY.byName("Cremona", DAY);
    ComunePeriod crema = ITALY.byName("Crema", DAY);
    ComunePeriod lodi = ITALY.byName("Lodi", DAY);
    TerritoryTotals t = TerritoryTotals.of(ITALY, DAY, Map.of(cremona.code(), 100L, crema.code(), 50L,
        lodi.code(), 7L));
    assertEquals(cremona.provinceCode(), crema.provinceCode());
    assertEquals(150L, t.provinces().get(cremona.provinceCode()));
    assertEquals(7L, t.provinces().get(lodi.provinceCode()));
    assertEquals(cremona.regionCode(), lodi.regionCode());
    assertEquals(157L, t.regions().get(cremona.regionCode()));
    assertEquals(157L, t.italy());
    assertEquals(DAY, t.date());
    int comuni = ITALY.validOn(DAY).size();
    assertEquals(comuni - 3, t.missing().size());
    assertFalse(t.isComplete());
    assertEquals("TerritoryTotals[" + DAY + ": Italy 157, " + t.provinces().size() + " provinces, "
        + t.regions().size() + " regions, " + (comuni - 3) + " comuni missing]", t.toString());
    // Every other province is there, with 0.
    assertEquals(0L, t.provinces().get(ITALY.byName("Torino", DAY).provinceCode()));
    // and each total says whether it is partial: the comuni of the date in the province or region, less those given
    String torino = ITALY.byName("Torino", DAY).provinceCode();
    assertEquals(ITALY.validOn(DAY).stream().filter(p -> p.provinceCode().equals(torino)).toList(),
        t.missingIn(torino));
    List<ComunePeriod> restOfCremona = ITALY.validOn(DAY).stream()
        .filter(p -> p.provinceCode().equals(cremona.provinceCode()) && !p.equals(cremona) && !p.equals(crema))
        .toList();
    assertEquals(restOfCremona, t.missingIn(cremona.provinceCode()));
    assertFalse(restOfCremona.isEmpty());
    assertEquals(ITALY.validOn(DAY).stream().filter(p -> p.regionCode().equals(cremona.regionCode())).count() - 3,
        t.missingIn(cremona.regionCode()).size());
    assertEquals(List.of(), t.missingIn("999"));
  }

  @Test
  void everyComuneWithAValue_isComplete() {
    Map<IstatCode, Long> ones = new HashMap<>();
    List<ComunePeriod> valid = ITALY.validOn(DAY);
    valid.forEach(p -> ones.put(p.code(), 0L));
    ones.put(valid.get(0).code(), 1L);
    TerritoryTotals t = TerritoryTotals.of(ITALY, DAY, ones);
    assertTrue(t.isComplete());
    assertEquals(1L, t.italy());
    assertEquals(List.of(), t.missing());
    assertEquals(List.of(), t.missingIn(valid.get(0).provinceCode()));
  }

  @Test
  void aNegativeValueOrAComuneOfAnotherDate_isRefused() {
    IstatCode cremona = ITALY.byName("Cremona", DAY).code();
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> TerritoryTotals.of(ITALY, DAY, Map.of(cremona, -1L)));
    assertEquals("value of comune " + cremona + " is negative: -1", e.getMessage());
    assertThrows(IllegalArgumentException.class,
        () -> TerritoryTotals.of(ITALY, DAY, Map.of(IstatCode.parse("015001"), 1L)));
  }
}
