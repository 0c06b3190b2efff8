package io.github.socialplan.indicators.result;

import io.github.socialplan.indicators.internal.FractionSum;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.function.DoubleUnaryOperator;
import java.util.function.Supplier;

/**
 * The value of an indicator for one territory and year (<i>valore dell'indicatore</i>): an exact ratio
 * {@code numerator / denominator × multiplier}, a computed number (a coefficient of variation, a growth
 * rate), or an explicit <i>undefined</i> with its {@link UndefinedReason} and a text naming the cause.
 *
 * <p>A ratio keeps its exact numerator and denominator, so rounding for display is the exact rounding of
 * the true quotient ({@code 373/20 = 18.65} shows as {@code 18.7} half-up, never
 * {@code 18.6} because a {@code double} held 18.649999...). A computed value with an exact form (a
 * {@link #compoundGrowth compound growth rate}, a {@link #coefficientOfVariation coefficient of
 * variation}, a mean of ratios given to {@link #computed(double, double, Supplier)}) is rounded exactly
 * too, and so is the difference or quotient ({@link #minus}, {@link #dividedBy}) of two values that are
 * ratios or have a ratio as exact form; any other computed value is rounded from its {@code double}. A
 * zero denominator never gives 0, NaN or infinity: {@link #ratio} returns an undefined value instead.
 *
 * <pre>{@code
 * IndicatorValue v = IndicatorValue.ratio(39_147, 20_037, 100, "residents aged 0-14");
 * v.format();                        // "195.4"
 * v.rounded(0, RoundingMode.HALF_UP); // 195
 * IndicatorValue.ratio(5, 0, 100, "residents aged 0-14").reason(); // Optional[ZERO_DENOMINATOR]
 * }</pre>
 *
 * <p>{@link #value()} of a ratio is the double nearest the exact quotient. A ratio of counts keeps its
 * terms as {@code long}s and makes their {@link BigDecimal}s only when asked for; when
 * {@code numerator × multiplier} and the denominator are below 2<sup>53</sup> in magnitude its double is
 * one division of doubles, which IEEE 754 rounds correctly.
 *
 * <p>Equality is structural: two ratios are equal when their numerators, denominators and multipliers are
 * numerically equal ({@code 1/2} and {@code 2/4} differ); two computed values when their doubles are (a
 * computed zero is 0.0, never -0.0); two undefined values when their reasons and texts are.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class IndicatorValue {

  private enum Kind { RATIO, COMPUTED, UNDEFINED }

  /**
   * Digits of the quotient when it cannot be divided exactly in double: enough that converting the
   * rounded decimal to double gives the double nearest the exact quotient (17 digits identify a double).
   */
  private static final MathContext VALUE_CONTEXT = new MathContext(40, RoundingMode.HALF_EVEN);

  /** u = 2<sup>−53</sup>: a double rounded to nearest is within u of the number, relatively. */
  private static final double UNIT_ROUNDOFF = 0x1p-53;
  /** 2<sup>53</sup>: integers below it in magnitude are exact doubles. */
  private static final long EXACT_DOUBLE_LIMIT = 1L << 53;
  private static final BigDecimal EXACT_DOUBLE_LIMIT_DECIMAL = BigDecimal.valueOf(EXACT_DOUBLE_LIMIT);
  private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
  /** The most periods a compound growth rate spans: far more than the years of any series. */
  public static final int MAX_PERIODS = 1000;

  private final Kind kind;
  // A ratio holds either the three BigDecimals, or (compact) three longs with the BigDecimals null.
  private final BigDecimal numerator;
  private final BigDecimal denominator;
  private final BigDecimal multiplier;
  private final boolean compact;
  private final long longNumerator;
  private final long longDenominator;
  private final long longMultiplier;
  private final double value;
  private final UndefinedReason reason;
  private final String detail;
  /** A computed value's exact form, when it has one that rounding can use; null otherwise. */
  private final Exact exactForm;

  private IndicatorValue(Kind kind, BigDecimal numerator, BigDecimal denominator, BigDecimal multiplier,
      double value, UndefinedReason reason, String detail) {
    this(kind, numerator, denominator, multiplier, value, reason, detail, null);
  }

  private IndicatorValue(Kind kind, BigDecimal numerator, BigDecimal denominator, BigDecimal multiplier,
      double value, UndefinedReason reason, String detail, Exact exactForm) {
    this.kind = kind;
    this.exactForm = exactForm;
    this.numerator = numerator;
    this.denominator = denominator;
    this.multiplier = multiplier;
    this.compact = false;
    this.longNumerator = 0;
    this.longDenominator = 0;
    this.longMultiplier = 0;
    // + 0.0 turns -0.0 (0 over a negative mean) into 0.0: the same number, so equal and with the same hash
    this.value = value + 0.0;
    this.reason = reason;
    this.detail = detail;
  }

  /** A compact ratio of counts; the denominator is positive. */
  private IndicatorValue(long numerator, long denominator, long multiplier, double value) {
    this.kind = Kind.RATIO;
    this.numerator = null;
    this.denominator = null;
    this.multiplier = null;
    this.compact = true;
    this.longNumerator = numerator;
    this.longDenominator = denominator;
    this.longMultiplier = multiplier;
    this.value = value;
    this.reason = null;
    this.detail = "";
    this.exactForm = null;
  }

  /**
   * Returns {@code numerator / denominator × multiplier}, or an undefined value if the denominator is 0.
   *
   * @param numerator not null
   * @param denominator not null; zero gives {@link UndefinedReason#ZERO_DENOMINATOR}; a negative one is
   *     moved to the numerator's sign
   * @param multiplier not null, 1, 100, 1000...
   * @param denominatorName what the denominator counts, not null, for the undefined text
   *     ("residents aged 0-14")
   * @return the value
   */
  public static IndicatorValue ratio(
      BigDecimal numerator, BigDecimal denominator, BigDecimal multiplier, String denominatorName) {
    Objects.requireNonNull(numerator, "numerator");
    Objects.requireNonNull(denominator, "denominator");
    Objects.requireNonNull(multiplier, "multiplier");
    Objects.requireNonNull(denominatorName, "denominatorName");
    if (denominator.signum() == 0) {
      return zeroDenominator(denominatorName);
    }
    if (denominator.signum() < 0) {
      numerator = numerator.negate();
      denominator = denominator.negate();
    }
    double v = quotient(numerator.multiply(multiplier), denominator);
    return new IndicatorValue(Kind.RATIO, numerator, denominator, multiplier, v, null, "");
  }

  /**
   * Returns {@code numerator / denominator × multiplier} of counts, or an undefined value if the
   * denominator is 0.
   *
   * @param numerator any count
   * @param denominator any count; zero gives {@link UndefinedReason#ZERO_DENOMINATOR}
   * @param multiplier 1, 100, 1000...
   * @param denominatorName what the denominator counts, not null
   * @return the value
   */
  public static IndicatorValue ratio(long numerator, long denominator, long multiplier, String denominatorName) {
    Objects.requireNonNull(denominatorName, "denominatorName");
    if (denominator == 0) {
      return zeroDenominator(denominatorName);
    }
    return compactRatio(numerator, denominator, multiplier);
  }

  /**
   * Returns {@code numerator / denominator × multiplier} of counts, or an undefined value if the
   * denominator is 0; the name of the denominator is asked for only then, so a caller that computes
   * many values does not build a text for each.
   *
   * @param numerator any count
   * @param denominator any count; zero gives {@link UndefinedReason#ZERO_DENOMINATOR}
   * @param multiplier 1, 100, 1000...
   * @param denominatorName gives what the denominator counts, not null; it must not return null
   * @return the value, equal to {@link #ratio(long, long, long, String)} with the supplied name
   */
  public static IndicatorValue ratio(long numerator, long denominator, long multiplier,
      Supplier<String> denominatorName) {
    Objects.requireNonNull(denominatorName, "denominatorName");
    if (denominator == 0) {
      return zeroDenominator(Objects.requireNonNull(denominatorName.get(), "denominatorName.get()"));
    }
    return compactRatio(numerator, denominator, multiplier);
  }

  /** A ratio of counts with a non-zero denominator. */
  private static IndicatorValue compactRatio(long numerator, long denominator, long multiplier) {
    if (denominator < 0) {
      if (denominator == Long.MIN_VALUE || numerator == Long.MIN_VALUE) {
        // no long holds the negated value
        return ratio(BigDecimal.valueOf(numerator), BigDecimal.valueOf(denominator),
            BigDecimal.valueOf(multiplier), "");
      }
      numerator = -numerator;
      denominator = -denominator;
    }
    return new IndicatorValue(numerator, denominator, multiplier, ratioValue(numerator, denominator, multiplier));
  }

  /**
   * The double nearest {@code numerator × multiplier / denominator} of counts, without making a value:
   * what {@link #value()} of {@link #ratio(long, long, long, String)} gives, for callers that compute many
   * values into columns of doubles.
   *
   * @param numerator any count
   * @param denominator any count
   * @param multiplier 1, 100, 1000...
   * @return the double nearest the exact quotient; NaN if the denominator is 0
   */
  public static double ratioValue(long numerator, long denominator, long multiplier) {
    if (denominator == 0) {
      return Double.NaN;
    }
    if (denominator > 0) {
      long product = numerator * multiplier;
      if (Math.multiplyHigh(numerator, multiplier) == (product >> 63)
          && Math.abs(product) < EXACT_DOUBLE_LIMIT && denominator < EXACT_DOUBLE_LIMIT) {
        // Both operands exact in double: IEEE division gives the double nearest the exact quotient.
        return (double) product / denominator;
      }
    }
    BigDecimal dividend = BigDecimal.valueOf(numerator).multiply(BigDecimal.valueOf(multiplier));
    BigDecimal divisor = BigDecimal.valueOf(denominator);
    return denominator > 0 ? quotient(dividend, divisor) : quotient(dividend.negate(), divisor.negate());
  }

  /** The double nearest {@code dividend / divisor}, divisor positive. */
  private static double quotient(BigDecimal dividend, BigDecimal divisor) {
    // Two decimals of one scale are the quotient of their unscaled integers; below 2^53 those are exact
    // doubles, and one IEEE division rounds their quotient correctly.
    int scale = Math.max(0, Math.max(dividend.scale(), divisor.scale()));
    if (scale <= 18 && dividend.precision() - dividend.scale() <= 16
        && divisor.precision() - divisor.scale() <= 16) {
      BigDecimal a = dividend.movePointRight(scale); // integers, at most 34 digits
      BigDecimal b = divisor.movePointRight(scale);
      if (a.abs().compareTo(EXACT_DOUBLE_LIMIT_DECIMAL) < 0 && b.compareTo(EXACT_DOUBLE_LIMIT_DECIMAL) < 0) {
        return (double) a.longValue() / b.longValue();
      }
    }
    return dividend.divide(divisor, VALUE_CONTEXT).doubleValue();
  }

  private static IndicatorValue zeroDenominator(String denominatorName) {
    return undefined(UndefinedReason.ZERO_DENOMINATOR, "zero denominator: " + denominatorName + " is 0");
  }

  /**
   * Returns a value computed in floating point, such as a coefficient of variation or a growth rate.
   *
   * @param value a finite number
   * @return the value
   * @throws IllegalArgumentException if the value is NaN or infinite (a calculator must return
   *     {@link #undefined} instead)
   */
  public static IndicatorValue computed(double value) {
    if (!Double.isFinite(value)) {
      throw new IllegalArgumentException("an indicator value must be finite, not " + value
          + "; use IndicatorValue.undefined with a reason");
    }
    return new IndicatorValue(Kind.COMPUTED, null, null, BigDecimal.ONE, value, null, "");
  }

  /**
   * Returns a value computed in floating point whose exact value is a fraction that costs more to work
   * out, such as the mean of many ratios: the double serves computation, and rounding is exact. Rounding
   * decides from the double alone when no decimal where it changes lies within {@code tolerance} of it,
   * which is nearly always, and otherwise asks {@code exact} for the fraction (once), so that a mean of
   * exactly 12.45 shows 12.5 half-up, never 12.4 because the double held 12.4499.... Equality is that of
   * {@link #computed(double)} values, by their doubles.
   *
   * @param value a finite number
   * @param tolerance a bound on the distance between {@code value} and the exact value, finite, {@code >= 0}
   * @param exact gives the same value as an exact {@link #ratio}, not null; it must not return null or
   *     an undefined value
   * @return the value
   * @throws IllegalArgumentException if the value is NaN or infinite, or the tolerance is negative or not
   *     finite
   */
  public static IndicatorValue computed(double value, double tolerance, Supplier<IndicatorValue> exact) {
    Objects.requireNonNull(exact, "exact");
    if (!(tolerance >= 0) || Double.isInfinite(tolerance)) {
      throw new IllegalArgumentException("a tolerance must be finite and >= 0, not " + tolerance);
    }
    IndicatorValue v = computed(value);
    return new IndicatorValue(Kind.COMPUTED, null, null, BigDecimal.ONE, v.value, null, "",
        new LazyRatio(tolerance, exact));
  }

  /**
   * Returns the compound growth rate from {@code first} to {@code last} over {@code periods} periods, in
   * percent (<i>tasso di crescita medio composto</i>): ((last / first)<sup>1/periods</sup> − 1) × 100.
   * Its double is computed in floating point, but rounding it is exact: a rate of exactly 1.25 % (80 to 81
   * in one period, or 6,400 to 6,561 in two) shows as {@code 1.3} half-up, never {@code 1.2} because the
   * double held 1.2499999.... Equality is that of {@link #computed} values, by their doubles.
   *
   * @param first not null, {@code > 0}
   * @param last not null, {@code >= 0}
   * @param periods 1 to {@value #MAX_PERIODS}
   * @return the rate
   * @throws IllegalArgumentException if an argument is out of its range
   */
  public static IndicatorValue compoundGrowth(BigDecimal first, BigDecimal last, int periods) {
    Objects.requireNonNull(first, "first");
    Objects.requireNonNull(last, "last");
    checkGrowth(first.signum(), last.signum(), periods, first.toPlainString(), last.toPlainString());
    return growth(last.divide(first, MathContext.DECIMAL64).doubleValue(), periods,
        () -> FractionSum.of(last, first), first.toPlainString(), last.toPlainString());
  }

  /**
   * The compound growth rate from one defined value to another, as {@link #compoundGrowth(BigDecimal,
   * BigDecimal, int)}: a ratio counts as its exact quotient, a computed value as its double.
   *
   * @param first not null, defined, {@code > 0}
   * @param last not null, defined, {@code >= 0}
   * @param periods 1 to {@value #MAX_PERIODS}
   * @return the rate
   * @throws IllegalArgumentException if a value is undefined or out of its range
   */
  public static IndicatorValue compoundGrowth(IndicatorValue first, IndicatorValue last, int periods) {
    Objects.requireNonNull(first, "first");
    Objects.requireNonNull(last, "last");
    if (!first.isDefined() || !last.isDefined()) {
      throw new IllegalArgumentException("compound growth of an undefined value: "
          + (first.isDefined() ? last : first));
    }
    String from = Double.toString(first.value);
    String to = Double.toString(last.value);
    // a ratio's sign is its numerator's, its denominator being positive
    checkGrowth(first.kind == Kind.RATIO ? first.num().signum() : (int) Math.signum(first.value),
        last.kind == Kind.RATIO ? last.num().signum() : (int) Math.signum(last.value), periods, from, to);
    return growth(last.value / first.value, periods, () -> {
      BigInteger[] f = first.exact();
      BigInteger[] l = last.exact();
      return FractionSum.of(new BigDecimal(l[0].multiply(f[1])), new BigDecimal(f[0].multiply(l[1])));
    }, from, to);
  }

  private static void checkGrowth(int firstSign, int lastSign, int periods, String first, String last) {
    if (firstSign <= 0 || lastSign < 0) {
      throw new IllegalArgumentException("compound growth needs first > 0 and last >= 0: from " + first
          + " to " + last);
    }
    if (periods < 1 || periods > MAX_PERIODS) {
      throw new IllegalArgumentException("compound growth needs 1 to " + MAX_PERIODS + " periods: " + periods);
    }
  }

  /** The growth for the quotient last / first, its double {@code t} and its exact fraction on demand. */
  private static IndicatorValue growth(double t, int periods, Supplier<BigInteger[]> exact, String first,
      String last) {
    if (t == 0) {
      return computed(-100); // exact in double
    }
    double growth = (Math.pow(t, 1.0 / periods) - 1) * 100;
    if (!Double.isFinite(growth)) {
      throw new IllegalArgumentException("compound growth from " + first + " to " + last + " over " + periods
          + " periods is beyond a double's range");
    }
    return new IndicatorValue(Kind.COMPUTED, null, null, BigDecimal.ONE, growth, null, "",
        Root.growth(exact, periods, HUNDRED));
  }

  /**
   * Returns the coefficient of variation of defined values (<i>coefficiente di variazione</i>): their
   * population standard deviation (divisor n) over their mean, σ / μ, negative when the mean is. A ratio
   * counts as its exact quotient, a computed value as its double. The coefficient's double is computed in
   * floating point, but whether the mean is 0 and how the coefficient rounds are decided exactly: it is
   * sign(S<sub>1</sub>) × √(n S<sub>2</sub> / S<sub>1</sub>² − 1), with S<sub>1</sub> = Σ x and
   * S<sub>2</sub> = Σ x² exact fractions worked out only when the doubles cannot decide (a mean near 0, a
   * coefficient near a decimal where rounding changes). So the values 13 and 27, whose coefficient is
   * exactly 7 / 20 = 0.35, show {@code 0.4} half-up, never {@code 0.3} because the double held
   * 0.34999...; and 0.1, 0.2 and −0.3, whose mean is exactly 0, give an undefined value, not the
   * coefficient near 10<sup>16</sup> that their doubles, adding up to 2<sup>−54</sup>, would. Equality
   * is that of {@link #computed} values, by their doubles.
   *
   * <pre>{@code
   * IndicatorValue.coefficientOfVariation(List.of(IndicatorValue.computed(13), IndicatorValue.computed(27)),
   *     "the mean").format(); // "0.4"
   * }</pre>
   *
   * @param values not null, not empty, each defined
   * @param meanName names the mean, not null, for the undefined text ("the mean of the ratios")
   * @return the coefficient; undefined with {@link UndefinedReason#ZERO_DENOMINATOR} if the exact mean is 0
   * @throws IllegalArgumentException if there is no value or a value is undefined, or if the coefficient
   *     is beyond a double's range (a mean some 10<sup>300</sup> times smaller than the values)
   */
  public static IndicatorValue coefficientOfVariation(List<IndicatorValue> values, String meanName) {
    Objects.requireNonNull(values, "values");
    Objects.requireNonNull(meanName, "meanName");
    IndicatorValue[] x = values.toArray(new IndicatorValue[0]);
    int n = x.length;
    if (n == 0) {
      throw new IllegalArgumentException("a coefficient of variation needs at least one value");
    }
    double sum = 0;
    double max = 0;
    for (int i = 0; i < n; i++) {
      int index = i;
      if (!Objects.requireNonNull(x[i], () -> "values[" + index + "]").isDefined()) {
        throw new IllegalArgumentException("coefficient of variation of an undefined value at index " + i
            + ": " + x[i]);
      }
      sum += x[i].value;
      max = Math.max(max, Math.abs(x[i].value));
    }
    double mean = sum / n;
    // k: the doubles' error relative to the mean, see cvTolerance; NaN or infinite if the mean is 0
    double k = (n + 7) * UNIT_ROUNDOFF * max / Math.abs(mean);
    if (max >= 1e-100 && max <= 1e100 && k <= 1e-3) {
      // the exact mean is within 2k |mean| < |mean| of the double's: it is not 0 and has its sign
      double ss = 0;
      for (IndicatorValue v : x) {
        double d = v.value - mean;
        ss += d * d;
      }
      double cv = Math.sqrt(ss / n) / mean;
      double tolerance = cvTolerance(k, cv);
      return new IndicatorValue(Kind.COMPUTED, null, null, BigDecimal.ONE, cv, null, "",
          new Root(() -> squaredVariation(x), 2, mean > 0 ? BigDecimal.ONE : BigDecimal.ONE.negate(), 0,
              approx -> tolerance));
    }
    // the doubles cannot tell the mean from 0, or lie where their errors are not bounded as above
    BigInteger[] s1 = sum(x, false);
    if (s1[0].signum() == 0) {
      return undefined(UndefinedReason.ZERO_DENOMINATOR, "zero denominator: " + meanName + " is 0");
    }
    BigInteger[] square = squaredVariation(n, s1, sum(x, true));
    double magnitude = new BigDecimal(square[0]).divide(new BigDecimal(square[1]), VALUE_CONTEXT)
        .sqrt(VALUE_CONTEXT).doubleValue();
    if (Double.isInfinite(magnitude)) {
      throw new IllegalArgumentException("the coefficient of variation of " + n + " values is beyond a"
          + " double's range: " + meanName + " is " + new BigDecimal(s1[0])
          .divide(new BigDecimal(s1[1].multiply(BigInteger.valueOf(n))), MathContext.DECIMAL64));
    }
    // a root to 40 digits, rounded once to double: within 2^-52 of its magnitude (2^-1075 if that falls
    // below the normal range of doubles)
    double tolerance = 2 * UNIT_ROUNDOFF * magnitude + Double.MIN_VALUE;
    BigDecimal sign = s1[0].signum() > 0 ? BigDecimal.ONE : BigDecimal.ONE.negate();
    return new IndicatorValue(Kind.COMPUTED, null, null, BigDecimal.ONE, sign.signum() * magnitude, null, "",
        new Root(() -> square, 2, sign, 0, approx -> tolerance));
  }

  /**
   * A bound on the distance between the coefficient of variation {@code cv} computed from doubles and
   * the exact one. With u = 2<sup>−53</sup>, M the largest |x̂| in [10<sup>−100</sup>, 10<sup>100</sup>]
   * (so neither overflow nor underflow costs more than a negligible 2<sup>−1074</sup> here and there) and
   * μ̂ the mean of the doubles:
   * <ul>
   *   <li>each double x̂ is within u |x| (a ratio's double is its quotient's to 40 digits, rounded
   *       once) of its exact value x: within 2uM;
   *   <li>the mean: a sum of n doubles errs by at most 1.01 (n − 1) u Σ |x̂| (Higham, <i>Accuracy and
   *       Stability of Numerical Algorithms</i>, §4.2), the division by n by u |μ̂|, the inputs by 2uM:
   *       |μ̂ − μ| ≤ 2 (n + 7) u M = 2k |μ̂| with k = (n + 7) u M / |μ̂|;
   *   <li>the standard deviation: σ' = √(Σ (x̂ − μ̂)² / n) is within max |x̂ − x| + |μ̂ − μ| of σ (a
   *       norm's triangle inequality), and the rounding of the n subtractions, squares, the sum of
   *       non-negative terms, the division and the root move σ' by at most (n + 5) u σ', σ' ≤ 2.02 M: the
   *       computed σ̂ is within 5 (n + 7) u M = 5k |μ̂| of σ;
   *   <li>then σ̂ / μ̂ − σ / μ = ((σ̂ − σ) − (σ / μ)(μ̂ − μ)) / μ̂, and the division rounds by u: with
   *       e = |cv − σ / μ|, e ≤ 1.01 u |cv| + 5k + 2k (|cv| + e), so for k ≤ 1/4,
   *       e ≤ 10k + (4k + 2.02u) |cv|.
   * </ul>
   * The bound returned is larger still; the caller keeps k ≤ 10<sup>−3</sup>.
   */
  private static double cvTolerance(double k, double cv) {
    return 16 * k * (1 + Math.abs(cv)) + 4 * UNIT_ROUNDOFF * Math.abs(cv);
  }

  /** The coefficient of variation squared, n S2 / S1² − 1, as a fraction {p, q}, p >= 0, q > 0. */
  private static BigInteger[] squaredVariation(IndicatorValue[] x) {
    return squaredVariation(x.length, sum(x, false), sum(x, true));
  }

  /** (n S2 − S1²) / S1² for S1 = a / b, S2 = c / d: (n c b² − a² d) / (a² d), S1 not 0. */
  private static BigInteger[] squaredVariation(int n, BigInteger[] s1, BigInteger[] s2) {
    BigInteger a2 = s1[0].multiply(s1[0]);
    BigInteger p = BigInteger.valueOf(n).multiply(s2[0]).multiply(s1[1]).multiply(s1[1])
        .subtract(a2.multiply(s2[1]));
    return FractionSum.lowestTerms(p, a2.multiply(s2[1]));
  }

  /** Σ x or Σ x² of defined values as a fraction {p, q} in lowest terms, q > 0. */
  private static BigInteger[] sum(IndicatorValue[] x, boolean squares) {
    FractionSum sum = new FractionSum();
    for (IndicatorValue v : x) {
      BigInteger[] f = v.exact();
      sum.add(squares ? f[0].multiply(f[0]) : f[0], squares ? f[1].multiply(f[1]) : f[1]);
    }
    return sum.lowestTerms();
  }

  /** This defined value as an exact fraction {p, q}, q > 0: a ratio's quotient, a computed value's double. */
  private BigInteger[] exact() {
    if (kind == Kind.RATIO) {
      return FractionSum.of(num().multiply(mult()), den());
    }
    return FractionSum.of(new BigDecimal(value), BigDecimal.ONE);
  }

  /**
   * Returns an undefined value.
   *
   * @param reason not null
   * @param detail what is missing or zero, not null ("births of 2014 not known for 019036")
   * @return the value
   */
  public static IndicatorValue undefined(UndefinedReason reason, String detail) {
    return new IndicatorValue(Kind.UNDEFINED, null, null, null, Double.NaN,
        Objects.requireNonNull(reason, "reason"), Objects.requireNonNull(detail, "detail"));
  }

  /** {@return whether the value is defined} */
  public boolean isDefined() {
    return kind != Kind.UNDEFINED;
  }

  /** {@return whether the value is an exact ratio with a numerator and a denominator} */
  public boolean isRatio() {
    return kind == Kind.RATIO;
  }

  /**
   * The value as a double, for further computation (not for display: use {@link #format}).
   *
   * @return the value
   * @throws IllegalStateException if the value is undefined; the message gives the reason
   */
  public double value() {
    checkDefined();
    return value;
  }

  /**
   * The value as a double, or NaN if undefined: for columns of doubles and statistics code that expects
   * NaN for a missing value. The reason stays available from {@link #reason()} and {@link #detail()}.
   *
   * @return the value, NaN if undefined; never throws
   */
  public double valueOrNaN() {
    return value;
  }

  /** {@return the value as a double, empty if undefined} */
  public OptionalDouble asDouble() {
    return isDefined() ? OptionalDouble.of(value) : OptionalDouble.empty();
  }

  /** {@return the numerator of a ratio, empty for a computed or undefined value} */
  public Optional<BigDecimal> numerator() {
    return kind == Kind.RATIO ? Optional.of(num()) : Optional.empty();
  }

  /** {@return the denominator of a ratio (positive), empty for a computed or undefined value} */
  public Optional<BigDecimal> denominator() {
    return kind == Kind.RATIO ? Optional.of(den()) : Optional.empty();
  }

  /** {@return the multiplier of a ratio (1 for a computed value), empty if undefined} */
  public Optional<BigDecimal> multiplier() {
    return kind == Kind.RATIO ? Optional.of(mult()) : Optional.ofNullable(multiplier);
  }

  private BigDecimal num() {
    return compact ? BigDecimal.valueOf(longNumerator) : numerator;
  }

  private BigDecimal den() {
    return compact ? BigDecimal.valueOf(longDenominator) : denominator;
  }

  private BigDecimal mult() {
    return compact ? BigDecimal.valueOf(longMultiplier) : multiplier;
  }

  /** {@return the reason a value is undefined, empty if defined} */
  public Optional<UndefinedReason> reason() {
    return Optional.ofNullable(reason);
  }

  /** {@return the text naming what made the value undefined; empty text if defined} */
  public String detail() {
    return detail;
  }

  /**
   * The value rounded for display with the default format: one decimal, half-up.
   *
   * @return the rounded value
   * @throws IllegalStateException if the value is undefined
   */
  public BigDecimal rounded() {
    return rounded(DisplayFormat.DEFAULT.scale(), DisplayFormat.DEFAULT.rounding());
  }

  /**
   * The value rounded for display. A ratio is rounded exactly from its numerator and denominator, a
   * computed value with an exact form from that form, any other computed value from the exact decimal
   * expansion of its double.
   *
   * @param scale the number of decimals, may be negative (-2 rounds to hundreds)
   * @param rounding not null
   * @return the rounded value
   * @throws IllegalStateException if the value is undefined
   * @throws ArithmeticException if {@code rounding} is {@link RoundingMode#UNNECESSARY} and rounding is
   *     needed
   */
  public BigDecimal rounded(int scale, RoundingMode rounding) {
    Objects.requireNonNull(rounding, "rounding");
    checkDefined();
    if (kind == Kind.RATIO) {
      return num().multiply(mult()).divide(den(), scale, rounding);
    }
    if (exactForm != null) {
      return exactForm.round(value, scale, rounding);
    }
    return new BigDecimal(value).setScale(scale, rounding);
  }

  /** {@return the value shown with {@link DisplayFormat#DEFAULT}: {@code "195.4"}, or {@code "n.d."}} */
  public String format() {
    return format(DisplayFormat.DEFAULT);
  }

  /**
   * The value shown with a format; independent of the default locale.
   *
   * @param format not null
   * @return the text, or the format's undefined text
   */
  public String format(DisplayFormat format) {
    Objects.requireNonNull(format, "format");
    if (!isDefined()) {
      return format.undefinedText();
    }
    return rounded(format.scale(), format.rounding()).toPlainString().replace('.', format.decimalSeparator());
  }

  /**
   * This value minus another, as when a comune is compared with its district (<i>scarto</i>). The
   * difference of two ratios is an exact ratio with multiplier 1; the difference of a ratio or a mean of
   * ratios ({@link #computed(double, double, Supplier)}) and another is a computed value rounded from the
   * exact difference: 3/10 minus the mean of 1/10 and 2/10 shows {@code 0.2} half-up, never {@code 0.1}
   * because the doubles' difference is 0.1499999....
   *
   * @param other not null
   * @return the difference, or {@link UndefinedReason#UNDEFINED_OPERAND} if either is undefined
   */
  public IndicatorValue minus(IndicatorValue other) {
    Objects.requireNonNull(other, "other");
    IndicatorValue u = undefinedOperand(other);
    if (u != null) {
      return u;
    }
    if (compact && other.compact) {
      IndicatorValue difference = compactMinus(other);
      if (difference != null) {
        return difference;
      }
    }
    if (kind == Kind.RATIO && other.kind == Kind.RATIO) {
      BigDecimal num = num().multiply(mult()).multiply(other.den())
          .subtract(other.num().multiply(other.mult()).multiply(den()));
      return ratio(num, den().multiply(other.den()), BigDecimal.ONE, "product of denominators");
    }
    double difference = value - other.value;
    if (hasExactRatio() && other.hasExactRatio()) {
      // each double within its bound of its exact value, and the subtraction rounded by half a unit
      double tolerance = errorBound() + other.errorBound() + Math.ulp(difference);
      if (Double.isFinite(tolerance)) {
        return computed(difference, tolerance, () -> exactRatio().minus(other.exactRatio()));
      }
    }
    return computed(difference);
  }

  /**
   * This value divided by another, as when a comune is compared with its district (<i>rapporto</i>;
   * 1 means equal). The quotient of two ratios is an exact ratio with multiplier 1; the quotient of a ratio
   * or a mean of ratios ({@link #computed(double, double, Supplier)}) and another is a computed value
   * rounded from the exact quotient, as {@link #minus} is.
   *
   * @param other not null
   * @return the quotient; undefined with {@link UndefinedReason#UNDEFINED_OPERAND} if either is undefined,
   *     with {@link UndefinedReason#ZERO_DENOMINATOR} if {@code other} is zero
   */
  public IndicatorValue dividedBy(IndicatorValue other) {
    Objects.requireNonNull(other, "other");
    IndicatorValue u = undefinedOperand(other);
    if (u != null) {
      return u;
    }
    if (compact && other.compact) {
      IndicatorValue quotient = compactDividedBy(other);
      if (quotient != null) {
        return quotient;
      }
    }
    if (kind == Kind.RATIO && other.kind == Kind.RATIO) {
      return ratio(num().multiply(mult()).multiply(other.den()),
          den().multiply(other.num()).multiply(other.mult()), BigDecimal.ONE,
          "the value divided by");
    }
    if (other.value == 0) {
      return undefined(UndefinedReason.ZERO_DENOMINATOR, "zero denominator: the value divided by is 0");
    }
    double quotient = value / other.value;
    if (hasExactRatio() && other.hasExactRatio()) {
      double a = Math.abs(value);
      double b = Math.abs(other.value);
      double ta = errorBound();
      double tb = other.errorBound();
      if (tb < b / 2) { // so the exact divisor is not 0
        // |a / b - A / B| <= (|a| tb + |b| ta) / (|b| (|b| - tb)); twice that, for the doubles' own rounding
        double tolerance = 2 * (a * tb + b * ta) / (b * (b - tb)) + 2 * Math.ulp(quotient);
        if (Double.isFinite(tolerance)) {
          return computed(quotient, tolerance, () -> exactRatio().dividedBy(other.exactRatio()));
        }
      }
    }
    return computed(quotient);
  }

  /** Whether this defined value is a ratio, or a computed value whose exact form is a ratio. */
  private boolean hasExactRatio() {
    return kind == Kind.RATIO || exactForm instanceof LazyRatio;
  }

  /** This value as an exact ratio; only if {@link #hasExactRatio()}. */
  private IndicatorValue exactRatio() {
    return kind == Kind.RATIO ? this : ((LazyRatio) exactForm).ratio();
  }

  /**
   * A bound on the distance between this value's double and its exact value; only if
   * {@link #hasExactRatio()}.
   */
  private double errorBound() {
    // a ratio's double is the one nearest its quotient (within half a unit), or within a unit of it
    return kind == Kind.RATIO ? Math.ulp(value) : exactForm.tolerance(value);
  }

  /*
   * The same ratios as the decimal arithmetic below gives, in longs while no product overflows (a writer of
   * the all-Italy cruscotto compares some 90,000 values with their parents'), or null if one would.
   */
  private IndicatorValue compactMinus(IndicatorValue other) {
    try {
      long a = Math.multiplyExact(Math.multiplyExact(longNumerator, longMultiplier), other.longDenominator);
      long b = Math.multiplyExact(Math.multiplyExact(other.longNumerator, other.longMultiplier), longDenominator);
      return compactRatio(Math.subtractExact(a, b), Math.multiplyExact(longDenominator, other.longDenominator), 1);
    } catch (ArithmeticException overflow) {
      return null;
    }
  }

  private IndicatorValue compactDividedBy(IndicatorValue other) {
    try {
      long a = Math.multiplyExact(Math.multiplyExact(longNumerator, longMultiplier), other.longDenominator);
      long b = Math.multiplyExact(Math.multiplyExact(longDenominator, other.longNumerator), other.longMultiplier);
      return ratio(a, b, 1, "the value divided by");
    } catch (ArithmeticException overflow) {
      return null;
    }
  }

  private IndicatorValue undefinedOperand(IndicatorValue other) {
    if (!isDefined()) {
      return undefined(UndefinedReason.UNDEFINED_OPERAND, "operand undefined: " + detail);
    }
    if (!other.isDefined()) {
      return undefined(UndefinedReason.UNDEFINED_OPERAND, "operand undefined: " + other.detail);
    }
    return null;
  }

  private void checkDefined() {
    if (!isDefined()) {
      throw new IllegalStateException("indicator value is undefined (" + reason + "): " + detail);
    }
  }

  @Override
  public boolean equals(Object o) {
    if (this == o) {
      return true;
    }
    if (!(o instanceof IndicatorValue)) {
      return false;
    }
    IndicatorValue v = (IndicatorValue) o;
    if (kind != v.kind) {
      return false;
    }
    switch (kind) {
      case RATIO:
        if (compact && v.compact) {
          return longNumerator == v.longNumerator && longDenominator == v.longDenominator
              && longMultiplier == v.longMultiplier;
        }
        return num().compareTo(v.num()) == 0 && den().compareTo(v.den()) == 0
            && mult().compareTo(v.mult()) == 0;
      case COMPUTED:
        return Double.compare(value, v.value) == 0;
      default:
        return reason == v.reason && detail.equals(v.detail);
    }
  }

  @Override
  public int hashCode() {
    switch (kind) {
      case RATIO:
        return Objects.hash(num().stripTrailingZeros(), den().stripTrailingZeros(),
            mult().stripTrailingZeros());
      case COMPUTED:
        return Double.hashCode(value);
      default:
        return Objects.hash(reason, detail);
    }
  }

  /** {@return {@code "195.4 = 39147 / 20037 × 100"}, {@code "0.25"} (a computed value in full) or {@code "undefined (ZERO_DENOMINATOR: ...)"}} */
  @Override
  public String toString() {
    switch (kind) {
      case RATIO:
        return format() + " = " + num().toPlainString() + " / " + den().toPlainString()
            + " × " + mult().toPlainString();
      case COMPUTED:
        return Double.toString(value);
      default:
        return "undefined (" + reason + ": " + detail + ")";
    }
  }

  /**
   * What rounds a computed value exactly: the value's exact form, compared with the decimals where
   * rounding changes, which are found around the double within the double's error.
   */
  private abstract static class Exact {
    private static final BigDecimal QUARTER = new BigDecimal("0.25");

    /** The sign of the exact value minus {@code b}. */
    abstract int compareTo(BigDecimal b);

    /** A bound, with a wide margin, on the distance between the double {@code approx} and the exact value. */
    abstract double tolerance(double approx);

    /**
     * The exact value rounded: the boundaries at this scale (multiples of half a unit) within the
     * tolerance of the double are few, usually none, and the exact value is placed among them. The
     * exact value may lie at the tolerance's very ends, so a boundary there is compared too.
     */
    final BigDecimal round(double approx, int scale, RoundingMode rounding) {
      BigDecimal half = BigDecimal.ONE.scaleByPowerOfTen(-scale).divide(BigDecimal.valueOf(2));
      BigDecimal d = new BigDecimal(approx);
      BigDecimal tol = new BigDecimal(tolerance(approx));
      // the last boundary below d - tol and the first above d + tol, strictly: the exact value, within
      // [d - tol, d + tol], lies strictly between them (counted in halves)
      BigInteger lo = d.subtract(tol).divide(half, 0, RoundingMode.CEILING).toBigIntegerExact()
          .subtract(BigInteger.ONE);
      BigInteger hi = d.add(tol).divide(half, 0, RoundingMode.FLOOR).toBigIntegerExact().add(BigInteger.ONE);
      while (hi.subtract(lo).compareTo(BigInteger.ONE) > 0) {
        BigInteger mid = lo.add(hi).shiftRight(1);
        BigDecimal b = half.multiply(new BigDecimal(mid));
        int cmp = compareTo(b);
        if (cmp == 0) {
          return b.setScale(scale, rounding);
        }
        if (cmp < 0) {
          hi = mid;
        } else {
          lo = mid;
        }
      }
      // rounding gives the same for every number strictly between two neighbouring boundaries
      return half.multiply(new BigDecimal(lo)).add(half.multiply(QUARTER)).setScale(scale, rounding);
    }
  }

  /**
   * A value known exactly as m × ((p / q)<sup>1/n</sup> − c), m != 0, p >= 0, q > 0, p / q worked out
   * when rounding needs it: the value moves with p / q (up if m > 0, down if m < 0), so whether it is
   * above, on or below a decimal is decided by comparing integers.
   */
  private static final class Root extends Exact {
    private final Supplier<BigInteger[]> fraction;
    private final int n;
    private final BigDecimal m;
    private final BigDecimal c;
    private final DoubleUnaryOperator tolerance;
    private volatile BigDecimal[] pq;

    /**
     * @param tolerance the bound on the distance between the double and the exact value, given the double
     */
    Root(Supplier<BigInteger[]> fraction, int n, BigDecimal m, int c, DoubleUnaryOperator tolerance) {
      this.fraction = fraction;
      this.n = n;
      this.m = m;
      this.c = BigDecimal.valueOf(c);
      this.tolerance = tolerance;
    }

    /** The growth rate m × ((p / q)<sup>1/n</sup> − 1), m > 0, with the error bound of {@code pow}. */
    static Root growth(Supplier<BigInteger[]> fraction, int n, BigDecimal m) {
      double md = m.doubleValue();
      return new Root(fraction, n, m, 1, approx -> {
        // far above the error of pow and of the quotient's double, which grows with |ln(p / q)| = n |ln y|
        double y = approx / md + 1;
        double ln = n * Math.abs(Math.log(y));
        return md * Math.max(1, y) * 1e-12 * (1 + (Double.isFinite(ln) ? ln : 1e4));
      });
    }

    @Override
    int compareTo(BigDecimal b) {
      // m × (y − c) <=> b  iff  |m| × (y − c) <=> b × sign(m), reversed if m < 0
      return m.signum() > 0 ? compareMagnitude(b, m) : -compareMagnitude(b.negate(), m.negate());
    }

    /** The sign of mm × ((p / q)^(1/n) − c) − b, mm > 0. */
    private int compareMagnitude(BigDecimal b, BigDecimal mm) {
      BigDecimal[] t = pq;
      if (t == null) {
        BigInteger[] f = fraction.get();
        t = new BigDecimal[] {new BigDecimal(f[0]), new BigDecimal(f[1])};
        pq = t;
      }
      BigDecimal w = b.add(c.multiply(mm)); // x <=> b  iff  (p / q)^(1/n) <=> w / mm
      if (w.signum() <= 0) {
        return t[0].signum() > 0 ? 1 : w.signum() == 0 ? 0 : 1;
      }
      return t[0].multiply(mm.pow(n)).compareTo(t[1].multiply(w.pow(n)));
    }

    @Override
    double tolerance(double approx) {
      return tolerance.applyAsDouble(approx);
    }
  }

  /** A value whose exact fraction is worked out only when rounding needs it, then kept. */
  private static final class LazyRatio extends Exact {
    private final double tolerance;
    private final Supplier<IndicatorValue> exact;
    private volatile IndicatorValue ratio;

    LazyRatio(double tolerance, Supplier<IndicatorValue> exact) {
      this.tolerance = tolerance;
      this.exact = exact;
    }

    /** The exact ratio, worked out on the first call. */
    IndicatorValue ratio() {
      IndicatorValue r = ratio;
      if (r == null) {
        r = Objects.requireNonNull(exact.get(), "exact.get()");
        if (r.kind != Kind.RATIO) {
          throw new IllegalStateException("the exact form of a computed value must be a ratio: " + r);
        }
        ratio = r;
      }
      return r;
    }

    @Override
    int compareTo(BigDecimal b) {
      IndicatorValue r = ratio();
      // n × m / d <=> b  iff  n × m <=> b × d, d > 0
      return r.num().multiply(r.mult()).compareTo(b.multiply(r.den()));
    }

    @Override
    double tolerance(double approx) {
      return tolerance;
    }
  }
}
