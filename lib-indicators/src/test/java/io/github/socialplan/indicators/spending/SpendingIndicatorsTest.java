package io.github.socialplan.indicators.spending;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.socialplan.core.money.Money;
import io.github.socialplan.core.service.UserArea;
import io.github.socialplan.core.testing.PropertyRuns;
import io.github.socialplan.core.testing.ReferenceTable;
import io.github.socialplan.indicators.result.DisplayFormat;
import io.github.socialplan.indicators.result.IndicatorValue;
import io.github.socialplan.indicators.result.UndefinedReason;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.quicktheories.QuickTheory;
import org.quicktheories.generators.SourceDSL;

class SpendingIndicatorsTest {

  private static final DisplayFormat WHOLE = DisplayFormat.DEFAULT.withScale(0);
  private static final Map<String, String> SPENDING =
      ReferenceTable.read("cremona-2012-social-spending.csv").row("Totale Ambito Distrettuale di Cremona");
  private static final Map<String, String> SERVICES =
      ReferenceTable.read("cremona-2012-service-costs.csv").row("Totale Ambito");

  private static Money money(Map<String, String> row, String column) {
    return Money.parse(row.get(column));
  }

  @Test
  void perCapita_ofCremona2012_is120Euro() {
    IndicatorValue v = SpendingIndicators.perCapita(money(SPENDING, "total_spending"),
        Long.parseLong(ReferenceTable.fact("residents_2014")));
    assertEquals(ReferenceTable.fact("per_capita_social_spending_2012"), v.format(WHOLE));
    assertEquals("120.4", v.format()); // 19,084,183 / 158,529 = 120.38
  }

  @Test
  void percentAssociated_ofCremona2012_is18point7_shownAs19() {
    IndicatorValue v = SpendingIndicators.percentAssociated(money(SPENDING, "associated_spending"),
        money(SPENDING, "total_spending"));
    assertEquals("18.7", v.format());
    assertEquals(SPENDING.get("pct_associated"), v.format(WHOLE));
    assertEquals(ReferenceTable.fact("pct_spending_associated_2012"), v.format(WHOLE));
  }

  @Test
  void perUserSpending_ofCremona2012Services_is3740Euro() {
    IndicatorValue v = SpendingIndicators.perUserSpending(money(SERVICES, "municipal_spending"),
        Long.parseLong(SERVICES.get("users")));
    assertEquals(SERVICES.get("municipal_spending_per_user"), v.format(WHOLE));
  }

  @Test
  void copaymentIncidence_ofCremona2012Services_is18point6_shownAs19() {
    IndicatorValue v = SpendingIndicators.copaymentIncidence(money(SERVICES, "copayment_per_user"),
        money(SERVICES, "municipal_spending_per_user"));
    assertEquals("18.6", v.format()); // 854 / (3,740 + 854) = 18.59
    assertEquals(SERVICES.get("pct_copayment"), v.format(WHOLE));
  }

  @Test
  void averageCostPerUser_isMunicipalPlusCopaymentPerUser() {
    long users = Long.parseLong(SERVICES.get("users"));
    Money totalCost = money(SERVICES, "municipal_spending").plus(money(SERVICES, "copayment_per_user").times(users));
    IndicatorValue v = SpendingIndicators.averageCostPerUser(totalCost, users);
    // 3,739.83 municipal + 854 co-payment per user = 4,593.83
    assertEquals(new BigDecimal("4593.83"), v.rounded(2, RoundingMode.HALF_UP));
  }

  @Test
  void sharesByArea_handExample() {
    Map<UserArea, Money> spending = new EnumMap<>(UserArea.class);
    spending.put(UserArea.FAMILY_AND_MINORS, Money.ofEuros(500));
    spending.put(UserArea.ELDERLY, Money.ofEuros(300));
    spending.put(UserArea.DISABILITY, Money.ofEuros(200));
    Map<UserArea, IndicatorValue> shares = SpendingIndicators.sharesByArea(spending);
    assertEquals("50.0", shares.get(UserArea.FAMILY_AND_MINORS).format());
    assertEquals("30.0", shares.get(UserArea.ELDERLY).format());
    assertEquals("20.0", shares.get(UserArea.DISABILITY).format());
  }

