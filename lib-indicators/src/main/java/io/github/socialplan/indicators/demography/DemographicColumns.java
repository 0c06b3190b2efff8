package io.github.socialplan.indicators.demography;

import io.github.socialplan.indicators.catalogue.Indicator;
import io.github.socialplan.indicators.catalogue.StandardIndicators;
import io.github.socialplan.indicators.result.IndicatorValue;
import java.util.List;
import java.util.Objects;
import java.util.OptionalDouble;

/**
 * Socio-demographic indicators of many territories at once (<i>tabella degli indicatori
 * socio-demografici</i>), kept in columns: every value is computed when the columns are made, as a
 * {@code double} in one array per indicator, and its {@link IndicatorValue} (with the exact numerator and
 * denominator, or the reason it is undefined) is made only when asked for. This is what lets a cruscotto
 * of thousands of territories compute its values without an object per value.
 *
 * <p>{@link #value(int, int)} equals {@link DemographicIndicators#compute(Indicator, DemographicProfile)}
 * of the same profile, and {@link #asDouble(int, int)} its {@link IndicatorValue#asDouble()}.
 *
 * <pre>{@code
 * DemographicColumns columns = DemographicColumns.of(
 *     List.of(StandardIndicators.OLD_AGE_INDEX, StandardIndicators.MEAN_AGE), profiles);
 * columns.asDouble(0, 0);        // OptionalDouble[195.37...], territory 0's indice di vecchiaia
 * columns.value(0, 0).format();  // "195.4"
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 */
public final class DemographicColumns {

  private final List<Indicator> indicators;
  private final DemographicProfile[] profiles;
  /** {@code values[indicator][territory]}; NaN where the value is undefined. */
  private final double[][] values;

  private DemographicColumns(List<Indicator> indicators, DemographicProfile[] profiles, double[][] values) {
    this.indicators = indicators;
    this.profiles = profiles;
    this.values = values;
  }

  /**
   * Computes the indicators of every profile.
   *
   * @param indicators socio-demographic indicators ({@link StandardIndicators#DEMOGRAPHIC}), not null
   * @param profiles the territories' profiles, not null, no null element
   * @return the columns
   * @throws IllegalArgumentException if an indicator is not socio-demographic
   */
  public static DemographicColumns of(List<Indicator> indicators, List<DemographicProfile> profiles) {
    Objects.requireNonNull(profiles, "profiles");
    DemographicProfile[] array = profiles.toArray(new DemographicProfile[0]);
    List<Indicator> list = List.copyOf(Objects.requireNonNull(indicators, "indicators"));
    for (Indicator i : list) {
      // by id, as DemographicIndicators.compute decides
      if (StandardIndicators.DEMOGRAPHIC.stream().noneMatch(d -> d.id().equals(i.id()))) {
        throw new IllegalArgumentException("not a socio-demographic indicator: " + i.id());
      }
    }
    for (int t = 0; t < array.length; t++) {
      if (array[t] == null) {
        throw new NullPointerException("profiles[" + t + "]"); // the message made only when it is thrown
      }
    }
    double[][] values = new double[list.size()][array.length];
    for (int j = 0; j < list.size(); j++) {
      DemographicIndicators.doubleValues(list.get(j), array, values[j]);
    }
    return new DemographicColumns(list, array, values);
  }

  /** {@return the indicators, in the order of the columns} */
  public List<Indicator> indicators() {
    return indicators;
  }

  /** {@return the number of territories} */
  public int size() {
    return profiles.length;
  }

  /**
   * The profile of a territory.
   *
   * @param territory 0 to {@code size() - 1}
   * @return the profile
   * @throws IndexOutOfBoundsException if out of range
   */
  public DemographicProfile profile(int territory) {
    Objects.checkIndex(territory, profiles.length);
    return profiles[territory];
  }

  /**
   * A value, made on each call; equal to {@link DemographicIndicators#compute(Indicator,
   * DemographicProfile)}.
   *
   * @param territory 0 to {@code size() - 1}
   * @param indicator the index of the indicator in {@link #indicators()}
   * @return the value, possibly undefined with its reason
   * @throws IndexOutOfBoundsException if out of range
   */
  public IndicatorValue value(int territory, int indicator) {
    Objects.checkIndex(territory, profiles.length);
    return DemographicIndicators.compute(indicators.get(indicator), profiles[territory]);
  }

  /**
   * A value as computed when the columns were made, without making an {@link IndicatorValue}.
   *
   * @param territory 0 to {@code size() - 1}
   * @param indicator the index of the indicator in {@link #indicators()}
   * @return the double nearest the exact value, empty if undefined
   * @throws IndexOutOfBoundsException if out of range
   */
  public OptionalDouble asDouble(int territory, int indicator) {
    Objects.checkIndex(territory, profiles.length);
    double v = values[Objects.checkIndex(indicator, values.length)][territory];
    return Double.isNaN(v) ? OptionalDouble.empty() : OptionalDouble.of(v);
  }

  @Override
  public String toString() {
    return "DemographicColumns[" + profiles.length + " territories x " + indicators.size() + " indicators]";
  }
}
