package io.github.socialplan.indicators.transfers;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.socialplan.core.fund.FundTransfer;
import io.github.socialplan.core.money.Money;
import io.github.socialplan.core.testing.ReferenceTable;
import io.github.socialplan.indicators.result.IndicatorValue;
import io.github.socialplan.indicators.result.UndefinedReason;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class TransferTrendsTest {

  private static final String FILE = "cremona-fund-transfers-2012-2014.csv";
  private static final String FNPS = "Fondo Nazionale Politiche Sociali";
  private static final String AMBITO = "Ambito Cremona";

  /** The fund rows of the file (not the Totale row) as transfers. */
  private static TransferTrends cremona() {
    List<FundTransfer> transfers = new ArrayList<>();
    for (Map<String, String> row : ReferenceTable.read(FILE).rows()) {
      if (row.get("fund").equals("Totale")) {
        continue;
      }
      for (int year = 2012; year <= 2014; year++) {
        transfers.add(FundTransfer.of(row.get("fund"), AMBITO, year, Money.parse(row.get(Integer.toString(year)))));
      }
    }
    transfers.add(FundTransfer.of(FNPS, "someone else", 2013, Money.ofEuros(1_000_000)));
    return TransferTrends.of(AMBITO, transfers);
  }

  private static BigDecimal published(int year) {
    return new BigDecimal(ReferenceTable.read(FILE).row("Totale").get(Integer.toString(year)));
  }

  @Test
  void totals_ofCremona2012to2014_areThePublishedOnes() {
    TransferTrends t = cremona();
    assertEquals(List.of(2012, 2013, 2014), t.years());
    assertEquals(3, t.funds().size());
    for (int year = 2012; year <= 2014; year++) {
      assertEquals(published(year), t.total(year).amount(), "total " + year);
    }
    assertEquals(new BigDecimal("1251059.84"), t.total(2012).amount());
    assertEquals(new BigDecimal("860000.00"), t.total(2013).amount());
    assertEquals(new BigDecimal("1965543.00"), t.total(2014).amount());
  }

  @Test
  void transfersThatCanBeReadOnlyOnce_giveTheSameTrends() {
    List<FundTransfer> transfers = new ArrayList<>();
    for (Map<String, String> row : ReferenceTable.read(FILE).rows()) {
      for (int year = 2012; year <= 2014 && !row.get("fund").equals("Totale"); year++) {
        transfers.add(FundTransfer.of(row.get("fund"), AMBITO, year, Money.parse(row.get(Integer.toString(year)))));
      }
    }
    Iterable<FundTransfer> once = transfers.stream()::iterator; // a second iterator() fails
    TransferTrends t = TransferTrends.of(AMBITO, once);
    for (int year = 2012; year <= 2014; year++) {
      assertEquals(published(year), t.total(year).amount(), "total " + year);
    }
  }

  @Test
  void totalYearOnYearChange_ofCremona_isComputedFromThePublishedTotals() {
    TransferTrends t = cremona();
    for (int year = 2013; year <= 2014; year++) {
      BigDecimal expected = published(year).subtract(published(year - 1)).multiply(BigDecimal.valueOf(100))
          .divide(published(year - 1), 1, RoundingMode.HALF_UP);
      assertEquals(expected, t.totalYearOnYearChange(year).rounded(), "change " + year);
    }
    assertEquals("-31.3", t.totalYearOnYearChange(2013).format());
    assertEquals("128.6", t.totalYearOnYearChange(2014).format());
    assertEquals(Optional.of(UndefinedReason.MISSING_INPUT), t.totalYearOnYearChange(2012).reason());
  }

  @Test
  void fnps_goesToZeroAndBack_theChangeFromZeroIsUndefined() {
    TransferTrends t = cremona();
    assertEquals("-100.0", t.yearOnYearChange(FNPS, 2013).format());
    IndicatorValue fromZero = t.yearOnYearChange(FNPS, 2014);
    assertEquals(Optional.of(UndefinedReason.ZERO_DENOMINATOR), fromZero.reason());
    assertTrue(fromZero.detail().contains("2013") && fromZero.detail().contains(FNPS), fromZero.detail());
  }

  @Test
  void compoundGrowth_coefficientOfVariation_andShares() {
    TransferTrends t = cremona();
    // the published FNPS row, read from the file: 321,633 → 0 → 677,105
    Map<String, String> fnps = ReferenceTable.read(FILE).row(FNPS);
    double y2012 = Double.parseDouble(fnps.get("2012"));
    double y2013 = Double.parseDouble(fnps.get("2013"));
    double y2014 = Double.parseDouble(fnps.get("2014"));
    // FNPS: (677,105 / 321,633)^(1/2) − 1
    double expected = (Math.sqrt(y2014 / y2012) - 1) * 100;
    assertEquals(expected, t.compoundAnnualGrowth(FNPS).value(), 1e-9);
    assertEquals("45.1", t.compoundAnnualGrowth(FNPS).format());
    // FNPS over the years: mean 332,912.67; population sd 276,484.2...
    double mean = (y2012 + y2013 + y2014) / 3.0;
    double sd = Math.sqrt(
        (Math.pow(y2012 - mean, 2) + Math.pow(y2013 - mean, 2) + Math.pow(y2014 - mean, 2)) / 3);
    assertEquals(sd / mean, t.coefficientOfVariation(FNPS).value(), 1e-12);
    // Fondo Sociale Regionale 2013 is all of 2013
    assertEquals("100.0", t.share("Fondo Sociale Regionale", 2013).format());
    BigDecimal fnps2014 = new BigDecimal(fnps.get("2014")).multiply(BigDecimal.valueOf(100))
        .divide(published(2014), MathContext.DECIMAL64).setScale(1, RoundingMode.HALF_UP);
    assertEquals(fnps2014, t.share(FNPS, 2014).rounded());
    assertTrue(t.totalCompoundAnnualGrowth().isDefined());
    assertTrue(t.totalCoefficientOfVariation().isDefined());
  }

  @Test
  void compoundGrowth_ofExactlyAHalf_roundsHalfUp() {
    // 80 to 81 euro in one year: exactly 1.25 %, shown 1.3 half-up like the year-on-year change
    TransferTrends t = TransferTrends.of("x", List.of(FundTransfer.of(FNPS, "x", 2012, Money.ofEuros(80)),
        FundTransfer.of(FNPS, "x", 2013, Money.ofEuros(81))));
    assertEquals("1.3", t.compoundAnnualGrowth(FNPS).format());
    assertEquals("1.3", t.yearOnYearChange(FNPS, 2013).format());
  }

  @Test
  void undefinedCases_ofGrowthAndVariation() {
    TransferTrends oneYear = TransferTrends.of("x", List.of(FundTransfer.of("FNA", "x", 2014, Money.ofEuros(5))));
    assertEquals(Optional.of(UndefinedReason.NO_DATA), oneYear.compoundAnnualGrowth("FNA").reason());
    TransferTrends fromZero = TransferTrends.of("x", List.of(
        FundTransfer.of("FNA", "x", 2013, Money.ZERO), FundTransfer.of("FNA", "x", 2015, Money.ofEuros(5))));
    // nothing recorded in 2014: missing from the series, not a year of nothing transferred
    assertEquals(List.of(2013, 2015), fromZero.years());
    assertThrows(IllegalArgumentException.class, () -> fromZero.amount("FNA", 2014));
    assertEquals(Money.ZERO, fromZero.amount("FNA", 2013));
    assertEquals(Optional.of(UndefinedReason.OUT_OF_DOMAIN), fromZero.compoundAnnualGrowth("FNA").reason());
    TransferTrends zeros = TransferTrends.of("x", List.of(FundTransfer.of("FNA", "x", 2013, Money.ZERO)));
    assertEquals(Optional.of(UndefinedReason.ZERO_DENOMINATOR), zeros.coefficientOfVariation("FNA").reason());
    assertEquals(Optional.of(UndefinedReason.ZERO_DENOMINATOR), zeros.share("FNA", 2013).reason());
  }

  @Test
  void badQueries_areRejectedNamingTheValue() {
    TransferTrends t = cremona();
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> t.total(2011));
    assertTrue(e.getMessage().contains("2011") && e.getMessage().contains("2012-2014"), e.getMessage());
    e = assertThrows(IllegalArgumentException.class, () -> t.share("FEAD", 2013));
    assertTrue(e.getMessage().contains("'FEAD'"), e.getMessage());
    e = assertThrows(IllegalArgumentException.class, () -> TransferTrends.of("nobody", List.of()));
    assertTrue(e.getMessage().contains("nobody"), e.getMessage());
  }
}
