package io.github.socialplan.indicators.spending;

import io.github.socialplan.core.money.Money;
import io.github.socialplan.indicators.internal.FractionSum;
import io.github.socialplan.indicators.result.IndicatorValue;
import io.github.socialplan.indicators.result.UndefinedReason;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * One ratio across the comuni of a territory (<i>confronto territoriale</i>), e.g. per-capita spending:
 * the territory's own value, the <b>ratio of totals</b> Σ numerators / Σ denominators, next to the
 * <b>mean of ratios</b> of its comuni, with their minimum, maximum, coefficient of variation and Gini
 * index. docs/domain.md §4 and Piano di Zona 2015-2017 dell'Ambito di Cremona, §2.2: the Ambito di Cremona spends 120 € per resident (ratio of totals),
 * while the mean of its comuni's per-capita values is 71 € (30..164). Both are legitimate; this class
 * keeps them apart.
 *
 * <ul>
 *   <li>ratio of totals = Σ n<sub>i</sub> / Σ d<sub>i</sub> × multiplier, undefined if Σ d = 0;
 *   <li>the dispersion statistics are over the comuni whose denominator is not 0 (the others are listed
 *       by {@link #excluded()}), each comune counting once whatever its size:
 *       mean = Σ r<sub>i</sub> / n; coefficient of variation = population standard deviation (divisor
 *       n) / mean; Gini = Σ<sub>i</sub>Σ<sub>j</sub> |r<sub>i</sub> − r<sub>j</sub>| / (2 n Σ r), computed
 *       from the sorted values as Σ (2i − n − 1) r<sub>(i)</sub> / (n Σ r). All three are computed in
 *       floating point and rounded exactly: the mean and the Gini index as fractions (a mean of exactly
 *       12.45 shows 12.5 half-up, {@link IndicatorValue#computed(double, double, java.util.function.Supplier)}),
 *       the coefficient of variation as the square root of one ({@link IndicatorValue#coefficientOfVariation};
 *       ratios 13 and 27, whose coefficient is exactly 0.35, show 0.4). The coefficient of variation is
 *       negative when the mean is (a ratio may be negative, e.g. a balance per resident);
 *   <li>undefined: {@link UndefinedReason#NO_DATA} with no comparable comuni; the coefficient of
 *       variation and the Gini index with {@link UndefinedReason#ZERO_DENOMINATOR} when the mean is
 *       exactly 0 (ratios 0.1, 0.2 and −0.3 too, whose doubles do not add up to 0), and the Gini index
 *       with {@link UndefinedReason#OUT_OF_DOMAIN} if a ratio is negative.
 * </ul>
 *
 * <pre>{@code
 * TerritorialComparison perCapita = TerritorialComparison.builder(1)
 *     .add("019001", Money.ofEuros(30_000), 1_000)
 *     .add("019002", Money.ofEuros(82_000), 500)
 *     .build();
 * perCapita.ratioOfTotals().format(); // "74.7": 112,000 / 1,500
 * perCapita.meanOfRatios().format();  // "97.0": (30 + 164) / 2
 * }</pre>
 *
 * <p>Minimum and maximum ties go to the smallest territory id, so the result does not depend on the order
 * of {@code add}. This class is immutable and thread-safe; its builder is not.
 */
public final class TerritorialComparison {

  private final List<String> territories;
  private final BigDecimal[] numerators;
  private final BigDecimal[] denominators;
  private final BigDecimal multiplier;
  private final double[] ratios;   // of the comparable territories, in territory order
  private final int[] comparable;  // their indices
  private final List<String> excluded;

  private TerritorialComparison(List<String> territories, BigDecimal[] numerators,
      BigDecimal[] denominators, BigDecimal multiplier) {
    this.territories = territories;
    this.numerators = numerators;
    this.denominators = denominators;
    this.multiplier = multiplier;
    int n = territories.size();
    double[] r = new double[n];
    int[] idx = new int[n];
    int k = 0;
    List<String> ex = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      if (denominators[i].signum() == 0) {
        ex.add(territories.get(i));
      } else {
        r[k] = numerators[i].multiply(multiplier).divide(denominators[i], MathContext.DECIMAL64).doubleValue();
        idx[k++] = i;
      }
    }
    this.ratios = Arrays.copyOf(r, k);
    this.comparable = Arrays.copyOf(idx, k);
    this.excluded = Collections.unmodifiableList(ex);
  }

  /**
   * A builder of a comparison of ratios with the given multiplier (1 for euro per resident, 100 for a
   * percentage).
   *
   * @param multiplier {@code > 0}
   * @return a new builder
   */
  public static Builder builder(long multiplier) {
    if (multiplier <= 0) {
      throw new IllegalArgumentException("multiplier must be > 0: " + multiplier);
    }
    return new Builder(BigDecimal.valueOf(multiplier));
  }

  /** {@return the territories compared, sorted by id} */
  public List<String> territories() {
    return territories;
  }

  /** {@return the territories left out of the statistics across comuni because their denominator is 0} */
  public List<String> excluded() {
    return excluded;
  }

  /**
   * The ratio of one territory.
   *
   * @param territory one of {@link #territories()}
   * @return its ratio; undefined if its denominator is 0
   * @throws IllegalArgumentException if the territory was not added
   */
  public IndicatorValue ratioOf(String territory) {
    int i = Collections.binarySearch(territories, Objects.requireNonNull(territory, "territory"));
    if (i < 0) {
      throw new IllegalArgumentException("territory not in the comparison: " + territory);
    }
    return IndicatorValue.ratio(numerators[i], denominators[i], multiplier, "denominator of " + territory);
  }

  /** {@return Σ numerators / Σ denominators × multiplier: the territory's own value} */
  public IndicatorValue ratioOfTotals() {
    BigDecimal n = BigDecimal.ZERO;
    BigDecimal d = BigDecimal.ZERO;
    for (int i = 0; i < numerators.length; i++) {
      n = n.add(numerators[i]);
      d = d.add(denominators[i]);
    }
    return IndicatorValue.ratio(n, d, multiplier, "sum of the denominators");
  }

  /** {@return the mean of the comuni's ratios, each comune counting once} */
  public IndicatorValue meanOfRatios() {
    if (ratios.length == 0) {
      return noData();
    }
    double sumOfMagnitudes = 0;
    for (double r : ratios) {
      sumOfMagnitudes += Math.abs(r);
    }
    // the mean of the doubles is within 2^-51 × Σ |r| of the exact mean (the sum and each ratio rounded)
    return IndicatorValue.computed(mean(), 1e-14 * sumOfMagnitudes, () -> {
      BigInteger[] sum = sum(null);
      return IndicatorValue.ratio(new BigDecimal(sum[0]),
          new BigDecimal(sum[1].multiply(BigInteger.valueOf(ratios.length))), BigDecimal.ONE, "n");
    });
  }

  /** {@return the smallest ratio (exact)} */
  public IndicatorValue min() {
    return minTerritory().map(this::ratioOf).orElseGet(TerritorialComparison::noData);
  }

  /** {@return the largest ratio (exact)} */
  public IndicatorValue max() {
    return maxTerritory().map(this::ratioOf).orElseGet(TerritorialComparison::noData);
  }

  /** {@return the territory with the smallest ratio; the smallest id among ties} */
  public Optional<String> minTerritory() {
    return extreme(-1);
  }

  /** {@return the territory with the largest ratio; the smallest id among ties} */
  public Optional<String> maxTerritory() {
    return extreme(1);
  }

  private Optional<String> extreme(int sign) {
    int best = -1;
    for (int k = 0; k < ratios.length; k++) {
      if (best < 0 || compareRatios(k, best) * sign > 0) {
        best = k;
      }
    }
    return best < 0 ? Optional.empty() : Optional.of(territories.get(comparable[best]));
  }

  /**
   * {@return population standard deviation / mean of the comuni's ratios, negative if the mean is; see
   * {@link IndicatorValue#coefficientOfVariation}}
   */
  public IndicatorValue coefficientOfVariation() {
    if (ratios.length == 0) {
      return noData();
    }
    List<IndicatorValue> exact = new ArrayList<>(ratios.length);
    for (int i : comparable) {
      // a comparable comune's denominator is not 0: the name is never shown
      exact.add(IndicatorValue.ratio(numerators[i], denominators[i], multiplier, "denominator"));
    }
    return IndicatorValue.coefficientOfVariation(exact, "the mean of the ratios");
  }

  /** {@return the Gini index of the comuni's ratios, 0 (all equal) to (n − 1) / n (all in one comune)} */
  public IndicatorValue gini() {
    if (ratios.length == 0) {
      return noData();
    }
    double[] sorted = ratios.clone();
    Arrays.sort(sorted);
    boolean negative = false;
    boolean allZero = true;
    for (int i : comparable) { // a ratio's sign is its numerator's, the denominator being positive
      negative |= numerators[i].signum() < 0;
      allZero &= numerators[i].signum() == 0;
    }
    if (negative) {
      return IndicatorValue.undefined(UndefinedReason.OUT_OF_DOMAIN, String.format(Locale.ROOT,
          "Gini index needs ratios >= 0, the smallest is %s", sorted[0]));
    }
    if (allZero) {
      return IndicatorValue.undefined(UndefinedReason.ZERO_DENOMINATOR,
          "zero denominator: the sum of the ratios is 0");
    }
    int n = sorted.length;
    double sum = 0;
    double weighted = 0;
    for (int i = 0; i < n; i++) {
      sum += sorted[i];
      weighted += (2.0 * (i + 1) - n - 1) * sorted[i];
    }
    // the doubles' error, the order of nearly equal ratios included, is a few n × 2^-52 at most
    return IndicatorValue.computed(weighted / (n * sum), 1e-14 * n, this::exactGini);
  }

  /** The Gini index as an exact fraction: Σ (2i − n − 1) r(i) / (n Σ r), the ratios sorted exactly. */
  private IndicatorValue exactGini() {
    int n = ratios.length;
    Integer[] order = new Integer[n];
    for (int k = 0; k < n; k++) {
      order[k] = k;
    }
    Arrays.sort(order, this::compareRatios);
    long[] weights = new long[n];
    for (int i = 0; i < n; i++) {
      weights[order[i]] = 2L * (i + 1) - n - 1;
    }
    BigInteger[] weighted = sum(weights);
    BigInteger[] sum = sum(null);
    return IndicatorValue.ratio(new BigDecimal(weighted[0].multiply(sum[1])),
        new BigDecimal(weighted[1].multiply(sum[0]).multiply(BigInteger.valueOf(n))), BigDecimal.ONE,
        "n times the sum of the ratios");
  }

  /** The sign of ratio a − ratio b of the comparable territories, exactly (the multiplier is positive). */
  private int compareRatios(int a, int b) {
    int i = comparable[a];
    int j = comparable[b];
    return numerators[i].multiply(denominators[j]).compareTo(numerators[j].multiply(denominators[i]));
  }

  /**
   * Σ w<sub>k</sub> × ratio<sub>k</sub> over the comparable territories (every weight 1 if {@code weights} is
   * null), as a fraction of integers {numerator, denominator} with a positive denominator.
   */
  private BigInteger[] sum(long[] weights) {
    FractionSum sum = new FractionSum();
    for (int k = 0; k < ratios.length; k++) {
      BigInteger[] r = FractionSum.of(numerators[comparable[k]].multiply(multiplier), denominators[comparable[k]]);
      sum.add(weights == null ? r[0] : r[0].multiply(BigInteger.valueOf(weights[k])), r[1]);
    }
    return sum.lowestTerms();
  }

  private double mean() {
    double s = 0;
    for (double r : ratios) {
      s += r;
    }
    return s / ratios.length;
  }

  private static IndicatorValue noData() {
    return IndicatorValue.undefined(UndefinedReason.NO_DATA, "no territory with a non-zero denominator");
  }

  @Override
  public String toString() {
    return "TerritorialComparison[" + territories.size() + " territories, ratio of totals "
        + ratioOfTotals().format() + ", mean of ratios " + meanOfRatios().format() + "]";
  }

  /** Collects one numerator and denominator per territory. Not thread-safe. */
  public static final class Builder {
    private final BigDecimal multiplier;
    private final List<Entry> entries = new ArrayList<>();
    private final Set<String> seen = new HashSet<>();

    private Builder(BigDecimal multiplier) {
      this.multiplier = multiplier;
    }

    /**
     * Adds a territory with a money numerator and a count denominator (spending and residents).
     *
     * @param territory not null, not added before
     * @param numerator {@code >= 0}, not null
     * @param denominator {@code >= 0}
     * @return this builder
     * @throws IllegalArgumentException if the territory was added before, or the numerator or the
     *     denominator is negative (a ratio that may be negative, such as a balance, goes through
     *     {@link #add(String, BigDecimal, BigDecimal)})
     */
    public Builder add(String territory, Money numerator, long denominator) {
      Objects.requireNonNull(numerator, "numerator");
      if (numerator.isNegative()) {
        throw new IllegalArgumentException("numerator of " + territory + " must be >= 0: " + numerator);
      }
      return add(territory, numerator.amount(), BigDecimal.valueOf(denominator));
    }

    /**
     * Adds a territory.
     *
     * @param territory not null, not added before
     * @param numerator not null
     * @param denominator {@code >= 0}, not null
     * @return this builder
     * @throws IllegalArgumentException if the territory was added before or the denominator is negative
     */
    public Builder add(String territory, BigDecimal numerator, BigDecimal denominator) {
      Objects.requireNonNull(territory, "territory");
      Objects.requireNonNull(numerator, "numerator");
      Objects.requireNonNull(denominator, "denominator");
      if (denominator.signum() < 0) {
        throw new IllegalArgumentException("denominator of " + territory + " must be >= 0: "
            + denominator.toPlainString());
      }
      if (!seen.add(territory)) {
        throw new IllegalArgumentException("territory added twice to the comparison: " + territory);
      }
      entries.add(new Entry(territory, numerator, denominator));
      return this;
    }

    /** {@return the comparison, territories sorted by id} */
    public TerritorialComparison build() {
      List<Entry> sorted = new ArrayList<>(entries);
      sorted.sort((a, b) -> a.territory.compareTo(b.territory));
      List<String> ids = new ArrayList<>(sorted.size());
      BigDecimal[] n = new BigDecimal[sorted.size()];
      BigDecimal[] d = new BigDecimal[sorted.size()];
      for (int k = 0; k < n.length; k++) {
        Entry e = sorted.get(k);
        ids.add(e.territory);
        n[k] = e.numerator;
        d[k] = e.denominator;
      }
      return new TerritorialComparison(Collections.unmodifiableList(ids), n, d, multiplier);
    }

    private static final class Entry {
      final String territory;
      final BigDecimal numerator;
      final BigDecimal denominator;

      Entry(String territory, BigDecimal numerator, BigDecimal denominator) {
        this.territory = territory;
        this.numerator = numerator;
        this.denominator = denominator;
      }
    }
  }
}
