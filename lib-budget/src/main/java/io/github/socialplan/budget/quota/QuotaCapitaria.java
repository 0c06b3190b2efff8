package io.github.socialplan.budget.quota;

import io.github.socialplan.core.money.Money;
import io.github.socialplan.core.number.DecimalBounds;
import io.github.socialplan.core.population.Population;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

/**
 * A per-resident rate that comuni pay to their managing body (<i>quota capitaria</i>), made of components
 * for the services delegated (e.g. the social work service, the protection of minors).
 *
 * <p><b>Formula</b> (docs/domain.md §7; Piano di Zona 2015-2017 dell'Ambito di Cremona, §5.6: 4.89 euro per resident). Comune
 * {@code c} with {@code P_c} residents pays {@code P_c * sum of the rates of the components it does not
 * exclude}, rounded to the cent with the schedule's rounding (exact, so no rounding at all, when the rates
 * are whole cents). The managing body receives the sum of the comuni's amounts. A comune excludes the
 * components of services it has not delegated: the Comune di Cremona does not pay the minors-protection
 * share because it runs that service itself.
 *
 * <pre>{@code
 * QuotaCapitaria q = QuotaCapitaria.builder()
 *     .component("servizio sociale", new BigDecimal("3.50"))
 *     .component("tutela minori", new BigDecimal("1.39"))
 *     .build();
 * QuotaCharge charge = q.charge(residentsByComune, Map.of("019036", Set.of("tutela minori")));
 * Money toTheAzienda = charge.total();
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 */
public final class QuotaCapitaria {

  private final Map<String, BigDecimal> components;
  private final RoundingMode rounding;

  private QuotaCapitaria(Map<String, BigDecimal> components, RoundingMode rounding) {
    this.components = components;
    this.rounding = rounding;
  }

  /**
   * A one-component rate in whole cents (no rounding ever needed).
   *
   * @param rate euro per resident, not null, {@code >= 0}
   * @return the quota, with one component named {@code "quota"}
   * @throws IllegalArgumentException if the rate is negative
   */
  public static QuotaCapitaria of(Money rate) {
    Objects.requireNonNull(rate, "rate");
    return builder().component("quota", rate.amount()).build();
  }

