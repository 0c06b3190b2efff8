package io.github.socialplan.excel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import io.github.socialplan.core.io.ComuniListReader;
import io.github.socialplan.core.io.DataFileException;
import io.github.socialplan.core.io.PlanTableReader;
import io.github.socialplan.excel.read.SheetRows;
import io.github.socialplan.excel.read.XlsxLimits;
import io.github.socialplan.excel.read.XlsxWorkbook;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.Enumeration;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;
import org.apache.poi.poifs.crypt.EncryptionInfo;
import org.apache.poi.poifs.crypt.EncryptionMode;
import org.apache.poi.poifs.crypt.Encryptor;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import org.junit.jupiter.api.io.TempDir;

/** Bad and hostile workbooks are refused with a message naming the workbook, the sheet and the cell. */
class BadWorkbookTest {

  private static final ComuniListReader COMUNI =
      ComuniListReader.columns("Codice", "Comune", "Residenti", "Femmine", "Maschi");

  @TempDir
  Path dir;

  /** A workbook of one sheet whose rows are given as cells: numbers as Double, the rest as text. */
  private Path workbook(String name, String sheet, Object[]... rows) throws IOException {
    Path file = dir.resolve(name);
    try (XSSFWorkbook wb = new XSSFWorkbook()) {
      Sheet s = wb.createSheet(sheet);
      for (int r = 0; r < rows.length; r++) {
        Row row = s.createRow(r);
        for (int c = 0; c < rows[r].length; c++) {
          Object v = rows[r][c];
          if (v instanceof Number) {
            row.createCell(c).setCellValue(((Number) v).doubleValue());
          } else {
            row.createCell(c).setCellValue((String) v);
          }
        }
      }
      try (OutputStream out = Files.newOutputStream(file)) {
        wb.write(out);
      }
    }
    return file;
  }

  private static String message(Executable e) {
    return assertThrows(DataFileException.class, e).getMessage();
  }

  private Object[] comuniHeader() {
    return new Object[] {"Codice", "Comune", "Residenti", "Femmine", "Maschi"};
  }

  @Test
  void textInAMoneyColumn_namesTheCell() throws Exception {
    Path file = workbook("piano.xlsx", "Budget", new Object[] {"kind", "line", "2015", "2016"},
        new Object[] {"revenue", "Entrate dai Comuni", 3415000, 3615000},
        new Object[] {"expenditure", "Area anziani", 625702, "seicentomila"});

    String m = message(() -> {
      try (XlsxWorkbook book = XlsxWorkbook.open(file)) {
        PlanTableReader.of("p", "Piano", "ambito").read(book.sheet("Budget"));
      }
    });

    assertEquals(file + ", Budget!D3: year 2016: ", m.substring(0, m.indexOf(": year 2016: ") + 13));
    assertContains(m, "seicentomila");
  }

  @Test
  void negativeCount_namesTheCell() throws Exception {
    Path file = workbook("comuni.xlsx", "Comuni", comuniHeader(),
        new Object[] {19036, "Cremona", 70841, 37411, 33430},
        new Object[] {19098, "Pizzighettone", -5, 0, 0});

    String m = message(() -> {
      try (XlsxWorkbook book = XlsxWorkbook.open(file)) {
        COMUNI.read(book.sheet("Comuni"));
      }
    });

    assertEquals(file + ", Comuni!C3: comune 019098 (Pizzighettone): 'Residenti' is negative: -5", m);
  }

  @Test
  void duplicateComune_namesBothCells() throws Exception {
    Path file = workbook("comuni.xlsx", "Comuni", comuniHeader(),
        new Object[] {19036, "Cremona", 70841, 37411, 33430},
        new Object[] {"019036", "Cremona", 70841, 37411, 33430});

    String m = message(() -> {
      try (XlsxWorkbook book = XlsxWorkbook.open(file)) {
        COMUNI.read(book.sheet("Comuni"));
      }
    });

    assertEquals(file + ", Comuni!A3: comune 019036 (Cremona) listed twice, first at Comuni!A2", m);
  }

