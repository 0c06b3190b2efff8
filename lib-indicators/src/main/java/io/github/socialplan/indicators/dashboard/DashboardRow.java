package io.github.socialplan.indicators.dashboard;

import io.github.socialplan.core.territory.TerritoryKind;
import io.github.socialplan.indicators.catalogue.Indicator;
import io.github.socialplan.indicators.result.IndicatorValue;
import java.util.Objects;
import java.util.Optional;

/**
 * One line of the cruscotto (<i>riga del cruscotto</i>): an indicator's value for a territory and year,
 * next to the value of the parent territory, the difference from it and the ratio to it.
 *
 * <p>Level 0 is the comuni, level 1 the finest partition (e.g. sub-ambiti) and so on up to the coarsest;
 * a territory of the coarsest level has no parent, so its comparison fields are empty.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class DashboardRow {

  private final int year;
  private final int level;
  private final TerritoryKind kind;
  private final String territory;
  private final String parent;
  private final Indicator indicator;
  private final IndicatorValue value;
  private final IndicatorValue parentValue;

  DashboardRow(int year, int level, TerritoryKind kind, String territory, String parent, Indicator indicator,
      IndicatorValue value, IndicatorValue parentValue) {
    this.year = year;
    this.level = level;
    this.kind = kind;
    this.territory = territory;
    this.parent = parent;
    this.indicator = indicator;
    this.value = value;
    this.parentValue = parentValue;
  }

  /** {@return the year whose 1 January the population refers to} */
  public int year() {
    return year;
  }

  /** {@return 0 for a comune, 1 for the finest partition, up to the number of partitions} */
  public int level() {
    return level;
  }

  /** {@return the kind of territory: {@link TerritoryKind#MUNICIPALITY} or the partition's kind} */
  public TerritoryKind kind() {
    return kind;
  }

  /** {@return the territory's id: an ISTAT code for a comune, the group id otherwise} */
  public String territory() {
    return territory;
  }

  /** {@return the id of the parent territory, empty at the coarsest level} */
  public Optional<String> parent() {
    return Optional.ofNullable(parent);
  }

  /** {@return the indicator} */
  public Indicator indicator() {
    return indicator;
  }

  /** {@return the value, possibly undefined} */
  public IndicatorValue value() {
    return value;
  }

  /** {@return the parent territory's value of the same indicator, empty at the coarsest level} */
  public Optional<IndicatorValue> parentValue() {
    return Optional.ofNullable(parentValue);
  }

  /** {@return {@code value − parent value} (<i>scarto</i>), exact for ratios; empty without a parent} */
  public Optional<IndicatorValue> differenceFromParent() {
    return parentValue().map(value::minus);
  }

  /** {@return {@code value / parent value} (1 means equal); empty without a parent} */
  public Optional<IndicatorValue> ratioToParent() {
    return parentValue().map(value::dividedBy);
  }

  @Override
  public boolean equals(Object o) {
    if (!(o instanceof DashboardRow)) {
      return false;
    }
    DashboardRow r = (DashboardRow) o;
    return year == r.year && level == r.level && kind == r.kind && territory.equals(r.territory)
        && Objects.equals(parent, r.parent) && indicator.equals(r.indicator) && value.equals(r.value)
        && Objects.equals(parentValue, r.parentValue);
  }

  @Override
  public int hashCode() {
    return Objects.hash(year, level, territory, indicator.id(), value);
  }

  @Override
  public String toString() {
    return year + " " + territory + " " + indicator.id() + " = " + value.format()
        + (parent == null ? "" : " (" + parent + ": " + parentValue.format() + ")");
  }
}
