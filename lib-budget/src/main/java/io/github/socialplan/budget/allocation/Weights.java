package io.github.socialplan.budget.allocation;

import io.github.socialplan.core.number.DecimalBounds;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * Non-negative weights of recipients keyed by a text id (<i>pesi del riparto</i>), e.g. residents aged 75+
 * per comune keyed by ISTAT code.
 *
 * <p>Weights are held exactly as integers at a common decimal scale: whole numbers (residents) stay
 * {@code long}; decimal weights ({@code 0.6}, {@code 12.345}) are scaled by the largest number of decimals.
 * Recipients keep their insertion order; ids are unique and compared in their natural (text) order where a
 * rule needs an order that does not depend on input order.
 *
 * <pre>{@code
 * Weights w = Weights.builder().add("019036", 70_841).add("019098", 8_744).build();
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 */
public final class Weights {

  /**
   * The most integer digits a weight given to {@link Builder#add(String, BigDecimal)} may have: far more than
   * any count of residents, enough for the exact integer weights the library makes itself, and few enough
   * that {@code 1e9999999} is refused before it costs ten million digits.
   */
  public static final int MAX_INTEGER_DIGITS = 100;

  private final String[] ids;
  /** Integer weights when they and their sum fit in a long; otherwise null and {@link #big} is set. */
  private final long[] small;

  private final BigInteger[] big;
  private final int scale;
  private final Map<String, Integer> index;

  private Weights(String[] ids, long[] small, BigInteger[] big, int scale, Map<String, Integer> index) {
    this.ids = ids;
    this.small = small;
    this.big = big;
    this.scale = scale;
    this.index = index;
  }

  /**
   * Returns weights from parallel arrays of ids and whole-number weights (the fast way for thousands of
   * recipients).
   *
   * @param ids the recipient ids, not null, unique, no null element
   * @param weights the weights, not null, same length, each {@code >= 0}
   * @return the weights, in the order of the arrays
   * @throws IllegalArgumentException if a weight is negative, an id repeats or the lengths differ
   */
  public static Weights of(String[] ids, long[] weights) {
    Objects.requireNonNull(ids, "ids");
    Objects.requireNonNull(weights, "weights");
    if (ids.length != weights.length) {
      throw new IllegalArgumentException(
          "ids and weights differ in length: " + ids.length + " ids, " + weights.length + " weights");
    }
    int n = ids.length;
    String[] idCopy = new String[n];
    long[] small = new long[n];
    Map<String, Integer> index = new HashMap<>(n * 2);
    long sum = 0;
    boolean fits = true;
    for (int i = 0; i < n; i++) {
      String id = Objects.requireNonNull(ids[i], "ids[" + i + "]");
      if (weights[i] < 0) {
        throw new IllegalArgumentException("weight of recipient " + id + " must be >= 0: " + weights[i]);
      }
      if (index.put(id, i) != null) {
        throw new IllegalArgumentException("recipient " + id + " is given twice");
      }
      idCopy[i] = id;
      small[i] = weights[i];
      long next = sum + weights[i];
      fits &= next >= 0;
      sum = next;
    }
    if (!fits) {
      // The sum needs more than a long: keep the exact weights as BigIntegers.
      BigInteger[] big = new BigInteger[n];
      for (int i = 0; i < n; i++) {
        big[i] = BigInteger.valueOf(small[i]);
      }
      return new Weights(idCopy, null, big, 0, Collections.unmodifiableMap(index));
    }
    return new Weights(idCopy, small, null, 0, Collections.unmodifiableMap(index));
  }

  /**
   * Returns weights from a map, in the map's iteration order.
   *
   * @param weights recipient id to weight, not null, each {@code >= 0}, at most 18 decimals and
   *     {@link #MAX_INTEGER_DIGITS} integer digits
   * @return the weights
   * @throws IllegalArgumentException if a weight is negative, has more than 18 decimals or more than
   *     {@link #MAX_INTEGER_DIGITS} integer digits
   */
  public static Weights of(Map<String, ? extends BigDecimal> weights) {
    Objects.requireNonNull(weights, "weights");
    Builder b = new Builder();
    weights.forEach(b::add);
    return b.build();
  }

  /** {@return a builder that keeps the order of {@code add} calls} */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds {@link Weights}; not thread-safe. */
  public static final class Builder {
    private final List<String> ids = new ArrayList<>();
    private final List<BigDecimal> values = new ArrayList<>();

    private Builder() {}

    /**
     * Adds a recipient with a whole-number weight.
     *
     * @param id the recipient id, not null, not yet added
     * @param weight {@code >= 0}
     * @return this builder
     * @throws IllegalArgumentException if the weight is negative
     */
    public Builder add(String id, long weight) {
      return add(id, BigDecimal.valueOf(weight));
    }

    /**
     * Adds a recipient with a decimal weight.
     *
     * @param id the recipient id, not null, not yet added
     * @param weight not null, {@code >= 0}, at most 18 decimals and {@value #MAX_INTEGER_DIGITS} integer
     *     digits (the exact integer weights of a blend or a reallocation can pass the 30 of
     *     {@link DecimalBounds}, which JSON weights keep to)
     * @return this builder
     * @throws IllegalArgumentException if the weight is negative, has more than 18 decimals or more than
     *     {@value #MAX_INTEGER_DIGITS} integer digits
     */
    public Builder add(String id, BigDecimal weight) {
      Objects.requireNonNull(id, "id");
      Objects.requireNonNull(weight, "weight");
      // First, as it costs nothing: 1e9999999, a dozen characters, would cost ten million digits to make
      // the integer weight in build(); and no message prints a weight such as 1e-999999999 in full.
      if (weight.signum() != 0 && (long) weight.precision() - weight.scale() > MAX_INTEGER_DIGITS) {
        throw new IllegalArgumentException("weight of recipient " + id + " has more than " + MAX_INTEGER_DIGITS
            + " integer digits: " + describe(weight));
      }
      if (weight.signum() < 0) {
        throw new IllegalArgumentException("weight of recipient " + id + " must be >= 0: " + describe(weight));
      }
      BigDecimal w = weight.stripTrailingZeros();
      if (w.scale() > 18) {
        throw new IllegalArgumentException(
            "weight of recipient " + id + " has more than 18 decimals: " + describe(weight));
      }
      ids.add(id);
      // A negative scale (2E+3) counts as 0 in build(), where movePointRight makes the integer.
      values.add(w);
      return this;
    }

    /** The plain text of a weight, unless that would be absurdly long (then its scientific form). */
    private static String describe(BigDecimal weight) {
      return Math.abs((long) weight.scale()) <= 64 && weight.precision() <= 64 ? weight.toPlainString()
          : weight.toString();
    }

    /**
     * Returns the weights.
     *
     * @return the weights
     * @throws IllegalArgumentException if an id was added twice
     */
    public Weights build() {
      int n = ids.size();
      Map<String, Integer> index = new HashMap<>(n * 2);
      int scale = 0;
      for (int i = 0; i < n; i++) {
        if (index.put(ids.get(i), i) != null) {
          throw new IllegalArgumentException("recipient " + ids.get(i) + " is given twice");
        }
        scale = Math.max(scale, values.get(i).scale());
      }
      BigInteger[] ints = new BigInteger[n];
      BigInteger sum = BigInteger.ZERO;
      for (int i = 0; i < n; i++) {
        ints[i] = values.get(i).movePointRight(scale).toBigIntegerExact();
        sum = sum.add(ints[i]);
      }
      long[] small = null;
      if (sum.bitLength() < Long.SIZE) {
        small = new long[n];
        for (int i = 0; i < n; i++) {
          small[i] = ints[i].longValueExact();
        }
        ints = null;
      }
      return new Weights(
          ids.toArray(new String[0]), small, ints, scale, Collections.unmodifiableMap(index));
    }
  }

  /** Builds weights over the same ids from exact integer weights (internal use by blends). */
  static Weights ofIntegers(String[] ids, BigInteger[] ints, Map<String, Integer> index) {
    BigInteger sum = BigInteger.ZERO;
    for (BigInteger v : ints) {
      sum = sum.add(v);
    }
    if (sum.bitLength() < Long.SIZE) {
      long[] small = new long[ints.length];
      for (int i = 0; i < ints.length; i++) {
        small[i] = ints[i].longValueExact();
      }
      return new Weights(ids, small, null, 0, index);
    }
    return new Weights(ids, null, ints.clone(), 0, index);
  }

  /** {@return the number of recipients} */
  public int size() {
    return ids.length;
  }

  /** {@return the recipient ids in order} */
  public List<String> ids() {
    return List.of(ids);
  }

  /**
   * The position of a recipient.
   *
   * @param id the recipient id, not null
   * @return its index, or -1 if it is not a recipient
   */
  public int indexOf(String id) {
    Integer i = index.get(Objects.requireNonNull(id, "id"));
    return i == null ? -1 : i;
  }

  /**
   * The weight of a recipient as given (or, for a blend, the exact integer weight it was reduced to).
   *
   * @param id a recipient id, not null
   * @return its weight
   * @throws IllegalArgumentException if the id is not a recipient
   */
  public BigDecimal weight(String id) {
    int i = indexOf(id);
    if (i < 0) {
      throw new IllegalArgumentException("not a recipient: " + id);
    }
    return weightAt(i);
  }

  /** {@return the weights as a map in recipient order} */
  public Map<String, BigDecimal> asMap() {
    Map<String, BigDecimal> m = new LinkedHashMap<>();
    for (int i = 0; i < ids.length; i++) {
      m.put(ids[i], weightAt(i));
    }
    return Collections.unmodifiableMap(m);
  }

  /** {@return whether every weight is zero (or there are none): shares are then undefined} */
  public boolean allZero() {
    if (small == null) {
      return false; // held as BigIntegers only when they add up to more than a long
    }
    for (long w : small) {
      if (w != 0) {
        return false;
      }
    }
    return true;
  }

  BigDecimal weightAt(int i) {
    return new BigDecimal(intAt(i), scale);
  }

  String idAt(int i) {
    return ids[i];
  }

  String[] idArray() {
    return ids;
  }

  Map<String, Integer> index() {
    return index;
  }

  /** The exact integer weight at the common scale. */
  BigInteger intAt(int i) {
    return small != null ? BigInteger.valueOf(small[i]) : big[i];
  }

  /** The integer weights if they (and their sum) fit in a long, else null; not a copy. */
  long[] smallInts() {
    return small;
  }

  /** The integer weights as BigIntegers (a new array). */
  BigInteger[] bigInts() {
    if (big != null) {
      return big.clone();
    }
    BigInteger[] r = new BigInteger[small.length];
    for (int i = 0; i < r.length; i++) {
      r[i] = BigInteger.valueOf(small[i]);
    }
    return r;
  }

  @Override
  public boolean equals(Object o) {
    if (!(o instanceof Weights)) {
      return false;
    }
    Weights other = (Weights) o;
    return asMap().equals(other.asMap()) && Arrays.equals(ids, other.ids);
  }

  @Override
  public int hashCode() {
    return asMap().hashCode();
  }

  @Override
  public String toString() {
    return String.format(Locale.ROOT, "Weights%s", asMap());
  }
}
