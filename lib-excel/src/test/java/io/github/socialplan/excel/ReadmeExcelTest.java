package io.github.socialplan.excel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.github.socialplan.core.io.ComuneResidents;
import io.github.socialplan.core.io.ComuniList;
import io.github.socialplan.core.io.ComuniListReader;
import io.github.socialplan.core.io.DataFileException;
import io.github.socialplan.core.io.PlanTableReader;
import io.github.socialplan.core.money.Money;
import io.github.socialplan.core.plan.Plan;
import io.github.socialplan.core.plan.YearlyBudget;
import io.github.socialplan.core.testing.ReferenceFiles;
import io.github.socialplan.excel.read.PlanSheet;
import io.github.socialplan.excel.read.XlsxWorkbook;
import io.github.socialplan.excel.write.XlsxWriter;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

/** README's spreadsheet snippet, run and checked. */
class ReadmeExcelTest {

  @Test
  void readmeSnippet_writesThePlanAndReadsItBack_andReadsAnOfficesSheet() throws Exception {
    Files.createDirectories(Path.of("target"));
    // an office's sheet: a title row, the header on row 3 with a line break, codes stored as numbers
    List<ComuneResidents> expected = ComuniListReader
        .columns("municipality_code", "municipality", "population", "population_F", "population_M")
        .read(ReferenceFiles.path("real/cremona-province-comuni-2022.csv")).comuni().subList(0, 3);
    officesSheet(expected, expected.get(2).total());

    // --- README snippet starts
    Plan pdz = PlanTableReader.of("pdz-cremona-2015-2017", "Piano di Zona 2015-2017", "ambito-cremona")
        .read(Path.of("data/reference/cremona-plan-2015-2017.csv"));
    Path file = Path.of("target/piano.xlsx");
    try (XlsxWriter w = XlsxWriter.create()) {            // Italian labels, € and % formats, =SUM totals
      w.plan(pdz).write(file);
    }
    Plan back;
    try (XlsxWorkbook book = XlsxWorkbook.open(file)) {   // streaming, within XlsxLimits
      back = PlanSheet.read(book, "Bilancio",
          PlanTableReader.of("pdz-cremona-2015-2017", "Piano di Zona 2015-2017", "ambito-cremona"));
    }
    // back.budgets() equals pdz.budgets(), to the cent, the one-euro gap of 2015 included

    // an office's sheet: a title row, the header on row 3 ("Codice\nComune"), codes stored as numbers
    ComuniList comuni;
    try (XlsxWorkbook book = XlsxWorkbook.open(Path.of("target/comuni.xlsx"))) {
      comuni = ComuniListReader.columns("Codice Comune", "Denominazione", "Residenti", "Femmine", "Maschi")
          .read(book.sheet("Comuni", 3, 1));
    }
    // a bad cell fails as in CSV, naming it, e.g.
    // target/comuni.xlsx, Comuni!C6: comune 019003 (Annicco): 'Residenti' is negative: -5
    // --- README snippet ends

    assertEquals(pdz.budgets(), back.budgets());
    YearlyBudget y2015 = back.budget(2015).orElseThrow();
    assertEquals(Money.parse("-1.00"), y2015.expenditureTotal().minus(y2015.publishedExpenditureTotal().orElseThrow()));
    assertEquals(expected, comuni.comuni());

    // the bad cell of the comment: Annicco's residents, the third comune, written as -5
    assertEquals("019003", expected.get(2).code().value());
    officesSheet(expected, -5);
    try (XlsxWorkbook book = XlsxWorkbook.open(Path.of("target/comuni.xlsx"))) {
      DataFileException e = assertThrows(DataFileException.class, () -> ComuniListReader
          .columns("Codice Comune", "Denominazione", "Residenti", "Femmine", "Maschi")
          .read(book.sheet("Comuni", 3, 1)));
      assertEquals("target/comuni.xlsx, Comuni!C6: comune 019003 (Annicco): 'Residenti' is negative: -5",
          e.getMessage());
    }
  }

  /**
   * Writes target/comuni.xlsx as an office would: a title row, the header on row 3 with a line break,
   * codes stored as numbers, the third comune's residents given.
   */
  private static void officesSheet(List<ComuneResidents> comuni, long thirdResidents) throws Exception {
    try (XSSFWorkbook wb = new XSSFWorkbook()) {
      Sheet s = wb.createSheet("Comuni");
      s.createRow(0).createCell(0).setCellValue("Comuni della provincia, residenti al 1° gennaio 2022");
      Row h = s.createRow(2);
      String[] header = {"Codice\nComune", "Denominazione", "Residenti", "Femmine", "Maschi"};
      for (int i = 0; i < header.length; i++) {
        h.createCell(i).setCellValue(header[i]);
      }
      for (int i = 0; i < comuni.size(); i++) {
        ComuneResidents c = comuni.get(i);
        Row row = s.createRow(3 + i); // rows 4, 5 and 6 as the sheet numbers them
        row.createCell(0).setCellValue(Integer.parseInt(c.code().value()));
        row.createCell(1).setCellValue(c.name());
        row.createCell(2).setCellValue(i == 2 ? thirdResidents : c.total());
        row.createCell(3).setCellValue(c.females());
        row.createCell(4).setCellValue(c.males());
      }
      try (OutputStream out = Files.newOutputStream(Path.of("target/comuni.xlsx"))) {
        wb.write(out);
      }
    }
  }
}
