package io.github.socialplan.indicators.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.github.socialplan.core.io.DataFileException;
import io.github.socialplan.core.population.Population;
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
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.quicktheories.QuickTheory;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/** Exports at every display scale, negative ones included, read back by {@link DashboardCsvReader}. */
class DashboardCsvScaleTest {

  private static final String HEADER = String.join(",", DashboardExport.FIELDS);

  private static String csv(DashboardTable t, DisplayFormat format) {
    return ExportText.csv(t, format);
  }

  private static List<DashboardRecord> read(String csv) {
    return ExportText.read(csv);
  }

  /** A file of one row: a ratio of 34828 / 100 = 348.28, shown as {@code value}. */
  private static String oneRow(String value) {
    return HEADER + "\n2014,0,MUNICIPALITY,019036,,x,x,,"
        + value + ",34828,100,1,,,,,\n";
  }

  @Test
  void aRatioOf348point28_shownAs350AtScaleMinus1_readsBack_and360IsRefused() {
    assertEquals(Optional.of(new BigDecimal("350")), read(oneRow("350")).get(0).value());
    // at -1 it is 340 or 350 whatever the rounding, never 360
    DataFileException e = assertThrows(DataFileException.class, () -> read(oneRow("360")));
    assertEquals("cruscotto.csv, line 2: column value: contradicts numerator × multiplier / denominator ="
        + " 34828 × 1 / 100, which rounds to 340 or 350 at multiples of 10, the coarsest rounding the file's"
        + " values allow: '360'", e.getMessage());
    // a file whose other values show decimals was exported at a positive scale: 350 is then refused
    String withDecimals = oneRow("350") + "2014,0,MUNICIPALITY,019037,,x,x,,348.3,34828,100,1,,,,,\n";
    e = assertThrows(DataFileException.class, () -> read(withDecimals));
    assertEquals("cruscotto.csv, line 2: column value: contradicts numerator × multiplier / denominator ="
        + " 34828 × 1 / 100, which rounds to 348 or 349: '350'", e.getMessage());
    assertEquals(Optional.of(new BigDecimal("348")), read(oneRow("348")).get(0).value());
  }

  @Test
  void theSampleCruscotto_atScaleMinus1_readsBackWithItsRoundedValues() {
    DisplayFormat f = DisplayFormat.DEFAULT.withScale(-1);
    DashboardTable t = DashboardCsvReaderTest.sample();
    assertRoundTrip(t, f);
  }

  private static void assertRoundTrip(DashboardTable t, DisplayFormat f) {
    List<DashboardRecord> records = read(csv(t, f));
    assertEquals(t.rows().size(), records.size());
    for (int i = 0; i < records.size(); i++) {
      DashboardRow row = t.rows().get(i);
      DashboardRecord r = records.get(i);
      String where = row + " " + f;
      assertEquals(row.value().numerator(), r.numerator(), where);
      assertEquals(row.value().denominator(), r.denominator(), where);
      assertEquals(rounded(Optional.of(row.value()), f), r.value(), where);
      assertEquals(rounded(row.parentValue(), f), r.parentValue(), where);
      assertEquals(rounded(row.differenceFromParent(), f), r.differenceFromParent(), where);
    }
  }

  /** Compared by value: 350 read back from a scale of -1 is 3.5E+2 written out. */
  private static Optional<BigDecimal> rounded(Optional<IndicatorValue> v, DisplayFormat f) {
    return v.filter(IndicatorValue::isDefined)
        .map(x -> new BigDecimal(x.rounded(f.scale(), f.rounding()).toPlainString()));
  }

  /** Two comuni of one ambito, with their social spending. */
  private static DashboardTable table(Population a, Population b, long centsA, long centsB) {
    Partition ambito = Partition.builder("ambiti", TerritoryKind.PLANNING_DISTRICT)
        .assign(IstatCode.parse("019001"), "ambito").assign(IstatCode.parse("019002"), "ambito").build();
    return Dashboard.builder().levels(ambito).populations(List.of(a, b))
        .area(IstatCode.parse("019001"), new BigDecimal("12.34"))
        .input("019001", 2014, Dashboard.SOCIAL_SPENDING, BigDecimal.valueOf(centsA, 2))
        .input("019002", 2014, Dashboard.SOCIAL_SPENDING, BigDecimal.valueOf(centsB, 2))
        .compute();
  }

  @Test
  void everyExport_atEveryScaleAndRounding_readsBack() {
    // UNNECESSARY is left out: the export fails on a value that needs rounding, as the format says
    List<RoundingMode> modes = Arrays.stream(RoundingMode.values()).filter(m -> m != RoundingMode.UNNECESSARY)
        .toList();
    Gen<DisplayFormat> formats = Generate.range(DisplayFormat.MIN_SCALE, DisplayFormat.MAX_SCALE)
        .zip(Generate.pick(modes), Generate.booleans(), (scale, mode, italian) ->
            (italian ? DisplayFormat.italian() : DisplayFormat.DEFAULT).withScale(scale).withRounding(mode));
    Gen<long[]> cents = Generate.longRange(0, 100_000_000_000L)
        .zip(Generate.longRange(0, 100_000_000_000L), (x, y) -> new long[] {x, y});
    QuickTheory.qt().withFixedSeed(20_140_101L).withExamples(PropertyRuns.examples(300))
        .forAll(formats, Populations.populations("019001", 2014), Populations.populations("019002", 2014), cents)
        .checkAssert((f, a, b, c) -> assertRoundTrip(table(a, b, c[0], c[1]), f));
  }
}
