package io.github.socialplan.indicators.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.socialplan.core.population.Population;
import io.github.socialplan.core.io.DataFileException;
import io.github.socialplan.core.territory.IstatCode;
import io.github.socialplan.core.territory.Partition;
import io.github.socialplan.core.territory.TerritoryKind;
import io.github.socialplan.core.testing.PropertyRuns;
import io.github.socialplan.indicators.Populations;
import io.github.socialplan.indicators.dashboard.Dashboard;
import io.github.socialplan.indicators.dashboard.DashboardRow;
import io.github.socialplan.indicators.dashboard.DashboardTable;
import io.github.socialplan.indicators.result.DisplayFormat;
import io.github.socialplan.indicators.result.IndicatorValue;
import io.github.socialplan.indicators.result.UndefinedReason;
import java.io.StringReader;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.quicktheories.QuickTheory;

class DashboardCsvReaderTest {

  /**
   * Three comuni in two sub-ambiti of one ambito, with spending inputs and one comune without children
   * (undefined old-age index).
   */
  private static DashboardTable table(Population a, Population b, Population c) {
    Partition sub = Partition.builder("sub-ambiti", TerritoryKind.SUB_DISTRICT)
        .assign(IstatCode.parse("019001"), "sub-1").assign(IstatCode.parse("019002"), "sub-1")
        .assign(IstatCode.parse("019003"), "sub-2").build();
    Partition ambito = Partition.builder("ambiti", TerritoryKind.PLANNING_DISTRICT)
        .assign(IstatCode.parse("019001"), "ambito").assign(IstatCode.parse("019002"), "ambito")
        .assign(IstatCode.parse("019003"), "ambito").build();
    return Dashboard.builder().levels(sub, ambito).populations(List.of(a, b, c))
        .area(IstatCode.parse("019001"), new BigDecimal("12.34"))
        .input("019001", 2014, Dashboard.SOCIAL_SPENDING, new BigDecimal("1234567.89"))
        .input("019001", 2014, Dashboard.ASSOCIATED_SPENDING, new BigDecimal("234567.01"))
        .input("019002", 2014, Dashboard.SOCIAL_SPENDING, new BigDecimal("98765.43"))
        .input("019002", 2014, Dashboard.ASSOCIATED_SPENDING, new BigDecimal("0"))
        .input("019003", 2014, Dashboard.SOCIAL_SPENDING, new BigDecimal("5"))
        .input("019003", 2014, Dashboard.ASSOCIATED_SPENDING, new BigDecimal("5"))
        .compute();
  }

  static DashboardTable sample() {
    Population a = Population.builder("019001", 2014).male(0, 20_037).female(70, 39_147).male(30, 99_345)
        .female(90, 1_234).foreignResidents(17_000).build();
    Population b = Population.builder("019002", 2014).male(70, 10).male(30, 10).build();
    Population c = Population.builder("019003", 2014).female(3, 7).male(16, 3).female(44, 9).male(99, 1).build();
    return table(a, b, c);
  }

  private static String csv(DashboardTable t, DisplayFormat format) {
    return ExportText.csv(t, format);
  }

  private static List<DashboardRecord> read(String csv) {
    return ExportText.read(csv);
  }

  private static Optional<BigDecimal> rounded(Optional<IndicatorValue> v, DisplayFormat f) {
    return v.filter(IndicatorValue::isDefined).map(x -> x.rounded(f.scale(), f.rounding()));
  }

  /** Every record equals its row: exact figures, rounded values, comparison fields, identity. */
  private static void assertSameNumbers(DashboardTable table, List<DashboardRecord> records, DisplayFormat f) {
    assertEquals(table.rows().size(), records.size());
    for (int i = 0; i < records.size(); i++) {
      DashboardRow row = table.rows().get(i);
      DashboardRecord r = records.get(i);
      String where = row.toString();
      assertEquals(row.year(), r.year(), where);
      assertEquals(row.level(), r.level(), where);
      assertEquals(row.kind(), r.kind(), where);
      assertEquals(row.territory(), r.territory(), where);
      assertEquals(row.parent(), r.parent(), where);
      assertEquals(row.indicator().id(), r.indicator(), where);
      assertEquals(row.indicator().italianName(), r.italianName(), where);
      IndicatorValue v = row.value();
      assertEquals(v.numerator(), r.numerator(), where);
      assertEquals(v.denominator(), r.denominator(), where);
      assertEquals(v.multiplier(), r.multiplier(), where);
      assertEquals(v.reason(), r.undefinedReason(), where);
      assertEquals(rounded(Optional.of(v), f), r.value(), where);
      assertEquals(rounded(row.parentValue(), f), r.parentValue(), where);
      assertEquals(rounded(row.differenceFromParent(), f), r.differenceFromParent(), where);
      assertEquals(rounded(row.ratioToParent(), f.withScale(DashboardExport.RATIO_SCALE)), r.ratioToParent(), where);
      if (v.isRatio() || !v.isDefined()) {
        assertEquals(v, r.indicatorValue(), where);
      }
    }
  }

