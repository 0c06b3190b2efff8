package io.github.socialplan.spark.functions;

import io.github.socialplan.core.population.Population;
import io.github.socialplan.indicators.catalogue.Indicator;
import io.github.socialplan.indicators.catalogue.StandardIndicators;
import io.github.socialplan.indicators.demography.DemographicIndicators;
import io.github.socialplan.indicators.demography.DemographicProfile;
import io.github.socialplan.indicators.result.IndicatorValue;
import java.util.LinkedHashMap;
import java.util.Map;

/** One demographic indicator of one row's counts by age and sex, by the library's calculators. */
final class IndicatorCalculator {

  /** The socio-demographic indicators by id. */
  static final Map<String, Indicator> BY_ID = new LinkedHashMap<>();

  static {
    for (Indicator i : StandardIndicators.DEMOGRAPHIC) {
      BY_ID.put(i.id(), i);
    }
  }

  /** A population has a year; these functions read no date, so the counts get a fixed one. */
  private static final int UNDATED = 2000;

  private IndicatorCalculator() {}

  static Outcome<IndicatorValue> indicator(Object idValue, Object male, Object female) {
    if (idValue == null) {
      return Outcome.failed("indicator id is NULL");
    }
    if (!(idValue instanceof String)) {
      return Outcome.failed("indicator id must be a text (STRING), not " + Values.describeValue(idValue));
    }
    String id = (String) idValue;
    Indicator indicator = BY_ID.get(id);
    if (indicator == null) {
      return Outcome.failed("unknown indicator \"" + (id.length() > 60 ? id.substring(0, 60) + "..." : id)
          + "\"; known: " + BY_ID.keySet());
    }
    try {
      Population p = Population.of("", UNDATED, Values.ageCounts(male, "male counts"),
          Values.ageCounts(female, "female counts"));
      IndicatorValue v = DemographicIndicators.compute(indicator, DemographicProfile.of(p));
      if (!v.isDefined()) {
        // The row's counts have no territory or date: drop the library's " in (unnamed territory), 2000".
        String detail = v.detail().replace(" in (unnamed territory), " + UNDATED, "");
        return Outcome.failed(v.reason().orElseThrow() + ": " + detail);
      }
      return Outcome.of(v);
    } catch (IllegalArgumentException e) {
      return Outcome.failed(e.getMessage());
    }
  }
}
