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
import java.util.Optional;
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

  @Test
  void theRows_comeParentsFirst_withTheirKeys() throws IOException {
    DashboardTable table = province();
    WideTable wide = WideTable.of(table);
    assertEquals(table.indicators().stream().map(Indicator::id).toList(), wide.indicators());
    // the province first, then its two zones, then the 113 comuni
    assertEquals(List.of(2022, 2, "PROVINCE", "provincia-cremona", Optional.empty()),
        List.of(wide.year(0), wide.level(0), wide.kind(0), wide.territory(0), wide.parent(0)));
    assertEquals(List.of(2022, 1, "HOMOGENEOUS_ZONE", "resto-provincia", Optional.of("provincia-cremona")),
        List.of(wide.year(1), wide.level(1), wide.kind(1), wide.territory(1), wide.parent(1)));
    int last = wide.size() - 1;
    assertEquals(List.of(2022, 0, "MUNICIPALITY"), List.of(wide.year(last), wide.level(last), wide.kind(last)));
    assertEquals("WideTable[116 rows x " + table.indicators().size() + " indicators]", wide.toString());
    assertEquals("no column 'nope' in the table: " + wide.indicators(),
        assertThrows(IllegalArgumentException.class, () -> wide.column("nope")).getMessage());
  }

  private static WideTable read(String csv) throws IOException {
    return WideTable.readCsv(new StringReader(csv), "wide.csv");
  }

  private static String refused(String csv) {
    return assertThrows(DataFileException.class, () -> read(csv)).getMessage();
  }

  @Test
  void aSmallFile_readsItsKeys_values_andEmptyCells() throws IOException {
    WideTable t = read("year,level,kind,territory,parent,a,b\n"
        + "2021,1,PLANNING_DISTRICT,ambito,,0.5,\n"
        + "123456789,0,MUNICIPALITY,019036,ambito,-2,1.000000000000000000000000000000\n");
    assertEquals(List.of("a", "b"), t.indicators());
    assertEquals(2, t.size());
    assertEquals(List.of(2021, 1, "PLANNING_DISTRICT", "ambito", Optional.empty()),
        List.of(t.year(0), t.level(0), t.kind(0), t.territory(0), t.parent(0)));
    assertEquals(List.of(123_456_789, 0, "MUNICIPALITY", "019036", Optional.of("ambito")),
        List.of(t.year(1), t.level(1), t.kind(1), t.territory(1), t.parent(1)));
    assertEquals(0.5, t.value(0, 0));
    assertEquals(Optional.empty(), t.reason(0, 0));
    assertTrue(Double.isNaN(t.value(0, 1)));
    assertEquals(Optional.of("empty cell in wide.csv, line 2"), t.reason(0, 1));
    assertEquals(-2.0, t.value(1, 0));
    assertEquals(1.0, t.value(1, 1)); // 32 characters, the longest number cell
    // only the key columns: a table of no indicators
    assertEquals(List.of(), read("year,level,kind,territory,parent\n2021,0,MUNICIPALITY,019036,\n").indicators());
  }

  /**
   * A spreadsheet saving "CSV UTF-8" puts a byte order mark first: the header's first name was then
   * "\uFEFFyear", refused with a message that showed the header as expected.
   */
  @Test
  void aByteOrderMarkAtTheStart_isSkipped() throws IOException {
    WideTable t = read("\uFEFFyear,level,kind,territory,parent,a\r\n2021,0,MUNICIPALITY,019036,,0.5\r\n");
    assertEquals(List.of(2021, 0, "019036"), List.of(t.year(0), t.level(0), t.territory(0)));
    assertEquals(0.5, t.value(0, 0));
  }

  @Test
  void badFiles_areRefused_namingTheLineAndTheCell() {
    String header = "year,level,kind,territory,parent,a\n";
    assertEquals("wide.csv: empty file: no header", refused(""));
    // an unclosed quote: a DataFileException, not the IOException Jackson throws for it
    assertTrue(refused("year,\"level\n").startsWith("wide.csv, line 1: not a CSV line: "));
    assertEquals("wide.csv, line 1: the header must start with [year, level, kind, territory, parent]:"
        + " [year, level, kind, territory, parents, a]", refused("year,level,kind,territory,parents,a\n"));
    assertEquals("wide.csv, line 1: the header must start with [year, level, kind, territory, parent]:"
        + " [year, level, kind, territory]", refused("year,level,kind,territory\n"));
    assertEquals("wide.csv, line 3: expected 6 fields as in the header, found 5",
        refused(header + "2021,0,MUNICIPALITY,019036,,1\n2021,0,MUNICIPALITY,019037,\n"));
    assertEquals("wide.csv, line 2: 'year' is not a whole number: '2021.0'",
        refused(header + "2021.0,0,MUNICIPALITY,019036,,1\n"));
    // a plus sign and digits of other scripts, which Integer.parseInt takes, are not how a year is written
    for (String year : List.of("+2021", "\u0662\u0660\u0662\u0661", "\uff12\uff10\uff12\uff11")) {
      assertEquals("wide.csv, line 2: 'year' is not a whole number: '" + year + "'",
          refused(header + year + ",0,MUNICIPALITY,019036,,1\n"));
    }
    // ten digits are refused before parsing, even when they would fit an int
    assertEquals("wide.csv, line 2: 'level' is not a whole number: '2147483647'",
        refused(header + "2021,2147483647,MUNICIPALITY,019036,,1\n"));
    for (String notANumber : List.of("1.5d", "1.5D", "1.5f", "1.5F", "NaN", "Infinity", "0x1p3z", "1,5")) {
      String csv = header + "2021,0,MUNICIPALITY,019036,,\"" + notANumber + "\"\n";
      assertEquals("wide.csv, line 2: 'a' is not a finite number: '" + notANumber + "'", refused(csv));
    }
    String longNumber = "1." + "0".repeat(31); // 33 characters
    assertEquals("wide.csv, line 2: 'a' is not a finite number: '" + longNumber + "'",
        refused(header + "2021,0,MUNICIPALITY,019036,," + longNumber + "\n"));
    // the offending text is shown whole up to 40 characters, then cut
    String forty = "x".repeat(40);
    assertEquals("wide.csv, line 2: 'a' is not a finite number: '" + forty + "'",
        refused(header + "2021,0,MUNICIPALITY,019036,," + forty + "\n"));
    assertEquals("wide.csv, line 2: 'a' is not a finite number: '" + forty + "...'",
        refused(header + "2021,0,MUNICIPALITY,019036,," + forty + "y\n"));
  }

  /** Four comuni of the province in one zone whose id is given: a grouping id is any text. */
  private static DashboardTable oneZone(String id) throws IOException {
    ComuniList province = ComuniListReader
        .columns("municipality_code", "municipality", "population", "population_F", "population_M")
        .read(ReferenceFiles.path("real/cremona-province-comuni-2022.csv"));
    Partition.Builder zones = Partition.builder("zone", TerritoryKind.HOMOGENEOUS_ZONE);
    Dashboard.Builder b = Dashboard.builder().catalogue(IndicatorCatalogue.standard().with(FEMALES));
    for (ComuneResidents c : province.comuni().subList(0, 4)) {
      zones.assign(c.code(), id);
      b.population(Population.builder(c.code().value(), 2022, AgeBands.cutAt())
          .band(AgeBand.all(), Math.toIntExact(c.males()), Math.toIntExact(c.females()), c.total()).build());
      b.input(c.code().value(), 2022, "females", BigDecimal.valueOf(c.females()));
    }
    return b.levels(zones.build()).compute();
  }

  @Test
  void aGroupingIdWithABareCarriageReturn_readsBack() throws IOException {
    // unquoted, the \r ended the line: the file refused its own second line ("found 4" fields)
    WideTable wide = WideTable.of(oneZone("zona\rnord"));
    StringWriter out = new StringWriter();
    wide.csv(out);
    WideTable back = read(out.toString());
    assertEquals(wide.size(), back.size());
    assertEquals("zona\rnord", back.territory(0));
    assertEquals(Optional.of("zona\rnord"), back.parent(1));
    int j = back.column("pct_female");
    for (int i = 0; i < wide.size(); i++) {
      assertEquals(wide.value(i, wide.column("pct_female")), back.value(i, j));
    }
  }

  @Test
  void afterACellWithLineBreaks_anErrorNamesTheFileLine() {
    String header = "year,level,kind,territory,parent,a\n";
    // the first record takes lines 2 to 4, the second starts at line 5
    String twoLines = header + "2021,1,PLANNING_DISTRICT,\"zona\nnord\r\nest\",,1\n";
    assertEquals("wide.csv, line 5: 'a' is not a finite number: 'x'",
        refused(twoLines + "2021,0,MUNICIPALITY,019036,\"zona\nnord\r\nest\",x\n"));
    assertEquals("wide.csv, line 5: expected 6 fields as in the header, found 5",
        refused(twoLines + "2021,0,MUNICIPALITY,019036,\n"));
  }

  @Test
  void anEmptyCellAfterACellWithLineBreaks_namesItsFileLine() throws IOException {
    WideTable t = read("year,level,kind,territory,parent,a\n2021,1,PLANNING_DISTRICT,\"zona\nnord\",,1\n"
        + "2021,0,MUNICIPALITY,019036,\"zona\nnord\",\n");
    assertEquals(Optional.of("empty cell in wide.csv, line 4"), t.reason(1, 0));
  }

  @Test
  void aNegativeLevel_isRefused() {
    // level 0 is the comuni, 1 the first partition above them: a level below 0 names none
    assertEquals("wide.csv, line 2: 'level' must be 0 (comuni) or more: '-1'",
        refused("year,level,kind,territory,parent,a\n2021,-1,MUNICIPALITY,019036,,1\n"));
  }

  @Test
  void anUnknownKind_orAnEmptyTerritory_isRefused_asTheCruscottoReaderRefusesThem() {
    String header = "year,level,kind,territory,parent,a\n";
    assertTrue(refused(header + "2021,0,COMUNE,019036,,1\n").startsWith("wide.csv, line 2: 'kind' is not a"
        + " territory kind [NATION, "), refused(header + "2021,0,COMUNE,019036,,1\n"));
    assertEquals("wide.csv, line 2: 'territory' must not be empty",
        refused(header + "2021,0,MUNICIPALITY,,,1\n"));
  }
}
