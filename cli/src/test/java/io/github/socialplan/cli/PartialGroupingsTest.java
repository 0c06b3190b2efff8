package io.github.socialplan.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.socialplan.core.io.PosasData;
import io.github.socialplan.core.italy.ComunePeriod;
import io.github.socialplan.core.italy.ItalyRegistry;
import io.github.socialplan.indicators.dashboard.DashboardRow;
import io.github.socialplan.indicators.dashboard.DashboardTable;
import io.github.socialplan.indicators.result.IndicatorValue;
import io.github.socialplan.indicators.result.UndefinedReason;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * A province or region of the indicator table is the ratio of totals of ALL its comuni: when some of them
 * are not in the file (left out of it, or skipped as incomplete), its figures are those of a part of it, and
 * the table must say so instead of showing them as the province's.
 */
class PartialGroupingsTest {

  private static final LocalDate DAY = LocalDate.of(2025, 1, 1);
  private static final String OLD_AGE = "old_age_index";

  private static PosasData sample() throws IOException {
    try (InputStream in = Files.newInputStream(Path.of("data/reference/real/posas-2025-sample.csv"))) {
      return Calculations.posas(in, "posas-2025-sample.csv", true);
    }
  }

  @Test
  void aProvinceWithComuniMissingFromTheFile_hasNoValueNamingThem() throws IOException {
    // The sample holds Abano Terme alone of the province of Padova (Abbadia Cerreto, of Lodi, is skipped).
    long padova = ItalyRegistry.embedded().validOn(DAY).stream()
        .filter(p -> p.provinceCode().equals("028")).count();
    assertTrue(padova > 1, "Padova has " + padova + " comuni");
    DashboardTable table = Calculations.dashboard(sample(), Calculations.Level.PROVINCE, null);
    IndicatorValue province = table.value(2025, 1, "province-028", OLD_AGE).orElseThrow();
    assertFalse(province.isDefined(), "province-028 shown as " + province.format()
        + " from 1 of its " + padova + " comuni");
    assertEquals(UndefinedReason.MISSING_INPUT, province.reason().orElseThrow());
    assertTrue(province.detail().contains((padova - 1) + " of its " + padova + " comuni"), province.detail());
    // Abano Terme keeps its own value; its comparison with the province is undefined with it
    assertTrue(table.value(2025, 0, "028001", OLD_AGE).orElseThrow().isDefined());
    DashboardRow abano = table.row(2025, 0, "028001", OLD_AGE).orElseThrow();
    assertFalse(abano.ratioToParent().orElseThrow().isDefined());
    // the CSV tells the user why
    String csv = Calculations.indicators(sample(), Calculations.Level.PROVINCE, null, Calculations.Format.CSV);
    String line = csv.lines().filter(l -> l.contains("province-028") && l.contains(OLD_AGE)
        && !l.contains("028001")).findFirst().orElseThrow();
    assertTrue(line.contains("MISSING_INPUT"), line);
  }

  /** The comuni of the province with the fewest comuni on 1 January 2025 (a province of a region of several). */
  private static List<ComunePeriod> smallProvince() {
    Map<String, List<ComunePeriod>> byProvince = ItalyRegistry.embedded().validOn(DAY).stream()
        .collect(Collectors.groupingBy(ComunePeriod::provinceCode));
    Map<String, Long> provincesByRegion = byProvince.values().stream()
        .collect(Collectors.groupingBy(l -> l.get(0).regionCode(), Collectors.counting()));
    return byProvince.values().stream()
        .filter(l -> provincesByRegion.get(l.get(0).regionCode()) > 1)
        .min(Comparator.comparingInt((List<ComunePeriod> l) -> l.size()).thenComparing(l -> l.get(0).provinceCode()))
        .orElseThrow();
  }

  /** Males per age of comune i: i + 1 under 15, 1 from 15; females 1 at every age. */
  private static int males(int i, int age) {
    return age < 15 ? i + 1 : 1;
  }

  /** A POSAS file of the comuni; the comune {@code cut} stops at age 91, without its 999 row (-1: none). */
  private static byte[] posas(List<ComunePeriod> comuni, int cut) {
    StringBuilder sb = new StringBuilder("\"Popolazione residente per età e sesso al 1° gennaio 2025\"\n")
        .append("\"Codice comune\";\"Comune\";\"Età\";\"Totale maschi\";\"Totale femmine\";\"Totale\"\n");
    for (int i = 0; i < comuni.size(); i++) {
      String row = "\"" + comuni.get(i).code().value() + "\";\"" + comuni.get(i).name().replace("\"", "\"\"") + "\";";
      long m = 0;
      for (int age = 0; age <= 100; age++) {
        if (i == cut && age > 91) {
          break;
        }
        sb.append(row).append(age).append(';').append(males(i, age)).append(";1;").append(males(i, age) + 1)
            .append('\n');
        m += males(i, age);
      }
      if (i != cut) {
        sb.append(row).append("999;").append(m).append(";101;").append(m + 101).append('\n');
      }
    }
    return sb.toString().getBytes(StandardCharsets.UTF_8);
  }

  @Test
  void aWholeProvince_isTheRatioOfTotalsOfItsComuni_andItsRegionWithOtherProvincesHasNoValue()
      throws IOException {
    List<ComunePeriod> comuni = smallProvince();
    String province = "province-" + comuni.get(0).provinceCode();
    PosasData data = Calculations.posas(new ByteArrayInputStream(posas(comuni, -1)), "small.csv", false);
    DashboardTable table = Calculations.dashboard(data, Calculations.Level.REGION, null);
    // old-age index: residents 65+ over residents 0-14, times 100, over all the comuni
    long old = 0;
    long young = 0;
    for (int i = 0; i < comuni.size(); i++) {
      for (int age = 0; age <= 100; age++) {
        long residents = males(i, age) + 1;
        old += age >= 65 ? residents : 0;
        young += age < 15 ? residents : 0;
      }
    }
    IndicatorValue value = table.value(2025, 1, province, OLD_AGE).orElseThrow();
    assertTrue(value.isDefined(), value.detail());
    assertEquals(100.0 * old / young, value.value(), 1e-9);
    IndicatorValue region = table.value(2025, 2, "region-" + comuni.get(0).regionCode(), OLD_AGE).orElseThrow();
    assertFalse(region.isDefined(), "the region shown as " + region.format() + " from one of its provinces");
  }

  @Test
  void aComuneSkippedAsIncomplete_leavesItsProvinceWithoutValue() throws IOException {
    List<ComunePeriod> comuni = smallProvince();
    String province = "province-" + comuni.get(0).provinceCode();
    PosasData data = Calculations.posas(new ByteArrayInputStream(posas(comuni, 1)), "small.csv", true);
    assertEquals(1, data.report().problems().size());
    DashboardTable table = Calculations.dashboard(data, Calculations.Level.PROVINCE, null);
    IndicatorValue value = table.value(2025, 1, province, OLD_AGE).orElseThrow();
    assertFalse(value.isDefined(), province + " shown as " + value.format() + " without comune "
        + comuni.get(1).code());
    assertTrue(value.detail().contains(comuni.get(1).code().value()), value.detail());
    List<String> defined = new ArrayList<>();
    for (int i = 0; i < comuni.size(); i++) {
      if (i != 1 && table.value(2025, 0, comuni.get(i).code().value(), OLD_AGE).orElseThrow().isDefined()) {
        defined.add(comuni.get(i).code().value());
      }
    }
    assertEquals(comuni.size() - 1, defined.size());
  }
}
