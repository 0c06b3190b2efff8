package io.github.socialplan.indicators.dashboard;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.socialplan.core.io.ComuneResidents;
import io.github.socialplan.core.io.ComuniList;
import io.github.socialplan.core.io.ComuniListReader;
import io.github.socialplan.core.population.AgeBand;
import io.github.socialplan.core.population.AgeBands;
import io.github.socialplan.core.population.Population;
import io.github.socialplan.core.territory.Partition;
import io.github.socialplan.core.territory.TerritoryKind;
import io.github.socialplan.core.testing.ReferenceFiles;
import io.github.socialplan.core.testing.ReferenceTable;
import io.github.socialplan.indicators.catalogue.CruscottoArea;
import io.github.socialplan.indicators.catalogue.Indicator;
import io.github.socialplan.indicators.catalogue.IndicatorCatalogue;
import io.github.socialplan.indicators.catalogue.IndicatorUnit;
import io.github.socialplan.indicators.result.IndicatorValue;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * A cruscotto with sub-ambiti between the comuni and the ambito. The Cremona plan publishes indicators for
 * its five sub-ambiti but not which comuni each holds: the split here is illustrative (the comuni of the
 * Zona Omogenea Cremonese dealt in file order to the five published sub-ambito names), not the real one.
 */
class SubAmbitiTest {

  static final Indicator FEMALES = Indicator.builder().id("pct_female").italianName("% donne")
      .englishName("% women").unit(IndicatorUnit.PERCENT).multiplier(100).numerator("female residents")
      .denominator("residents").numeratorInput("females").denominatorInput(Dashboard.RESIDENTS)
      .source("ISTAT, popolazione residente al 1° gennaio 2022").area(CruscottoArea.SOCIO_DEMOGRAPHIC).build();

  @Test
  void subAmbiti_areALevelOfTheDashboard_withTheSumsOfTheirComuni() throws IOException {
    List<String> names = ReferenceTable.read("cremona-2014-demographic-indicators.csv").rows().stream()
        .map(r -> r.get("territory")).filter(t -> t.startsWith("Sub-ambito")).collect(Collectors.toList());
    assertEquals(5, names.size());
    ComuniList zona = ComuniListReader
        .columns("istat_code", "municipality", "population_2022", "population_F", "population_M")
        .withTotalRow("name_in_list", "TOTAL")
        .read(ReferenceFiles.path("real/cremona-zona-omogenea-47-comuni-2022.csv"));
    Partition.Builder sub = Partition.builder("sub-ambiti", TerritoryKind.SUB_DISTRICT);
    Partition.Builder ambito = Partition.builder("ambiti", TerritoryKind.PLANNING_DISTRICT);
    Dashboard.Builder b = Dashboard.builder().catalogue(IndicatorCatalogue.standard().with(FEMALES));
    Map<String, long[]> sums = new HashMap<>();
    int i = 0;
    for (ComuneResidents c : zona.comuni()) {
      String s = names.get(i++ % names.size());
      sub.assign(c.code(), s);
      ambito.assign(c.code(), "ambito-cremona");
      long[] sum = sums.computeIfAbsent(s, k -> new long[2]);
      sum[0] += c.females();
      sum[1] += c.total();
      b.population(Population.builder(c.code().value(), 2022, AgeBands.cutAt())
          .band(AgeBand.all(), Math.toIntExact(c.males()), Math.toIntExact(c.females()), c.total()).build());
      b.input(c.code().value(), 2022, "females", BigDecimal.valueOf(c.females()));
    }
    DashboardTable t = b.levels(sub.build(), ambito.build()).compute();
    for (String s : names) {
      DashboardRow row = t.row(2022, 1, s, "pct_female").orElseThrow();
      assertEquals(TerritoryKind.SUB_DISTRICT, row.kind());
      assertEquals("ambito-cremona", row.parent().orElseThrow());
      assertEquals(IndicatorValue.ratio(BigDecimal.valueOf(sums.get(s)[0]), BigDecimal.valueOf(sums.get(s)[1]),
          BigDecimal.valueOf(100), "x"), row.value());
    }
    assertEquals(IndicatorValue.ratio(BigDecimal.valueOf(zona.females()), BigDecimal.valueOf(zona.total()),
        BigDecimal.valueOf(100), "x"), t.value(2022, 2, "ambito-cremona", "pct_female").orElseThrow());
  }
}
