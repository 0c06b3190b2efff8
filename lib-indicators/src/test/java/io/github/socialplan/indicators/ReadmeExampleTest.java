package io.github.socialplan.indicators;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.socialplan.core.money.Money;
import io.github.socialplan.core.population.Population;
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
import io.github.socialplan.indicators.spending.SpendingIndicators;
import java.io.IOException;
import java.io.StringWriter;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Keeps the "Indicators" section proposed for README.md compiling and correct. */
class ReadmeExampleTest {

  @Test
  void indicatorsSection() throws IOException {
    // the Ambito di Cremona, 1 January 2014, each band total at the first age of its band
    Population cremona = Population.builder("019036", 2014)
        .male(0, 10_444).female(0, 9_593)
        .male(15, 50_283).female(15, 49_062)
        .male(65, 15_914).female(65, 23_233)
        .build();

    // --- README snippet starts
    DemographicProfile profile = DemographicProfile.of(cremona).withArea(new BigDecimal("833"));
    IndicatorValue oldAge = DemographicIndicators.oldAgeIndex(profile);
    oldAge.format();                           // "195.4"
    oldAge.format(DisplayFormat.italian());    // "195,4"
    DemographicIndicators.density(profile).format(DisplayFormat.DEFAULT.withScale(0)); // "190"

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

    assertEquals("195.4", oldAge.format());
    assertEquals("195,4", oldAge.format(DisplayFormat.italian()));
    assertEquals("190", DemographicIndicators.density(profile).format(DisplayFormat.DEFAULT.withScale(0)));
    assertEquals("120", perCapita.format(DisplayFormat.DEFAULT.withScale(0)));
    assertEquals("120.4", table.value(2014, 1, "ambito-cremona", "per_capita_social_spending").orElseThrow().format());
    assertTrue(csv.toString().startsWith("year,level,kind,territory,parent,indicator"));
  }
}
