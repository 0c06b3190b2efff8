package io.github.socialplan.indicators.series;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.socialplan.core.io.PosasData;
import io.github.socialplan.core.io.PosasReader;
import io.github.socialplan.core.italy.ComunePeriod;
import io.github.socialplan.core.italy.ItalyRegistry;
import io.github.socialplan.core.italy.Variations;
import io.github.socialplan.core.italy.VariationsReader;
import io.github.socialplan.core.population.Population;
import io.github.socialplan.core.territory.IstatCode;
import io.github.socialplan.core.territory.Partition;
import io.github.socialplan.core.territory.TerritoryKind;
import io.github.socialplan.indicators.dashboard.Dashboard;
import io.github.socialplan.indicators.dashboard.DashboardRow;
import io.github.socialplan.indicators.dashboard.DashboardTable;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Three synthetic POSAS years in which Abetone and Cutigliano merge into Abetone Cutigliano (1 January
 * 2017, as ANPR's archive dates it), brought onto the territory of 1 January 2017.
 */
class TerritorySeriesTest {

  private static final ItalyRegistry ITALY = ItalyRegistry.embedded();
  private static final LocalDate REFERENCE = LocalDate.of(2017, 1, 1);

  @TempDir
  Path dir;

  private static Variations variations() throws IOException {
    try (InputStream in = TerritorySeriesTest.class.getResourceAsStream("/italy/variazioni-abetone-mappano.csv")) {
      return VariationsReader.read(in, "variazioni-abetone-mappano.csv");
    }
  }

  /** A POSAS file in ISTAT's current layout for some comuni, with counts that depend on year and comune. */
  private Path posas(int year, List<ComunePeriod> comuni) throws IOException {
    StringBuilder b = new StringBuilder();
    b.append("\"Popolazione residente per età e sesso al 1° gennaio ").append(year).append("\"\n");
    b.append("\"Codice comune\";\"Comune\";\"Età\";\"Totale maschi\";\"Totale femmine\";\"Totale\"\n");
    for (ComunePeriod c : comuni) {
      int seed = Integer.parseInt(c.code().value()) % 97 + year % 13;
      long tm = 0;
      long tf = 0;
      for (int age = 0; age <= 100; age++) {
        int m = (age * seed + year) % 17 + (age < 60 ? 3 : 1);
        int f = (age * (seed + 5) + year) % 19 + (age > 70 ? 4 : 2);
        tm += m;
        tf += f;
        b.append('"').append(c.code()).append("\";\"").append(c.name()).append("\";").append(age).append(';')
            .append(m).append(';').append(f).append(';').append(m + f).append('\n');
      }
      b.append('"').append(c.code()).append("\";\"").append(c.name()).append("\";999;").append(tm).append(';')
          .append(tf).append(';').append(tm + tf).append('\n');
    }
    Path p = dir.resolve("posas-" + year + ".csv");
    Files.writeString(p, b, StandardCharsets.UTF_8);
    return p;
  }

  @Test
  void aMergedComuneIsTheSumOfItsPartsInEveryYear() throws IOException {
    ComunePeriod merged = ITALY.byName("Abetone Cutigliano", REFERENCE);
    ComunePeriod pistoia = ITALY.byName("Pistoia", REFERENCE);
    LocalDate before = merged.validFrom().minusDays(1);
    ComunePeriod abetone = ITALY.byName("Abetone", before);
    ComunePeriod cutigliano = ITALY.byName("Cutigliano", before);
    Variations v = variations();

    TerritorySeries.Builder builder = TerritorySeries.builder(ITALY, v, REFERENCE);
    List<PosasData> files = new ArrayList<>();
    for (int year = 2015; year <= 2017; year++) {
      List<ComunePeriod> comuni = year < merged.validFrom().getYear()
          ? List.of(abetone, cutigliano, ITALY.comune(pistoia.code(), LocalDate.of(year, 1, 1)))
          : List.of(merged, pistoia);
      PosasData data = PosasReader.of().readAll(posas(year, comuni));
      files.add(data);
      builder.year(year, data.populations());
    }
    TerritorySeries series = builder.build();
    assertEquals(java.util.Set.of(merged.code(), pistoia.code()), series.comuni());
    assertFalse(series.leftOut().containsKey(merged.code()));

    DashboardTable table = series.dashboard();
    for (PosasData data : files) {
      int year = data.report().year();
      Population expected = year < merged.validFrom().getYear()
          ? Population.sum(merged.code().value(), year, List.of(data.get(abetone.code()).orElseThrow().population(),
              data.get(cutigliano.code()).orElseThrow().population()))
          : data.get(merged.code()).orElseThrow().population();
      DashboardTable alone = Dashboard.builder().populations(List.of(expected)).compute();
      int checked = 0;
      for (DashboardRow r : alone.rows()) {
        assertEquals(r.value(), table.value(year, 0, merged.code().value(), r.indicator().id()).orElseThrow(),
            year + " " + r.indicator().id());
        checked++;
      }
      assertTrue(checked > 5);
    }
    // Italy, Tuscany and the province of Pistoia hold comuni the series lacks: no value, saying so (Italy
    // was once shown as 245.3, the old-age index of the two comuni of the series)
    int italy = ITALY.validOn(REFERENCE).size();
    io.github.socialplan.indicators.result.IndicatorValue it =
        table.value(2015, 3, ItalyRegistry.ITALY, "old_age_index").orElseThrow();
    assertFalse(it.isDefined(), "Italy shown as " + it.format() + " from 2 of its " + italy + " comuni");
    assertTrue(it.detail().contains((italy - 2) + " of its " + italy + " comuni have no population"), it.detail());
    assertFalse(table.value(2015, 1, pistoia.provinceCode(), "old_age_index").orElseThrow().isDefined());
    assertTrue(table.value(2015, 1, "048", "old_age_index").isEmpty(), "Firenze: no comune in the series");
    Population italy2015 = Population.sum("IT", 2015, series.populations().stream().filter(p -> p.year() == 2015)
        .toList());
    assertEquals(italy2015.total(), files.get(0).comuni().stream().mapToLong(c -> c.population().total()).sum());
  }

  @Test
  void trendsAreComputedFromTheYearsValues() throws IOException {
    ComunePeriod pistoia = ITALY.byName("Pistoia", REFERENCE);
    TerritorySeries.Builder builder = TerritorySeries.builder(ITALY, Variations.none(), REFERENCE);
    for (int year = 2015; year <= 2017; year++) {
      builder.year(year, PosasReader.of().readAll(posas(year,
          List.of(ITALY.comune(pistoia.code(), LocalDate.of(year, 1, 1))))).populations());
    }
    DashboardTable table = builder.build().dashboard();
    Trends trends = Trends.of(table);
    String code = pistoia.code().value();
    Trend t = trends.get(0, code, "old_age_index");
    double v15 = table.asDouble(2015, 0, code, "old_age_index").orElseThrow();
    double v16 = table.asDouble(2016, 0, code, "old_age_index").orElseThrow();
    double v17 = table.asDouble(2017, 0, code, "old_age_index").orElseThrow();
    assertEquals(2015, t.firstYear());
    assertEquals(2017, t.lastYear());
    assertEquals(v15, t.first().value(), 1e-9);
    assertEquals(v17, t.last().value(), 1e-9);
    assertEquals(v16 - v15, t.yearOnYear().get(2016).value(), 1e-9);
    assertEquals((Math.sqrt(v17 / v15) - 1) * 100, t.compoundAnnualGrowth().value(), 1e-9);
    // the province of Pistoia has comuni the series lacks: no value in any year, so no growth
    Trend province = trends.get(1, pistoia.provinceCode(), "old_age_index");
    assertFalse(province.compoundAnnualGrowth().isDefined());
    Map<Integer, ?> changes = t.yearOnYear();
    assertEquals(2, changes.size());
  }

  @Test
  void aYearAfterTheReferenceDateIsRefused() {
    TerritorySeries.Builder b = TerritorySeries.builder(ITALY, Variations.none(), REFERENCE);
    IllegalArgumentException e = org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class,
        () -> b.year(2018, List.of()));
    assertTrue(e.getMessage().contains("2018"), e.getMessage());
    assertTrue(IstatCode.parse("047023").value().startsWith("047"));
  }

  private static Population population(IstatCode code, int year, int people) {
    return Population.builder(code.value(), year).male(40, people).build();
  }

  @Test
  void aComuneMissingInSomeYears_isLeftOut_sayingWhichYears() {
    IstatCode pistoia = ITALY.byName("Pistoia", REFERENCE).code();
    IstatCode firenze = ITALY.byName("Firenze", REFERENCE).code();
    TerritorySeries series = TerritorySeries.builder(ITALY, Variations.none(), REFERENCE)
        .year(2016, List.of(population(pistoia, 2016, 10)))
        .year(2015, List.of(population(pistoia, 2015, 20), population(firenze, 2015, 30)))
        .year(2017, List.of(population(pistoia, 2017, 40)))
        .build();
    assertEquals(REFERENCE, series.reference());
    assertEquals(List.of(2015, 2016, 2017), series.years());
    assertEquals(java.util.Set.of(pistoia), series.comuni());
    // the crosswalk says why, year by year
    assertEquals("2016: no value for source comuni [" + firenze + "]; 2017: no value for source comuni [" + firenze
        + "]", series.leftOut().get(firenze));
    // every other comune of 1 January 2017 has no population in any year
    IstatCode prato = ITALY.byName("Prato", REFERENCE).code();
    String none = "no value for source comuni [" + prato + "]";
    assertEquals("2015: " + none + "; 2016: " + none + "; 2017: " + none, series.leftOut().get(prato));
    assertFalse(series.leftOut().containsKey(pistoia));
    // the populations of the comuni kept, year by year
    assertEquals(List.of(20L, 10L, 40L), series.populations().stream().map(Population::total).toList());
    assertEquals(2, series.crosswalk(2015).values().size());
    assertEquals("year 2019 is not in the series [2015, 2016, 2017]", org.junit.jupiter.api.Assertions.assertThrows(
        IllegalArgumentException.class, () -> series.crosswalk(2019)).getMessage());
    assertEquals("TerritorySeries[2017-01-01, years [2015, 2016, 2017], 1 comuni, "
        + series.leftOut().size() + " left out]", series.toString());
  }

  @Test
  void badYears_areRefused_namingThem() {
    IstatCode pistoia = ITALY.byName("Pistoia", REFERENCE).code();
    TerritorySeries.Builder b = TerritorySeries.builder(ITALY, Variations.none(), REFERENCE);
    assertEquals("a series needs at least one year", org.junit.jupiter.api.Assertions.assertThrows(
        IllegalArgumentException.class, b::build).getMessage());
    assertEquals("population of " + pistoia + " is of 2016, given as 2015",
        org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class,
            () -> b.year(2015, List.of(population(pistoia, 2016, 1)))).getMessage());
    b.year(2015, List.of(population(pistoia, 2015, 1)));
    assertEquals("year 2015 is given twice", org.junit.jupiter.api.Assertions.assertThrows(
        IllegalArgumentException.class, () -> b.year(2015, List.of())).getMessage());
    // the reference date's own year is allowed, the next is not
    b.year(2017, List.of(population(pistoia, 2017, 1)));
    assertEquals("year 2018 is after the reference date 2017-01-01 of the series",
        org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class,
            () -> b.year(2018, List.of())).getMessage());
  }
}
