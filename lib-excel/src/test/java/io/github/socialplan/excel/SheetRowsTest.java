package io.github.socialplan.excel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.github.socialplan.excel.read.SheetRows;
import io.github.socialplan.excel.read.XlsxWorkbook;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** How the cells of a sheet read as text: numbers, formats, formulas, headers. */
class SheetRowsTest {

  @TempDir
  Path dir;

  @Test
  void cells_readAsACsvFileWouldHoldThem() throws Exception {
    Path file = dir.resolve("cells.xlsx");
    try (XSSFWorkbook wb = new XSSFWorkbook()) {
      Sheet s = wb.createSheet("Dati");
      CellStyle euro = wb.createCellStyle();
      euro.setDataFormat(wb.createDataFormat().getFormat("#,##0.00\\ \"€\""));
      CellStyle percent = wb.createCellStyle();
      percent.setDataFormat(wb.createDataFormat().getFormat("0.0%"));
      CellStyle date = wb.createCellStyle();
      date.setDataFormat(wb.createDataFormat().getFormat("dd/mm/yyyy"));
      Row h = s.createRow(0);
      String[] header = {"Codice\nComune", "Importo", "Quota", "Data", "Somma", "Decimi", "Vero", "Testo"};
      for (int i = 0; i < header.length; i++) {
        h.createCell(i).setCellValue(header[i]);
      }
      Row r = s.createRow(1);
      r.createCell(0).setCellValue(19036);
      r.createCell(1).setCellValue(599589.5);
      r.getCell(1).setCellStyle(euro);
      r.createCell(2).setCellValue(0.195);
      r.getCell(2).setCellStyle(percent);
      r.createCell(3).setCellValue(LocalDate.of(2022, 1, 1));
      r.getCell(3).setCellStyle(date);
      r.createCell(4).setCellFormula("A2+1");
      r.createCell(5).setCellFormula("0.1+0.2");
      r.createCell(6).setCellValue(true);
      r.createCell(7).setCellValue("Città; \"sì\"\nriga");
      wb.getCreationHelper().createFormulaEvaluator().evaluateAll();
      try (OutputStream out = Files.newOutputStream(file)) {
        wb.write(out);
      }
    }
    try (XlsxWorkbook book = XlsxWorkbook.open(file); SheetRows rows = book.sheet("Dati")) {
      assertEquals(List.of("Codice Comune", "Importo", "Quota", "Data", "Somma", "Decimi", "Vero", "Testo"),
          rows.next());
      assertEquals(List.of("19036", "599589.5", "0.195", "2022-01-01", "19037", "0.3", "TRUE",
          "Città; \"sì\"\nriga"), rows.next());
      assertEquals("Dati!C2", rows.where(2));
      assertNull(rows.next());
    }
  }

  @Test
  void header_belowATitle_overTwoRowsWithMergedCells_namesEachColumn() throws Exception {
    Path file = dir.resolve("header.xlsx");
    try (XSSFWorkbook wb = new XSSFWorkbook()) {
      Sheet s = wb.createSheet("Elenco comuni");
      s.createRow(0).createCell(0).setCellValue("Popolazione residente al 1° gennaio");
      s.addMergedRegion(CellRangeAddress.valueOf("A1:D1"));
      Row top = s.createRow(2);
      top.createCell(0).setCellValue("Codice");
      top.createCell(1).setCellValue("Popolazione");
      s.addMergedRegion(CellRangeAddress.valueOf("A3:A4"));
      s.addMergedRegion(CellRangeAddress.valueOf("B3:D3"));
      Row bottom = s.createRow(3);
      bottom.createCell(1).setCellValue("Totale");
      bottom.createCell(2).setCellValue("Femmine");
      bottom.createCell(3).setCellValue("Maschi");
      Row data = s.createRow(5);
      data.createCell(0).setCellValue("019036");
      data.createCell(1).setCellValue(3);
      try (OutputStream out = Files.newOutputStream(file)) {
        wb.write(out);
      }
    }
    try (XlsxWorkbook book = XlsxWorkbook.open(file); SheetRows rows = book.sheet("Elenco comuni", 3, 2)) {
      assertEquals(List.of("Codice", "Popolazione Totale", "Popolazione Femmine", "Popolazione Maschi"),
          rows.next());
      assertEquals(4, rows.line());
      assertEquals(List.of("019036", "3", "", ""), rows.next());
      assertEquals("'Elenco comuni'!B6", rows.where(1));
    }
  }

