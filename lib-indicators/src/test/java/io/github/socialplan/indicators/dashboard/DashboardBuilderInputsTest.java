package io.github.socialplan.indicators.dashboard;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.github.socialplan.core.population.Population;
import io.github.socialplan.core.territory.IstatCode;
import io.github.socialplan.indicators.export.DashboardCsvReader;
import io.github.socialplan.indicators.export.DashboardExport;
import io.github.socialplan.indicators.export.DashboardRecord;
import io.github.socialplan.indicators.result.DisplayFormat;
import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The options of {@link Dashboard.Builder} at the edges of their ranges, with values worked by hand. */
class DashboardBuilderInputsTest {

  /** 200 residents: 100 aged 40, 40 aged 70, 30 aged 82, 30 aged 90. */
  private static Population comune() {
    return Population.builder("019036", 2014).female(40, 100).female(70, 40).female(82, 30).female(90, 30)
        .build();
  }

  private static String oldestOld(Dashboard.Builder b) {
    return b.population(comune()).compute().value(2014, 0, "019036", "pct_oldest_old").orElseThrow().format();
  }

  @Test
  void oldestOldFrom_setsTheThreshold_within65To100() {
    // 85+: 30 of 200 = 15 %; 80+: 60 of 200 = 30 %; 65+: 100 of 200 = 50 %; 100+: none
    assertEquals("15.0", oldestOld(Dashboard.builder()));
    assertEquals("30.0", oldestOld(Dashboard.builder().oldestOldFrom(80)));
    assertEquals("50.0", oldestOld(Dashboard.builder().oldestOldFrom(65)));
    assertEquals("0.0", oldestOld(Dashboard.builder().oldestOldFrom(100)));
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> Dashboard.builder().oldestOldFrom(64));
    assertEquals("first age of the oldest old must be in 65..100: 64", e.getMessage());
    e = assertThrows(IllegalArgumentException.class, () -> Dashboard.builder().oldestOldFrom(101));
    assertEquals("first age of the oldest old must be in 65..100: 101", e.getMessage());
  }

  @Test
  void area_ofZeroIsAccepted_negativeIsRefusedNamingTheComune() {
    IstatCode code = IstatCode.parse("019036");
    // 200 residents on 0.8 km2: 250 per km2
    assertEquals("250.0", Dashboard.builder().area(code, new BigDecimal("0.8")).population(comune()).compute()
        .value(2014, 0, "019036", "density").orElseThrow().format());
    assertEquals("n.d.", Dashboard.builder().area(code, BigDecimal.ZERO).population(comune()).compute()
        .value(2014, 0, "019036", "density").orElseThrow().format());
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> Dashboard.builder().area(code, new BigDecimal("-0.01")));
    assertEquals("area of 019036 must be >= 0 km2: -0.01", e.getMessage());
  }

  @Test
  void input_outOfDecimalBounds_isRefusedWhenGiven_namingItsNameTerritoryAndYear() {
    // 10^31 has 32 integer digits; 10^-31 a 31st decimal
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Dashboard.builder()
        .input("019036", 2014, Dashboard.SOCIAL_SPENDING, new BigDecimal("1E+31")));
    assertEquals("input social_spending of 019036 in 2014 is out of range (at most 30 integer digits, 30"
        + " decimals and 100 digits): 10000000000000000000000000000000", e.getMessage());
    e = assertThrows(IllegalArgumentException.class, () -> Dashboard.builder()
        .input("ambito", 2015, "users", new BigDecimal("1E-31")));
    assertEquals("input users of ambito in 2015 is out of range (at most 30 integer digits, 30 decimals and"
        + " 100 digits): 0.0000000000000000000000000000001", e.getMessage());
  }

  @Test
  void input_atTheEdgeOfDecimalBounds_isExportedAndReadBack() throws IOException {
    BigDecimal largest = new BigDecimal("9".repeat(30));
    StringWriter csv = new StringWriter();
    DashboardExport.csv(Dashboard.builder().population(comune())
        .input("019036", 2014, Dashboard.SOCIAL_SPENDING, largest).compute(), csv, DisplayFormat.DEFAULT);
    List<DashboardRecord> rows = DashboardCsvReader.read(new StringReader(csv.toString()), "cruscotto.csv");
    DashboardRecord perCapita = rows.stream().filter(r -> r.indicator().equals("per_capita_social_spending"))
        .findFirst().orElseThrow();
    assertEquals(largest, perCapita.numerator().orElseThrow());
    // over the 200 residents, at one decimal half-up
    assertEquals(largest.divide(new BigDecimal("200"), 1, RoundingMode.HALF_UP), perCapita.value().orElseThrow());
  }
}
