package io.github.socialplan.indicators.catalogue;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.socialplan.indicators.result.IndicatorValue;
import io.github.socialplan.indicators.result.UndefinedReason;
import java.math.BigDecimal;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class IndicatorCatalogueTest {

  private static Indicator.Builder evictions() {
    return Indicator.builder()
        .id("evictions_per_1000_households")
        .italianName("provvedimenti di sfratto per 1.000 famiglie")
        .englishName("eviction orders per 1,000 households")
        .unit(IndicatorUnit.PER_1000).multiplier(1000)
        .numerator("eviction orders").denominator("resident households")
        .numeratorInput("evictions").denominatorInput("households")
        .source("Ministero dell'Interno").area(CruscottoArea.HOUSING);
  }

  @Test
  void aUnitThatSaysItsScale_refusesAnotherMultiplier() {
    // a percentage of multiplier 1 computes the fraction 0.2 and shows it as "0.2 %"
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> evictions().id("pct_evicted").unit(IndicatorUnit.PERCENT).multiplier(1).build());
    assertEquals("indicator pct_evicted is in %, so its multiplier must be 100: 1", e.getMessage());
    assertThrows(IllegalArgumentException.class, () -> evictions().multiplier(100).build());
    assertThrows(IllegalArgumentException.class,
        () -> evictions().unit(IndicatorUnit.PER_100).multiplier(1000).build());
    assertEquals(10_000, evictions().unit(IndicatorUnit.PERSONS).multiplier(10_000).build().multiplier());
    assertEquals(1000, evictions().build().multiplier());
  }

  @Test
  void standard_hasUniqueIdsAndTheSeedAreas() {
    List<Indicator> all = IndicatorCatalogue.standard().all();
    Set<String> ids = new HashSet<>();
    for (Indicator i : all) {
      assertTrue(ids.add(i.id()), i.id());
      assertFalse(i.isDeclaredRatio(), i.id());
    }
    assertEquals(StandardIndicators.ALL.size(), all.size());
    Indicator old = IndicatorCatalogue.standard().require("old_age_index");
    assertEquals("indice di vecchiaia", old.italianName());
    assertEquals(100, old.multiplier());
    assertEquals("residents aged 65 and over / residents aged 0-14 × 100", old.formula());
    assertEquals(15, IndicatorCatalogue.standard().inArea(CruscottoArea.SOCIO_DEMOGRAPHIC).size());
    assertTrue(IndicatorCatalogue.standard().inArea(CruscottoArea.HOUSING).isEmpty());
  }

  @Test
  void declaredRatio_evaluatesItsInputs() {
    Indicator e = evictions().build();
    IndicatorCatalogue c = IndicatorCatalogue.standard().with(e);
    assertEquals(List.of(e), c.inArea(CruscottoArea.HOUSING));
    assertEquals(List.of(e), c.declaredRatios());
    IndicatorValue v = e.evaluate(Map.of("evictions", BigDecimal.valueOf(42),
        "households", BigDecimal.valueOf(30_000)));
    assertEquals("1.4", v.format()); // 42 / 30,000 × 1,000 = 1.4
  }

  @Test
  void declaredRatio_withMissingInput_isUndefinedNamingTheInput() {
    IndicatorValue v = evictions().build().evaluate(Map.of("evictions", BigDecimal.TEN));
    assertEquals(Optional.of(UndefinedReason.MISSING_INPUT), v.reason());
    assertTrue(v.detail().contains("'households'"), v.detail());
  }

  @Test
  void declaredRatio_withZeroDenominator_isUndefined() {
    IndicatorValue v = evictions().build().evaluate(Map.of("evictions", BigDecimal.TEN,
        "households", BigDecimal.ZERO));
    assertEquals(Optional.of(UndefinedReason.ZERO_DENOMINATOR), v.reason());
  }

  @Test
  void with_duplicateId_isRejectedNamingTheId() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> IndicatorCatalogue.standard().with(evictions().id("old_age_index").build()));
    assertTrue(e.getMessage().contains("old_age_index"), e.getMessage());
  }

  @Test
  void builder_rejectsBadIdMultiplierAndHalfDeclaredInputs() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> evictions().id("Bad Id").build());
    assertTrue(e.getMessage().contains("'Bad Id'"), e.getMessage());
    e = assertThrows(IllegalArgumentException.class, () -> evictions().multiplier(0).build());
    assertTrue(e.getMessage().contains(": 0"), e.getMessage());
    e = assertThrows(IllegalArgumentException.class, () -> Indicator.builder()
        .id("x").italianName("x").englishName("x").unit(IndicatorUnit.NUMBER).multiplier(1)
        .numerator("a").denominator("b").source("s").area(CruscottoArea.EDUCATION)
        .numeratorInput("a").build());
    assertTrue(e.getMessage().contains("x"), e.getMessage());
    e = assertThrows(IllegalArgumentException.class, () -> evictions().denominatorInput("evictions").build());
    assertTrue(e.getMessage().contains("evictions"), e.getMessage());
  }

  @Test
  void evaluate_ofABuiltInIndicator_isAStateError() {
    IllegalStateException e = assertThrows(IllegalStateException.class,
        () -> StandardIndicators.OLD_AGE_INDEX.evaluate(Map.of()));
    assertTrue(e.getMessage().contains("old_age_index"), e.getMessage());
  }

  @Test
  void require_ofUnknownId_namesIt() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> IndicatorCatalogue.standard().require("nope"));
    assertTrue(e.getMessage().contains("'nope'"), e.getMessage());
  }

  @Test
  void catalogues_areEqualByTheirIndicatorsInOrder_andNamedByTheirIds() {
    Indicator e = evictions().build();
    Indicator f = evictions().id("evictions_executed").build();
    IndicatorCatalogue ef = IndicatorCatalogue.of(List.of(e, f));
    assertEquals(ef, IndicatorCatalogue.of(List.of(e)).with(f));
    assertEquals(ef.hashCode(), IndicatorCatalogue.of(List.of(e)).with(f).hashCode());
    assertFalse(ef.equals(IndicatorCatalogue.of(List.of(f, e))));
    assertFalse(ef.equals(IndicatorCatalogue.of(List.of(e))));
    assertFalse(ef.equals(List.of(e, f)));
    assertEquals("IndicatorCatalogue[evictions_per_1000_households, evictions_executed]", ef.toString());
    assertEquals(List.of(e, f), ef.all());
    assertEquals(Optional.of(f), ef.get("evictions_executed"));
    assertEquals("no indicator with id 'nope' in the catalogue; known: [evictions_per_1000_households,"
        + " evictions_executed]", assertThrows(IllegalArgumentException.class, () -> ef.require("nope")).getMessage());
  }

  @Test
  void aRatioOfMultiplier1_hasNoMultiplierInItsFormula_andEachMissingInputIsNamed() {
    Indicator share = evictions().id("evictions_per_household").multiplier(1).unit(IndicatorUnit.NUMBER).build();
    assertEquals("eviction orders / resident households", share.formula());
    assertEquals("eviction orders / resident households × 1000", evictions().build().formula());
    assertEquals(IndicatorValue.undefined(UndefinedReason.MISSING_INPUT,
        "input 'evictions' of evictions_per_household not supplied"),
        share.evaluate(Map.of("households", BigDecimal.TEN)));
    assertEquals(IndicatorValue.undefined(UndefinedReason.MISSING_INPUT,
        "input 'households' of evictions_per_household not supplied"),
        share.evaluate(Map.of("evictions", BigDecimal.TEN)));
    assertEquals(IndicatorValue.ratio(3, 12, 1, "x"), share.evaluate(Map.of("evictions", BigDecimal.valueOf(3),
        "households", BigDecimal.valueOf(12))));
    assertEquals("evictions_per_household (provvedimenti di sfratto per 1.000 famiglie)", share.toString());
    // an indicator without declared inputs is valid: the dashboard computes it
    Indicator plain = evictions().numeratorInput(Optional.empty()).denominatorInput(Optional.empty()).build();
    assertFalse(plain.isDeclaredRatio());
    assertEquals("declared ratio evictions_per_1000_households has the same input as numerator and denominator:"
        + " households", assertThrows(IllegalArgumentException.class,
            () -> evictions().numeratorInput("households").build()).getMessage());
  }

  @Test
  void units_haveTheirItalianLabels_andTheMultipliersTheyImply() {
    assertEquals("per 100", StandardIndicators.OLD_AGE_INDEX.unit().italianLabel());
    assertEquals("%", IndicatorUnit.PERCENT.italianLabel());
    // a standard indicator in a unit of per 100, % or per 1000 has that multiplier
    for (Indicator i : IndicatorCatalogue.standard().all()) {
      long usual = i.unit().usualMultiplier();
      if (usual > 1) {
        assertEquals(usual, i.multiplier(), i.id());
      }
    }
    assertEquals(1000, IndicatorUnit.PER_1000.usualMultiplier());
  }
}
