package io.github.socialplan.benchmarks.synthetic;

import io.github.socialplan.core.population.Population;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.SplittableRandom;

/**
 * A made-up but realistic Italy (<i>Italia sintetica</i>): about 7,900 comuni in 107 provinces with
 * ISTAT-looking codes {@code PPPCCC}, each with residents by single year of age 0..100 and sex.
 *
 * <p>Comune sizes follow a log-normal law (median about 2,500 residents, mean about 7,500, as in Italy);
 * the age structure is an Italian-like pyramid (small cohorts of children, the baby-boom bulge at 55-64, a
 * thin 100+ class), tilted older in small comuni and younger in large ones, with per-age noise; the male
 * share falls with age from 51.4% at birth to about 20% at 100+.
 *
 * <p>Everything derives from one {@link SplittableRandom} seed and uses {@link StrictMath}, whose results
 * the Java specification fixes bit for bit, so the same seed gives the same Italy on every JVM and machine.
 *
 * <pre>{@code
 * List<SyntheticComune> italy = SyntheticItaly.generate(SyntheticItaly.DEFAULT_SEED);
 * italy.size();   // 7,896
 * }</pre>
 *
 * <p>This class is stateless and thread-safe.
 */
public final class SyntheticItaly {

  /** The seed of the benchmark file. */
  public static final long DEFAULT_SEED = 20250101L;

  /** Italy's number of comuni on 1 January 2025. */
  public static final int COMUNI = 7_896;

  private static final int AGES = Population.AGE_CLASSES;
  private static final int MIN_COMUNI_PER_PROVINCE = 6;
  private static final int MIN_RESIDENTS = 30;
  private static final int MAX_RESIDENTS = 2_800_000;

  /**
   * Residents by age in thousands, Italy around 2024 (both sexes), read at the ages given; the ages in
   * between are interpolated linearly. The last point is the open 100+ class.
   */
  private static final int[][] PYRAMID_ANCHORS = {
      {0, 370}, {5, 420}, {10, 520}, {15, 570}, {20, 580}, {25, 600}, {30, 640}, {35, 700}, {40, 790},
      {45, 900}, {50, 950}, {55, 965}, {60, 900}, {65, 790}, {70, 700}, {75, 640}, {80, 520}, {85, 370},
      {90, 190}, {95, 55}, {99, 9}, {100, 21}};

  /** Male share by age (per thousand), interpolated like the pyramid. */
  private static final int[][] MALE_SHARE_ANCHORS = {
      {0, 514}, {20, 514}, {50, 498}, {70, 472}, {80, 425}, {90, 330}, {100, 200}};

  private static final String[] PREFIXES = {"San ", "Santa ", "Sant'", "Castel", "Monte", "Borgo ", "Villa ",
      "Torre ", "Rocca", "Ponte ", "Casal", "Pieve ", "Serra", "Colle ", "Val"};
  private static final String[] SYLLABLES = {"ba", "ca", "da", "fa", "ga", "la", "ma", "na", "pa", "ra",
      "sa", "ta", "va", "be", "ce", "de", "le", "me", "ne", "re", "se", "te", "vi", "ri", "li", "ni", "ti",
      "bo", "co", "do", "lo", "mo", "no", "ro", "so", "to", "gna", "glia", "sca", "stro", "bru", "gra",
      "tre", "cchi", "zza", "ssa"};
  /** The first syllables of {@link #SYLLABLES}, the ones a name may start with. */
  private static final int SIMPLE_SYLLABLES = 36;
  private static final String[] ENDINGS = {"ano", "ate", "ello", "ico", "ino", "one", "ara", "ese", "ola",
      "ù", "ò", "ì", "à", "engo", "asco"};
  private static final String[] SUFFIXES = {" di Sopra", " di Sotto", " al Piano", " sul Po", " d'Adda",
      " Marittima", " Vecchio", "/Neustift", " in Chianti", " Terme"};

  private SyntheticItaly() {}

