package io.github.socialplan.excel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;

import io.github.socialplan.core.io.DataFileException;
import io.github.socialplan.core.money.Money;
import io.github.socialplan.core.service.Service;
import io.github.socialplan.core.service.Services;
import io.github.socialplan.excel.read.XlsxWorkbook;
import io.github.socialplan.excel.write.XlsxWriter;
import io.github.socialplan.indicators.services.ServiceTable;
import io.github.socialplan.indicators.services.ServiceTableReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import org.junit.jupiter.api.io.TempDir;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/**
 * Service and spending tables from a workbook: written and read back equal to the cent, equal to the same
 * table read from CSV, and a bad cell refused with the CSV path's message, naming the sheet and the cell.
 */
class ServiceSheetTest {

  private static final long SEED = 20_120_101L;

  private static final List<String> WORDS = List.of("Ambito di Cremona", "Città", "Cappella de' Picenardi",
      "famiglie; minori", "\"tra virgolette\"", "a capo\nsulla riga dopo", "perché è così", "x,y",
      "<tag> & </tag>", "019036");

  private static final ServiceTableReader READER = ServiceTableReader.columns("Territorio", "Servizio", "Utenti",
      "Spesa comunale", "Compartecipazione").withTotalRow("Totale");

  @TempDir
  Path dir;

  /** Tables of 1..6 territories, each with 1..5 distinct services. */
  static Gen<ServiceTable> tables() {
    return r -> {
      ServiceTable.Builder b = ServiceTable.builder();
      List<Service> all = Services.all();
      int territories = Generate.range(1, 6).generate(r);
      for (int t = 0; t < territories; t++) {
        String territory = t + " " + WORDS.get(Generate.range(0, WORDS.size() - 1).generate(r));
        int first = Generate.range(0, all.size() - 1).generate(r);
        int n = Generate.range(1, Math.min(5, all.size())).generate(r);
        for (int k = 0; k < n; k++) {
          b.add(territory, all.get((first + k) % all.size()), Generate.longRange(0, 1_000_000).generate(r),
              Money.ofCents(Generate.longRange(0, 99_999_999_999L).generate(r)),
              Money.ofCents(Generate.longRange(0, 9_999_999_999L).generate(r)));
        }
      }
      return b.build();
    };
  }

  private static void assertSame(ServiceTable expected, ServiceTable actual) {
    assertEquals(List.copyOf(expected.territories()), List.copyOf(actual.territories()));
    for (String t : expected.territories()) {
      for (Service s : Services.all()) {
        assertEquals(expected.figures(t, s), actual.figures(t, s), t + ", " + s.id());
      }
    }
  }

  /** The table as a CSV file, quote-doubling, written without the library. */
  private static String csv(ServiceTable table) {
    StringBuilder b = new StringBuilder("Territorio,Servizio,Utenti,Spesa comunale,Compartecipazione\n");
    for (String t : table.territories()) {
      for (Service s : Services.all()) {
        table.figures(t, s).ifPresent(f -> b.append('"').append(t.replace("\"", "\"\"")).append("\",")
            .append(s.id()).append(',').append(f.users()).append(',').append(f.municipalSpending().amount()
            .toPlainString()).append(',').append(f.copayment().amount().toPlainString()).append('\n'));
      }
    }
    return b.toString();
  }

