package io.github.socialplan.excel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;

import io.github.socialplan.budget.allocation.Allocation;
import io.github.socialplan.budget.allocation.LargestRemainder;
import io.github.socialplan.budget.allocation.Weights;
import io.github.socialplan.budget.copayment.CopaymentSummary;
import io.github.socialplan.budget.copayment.CopaymentUser;
import io.github.socialplan.budget.copayment.LinearCopayment;
import io.github.socialplan.budget.quota.QuotaCapitaria;
import io.github.socialplan.budget.quota.QuotaCharge;
import io.github.socialplan.core.money.Money;
import io.github.socialplan.core.population.Population;
import io.github.socialplan.core.territory.IstatCode;
import io.github.socialplan.core.territory.Partition;
import io.github.socialplan.core.territory.TerritoryKind;
import io.github.socialplan.core.testing.PropertyRuns;
import io.github.socialplan.excel.read.SheetRows;
import io.github.socialplan.excel.read.XlsxWorkbook;
import io.github.socialplan.excel.write.XlsxWriter;
import io.github.socialplan.indicators.catalogue.IndicatorUnit;
import io.github.socialplan.indicators.dashboard.Dashboard;
import io.github.socialplan.indicators.dashboard.DashboardRow;
import io.github.socialplan.indicators.dashboard.DashboardTable;
import io.github.socialplan.indicators.result.IndicatorValue;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.quicktheories.generators.SourceDSL;

/**
 * One generated input through the workbook, Italian and English, written and read back against the Java
 * values: the cruscotto (each level's sheet and each year's wide sheet, with their kinds and indicator names
 * in the workbook's language), an allocation, a quota capitaria and co-payments. A cell
 * keeps the 15 significant digits a spreadsheet keeps, so each figure read back, rounded as the CSV export
 * shows it (one decimal, half-up; euro to the cent), must show what the library shows.
 */
class WorkbookRoutesAgreeTest {

  private static final long SEED = 20_261_201L;
  private static final String[] CODES = {"019001", "019002", "019003", "019004", "019005"};

  @TempDir
  Path dir;

  /** A kind as a sheet of that language names it. */
  private static String kind(TerritoryKind kind, Labels labels) {
    return labels == Labels.ITALIAN ? kind.italianName() : kind.englishName();
  }

  private static int[] counts(Random r) {
    int[] c = new int[Population.AGE_CLASSES];
    boolean empty = r.nextInt(10) == 0;
    int max = r.nextInt(3) == 0 ? 2 : 500;
    for (int a = 0; a < c.length; a++) {
      c[a] = empty ? 0 : r.nextInt(max);
    }
    return c;
  }

  private static List<List<String>> rows(XlsxWorkbook book, String sheet) throws IOException {
    List<List<String>> rows = new ArrayList<>();
    try (SheetRows s = book.sheet(sheet)) {
      for (List<String> row = s.next(); row != null; row = s.next()) {
        rows.add(row);
      }
    }
    return rows;
  }

  /** A figure read back, rounded as the library shows it: one decimal (a % cell holds a fraction). */
  private static BigDecimal shown(String cell, IndicatorUnit unit) {
    BigDecimal read = new BigDecimal(cell);
    if (unit == IndicatorUnit.PERCENT) {
      read = read.movePointRight(2);
    }
    return read.setScale(unit == IndicatorUnit.EURO ? 2 : 1, RoundingMode.HALF_UP);
  }

  private static BigDecimal libraryShows(IndicatorValue v, IndicatorUnit unit) {
    return v.rounded(unit == IndicatorUnit.EURO ? 2 : 1, RoundingMode.HALF_UP);
  }

  @Test
  void cruscottoAndBudgetSheets_readBack_showTheLibrarysFigures() {
    qt().withFixedSeed(SEED).withExamples(PropertyRuns.examples(8)).forAll(SourceDSL.longs().all())
        .checkAssert(seed -> {
          try {
            check(seed, Labels.ITALIAN);
            check(seed, Labels.ENGLISH);
          } catch (IOException e) {
            throw new UncheckedIOException(e);
          }
        });
  }