  @Test
  void missingSheet_andMissingColumn_areNamed() throws Exception {
    Path file = workbook("comuni.xlsx", "Comuni", new Object[] {"Codice", "Comune", "Residenti", "Femmine"},
        new Object[] {19036, "Cremona", 70841, 37411});

    try (XlsxWorkbook book = XlsxWorkbook.open(file)) {
      assertEquals(file + ": no sheet 'Budget'; the workbook has [Comuni]", message(() -> book.sheet("Budget")));
      assertEquals(file + ", Comuni!1:1: no column 'Maschi' in the header [Codice, Comune, Residenti, Femmine]",
          message(() -> COMUNI.read(book.sheet("Comuni"))));
    }
  }

  @Test
  void passwordProtectedWorkbook_isRefusedAsSuch() throws Exception {
    Path plain = workbook("plain.xlsx", "Comuni", comuniHeader());
    Path encrypted = dir.resolve("segreto.xlsx");
    try (POIFSFileSystem fs = new POIFSFileSystem()) {
      Encryptor enc = new EncryptionInfo(EncryptionMode.agile).getEncryptor();
      enc.confirmPassword("segreto");
      try (OutputStream os = enc.getDataStream(fs)) {
        Files.copy(plain, os);
      }
      try (OutputStream out = Files.newOutputStream(encrypted)) {
        fs.writeFilesystem(out);
      }
    }

    assertEquals(encrypted + ": the workbook is password-protected (encrypted); save it without a password to"
        + " read it", message(() -> XlsxWorkbook.open(encrypted)));
  }

  @Test
  void corruptFiles_areRefused() throws Exception {
    Path good = workbook("good.xlsx", "Comuni", comuniHeader(), new Object[] {19036, "Cremona", 3, 2, 1});
    byte[] bytes = Files.readAllBytes(good);
    Path truncated = Files.write(dir.resolve("truncated.xlsx"), Arrays.copyOf(bytes, bytes.length / 2));
    Path text = Files.writeString(dir.resolve("text.xlsx"), "codice,comune\n019036,Cremona\n");

    assertContains(message(() -> XlsxWorkbook.open(truncated)), truncated + ": not a readable .xlsx workbook");
    assertEquals(text + ": not an .xlsx workbook: the file is not a ZIP package (UNKNOWN)",
        message(() -> XlsxWorkbook.open(text)));
  }

  @Test
  void zipBomb_isRefusedInUnderASecond() throws Exception {
    Path good = workbook("good.xlsx", "Comuni", comuniHeader(), new Object[] {19036, "Cremona", 3, 2, 1});
    Path bomb = dir.resolve("bomb.xlsx");
    // the sheet swells to 64 MB of blanks inside its XML, about 64 KB compressed
    try (ZipFile in = new ZipFile(good.toFile());
        ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(bomb))) {
      for (Enumeration<? extends ZipEntry> e = in.entries(); e.hasMoreElements(); ) {
        ZipEntry entry = e.nextElement();
        out.putNextEntry(new ZipEntry(entry.getName()));
        if (entry.getName().equals("xl/worksheets/sheet1.xml")) {
          String xml = new String(in.getInputStream(entry).readAllBytes(), StandardCharsets.UTF_8);
          int at = xml.indexOf("<sheetData>") + "<sheetData>".length();
          out.write(xml.substring(0, at).getBytes(StandardCharsets.UTF_8));
          byte[] blanks = new byte[1 << 20];
          Arrays.fill(blanks, (byte) ' ');
          for (int i = 0; i < 64; i++) {
            out.write(blanks);
          }
          out.write(xml.substring(at).getBytes(StandardCharsets.UTF_8));
        } else {
          try (InputStream part = in.getInputStream(entry)) {
            part.transferTo(out);
          }
        }
      }
    }

