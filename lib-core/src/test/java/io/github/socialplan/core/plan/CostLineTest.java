package io.github.socialplan.core.plan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.socialplan.core.money.Money;
import java.math.BigDecimal;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** A cost line is either an amount or a quantity times a unit cost, and says what falls in each year. */
class CostLineTest {

  private static CostLine.Builder line(Period years) {
    return CostLine.builder().label("voce").years(years);
  }

  private static String rejected(CostLine.Builder b) {
    return assertThrows(IllegalArgumentException.class, b::build).getMessage();
  }

  @Test
  void amountOverOneYear_fallsInThatYear_andNoOther() {
    CostLine c = line(Period.of(2016, 2016)).amount(Money.parse("1500.50")).build();
    assertEquals(Optional.of(Money.parse("1500.50")), c.inYear(2016));
    assertEquals(Optional.of(Money.ZERO), c.inYear(2015));
    assertEquals(Optional.of(Money.ZERO), c.inYear(2017));
    assertEquals(Money.parse("1500.50"), c.total());
  }

  @Test
  void amountEachYear_isCountedOncePerYearOfTheSpan() {
    // 1,000.00 a year over 2015-2018 is 4 × 1,000.00.
    CostLine c = line(Period.of(2015, 2018)).eachYear(true).amount(Money.ofEuros(1_000)).build();
    assertEquals(Money.ofEuros(4_000), c.total());
    assertEquals(Optional.of(Money.ofEuros(1_000)), c.inYear(2015));
    assertEquals(Optional.of(Money.ofEuros(1_000)), c.inYear(2018));
    assertEquals(Optional.of(Money.ZERO), c.inYear(2019));
    CostLine once = line(Period.of(2015, 2018)).amount(Money.ofEuros(1_000)).build();
    assertEquals(Money.ofEuros(1_000), once.total());
    assertEquals(Optional.empty(), once.inYear(2015));
  }

  @Test
  void zeroAmount_isAllowed_negativeIsRejected() {
    assertEquals(Money.ZERO, line(Period.of(2015, 2015)).amount(Money.ZERO).build().cost());
    assertEquals("cost line 'voce' has a negative amount: -0.01",
        rejected(line(Period.of(2015, 2015)).amount(Money.ofCents(-1))));
  }

  @Test
  void incompleteOrDoubleCosts_areRejectedNamingTheLine() {
    assertEquals("cost line 'voce' needs an amount or a quantity and a unit cost", rejected(line(Period.of(2015, 2015))));
    assertEquals("cost line 'voce' gives both an amount and a quantity or unit cost; give one or the other",
        rejected(line(Period.of(2015, 2015)).amount(Money.ofEuros(1)).quantity(BigDecimal.ONE)));
    assertEquals("cost line 'voce' gives both an amount and a quantity or unit cost; give one or the other",
        rejected(line(Period.of(2015, 2015)).amount(Money.ofEuros(1)).unitCost(Money.ofEuros(1))));
    assertEquals("cost line 'voce' has a quantity but no unit cost",
        rejected(line(Period.of(2015, 2015)).quantity(BigDecimal.TEN)));
    assertEquals("cost line 'voce' has a unit cost but no quantity",
        rejected(line(Period.of(2015, 2015)).unitCost(Money.ofEuros(10))));
    assertEquals("cost line has a blank label",
        rejected(CostLine.builder().label(" ").years(Period.of(2015, 2015)).amount(Money.ZERO)));
  }

  @Test
  void product_ofAQuantityWithDecimals_isExactToTheCent() {
    // 2.5 hours at 18.30 an hour = 45.75; a negative unit cost is refused like a negative quantity.
    CostLine hours = line(Period.of(2015, 2015)).quantity(new BigDecimal("2.5")).unitCost(Money.parse("18.30")).build();
    assertEquals(Money.parse("45.75"), hours.cost());
    assertEquals("cost line 'voce': quantity × unit cost = 2 × -3.00 = -6.00 is negative",
        rejected(line(Period.of(2015, 2015)).quantity(new BigDecimal("2")).unitCost(Money.ofEuros(-3))));
    // Two negative factors give a positive product, but a negative quantity is still refused.
    String both = rejected(line(Period.of(2015, 2015)).quantity(new BigDecimal("-2")).unitCost(Money.ofEuros(-3)));
    assertTrue(both.startsWith("cost line 'voce': quantity × unit cost = -2 × -3.00 = 6.00"), both);
    assertEquals(Money.ZERO, line(Period.of(2015, 2015)).quantity(BigDecimal.ZERO).unitCost(Money.ofEuros(5)).build()
        .cost());
  }
}