  private void check(long seed, Labels labels) throws IOException {
    Random r = new Random(seed);
    Dashboard.Builder b = Dashboard.builder();
    Partition.Builder sub = Partition.builder("ambiti", TerritoryKind.PLANNING_DISTRICT);
    for (String code : CODES) {
      sub.assign(IstatCode.parse(code), "ambito-" + r.nextInt(2));
      b.area(IstatCode.parse(code), BigDecimal.valueOf(r.nextInt(100_000), 2));
      for (int year = 2024; year <= 2025; year++) {
        Population p = Population.of(code, year, counts(r), counts(r));
        b.population(p.withVitalStatistics(Math.min(r.nextInt(300), p.total()), r.nextInt(40), r.nextInt(60)));
        if (r.nextBoolean()) {
          b.input(code, year, Dashboard.SOCIAL_SPENDING, BigDecimal.valueOf(r.nextInt(90_000_000), 2));
        }
      }
    }
    DashboardTable table = b.levels(sub.build()).compute();

    Weights.Builder w = Weights.builder();
    Map<String, Long> residents = new LinkedHashMap<>();
    for (String code : CODES) {
      long n = r.nextInt(100_000);
      w.add(code, n + 1);
      residents.put(code, n);
    }
    Allocation allocation = LargestRemainder.allocate(Money.ofCents(r.nextInt(Integer.MAX_VALUE) * 7L), w.build());
    QuotaCharge quota = QuotaCapitaria.builder()
        .component("servizio sociale", BigDecimal.valueOf(r.nextInt(100_000), 3))
        .component("tutela minori", BigDecimal.valueOf(r.nextInt(10_000), 2))
        .rounding(RoundingMode.HALF_EVEN).build().charge(residents);
    List<CopaymentUser> users = new ArrayList<>();
    for (int i = 0; i < 10; i++) {
      users.add(new CopaymentUser("u" + i, BigDecimal.valueOf(r.nextInt(5_000_000), 2), r.nextInt(13)));
    }
    CopaymentSummary copayments = LinearCopayment.builder().exemptionThreshold(new BigDecimal("6000"))
        .fullTariffThreshold(new BigDecimal("30000.01")).minimumFee(Money.parse("1.50"))
        .fullTariff(Money.parse("400.00")).rounding(RoundingMode.HALF_UP).build().total(users);

    Path file = dir.resolve("routes-" + seed + "-" + labels + ".xlsx");
    try (XlsxWriter writer = XlsxWriter.create(labels)) {
      writer.cruscotto(table).allocation("Riparto", allocation).quota("Quota", quota)
          .copayments("Compartecipazione", copayments).write(file);
    }
    try (XlsxWorkbook book = XlsxWorkbook.open(file)) {
      Map<String, DashboardRow> byKey = new HashMap<>();
      for (DashboardRow row : table.rows()) {
        byKey.put(row.year() + "|" + row.territory() + "|" + row.indicator().id(), row);
      }
      int levelCells = 0;
      int yearCells = 0;
      for (String sheet : book.sheetNames()) {
        if (sheet.startsWith(labels.text("level_sheet") + " ")) {
          List<List<String>> rows = rows(book, sheet);
          for (List<String> cells : rows.subList(1, rows.size())) {
            DashboardRow row = byKey.get(cells.get(0) + "|" + cells.get(2) + "|" + cells.get(4));
            assertNotNull(row, sheet + ": " + cells);
            assertEquals(sheet, labels.text("level_sheet") + " " + row.level() + " " + kind(row.kind(), labels));
            assertEquals(kind(row.kind(), labels), cells.get(1), sheet + " kind");
            assertEquals(labels == Labels.ITALIAN ? row.indicator().italianName() : row.indicator().englishName(),
                cells.get(5), sheet + " indicator name");
            IndicatorUnit unit = row.indicator().unit();
            String key = sheet + " " + cells.subList(0, 5) + " (seed " + seed + ")";
            IndicatorValue v = row.value();
            assertEquals(v.isDefined(), !cells.get(7).isEmpty(), key);
            if (v.isDefined()) {
              assertEquals(libraryShows(v, unit), shown(cells.get(7), unit), key);
              if (v.isRatio()) {
                assertEquals(0, new BigDecimal(cells.get(8)).compareTo(
                    v.numerator().orElseThrow().round(MathContext.DECIMAL64)), "numerator " + key);
                assertEquals(0, new BigDecimal(cells.get(9)).compareTo(
                    v.denominator().orElseThrow().round(MathContext.DECIMAL64)), "denominator " + key);
              }
              IndicatorValue p = row.parentValue().orElse(null);
              if (p != null && p.isDefined()) {
                assertEquals(libraryShows(p, unit), shown(cells.get(11), unit), "parent " + key);
                assertEquals(libraryShows(row.differenceFromParent().orElseThrow(), unit),
                    shown(cells.get(12), unit), "difference " + key);
              }
            }
            levelCells++;
          }
        } else if (sheet.startsWith(labels.text("year_sheet") + " ")) {
          List<List<String>> rows = rows(book, sheet);
          List<String> header = rows.get(0);
          int year = Integer.parseInt(sheet.substring(labels.text("year_sheet").length() + 1));
          for (List<String> cells : rows.subList(1, rows.size())) {
            for (int j = 0; j < table.indicators().size(); j++) {
              var indicator = table.indicators().get(j);
              assertTrue(header.get(4 + j).startsWith(labels == Labels.ITALIAN ? indicator.italianName()
                  : indicator.englishName()), header.get(4 + j));
              DashboardRow row = byKey.get(year + "|" + cells.get(2) + "|" + indicator.id());
              String cell = 4 + j < cells.size() ? cells.get(4 + j) : "";
              String key = sheet + " " + cells.get(2) + " " + indicator.id() + " (seed " + seed + ")";
              assertEquals(row.value().isDefined(), !cell.isEmpty(), key);
              if (row.value().isDefined()) {
                assertEquals(libraryShows(row.value(), indicator.unit()), shown(cell, indicator.unit()), key);
              }
              yearCells++;
            }
          }
        }
      }
      assertEquals(table.rows().size(), levelCells, "every row in a level's sheet");
      assertEquals(table.rows().size(), yearCells, "every value in a year's sheet");

      List<List<String>> riparto = rows(book, "Riparto");
      for (int i = 0; i < allocation.lines().size(); i++) {
        var line = allocation.lines().get(i);
        assertEquals(line.recipient(), riparto.get(1 + i).get(0));
        assertEquals(0, line.amount().amount().compareTo(new BigDecimal(riparto.get(1 + i).get(3))),
            "allocation of " + line.recipient());
      }
      List<List<String>> q = rows(book, "Quota");
      for (int i = 0; i < quota.lines().size(); i++) {
        var line = quota.lines().get(i);
        assertEquals(line.comune(), q.get(1 + i).get(0));
        assertEquals(0, line.rate().compareTo(new BigDecimal(q.get(1 + i).get(2))), "rate of " + line.comune());
        assertEquals(0, line.amount().amount().compareTo(new BigDecimal(q.get(1 + i).get(3))),
            "quota of " + line.comune());
      }
      List<List<String>> c = rows(book, "Compartecipazione");
      for (int i = 0; i < copayments.lines().size(); i++) {
        var line = copayments.lines().get(i);
        assertEquals(line.user().id(), c.get(1 + i).get(0));
        assertEquals(0, line.fee().amount().compareTo(new BigDecimal(c.get(1 + i).get(3))), "fee of " + line.user());
        assertEquals(0, line.amount().amount().compareTo(new BigDecimal(c.get(1 + i).get(4))),
            "amount of " + line.user());
      }
    }
  }
}