  @Test
  void sharesByArea_addUpTo100_withinRounding() {
    QuickTheory.qt().withFixedSeed(2012L).withExamples(PropertyRuns.examples(500))
        .forAll(SourceDSL.lists().of(SourceDSL.longs().between(0, 10_000_000_00L)).ofSizeBetween(1, 7))
        .assuming(cents -> cents.stream().anyMatch(c -> c > 0))
        .checkAssert(cents -> {
          Map<UserArea, Money> spending = new EnumMap<>(UserArea.class);
          for (int i = 0; i < cents.size(); i++) {
            spending.put(UserArea.values()[i], Money.ofCents(cents.get(i)));
          }
          BigDecimal exact = BigDecimal.ZERO;
          BigDecimal shown = BigDecimal.ZERO;
          for (IndicatorValue v : SpendingIndicators.sharesByArea(spending).values()) {
            exact = exact.add(v.rounded(30, RoundingMode.HALF_UP));
            shown = shown.add(v.rounded());
          }
          assertTrue(exact.subtract(BigDecimal.valueOf(100)).abs().compareTo(new BigDecimal("1e-27")) <= 0,
              exact.toPlainString());
          BigDecimal tolerance = new BigDecimal("0.05").multiply(BigDecimal.valueOf(cents.size()));
          assertTrue(shown.subtract(BigDecimal.valueOf(100)).abs().compareTo(tolerance) <= 0,
              shown.toPlainString());
        });
  }

  @Test
  void undefinedCases_areExplicit() {
    assertEquals(Optional.of(UndefinedReason.ZERO_DENOMINATOR),
        SpendingIndicators.perCapita(Money.ofEuros(10), 0).reason());
    assertEquals(Optional.of(UndefinedReason.ZERO_DENOMINATOR),
        SpendingIndicators.percentAssociated(Money.ZERO, Money.ZERO).reason());
    assertEquals(Optional.of(UndefinedReason.ZERO_DENOMINATOR),
        SpendingIndicators.perUserSpending(Money.ofEuros(10), 0).reason());
    assertEquals(Optional.of(UndefinedReason.ZERO_DENOMINATOR),
        SpendingIndicators.copaymentIncidence(Money.ZERO, Money.ZERO).reason());
    assertEquals(Optional.of(UndefinedReason.ZERO_DENOMINATOR),
        SpendingIndicators.averageCostPerUser(Money.ofEuros(10), 0).reason());
    Map<String, IndicatorValue> shares = SpendingIndicators.sharesByArea(Map.of("FAM", Money.ZERO));
    assertFalse(shares.get("FAM").isDefined());
  }

  @Test
  void badInputs_areRejectedNamingTheValue() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> SpendingIndicators.perCapita(Money.ofEuros(-5), 10));
    assertTrue(e.getMessage().contains("-5.00"), e.getMessage());
    e = assertThrows(IllegalArgumentException.class, () -> SpendingIndicators.perCapita(Money.ofEuros(5), -10));
    assertTrue(e.getMessage().contains("-10"), e.getMessage());
    e = assertThrows(IllegalArgumentException.class,
        () -> SpendingIndicators.percentAssociated(Money.ofEuros(11), Money.ofEuros(10)));
    assertTrue(e.getMessage().contains("11.00") && e.getMessage().contains("10.00"), e.getMessage());
    e = assertThrows(IllegalArgumentException.class,
        () -> SpendingIndicators.sharesByArea(Map.of("ELD", Money.ofEuros(-1))));
    assertTrue(e.getMessage().contains("ELD") && e.getMessage().contains("-1.00"), e.getMessage());
    assertThrows(NullPointerException.class, () -> SpendingIndicators.perCapita(null, 1));
  }
}
