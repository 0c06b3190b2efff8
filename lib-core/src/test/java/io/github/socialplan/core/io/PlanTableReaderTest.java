package io.github.socialplan.core.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.socialplan.core.fund.FundLevel;
import io.github.socialplan.core.fund.Funds;
import io.github.socialplan.core.json.SocialPlanJson;
import io.github.socialplan.core.money.Money;
import io.github.socialplan.core.plan.BudgetLine;
import io.github.socialplan.core.plan.Period;
import io.github.socialplan.core.plan.Plan;
import io.github.socialplan.core.plan.YearlyBudget;
import io.github.socialplan.core.service.UserArea;
import io.github.socialplan.core.testing.ReferenceFiles;
import java.io.IOException;
import java.io.StringReader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The Cremona 2015-2017 plan (seed 004 §5.6) of {@code reference/cremona-plan-2015-2017.csv} as a plan
 * value, read from that file. Expected figures are computed here from the raw file lines, independently of
 * the CSV reader under test.
 */
class PlanTableReaderTest {

  private static final String FILE = "cremona-plan-2015-2017.csv";
  private static final String FNPS_LABEL = "Entrate da Fondo Naz. Politiche Sociali";

  /** The data rows of the file, split by hand: kind is the first field, the amounts the last three. */
  private static List<String[]> rawRows() throws IOException {
    return Files.readAllLines(ReferenceFiles.path(FILE), StandardCharsets.UTF_8).stream()
        .filter(l -> !l.startsWith("#") && !l.isBlank() && !l.startsWith("kind,"))
        .map(l -> l.split(","))
        .collect(Collectors.toList());
  }

  private static BigDecimal rawAmount(String[] fields, int year) {
    return new BigDecimal(fields[fields.length - 3 + (year - 2015)]);
  }

  private static BigDecimal rawSum(String kind, int year) throws IOException {
    return rawRows().stream().filter(f -> f[0].equals(kind)).map(f -> rawAmount(f, year))
        .reduce(BigDecimal.ZERO, BigDecimal::add);
  }

  private static BigDecimal rawTotal(String kind, int year) throws IOException {
    return rawRows().stream().filter(f -> f[0].equals(kind)).map(f -> rawAmount(f, year))
        .findFirst().orElseThrow();
  }

  private static Plan cremona() throws IOException {
    return PlanTableReader.of("pdz-cremona-2015-2017", "Piano di Zona dell'Ambito di Cremona 2015-2017",
            "ambito-cremona")
        .withFund(FNPS_LABEL, Funds.byId("FNPS"))
        .withFund("Entrate da Fondo Non Autosufficienza", Funds.byId("FNA"))
        .withFund("Entrate da Fondo Sociale Regionale", Funds.byId("FSR"))
        .withUserArea("Area anziani", UserArea.ELDERLY)
        .read(ReferenceFiles.path(FILE));
  }

  @Test
  void cremonaPlan_hasThreeBudgetsOfFiveRevenueAndSixExpenditureLines() throws IOException {
    Plan plan = cremona();
    assertEquals(Period.of(2015, 2017), plan.period());
    assertEquals(3, plan.budgets().size());
    for (YearlyBudget b : plan.budgets()) {
      assertEquals(5, b.revenues().size(), "revenue lines of " + b.year());
      assertEquals(6, b.expenditures().size(), "expenditure lines of " + b.year());
    }
    assertEquals(List.of(2015, 2016, 2017),
        plan.budgets().stream().map(YearlyBudget::year).collect(Collectors.toList()));
  }

  @Test
  void cremonaPlan2015_keepsThePublishedExpenditureTotal5574719_whileItsLinesSumTo5574718()
      throws IOException {
    YearlyBudget b2015 = cremona().budget(2015).orElseThrow();
    BigDecimal linesFromFile = rawSum("expenditure", 2015);
    BigDecimal publishedFromFile = rawTotal("total_expenditure", 2015);
    // The seed's one-euro gap (DOMAIN.md §6), as the file has it:
    assertEquals(new BigDecimal("5574718"), linesFromFile);
    assertEquals(new BigDecimal("5574719"), publishedFromFile);
    assertEquals(Money.of(linesFromFile), b2015.expenditureTotal());
    assertEquals(Money.of(publishedFromFile), b2015.publishedExpenditureTotal().orElseThrow());
  }

  @Test
  void cremonaPlan_everyYear_hasTheFileTotalsAndSums() throws IOException {
    Plan plan = cremona();
    for (int year = 2015; year <= 2017; year++) {
      YearlyBudget b = plan.budget(year).orElseThrow();
      assertEquals(Money.of(rawSum("revenue", year)), b.revenueTotal(), "revenues " + year);
      assertEquals(Money.of(rawSum("expenditure", year)), b.expenditureTotal(), "expenditures " + year);
      assertEquals(Money.of(rawTotal("total_revenue", year)), b.publishedRevenueTotal().orElseThrow());
      assertEquals(Money.of(rawTotal("total_expenditure", year)), b.publishedExpenditureTotal().orElseThrow());
    }
  }

