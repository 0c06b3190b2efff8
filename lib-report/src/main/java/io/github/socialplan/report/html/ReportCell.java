package io.github.socialplan.report.html;

import io.github.socialplan.core.money.Money;
import io.github.socialplan.indicators.result.DisplayFormat;
import io.github.socialplan.indicators.result.IndicatorValue;
import io.github.socialplan.report.Language;
import java.math.RoundingMode;
import java.util.Objects;
import java.util.Optional;

/**
 * One cell of a report table: its text, already formatted by the library, whether it is a number (drawn
 * right-aligned), and for an undefined value the reason that the report puts in a footnote.
 *
 * <p>Immutable and thread-safe.
 */
public final class ReportCell {

  private final String text;
  private final boolean numeric;
  private final String footnote;

  private ReportCell(String text, boolean numeric, String footnote) {
    this.text = text;
    this.numeric = numeric;
    this.footnote = footnote;
  }

  /**
   * A text cell.
   *
   * @param text the text, not null; the report escapes it
   * @return the cell, not null
   */
  public static ReportCell text(String text) {
    return new ReportCell(Objects.requireNonNull(text, "text"), false, null);
  }

  /**
   * A count, with the language's thousands separator.
   *
   * @param n the count
   * @param language the language, not null
   * @return the cell, not null
   */
  public static ReportCell count(long n, Language language) {
    return new ReportCell(language.numberFormat(0).format(n), true, null);
  }

  /**
   * An amount in euro with two decimals and the language's separators.
   *
   * @param amount the amount, not null
   * @param language the language, not null
   * @return the cell, not null
   */
  public static ReportCell money(Money amount, Language language) {
    return new ReportCell(language.numberFormat(2).format(amount.amount()), true, null);
  }

  /**
   * An indicator value rounded half-up to the given decimals by the library, as ISTAT publishes, written
   * with the language's separators ({@code 1.234,5}); an undefined value is written "n.d." and its reason
   * goes to a footnote.
   *
   * @param value the value, not null
   * @param decimals the decimals shown, 0 or more
   * @param language the language (Italian writes a decimal comma), not null
   * @return the cell, not null
   */
  public static ReportCell value(IndicatorValue value, int decimals, Language language) {
    if (!value.isDefined()) {
      return new ReportCell(DisplayFormat.DEFAULT.undefinedText(), true, value.detail());
    }
    // The library rounds; the language's format only adds its separators to the rounded decimal.
    return new ReportCell(language.numberFormat(decimals).format(value.rounded(decimals, RoundingMode.HALF_UP)),
        true, null);
  }

  /**
   * A text cell whose figure is not available: written "n.d." as an undefined value, with the reason in a
   * footnote.
   *
   * @param reason why there is no figure, in the report's language, not null
   * @return the cell, not null
   */
  static ReportCell notAvailable(String reason) {
    return new ReportCell(DisplayFormat.DEFAULT.undefinedText(), false, Objects.requireNonNull(reason, "reason"));
  }

  /**
   * The cell's text as the report shows it.
   *
   * @return the text, not null
   */
  public String textValue() {
    return text;
  }

  /**
   * Whether the cell holds a number.
   *
   * @return true for numbers and undefined values
   */
  public boolean numeric() {
    return numeric;
  }

  /**
   * Why the value is undefined, when it is.
   *
   * @return the reason, or empty
   */
  public Optional<String> footnote() {
    return Optional.ofNullable(footnote);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof ReportCell c && text.equals(c.text) && numeric == c.numeric
        && Objects.equals(footnote, c.footnote);
  }

  @Override
  public int hashCode() {
    return Objects.hash(text, numeric, footnote);
  }

  @Override
  public String toString() {
    return footnote == null ? text : text + " (" + footnote + ")";
  }
}
