package io.github.socialplan.budget.allocation;

import io.github.socialplan.core.json.SocialPlanJson;
import io.github.socialplan.core.number.DecimalBounds;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Several allocation criteria blended with coefficients into one set of exact weights (<i>criteri di
 * riparto ponderati</i>), e.g. the national FNA rule: 60% by residents aged 75+, 40% by each region's FNPS
 * share.
 *
 * <p><b>Formula.</b> With criterion {@code k} giving recipient {@code i} the weight {@code w_ik} (sum
 * {@code W_k}) and coefficient {@code a_k} (sum {@code A}), the blended share of recipient {@code i} is
 * {@code sum_k (a_k / A) * (w_ik / W_k)}. The blend computes it exactly, as the integer weight
 * {@code v_i = sum_k a_k * w_ik * prod_{j != k} W_j} (divided by the common factor of all {@code v_i}),
 * so the allocation that follows rounds once, not once per criterion. Coefficients need not add up to one:
 * 60 and 40 mean the same as 0.6 and 0.4. A blended weight has at most {@link #MAX_DIGITS} digits.
 *
 * <pre>{@code
 * Weights fna = Blend.builder()
 *     .criterion(new BigDecimal("0.6"), over75)
 *     .criterion(new BigDecimal("0.4"), fnpsShares)
 *     .build();
 * Allocation a = LargestRemainder.allocate(Money.parse("1000000.00"), fna);
 * }</pre>
 *
 * <p>This class is a static factory; its builder is not thread-safe; the resulting {@link Weights} are.
 */
public final class Blend {

  /**
   * The most digits a blended weight may have: {@link SocialPlanJson#MAX_NUMBER_LENGTH}, the longest number
   * the JSON reads, so that an allocation by a blend, which writes each weight, reads back. Five criteria of
   * counts in the millions make weights of about 36 digits.
   */
  public static final int MAX_DIGITS = SocialPlanJson.MAX_NUMBER_LENGTH;

  private static final BigInteger TOO_LONG = BigInteger.TEN.pow(MAX_DIGITS);

  private Blend() {}

  /** {@return a builder} */
  public static Builder builder() {
    return new Builder();
  }

  /** Collects criteria; not thread-safe. */
  public static final class Builder {
    private final List<BigDecimal> coefficients = new ArrayList<>();
    private final List<Weights> criteria = new ArrayList<>();

    private Builder() {}

    /**
     * Adds a criterion.
     *
     * @param coefficient its weight in the blend, not null, {@code >= 0}, within {@link DecimalBounds}
     * @param criterion the recipients' weights under this criterion, not null, not all zero; every
     *     criterion must name the same recipients
     * @return this builder
     * @throws IllegalArgumentException if the coefficient is negative or out of {@link DecimalBounds}, or
     *     the criterion's weights are all zero
     */
    public Builder criterion(BigDecimal coefficient, Weights criterion) {
      Objects.requireNonNull(coefficient, "coefficient");
      Objects.requireNonNull(criterion, "criterion");
      int k = criteria.size() + 1;
      if (!DecimalBounds.within(coefficient)) {
        throw DecimalBounds.outOfRange(coefficient, "coefficient of criterion " + k);
      }
      if (coefficient.signum() < 0) {
        throw new IllegalArgumentException(
            "coefficient of criterion " + k + " must be >= 0: " + coefficient.toPlainString());
      }
      if (criterion.allZero()) {
        throw new IllegalArgumentException(
            "weights of criterion " + k + " are all zero: its shares are undefined");
      }
      coefficients.add(coefficient);
      criteria.add(criterion);
      return this;
    }

    /**
     * Returns the blended weights, over the recipients in the order of the first criterion.
     *
     * @return the exact blended weights
     * @throws IllegalArgumentException if there is no criterion, every coefficient is zero, the criteria
     *     name different recipients, or a blended weight has more than {@link #MAX_DIGITS} digits (the
     *     message names the recipient)
     */
    public Weights build() {
      if (criteria.isEmpty()) {
        throw new IllegalArgumentException("a blend needs at least one criterion");
      }
      Weights first = criteria.get(0);
      int n = first.size();
      for (int k = 1; k < criteria.size(); k++) {
        Weights c = criteria.get(k);
        for (int i = 0; i < c.size(); i++) {
          if (first.indexOf(c.idAt(i)) < 0) {
            throw new IllegalArgumentException(
                "recipient " + c.idAt(i) + " of criterion " + (k + 1) + " is not in criterion 1");
          }
        }
        if (c.size() != n) {
          for (int i = 0; i < n; i++) {
            if (c.indexOf(first.idAt(i)) < 0) {
              throw new IllegalArgumentException(
                  "recipient " + first.idAt(i) + " of criterion 1 is not in criterion " + (k + 1));
            }
          }
        }
      }
      int scale = 0;
      for (BigDecimal a : coefficients) {
        scale = Math.max(scale, Math.max(0, a.stripTrailingZeros().scale()));
      }
      int m = criteria.size();
      BigInteger[] a = new BigInteger[m];
      BigInteger[] sums = new BigInteger[m];
      boolean anyCoefficient = false;
      for (int k = 0; k < m; k++) {
        a[k] = coefficients.get(k).movePointRight(scale).toBigIntegerExact();
        anyCoefficient |= a[k].signum() != 0;
        BigInteger s = BigInteger.ZERO;
        for (BigInteger w : criteria.get(k).bigInts()) {
          s = s.add(w);
        }
        sums[k] = s;
      }
      if (!anyCoefficient) {
        throw new IllegalArgumentException("every coefficient of the blend is zero");
      }
      BigInteger[] v = new BigInteger[n];
      java.util.Arrays.fill(v, BigInteger.ZERO);
      for (int k = 0; k < m; k++) {
        BigInteger factor = a[k];
        for (int j = 0; j < m; j++) {
          if (j != k) {
            factor = factor.multiply(sums[j]);
          }
        }
        Weights c = criteria.get(k);
        for (int i = 0; i < n; i++) {
          v[i] = v[i].add(factor.multiply(c.intAt(c.indexOf(first.idAt(i)))));
        }
      }
      BigInteger g = BigInteger.ZERO;
      for (BigInteger x : v) {
        g = g.gcd(x);
      }
      for (int i = 0; i < n; i++) {
        v[i] = v[i].divide(g);
        if (v[i].compareTo(TOO_LONG) >= 0) {
          // an allocation writes this weight as a JSON number: one longer than the reader takes would not
          // read back
          throw new IllegalArgumentException("the blended weight of recipient " + first.idAt(i) + " has "
              + v[i].toString().length() + " digits, more than the " + MAX_DIGITS + " of the longest number the JSON"
              + " reads (SocialPlanJson.MAX_NUMBER_LENGTH): blend fewer criteria, or weights of fewer digits");
        }
      }
      return Weights.ofIntegers(first.idArray(), v, first.index());
    }
  }
}
