package io.github.socialplan.budget.projection;

import io.github.socialplan.core.money.Money;
import io.github.socialplan.core.number.DecimalBounds;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Objects;

/**
 * A growth assumption for one revenue line (<i>ipotesi di andamento</i>): constant, a compound percentage
 * per year, or a fixed amount per year.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class Growth {

  private static final Growth CONSTANT = new Growth(Kind.PERCENT, BigDecimal.ZERO, Money.ZERO);

  private enum Kind { PERCENT, AMOUNT }

  private final Kind kind;
  private final BigDecimal percent;
  private final Money step;

  private Growth(Kind kind, BigDecimal percent, Money step) {
    this.kind = kind;
    this.percent = percent;
    this.step = step;
  }

  /** {@return the line stays at its last actual} */
  public static Growth constant() {
    return CONSTANT;
  }

  /**
   * Compound growth: {@code last * (1 + percent/100)^k} after {@code k} years.
   *
   * @param percent per year, not null, {@code >= -100}, within {@link DecimalBounds}
   * @return the assumption
   * @throws IllegalArgumentException if the percentage is below -100 or out of {@link DecimalBounds}
   */
  public static Growth percentPerYear(BigDecimal percent) {
    Objects.requireNonNull(percent, "percent");
    if (!DecimalBounds.within(percent)) {
      throw DecimalBounds.outOfRange(percent, "growth (percent a year)");
    }
    if (percent.compareTo(BigDecimal.valueOf(-100)) < 0) {
      throw new IllegalArgumentException("growth must be >= -100% a year: " + percent.toPlainString());
    }
    return new Growth(Kind.PERCENT, percent, Money.ZERO);
  }

  /**
   * Linear growth: {@code last + k * amount} after {@code k} years (negative amounts shrink the line, but
   * never below zero).
   *
   * @param amount per year, not null
   * @return the assumption
   */
  public static Growth amountPerYear(Money amount) {
    return new Growth(Kind.AMOUNT, BigDecimal.ZERO, Objects.requireNonNull(amount, "amount"));
  }

  /** The amount after {@code k} years, exact before the one rounding. */
  Money after(Money last, int k, RoundingMode rounding) {
    if (kind == Kind.AMOUNT) {
      return last.plus(step.times(k)).max(Money.ZERO);
    }
    BigDecimal factor = BigDecimal.ONE.add(percent.movePointLeft(2)).pow(k);
    return Money.rounded(last.amount().multiply(factor), rounding);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Growth && kind == ((Growth) o).kind
        && percent.compareTo(((Growth) o).percent) == 0 && step.equals(((Growth) o).step);
  }

  @Override
  public int hashCode() {
    return Objects.hash(kind, percent.stripTrailingZeros(), step);
  }

  @Override
  public String toString() {
    return kind == Kind.AMOUNT ? step + " a year" : percent.toPlainString() + "% a year";
  }
}