  /**
   * Generates the synthetic Italy of {@link #COMUNI} comuni.
   *
   * @param seed any value; the same seed always gives the same comuni
   * @return the comuni in code order
   */
  public static List<SyntheticComune> generate(long seed) {
    return generate(seed, COMUNI);
  }

  /**
   * Generates a synthetic Italy with the given number of comuni over 107 provinces.
   *
   * @param seed any value; the same seed and size always give the same comuni
   * @param comuni at least {@code 107 * 6}
   * @return the comuni in code order
   */
  public static List<SyntheticComune> generate(long seed, int comuni) {
    return generate(seed, seed, comuni, 0);
  }

  /**
   * Generates one year of a synthetic series (<i>serie storica sintetica</i>): the same comuni, with the
   * same codes, as {@code generate(structureSeed, comuni)}, but their counts and names drawn from
   * {@code seed} and their ages tilted by {@code ageing} more towards the old (a tilt of 1 weighs age 90
   * e times more than age 45). {@code generate(s, s, n, 0)} is {@code generate(s, n)}.
   *
   * @param structureSeed the seed that places the comuni in provinces
   * @param seed the seed of this year's counts and names
   * @param comuni at least {@code 107 * 6}
   * @param ageing the added tilt towards the old, -1..1
   * @return the comuni in code order
   */
  public static List<SyntheticComune> generate(long structureSeed, long seed, int comuni, double ageing) {
    if (!(ageing >= -1 && ageing <= 1)) {
      throw new IllegalArgumentException("ageing must be in -1..1: " + ageing);
    }
    int[] provinceCodes = provinceCodes();
    if (comuni < provinceCodes.length * MIN_COMUNI_PER_PROVINCE) {
      throw new IllegalArgumentException(String.format(java.util.Locale.ROOT,
          "comuni must be at least %d: %d", provinceCodes.length * MIN_COMUNI_PER_PROVINCE, comuni));
    }
    SplittableRandom random = new SplittableRandom(seed);
    int[] perProvince = comuniPerProvince(random, provinceCodes.length, comuni); // drawn in any case
    if (structureSeed != seed) {
      perProvince = comuniPerProvince(new SplittableRandom(structureSeed), provinceCodes.length, comuni);
    }
    double[] pyramid = interpolate(PYRAMID_ANCHORS);
    double[] maleShare = interpolate(MALE_SHARE_ANCHORS);
    for (int a = 0; a < AGES; a++) {
      maleShare[a] /= 1000.0;
    }
    List<SyntheticComune> result = new ArrayList<>(comuni);
    for (int p = 0; p < provinceCodes.length; p++) {
      for (int c = 1; c <= perProvince[p]; c++) {
        String code = String.format(java.util.Locale.ROOT, "%03d%03d", provinceCodes[p], c);
        result.add(comune(random, code, pyramid, maleShare, ageing));
      }
    }
    return Collections.unmodifiableList(result);
  }

  /** The 107 province codes in use: 001..103 and 108..111 (104-107 were Sardinian provinces now gone). */
  static int[] provinceCodes() {
    int[] codes = new int[107];
    int i = 0;
    for (int p = 1; p <= 103; p++) {
      codes[i++] = p;
    }
    for (int p = 108; p <= 111; p++) {
      codes[i++] = p;
    }
    return codes;
  }

  /** Splits the comuni over provinces with log-normal weights, at least 6 each, adding up exactly. */
  private static int[] comuniPerProvince(SplittableRandom random, int provinces, int comuni) {
    double[] weights = new double[provinces];
    double sum = 0;
    for (int p = 0; p < provinces; p++) {
      weights[p] = StrictMath.exp(0.7 * gaussian(random));
      sum += weights[p];
    }
    int spare = comuni - provinces * MIN_COMUNI_PER_PROVINCE;
    int[] counts = new int[provinces];
    int given = 0;
    for (int p = 0; p < provinces; p++) {
      counts[p] = MIN_COMUNI_PER_PROVINCE + (int) (spare * weights[p] / sum);
      given += counts[p];
    }
    // The floors leave fewer than one comune per province over: hand them out from the first province.
    for (int p = 0; given < comuni; p = (p + 1) % provinces) {
      counts[p]++;
      given++;
    }
    return counts;
  }