  @Test
  void serviceTables_writtenAndReadBack_areEqualToTheCent_andEqualToTheCsvReading() {
    Path xlsx = dir.resolve("servizi.xlsx");
    Path csv = dir.resolve("servizi.csv");
    ServiceTableReader csvReader = ServiceTableReader.columns("Territorio", "Servizio", "Utenti", "Spesa comunale",
        "Compartecipazione");
    qt().withFixedSeed(SEED).withExamples(20).forAll(tables()).checkAssert(table -> {
      try {
        try (XlsxWriter w = XlsxWriter.create()) {
          w.services("Servizi", table).write(xlsx);
        }
        ServiceTable back;
        try (XlsxWorkbook book = XlsxWorkbook.open(xlsx)) {
          back = READER.read(book.sheet("Servizi"));
        }
        assertSame(table, back);
        Files.writeString(csv, csv(table));
        assertSame(table, csvReader.read(csv));
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    });
  }

  /**
   * A grouping whose comune 019003 has no SAD row has no SAD figures: the sheet has no SAD row for it, and
   * says why on its total row, so that its total is not read as one of every service of the grouping.
   */
  @Test
  void aGroupedTable_withAServiceNotKnownInAGrouping_saysSoOnTheTotalRow() throws IOException {
    Service sad = Services.byId("SAD");
    Service nido = Services.byId("NIDO");
    ServiceTable grouped = ServiceTable.builder()
        .add("019001", sad, 10, Money.ofEuros(1_000), Money.ZERO)
        .add("019002", sad, 20, Money.ofEuros(2_000), Money.ZERO)
        .add("019001", nido, 5, Money.ofEuros(500), Money.ZERO)
        .add("019002", nido, 7, Money.ofEuros(700), Money.ZERO)
        .add("019003", nido, 0, Money.ZERO, Money.ZERO)
        .build()
        .grouped(io.github.socialplan.core.territory.Partition.builder("ambiti",
                io.github.socialplan.core.territory.TerritoryKind.PLANNING_DISTRICT)
            .assignAll(List.of(io.github.socialplan.core.territory.IstatCode.parse("019001"),
                io.github.socialplan.core.territory.IstatCode.parse("019002"),
                io.github.socialplan.core.territory.IstatCode.parse("019003")), "ambito-a")
            .build());
    Path xlsx = dir.resolve("ambiti.xlsx");
    try (XlsxWriter w = XlsxWriter.create()) {
      w.services("Servizi", grouped).write(xlsx);
    }
    try (XSSFWorkbook wb = new XSSFWorkbook(Files.newInputStream(xlsx))) {
      Sheet s = wb.getSheet("Servizi");
      Row total = s.getRow(s.getLastRowNum());
      assertEquals("Totale", total.getCell(0).getStringCellValue());
      assertEquals(12, total.getCell(2).getNumericCellValue()); // the NIDO row alone
      org.apache.poi.ss.usermodel.Comment c = total.getCell(1) == null ? null : total.getCell(1).getCellComment();
      String note = c == null ? "" : c.getString().getString();
      assertTrue(note.contains("ambito-a") && note.contains("SAD") && note.contains("019003"), note);
    }
    try (XlsxWorkbook book = XlsxWorkbook.open(xlsx)) {
      assertSame(grouped, READER.read(book.sheet("Servizi")));
    }
  }

  /** A workbook an office might send: header on row 1, the given rows below. */
  private Path workbook(String name, Object[]... rows) throws IOException {
    Path file = dir.resolve(name);
    try (XSSFWorkbook wb = new XSSFWorkbook()) {
      Sheet s = wb.createSheet("Servizi");
      String[] header = {"Territorio", "Servizio", "Utenti", "Spesa comunale", "Compartecipazione"};
      Row h = s.createRow(0);
      for (int i = 0; i < header.length; i++) {
        h.createCell(i).setCellValue(header[i]);
      }
      for (int r = 0; r < rows.length; r++) {
        Row row = s.createRow(r + 1);
        for (int c = 0; c < rows[r].length; c++) {
          Object v = rows[r][c];
          if (v instanceof Number n) {
            row.createCell(c).setCellValue(n.doubleValue());
          } else {
            row.createCell(c).setCellValue((String) v);
          }
        }
      }
      try (var out = Files.newOutputStream(file)) {
        wb.write(out);
      }
    }
    return file;
  }

  private static String message(Executable e) {
    return assertThrows(DataFileException.class, e).getMessage();
  }

  private String sheetMessage(Path xlsx) {
    return message(() -> {
      try (XlsxWorkbook book = XlsxWorkbook.open(xlsx)) {
        READER.read(book.sheet("Servizi"));
      }
    });
  }

  @Test
  void textInAMoneyColumn_isRefused_namingSheetAndCell_asCsvNamesTheLine() throws IOException {
    Path xlsx = workbook("testo.xlsx", new Object[] {"019036", "SAD", 120, 150000.5, 20000},
        new Object[] {"019036", "ADM", 40, "circa 80 mila", 0});
    String m = sheetMessage(xlsx);
    assertTrue(m.startsWith(xlsx + ", Servizi!D3: 019036, ADM: 'Spesa comunale': "), m);
    assertTrue(m.contains("circa 80 mila"), m);

    Path csv = dir.resolve("testo.csv");
    Files.writeString(csv, "Territorio,Servizio,Utenti,Spesa comunale,Compartecipazione\n"
        + "019036,SAD,120,150000.5,20000\n019036,ADM,40,circa 80 mila,0\n");
    String c = message(() -> ServiceTableReader.columns("Territorio", "Servizio", "Utenti", "Spesa comunale",
        "Compartecipazione").read(csv));
    // the same problem in the same words, the place as each format names it
    assertEquals(m.substring(m.indexOf(": ") + 2), c.substring(c.indexOf(": ") + 2), c);
    assertTrue(c.contains("line 3"), c);
  }

  @Test
  void negativeUsers_unknownService_duplicateAndWrongTotal_areRefusedNamingTheCell() throws IOException {
    assertTrue(sheetMessage(workbook("negativo.xlsx", new Object[] {"019036", "SAD", -5, 100, 0}))
        .contains("Servizi!C2: 019036, SAD: 'Utenti' is negative: -5"));
    assertTrue(sheetMessage(workbook("ignoto.xlsx", new Object[] {"019036", "XYZ", 5, 100, 0}))
        .contains("Servizi!B2: 019036: 'Servizio' is 'XYZ', not a known service id"));
    assertTrue(sheetMessage(workbook("doppio.xlsx", new Object[] {"019036", "SAD", 5, 100, 0},
        new Object[] {"019036", "SAD", 6, 100, 0}, new Object[] {"Totale", "", 11, 200, 0}))
        .contains("Servizi!B3: service SAD has figures twice in 019036, first at Servizi!B2"));
    assertTrue(sheetMessage(workbook("totale.xlsx", new Object[] {"019036", "SAD", 5, 100.25, 0},
        new Object[] {"019036", "ADM", 6, 100, 0}, new Object[] {"Totale", "", 11, 200, 0}))
        .contains("Servizi!D4: the total row says 200 but the 2 rows add up to 200.25"));
    assertTrue(sheetMessage(workbook("senza.xlsx", new Object[] {"019036", "SAD", 5, 100, 0}))
        .contains("no total row"));
    String missing = message(() -> {
      try (XlsxWorkbook book = XlsxWorkbook.open(workbook("colonna.xlsx", new Object[] {"019036", "SAD", 5, 100, 0}))) {
        ServiceTableReader.columns("Territorio", "Servizio", "Utenti", "Spesa", "Compartecipazione")
            .read(book.sheet("Servizi"));
      }
    });
    assertTrue(missing.contains("no column 'Spesa' in the header"), missing);
  }
}
