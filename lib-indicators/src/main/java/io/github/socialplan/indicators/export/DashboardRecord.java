package io.github.socialplan.indicators.export;

import io.github.socialplan.core.territory.TerritoryKind;
import io.github.socialplan.indicators.result.IndicatorValue;
import io.github.socialplan.indicators.result.UndefinedReason;
import java.math.BigDecimal;
import java.util.Objects;
import java.util.Optional;

/**
 * One row of a cruscotto read back from its CSV export (<i>riga del cruscotto esportato</i>), field by
 * field as {@link DashboardExport#FIELDS} lists them. The exact figures ({@code numerator},
 * {@code denominator}, {@code multiplier}) are as computed; {@code value} and the comparison fields are
 * rounded as the export's display format rounded them.
 *
 * @param year the year
 * @param level 0 for a comune, 1 for the finest partition...
 * @param kind the kind of territory
 * @param territory the ISTAT code or group id
 * @param parent the parent territory, empty at the coarsest level
 * @param indicator the indicator's id
 * @param italianName the indicator's Italian name
 * @param unit the unit's Italian label
 * @param value the rounded value, empty if undefined
 * @param numerator the exact numerator of a ratio, else empty
 * @param denominator the exact denominator of a ratio, else empty
 * @param multiplier the multiplier (1 for a computed value), empty if undefined
 * @param undefinedReason why the value is undefined, empty if defined
 * @param undefinedDetail the text naming the cause, empty text if defined
 * @param parentValue the parent's rounded value, empty without a parent or if undefined
 * @param differenceFromParent the rounded difference, empty without a parent or if undefined
 * @param ratioToParent the ratio to the parent with {@value DashboardExport#RATIO_SCALE} decimals, empty
 *     without a parent or if undefined
 */
public record DashboardRecord(
    int year,
    int level,
    TerritoryKind kind,
    String territory,
    Optional<String> parent,
    String indicator,
    String italianName,
    String unit,
    Optional<BigDecimal> value,
    Optional<BigDecimal> numerator,
    Optional<BigDecimal> denominator,
    Optional<BigDecimal> multiplier,
    Optional<UndefinedReason> undefinedReason,
    String undefinedDetail,
    Optional<BigDecimal> parentValue,
    Optional<BigDecimal> differenceFromParent,
    Optional<BigDecimal> ratioToParent) {

  /**
   * Checks that no component is null.
   *
   * @param year the year
   * @param level 0 for a comune, 1 for the finest partition...
   * @param kind the kind of territory, not null
   * @param territory the ISTAT code or group id, not null
   * @param parent the parent territory, empty at the coarsest level, not null
   * @param indicator the indicator's id, not null
   * @param italianName the indicator's Italian name, not null
   * @param unit the unit's Italian label, not null
   * @param value the rounded value, empty if undefined, not null
   * @param numerator the exact numerator of a ratio, else empty, not null
   * @param denominator the exact denominator of a ratio, else empty, not null
   * @param multiplier the multiplier (1 for a computed value), empty if undefined, not null
   * @param undefinedReason why the value is undefined, empty if defined, not null
   * @param undefinedDetail the text naming the cause, empty text if defined, not null
   * @param parentValue the parent's rounded value, empty without a parent or if undefined, not null
   * @param differenceFromParent the rounded difference, empty without a parent or if undefined, not null
   * @param ratioToParent the ratio to the parent with {@value DashboardExport#RATIO_SCALE} decimals, empty
   *     without a parent or if undefined, not null
   */
  public DashboardRecord {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(territory, "territory");
    Objects.requireNonNull(parent, "parent");
    Objects.requireNonNull(indicator, "indicator");
    Objects.requireNonNull(italianName, "italianName");
    Objects.requireNonNull(unit, "unit");
    Objects.requireNonNull(value, "value");
    Objects.requireNonNull(numerator, "numerator");
    Objects.requireNonNull(denominator, "denominator");
    Objects.requireNonNull(multiplier, "multiplier");
    Objects.requireNonNull(undefinedReason, "undefinedReason");
    Objects.requireNonNull(undefinedDetail, "undefinedDetail");
    Objects.requireNonNull(parentValue, "parentValue");
    Objects.requireNonNull(differenceFromParent, "differenceFromParent");
    Objects.requireNonNull(ratioToParent, "ratioToParent");
  }

  /**
   * The indicator value this row was written from, as far as the CSV keeps it: the exact ratio when the
   * row has a numerator and a denominator (equal to the original), the undefined value with its reason
   * and text, or else a computed value from the rounded {@code value} (a coefficient of variation, a
   * growth rate: only its rounded figure was written), which rounds exactly as that decimal figure
   * ({@code 12.45} shows {@code 12.5} half-up) and equals the {@link IndicatorValue#computed(double)} of
   * its double.
   *
   * @return the value
   */
  public IndicatorValue indicatorValue() {
    if (undefinedReason.isPresent()) {
      return IndicatorValue.undefined(undefinedReason.get(), undefinedDetail);
    }
    if (numerator.isPresent() && denominator.isPresent()) {
      return IndicatorValue.ratio(numerator.get(), denominator.get(), multiplier.orElse(BigDecimal.ONE),
          "denominator of " + indicator + " for " + territory);
    }
    BigDecimal written = value.orElseThrow(() -> new IllegalStateException(
        "row " + year + " " + territory + " " + indicator + " has neither a value nor an undefined reason"));
    // the figure is the decimal written, which rounds as itself: 12.45 shows 12.5 half-up, where its double
    // (12.4499...) would show 12.4; the double is within one unit in the last place of it
    double d = written.doubleValue();
    return IndicatorValue.computed(d, Math.ulp(d),
        () -> IndicatorValue.ratio(written, BigDecimal.ONE, BigDecimal.ONE, "1"));
  }
}
