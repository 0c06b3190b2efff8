package io.github.socialplan.indicators.deprivation;

import io.github.socialplan.indicators.result.IndicatorValue;
import java.util.Objects;
import java.util.Set;

/**
 * Material deprivation of households (<i>deprivazione materiale</i>, ISTAT; Piano di Zona 2015-2017 dell'Ambito di Cremona, note 1): a household
 * lacking at least 3 of the 9 {@link DeprivationItem}s is deprived, at least 4 severely deprived. The
 * severely deprived are also counted among the deprived, as ISTAT does.
 *
 * <p>Use the accumulator with streams or loops, then read the rates:
 * <pre>{@code
 * MaterialDeprivation survey = new MaterialDeprivation();
 * for (Set<DeprivationItem> lacking : households) {
 *   survey.accept(lacking);
 * }
 * survey.deprivationRate().format();       // % of households lacking at least 3 items
 * survey.severeDeprivationRate().format(); // % lacking at least 4
 * }</pre>
 * Rates are undefined ({@code ZERO_DENOMINATOR}) when no household was counted.
 *
 * <p>Instances are mutable and not thread-safe; combine partial results with {@link #combine}. The
 * static methods are thread-safe.
 */
public final class MaterialDeprivation {

  /** Items lacking from which a household is deprived. */
  public static final int DEPRIVED_FROM = 3;
  /** Items lacking from which a household is severely deprived. */
  public static final int SEVERELY_DEPRIVED_FROM = 4;

  private long households;
  private long deprived;
  private long severelyDeprived;

  /** An empty count of households. */
  public MaterialDeprivation() {}

  /**
   * The status of one household.
   *
   * @param lacking the items the household cannot afford, not null
   * @return its status
   */
  public static DeprivationStatus status(Set<DeprivationItem> lacking) {
    return status(Objects.requireNonNull(lacking, "lacking").size());
  }

  /**
   * The status of a household lacking a number of the 9 items.
   *
   * @param itemsLacking 0..9
   * @return its status
   * @throws IllegalArgumentException if the number is outside 0..9
   */
  public static DeprivationStatus status(int itemsLacking) {
    if (itemsLacking < 0 || itemsLacking > DeprivationItem.values().length) {
      throw new IllegalArgumentException("items lacking must be in 0..9: " + itemsLacking);
    }
    if (itemsLacking >= SEVERELY_DEPRIVED_FROM) {
      return DeprivationStatus.SEVERELY_DEPRIVED;
    }
    return itemsLacking >= DEPRIVED_FROM ? DeprivationStatus.DEPRIVED : DeprivationStatus.NOT_DEPRIVED;
  }

  /**
   * Counts one household.
   *
   * @param lacking the items it cannot afford, not null
   */
  public void accept(Set<DeprivationItem> lacking) {
    accept(Objects.requireNonNull(lacking, "lacking").size());
  }

  /**
   * Counts one household lacking a number of items.
   *
   * @param itemsLacking 0..9
   */
  public void accept(int itemsLacking) {
    DeprivationStatus s = status(itemsLacking);
    households++;
    if (s != DeprivationStatus.NOT_DEPRIVED) {
      deprived++;
    }
    if (s == DeprivationStatus.SEVERELY_DEPRIVED) {
      severelyDeprived++;
    }
  }

  /**
   * Adds the households counted by another instance.
   *
   * @param other not null
   * @return this
   */
  public MaterialDeprivation combine(MaterialDeprivation other) {
    households += other.households;
    deprived += other.deprived;
    severelyDeprived += other.severelyDeprived;
    return this;
  }

  /** {@return the households counted} */
  public long households() {
    return households;
  }

  /** {@return % of households lacking at least 3 items} */
  public IndicatorValue deprivationRate() {
    return IndicatorValue.ratio(deprived, households, 100, "households counted");
  }

  /** {@return % of households lacking at least 4 items} */
  public IndicatorValue severeDeprivationRate() {
    return IndicatorValue.ratio(severelyDeprived, households, 100, "households counted");
  }
}
