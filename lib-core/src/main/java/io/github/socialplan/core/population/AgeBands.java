package io.github.socialplan.core.population;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * The age resolution of a {@link Population} (<i>classi di età</i>): contiguous {@link AgeBand}s that
 * cover ages 0 to 100 ("100 and over") without overlap or gap. Single years ({@link #singleYears()}) are the
 * finest resolution; a publication's bands ({@code 0-14, 15-64, 65+}), 5-year bands or the bands of a
 * population pyramid are coarser ones.
 *
 * <p>A count over an age band can be taken from a population only if the band's ends fall on boundaries
 * of its resolution: from {@code 0-14, 15-64, 65+} one gets P65+ exactly, but not P0-17, because
 * "band 15-64 does not split at 18" ({@link #whyNot}). The library never guesses how a band divides.
 *
 * <pre>{@code
 * AgeBands published = AgeBands.parse("0-14, 15-64, 65+");  // or AgeBands.cutAt(15, 65)
 * published.resolves(AgeBand.atLeast(65));                   // true
 * published.whyNot(AgeBand.of(0, 17));                       // Optional["band 15-64 does not split at 18"]
 * AgeBands pyramid = AgeBands.ofWidth(5, 100);               // 0-4, 5-9, ..., 95-99, 100+
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 */
public final class AgeBands {

  private static final AgeBands SINGLE_YEARS = singleYearBands();

  /** First age of each band, strictly increasing from 0; the last band ends at 100. */
  private final int[] starts;
  /** The band index of each age 0..100. */
  private final byte[] indexOfAge;
  private final List<AgeBand> bands;

  private AgeBands(int[] starts) {
    this.starts = starts;
    this.indexOfAge = new byte[Population.AGE_CLASSES];
    List<AgeBand> list = new ArrayList<>(starts.length);
    for (int i = 0; i < starts.length; i++) {
      int to = i + 1 < starts.length ? starts[i + 1] - 1 : Population.MAX_AGE;
      list.add(AgeBand.of(starts[i], to));
      for (int age = starts[i]; age <= to; age++) {
        indexOfAge[age] = (byte) i;
      }
    }
    this.bands = Collections.unmodifiableList(list);
  }

  private static AgeBands singleYearBands() {
    int[] s = new int[Population.AGE_CLASSES];
    Arrays.setAll(s, i -> i);
    return new AgeBands(s);
  }

  /** {@return single years of age 0, 1, ..., 99, 100+: the resolution of ISTAT's population by single year} */
  public static AgeBands singleYears() {
    return SINGLE_YEARS;
  }

  /**
   * The bands that start at 0 and at each cut: {@code cutAt(15, 65)} is {@code 0-14, 15-64, 65+}.
   *
   * @param cuts the first age of every band after the first, strictly increasing, each in 1..100; none
   *     gives the one band {@code 0+}
   * @return the bands
   * @throws IllegalArgumentException if a cut is out of 1..100 or the cuts do not increase
   */
  public static AgeBands cutAt(int... cuts) {
    Objects.requireNonNull(cuts, "cuts");
    int[] s = new int[cuts.length + 1];
    for (int i = 0; i < cuts.length; i++) {
      if (cuts[i] < 1 || cuts[i] > Population.MAX_AGE) {
        throw new IllegalArgumentException("an age cut must be in 1..100: " + cuts[i]);
      }
      if (i > 0 && cuts[i] <= cuts[i - 1]) {
        throw new IllegalArgumentException(String.format(Locale.ROOT,
            "age cuts must increase: %d after %d in %s", cuts[i], cuts[i - 1], Arrays.toString(cuts)));
      }
      s[i + 1] = cuts[i];
    }
    return new AgeBands(s);
  }

  /**
   * Bands of equal width up to an open last band, as a population pyramid draws them:
   * {@code ofWidth(5, 100)} is {@code 0-4, 5-9, ..., 95-99, 100+}, {@code ofWidth(5, 85)} ends with
   * {@code 80-84, 85+}.
   *
   * @param width the years of each band, 1..100
   * @param openFrom the first age of the open last band, a multiple of {@code width} in 1..100
   * @return the bands
   * @throws IllegalArgumentException if the width or the open band is out of range or not a multiple
   */
  public static AgeBands ofWidth(int width, int openFrom) {
    if (width < 1 || width > Population.MAX_AGE || openFrom < 1 || openFrom > Population.MAX_AGE
        || openFrom % width != 0) {
      throw new IllegalArgumentException(String.format(Locale.ROOT,
          "bands of width %d up to an open band from %d: the width must be in 1..100 and the open band's"
              + " first age a multiple of it in 1..100", width, openFrom));
    }
    int[] s = new int[openFrom / width + 1];
    Arrays.setAll(s, i -> i * width);
    return new AgeBands(s);
  }

  /**
   * The given bands, which must be listed from age 0 up, each starting the year after the previous one
   * ends, the last one open (ending at 100, "100 and over").
   *
   * @param bands not null, at least one
   * @return the resolution
   * @throws IllegalArgumentException naming the bands at fault if two overlap, leave a gap, the first does
   *     not start at 0 or the last does not reach 100
   */
  public static AgeBands of(List<AgeBand> bands) {
    Objects.requireNonNull(bands, "bands");
    if (bands.isEmpty()) {
      throw new IllegalArgumentException("no age bands: at least one band, e.g. 0+, is needed");
    }
    int[] s = new int[bands.size()];
    AgeBand previous = null;
    for (int i = 0; i < bands.size(); i++) {
      AgeBand b = Objects.requireNonNull(bands.get(i), "bands[" + i + "]");
      if (previous == null) {
        if (b.from() != 0) {
          throw new IllegalArgumentException("age bands must start at age 0: the first band is " + b
              + ", so ages 0-" + (b.from() - 1) + " are in no band");
        }
      } else if (b.from() <= previous.to()) {
        throw new IllegalArgumentException(String.format(Locale.ROOT,
            "age bands overlap: %s and %s both hold age %d%s", previous, b, b.from(),
            b.from() < previous.to() ? " (and more)" : ""));
      } else if (b.from() > previous.to() + 1) {
        throw new IllegalArgumentException(String.format(Locale.ROOT,
            "age bands leave a gap: ages %s between %s and %s are in no band", AgeBand.of(previous.to() + 1,
                b.from() - 1), previous, b));
      }
      s[i] = b.from();
      previous = b;
    }
    if (!previous.isOpen()) {
      throw new IllegalArgumentException("age bands must reach 100 and over: the last band is " + previous
          + ", so ages " + AgeBand.atLeast(previous.to() + 1) + " are in no band");
    }
    return new AgeBands(s);
  }

  /**
   * The given bands; see {@link #of(List)}.
   *
   * @param bands not null, at least one
   * @return the resolution
   */
  public static AgeBands of(AgeBand... bands) {
    return of(Arrays.asList(Objects.requireNonNull(bands, "bands")));
  }

  /**
   * Parses bands separated by commas, as {@link #toString} writes them: {@code "0-14, 15-64, 65+"}.
   *
   * @param text not null
   * @return the resolution
   * @throws IllegalArgumentException if a band does not parse, or the bands overlap or leave a gap
   */
  public static AgeBands parse(CharSequence text) {
    Objects.requireNonNull(text, "text");
    List<AgeBand> list = new ArrayList<>();
    for (String part : text.toString().split(",", -1)) {
      list.add(AgeBand.parse(part));
    }
    return of(list);
  }

  /**
   * The coarsest bands whose boundaries are boundaries of both: the resolution in which populations of the
   * two resolutions can be added exactly. {@code common(singleYears(), b)} is {@code b}.
   *
   * @param a not null
   * @param b not null
   * @return the common resolution
   */
  public static AgeBands common(AgeBands a, AgeBands b) {
    Objects.requireNonNull(a, "a");
    Objects.requireNonNull(b, "b");
    if (a.equals(b) || b.isSingleYears()) {
      return a;
    }
    if (a.isSingleYears()) {
      return b;
    }
    int[] s = new int[Math.min(a.starts.length, b.starts.length)];
    int n = 0;
    for (int start : a.starts) {
      if (b.splitsAt(start)) {
        s[n++] = start;
      }
    }
    return new AgeBands(Arrays.copyOf(s, n));
  }

  /** {@return the number of bands, 1..101} */
  public int size() {
    return starts.length;
  }

  /**
   * One band.
   *
   * @param index 0 to {@link #size()} - 1, from the youngest
   * @return the band
   * @throws IndexOutOfBoundsException if the index is out of range
   */
  public AgeBand band(int index) {
    return bands.get(index);
  }

  /** {@return the bands from the youngest; unmodifiable} */
  public List<AgeBand> bands() {
    return bands;
  }

  /**
   * The index of the band that holds an age.
   *
   * @param age 0..100
   * @return the band's index
   * @throws IllegalArgumentException if the age is out of 0..100
   */
  public int indexOf(int age) {
    Population.checkAge(age);
    return indexOfAge[age];
  }

  /** {@return whether these are the 101 single years of age} */
  public boolean isSingleYears() {
    return starts.length == Population.AGE_CLASSES;
  }

  /**
   * Whether a band starts at an age, i.e. the bands tell residents younger than {@code cut} from the others.
   *
   * @param cut 0..101; 0 and 101 (below and above every age) always split
   * @return whether some band starts at {@code cut}
   */
  public boolean splitsAt(int cut) {
    if (cut <= 0 || cut > Population.MAX_AGE) {
      return true;
    }
    return starts[indexOfAge[cut]] == cut;
  }

  /**
   * Whether a count over the band can be taken exactly: its ends fall on boundaries of these bands.
   *
   * @param band not null
   * @return whether both of its cuts are boundaries
   */
  public boolean resolves(AgeBand band) {
    Objects.requireNonNull(band, "band");
    return splitsAt(band.from()) && splitsAt(band.to() + 1);
  }

  /**
   * Whether every band of {@code other} is a union of these bands, so a population in these bands can be
   * aggregated into {@code other}.
   *
   * @param other not null
   * @return whether each of its boundaries is one of these
   */
  public boolean resolves(AgeBands other) {
    return whyNot(other).isEmpty();
  }

  /**
   * Why a count over a band cannot be taken from these bands: the band that holds the cut and the cut,
   * {@code "band 15-64 does not split at 18"}.
   *
   * @param band not null
   * @return the reason, empty if {@link #resolves(AgeBand)}
   */
  public Optional<String> whyNot(AgeBand band) {
    Objects.requireNonNull(band, "band");
    if (!splitsAt(band.from())) {
      return Optional.of(notSplit(band.from()));
    }
    if (!splitsAt(band.to() + 1)) {
      return Optional.of(notSplit(band.to() + 1));
    }
    return Optional.empty();
  }

  /**
   * Why {@code other} is not a union of these bands: the first of its boundaries that falls inside one of
   * these bands, {@code "band 0-14 does not split at 5"}.
   *
   * @param other not null
   * @return the reason, empty if {@link #resolves(AgeBands)}
   */
  public Optional<String> whyNot(AgeBands other) {
    Objects.requireNonNull(other, "other");
    for (int start : other.starts) {
      if (!splitsAt(start)) {
        return Optional.of(notSplit(start));
      }
    }
    return Optional.empty();
  }

  private String notSplit(int cut) {
    return "band " + bands.get(indexOfAge[cut]) + " does not split at " + cut;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof AgeBands && Arrays.equals(starts, ((AgeBands) o).starts);
  }

  @Override
  public int hashCode() {
    return Arrays.hashCode(starts);
  }

  /** {@return the bands separated by commas, {@code "0-14, 15-64, 65+"}; {@link #parse} reads it back} */
  @Override
  public String toString() {
    StringBuilder s = new StringBuilder();
    for (AgeBand b : bands) {
      if (s.length() > 0) {
        s.append(", ");
      }
      s.append(b);
    }
    return s.toString();
  }
}
