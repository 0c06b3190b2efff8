package io.github.socialplan.budget.json;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.github.socialplan.budget.quota.QuotaCapitaria;
import io.github.socialplan.budget.quota.QuotaCharge;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * A request to charge a quota capitaria (<i>richiesta di quota capitaria</i>), as {@code socialplan quota}
 * and {@code POST /v1/quota} read it:
 *
 * <pre>{@code
 * {"components": {"servizio sociale": 3.50, "tutela minori": 1.39},
 *  "residents": {"019036": 70841, "019098": 8744},
 *  "exclusions": {"019036": ["tutela minori"]}}
 * }</pre>
 *
 * <p>Its answer is the charge as {@link io.github.socialplan.budget.export.BudgetJson#quota} writes it.
 *
 * @param components euro per resident of each component, not null, at least one, each {@code >= 0}
 * @param rounding how each comune's amount is rounded to the cent; null means {@code HALF_UP}
 * @param residents residents by comune, not null, each {@code >= 0}, adding up to at most
 *     {@link Long#MAX_VALUE}
 * @param exclusions the components a comune does not pay for; null means none; each a charged comune naming
 *     known components, no null
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record QuotaRequest(Map<String, BigDecimal> components, RoundingMode rounding, Map<String, Long> residents,
    Map<String, Set<String>> exclusions) {

  /**
   * Checks that the required fields are there, the residents are not negative and add up within a long, the
   * rates are valid and the exclusions name charged comuni and known components.
   *
   * @param components euro per resident of each component, not null, at least one, each {@code >= 0}
   * @param rounding how each comune's amount is rounded to the cent; null means {@code HALF_UP}
   * @param residents residents by comune, not null, each {@code >= 0}, adding up to at most
   *     {@link Long#MAX_VALUE}
   * @param exclusions the components a comune does not pay for; null means none; each a charged comune naming
   *     known components, no null
   */
  public QuotaRequest {
    if (components == null) {
      throw new IllegalArgumentException("missing required field 'components' of QuotaRequest");
    }
    if (residents == null) {
      throw new IllegalArgumentException("missing required field 'residents' of QuotaRequest");
    }
    // copies the caller cannot change, read-only to every reader: what is checked here is what charge() uses
    components = Collections.unmodifiableMap(new LinkedHashMap<>(components));
    residents = Collections.unmodifiableMap(new LinkedHashMap<>(residents));
    for (Map.Entry<String, Long> r : residents.entrySet()) {
      if (r.getValue() == null || r.getValue() < 0) {
        throw new IllegalArgumentException(
            "residents of " + r.getKey() + " must not be negative: " + r.getValue());
      }
    }
    for (Map.Entry<String, BigDecimal> c : components.entrySet()) {
      if (c.getValue() == null) { // the builder would name only its parameter
        throw new IllegalArgumentException("rate of component '" + c.getKey() + "' must not be negative: null");
      }
    }
    QuotaCapitaria quota = quota(components, rounding); // checks the rates now, naming the component
    if (exclusions != null) {
      Map<String, Set<String>> copy = new LinkedHashMap<>();
      for (Map.Entry<String, Set<String>> x : exclusions.entrySet()) {
        if (x.getValue() == null || x.getValue().stream().anyMatch(Objects::isNull)) {
          throw new IllegalArgumentException(
              "exclusions of comune " + x.getKey() + " must list component names: " + x.getValue());
        }
        copy.put(x.getKey(), Collections.unmodifiableSet(new LinkedHashSet<>(x.getValue())));
      }
      exclusions = Collections.unmodifiableMap(copy);
    }
    // the comuni and components excluded, and the residents' sum, are checked now, as charging checks them:
    // what validate accepts, POST /v1/quota computes
    quota.charge(residents, exclusions == null ? Map.of() : exclusions);
  }

  private static QuotaCapitaria quota(Map<String, BigDecimal> components, RoundingMode rounding) {
    QuotaCapitaria.Builder b = QuotaCapitaria.builder();
    components.forEach(b::component);
    if (rounding != null) {
      b.rounding(rounding);
    }
    return b.build();
  }

  /**
   * Charges the quota.
   *
   * @return the charge of each comune
   * @throws IllegalArgumentException if an exclusion names an unknown comune or component
   */
  public QuotaCharge charge() {
    return quota(components, rounding).charge(residents, exclusions == null ? Map.of() : exclusions);
  }
}
