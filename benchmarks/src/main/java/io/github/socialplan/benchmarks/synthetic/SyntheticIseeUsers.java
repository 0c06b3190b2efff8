package io.github.socialplan.benchmarks.synthetic;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.function.Consumer;

/**
 * Synthetic national microdata of ISEE users (<i>microdati sintetici delle DSU</i>): users of social
 * services, each with comune, ambito, age, ISEE and service, over the comuni of {@link SyntheticItaly}.
 *
 * <p>User {@code i} is a pure function of the seed and {@code i}: it draws from its own
 * {@link SplittableRandom} seeded by both, so any range of users can be generated on its own, in any
 * order, on any machine (a Spark partition, one streaming loop) and comes out the same. A user lives in a
 * comune drawn in proportion to its residents; the comuni of each province are grouped, in code order, into
 * ambiti of up to {@value #COMUNI_PER_AMBITO} comuni (about 600 in all, as in Italy). The service fixes the
 * age range (a nursery 0-2, school meals 3-13, disability day centres 18-64, social transport 18-100, home
 * care 65-100); the ISEE is log-normal (median about 11,000 euro, 6 % at zero), in cents, at most
 * {@value #MAX_ISEE} euro.
 *
 * <pre>{@code
 * SyntheticIseeUsers users = SyntheticIseeUsers.of(SyntheticIseeUsers.DEFAULT_SEED);
 * users.forEach(0, 10_000, u -> ...);   // the same 10,000 users every time
 * }</pre>
 *
 * <p>Instances are immutable and thread-safe.
 */
public final class SyntheticIseeUsers {

  /** The seed of the tests and the benchmark. */
  public static final long DEFAULT_SEED = 20250101L;

  /** The fewest users a benchmark or example asks for. */
  public static final long MIN_USERS = 10_000;

  /** The most users this generator makes (national scale: about the DSU of one year). */
  public static final long MAX_USERS = 10_000_000;

  /** The most comuni of one ambito. */
  public static final int COMUNI_PER_AMBITO = 13;

  /** The highest ISEE drawn, in euro. */
  public static final int MAX_ISEE = 150_000;

  /** The services, in the order of {@link #SERVICE_AGES}. */
  public static final List<String> SERVICES =
      List.of("asilo_nido", "mensa_scolastica", "centro_diurno_disabili", "trasporto_sociale", "sad");

  /** Each service's ages, from and to. */
  private static final int[][] SERVICE_AGES = {{0, 2}, {3, 13}, {18, 64}, {18, 100}, {65, 100}};

  /** Each service's share of users, per thousand, cumulated. */
  private static final int[] SERVICE_SHARES = {120, 420, 520, 640, 1000};

  private final long seed;
  private final String[] comuni;
  private final String[] ambitoOfComune;
  private final long[] cumulativeResidents;

  private SyntheticIseeUsers(long seed, String[] comuni, String[] ambitoOfComune, long[] cumulativeResidents) {
    this.seed = seed;
    this.comuni = comuni;
    this.ambitoOfComune = ambitoOfComune;
    this.cumulativeResidents = cumulativeResidents;
  }

  /**
   * The users of a seed over the synthetic Italy of the same seed.
   *
   * @param seed any value
   * @return the generator
   */
  public static SyntheticIseeUsers of(long seed) {
    List<SyntheticComune> italy = SyntheticItaly.generate(seed);
    String[] codes = new String[italy.size()];
    String[] ambiti = new String[italy.size()];
    long[] cumulative = new long[italy.size()];
    long residents = 0;
    String province = "";
    int inProvince = 0;
    for (int c = 0; c < italy.size(); c++) {
      SyntheticComune comune = italy.get(c);
      codes[c] = comune.code();
      String p = comune.code().substring(0, 3);
      inProvince = p.equals(province) ? inProvince + 1 : 0;
      province = p;
      ambiti[c] = String.format(Locale.ROOT, "A%s-%02d", p, 1 + inProvince / COMUNI_PER_AMBITO);
      residents += comune.males() + comune.females();
      cumulative[c] = residents;
    }
    return new SyntheticIseeUsers(seed, codes, ambiti, cumulative);
  }

  /**
   * The seed.
   *
   * @return the seed the users derive from
   */
  public long seed() {
    return seed;
  }

  /**
   * The ambiti, each once, in code order.
   *
   * @return the ambito ids
   */
  public List<String> ambiti() {
    List<String> out = new ArrayList<>();
    for (String a : ambitoOfComune) {
      if (out.isEmpty() || !out.get(out.size() - 1).equals(a)) {
        out.add(a);
      }
    }
    return out;
  }

  /**
   * The ambito of every comune.
   *
   * @return comune code to ambito id, in code order
   */
  public Map<String, String> ambitoOfComune() {
    Map<String, String> out = new LinkedHashMap<>();
    for (int c = 0; c < comuni.length; c++) {
      out.put(comuni[c], ambitoOfComune[c]);
    }
    return out;
  }

  /**
   * User number {@code id}.
   *
   * @param id {@code 0..}{@link #MAX_USERS}{@code -1}
   * @return the user, always the same for the same seed and id
   * @throws IllegalArgumentException if the id is out of range
   */
  public IseeUser user(long id) {
    if (id < 0 || id >= MAX_USERS) {
      throw new IllegalArgumentException("user id must be in 0.." + (MAX_USERS - 1) + ": " + id);
    }
    SplittableRandom r = new SplittableRandom(seed * 0x9E3779B97F4A7C15L + id);
    int c = Arrays.binarySearch(cumulativeResidents, r.nextLong(cumulativeResidents[cumulativeResidents.length - 1]));
    // binarySearch finds an exact hit at the comune whose cumulative count it is: the draw belongs to the next.
    c = c >= 0 ? c + 1 : -c - 1;
    int drawn = r.nextInt(1000);
    int s = 0;
    while (drawn >= SERVICE_SHARES[s]) {
      s++;
    }
    int age = SERVICE_AGES[s][0] + r.nextInt(SERVICE_AGES[s][1] - SERVICE_AGES[s][0] + 1);
    long cents;
    if (r.nextInt(100) < 6) {
      cents = 0;
    } else {
      double euro = StrictMath.exp(StrictMath.log(11_000) + 0.8 * gaussian(r));
      cents = Math.min((long) MAX_ISEE * 100, Math.round(euro * 100));
    }
    return new IseeUser(id, comuni[c], ambitoOfComune[c], age, BigDecimal.valueOf(cents, 2), SERVICES.get(s));
  }

  /**
   * Hands users {@code from} (inclusive) to {@code to} (exclusive) to a consumer, one at a time, in id order.
   *
   * @param from the first id, {@code >= 0}
   * @param to the end, {@code from..}{@link #MAX_USERS}
   * @param sink not null
   * @throws IllegalArgumentException if the range is out of bounds
   */
  public void forEach(long from, long to, Consumer<IseeUser> sink) {
    if (from < 0 || to < from || to > MAX_USERS) {
      throw new IllegalArgumentException("users must be a range within 0.." + MAX_USERS + ": " + from + ".." + to);
    }
    for (long id = from; id < to; id++) {
      sink.accept(user(id));
    }
  }

  /** A standard normal draw by Box-Muller with {@link StrictMath}, the same on every JVM. */
  private static double gaussian(SplittableRandom random) {
    double u = 1.0 - random.nextDouble();
    double v = random.nextDouble();
    return StrictMath.sqrt(-2.0 * StrictMath.log(u)) * StrictMath.cos(2.0 * StrictMath.PI * v);
  }
}
