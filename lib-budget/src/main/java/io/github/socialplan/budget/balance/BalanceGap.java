package io.github.socialplan.budget.balance;

import io.github.socialplan.core.money.Money;
import java.util.Locale;
import java.util.Objects;

/**
 * A difference between two figures of a yearly budget that should be equal (<i>squadratura</i>), e.g.
 * 2015 of the Cremona plan: expenditure lines 5,574,718 against a published total of 5,574,719.
 *
 * @param year the budget year
 * @param kind which two figures
 * @param first the first figure
 * @param second the second figure
 */
public record BalanceGap(int year, GapKind kind, Money first, Money second) {

  /**
   * Checks that no component is null.
   *
   * @param year the budget year
   * @param kind which two figures, not null
   * @param first the first figure, not null
   * @param second the second figure, not null
   */
  public BalanceGap {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(first, "first");
    Objects.requireNonNull(second, "second");
  }

  /** {@return {@code first - second}} */
  public Money difference() {
    return first.minus(second);
  }

  /**
   * The printable sentence, e.g. {@code "2015: expenditure lines add up to 5574718.00, published total
   * expenditure is 5574719.00: difference -1.00"}.
   *
   * @return the sentence
   */
  public String message() {
    return String.format(Locale.ROOT, "%d: %s %s, %s %s: difference %s",
        year, kind.firstPhrase(), first, kind.secondPhrase(), second, difference());
  }

  @Override
  public String toString() {
    return message();
  }
}
