package io.github.socialplan.report.chart;

import io.github.socialplan.report.Language;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.FieldPosition;
import java.text.NumberFormat;
import java.text.ParsePosition;
import org.jfree.chart.axis.NumberTickUnit;
import org.jfree.chart.axis.TickUnitSource;
import org.jfree.chart.axis.TickUnits;

/**
 * Labels an axis's ticks with as many decimals as their spacing needs: ticks 0.05 apart read "0,25" and
 * "0,30", where a format of one decimal read "0,3" twice. The tick's value is rounded half-up as a decimal,
 * so that a tick computed as -5.5E-17 reads 0, not "-0".
 */
final class TickFormat extends NumberFormat {

  private static final long serialVersionUID = 1L;

  private final NumberFormat inner;
  private final int decimals;
  private final boolean absolute;

  private TickFormat(NumberFormat inner, int decimals, boolean absolute) {
    this.inner = inner;
    this.decimals = decimals;
    this.absolute = absolute;
  }

  /**
   * Tick units of 1, 2 and 5 times a power of ten, from 10<sup>-6</sup> to 5 × 10<sup>12</sup>, each labelled
   * with the decimals its size has and at least {@code minDecimals}.
   *
   * @param language the labels' separators
   * @param minDecimals the fewest decimals a label shows, 0 or more
   * @param absolute whether a label shows the value without its sign (a pyramid's males)
   */
  static TickUnitSource units(Language language, int minDecimals, boolean absolute) {
    TickUnits units = new TickUnits();
    for (int exponent = -6; exponent <= 12; exponent++) {
      for (int m : new int[] {1, 2, 5}) {
        BigDecimal size = BigDecimal.valueOf(m).scaleByPowerOfTen(exponent);
        int decimals = Math.max(minDecimals, Math.max(0, size.stripTrailingZeros().scale()));
        units.add(new NumberTickUnit(size.doubleValue(),
            new TickFormat(language.numberFormat(decimals), decimals, absolute)));
      }
    }
    return units;
  }

  @Override
  public StringBuffer format(double number, StringBuffer toAppendTo, FieldPosition pos) {
    if (!Double.isFinite(number)) {
      return inner.format(number, toAppendTo, pos); // no decimal to round
    }
    BigDecimal v = new BigDecimal(absolute ? Math.abs(number) : number).setScale(decimals, RoundingMode.HALF_UP);
    return inner.format(v, toAppendTo, pos);
  }

  @Override
  public StringBuffer format(long number, StringBuffer toAppendTo, FieldPosition pos) {
    return inner.format(absolute ? Math.abs(number) : number, toAppendTo, pos);
  }

  @Override
  public Number parse(String source, ParsePosition parsePosition) {
    return inner.parse(source, parsePosition);
  }
}
