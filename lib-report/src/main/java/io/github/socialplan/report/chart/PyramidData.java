package io.github.socialplan.report.chart;

import io.github.socialplan.core.population.AgeBand;
import io.github.socialplan.core.population.AgeBands;
import io.github.socialplan.core.population.Population;
import io.github.socialplan.core.population.Sex;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * The residents of a territory by age band and sex, as a population pyramid draws them (<i>piramide
 * dell'età</i>): single years of age, or bands with explicit bounds.
 *
 * <p>Bands are in increasing age order, do not overlap and leave no gap; the last may be open ({@code 65+}).
 * Immutable and thread-safe.
 *
 * <pre>{@code
 * PyramidData single = PyramidData.singleYears(population);
 * PyramidData fives = PyramidData.bands(population, PyramidData.fiveYearBands());
 * }</pre>
 */
public final class PyramidData {

  private final String label;
  private final List<AgeBand> bands;
  private final long[] males;
  private final long[] females;

  private PyramidData(String label, List<AgeBand> bands, long[] males, long[] females) {
    this.label = label;
    this.bands = bands;
    this.males = males;
    this.females = females;
  }

  /**
   * Pyramid data from counts by band.
   *
   * @param label what the data is, e.g. the territory and year, not null
   * @param bands the bands in increasing age order, contiguous from the first, not null
   * @param males the males of each band, as many as bands, each 0 or more, not null
   * @param females the females of each band, as many as bands, each 0 or more, not null
   * @return the data, not null
   * @throws IllegalArgumentException if the bands overlap, leave a gap or are not in order, an open band is
   *     not the last, a count is negative, or the arrays' lengths differ from the bands'
   */
  public static PyramidData of(String label, List<AgeBand> bands, long[] males, long[] females) {
    Objects.requireNonNull(label, "label");
    List<AgeBand> copy = List.copyOf(bands);
    if (males.length != copy.size() || females.length != copy.size()) {
      throw new IllegalArgumentException("pyramid '" + label + "': " + copy.size() + " bands but "
          + males.length + " male and " + females.length + " female counts");
    }
    for (int i = 0; i < copy.size(); i++) {
      AgeBand b = copy.get(i);
      if (i > 0 && b.from() != copy.get(i - 1).to() + 1) {
        throw new IllegalArgumentException("pyramid '" + label + "': band " + b + " does not follow band "
            + copy.get(i - 1) + " (bands must be contiguous, in increasing age order)");
      }
      if (b.isOpen() && i < copy.size() - 1) {
        throw new IllegalArgumentException("pyramid '" + label + "': open band " + b + " must be the last");
      }
      if (males[i] < 0 || females[i] < 0) {
        throw new IllegalArgumentException("pyramid '" + label + "': negative count in band " + b + ": males "
            + males[i] + ", females " + females[i]);
      }
    }
    return new PyramidData(label, copy, males.clone(), females.clone());
  }

  /**
   * The population in the age resolution it was given: one band per single year of age, or the bands it
   * was published in (a population of 0-14, 15-64, 65+ draws three band-wide bars per sex).
   *
   * @param population the population, not null
   * @return the data labelled with the population's territory and year, not null
   */
  public static PyramidData of(Population population) {
    Objects.requireNonNull(population, "population");
    return of(population.territory() + " " + population.year(), population.ageBands().bands(),
        longs(population.bandCounts(Sex.MALE)), longs(population.bandCounts(Sex.FEMALE)));
  }

  private static long[] longs(int[] counts) {
    long[] out = new long[counts.length];
    for (int i = 0; i < counts.length; i++) {
      out[i] = counts[i];
    }
    return out;
  }

  /**
   * One band per single year of age, 0 to 100+, from a population by single year.
   *
   * @param population the population, by single year of age, not null
   * @return the data labelled with the population's territory and year, not null
   * @throws IllegalArgumentException if the population is in wider age bands: draw it with {@link #of(Population)}
   */
  public static PyramidData singleYears(Population population) {
    Objects.requireNonNull(population, "population");
    if (!population.isSingleYears()) {
      throw new IllegalArgumentException("the population of " + population.territory() + ", " + population.year()
          + " is in age bands " + population.ageBands() + ", not single years: draw it with PyramidData.of");
    }
    return of(population);
  }

  /**
   * The population summed into the given bands: single years into 5-year bands, or bands into wider ones.
   *
   * @param population the population, not null
   * @param bands the bands, contiguous from age 0 and ending with an open band, not null
   * @return the data labelled with the population's territory and year, not null
   * @throws IllegalArgumentException if the bands do not cover every age from 0 exactly once, or a boundary
   *     falls inside one of the population's own bands (the message names both)
   */
  public static PyramidData bands(Population population, List<AgeBand> bands) {
    Objects.requireNonNull(population, "population");
    return of(population.aggregate(AgeBands.of(bands)));
  }

  /**
   * The 21 five-year bands of ISTAT's pyramids: 0-4, 5-9, ..., 95-99, 100+.
   *
   * @return the bands, not null
   */
  public static List<AgeBand> fiveYearBands() {
    return AgeBands.ofWidth(5, Population.MAX_AGE).bands();
  }

  /**
   * This data with another label, e.g. for the legend of an overlay.
   *
   * @param newLabel the label, not null
   * @return the relabelled data, not null
   */
  public PyramidData withLabel(String newLabel) {
    return new PyramidData(Objects.requireNonNull(newLabel, "newLabel"), bands, males, females);
  }

  /**
   * What the data is.
   *
   * @return the label, not null
   */
  public String label() {
    return label;
  }

  /**
   * The bands, in increasing age order.
   *
   * @return the bands, not null
   */
  public List<AgeBand> bands() {
    return bands;
  }

  /**
   * The males of band {@code i}.
   *
   * @param i the band's index, 0 to {@code bands().size() - 1}
   * @return the count, 0 or more
   */
  public long males(int i) {
    return males[i];
  }

  /**
   * The females of band {@code i}.
   *
   * @param i the band's index, 0 to {@code bands().size() - 1}
   * @return the count, 0 or more
   */
  public long females(int i) {
    return females[i];
  }

  /**
   * Every resident of every band.
   *
   * @return the total, 0 or more
   */
  public long total() {
    return Arrays.stream(males).sum() + Arrays.stream(females).sum();
  }

  /**
   * The number of years of age that band {@code i} spans; an open band ({@code 65+}) is taken to end at
   * age {@value Population#MAX_AGE}, ISTAT's last age class.
   *
   * @param i the band's index
   * @return the width in years, 1 or more
   */
  public int width(int i) {
    AgeBand b = bands.get(i);
    return b.to() - b.from() + 1;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof PyramidData p && label.equals(p.label) && bands.equals(p.bands)
        && Arrays.equals(males, p.males) && Arrays.equals(females, p.females);
  }

  @Override
  public int hashCode() {
    return Objects.hash(label, bands, Arrays.hashCode(males), Arrays.hashCode(females));
  }

  @Override
  public String toString() {
    return "PyramidData[" + label + ", " + bands.size() + " bands, " + total() + " residents]";
  }
}