  /** A one-sheet workbook "Dati" with the header A, B and the given rows of sheet XML. */
  private Path withRows(String name, String rowsXml) throws Exception {
    Path poi = dir.resolve("poi-" + name);
    try (XSSFWorkbook wb = new XSSFWorkbook()) {
      Row h = wb.createSheet("Dati").createRow(0);
      h.createCell(0).setCellValue("A");
      h.createCell(1).setCellValue("B");
      try (OutputStream out = Files.newOutputStream(poi)) {
        wb.write(out);
      }
    }
    Path file = dir.resolve(name);
    try (java.util.zip.ZipFile in = new java.util.zip.ZipFile(poi.toFile());
        java.util.zip.ZipOutputStream out = new java.util.zip.ZipOutputStream(Files.newOutputStream(file))) {
      for (java.util.Enumeration<? extends java.util.zip.ZipEntry> e = in.entries(); e.hasMoreElements(); ) {
        java.util.zip.ZipEntry entry = e.nextElement();
        out.putNextEntry(new java.util.zip.ZipEntry(entry.getName()));
        byte[] bytes = in.getInputStream(entry).readAllBytes();
        if (entry.getName().equals("xl/worksheets/sheet1.xml")) {
          String xml = new String(bytes, java.nio.charset.StandardCharsets.UTF_8);
          int end = xml.indexOf("</sheetData>");
          bytes = (xml.substring(0, end) + rowsXml + xml.substring(end))
              .getBytes(java.nio.charset.StandardCharsets.UTF_8);
        }
        out.write(bytes);
      }
    }
    return file;
  }

  @Test
  void cellsOutOfOrder_areRefused_ratherThanShiftedToColumnsNotTheirs() throws Exception {
    Path file = withRows("order.xlsx",
        "<row r=\"2\"><c r=\"B2\" t=\"inlineStr\"><is><t>Cremona</t></is></c><c r=\"A2\"><v>19036</v></c></row>");
    try (XlsxWorkbook book = XlsxWorkbook.open(file); SheetRows rows = book.sheet("Dati")) {
      assertEquals(List.of("A", "B"), rows.next());
      io.github.socialplan.core.io.DataFileException e =
          org.junit.jupiter.api.Assertions.assertThrows(io.github.socialplan.core.io.DataFileException.class, rows::next);
      assertEquals(file + ", Dati!A2: cell A2 comes after column B of its row: not a readable sheet", e.getMessage());
    }
  }

  @Test
  void emptyFormattedCellsPastTheHeader_areNotFields() throws Exception {
    Path file = withRows("formatted.xlsx",
        "<row r=\"2\"><c r=\"A2\"><v>1</v></c><c r=\"B2\"><v>2</v></c><c r=\"D2\" s=\"0\"/></row>"
            + "<row r=\"3\"><c r=\"A3\"><v>3</v></c><c r=\"C3\"><v>9</v></c></row>");
    try (XlsxWorkbook book = XlsxWorkbook.open(file); SheetRows rows = book.sheet("Dati")) {
      assertEquals(List.of("A", "B"), rows.next());
      assertEquals(List.of("1", "2"), rows.next());
      assertEquals(List.of("3", "", "9"), rows.next()); // a value past the header stays, for the reader to refuse
    }
  }

  @Test
  void anElapsedTime_readsAsItsDays_andADateTimeKeepsItsSeconds() throws Exception {
    Path file = dir.resolve("times.xlsx");
    try (XSSFWorkbook wb = new XSSFWorkbook()) {
      Sheet s = wb.createSheet("Dati");
      CellStyle elapsed = wb.createCellStyle();
      elapsed.setDataFormat(wb.createDataFormat().getFormat("[h]:mm"));
      CellStyle stamp = wb.createCellStyle();
      stamp.setDataFormat(wb.createDataFormat().getFormat("dd/mm/yyyy hh:mm"));
      Row h = s.createRow(0);
      h.createCell(0).setCellValue("Durata");
      h.createCell(1).setCellValue("Ora");
      Row r = s.createRow(1);
      r.createCell(0).setCellValue(1.5); // shown 36:00, not 1 January 1900 at noon
      r.getCell(0).setCellStyle(elapsed);
      r.createCell(1).setCellValue(java.time.LocalDateTime.of(2024, 1, 15, 12, 0));
      r.getCell(1).setCellStyle(stamp);
      try (OutputStream out = Files.newOutputStream(file)) {
        wb.write(out);
      }
    }
    try (XlsxWorkbook book = XlsxWorkbook.open(file); SheetRows rows = book.sheet("Dati")) {
      assertEquals(List.of("Durata", "Ora"), rows.next());
      assertEquals(List.of("1.5", "2024-01-15T12:00:00"), rows.next());
    }
  }
}
