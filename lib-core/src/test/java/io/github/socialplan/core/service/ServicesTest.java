package io.github.socialplan.core.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class ServicesTest {

  @Test
  void seedServices_haveTheirDomainAndSetting() {
    Service sad = Services.byId("SAD");
    assertEquals(CareSetting.DOMICILIARY, sad.setting());
    assertEquals(CareDomain.SOCIAL_CARE, sad.domain());
    assertEquals(Set.of(UserArea.ELDERLY), sad.userAreas());
    assertEquals(CareDomain.SOCIAL_HEALTH_CARE, Services.byId("RSA").domain());
    assertEquals(CareSetting.RESIDENTIAL, Services.byId("RSA").setting());
    assertTrue(Services.find("XYZ").isEmpty());
  }

  @Test
  void seedServices_includeThe10RegionallyFundedOnesOfCremona() {
    // seed 004 §2.2 names the services partly funded by the Fondo Sociale Regionale
    for (String id : List.of("NIDO", "COMUNITA_MINORI", "ADM", "RSA", "CDI", "SAD", "RSD", "CDD", "CSE", "SADH")) {
      assertTrue(Services.find(id).isPresent(), id);
    }
  }

  @Test
  void macroArea_followsIstatsSplitOfFacilitiesTransfersAndServices() {
    assertEquals(MacroArea.FACILITIES, Services.byId("RSA").macroArea());
    assertEquals(MacroArea.FACILITIES, Services.byId("CDD").macroArea());
    assertEquals(MacroArea.CASH_TRANSFERS, Services.byId("ASS_ECONOMICA").macroArea());
    assertEquals(MacroArea.SERVICES, Services.byId("SAD").macroArea());
    assertEquals(MacroArea.SERVICES, Services.byId("SEGRETARIATO").macroArea());
  }

  @Test
  void seedServices_haveUniqueIds() {
    List<String> ids = Services.all().stream().map(Service::id).collect(Collectors.toList());
    assertEquals(ids.size(), new HashSet<>(ids).size());
  }

  @Test
  void unknownService_isRejectedNamingTheId() {
    assertTrue(assertThrows(IllegalArgumentException.class, () -> Services.byId("SAX")).getMessage()
        .startsWith("no known service with id 'SAX'"));
    assertTrue(assertThrows(IllegalArgumentException.class, () -> Service.builder().id("X").italianName("x")
        .englishName("x").domain(CareDomain.SOCIAL_CARE).setting(CareSetting.DAY).build()).getMessage()
        .contains("service X serves no area"));
  }

  @Test
  void userAreas_haveTheIstatSdmxCodes() {
    assertEquals(UserArea.ELDERLY, UserArea.ofSdmxCode("ELD"));
    assertEquals("MULBEN", UserArea.MULTI_USER.sdmxCode());
    assertEquals("anziani", UserArea.ELDERLY.italianName());
    assertEquals("elderly people", UserArea.ELDERLY.englishName());
    assertEquals("people with disabilities", UserArea.DISABILITY.englishName());
    // a report in English groups its spending by these names: two areas of one name would be one bar
    assertEquals(UserArea.values().length, java.util.Arrays.stream(UserArea.values()).map(UserArea::englishName)
        .filter(n -> !n.isBlank()).distinct().count());
    assertEquals("not an ISTAT area of users (SDMX code): 'OLD'",
        assertThrows(IllegalArgumentException.class, () -> UserArea.ofSdmxCode("OLD")).getMessage());
  }
}
