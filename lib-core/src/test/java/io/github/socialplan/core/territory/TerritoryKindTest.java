package io.github.socialplan.core.territory;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;

class TerritoryKindTest {

  @Test
  void englishNames_arePlainTranslationsOfTheItalianTerms() {
    assertEquals("municipality", TerritoryKind.MUNICIPALITY.englishName());
    assertEquals("province", TerritoryKind.PROVINCE.englishName());
    assertEquals("metropolitan city", TerritoryKind.METROPOLITAN_CITY.englishName());
    assertEquals("planning district", TerritoryKind.PLANNING_DISTRICT.englishName());
    assertEquals("sub-district", TerritoryKind.SUB_DISTRICT.englishName());
    assertEquals("homogeneous zone", TerritoryKind.HOMOGENEOUS_ZONE.englishName());
    assertEquals("social cohesion district", TerritoryKind.SOCIAL_COHESION_DISTRICT.englishName());
    assertEquals("managing body", TerritoryKind.MANAGING_BODY.englishName());
  }

  @Test
  void noText_namesTwoKinds_inAnyCase() {
    // a reader that takes the constant, the Italian term or the English name must find one kind for each text
    Map<String, TerritoryKind> seen = new HashMap<>();
    for (TerritoryKind k : TerritoryKind.values()) {
      for (String text : new String[] {k.name(), k.italianName(), k.englishName()}) {
        TerritoryKind before = seen.put(text.toLowerCase(Locale.ROOT), k);
        if (before != null && before != k) {
          assertNull(before, "'" + text + "' names " + before + " and " + k);
        }
      }
    }
  }
}
