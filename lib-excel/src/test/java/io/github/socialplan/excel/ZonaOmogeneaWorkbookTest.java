package io.github.socialplan.excel;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.socialplan.core.io.ComuneResidents;
import io.github.socialplan.core.io.ComuniList;
import io.github.socialplan.core.io.ComuniListReader;
import io.github.socialplan.core.io.PartitionReader;
import io.github.socialplan.core.territory.Partition;
import io.github.socialplan.core.territory.TerritoryKind;
import io.github.socialplan.core.testing.ReferenceFiles;
import io.github.socialplan.excel.read.XlsxWorkbook;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The 47 comuni of the Zona Omogenea Cremonese typed into a workbook as an office would: a title row, codes
 * stored as numbers (so {@code 019001} is {@code 19001}), a header cell with a line break, a merged
 * {@code Popolazione} header over two rows; a second sheet of residents ends with a total row of
 * {@code =SUM} formulas. The workbook is built
 * here with Apache POI's user model from the project's CSV copy; it must read into the same partition and
 * the same list as the CSV file.
 */
class ZonaOmogeneaWorkbookTest {

  private static final String CSV = "real/cremona-zona-omogenea-47-comuni-2022.csv";
  private static final String ZONA = "zona-omogenea-cremonese";

  @TempDir
  static Path dir;

  static ComuniList csv;
  static Path workbook;

  @BeforeAll
  static void writeByHand() throws Exception {
    csv = ComuniListReader.columns("istat_code", "municipality", "population_2022", "population_F", "population_M")
        .withTotalRow("name_in_list", "TOTAL").read(ReferenceFiles.path(CSV));
    workbook = dir.resolve("zona-omogenea.xlsx");
    try (XSSFWorkbook wb = new XSSFWorkbook()) {
      sheet(wb.createSheet("Zona omogenea"), false);
      sheet(wb.createSheet("Residenti"), true);
      wb.getCreationHelper().createFormulaEvaluator().evaluateAll();
      try (OutputStream out = Files.newOutputStream(workbook)) {
        wb.write(out);
      }
    }
  }

  /** One sheet of the comuni: the partition, or the residents with their total row. */
  private static void sheet(Sheet s, boolean withTotal) {
    s.createRow(0).createCell(0).setCellValue("Zona Omogenea Cremonese: comuni e residenti al 1° gennaio 2022");
    s.addMergedRegion(CellRangeAddress.valueOf("A1:F1"));
    Row top = s.createRow(2);
    top.createCell(0).setCellValue("Codice\nComune");
    top.createCell(1).setCellValue("Denominazione");
    top.createCell(2).setCellValue("Zona");
    top.createCell(3).setCellValue("Popolazione");
    s.addMergedRegion(CellRangeAddress.valueOf("A3:A4"));
    s.addMergedRegion(CellRangeAddress.valueOf("B3:B4"));
    s.addMergedRegion(CellRangeAddress.valueOf("C3:C4"));
    s.addMergedRegion(CellRangeAddress.valueOf("D3:F3"));
    Row bottom = s.createRow(3);
    bottom.createCell(3).setCellValue("Totale");
    bottom.createCell(4).setCellValue("Femmine");
    bottom.createCell(5).setCellValue("Maschi");
    int r = 4;
    for (ComuneResidents c : csv.comuni()) {
      Row row = s.createRow(r++);
      row.createCell(0).setCellValue(Integer.parseInt(c.code().toString()));   // a number: 19001
      row.createCell(1).setCellValue(c.name());
      row.createCell(2).setCellValue(ZONA);
      row.createCell(3).setCellValue(c.total());
      row.createCell(4).setCellValue(c.females());
      row.createCell(5).setCellValue(c.males());
    }
    if (withTotal) {
      Row total = s.createRow(r);
      total.createCell(1).setCellValue("Totale");
      for (int col = 3; col <= 5; col++) {
        String letter = String.valueOf((char) ('A' + col));
        total.createCell(col).setCellFormula("SUM(" + letter + "5:" + letter + r + ")");
      }
    }
  }

  @Test
  void partition_fromTheWorkbook_isThePartitionOfTheCsvFile() throws Exception {
    Partition.Builder expected = Partition.builder("zone omogenee", TerritoryKind.HOMOGENEOUS_ZONE);
    csv.comuni().forEach(c -> expected.assign(c.code(), ZONA));

    Partition read;
    try (XlsxWorkbook book = XlsxWorkbook.open(workbook)) {
      read = PartitionReader.columns("Codice Comune", "Zona")
          .read(book.sheet("Zona omogenea", 3, 2), "zone omogenee", TerritoryKind.HOMOGENEOUS_ZONE).partition();
    }

    assertEquals(expected.build(), read);
    assertEquals(47, read.members(ZONA).size());
  }

  @Test
  void comuniList_fromTheWorkbook_isTheListOfTheCsvFile_andItsFormulaTotalsAreThePublishedOnes() throws Exception {
    ComuniList read;
    try (XlsxWorkbook book = XlsxWorkbook.open(workbook)) {
      read = ComuniListReader.columns("Codice Comune", "Denominazione", "Popolazione Totale", "Popolazione Femmine",
          "Popolazione Maschi").withTotalRow("Denominazione", "Totale").read(book.sheet("Residenti", 3, 2));
    }

    assertEquals(csv.comuni(), read.comuni());
    assertEquals(csv.publishedTotal(), read.publishedTotal());
  }
}
