package io.github.socialplan.report;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.socialplan.indicators.catalogue.IndicatorUnit;
import org.junit.jupiter.api.Test;

class LanguageTest {

  @Test
  void unitLabels_ofTheCharts_areTheUnitsOwnLabels_soThatAWorkbookAndAChartAgree() {
    for (IndicatorUnit u : IndicatorUnit.values()) {
      assertEquals(Language.ITALIAN.label("unit." + u.name()), u.italianLabel(), u.name());
      assertEquals(Language.ENGLISH.label("unit." + u.name()), u.englishLabel(), u.name());
    }
  }
}
