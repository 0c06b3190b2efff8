package io.github.socialplan.excel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.github.socialplan.core.io.DataFileException;
import io.github.socialplan.core.io.PartitionData;
import io.github.socialplan.core.io.PartitionReader;
import io.github.socialplan.core.population.Population;
import io.github.socialplan.core.territory.Grouping;
import io.github.socialplan.core.territory.IstatCode;
import io.github.socialplan.core.territory.Partition;
import io.github.socialplan.core.territory.TerritoryKind;
import io.github.socialplan.excel.read.XlsxWorkbook;
import io.github.socialplan.excel.write.XlsxWriter;
import io.github.socialplan.indicators.dashboard.Dashboard;
import io.github.socialplan.indicators.dashboard.DashboardTable;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A workbook written with {@link Labels#ENGLISH} shows English labels wherever the library has an English
 * name: the territory kinds (in the level sheets' names and kind columns, in a partition's kind column), the
 * indicators' names and their units; an Italian one shows the Italian terms, as before.
 */
class EnglishWorkbookTest {

  @TempDir
  Path dir;

  /** Two comuni of the Provincia di Cremona, one province: a cruscotto of two levels and one year. */
  private static DashboardTable cruscotto() {
    Population cremona = Population.builder("019036", 2024).male(10, 5).male(70, 7).female(40, 6).build();
    Population crema = Population.builder("019035", 2024).female(30, 4).male(80, 3).build();
    Partition province = Partition.builder("province", TerritoryKind.PROVINCE)
        .assign(IstatCode.parse("019036"), "cremona").assign(IstatCode.parse("019035"), "cremona").build();
    return Dashboard.builder().levels(province).populations(List.of(cremona, crema)).compute();
  }

  private XSSFWorkbook written(Labels labels, DashboardTable table) throws Exception {
    Path file = dir.resolve("cruscotto-" + labels + ".xlsx");
    try (XlsxWriter w = XlsxWriter.create(labels)) {
      w.cruscotto(table).write(file);
    }
    try (InputStream in = Files.newInputStream(file)) {
      return new XSSFWorkbook(in);
    }
  }

  private static List<String> sheetNames(XSSFWorkbook wb) {
    List<String> names = new ArrayList<>();
    for (int i = 0; i < wb.getNumberOfSheets(); i++) {
      names.add(wb.getSheetName(i));
    }
    return names;
  }

  /** The row of a level's sheet for a territory and an indicator id (columns C and E). */
  private static Row row(Sheet s, String territory, String indicator) {
    for (Row r : s) {
      if (r.getRowNum() > 0 && r.getCell(2).getStringCellValue().equals(territory)
          && r.getCell(4).getStringCellValue().equals(indicator)) {
        return r;
      }
    }
    throw new AssertionError(s.getSheetName() + " has no row for " + territory + " " + indicator);
  }

  /** The row of a year's sheet for a territory (column C). */
  private static Row territory(Sheet s, String territory) {
    for (Row r : s) {
      if (r.getRowNum() > 0 && r.getCell(2).getStringCellValue().equals(territory)) {
        return r;
      }
    }
    throw new AssertionError(s.getSheetName() + " has no row for " + territory);
  }

  /** The header cell of a year's sheet that starts with a text. */
  private static String header(Sheet s, String start) {
    for (var c : s.getRow(0)) {
      if (c.getStringCellValue().startsWith(start)) {
        return c.getStringCellValue();
      }
    }
    throw new AssertionError(s.getSheetName() + "!1:1 has no header starting with " + start);
  }

  @Test
  void englishCruscotto_namesItsSheets_kinds_indicatorsAndUnitsInEnglish() throws Exception {
    try (XSSFWorkbook wb = written(Labels.ENGLISH, cruscotto())) {
      assertEquals(List.of("Level 0 municipality", "Level 1 province", "Year 2024"), sheetNames(wb));
      Sheet comuni = wb.getSheet("Level 0 municipality");
      Row meanAge = row(comuni, "019036", "mean_age");
      assertEquals("municipality", meanAge.getCell(1).getStringCellValue(), "Level 0 municipality!B (kind)");
      assertEquals("mean age", meanAge.getCell(5).getStringCellValue(), "Level 0 municipality!F (name)");
      assertEquals("years", meanAge.getCell(6).getStringCellValue(), "Level 0 municipality!G (unit)");
      Row elderly = row(comuni, "019036", "pct_elderly_65plus");
      assertEquals("% elderly (65 and over)", elderly.getCell(5).getStringCellValue());
      Row province = row(wb.getSheet("Level 1 province"), "cremona", "old_age_index");
      assertEquals("province", province.getCell(1).getStringCellValue(), "Level 1 province!B (kind)");
      assertEquals("old-age index", province.getCell(5).getStringCellValue(), "Level 1 province!F (name)");
      assertEquals("per 100", province.getCell(6).getStringCellValue(), "Level 1 province!G (unit)");
      Sheet year = wb.getSheet("Year 2024");
      assertEquals("Territory kind", year.getRow(0).getCell(1).getStringCellValue());
      assertEquals("municipality", territory(year, "019036").getCell(1).getStringCellValue(), "Year 2024!B");
      assertEquals("province", territory(year, "cremona").getCell(1).getStringCellValue(), "Year 2024!B");
      assertEquals("mean age (years)", header(year, "mean age"));
      assertEquals("old-age index (per 100)", header(year, "old-age index"));
    }
  }

  @Test
  void italianCruscotto_keepsItsItalianTerms() throws Exception {
    try (XSSFWorkbook wb = written(Labels.ITALIAN, cruscotto())) {
      assertEquals(List.of("Livello 0 comune", "Livello 1 provincia", "Anno 2024"), sheetNames(wb));
      Row meanAge = row(wb.getSheet("Livello 0 comune"), "019036", "mean_age");
      assertEquals("comune", meanAge.getCell(1).getStringCellValue());
      assertEquals("età media", meanAge.getCell(5).getStringCellValue());
      assertEquals("anni", meanAge.getCell(6).getStringCellValue());
      Row province = row(wb.getSheet("Livello 1 provincia"), "cremona", "old_age_index");
      assertEquals("provincia", province.getCell(1).getStringCellValue());
      assertEquals("indice di vecchiaia", province.getCell(5).getStringCellValue());
      Sheet year = wb.getSheet("Anno 2024");
      assertEquals("comune", territory(year, "019036").getCell(1).getStringCellValue());
      assertEquals("provincia", territory(year, "cremona").getCell(1).getStringCellValue());
      assertEquals("età media (anni)", header(year, "età media"));
    }
  }

  private static PartitionData zones() {
    Partition p = Partition.builder("zone omogenee", TerritoryKind.HOMOGENEOUS_ZONE)
        .assign(IstatCode.parse("019001"), "cremonese").assign(IstatCode.parse("019036"), "cremonese")
        .assign(IstatCode.parse("019035"), "cremasca").build();
    return new PartitionData("zones", p, List.of(Grouping.of("cremonese", TerritoryKind.HOMOGENEOUS_ZONE,
        "Zona Omogenea Cremonese"), Grouping.of("cremasca", TerritoryKind.HOMOGENEOUS_ZONE, "Zona Cremasca")));
  }

  @Test
  void englishPartition_writesItsKindInEnglish_andReadsBackEqual() throws Exception {
    PartitionData data = zones();
    Path file = dir.resolve("zones-en.xlsx");
    try (XlsxWriter w = XlsxWriter.create(Labels.ENGLISH)) {
      w.partition("Zones", data).write(file);
    }
    try (InputStream in = Files.newInputStream(file); XSSFWorkbook wb = new XSSFWorkbook(in)) {
      Sheet s = wb.getSheet("Zones");
      assertEquals("Grouping kind", s.getRow(0).getCell(3).getStringCellValue(), "Zones!D1");
      for (int r = 1; r <= 3; r++) {
        assertEquals("homogeneous zone", s.getRow(r).getCell(3).getStringCellValue(), "Zones!D" + (r + 1));
      }
    }
    try (XlsxWorkbook book = XlsxWorkbook.open(file)) {
      PartitionData back = PartitionReader.columns("Comune code", "Grouping").withNameColumn("Grouping name")
          .withKindColumn("Grouping kind").read(book.sheet("Zones"), "zone omogenee", null);
      assertEquals(data.partition(), back.partition());
      assertEquals(data.groupings(), back.groupings());
    }
  }

  @Test
  void italianPartition_keepsItsItalianKind() throws Exception {
    Path file = dir.resolve("zones-it.xlsx");
    try (XlsxWriter w = XlsxWriter.create()) {
      w.partition("Zone", zones()).write(file);
    }
    try (InputStream in = Files.newInputStream(file); XSSFWorkbook wb = new XSSFWorkbook(in)) {
      Sheet s = wb.getSheet("Zone");
      assertEquals("Tipo raggruppamento", s.getRow(0).getCell(3).getStringCellValue());
      assertEquals("zona omogenea", s.getRow(1).getCell(3).getStringCellValue(), "Zone!D2");
    }
  }

  @Test
  void partitionSheet_withAKindNoLanguageHas_isRefused_namingTheValueTheSheetAndTheCell() throws Exception {
    // an English partition sheet whose kind someone mistyped on its third row
    Path file = dir.resolve("mistyped.xlsx");
    try (XSSFWorkbook wb = new XSSFWorkbook()) {
      Sheet s = wb.createSheet("Zones");
      String[][] rows = {{"Comune code", "Grouping", "Grouping kind"}, {"019001", "cremonese", "homogeneous zone"},
          {"019036", "cremonese", "homogenous zone"}};
      for (int r = 0; r < rows.length; r++) {
        Row row = s.createRow(r);
        for (int c = 0; c < rows[r].length; c++) {
          row.createCell(c).setCellValue(rows[r][c]);
        }
      }
      try (OutputStream out = Files.newOutputStream(file)) {
        wb.write(out);
      }
    }
    try (XlsxWorkbook book = XlsxWorkbook.open(file)) {
      DataFileException e = assertThrows(DataFileException.class, () -> PartitionReader
          .columns("Comune code", "Grouping").withKindColumn("Grouping kind").read(book.sheet("Zones"), "z", null));
      String message = e.getMessage();
      String start = file + ", Zones!C3: 'Grouping kind' is not a kind of grouping: 'homogenous zone'; expected one of";
      assertEquals(start, message.substring(0, Math.min(start.length(), message.length())), message);
    }
  }
}
