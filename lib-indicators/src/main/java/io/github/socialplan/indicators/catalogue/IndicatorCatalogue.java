package io.github.socialplan.indicators.catalogue;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The list of indicators a cruscotto shows (<i>catalogo degli indicatori</i>): the built-in ones and the
 * ratios a user declares, each under a unique id, in a stable order.
 *
 * <pre>{@code
 * IndicatorCatalogue catalogue = IndicatorCatalogue.standard().with(evictionsPer1000Households);
 * catalogue.inArea(CruscottoArea.HOUSING);        // [evictions_per_1000_households]
 * catalogue.require("old_age_index").italianName(); // "indice di vecchiaia"
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 */
public final class IndicatorCatalogue {

  private static final IndicatorCatalogue STANDARD = new IndicatorCatalogue(StandardIndicators.ALL);

  private final Map<String, Indicator> byId;

  private IndicatorCatalogue(List<Indicator> indicators) {
    Map<String, Indicator> m = new LinkedHashMap<>();
    for (Indicator i : indicators) {
      Objects.requireNonNull(i, "indicator");
      if (m.putIfAbsent(i.id(), i) != null) {
        throw new IllegalArgumentException("indicator id used twice in the catalogue: " + i.id());
      }
    }
    this.byId = Collections.unmodifiableMap(m);
  }

  /** {@return every built-in indicator of {@link StandardIndicators}} */
  public static IndicatorCatalogue standard() {
    return STANDARD;
  }

  /**
   * Returns a catalogue of the given indicators, in that order.
   *
   * @param indicators not null, ids unique
   * @return the catalogue
   * @throws IllegalArgumentException if an id appears twice
   */
  public static IndicatorCatalogue of(List<Indicator> indicators) {
    return new IndicatorCatalogue(new ArrayList<>(Objects.requireNonNull(indicators, "indicators")));
  }

  /**
   * Returns this catalogue with more indicators appended, typically declared ratios.
   *
   * @param more not null
   * @return the catalogue
   * @throws IllegalArgumentException if an id is already in the catalogue
   */
  public IndicatorCatalogue with(Indicator... more) {
    List<Indicator> all = new ArrayList<>(byId.values());
    all.addAll(List.of(more));
    return new IndicatorCatalogue(all);
  }

  /**
   * The indicator with an id.
   *
   * @param id not null
   * @return the indicator, empty if unknown
   */
  public Optional<Indicator> get(String id) {
    return Optional.ofNullable(byId.get(Objects.requireNonNull(id, "id")));
  }

  /**
   * The indicator with an id, which must exist.
   *
   * @param id not null
   * @return the indicator
   * @throws IllegalArgumentException if no indicator has the id
   */
  public Indicator require(String id) {
    return get(id).orElseThrow(() -> new IllegalArgumentException("no indicator with id '" + id
        + "' in the catalogue; known: " + byId.keySet()));
  }

  /** {@return every indicator, in catalogue order} */
  public List<Indicator> all() {
    return List.copyOf(byId.values());
  }

  /**
   * The indicators of one area, in catalogue order.
   *
   * @param area not null
   * @return the indicators
   */
  public List<Indicator> inArea(CruscottoArea area) {
    Objects.requireNonNull(area, "area");
    List<Indicator> out = new ArrayList<>();
    for (Indicator i : byId.values()) {
      if (i.area() == area) {
        out.add(i);
      }
    }
    return out;
  }

  /** {@return the user-declared ratios, in catalogue order} */
  public List<Indicator> declaredRatios() {
    List<Indicator> out = new ArrayList<>();
    for (Indicator i : byId.values()) {
      if (i.isDeclaredRatio()) {
        out.add(i);
      }
    }
    return out;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof IndicatorCatalogue && ((IndicatorCatalogue) o).all().equals(all());
  }

  @Override
  public int hashCode() {
    return all().hashCode();
  }

  @Override
  public String toString() {
    return "IndicatorCatalogue" + byId.keySet();
  }
}
