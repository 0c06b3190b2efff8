package io.github.socialplan.budget.balance;

/** Which two figures of a yearly budget a {@link BalanceGap} compares. */
public enum GapKind {
  /** The sum of the revenue lines against the published total revenue (<i>totale entrate</i>). */
  REVENUE_LINES_VS_PUBLISHED_TOTAL("revenue lines add up to", "published total revenue is"),
  /** The sum of the expenditure lines against the published total expenditure (<i>totale interventi</i>). */
  EXPENDITURE_LINES_VS_PUBLISHED_TOTAL("expenditure lines add up to", "published total expenditure is"),
  /** The sum of the revenue lines against the sum of the expenditure lines (<i>pareggio</i>). */
  REVENUE_LINES_VS_EXPENDITURE_LINES("revenue lines add up to", "expenditure lines add up to"),
  /** The published total revenue against the published total expenditure. */
  PUBLISHED_REVENUE_VS_PUBLISHED_EXPENDITURE("published total revenue is", "published total expenditure is");

  private final String first;
  private final String second;

  GapKind(String first, String second) {
    this.first = first;
    this.second = second;
  }

  /** {@return how the report names the first figure, e.g. "expenditure lines add up to"} */
  public String firstPhrase() {
    return first;
  }

  /** {@return how the report names the second figure} */
  public String secondPhrase() {
    return second;
  }
}