  @Test
  void roundTrip_ofASampleCruscotto_givesTheSameNumbers() {
    DashboardTable t = sample();
    List<DashboardRecord> records = read(csv(t, DisplayFormat.DEFAULT));
    assertSameNumbers(t, records, DisplayFormat.DEFAULT);
    // spot checks against hand figures: 019001's old-age index 39,147 + 1,234 over 20,037
    DashboardRecord own = records.stream()
        .filter(r -> r.territory().equals("019001") && r.indicator().equals("old_age_index")).findFirst()
        .orElseThrow();
    assertEquals(new BigDecimal("40381"), own.numerator().orElseThrow());
    assertEquals(new BigDecimal("20037"), own.denominator().orElseThrow());
    assertEquals(new BigDecimal("201.5"), own.value().orElseThrow()); // 201.532...
    assertEquals(Optional.of("sub-1"), own.parent());
    DashboardRecord noChildren = records.stream()
        .filter(r -> r.territory().equals("019002") && r.indicator().equals("old_age_index")).findFirst()
        .orElseThrow();
    assertEquals(Optional.of(UndefinedReason.ZERO_DENOMINATOR), noChildren.undefinedReason());
    assertTrue(noChildren.undefinedDetail().contains("residents aged 0-14"), noChildren.undefinedDetail());
    assertEquals(Optional.empty(), noChildren.value());
  }

  @Test
  void roundTrip_ofTheItalianLayout_withMoreDecimals_givesTheSameNumbers() {
    DisplayFormat f = DisplayFormat.italian().withScale(4).withRounding(RoundingMode.HALF_EVEN);
    DashboardTable t = sample();
    String text = csv(t, f);
    assertTrue(text.startsWith(String.join(";", DashboardExport.FIELDS)), text);
    assertSameNumbers(t, read(text), f);
  }

  @Test
  void roundTrip_ofGeneratedPopulations_givesTheSameNumbers() {
    QuickTheory.qt().withFixedSeed(20260505L).withExamples(PropertyRuns.examples(60))
        .forAll(Populations.populations("019001", 2014), Populations.populations("019002", 2014),
            Populations.populations("019003", 2014))
        .checkAssert((a, b, c) -> {
          DashboardTable t = table(a, b, c);
          assertSameNumbers(t, read(csv(t, DisplayFormat.DEFAULT)), DisplayFormat.DEFAULT);
        });
  }

  @Test
  void emptyFile_isAnError() {
    DataFileException e = assertThrows(DataFileException.class, () -> read(""));
    assertTrue(e.getMessage().startsWith("cruscotto.csv, line 1: empty file"), e.getMessage());
    assertEquals(1, e.line());
  }

  @Test
  void wrongHeader_isNamedWithItsLine() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> read("year,level,kind\n2014,0,MUNICIPALITY\n"));
    assertTrue(e.getMessage().startsWith("cruscotto.csv, line 1: not a cruscotto export header: 'year,level,kind'"),
        e.getMessage());
  }

  /** The sample's CSV with the cell of {@code column} on data line {@code index} (0-based) replaced. */
  private static String withCell(int index, String column, String text) {
    String[] lines = csv(sample(), DisplayFormat.DEFAULT).split("\n");
    String[] cells = lines[index + 1].split(",", -1);
    cells[DashboardExport.FIELDS.indexOf(column)] = text;
    lines[index + 1] = String.join(",", cells);
    return String.join("\n", lines) + "\n";
  }

  @Test
  void nonNumericValue_namesLineColumnAndText() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> read(withCell(2, "numerator", "12x")));
    assertEquals("cruscotto.csv, line 4: column numerator: not a number with decimal '.': '12x'", e.getMessage());
  }

  @Test
  void numberWithAGroupingComma_inTheItalianLayout_isRejected() {
    String text = csv(sample(), DisplayFormat.italian()).replaceFirst("\n(2014;[^\n]*?;)(\\d+);(\\d+);", "\n$1$2.5;$3;");
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> read(text));
    assertTrue(e.getMessage().contains("not a number with decimal ','"), e.getMessage());
  }

  @Test
  void badYearKindAndReason_areNamed() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> read(withCell(0, "year", "MMXIV")));
    assertEquals("cruscotto.csv, line 2: column year: not a whole number: 'MMXIV'", e.getMessage());
    // a plus sign and digits of other scripts, which Integer.parseInt takes, are not how the export writes them
    for (String year : new String[] {"+2014", "\u0662\u0660\u0661\u0664", "\uff12\uff10\uff11\uff14"}) {
      assertEquals("cruscotto.csv, line 2: column year: not a whole number: '" + year + "'",
          assertThrows(IllegalArgumentException.class, () -> read(withCell(0, "year", year))).getMessage());
    }
    assertEquals("cruscotto.csv, line 2: column level: not a whole number: '+0'",
        assertThrows(IllegalArgumentException.class, () -> read(withCell(0, "level", "+0"))).getMessage());
    e = assertThrows(IllegalArgumentException.class, () -> read(withCell(0, "kind", "COMUNE")));
    assertTrue(e.getMessage().startsWith("cruscotto.csv, line 2: column kind: not a territory kind"), e.getMessage());
    assertTrue(e.getMessage().endsWith("'COMUNE'"), e.getMessage());
    e = assertThrows(IllegalArgumentException.class, () -> read(withCell(0, "undefined_reason", "ZERO")));
    assertTrue(e.getMessage().endsWith("'ZERO'"), e.getMessage());
    e = assertThrows(IllegalArgumentException.class, () -> read(withCell(0, "territory", "")));
    assertEquals("cruscotto.csv, line 2: column territory: must not be empty: ''", e.getMessage());
  }

  @Test
  void rowWithTooFewCells_namesItsLine() {
    String text = String.join(",", DashboardExport.FIELDS) + "\n2014,0,MUNICIPALITY\n";
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> read(text));
    assertTrue(e.getMessage().startsWith("cruscotto.csv, line 2: 3 cells, expected 17"), e.getMessage());
  }

  @Test
  void nullArguments_areNamed() {
    NullPointerException e = assertThrows(NullPointerException.class,
        () -> DashboardCsvReader.read(null, "x"));
    assertEquals("in", e.getMessage());
    e = assertThrows(NullPointerException.class, () -> DashboardCsvReader.read(new StringReader(""), null));
    assertEquals("source", e.getMessage());
  }
}
