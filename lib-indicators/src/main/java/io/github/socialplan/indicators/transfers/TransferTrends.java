package io.github.socialplan.indicators.transfers;

import io.github.socialplan.core.fund.FundTransfer;
import io.github.socialplan.core.money.Money;
import io.github.socialplan.indicators.result.IndicatorValue;
import io.github.socialplan.indicators.result.UndefinedReason;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * The transfers of the social funds to one territory over the years (<i>andamento dei trasferimenti</i>),
 * and how uncertain they are (docs/domain.md §4; Piano di Zona 2015-2017 dell'Ambito di Cremona, §2.2: FNPS to the Ambito di Cremona went 321,633 →
 * 0 → 677,105 in 2012-2014).
 *
 * <ul>
 *   <li>year-on-year change = (a<sub>y</sub> − a<sub>y−1</sub>) / a<sub>y−1</sub> × 100; undefined
 *       ({@code ZERO_DENOMINATOR}) when the previous year is 0, ({@code MISSING_INPUT}) when the previous
 *       year is not in the series (before its first year, or a year with no transfer recorded);
 *   <li>compound annual growth = ((a<sub>last</sub> / a<sub>first</sub>)<sup>1 / (last − first)</sup> − 1)
 *       × 100 over the first and last years of the series; undefined ({@code NO_DATA}) with a single year,
 *       ({@code OUT_OF_DOMAIN}) when the first year is 0;
 *   <li>coefficient of variation over the years of the series = population standard deviation / mean,
 *       rounded exactly ({@link IndicatorValue#coefficientOfVariation}: 13 and 27 euro, exactly 0.35,
 *       show 0.4);
 *       undefined ({@code ZERO_DENOMINATOR}) when the mean is 0, that is when nothing was transferred;
 *   <li>share of a fund = its transfer / all the transfers of the year × 100; undefined when nothing was
 *       transferred that year.
 * </ul>
 * A year in the series with no transfer of a fund counts as 0 for that fund (the "-" of a published table).
 * A year between the first and the last with no transfer recorded at all, of any fund, is missing: it is
 * not in the series ({@link #years()}), since nothing says that nothing was transferred (write a transfer
 * of 0 for that); counted as 0 it showed a fall of 100 % and then a change from 0.
 *
 * <pre>{@code
 * TransferTrends t = TransferTrends.of("Ambito Cremona", transfers); // FundTransfer list
 * t.total(2013);                                 // 860000.00
 * t.yearOnYearChange("FNPS", 2014).reason();     // Optional[ZERO_DENOMINATOR]: 2013 was 0
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 */
public final class TransferTrends {

  private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

  private final String recipient;
  private final int firstYear;
  private final List<String> funds;
  private final Map<String, BigDecimal[]> byFund; // amounts by year index, never null entries
  private final BigDecimal[] totals;
  private final boolean[] recorded; // by year index: whether any transfer to the recipient is recorded

  private TransferTrends(String recipient, int firstYear, Map<String, BigDecimal[]> byFund,
      boolean[] recorded) {
    int years = recorded.length;
    this.recipient = recipient;
    this.firstYear = firstYear;
    this.recorded = recorded;
    this.byFund = byFund;
    this.funds = List.copyOf(byFund.keySet());
    this.totals = new BigDecimal[years];
    for (int y = 0; y < years; y++) {
      BigDecimal t = BigDecimal.ZERO;
      for (BigDecimal[] a : byFund.values()) {
        t = t.add(a[y]);
      }
      totals[y] = t;
    }
  }

  /**
   * The trends of the transfers to one recipient; transfers to others are ignored, several transfers of
   * one fund in one year are added. The years are those with a transfer recorded (of 0 too), from the
   * first to the last; a year between them with none is missing from the series.
   *
   * @param recipient the territory id, not null
   * @param transfers not null
   * @return the trends
   * @throws IllegalArgumentException if no transfer goes to the recipient
   */
  public static TransferTrends of(String recipient, Iterable<FundTransfer> transfers) {
    Objects.requireNonNull(recipient, "recipient");
    Objects.requireNonNull(transfers, "transfers");
    // one pass over the input, which may be an iterable that can be read only once
    List<FundTransfer> mine = new ArrayList<>();
    int first = Integer.MAX_VALUE;
    int last = Integer.MIN_VALUE;
    for (FundTransfer t : transfers) {
      if (t.recipient().equals(recipient)) {
        mine.add(t);
        first = Math.min(first, t.year());
        last = Math.max(last, t.year());
      }
    }
    if (first > last) {
      throw new IllegalArgumentException("no fund transfer to " + recipient);
    }
    int years = last - first + 1;
    Map<String, BigDecimal[]> byFund = new TreeMap<>();
    boolean[] recorded = new boolean[years];
    for (FundTransfer t : mine) {
      recorded[t.year() - first] = true;
      BigDecimal[] a = byFund.computeIfAbsent(t.fund(), f -> zeros(years));
      a[t.year() - first] = a[t.year() - first].add(t.amount().amount());
    }
    return new TransferTrends(recipient, first, Collections.unmodifiableMap(byFund), recorded);
  }

  private static BigDecimal[] zeros(int n) {
    BigDecimal[] a = new BigDecimal[n];
    java.util.Arrays.fill(a, BigDecimal.ZERO);
    return a;
  }

  /** {@return the recipient territory} */
  public String recipient() {
    return recipient;
  }

  /** {@return the fund ids, sorted} */
  public List<String> funds() {
    return funds;
  }

  /** {@return the years of the series, those with a transfer recorded, ascending} */
  public List<Integer> years() {
    List<Integer> out = new ArrayList<>(totals.length);
    for (int y = 0; y < totals.length; y++) {
      if (recorded[y]) {
        out.add(firstYear + y);
      }
    }
    return out;
  }

  /**
   * The transfer of one fund in one year.
   *
   * @param fund one of {@link #funds()}
   * @param year one of {@link #years()}
   * @return the amount, zero if nothing was transferred
   * @throws IllegalArgumentException for an unknown fund or a year not in the series
   */
  public Money amount(String fund, int year) {
    return Money.of(series(fund)[index(year)]);
  }

  /**
   * All the transfers of one year.
   *
   * @param year one of {@link #years()}
   * @return the total
   */
  public Money total(int year) {
    return Money.of(totals[index(year)]);
  }

  /**
   * {@return the year-on-year change of one fund, in percent}
   *
   * @param fund a fund id with transfers to the recipient, e.g. "FNPS", not null
   * @param year one of {@link #years()}
   */
  public IndicatorValue yearOnYearChange(String fund, int year) {
    return change(series(fund), year, fund);
  }

  /**
   * {@return the year-on-year change of all the transfers, in percent}
   *
   * @param year one of {@link #years()}
   */
  public IndicatorValue totalYearOnYearChange(int year) {
    return change(totals, year, "all funds");
  }

  /**
   * {@return the compound annual growth of one fund from the first to the last year, in percent}
   *
   * @param fund a fund id with transfers to the recipient, e.g. "FNPS", not null
   */
  public IndicatorValue compoundAnnualGrowth(String fund) {
    return growth(series(fund), fund);
  }

  /** {@return the compound annual growth of all the transfers, in percent} */
  public IndicatorValue totalCompoundAnnualGrowth() {
    return growth(totals, "all funds");
  }

  /**
   * {@return the coefficient of variation of one fund over the years}
   *
   * @param fund a fund id with transfers to the recipient, e.g. "FNPS", not null
   */
  public IndicatorValue coefficientOfVariation(String fund) {
    return variation(series(fund), fund);
  }

  /** {@return the coefficient of variation of all the transfers over the years} */
  public IndicatorValue totalCoefficientOfVariation() {
    return variation(totals, "all funds");
  }

  /**
   * {@return the share of one fund in the transfers of a year, in percent}
   *
   * @param fund a fund id with transfers to the recipient, e.g. "FNPS", not null
   * @param year one of {@link #years()}
   */
  public IndicatorValue share(String fund, int year) {
    int y = index(year);
    return IndicatorValue.ratio(series(fund)[y], totals[y], HUNDRED,
        "all transfers to " + recipient + " in " + year);
  }

  private IndicatorValue change(BigDecimal[] a, int year, String what) {
    int y = index(year);
    if (y == 0) {
      return IndicatorValue.undefined(UndefinedReason.MISSING_INPUT,
          "transfers of " + (year - 1) + " are outside the series of " + recipient);
    }
    if (!recorded[y - 1]) {
      return IndicatorValue.undefined(UndefinedReason.MISSING_INPUT,
          "no transfer to " + recipient + " is recorded in " + (year - 1));
    }
    return IndicatorValue.ratio(a[y].subtract(a[y - 1]), a[y - 1], HUNDRED,
        "transfer of " + what + " to " + recipient + " in " + (year - 1));
  }

  private IndicatorValue growth(BigDecimal[] a, String what) {
    int n = a.length - 1;
    if (n == 0) {
      return IndicatorValue.undefined(UndefinedReason.NO_DATA,
          "compound growth of " + what + " needs two years, the series has only " + firstYear);
    }
    if (a[0].signum() == 0) {
      return IndicatorValue.undefined(UndefinedReason.OUT_OF_DOMAIN,
          "compound growth of " + what + " from zero in " + firstYear);
    }
    return IndicatorValue.compoundGrowth(a[0], a[n], n);
  }

  private IndicatorValue variation(BigDecimal[] a, String what) {
    List<IndicatorValue> amounts = new ArrayList<>(a.length);
    for (int y = 0; y < a.length; y++) {
      if (recorded[y]) {
        amounts.add(IndicatorValue.ratio(a[y], BigDecimal.ONE, BigDecimal.ONE, "1"));
      }
    }
    // transfers are never negative: the mean is 0 only when every year is, and the coefficient >= 0
    return IndicatorValue.coefficientOfVariation(amounts, "mean transfer of " + what + " to " + recipient);
  }

  private BigDecimal[] series(String fund) {
    BigDecimal[] a = byFund.get(Objects.requireNonNull(fund, "fund"));
    if (a == null) {
      throw new IllegalArgumentException("no transfer of fund '" + fund + "' to " + recipient
          + "; funds: " + funds);
    }
    return a;
  }

  private int index(int year) {
    int y = year - firstYear;
    if (y < 0 || y >= totals.length) {
      throw new IllegalArgumentException(String.format(Locale.ROOT,
          "year %d is outside the transfer series %d-%d of %s", year, firstYear,
          firstYear + totals.length - 1, recipient));
    }
    if (!recorded[y]) {
      throw new IllegalArgumentException(String.format(Locale.ROOT,
          "year %d is missing from the transfer series of %s: no transfer is recorded in it (years %s)",
          year, recipient, years()));
    }
    return y;
  }

  @Override
  public String toString() {
    return "TransferTrends[" + recipient + " " + funds + " " + years() + "]";
  }
}
