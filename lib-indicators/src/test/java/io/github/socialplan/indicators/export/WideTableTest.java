package io.github.socialplan.indicators.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.socialplan.core.io.ComuneResidents;
import io.github.socialplan.core.io.ComuniList;
import io.github.socialplan.core.io.ComuniListReader;
import io.github.socialplan.core.io.DataFileException;
import io.github.socialplan.core.population.AgeBand;
import io.github.socialplan.core.population.AgeBands;
import io.github.socialplan.core.population.Population;
import io.github.socialplan.core.territory.Partition;
import io.github.socialplan.core.territory.TerritoryKind;
import io.github.socialplan.core.testing.ReferenceFiles;
import io.github.socialplan.indicators.catalogue.CruscottoArea;
import io.github.socialplan.indicators.catalogue.Indicator;
import io.github.socialplan.indicators.catalogue.IndicatorCatalogue;
import io.github.socialplan.indicators.catalogue.IndicatorUnit;
import io.github.socialplan.indicators.dashboard.Dashboard;
import io.github.socialplan.indicators.dashboard.DashboardTable;
import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.math.BigDecimal;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The wide table of the 113 comuni of the Provincia di Cremona on 1 January 2022 (ISTAT totals by sex). */
class WideTableTest {

  /** A declared ratio the totals can give: female residents per 100 residents. */
  static final Indicator FEMALES = Indicator.builder().id("pct_female").italianName("% donne")
      .englishName("% women").unit(IndicatorUnit.PERCENT).multiplier(100).numerator("female residents")
      .denominator("residents").numeratorInput("females").denominatorInput(Dashboard.RESIDENTS)
      .source("ISTAT, popolazione residente al 1° gennaio 2022").area(CruscottoArea.SOCIO_DEMOGRAPHIC).build();

  static DashboardTable province() throws IOException {
    ComuniList province = ComuniListReader
        .columns("municipality_code", "municipality", "population", "population_F", "population_M")
        .read(ReferenceFiles.path("real/cremona-province-comuni-2022.csv"));
    ComuniList zona = ComuniListReader
        .columns("istat_code", "municipality", "population_2022", "population_F", "population_M")
        .withTotalRow("name_in_list", "TOTAL")
        .read(ReferenceFiles.path("real/cremona-zona-omogenea-47-comuni-2022.csv"));
    Partition.Builder zones = Partition.builder("zone omogenee", TerritoryKind.HOMOGENEOUS_ZONE);
    Partition.Builder provinces = Partition.builder("province", TerritoryKind.PROVINCE);
    Dashboard.Builder b = Dashboard.builder().catalogue(IndicatorCatalogue.standard().with(FEMALES));
    for (ComuneResidents c : province.comuni()) {
      zones.assign(c.code(), zona.get(c.code()).isPresent() ? "zona-omogenea-cremonese" : "resto-provincia");
      provinces.assign(c.code(), "provincia-cremona");
      // totals only: one age band 0+, so every indicator that cuts by age is undefined, never guessed
      b.population(Population.builder(c.code().value(), 2022, AgeBands.cutAt())
          .band(AgeBand.all(), Math.toIntExact(c.males()), Math.toIntExact(c.females()), c.total()).build());
      b.input(c.code().value(), 2022, "females", BigDecimal.valueOf(c.females()));
    }
    return b.levels(zones.build(), provinces.build()).compute();
  }

  @Test
  void the113Comuni_writeAndReadBack_withTheSameValues_andEmptyUndefinedCells() throws IOException {
    WideTable wide = WideTable.of(province());
    assertEquals(113 + 2 + 1, wide.size());
    int females = wide.column("pct_female");
    int oldAge = wide.column("old_age_index");
    for (int i = 0; i < wide.size(); i++) {
      assertFalse(Double.isNaN(wide.value(i, females)), wide.territory(i));
      assertTrue(Double.isNaN(wide.value(i, oldAge)));
      assertTrue(wide.reason(i, oldAge).orElseThrow().startsWith("AGE_BAND_NOT_SPLIT: band 0+ does not split"
          + " at 65"), wide.reason(i, oldAge).orElseThrow());
    }
    StringWriter csv = new StringWriter();
    wide.csv(csv);
    WideTable back = WideTable.readCsv(new StringReader(csv.toString()), "wide.csv");
    assertEquals(wide.indicators(), back.indicators());
    assertEquals(wide.size(), back.size());
    for (int i = 0; i < wide.size(); i++) {
      assertEquals(wide.territory(i), back.territory(i));
      assertEquals(wide.parent(i), back.parent(i));
      assertEquals(wide.year(i), back.year(i));
      assertEquals(wide.level(i), back.level(i));
      for (int j = 0; j < wide.indicators().size(); j++) {
        assertEquals(Double.doubleToLongBits(wide.value(i, j)), Double.doubleToLongBits(back.value(i, j)),
            wide.territory(i) + " " + wide.indicators().get(j));
        assertEquals(wide.reason(i, j).isPresent(), back.reason(i, j).isPresent());
      }
    }
    // an undefined value is an empty cell: the old-age index column of every line is empty
    List<String> lines = csv.toString().lines().collect(Collectors.toList());
    int cell = WideTable.KEY_COLUMNS.size() + oldAge;
    for (String line : lines.subList(1, lines.size())) {
      assertEquals("", line.split(",", -1)[cell], line);
    }
  }

  @Test
  void theFemaleShare_ofEachTerritory_isItsFemalesOverItsResidents() throws IOException {
    WideTable wide = WideTable.of(province());
    ComuniList province = ComuniListReader
        .columns("municipality_code", "municipality", "population", "population_F", "population_M")
        .read(ReferenceFiles.path("real/cremona-province-comuni-2022.csv"));
    int j = wide.column("pct_female");
    for (int i = 0; i < wide.size(); i++) {
      if (wide.territory(i).equals("provincia-cremona")) {
        assertEquals(province.females() * 100.0 / province.total(), wide.value(i, j), 1e-12);
      }
    }
    Set<String> territories = new java.util.HashSet<>();
    for (int i = 0; i < wide.size(); i++) {
      territories.add(wide.territory(i));
    }
    assertTrue(territories.containsAll(List.of("zona-omogenea-cremonese", "resto-provincia", "019036")));
  }

  @Test
  void aBadCell_isRejectedNamingSourceLineAndColumn() {
    String csv = "year,level,kind,territory,parent,old_age_index\n2022,0,MUNICIPALITY,019036,,1e999\n";
    DataFileException e = assertThrows(DataFileException.class,
        () -> WideTable.readCsv(new StringReader(csv), "wide.csv"));
    assertEquals("wide.csv, line 2: 'old_age_index' is not a finite number: '1e999'", e.getMessage());
    assertThrows(DataFileException.class,
        () -> WideTable.readCsv(new StringReader("territory,x\n019036,1\n"), "wide.csv"));
  }
}
