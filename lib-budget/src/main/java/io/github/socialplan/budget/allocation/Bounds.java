package io.github.socialplan.budget.allocation;

import io.github.socialplan.core.money.Money;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Per-recipient floors and ceilings of an allocation (<i>quota minima e massima garantita</i>), in whole
 * cents.
 *
 * <pre>{@code
 * Bounds b = Bounds.builder().floor("019036", Money.ofEuros(50_000)).ceiling("019098", Money.ofEuros(9_000)).build();
 * }</pre>
 *
 * <p>A recipient without a floor has floor zero; without a ceiling it is unbounded above.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class Bounds {

  private static final Bounds NONE = new Bounds(Map.of(), Map.of());

  private final Map<String, Money> floors;
  private final Map<String, Money> ceilings;

  private Bounds(Map<String, Money> floors, Map<String, Money> ceilings) {
    this.floors = floors;
    this.ceilings = ceilings;
  }

  /** {@return no floors and no ceilings} */
  public static Bounds none() {
    return NONE;
  }

  /** {@return a builder} */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds {@link Bounds}; not thread-safe. */
  public static final class Builder {
    private final Map<String, Money> floors = new LinkedHashMap<>();
    private final Map<String, Money> ceilings = new LinkedHashMap<>();

    private Builder() {}

    /**
     * Sets the least amount a recipient gets.
     *
     * @param id the recipient id, not null
     * @param floor not null, {@code >= 0}
     * @return this builder
     * @throws IllegalArgumentException if the floor is negative
     */
    public Builder floor(String id, Money floor) {
      Objects.requireNonNull(id, "id");
      Objects.requireNonNull(floor, "floor");
      if (floor.isNegative()) {
        throw new IllegalArgumentException("floor of recipient " + id + " must be >= 0: " + floor);
      }
      floors.put(id, floor);
      return this;
    }

    /**
     * Sets the most a recipient gets.
     *
     * @param id the recipient id, not null
     * @param ceiling not null, {@code >= 0}
     * @return this builder
     * @throws IllegalArgumentException if the ceiling is negative
     */
    public Builder ceiling(String id, Money ceiling) {
      Objects.requireNonNull(id, "id");
      Objects.requireNonNull(ceiling, "ceiling");
      if (ceiling.isNegative()) {
        throw new IllegalArgumentException("ceiling of recipient " + id + " must be >= 0: " + ceiling);
      }
      ceilings.put(id, ceiling);
      return this;
    }

    /**
     * Returns the bounds.
     *
     * @return the bounds
     * @throws IllegalArgumentException if a ceiling is below the floor of the same recipient
     */
    public Bounds build() {
      for (Map.Entry<String, Money> c : ceilings.entrySet()) {
        Money f = floors.get(c.getKey());
        if (f != null && c.getValue().isLessThan(f)) {
          throw new IllegalArgumentException(
              "ceiling " + c.getValue() + " of recipient " + c.getKey() + " is below its floor " + f);
        }
      }
      return new Bounds(
          Collections.unmodifiableMap(new LinkedHashMap<>(floors)),
          Collections.unmodifiableMap(new LinkedHashMap<>(ceilings)));
    }
  }

  /**
   * {@return the floor of a recipient, zero if none was set}
   *
   * @param id a recipient id, not null
   */
  public Money floor(String id) {
    return floors.getOrDefault(Objects.requireNonNull(id, "id"), Money.ZERO);
  }

  /**
   * {@return the ceiling of a recipient, empty if unbounded}
   *
   * @param id a recipient id, not null
   */
  public Optional<Money> ceiling(String id) {
    return Optional.ofNullable(ceilings.get(Objects.requireNonNull(id, "id")));
  }

  /** {@return the floors that were set} */
  public Map<String, Money> floors() {
    return floors;
  }

  /** {@return the ceilings that were set} */
  public Map<String, Money> ceilings() {
    return ceilings;
  }

  /** {@return whether no floor and no ceiling is set} */
  public boolean isNone() {
    return floors.isEmpty() && ceilings.isEmpty();
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Bounds
        && floors.equals(((Bounds) o).floors)
        && ceilings.equals(((Bounds) o).ceilings);
  }

  @Override
  public int hashCode() {
    return Objects.hash(floors, ceilings);
  }

  @Override
  public String toString() {
    return "Bounds{floors=" + floors + ", ceilings=" + ceilings + "}";
  }
}
