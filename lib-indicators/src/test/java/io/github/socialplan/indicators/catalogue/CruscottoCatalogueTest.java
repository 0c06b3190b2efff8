package io.github.socialplan.indicators.catalogue;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.socialplan.core.service.Services;
import io.github.socialplan.core.testing.ReferenceTable;
import io.github.socialplan.indicators.result.UndefinedReason;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The cruscotto of the Piano di Zona 2015-2017 dell'Ambito di Cremona, §4.1, item by item, against the
 * table kept in {@code data/reference/cremona-cruscotto-indicators.csv}, which quotes the plan's wording.
 */
class CruscottoCatalogueTest {

  private static final String FILE = "cremona-cruscotto-indicators.csv";

  @Test
  void thePlansTable_hasItsItemsPerArea_15spending_6housing_4labourAndIncome_3education() {
    Map<String, Integer> items = new LinkedHashMap<>();
    for (Map<String, String> row : ReferenceTable.read(FILE).rows()) {
      items.merge(row.get("area"), 1, Integer::sum);
    }
    assertEquals(Map.of("Socio-demografica", 8, "Spesa sociale", 15, "Condizione abitativa", 6,
        "Condizione lavorativa e reddito", 4, "Istruzione e formazione", 3), items);
  }

  @Test
  void everyItemOfThePlan_isInTheCatalogue_inItsArea() {
    IndicatorCatalogue catalogue = CruscottoIndicators.catalogue();
    List<String> listed = new ArrayList<>();
    for (Map<String, String> row : ReferenceTable.read(FILE).rows()) {
      for (String id : row.get("indicator_ids").split(" ")) {
        Indicator i = catalogue.get(id).orElseThrow(() -> new AssertionError("§4.1 item '" + row.get("indicator")
            + "' has no indicator " + id));
        assertTrue(row.get("area").equalsIgnoreCase(i.area().italianName()), row + " in " + i.area());
        assertTrue(!i.italianName().isBlank() && !i.numerator().isBlank() && !i.denominator().isBlank(), id);
        listed.add(id);
      }
    }
    // and the catalogue has no housing, labour or education indicator that the plan's table does not list,
    // except material deprivation (Europe 2020), which the library adds to labour and income
    for (CruscottoArea area : List.of(CruscottoArea.HOUSING, CruscottoArea.LABOUR_AND_INCOME,
        CruscottoArea.EDUCATION)) {
      for (Indicator i : catalogue.inArea(area)) {
        assertTrue(listed.contains(i.id()) || i.id().contains("material_deprivation"), i.id());
      }
    }
  }

  @Test
  void theTenServicesOfTheSpendingItems_areTheServicesOfThe2012CostTable() {
    String services = ReferenceTable.read("cremona-2012-service-costs.csv").comments().get(1);
    // "# (nidi/micronidi, comunita minori, ADM, RSA, CDI, SAD, RSD, CDD, CSE, SADH), 2012"
    Set<String> acronyms = new LinkedHashSet<>();
    for (String s : CruscottoIndicators.PER_USER_SERVICES) {
      acronyms.add(s);
    }
    assertEquals(10, acronyms.size());
    for (String acronym : List.of("ADM", "RSA", "CDI", "SAD", "RSD", "CDD", "CSE", "SADH")) {
      assertTrue(services.contains(acronym) && acronyms.contains(acronym), acronym);
    }
    assertTrue(services.contains("nidi/micronidi") && acronyms.contains("NIDO"));
    assertTrue(services.contains("comunita minori") && acronyms.contains("COMUNITA_MINORI"));
    assertEquals("per_user_municipal_spending_nido",
        CruscottoIndicators.perUserSpending(Services.byId("NIDO")).id());
    assertThrows(IllegalArgumentException.class,
        () -> CruscottoIndicators.perUserSpending(Services.byId("AFFIDO")));
  }

  @Test
  void aDeclaredIndicator_computesFromItsInputs_andNamesAMissingOne() {
    Indicator nido = CruscottoIndicators.perUserSpending(Services.byId("NIDO"));
    assertEquals("7500.0", nido.evaluate(Map.of("municipal_spending_nido", new BigDecimal("300000"),
        "users_nido", new BigDecimal("40"))).format());
    assertEquals(UndefinedReason.MISSING_INPUT,
        CruscottoIndicators.EVICTION_ORDERS_RATE.evaluate(Map.of()).reason().orElseThrow());
  }
}