  private static SyntheticComune comune(SplittableRandom random, String code, double[] pyramid,
      double[] maleShare, double ageing) {
    // Log-normal size: median 2,500, sigma 1.48 gives a mean near 7,500 residents.
    double logSize = StrictMath.log(2_500) + 1.48 * gaussian(random);
    double size = Math.min(MAX_RESIDENTS, Math.max(MIN_RESIDENTS, StrictMath.exp(logSize)));
    // Small comuni are older, large ones younger (a tilt per 45 years of age), plus a comune's own drift;
    // centred on 20,000 residents, about where the median Italian lives, so Italy keeps the pyramid's shape.
    double tilt = 0.15 * (StrictMath.log(20_000) - StrictMath.log(size)) / 1.48 + 0.12 * gaussian(random)
        + ageing;
    double[] weights = new double[AGES];
    double total = 0;
    for (int a = 0; a < AGES; a++) {
      weights[a] = pyramid[a] * StrictMath.exp(tilt * (a - 45) / 45.0);
      total += weights[a];
    }
    int[] male = new int[AGES];
    int[] female = new int[AGES];
    for (int a = 0; a < AGES; a++) {
      double expected = size * weights[a] / total;
      int people = (int) Math.max(0, Math.floor(expected + Math.sqrt(expected) * gaussian(random)
          + random.nextDouble()));
      double p = maleShare[a];
      int men = (int) Math.floor(people * p + Math.sqrt(people * p * (1 - p)) * gaussian(random) + 0.5);
      men = Math.min(people, Math.max(0, men));
      male[a] = men;
      female[a] = people - men;
    }
    return new SyntheticComune(code, name(random), male, female);
  }

  private static String name(SplittableRandom random) {
    StringBuilder name = new StringBuilder(32);
    String prefix = random.nextInt(4) == 0 ? PREFIXES[random.nextInt(PREFIXES.length)] : "";
    name.append(prefix);
    int start = name.length();
    // A name never starts with a doubled consonant: the first syllable comes from the simple ones.
    name.append(SYLLABLES[random.nextInt(SIMPLE_SYLLABLES)]);
    int more = 1 + random.nextInt(2);
    for (int s = 0; s < more; s++) {
      name.append(SYLLABLES[random.nextInt(SYLLABLES.length)]);
    }
    name.append(ENDINGS[random.nextInt(ENDINGS.length)]);
    // "Castel" + "nuovo" joins into one word; "San " or "Sant'" starts a new capitalised one.
    boolean joined = !prefix.isEmpty() && Character.isLetter(prefix.charAt(prefix.length() - 1));
    if (!joined) {
      name.setCharAt(start, Character.toUpperCase(name.charAt(start)));
    }
    if (random.nextInt(8) == 0) {
      name.append(SUFFIXES[random.nextInt(SUFFIXES.length)]);
    }
    return name.toString();
  }

  private static double[] interpolate(int[][] anchors) {
    double[] values = new double[AGES];
    for (int i = 0; i + 1 < anchors.length; i++) {
      int a0 = anchors[i][0];
      int a1 = anchors[i + 1][0];
      for (int a = a0; a <= a1; a++) {
        values[a] = anchors[i][1] + (anchors[i + 1][1] - anchors[i][1]) * (double) (a - a0) / (a1 - a0);
      }
    }
    return values;
  }

  /** A standard normal draw by Box-Muller with {@link StrictMath}, so it is the same on every JVM. */
  private static double gaussian(SplittableRandom random) {
    double u = 1.0 - random.nextDouble(); // in (0, 1]: log(u) is finite
    double v = random.nextDouble();
    return StrictMath.sqrt(-2.0 * StrictMath.log(u)) * StrictMath.cos(2.0 * StrictMath.PI * v);
  }
}
