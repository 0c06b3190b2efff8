package io.github.socialplan.excel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.socialplan.core.io.ComuniListReader;
import io.github.socialplan.core.io.DataFileException;
import io.github.socialplan.excel.read.SheetRows;
import io.github.socialplan.excel.read.XlsxWorkbook;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A cell reads as the value the workbook holds, or is refused naming the cell: never as another number,
 * never as empty when it holds something. The workbooks are written part by part where a spreadsheet
 * application writes what Apache POI cannot make.
 */
class HeldValuesTest {

  @TempDir
  Path dir;

  private static final String MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";

  /**
   * A workbook of one sheet "Dati" written part by part: the given {@code workbookPr} element (or ""), the
   * styles part's content inside {@code <styleSheet>} (or null for none), the shared strings' {@code <si>}
   * elements (or null for none) and the rows of sheet data.
   */
  private Path workbook(String name, String workbookPr, String styles, String strings, String rows)
      throws Exception {
    Path file = dir.resolve(name);
    try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(file))) {
      put(zip, "[Content_Types].xml", "<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
          + "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
          + "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
          + "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
          + "<Override PartName=\"/xl/workbook.xml\" ContentType=\"application/vnd.openxmlformats-officedocument"
          + ".spreadsheetml.sheet.main+xml\"/>"
          + "<Override PartName=\"/xl/worksheets/sheet1.xml\" ContentType=\"application/vnd.openxmlformats-"
          + "officedocument.spreadsheetml.worksheet+xml\"/>"
          + (styles == null ? "" : "<Override PartName=\"/xl/styles.xml\" ContentType=\"application/vnd."
              + "openxmlformats-officedocument.spreadsheetml.styles+xml\"/>")
          + (strings == null ? "" : "<Override PartName=\"/xl/sharedStrings.xml\" ContentType=\"application/"
              + "vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml\"/>")
          + "</Types>");
      put(zip, "_rels/.rels", "<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
          + "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
          + "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/"
          + "relationships/officeDocument\" Target=\"xl/workbook.xml\"/></Relationships>");
      put(zip, "xl/workbook.xml", "<?xml version=\"1.0\" encoding=\"UTF-8\"?><workbook xmlns=\"" + MAIN
          + "\" xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\">" + workbookPr
          + "<sheets><sheet name=\"Dati\" sheetId=\"1\" r:id=\"rId1\"/></sheets></workbook>");
      String rel = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/";
      put(zip, "xl/_rels/workbook.xml.rels", "<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
          + "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
          + "<Relationship Id=\"rId1\" Type=\"" + rel + "worksheet\" Target=\"worksheets/sheet1.xml\"/>"
          + (styles == null ? "" : "<Relationship Id=\"rId2\" Type=\"" + rel + "styles\" Target=\"styles.xml\"/>")
          + (strings == null ? ""
              : "<Relationship Id=\"rId3\" Type=\"" + rel + "sharedStrings\" Target=\"sharedStrings.xml\"/>")
          + "</Relationships>");
      put(zip, "xl/worksheets/sheet1.xml", "<?xml version=\"1.0\" encoding=\"UTF-8\"?><worksheet xmlns=\""
          + MAIN + "\"><sheetData>" + rows + "</sheetData></worksheet>");
      if (styles != null) {
        put(zip, "xl/styles.xml", "<?xml version=\"1.0\" encoding=\"UTF-8\"?><styleSheet xmlns=\"" + MAIN
            + "\">" + styles + "</styleSheet>");
      }
      if (strings != null) {
        put(zip, "xl/sharedStrings.xml", "<?xml version=\"1.0\" encoding=\"UTF-8\"?><sst xmlns=\"" + MAIN
            + "\">" + strings + "</sst>");
      }
    }
    return file;
  }

  private static void put(ZipOutputStream zip, String name, String text) throws Exception {
    zip.putNextEntry(new ZipEntry(name));
    zip.write(text.getBytes(StandardCharsets.UTF_8));
    zip.closeEntry();
  }

  /** Every row of the sheet after its header. */
  private static List<List<String>> read(Path file) throws Exception {
    List<List<String>> out = new ArrayList<>();
    try (XlsxWorkbook book = XlsxWorkbook.open(file); SheetRows rows = book.sheet("Dati")) {
      rows.next();
      for (List<String> r = rows.next(); r != null; r = rows.next()) {
        out.add(r);
      }
    }
    return out;
  }

  private static final String HEADER = "<row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>A</t></is></c></row>";

  /** Styles whose cell style 1 has the format {@code dd/mm/yyyy} (custom format 164). */
  private static final String DATE_STYLE = "<numFmts count=\"1\"><numFmt numFmtId=\"164\" formatCode=\"dd/mm/yyyy\"/>"
      + "</numFmts><cellXfs count=\"2\"><xf numFmtId=\"0\"/><xf numFmtId=\"164\" applyNumberFormat=\"1\"/></cellXfs>";

  @Test
  void aMacWorkbook_countsItsDatesFrom1904() throws Exception {
    // 2022-01-01 is serial 44562 in the 1900 system (Excel's day 1 is 1900-01-01 and it counts a 29 February
    // 1900), and 1462 days fewer in the 1904 system, whose day 0 is 1904-01-01
    long serial1904 = ChronoUnit.DAYS.between(LocalDate.of(1904, 1, 1), LocalDate.of(2022, 1, 1));
    Path mac = workbook("mac.xlsx", "<workbookPr date1904=\"1\"/>", DATE_STYLE, null,
        HEADER + "<row r=\"2\"><c r=\"A2\" s=\"1\"><v>" + serial1904 + "</v></c></row>");
    assertEquals(List.of(List.of("2022-01-01")), read(mac));
    long serial1900 = ChronoUnit.DAYS.between(LocalDate.of(1899, 12, 30), LocalDate.of(2022, 1, 1));
    Path pc = workbook("pc.xlsx", "<workbookPr date1904=\"false\"/>", DATE_STYLE, null,
        HEADER + "<row r=\"2\"><c r=\"A2\" s=\"1\"><v>" + serial1900 + "</v></c></row>");
    assertEquals(List.of(List.of("2022-01-01")), read(pc));
  }

  @Test
  void aFormulaWithoutASavedResult_isRefusedWhateverTheTypeOfItsResult() throws Exception {
    // a text, error or boolean formula saved without its result read as an empty cell (or FALSE): a total
    // row's empty cell is not checked, so the published total went unchecked
    for (String cell : List.of("t=\"str\"><f>B2</f>", "t=\"e\"><f>B2</f>", "t=\"b\"><f>B2</f>",
        "t=\"e\"><f>B2</f><v></v>", "t=\"b\"><f>B2</f><v></v>", "><f>B2</f><v></v>")) {
      String type = cell;
      Path file = workbook("formula-" + cell.hashCode() + ".xlsx", "", null, null,
          HEADER + "<row r=\"2\"><c r=\"A2\" " + cell + "</c></row>");
      DataFileException e = assertThrows(DataFileException.class, () -> read(file), type);
      assertEquals(file + ", Dati!A2: the formula has no saved result; open the workbook in a spreadsheet"
          + " application and save it, so that its values are stored", e.getMessage());
    }
  }

  @Test
  void aTotalRowWhoseTotalIsAnUnsavedTextFormula_isNotLeftUnchecked() throws Exception {
    String h = "<row r=\"1\">" + inline("A1", "Codice") + inline("B1", "Comune") + inline("C1", "Residenti")
        + inline("D1", "Femmine") + inline("E1", "Maschi") + "</row>";
    Path file = workbook("total.xlsx", "", null, null, h
        + "<row r=\"2\"><c r=\"A2\"><v>19036</v></c>" + inline("B2", "Cremona")
        + "<c r=\"C2\"><v>10</v></c><c r=\"D2\"><v>6</v></c><c r=\"E2\"><v>4</v></c></row>"
        + "<row r=\"3\">" + inline("A3", "Totale")
        + "<c r=\"C3\" t=\"str\"><f>TEXT(SUM(C2:C2),\"0\")</f></c><c r=\"D3\"><v>6</v></c><c r=\"E3\"><v>4</v></c>"
        + "</row>");
    ComuniListReader reader = ComuniListReader.columns("Codice", "Comune", "Residenti", "Femmine", "Maschi")
        .withTotalRow("Codice", "Totale");
    DataFileException e = assertThrows(DataFileException.class, () -> {
      try (XlsxWorkbook book = XlsxWorkbook.open(file)) {
        reader.read(book.sheet("Dati"));
      }
    });
    assertTrue(e.getMessage().startsWith(file + ", Dati!C3: the formula has no saved result"), e.getMessage());
  }

  @Test
  void aConditionalFormatsNumberFormat_doesNotChangeTheCellsOwn() throws Exception {
    // the differential formats of conditional formatting (dxfs) have number formats of their own, with ids
    // that may be those of the cell formats: a date column whose format id a dxf reuses for "0.00" read as
    // its serial number, 44562 for 2022-01-01
    String styles = DATE_STYLE + "<dxfs count=\"1\"><dxf><numFmt numFmtId=\"164\" formatCode=\"0.00\"/></dxf>"
        + "</dxfs>";
    Path file = workbook("dxf.xlsx", "", styles, null,
        HEADER + "<row r=\"2\"><c r=\"A2\" s=\"1\"><v>44562</v></c></row>");
    assertEquals(List.of(List.of("2022-01-01")), read(file));
    // and the other way: a money column read as a date
    String money = "<numFmts count=\"1\"><numFmt numFmtId=\"164\" formatCode=\"#,##0.00\\ &quot;€&quot;\"/>"
        + "</numFmts><cellXfs count=\"2\"><xf numFmtId=\"0\"/><xf numFmtId=\"164\"/></cellXfs>"
        + "<dxfs count=\"1\"><dxf><numFmt numFmtId=\"164\" formatCode=\"dd/mm/yyyy\"/></dxf></dxfs>";
    Path euro = workbook("dxf-euro.xlsx", "", money, null,
        HEADER + "<row r=\"2\"><c r=\"A2\" s=\"1\"><v>44562</v></c></row>");
    assertEquals(List.of(List.of("44562")), read(euro));
  }

  @Test
  void aDateBeforeMarch1900_isRefused_asExcelAndLibreOfficeShowItADayApart() throws Exception {
    // Excel counts a 29 February 1900 (serial 60), LibreOffice does not: serials 1 to 60 show a day apart,
    // and serial 60 read as 1900-03-01, the date of serial 61, where Excel shows 29/02/1900
    for (String serial : List.of("60", "59", "1")) {
      Path file = workbook("d" + serial + ".xlsx", "", DATE_STYLE, null,
          HEADER + "<row r=\"2\"><c r=\"A2\" s=\"1\"><v>" + serial + "</v></c></row>");
      DataFileException e = assertThrows(DataFileException.class, () -> read(file), serial);
      assertTrue(e.getMessage().startsWith(file + ", Dati!A2: holds the date serial " + serial
          + ", before 1 March 1900"), e.getMessage());
    }
    Path file = workbook("d61.xlsx", "", DATE_STYLE, null,
        HEADER + "<row r=\"2\"><c r=\"A2\" s=\"1\"><v>61</v></c></row>");
    assertEquals(List.of(List.of("1900-03-01")), read(file));
    // a time alone (hh:mm, 0.5 shown 12:00) has no day: it reads as its time, not as 31 December 1899
    String time = "<cellXfs count=\"2\"><xf numFmtId=\"0\"/><xf numFmtId=\"20\"/></cellXfs>";
    Path noon = workbook("noon.xlsx", "", time, null,
        HEADER + "<row r=\"2\"><c r=\"A2\" s=\"1\"><v>0.5</v></c></row>");
    assertEquals(List.of(List.of("12:00:00")), read(noon));
    // in the 1904 system there is no such day: serial 0 is 1 January 1904
    Path mac = workbook("d0-1904.xlsx", "<workbookPr date1904=\"1\"/>", DATE_STYLE, null,
        HEADER + "<row r=\"2\"><c r=\"A2\" s=\"1\"><v>0</v></c></row>");
    assertEquals(List.of(List.of("1904-01-01")), read(mac));
  }

  @Test
  void sharedStrings_richRunsJoined_phoneticRunsLeftOut_escapesDecoded() throws Exception {
    String strings = "<si><r><t>12</t></r><r><rPr><b/></rPr><t>34</t></r></si>"
        + "<si><t>019</t><rPh sb=\"0\" eb=\"1\"><t>ZZ</t></rPh><t>036</t></si>"
        + "<si><t xml:space=\"preserve\"> Cremona_x000D_\nnord </t></si>"
        + "<si><t>_x005F_x000D_</t></si>";
    Path file = workbook("sst.xlsx", "", null, strings, HEADER + "<row r=\"2\"><c r=\"A2\" t=\"s\"><v>0</v></c>"
        + "<c r=\"B2\" t=\"s\"><v>1</v></c><c r=\"C2\" t=\"s\"><v>2</v></c><c r=\"D2\" t=\"s\"><v>3</v></c>"
        + "<c r=\"E2\" t=\"inlineStr\"><is><r><t>5</t></r><r><t>6</t></r><rPh><t>x</t></rPh></is></c></row>");
    assertEquals(List.of(List.of("1234", "019036", " Cremona\r\nnord ", "_x000D_", "56")), read(file));
  }

  @Test
  void numbers_asTheWorkbookHoldsThem_whateverTheirFormatShows() throws Exception {
    // #,##0, shows 1234567 as 1,235; 0% shows 0.195 as 20%; (#,##0) shows -5 as (5): the held value is read
    String styles = "<numFmts count=\"3\"><numFmt numFmtId=\"164\" formatCode=\"#,##0,\"/>"
        + "<numFmt numFmtId=\"165\" formatCode=\"#,##0;(#,##0)\"/>"
        + "<numFmt numFmtId=\"166\" formatCode=\"_-* #,##0.00\\ &quot;€&quot;_-;\\-* #,##0.00\\ &quot;€&quot;_-;"
        + "_-* &quot;-&quot;??\\ &quot;€&quot;_-;_-@_-\"/></numFmts>"
        + "<cellXfs count=\"5\"><xf numFmtId=\"0\"/><xf numFmtId=\"164\"/><xf numFmtId=\"9\"/>"
        + "<xf numFmtId=\"165\"/><xf numFmtId=\"166\"/></cellXfs>";
    Path file = workbook("formats.xlsx", "", styles, null, HEADER + "<row r=\"2\">"
        + "<c r=\"A2\" s=\"1\"><v>1234567</v></c><c r=\"B2\" s=\"2\"><v>0.195</v></c>"
        + "<c r=\"C2\" s=\"3\"><v>-5</v></c><c r=\"D2\" s=\"4\"><v>1234.5</v></c>"
        + "<c r=\"E2\"><v>1E-3</v></c><c r=\"F2\"><v>-0</v></c><c r=\"G2\"><v>1234567890123456789</v></c>"
        + "<c r=\"H2\" t=\"e\"><f>1/0</f><v>#DIV/0!</v></c>"
        + "<c r=\"I2\" t=\"str\"><f>TEXT(1,\"0\")</f><v>1</v></c>"
        + "<c r=\"J2\"><f t=\"shared\" ref=\"J2:J3\" si=\"0\">A2+1</f><v>1234568</v></c></row>"
        + "<row r=\"4\"><c r=\"J4\"><f t=\"shared\" si=\"0\"/><v>7</v></c></row>");
    assertEquals(List.of(
        List.of("1234567", "0.195", "-5", "1234.5", "0.001", "0", "1234567890123460000", "#DIV/0!", "1", "1234568"),
        List.of("", "", "", "", "", "", "", "", "", "7")), read(file));
  }


  @Test
  void aSavedNumberThatIsNotADecimal_isRefused_ratherThanReadAsJavaReadsIt() throws Exception {
    // Java's Double.parseDouble takes a type suffix and hexadecimal: "12d" read 12, "0x1p3" read 8
    for (String v : List.of("12d", "3f", "0x1p3", "1e", "--1")) {
      Path file = workbook("n" + v.hashCode() + ".xlsx", "", null, null,
          HEADER + "<row r=\"2\"><c r=\"A2\"><v>" + v + "</v></c></row>");
      DataFileException e = assertThrows(DataFileException.class, () -> read(file), v);
      assertEquals(file + ", Dati!A2: holds '" + v + "', which is not a number", e.getMessage());
    }
  }

  @Test
  void anErrorOrABooleanInACountColumn_isRefusedNamingTheCell() throws Exception {
    String h = "<row r=\"1\">" + inline("A1", "Codice") + inline("B1", "Comune") + inline("C1", "Residenti")
        + inline("D1", "Femmine") + inline("E1", "Maschi") + "</row>";
    ComuniListReader reader = ComuniListReader.columns("Codice", "Comune", "Residenti", "Femmine", "Maschi");
    for (String cell : List.of("<c r=\"C2\" t=\"e\"><f>1/0</f><v>#DIV/0!</v></c>",
        "<c r=\"C2\" t=\"b\"><v>1</v></c>")) {
      Path file = workbook("c" + cell.hashCode() + ".xlsx", "", null, null, h
          + "<row r=\"2\"><c r=\"A2\"><v>19036</v></c>" + inline("B2", "Cremona") + cell
          + "<c r=\"D2\"><v>6</v></c><c r=\"E2\"><v>4</v></c></row>");
      DataFileException e = assertThrows(DataFileException.class, () -> {
        try (XlsxWorkbook book = XlsxWorkbook.open(file)) {
          reader.read(book.sheet("Dati"));
        }
      });
      assertTrue(e.getMessage().startsWith(file + ", Dati!C2: comune 019036 (Cremona): 'Residenti' is not a whole"
          + " number"), e.getMessage());
    }
  }

  @Test
  void rowsAndCellsWithoutReferences_takeTheNextPlace_andARepeatedRowIsRefused() throws Exception {
    // no r: the next column, the next row; an empty row in the middle is no row; a lying dimension is ignored
    Path file = workbook("refs.xlsx", "", null, null, HEADER
        + "<row><c><v>1</v></c><c><v>2</v></c></row><row r=\"4\"/><row><c r=\"B5\"><v>3</v></c><c><v>4</v></c>"
        + "</row>");
    assertEquals(List.of(List.of("1", "2"), List.of("", "3", "4")), read(file));
    Path repeated = workbook("repeated.xlsx", "", null, null, HEADER
        + "<row r=\"2\"><c r=\"A2\"><v>1</v></c></row><row r=\"2\"><c r=\"A2\"><v>5</v></c></row>");
    DataFileException e = assertThrows(DataFileException.class, () -> read(repeated));
    assertEquals(repeated + ", sheet Dati: row 2 comes after row 2: not a readable sheet", e.getMessage());
  }

  @Test
  void aDateFormattedAmount_isRefusedNamingTheCell_andNoPlanEscapes() throws Exception {
    // 44562 formatted dd/mm/yyyy shows 01/01/2022: it reads as the date it shows, which no amount is
    Path file = workbook("piano.xlsx", "", DATE_STYLE, null, "<row r=\"1\">" + inline("A1", "kind")
        + inline("B1", "line") + "<c r=\"C1\"><v>2015</v></c></row><row r=\"2\">" + inline("A2", "revenue")
        + inline("B2", "FNPS") + "<c r=\"C2\"><v>100</v></c></row><row r=\"3\">" + inline("A3", "expenditure")
        + inline("B3", "SAD") + "<c r=\"C3\" s=\"1\"><v>44562</v></c></row>");
    DataFileException e = assertThrows(DataFileException.class, () -> {
      try (XlsxWorkbook book = XlsxWorkbook.open(file)) {
        io.github.socialplan.excel.read.PlanSheet.read(book, "Dati",
            io.github.socialplan.core.io.PlanTableReader.of("p", "Piano", "ambito"));
      }
    });
    assertEquals(file + ", Dati!C3: year 2015: not an amount of money: '2022-01-01' (column 3)", e.getMessage());
  }

  private static String inline(String ref, String text) {
    return "<c r=\"" + ref + "\" t=\"inlineStr\"><is><t>" + text + "</t></is></c>";
  }
}
