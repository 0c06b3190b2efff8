package io.github.socialplan.indicators.result;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * The value of an indicator for one territory and year (<i>valore dell'indicatore</i>): an exact ratio
 * {@code numerator / denominator × multiplier}, a computed number (a coefficient of variation, a growth
 * rate), or an explicit <i>undefined</i> with its {@link UndefinedReason} and a text naming the cause.
 *
 * <p>A ratio keeps its numerator and denominator as {@link BigDecimal}, so rounding for display is the
 * exact rounding of the true quotient ({@code 373/20 = 18.65} shows as {@code 18.7} half-up, never
 * {@code 18.6} because a {@code double} held 18.649999...). A zero denominator never gives 0, NaN or
 * infinity: {@link #ratio} returns an undefined value instead.
 *
 * <pre>{@code
 * IndicatorValue v = IndicatorValue.ratio(39_147, 20_037, 100, "residents aged 0-14");
 * v.format();                        // "195.4"
 * v.rounded(0, RoundingMode.HALF_UP); // 195
 * IndicatorValue.ratio(5, 0, 100, "residents aged 0-14").reason(); // Optional[ZERO_DENOMINATOR]
 * }</pre>
 *
 * <p>Equality is structural: two ratios are equal when their numerators, denominators and multipliers are
 * numerically equal ({@code 1/2} and {@code 2/4} differ); two computed values when their doubles are; two
 * undefined values when their reasons and texts are.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class IndicatorValue {

  private enum Kind { RATIO, COMPUTED, UNDEFINED }

  private static final MathContext VALUE_CONTEXT = MathContext.DECIMAL64;

  private final Kind kind;
  private final BigDecimal numerator;
  private final BigDecimal denominator;
  private final BigDecimal multiplier;
  private final double value;
  private final UndefinedReason reason;
  private final String detail;

  private IndicatorValue(Kind kind, BigDecimal numerator, BigDecimal denominator, BigDecimal multiplier,
      double value, UndefinedReason reason, String detail) {
    this.kind = kind;
    this.numerator = numerator;
    this.denominator = denominator;
    this.multiplier = multiplier;
    this.value = value;
    this.reason = reason;
    this.detail = detail;
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
      return undefined(UndefinedReason.ZERO_DENOMINATOR, "zero denominator: " + denominatorName + " is 0");
    }
    if (denominator.signum() < 0) {
      numerator = numerator.negate();
      denominator = denominator.negate();
    }
    double v = numerator.multiply(multiplier).divide(denominator, VALUE_CONTEXT).doubleValue();
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
    return ratio(BigDecimal.valueOf(numerator), BigDecimal.valueOf(denominator),
        BigDecimal.valueOf(multiplier), denominatorName);
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

  /** Whether the value is defined. */
  public boolean isDefined() {
    return kind != Kind.UNDEFINED;
  }

  /** Whether the value is an exact ratio with a numerator and a denominator. */
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

  /** The value as a double, empty if undefined. */
  public OptionalDouble asDouble() {
    return isDefined() ? OptionalDouble.of(value) : OptionalDouble.empty();
  }

  /** The numerator of a ratio, empty for a computed or undefined value. */
  public Optional<BigDecimal> numerator() {
    return Optional.ofNullable(numerator);
  }

  /** The denominator of a ratio (positive), empty for a computed or undefined value. */
  public Optional<BigDecimal> denominator() {
    return Optional.ofNullable(denominator);
  }

  /** The multiplier of a ratio (1 for a computed value), empty if undefined. */
  public Optional<BigDecimal> multiplier() {
    return Optional.ofNullable(multiplier);
  }

  /** The reason a value is undefined, empty if defined. */
  public Optional<UndefinedReason> reason() {
    return Optional.ofNullable(reason);
  }

  /** The text naming what made the value undefined; empty text if defined. */
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
   * The value rounded for display. A ratio is rounded exactly from its numerator and denominator; a
   * computed value from the exact decimal expansion of its double.
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
      return numerator.multiply(multiplier).divide(denominator, scale, rounding);
    }
    return new BigDecimal(value).setScale(scale, rounding);
  }

  /** The value shown with {@link DisplayFormat#DEFAULT}: {@code "195.4"}, or {@code "n.d."}. */
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
    String plain = rounded(format.scale(), format.rounding()).toPlainString();
    return format.decimalSeparator() == '.' ? plain : plain.replace('.', format.decimalSeparator());
  }

  /**
   * This value minus another, as when a comune is compared with its district (<i>scarto</i>). The
   * difference of two ratios is an exact ratio with multiplier 1.
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
    if (kind == Kind.RATIO && other.kind == Kind.RATIO) {
      BigDecimal num = numerator.multiply(multiplier).multiply(other.denominator)
          .subtract(other.numerator.multiply(other.multiplier).multiply(denominator));
      return ratio(num, denominator.multiply(other.denominator), BigDecimal.ONE, "product of denominators");
    }
    return computed(value - other.value);
  }

  /**
   * This value divided by another, as when a comune is compared with its district (<i>rapporto</i>;
   * 1 means equal). The quotient of two ratios is an exact ratio with multiplier 1.
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
    if (kind == Kind.RATIO && other.kind == Kind.RATIO) {
      return ratio(numerator.multiply(multiplier).multiply(other.denominator),
          denominator.multiply(other.numerator).multiply(other.multiplier), BigDecimal.ONE,
          "the value divided by");
    }
    if (other.value == 0) {
      return undefined(UndefinedReason.ZERO_DENOMINATOR, "zero denominator: the value divided by is 0");
    }
    return computed(value / other.value);
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
        return numerator.compareTo(v.numerator) == 0 && denominator.compareTo(v.denominator) == 0
            && multiplier.compareTo(v.multiplier) == 0;
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
        return Objects.hash(numerator.stripTrailingZeros(), denominator.stripTrailingZeros(),
            multiplier.stripTrailingZeros());
      case COMPUTED:
        return Double.hashCode(value);
      default:
        return Objects.hash(reason, detail);
    }
  }

  /** {@code "195.4 = 39147 / 20037 × 100"}, {@code "0.25"} (a computed value in full) or {@code "undefined (ZERO_DENOMINATOR: ...)"}. */
  @Override
  public String toString() {
    switch (kind) {
      case RATIO:
        return format() + " = " + numerator.toPlainString() + " / " + denominator.toPlainString()
            + " × " + multiplier.toPlainString();
      case COMPUTED:
        return Double.toString(value);
      default:
        return "undefined (" + reason + ": " + detail + ")";
    }
  }
}
