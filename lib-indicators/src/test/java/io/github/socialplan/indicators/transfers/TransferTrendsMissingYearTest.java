package io.github.socialplan.indicators.transfers;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.socialplan.core.fund.FundTransfer;
import io.github.socialplan.core.money.Money;
import io.github.socialplan.core.testing.PropertyRuns;
import io.github.socialplan.core.testing.ReferenceTable;
import io.github.socialplan.indicators.result.ExactCoefficientOfVariation;
import io.github.socialplan.indicators.result.IndicatorValue;
import io.github.socialplan.indicators.result.UndefinedReason;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.quicktheories.QuickTheory;
import org.quicktheories.generators.SourceDSL;

/**
 * A year between the first and the last with no transfer recorded at all is missing from the series, not a
 * year in which nothing was transferred: a nothing transferred is written as a transfer of 0 (the "-" of
 * the published table, as the Cremona file writes it).
 */
class TransferTrendsMissingYearTest {

  private static final String FILE = "cremona-fund-transfers-2012-2014.csv";
  private static final String FSR = "Fondo Sociale Regionale";

  @Test
  void aYearWithNoTransferRecorded_isMissing_notAFallToZero() {
    // the Fondo Sociale Regionale of the Ambito di Cremona, with the file's 2013 column left out
    Map<String, String> row = ReferenceTable.read(FILE).row(FSR);
    BigDecimal y2012 = new BigDecimal(row.get("2012"));
    BigDecimal y2014 = new BigDecimal(row.get("2014"));
    TransferTrends t = TransferTrends.of("Ambito Cremona", List.of(
        FundTransfer.of(FSR, "Ambito Cremona", 2012, Money.of(y2012)),
        FundTransfer.of(FSR, "Ambito Cremona", 2014, Money.of(y2014))));
    assertEquals(List.of(2012, 2014), t.years());
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> t.total(2013));
    assertTrue(e.getMessage().contains("2013") && e.getMessage().contains("Ambito Cremona"), e.getMessage());
    assertThrows(IllegalArgumentException.class, () -> t.amount(FSR, 2013));
    assertThrows(IllegalArgumentException.class, () -> t.share(FSR, 2013));
    assertThrows(IllegalArgumentException.class, () -> t.yearOnYearChange(FSR, 2013));
    // 2014 has no year before it in the series: no change, rather than one from a fake 0
    IndicatorValue change = t.totalYearOnYearChange(2014);
    assertEquals(Optional.of(UndefinedReason.MISSING_INPUT), change.reason());
    assertTrue(change.detail().contains("2013"), change.detail());
    assertEquals(Optional.of(UndefinedReason.MISSING_INPUT), t.yearOnYearChange(FSR, 2014).reason());
    // the variation of the two years recorded, not of 850,000, 0 and 780,000
    ExactCoefficientOfVariation exact = ExactCoefficientOfVariation.of(List.of(
        ExactCoefficientOfVariation.of(y2012), ExactCoefficientOfVariation.of(y2014)));
    BigDecimal cv = exact.rounded(6, RoundingMode.HALF_UP); // 0.042945
    assertEquals(cv, t.coefficientOfVariation(FSR).rounded(6, RoundingMode.HALF_UP));
    assertEquals(cv, t.totalCoefficientOfVariation().rounded(6, RoundingMode.HALF_UP));
  }

  @Test
  void aTransferOf0_isAYearOfNothingTransferred() {
    TransferTrends t = TransferTrends.of("x", List.of(FundTransfer.of(FSR, "x", 2012, Money.ofEuros(10)),
        FundTransfer.of(FSR, "x", 2013, Money.ZERO), FundTransfer.of(FSR, "x", 2014, Money.ofEuros(5))));
    assertEquals(List.of(2012, 2013, 2014), t.years());
    assertEquals("-100.0", t.yearOnYearChange(FSR, 2013).format());
    assertEquals(Optional.of(UndefinedReason.ZERO_DENOMINATOR), t.yearOnYearChange(FSR, 2014).reason());
  }

  @Test
  void withGaps_everyFigure_isThatOfTheYearsRecorded() {
    QuickTheory.qt().withFixedSeed(2013L).withExamples(PropertyRuns.examples(300))
        .forAll(SourceDSL.longs().all())
        .checkAssert(seed -> {
          Random random = new Random(seed);
          int span = 2 + random.nextInt(8);
          List<Integer> years = new ArrayList<>();
          List<BigDecimal> amounts = new ArrayList<>();
          List<FundTransfer> transfers = new ArrayList<>();
          for (int y = 0; y < span; y++) {
            if (y > 0 && y < span - 1 && random.nextInt(3) == 0) {
              continue; // no transfer recorded in this year
            }
            BigDecimal a = random.nextInt(5) == 0 ? BigDecimal.ZERO.setScale(2)
                : BigDecimal.valueOf(random.nextInt(100_000_000), 2);
            years.add(2000 + y);
            amounts.add(a);
            transfers.add(FundTransfer.of("FNA", "x", 2000 + y, Money.of(a)));
          }
          TransferTrends t = TransferTrends.of("x", transfers);
          assertEquals(years, t.years(), "seed " + seed);
          for (int i = 0; i < years.size(); i++) {
            int year = years.get(i);
            assertEquals(amounts.get(i), t.total(year).amount());
            IndicatorValue change = t.yearOnYearChange("FNA", year);
            if (i == 0 || years.get(i - 1) != year - 1) {
              assertEquals(Optional.of(UndefinedReason.MISSING_INPUT), change.reason(), year + " seed " + seed);
            } else if (amounts.get(i - 1).signum() == 0) {
              assertEquals(Optional.of(UndefinedReason.ZERO_DENOMINATOR), change.reason());
            } else {
              BigDecimal expected = amounts.get(i).subtract(amounts.get(i - 1))
                  .multiply(BigDecimal.valueOf(100)).divide(amounts.get(i - 1), 1, RoundingMode.HALF_UP);
              assertEquals(expected, change.rounded(), year + " seed " + seed);
            }
          }
          for (int y = 2000; y < 2000 + span; y++) {
            if (!years.contains(y)) {
              int missing = y;
              assertThrows(IllegalArgumentException.class, () -> t.total(missing));
            }
          }
          List<java.math.BigInteger[]> fractions = new ArrayList<>();
          amounts.forEach(a -> fractions.add(ExactCoefficientOfVariation.of(a)));
          ExactCoefficientOfVariation exact = ExactCoefficientOfVariation.of(fractions);
          IndicatorValue cv = t.coefficientOfVariation("FNA");
          if (exact == null) {
            assertFalse(cv.isDefined());
          } else {
            assertEquals(exact.rounded(3, RoundingMode.HALF_UP), cv.rounded(3, RoundingMode.HALF_UP),
                amounts + " seed " + seed);
          }
        });
  }
}