    String m = assertTimeoutPreemptively(Duration.ofSeconds(1), () -> message(() -> {
      try (XlsxWorkbook book = XlsxWorkbook.open(bomb); SheetRows rows = book.sheet("Comuni")) {
        COMUNI.read(rows);
      }
    }));
    assertEquals(bomb + ": sheet Comuni inflates to more than 100 times its compressed size: refused as a zip bomb",
        m);
  }

  @Test
  void aRowAtTheLastRowOfASheet_isPastTheRowLimit() throws Exception {
    Path file = dir.resolve("rows.xlsx");
    try (XSSFWorkbook wb = new XSSFWorkbook()) {
      Sheet s = wb.createSheet("Comuni");
      s.createRow(0).createCell(0).setCellValue("Codice");
      s.createRow(1_048_575).createCell(0).setCellValue(19036);
      try (OutputStream out = Files.newOutputStream(file)) {
        wb.write(out);
      }
    }

    assertEquals(file + ", sheet Comuni: the sheet has a row 1048576, more than the 100000 rows XlsxLimits allow"
        + " (maxRows)", message(() -> {
          try (XlsxWorkbook book = XlsxWorkbook.open(file); SheetRows rows = book.sheet("Comuni")) {
            while (rows.next() != null) {
              // read on
            }
          }
        }));
  }

  @Test
  void aCellOf32767Characters_isPastTheCellLimit() throws Exception {
    Path file = workbook("long.xlsx", "Comuni", comuniHeader(),
        new Object[] {19036, "C".repeat(32_767), 3, 2, 1});

    assertEquals(file + ", Comuni!B2: holds 32767 characters, more than the 2000 XlsxLimits allow in a cell"
        + " (maxCellChars)", message(() -> {
          try (XlsxWorkbook book = XlsxWorkbook.open(file)) {
            COMUNI.read(book.sheet("Comuni"));
          }
        }));
  }

  @Test
  void aHugeSharedStringsTable_isPastItsLimits() throws Exception {
    Object[][] rows = new Object[1_001][];
    rows[0] = comuniHeader();
    for (int i = 1; i < rows.length; i++) {
      rows[i] = new Object[] {"comune numero " + i};
    }
    Path file = workbook("strings.xlsx", "Comuni", rows);

    try (XlsxWorkbook book = XlsxWorkbook.open(file, XlsxLimits.DEFAULT.withMaxSharedStrings(1L << 20, 1_000))) {
      assertEquals(file + ": the shared-strings table holds more than 1000 strings, more than XlsxLimits allow",
          message(() -> book.sheet("Comuni")));
    }
    try (XlsxWorkbook book = XlsxWorkbook.open(file, XlsxLimits.DEFAULT.withMaxSharedStrings(10_000, 1_000_000))) {
      assertEquals(file + ": the shared-strings table is larger than 10000 bytes, more than XlsxLimits allow",
          message(() -> book.sheet("Comuni")));
    }
  }

  @Test
  void aSheetWhosePartIsMissing_isNamed() throws Exception {
    Path good = workbook("good.xlsx", "Comuni", comuniHeader(), new Object[] {19036, "Cremona", 3, 2, 1});
    Path broken = dir.resolve("broken.xlsx");
    try (ZipFile in = new ZipFile(good.toFile());
        ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(broken))) {
      for (Enumeration<? extends ZipEntry> e = in.entries(); e.hasMoreElements(); ) {
        ZipEntry entry = e.nextElement();
        out.putNextEntry(new ZipEntry(entry.getName()));
        byte[] bytes = in.getInputStream(entry).readAllBytes();
        if (entry.getName().equals("xl/workbook.xml")) {
          String xml = new String(bytes, StandardCharsets.UTF_8);
          assertTrue(xml.contains("r:id=\"rId3\""), xml);
          bytes = xml.replace("r:id=\"rId3\"", "r:id=\"rId99\"").getBytes(StandardCharsets.UTF_8);
        }
        out.write(bytes);
      }
    }
    assertEquals(broken + ": not a readable .xlsx workbook: sheet 'Comuni' refers to part rId99, which the"
        + " workbook does not have", message(() -> XlsxWorkbook.open(broken)));
  }

  @Test
  void aFormulaWithoutASavedResult_isNamed() throws Exception {
    Path file = dir.resolve("formula.xlsx");
    try (XSSFWorkbook wb = new XSSFWorkbook()) {
      Sheet s = wb.createSheet("Comuni");
      s.createRow(0).createCell(0).setCellValue("Residenti");
      s.createRow(1).createCell(0).setCellFormula("1+2");
      try (OutputStream out = Files.newOutputStream(file)) {
        wb.write(out);
      }
    }

    String m = message(() -> {
      try (XlsxWorkbook book = XlsxWorkbook.open(file); SheetRows rows = book.sheet("Comuni")) {
        rows.next();
        rows.next();
      }
    });
    assertContains(m, file + ", Comuni!A2: the formula has no saved result");
  }

  private static void assertContains(String text, String part) {
    if (!text.contains(part)) {
      throw new AssertionError("expected '" + part + "' in: " + text);
    }
  }
}
