package io.github.socialplan.report.chart;

import java.text.FieldPosition;
import java.text.NumberFormat;
import java.text.ParsePosition;

/** Writes the absolute value, so that the males' side of a pyramid reads as positive counts. */
final class AbsoluteFormat extends NumberFormat {

  private static final long serialVersionUID = 1L;

  private final NumberFormat inner;

  AbsoluteFormat(NumberFormat inner) {
    this.inner = inner;
  }

  @Override
  public StringBuffer format(double number, StringBuffer toAppendTo, FieldPosition pos) {
    return inner.format(Math.abs(number), toAppendTo, pos);
  }

  @Override
  public StringBuffer format(long number, StringBuffer toAppendTo, FieldPosition pos) {
    return inner.format(Math.abs(number), toAppendTo, pos);
  }

  @Override
  public Number parse(String source, ParsePosition parsePosition) {
    return inner.parse(source, parsePosition);
  }
}
