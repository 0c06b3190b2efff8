package io.github.socialplan.indicators;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.socialplan.core.money.Money;
import io.github.socialplan.core.population.AgeBand;
import io.github.socialplan.core.population.AgeBands;
import io.github.socialplan.core.population.Population;
import io.github.socialplan.core.testing.CremonaBands;
import io.github.socialplan.core.territory.IstatCode;
import io.github.socialplan.core.territory.Partition;
import io.github.socialplan.core.territory.TerritoryKind;
import io.github.socialplan.indicators.dashboard.Dashboard;
import io.github.socialplan.indicators.dashboard.DashboardTable;
import io.github.socialplan.indicators.demography.DemographicIndicators;
import io.github.socialplan.indicators.demography.DemographicProfile;
import io.github.socialplan.indicators.export.DashboardExport;
import io.github.socialplan.indicators.result.DisplayFormat;
import io.github.socialplan.indicators.result.IndicatorValue;
import io.github.socialplan.indicators.result.UndefinedReason;
import io.github.socialplan.indicators.spending.SpendingIndicators;
import java.io.IOException;
import java.io.StringWriter;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Keeps the "Indicators" section proposed for README.md compiling and correct. */
class ReadmeExampleTest {

  @Test
  void indicatorsSection() throws IOException {
    // --- README snippet starts
    // the Ambito di Cremona on 1 January 2014 as published: by sex in three age bands
    Population cremona = Population.builder("019036", 2014, AgeBands.cutAt(15, 65))
        .band(AgeBand.of(0, 14), 10_444, 9_593, 20_037)     // males, females, total
        .band(AgeBand.of(15, 64), 50_283, 49_062, 99_345)
        .band(AgeBand.atLeast(65), 15_914, 23_233, 39_147)
        .build();
    DemographicProfile profile = DemographicProfile.of(cremona).withArea(new BigDecimal("833"));
    IndicatorValue oldAge = DemographicIndicators.oldAgeIndex(profile);
    oldAge.format();                           // "195.4"
    oldAge.format(DisplayFormat.italian());    // "195,4"
    DemographicIndicators.density(profile).format(DisplayFormat.DEFAULT.withScale(0)); // "190"
    IndicatorValue minors = DemographicIndicators.percentMinors(profile);
    minors.detail();    // undefined (AGE_BAND_NOT_SPLIT): "band 15-64 does not split at 18 in 019036, 2014"

    IndicatorValue perCapita = SpendingIndicators.perCapita(Money.ofEuros(19_084_183), 158_529);
    perCapita.format(DisplayFormat.DEFAULT.withScale(0)); // "120"

    Partition ambito = Partition.builder("ambiti", TerritoryKind.PLANNING_DISTRICT)
        .assign(IstatCode.parse("019036"), "ambito-cremona")
        .build();
    DashboardTable table = Dashboard.builder()
        .levels(ambito)                        // nested partitions, finest first
        .populations(List.of(cremona))         // one per comune and year, any order
        .input("019036", 2014, Dashboard.SOCIAL_SPENDING, new BigDecimal("19084183"))
        .compute();
    StringWriter csv = new StringWriter();
    DashboardExport.csv(table, csv, DisplayFormat.DEFAULT);
    // --- README snippet ends

    assertEquals(CremonaBands.population("019036"), cremona); // the figures of the published table
    assertEquals("195.4", oldAge.format());
    assertEquals(Optional.of(UndefinedReason.AGE_BAND_NOT_SPLIT), minors.reason());
    assertEquals("band 15-64 does not split at 18 in 019036, 2014", minors.detail());
    assertEquals("195,4", oldAge.format(DisplayFormat.italian()));
    assertEquals("190", DemographicIndicators.density(profile).format(DisplayFormat.DEFAULT.withScale(0)));
    assertEquals("120", perCapita.format(DisplayFormat.DEFAULT.withScale(0)));
    assertEquals("120.4", table.value(2014, 1, "ambito-cremona", "per_capita_social_spending").orElseThrow().format());
    assertTrue(csv.toString().startsWith("year,level,kind,territory,parent,indicator"));
  }
}
