package io.github.socialplan.benchmarks.compare;

import java.math.BigDecimal;

/**
 * A checksum of indicator values that a Python/pandas program computes bit for bit the same way
 * (<i>somma di controllo</i>), so two implementations can prove they computed the same dashboard.
 *
 * <p>For each defined value, {@code v = (numerator × multiplier) / denominator} in IEEE double, then
 * {@code floor(v × 1e6 + 0.5)} as a {@code long}; the checksum is the sum of those, and undefined values
 * (zero denominators) are counted apart. Demographic numerators times their multiplier are exact integers
 * or half-integers far below 2<sup>53</sup>, so each side's double {@code v} is the correctly rounded exact
 * quotient whatever order it summed the counts in; the integer sum makes the territory order irrelevant.
 *
 * <pre>{@code
 * IndicatorChecksum sum = new IndicatorChecksum();
 * sum.add(39_147 * 100.0, 20_037);   // indice di vecchiaia 195.373...
 * sum.undefined();                     // a comune with no children
 * sum.value();                         // 195373559
 * }</pre>
 *
 * <p>Instances are mutable and not thread-safe.
 */
public final class IndicatorChecksum {

  private long sum;
  private int defined;
  private int undefined;

  /**
   * Adds one defined value.
   *
   * @param numeratorTimesMultiplier the numerator already multiplied (e.g. by 100), exact in a double
   * @param denominator not zero
   * @throws IllegalArgumentException if the denominator is zero
   */
  public void add(double numeratorTimesMultiplier, double denominator) {
    if (denominator == 0) {
      throw new IllegalArgumentException("zero denominator for numerator " + numeratorTimesMultiplier);
    }
    double v = numeratorTimesMultiplier / denominator;
    sum += (long) Math.floor(v * 1e6 + 0.5);
    defined++;
  }

  /**
   * Adds one defined ratio given exactly.
   *
   * @param numerator not null
   * @param denominator not null, not zero
   * @param multiplier not null
   */
  public void add(BigDecimal numerator, BigDecimal denominator, BigDecimal multiplier) {
    add(numerator.multiply(multiplier).doubleValue(), denominator.doubleValue());
  }

  /** Counts one undefined value: it adds nothing to the sum. */
  public void undefined() {
    undefined++;
  }

  /** The sum of {@code floor(v × 1e6 + 0.5)} over the defined values. */
  public long value() {
    return sum;
  }

  /** How many values were defined. */
  public int defined() {
    return defined;
  }

  /** How many values were undefined. */
  public int undefinedCount() {
    return undefined;
  }

  /**
   * Adds another checksum's values (of another year, say) to this one.
   *
   * @param other not null
   */
  public void addAll(IndicatorChecksum other) {
    sum += other.sum;
    defined += other.defined;
    undefined += other.undefined;
  }
}
