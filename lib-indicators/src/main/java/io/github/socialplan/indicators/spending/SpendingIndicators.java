package io.github.socialplan.indicators.spending;

import io.github.socialplan.core.money.Money;
import io.github.socialplan.core.service.UserArea;
import io.github.socialplan.indicators.result.IndicatorValue;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * The social-spending indicators of the cruscotto (<i>indicatori di spesa sociale</i>) (Piano di Zona 2015-2017 dell'Ambito di Cremona,
 * §2.2 and §4.1; docs/domain.md §4). Money is exact ({@link Money}); every value is an exact ratio rounded only for
 * display.
 *
 * <table class="striped">
 * <caption>Formulas and undefined cases</caption>
 * <tr><th>indicator</th><th>formula</th><th>undefined when</th></tr>
 * <tr><td>spesa sociale pro-capite</td><td>spending / residents</td><td>no residents</td></tr>
 * <tr><td>% spesa associata</td><td>associated / total × 100</td><td>total 0</td></tr>
 * <tr><td>quota per area di utenza</td><td>spending of the area / spending of all areas × 100</td>
 *     <td>all areas 0</td></tr>
 * <tr><td>spesa pro-utente comunale</td><td>municipal spending / users</td><td>no users</td></tr>
 * <tr><td>compartecipazione degli utenti</td><td>co-payment / (municipal spending + co-payment) × 100</td>
 *     <td>both 0</td></tr>
 * <tr><td>costo medio per utente</td><td>total cost / users</td><td>no users</td></tr>
 * </table>
 *
 * <pre>{@code
 * SpendingIndicators.perCapita(Money.ofEuros(19_084_183), 158_529).format(DisplayFormat.DEFAULT.withScale(0)); // "120"
 * SpendingIndicators.percentAssociated(Money.ofEuros(3_571_415), Money.ofEuros(19_084_183)).format();       // "18.7"
 * }</pre>
 *
 * <p>Negative amounts or counts are rejected with {@link IllegalArgumentException}. This class is
 * stateless and thread-safe.
 */
public final class SpendingIndicators {

  private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

  private SpendingIndicators() {}

  /**
   * <i>Spesa sociale pro-capite</i>: spending / residents, in euro.
   *
   * @param spending social spending, {@code >= 0}, not null
   * @param residents {@code >= 0}
   * @return the value; undefined if there are no residents
   */
  public static IndicatorValue perCapita(Money spending, long residents) {
    return IndicatorValue.ratio(nonNegative(spending, "spending"), count(residents, "residents"),
        BigDecimal.ONE, "residents");
  }

  /**
   * <i>% spesa sociale associata</i>: associated / total × 100.
   *
   * @param associated spending managed in associated form, {@code >= 0}, not more than the total
   * @param total total social spending, {@code >= 0}
   * @return the percentage; undefined if the total is 0
   * @throws IllegalArgumentException if the associated spending exceeds the total
   */
  public static IndicatorValue percentAssociated(Money associated, Money total) {
    BigDecimal a = nonNegative(associated, "associated spending");
    BigDecimal t = nonNegative(total, "total spending");
    if (a.compareTo(t) > 0) {
      throw new IllegalArgumentException("associated spending " + associated
          + " exceeds total spending " + total);
    }
    return IndicatorValue.ratio(a, t, HUNDRED, "total spending");
  }

  /**
   * <i>Quota di spesa per area di utenza</i>: each area's spending over the spending of all the areas
   * given, × 100. The exact shares add up to 100; rounded shares to 100 within half a unit of the last
   * decimal per area.
   *
   * @param <K> the area key, e.g. {@link UserArea}
   * @param spendingByArea spending of each area, each {@code >= 0}, not null
   * @return the shares in the map's iteration order; all undefined if every area is 0
   */
  public static <K> Map<K, IndicatorValue> sharesByArea(Map<K, Money> spendingByArea) {
    Objects.requireNonNull(spendingByArea, "spendingByArea");
    BigDecimal total = BigDecimal.ZERO;
    for (Map.Entry<K, Money> e : spendingByArea.entrySet()) {
      total = total.add(nonNegative(e.getValue(), "spending of area " + e.getKey()));
    }
    Map<K, IndicatorValue> out = new LinkedHashMap<>();
    for (Map.Entry<K, Money> e : spendingByArea.entrySet()) {
      out.put(e.getKey(), IndicatorValue.ratio(e.getValue().amount(), total, HUNDRED,
          "spending of all areas"));
    }
    return out;
  }

  /**
   * <i>Spesa pro-utente comunale</i> of a service: municipal spending / users, in euro.
   *
   * @param municipalSpending {@code >= 0}, not null
   * @param users {@code >= 0}
   * @return the value; undefined if there are no users
   */
  public static IndicatorValue perUserSpending(Money municipalSpending, long users) {
    return IndicatorValue.ratio(nonNegative(municipalSpending, "municipal spending"), count(users, "users"),
        BigDecimal.ONE, "users");
  }

  /**
   * <i>Incidenza della compartecipazione degli utenti</i>: co-payment / (municipal spending +
   * co-payment) × 100. Totals or per-user amounts both work, as long as both are of the same kind.
   *
   * @param copayment users' co-payment, {@code >= 0}, not null
   * @param municipalSpending {@code >= 0}, not null
   * @return the percentage; undefined if both are 0
   */
  public static IndicatorValue copaymentIncidence(Money copayment, Money municipalSpending) {
    BigDecimal c = nonNegative(copayment, "co-payment");
    BigDecimal m = nonNegative(municipalSpending, "municipal spending");
    return IndicatorValue.ratio(c, m.add(c), HUNDRED, "municipal spending plus co-payment");
  }

  /**
   * <i>Costo medio per utente</i>: total cost of a service / users, in euro.
   *
   * @param totalCost all the money the service cost (municipal, co-payments, other funds), {@code >= 0}
   * @param users {@code >= 0}
   * @return the value; undefined if there are no users
   */
  public static IndicatorValue averageCostPerUser(Money totalCost, long users) {
    return IndicatorValue.ratio(nonNegative(totalCost, "total cost"), count(users, "users"),
        BigDecimal.ONE, "users");
  }

  static BigDecimal nonNegative(Money m, String what) {
    Objects.requireNonNull(m, what);
    if (m.isNegative()) {
      throw new IllegalArgumentException(what + " must not be negative: " + m);
    }
    return m.amount();
  }

  private static BigDecimal count(long n, String what) {
    if (n < 0) {
      throw new IllegalArgumentException(what + " must be >= 0: " + n);
    }
    return BigDecimal.valueOf(n);
  }
}
