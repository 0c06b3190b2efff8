package io.github.socialplan.excel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.socialplan.budget.allocation.Allocation;
import io.github.socialplan.budget.allocation.LargestRemainder;
import io.github.socialplan.budget.allocation.Weights;
import io.github.socialplan.budget.balance.GapKind;
import io.github.socialplan.budget.balance.PlanBalance;
import io.github.socialplan.budget.copayment.CopaymentUser;
import io.github.socialplan.budget.copayment.LinearCopayment;
import io.github.socialplan.budget.quota.QuotaCapitaria;
import io.github.socialplan.core.io.ComuneResidents;
import io.github.socialplan.core.io.ComuniList;
import io.github.socialplan.core.io.ComuniListReader;
import io.github.socialplan.core.io.PlanTableReader;
import io.github.socialplan.core.money.Money;
import io.github.socialplan.core.plan.Plan;
import io.github.socialplan.core.population.Population;
import io.github.socialplan.core.territory.IstatCode;
import io.github.socialplan.core.territory.Partition;
import io.github.socialplan.core.territory.TerritoryKind;
import io.github.socialplan.core.testing.ReferenceFiles;
import io.github.socialplan.excel.write.XlsxWriter;
import io.github.socialplan.indicators.dashboard.Dashboard;
import io.github.socialplan.indicators.dashboard.DashboardRow;
import io.github.socialplan.indicators.dashboard.DashboardTable;
import java.io.InputStream;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.FormulaEvaluator;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The written workbooks, recomputed by Apache POI's formula engine (not by the writer): every total formula
 * equals the library's total beneath it, to the cent; the Cremona 2015 sheet shows the one-euro gap; an
 * undefined indicator is an empty cell with its reason, never 0.
 */
class FormulaTotalsTest {

  @TempDir
  static Path dir;

  static Path file;
  static Plan plan;

  @BeforeAll
  static void write() throws Exception {
    plan = PlanTableReader.of("pdz", "Piano di Zona 2015-2017", "ambito-cremona")
        .read(ReferenceFiles.path("cremona-plan-2015-2017.csv"));
    ComuniList zona = ComuniListReader
        .columns("istat_code", "municipality", "population_2022", "population_F", "population_M")
        .withTotalRow("name_in_list", "TOTAL")
        .read(ReferenceFiles.path("real/cremona-zona-omogenea-47-comuni-2022.csv"));
    Map<String, Long> residents = new LinkedHashMap<>();
    Weights.Builder weights = Weights.builder();
    for (ComuneResidents c : zona.comuni()) {
      residents.put(c.code().value(), c.total());
      weights.add(c.code().value(), c.total());
    }
    Allocation allocation = LargestRemainder.allocate(Money.parse("1000000.00"), weights.build());
    LinearCopayment sad = LinearCopayment.builder().exemptionThreshold(new BigDecimal("6000"))
        .fullTariffThreshold(new BigDecimal("30000")).fullTariff(Money.parse("400.00"))
        .rounding(RoundingMode.HALF_UP).build();
    List<CopaymentUser> users = List.of(CopaymentUser.of("u1", new BigDecimal("5000"), 3),
        CopaymentUser.of("u2", new BigDecimal("18000"), 12), CopaymentUser.of("u3", new BigDecimal("12345.67"), 7),
        CopaymentUser.of("u4", new BigDecimal("45000"), 1));
    // two comuni, one of them without residents: its indicators are undefined
    Population full = Population.builder("019036", 2024).male(10, 5).female(70, 7).build();
    Population empty = Population.builder("019098", 2024).build();
    Partition province = Partition.builder("province", TerritoryKind.PROVINCE)
        .assign(IstatCode.parse("019036"), "cremona").assign(IstatCode.parse("019098"), "cremona").build();
    file = dir.resolve("totals.xlsx");
    try (XlsxWriter w = XlsxWriter.create()) {
      w.plan(plan).allocation("Riparto", allocation).quota("Quota", QuotaCapitaria.of(Money.parse("4.89"))
          .charge(residents)).copayments("Compartecipazione", sad.total(users))
          .cruscotto(Dashboard.builder().levels(province).populations(List.of(full, empty)).compute())
          .write(file);
    }
  }

  @Test
  void everyFormulaTotal_recomputed_equalsTheLibrarysTotalBeneathIt() throws Exception {
    int checked = 0;
    try (InputStream in = Files.newInputStream(file); XSSFWorkbook wb = new XSSFWorkbook(in)) {
      FormulaEvaluator engine = wb.getCreationHelper().createFormulaEvaluator();
      for (Sheet s : wb) {
        for (Row row : s) {
          Cell label = row.getCell(0);
          if (label == null || label.getCellType() != CellType.STRING
              || !label.getStringCellValue().endsWith("(formula)")) {
            continue;
          }
          Row library = s.getRow(row.getRowNum() + 1);
          assertTrue(library.getCell(0).getStringCellValue().endsWith("(socialplan)"));
          for (Cell c : row) {
            if (c.getCellType() == CellType.FORMULA) {
              double recomputed = engine.evaluate(c).getNumberValue();
              double own = library.getCell(c.getColumnIndex()).getNumericCellValue();
              assertEquals(cents(own), cents(recomputed), s.getSheetName() + "!" + c.getAddress());
              checked++;
            }
          }
        }
      }
    }
    // plan: 3 years x (2 sums, balance, 2 gaps); allocation 1; quota 2 (residents, amount); co-payments 1
    assertEquals(3 * 5 + 1 + 2 + 1, checked);
  }