  @Test
  void cremonaPlan_revenueLinesCarryTheirFund() throws IOException {
    YearlyBudget b2015 = cremona().budget(2015).orElseThrow();
    BudgetLine fnps = b2015.revenues().stream().filter(l -> l.label().equals(FNPS_LABEL)).findFirst()
        .orElseThrow();
    assertEquals("FNPS", fnps.fund().orElseThrow());
    assertEquals(FundLevel.NATIONAL, fnps.level().orElseThrow());
    String[] raw = rawRows().stream().filter(f -> f[1].equals(FNPS_LABEL)).findFirst().orElseThrow();
    assertEquals(Money.of(rawAmount(raw, 2015)), fnps.amount());
    BudgetLine comuni = b2015.revenues().get(0);
    assertEquals("Entrate dai Comuni", comuni.label());
    assertTrue(comuni.fund().isEmpty());
    BudgetLine elderly = b2015.expenditures().stream().filter(l -> l.label().equals("Area anziani"))
        .findFirst().orElseThrow();
    assertEquals(UserArea.ELDERLY, elderly.userArea().orElseThrow());
  }

  @Test
  void cremonaPlan_quotedLabelWithComma_isOneLine() throws IOException {
    assertTrue(cremona().budget(2016).orElseThrow().expenditures().stream()
        .anyMatch(l -> l.label().equals("Area famiglie, minori, infanzia")));
  }

  @Test
  void cremonaPlan_survivesJsonRoundTrip() throws IOException {
    Plan plan = cremona();
    assertEquals(plan, SocialPlanJson.read(SocialPlanJson.write(plan), Plan.class));
  }

  // ---- Bad input ----------------------------------------------------------------------------------

  private static final String HEADER = "# a comment\nkind,line,2015,2016\n";

  private static DataFileException bad(String body) {
    return assertThrows(DataFileException.class,
        () -> PlanTableReader.of("p", "t", "x").read(new StringReader(HEADER + body), "bad.csv"));
  }

  @Test
  void unknownKind_isRejectedNamingFileLineAndKind() {
    DataFileException e = bad("revenue,A,1,2\nrevnue,B,1,2\n");
    assertTrue(e.getMessage().startsWith("bad.csv, line 4: unknown kind 'revnue'"), e.getMessage());
    assertEquals("bad.csv", e.source());
    assertEquals(4, e.line());
  }

  @Test
  void nonNumericAmount_isRejectedNamingFileLineYearAndValue() {
    IllegalArgumentException e = bad("revenue,A,1,6o0\n");
    assertTrue(e.getMessage().startsWith("bad.csv, line 3: year 2016:"), e.getMessage());
    assertTrue(e.getMessage().contains("'6o0'"), e.getMessage());
  }

  @Test
  void amountWithThreeDecimals_isRejectedNamingTheValue() {
    IllegalArgumentException e = bad("expenditure,A,1.234,2\n");
    assertTrue(e.getMessage().startsWith("bad.csv, line 3: year 2015:"), e.getMessage());
    assertTrue(e.getMessage().contains("1.234"), e.getMessage());
  }

  @Test
  void missingYearValue_isRejectedNamingTheYear() {
    IllegalArgumentException e = bad("revenue,A,1\n");
    assertTrue(e.getMessage().startsWith("bad.csv, line 3:"), e.getMessage());
    assertTrue(e.getMessage().contains("no value for 2016"), e.getMessage());
    IllegalArgumentException empty = bad("revenue,A,1,\n");
    assertTrue(empty.getMessage().contains("bad.csv, line 3: no amount for 2016"), empty.getMessage());
  }

  @Test
  void duplicateLine_isRejectedNamingBothLines() {
    IllegalArgumentException e = bad("revenue,A,1,2\nexpenditure,A,1,2\nrevenue,A,3,4\n");
    assertTrue(e.getMessage().startsWith("bad.csv, line 5: duplicate revenue line 'A' (first on line 3)"),
        e.getMessage());
    IllegalArgumentException totals = bad("total_revenue,T,1,2\ntotal_revenue,U,1,2\n");
    assertTrue(totals.getMessage().contains("bad.csv, line 4: a second total_revenue row"), totals.getMessage());
  }

  @Test
  void badHeader_isRejectedNamingIt() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> PlanTableReader
        .of("p", "t", "x").read(new StringReader("kind,line,2015,2017\n"), "gap.csv"));
    assertTrue(e.getMessage().contains("gap.csv, line 1: year columns must be consecutive: 2015 then 2017"),
        e.getMessage());
    IllegalArgumentException y = assertThrows(IllegalArgumentException.class, () -> PlanTableReader
        .of("p", "t", "x").read(new StringReader("kind,line,20x5\n"), "y.csv"));
    assertTrue(y.getMessage().contains("y.csv, line 1: year column 3 is not a year: '20x5'"), y.getMessage());
  }

  @Test
  void fundLabelMatchingNoLine_isRejectedNamingTheLabel() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> PlanTableReader
        .of("p", "t", "x").withFund("Entrate FNPS", Funds.byId("FNPS"))
        .read(new StringReader(HEADER + "revenue,A,1,2\n"), "bad.csv"));
    assertTrue(e.getMessage().contains("'Entrate FNPS' matches no revenue line"), e.getMessage());
  }

  @Test
  void emptyFile_isRejected() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> PlanTableReader
        .of("p", "t", "x").read(new StringReader("# only a comment\n"), "empty.csv"));
    assertTrue(e.getMessage().contains("empty.csv: no header line"), e.getMessage());
  }

  @Test
  void readFromPath_namesTheFileInErrors(@org.junit.jupiter.api.io.TempDir Path dir) throws IOException {
    Path f = dir.resolve("plan.csv");
    Files.writeString(f, HEADER + "revenue,A,1,x\n", StandardCharsets.UTF_8);
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> PlanTableReader.of("p", "t", "x").read(f));
    assertTrue(e.getMessage().startsWith(f + ", line 3: year 2016:"), e.getMessage());
  }
}