  /** {@return a builder; the rounding defaults to {@link RoundingMode#HALF_UP}} */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link QuotaCapitaria}; not thread-safe. */
  public static final class Builder {
    private final Map<String, BigDecimal> components = new LinkedHashMap<>();
    private RoundingMode rounding = RoundingMode.HALF_UP;

    private Builder() {}

    /**
     * Adds a component.
     *
     * @param name its name, not null, not yet used
     * @param ratePerResident euro per resident, not null, {@code >= 0}, any number of decimals within
     *     {@link DecimalBounds} (at most 30)
     * @return this builder
     * @throws IllegalArgumentException if the rate is negative or out of {@link DecimalBounds}, or the name
     *     repeats
     */
    public Builder component(String name, BigDecimal ratePerResident) {
      Objects.requireNonNull(name, "name");
      Objects.requireNonNull(ratePerResident, "ratePerResident");
      if (!DecimalBounds.within(ratePerResident)) {
        throw DecimalBounds.outOfRange(ratePerResident, "rate of component '" + name + "'");
      }
      if (ratePerResident.signum() < 0) {
        throw new IllegalArgumentException(
            "rate of component '" + name + "' must be >= 0: " + ratePerResident.toPlainString());
      }
      if (components.putIfAbsent(name, ratePerResident) != null) {
        throw new IllegalArgumentException("component '" + name + "' is given twice");
      }
      return this;
    }

    /**
     * Sets how each comune's amount is rounded to the cent (only matters for rates finer than a cent).
     *
     * @param rounding not null, not {@code UNNECESSARY}
     * @return this builder
     * @throws IllegalArgumentException if the rounding is {@code UNNECESSARY}, which cannot round an amount
     *     such as 3 residents at 0.005
     */
    public Builder rounding(RoundingMode rounding) {
      Objects.requireNonNull(rounding, "rounding");
      if (rounding == RoundingMode.UNNECESSARY) {
        throw new IllegalArgumentException("rounding UNNECESSARY cannot round the comuni's amounts");
      }
      this.rounding = rounding;
      return this;
    }

    /**
     * Returns the quota.
     *
     * @return the quota
     * @throws IllegalArgumentException if there is no component
     */
    public QuotaCapitaria build() {
      if (components.isEmpty()) {
        throw new IllegalArgumentException("a quota capitaria needs at least one component");
      }
      return new QuotaCapitaria(Collections.unmodifiableMap(new LinkedHashMap<>(components)), rounding);
    }
  }

  /** {@return the components and their rates per resident, in the order given} */
  public Map<String, BigDecimal> components() {
    return components;
  }

  /** {@return how amounts are rounded to the cent} */
  public RoundingMode rounding() {
    return rounding;
  }

  /** {@return the full rate per resident: the sum of all components} */
  public BigDecimal rate() {
    return rate(Set.of());
  }

  /**
   * The rate of a comune that excludes some components.
   *
   * @param excluded component names, not null, each a component of this quota
   * @return the sum of the other components
   * @throws IllegalArgumentException if a name is not a component
   */
  public BigDecimal rate(Set<String> excluded) {
    Objects.requireNonNull(excluded, "excluded");
    for (String e : excluded) {
      if (!components.containsKey(e)) {
        throw new IllegalArgumentException(
            "unknown component '" + e + "': the components are " + components.keySet());
      }
    }
    BigDecimal r = BigDecimal.ZERO;
    for (Map.Entry<String, BigDecimal> c : components.entrySet()) {
      if (!excluded.contains(c.getKey())) {
        r = r.add(c.getValue());
      }
    }
    return r;
  }

  /**
   * Charges every comune the full rate.
   *
   * @param residents residents by comune id, not null, each {@code >= 0}
   * @return the charge
   */
  public QuotaCharge charge(Map<String, Long> residents) {
    return charge(residents, Map.of());
  }

  /**
   * Charges each comune the rate of the components it does not exclude.
   *
   * @param residents residents by comune id (e.g. ISTAT code), not null, each {@code >= 0}; the report
   *     keeps this order
   * @param exclusions excluded component names by comune id, not null; every comune must be in
   *     {@code residents}
   * @return the charge
   * @throws IllegalArgumentException if residents are negative or add up to more than
   *     {@link Long#MAX_VALUE}, an exclusion names an unknown comune or component, or an amount or the
   *     total has more than {@link Money#MAX_INTEGER_DIGITS} integer digits
   */
  public QuotaCharge charge(Map<String, Long> residents, Map<String, ? extends Set<String>> exclusions) {
    Objects.requireNonNull(residents, "residents");
    Objects.requireNonNull(exclusions, "exclusions");
    for (String c : exclusions.keySet()) {
      if (!residents.containsKey(c)) {
        throw new IllegalArgumentException("exclusions given for comune " + c + ", which is not charged");
      }
    }
    List<QuotaLine> lines = new ArrayList<>(residents.size());
    for (Map.Entry<String, Long> e : residents.entrySet()) {
      String comune = Objects.requireNonNull(e.getKey(), "comune id");
      Long count = e.getValue();
      if (count == null) {
        throw new NullPointerException("residents of " + comune); // the message made only when it is thrown
      }
      long people = count;
      if (people < 0) {
        throw new IllegalArgumentException("residents of comune " + comune + " must be >= 0: " + people);
      }
      Set<String> excluded = exclusions.containsKey(comune) ? exclusions.get(comune) : Set.of();
      BigDecimal rate;
      try {
        rate = rate(excluded);
      } catch (IllegalArgumentException ex) {
        throw new IllegalArgumentException("comune " + comune + " excludes an " + ex.getMessage(), ex);
      }
      Money amount;
      try {
        amount = Money.rounded(rate.multiply(BigDecimal.valueOf(people)), rounding);
      } catch (IllegalArgumentException ex) { // past the largest amount of money: say whose it is
        throw new IllegalArgumentException("comune " + comune + ": " + people + " residents at "
            + rate.toPlainString() + " each: " + ex.getMessage(), ex);
      }
      lines.add(new QuotaLine(comune, people, new TreeSet<>(excluded), rate, amount));
    }
    return new QuotaCharge(lines);
  }

  /**
   * Charges each population's territory its total residents.
   *
   * @param populations one per comune, not null, territories distinct
   * @param exclusions excluded component names by territory id, not null
   * @return the charge
   * @throws IllegalArgumentException if a territory repeats or as {@link #charge(Map, Map)}
   */
  public QuotaCharge charge(
      Iterable<Population> populations, Map<String, ? extends Set<String>> exclusions) {
    Objects.requireNonNull(populations, "populations");
    Map<String, Long> residents = new LinkedHashMap<>();
    for (Population p : populations) {
      if (residents.put(p.territory(), p.total()) != null) {
        throw new IllegalArgumentException("comune " + p.territory() + " is given twice");
      }
    }
    return charge(residents, exclusions);
  }

  /**
   * Equal when the components have the same names and rates, and the rounding is the same. Rates compare by
   * value: 4.89 and 4.890 are one rate and charge the same.
   */
  @Override
  public boolean equals(Object o) {
    if (!(o instanceof QuotaCapitaria)) {
      return false;
    }
    QuotaCapitaria other = (QuotaCapitaria) o;
    if (rounding != other.rounding || !components.keySet().equals(other.components.keySet())) {
      return false;
    }
    for (Map.Entry<String, BigDecimal> c : components.entrySet()) {
      if (c.getValue().compareTo(other.components.get(c.getKey())) != 0) {
        return false;
      }
    }
    return true;
  }

  @Override
  public int hashCode() {
    int h = 0;
    for (Map.Entry<String, BigDecimal> c : components.entrySet()) {
      h += c.getKey().hashCode() ^ c.getValue().stripTrailingZeros().hashCode(); // as Map.hashCode, by value
    }
    return 31 * h + rounding.hashCode();
  }

  @Override
  public String toString() {
    return "QuotaCapitaria{rate=" + rate().toPlainString() + ", components=" + components + ", rounding="
        + rounding + "}";
  }
}