  @Test
  void cremona2015_showsTheOneEuroGap_recomputedFromTheLines() throws Exception {
    // the gap as the published table gives it: sum of the expenditure lines of 2015 minus TOTALE INTERVENTI
    BigDecimal lines = BigDecimal.ZERO;
    BigDecimal published = null;
    for (String line : Files.readAllLines(ReferenceFiles.path("cremona-plan-2015-2017.csv"), StandardCharsets.UTF_8)) {
      String[] f = line.split(",(?=(?:[^\"]*\"[^\"]*\")*[^\"]*$)");
      if (f[0].equals("expenditure")) {
        lines = lines.add(new BigDecimal(f[2]));
      } else if (f[0].equals("total_expenditure")) {
        published = new BigDecimal(f[2]);
      }
    }
    try (InputStream in = Files.newInputStream(file); XSSFWorkbook wb = new XSSFWorkbook(in)) {
      FormulaEvaluator engine = wb.getCreationHelper().createFormulaEvaluator();
      Sheet s = wb.getSheet("Bilancio");
      assertEquals("2015", s.getRow(0).getCell(2).getStringCellValue());
      for (Row row : s) {
        Cell label = row.getCell(0);
        if (label != null && label.getStringCellValue().equals(
            "Differenza somma - totale spese pubblicato (formula)")) {
          assertEquals(cents(lines.subtract(published).doubleValue()),
              cents(engine.evaluate(row.getCell(2)).getNumberValue()));
          assertTrue(s.getRow(row.getRowNum() + 1).getCell(5).getStringCellValue().contains("2015: expenditure"));
          return;
        }
      }
    }
    throw new AssertionError("no gap row");
  }

  @Test
  void eachGapNote_isOnTheRowOfItsFigures() throws Exception {
    // Cremona 2015: the expenditure lines are one euro below TOTALE INTERVENTI, and so one euro below the
    // revenue lines; the first is noted on the expenditure row, the second on the balance, none on revenue
    try (InputStream in = Files.newInputStream(file); XSSFWorkbook wb = new XSSFWorkbook(in)) {
      Sheet s = wb.getSheet("Bilancio");
      Map<String, String> notes = new LinkedHashMap<>();
      for (Row row : s) {
        Cell label = row.getCell(0);
        Cell note = row.getCell(5);
        if (row.getRowNum() > 0 && label != null && note != null && !note.getStringCellValue().isEmpty()) {
          notes.put(label.getStringCellValue(), note.getStringCellValue());
        }
      }
      PlanBalance balance = PlanBalance.of(plan);
      String expenditure = balance.year(2015).gaps().stream()
          .filter(g -> g.kind() == GapKind.EXPENDITURE_LINES_VS_PUBLISHED_TOTAL).findFirst().orElseThrow().message();
      String lines = balance.year(2015).gaps().stream()
          .filter(g -> g.kind() == GapKind.REVENUE_LINES_VS_EXPENDITURE_LINES).findFirst().orElseThrow().message();
      assertEquals(Map.of(Labels.ITALIAN.text("gap_expenditure_lib"), expenditure,
          Labels.ITALIAN.text("balance_lib"), lines), notes);
    }
  }

  @Test
  void undefinedIndicators_areEmptyCellsWithTheirReason_neverZero() throws Exception {
    try (InputStream in = Files.newInputStream(file); XSSFWorkbook wb = new XSSFWorkbook(in)) {
      Sheet comuni = wb.getSheet("Livello 0 comune");
      int undefined = 0;
      for (Row row : comuni) {
        if (row.getRowNum() > 0 && row.getCell(2).getStringCellValue().equals("019098")) {
          Cell value = row.getCell(7);
          assertTrue(value == null || value.getCellType() == CellType.BLANK, "value of " + row.getRowNum());
          assertTrue(row.getCell(14).getStringCellValue().startsWith("non definito: "));
          undefined++;
        }
      }
      assertTrue(undefined > 0);
      Sheet wide = wb.getSheet("Anno 2024");
      for (Row row : wide) {
        if (row.getRowNum() > 0 && row.getCell(2).getStringCellValue().equals("019098")) {
          Cell oldAge = row.getCell(4);
          assertTrue(oldAge.getCellType() == CellType.BLANK);
          assertTrue(oldAge.getCellComment().getString().getString().startsWith("non definito: "));
        }
      }
    }
  }

  @Test
  void cruscottoTexts_repeatedOrNot_readInPoiAsTheTableHasThem() throws Exception {
    Population full = Population.builder("019036", 2024).male(10, 5).female(70, 7).build();
    Population empty = Population.builder("019098", 2024).build();
    Partition province = Partition.builder("province", TerritoryKind.PROVINCE)
        .assign(IstatCode.parse("019036"), "cremona").assign(IstatCode.parse("019098"), "cremona").build();
    DashboardTable table = Dashboard.builder().levels(province).populations(List.of(full, empty)).compute();
    List<DashboardRow> comuni = table.rows().stream().filter(r -> r.level() == 0).toList();
    try (InputStream in = Files.newInputStream(file); XSSFWorkbook wb = new XSSFWorkbook(in)) {
      Sheet sheet = wb.getSheet("Livello 0 comune");
      assertEquals(comuni.size(), sheet.getLastRowNum());
      for (int i = 0; i < comuni.size(); i++) {
        DashboardRow r = comuni.get(i);
        Row row = sheet.getRow(i + 1);
        assertEquals(r.year(), row.getCell(0).getNumericCellValue());
        assertEquals(r.kind().italianName(), row.getCell(1).getStringCellValue());
        assertEquals(r.territory(), row.getCell(2).getStringCellValue());
        assertEquals(r.indicator().id(), row.getCell(4).getStringCellValue());
        assertEquals(r.indicator().italianName(), row.getCell(5).getStringCellValue());
        assertEquals(r.indicator().unit().italianLabel(), row.getCell(6).getStringCellValue());
      }
    }
  }

  private static long cents(double euros) {
    return Math.round(euros * 100);
  }
}
