package io.github.socialplan.excel;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.socialplan.budget.quota.QuotaCapitaria;
import io.github.socialplan.excel.write.XlsxWriter;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What a spreadsheet shows in a cell, by its number format, is the library's figure or says why there is none. */
class ShownFiguresTest {

  @TempDir
  Path dir;

  @Test
  void quotaRate_finerThanACent_showsEveryDecimal_andACentRateTwo() throws Exception {
    // 1.125 + 0.875 = 2.000 for the comune that pays both; 1.125 for the one that keeps "b" for itself
    QuotaCapitaria q = QuotaCapitaria.builder().component("a", new BigDecimal("1.125"))
        .component("b", new BigDecimal("0.875")).build();
    Path file = dir.resolve("quota.xlsx");
    try (XlsxWriter w = XlsxWriter.create()) {
      w.quota("Quota", q.charge(Map.of("019036", 10L, "019098", 4L), Map.of("019098", Set.of("b")))).write(file);
    }
    try (InputStream in = Files.newInputStream(file); XSSFWorkbook wb = new XSSFWorkbook(in)) {
      DataFormatter shown = new DataFormatter(Locale.ROOT);
      Sheet s = wb.getSheet("Quota");
      for (Row row : s) {
        String comune = row.getCell(0).getStringCellValue();
        if (comune.equals("019036")) {
          assertEquals("2.00 €", shown.formatCellValue(row.getCell(2)));
          assertEquals("20.00 €", shown.formatCellValue(row.getCell(3)));
        } else if (comune.equals("019098")) {
          assertEquals("1.125 €", shown.formatCellValue(row.getCell(2)), "the rate, not rounded to the cent");
          assertEquals("4.50 €", shown.formatCellValue(row.getCell(3)));
        }
      }
    }
  }
}
