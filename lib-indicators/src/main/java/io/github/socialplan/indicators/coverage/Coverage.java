package io.github.socialplan.indicators.coverage;

import io.github.socialplan.core.population.AgeBand;
import io.github.socialplan.core.population.Population;
import io.github.socialplan.indicators.internal.TerritoryName;
import io.github.socialplan.indicators.result.IndicatorValue;
import io.github.socialplan.indicators.result.UndefinedReason;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * The coverage of a service (<i>tasso di copertura</i>): users / target population × 100 (docs/domain.md §4;
 * Piano di Zona 2015-2017 dell'Ambito di Cremona, §4.1), e.g. children 0-2 in nidi and micronidi over residents aged 0-2. Undefined
 * ({@code ZERO_DENOMINATOR}) when the target population is 0. More users than targets (users from other
 * comuni) give a coverage above 100, which is kept, not capped.
 *
 * <pre>{@code
 * Coverage.of(412, population, AgeBand.of(0, 2)).format(); // nido coverage, e.g. "11.4"
 * }</pre>
 *
 * <p>This class is stateless and thread-safe.
 */
public final class Coverage {

  private Coverage() {}

  /**
   * Users over a target population × 100.
   *
   * @param users {@code >= 0}
   * @param target the target population, {@code >= 0}
   * @return the percentage; undefined if the target is 0
   */
  public static IndicatorValue of(long users, long target) {
    if (users < 0 || target < 0) {
      throw new IllegalArgumentException(String.format(Locale.ROOT,
          "users and target population must be >= 0: %d users, %d target", users, target));
    }
    return IndicatorValue.ratio(users, target, 100, "target population");
  }

  /**
   * Users over the residents of an age band × 100.
   *
   * @param users {@code >= 0}
   * @param population not null
   * @param target the age band of the target population, not null
   * @return the percentage; undefined if nobody in the population is in the band, or with
   *     {@link UndefinedReason#AGE_BAND_NOT_SPLIT} if the population is in age bands that do not give the
   *     target band ("band 0-14 does not split at 3")
   */
  public static IndicatorValue of(long users, Population population, AgeBand target) {
    Objects.requireNonNull(population, "population");
    Objects.requireNonNull(target, "target");
    if (users < 0) {
      throw new IllegalArgumentException("users must be >= 0 in " + TerritoryName.of(population.territory()) + ": " + users);
    }
    Optional<String> why = population.ageBands().whyNot(target);
    if (why.isPresent()) {
      return IndicatorValue.undefined(UndefinedReason.AGE_BAND_NOT_SPLIT, String.format(Locale.ROOT,
          "residents aged %s: %s in %s, %d", target, why.get(), TerritoryName.of(population.territory()), population.year()));
    }
    return IndicatorValue.ratio(users, population.count(target), 100,
        "residents aged " + target + " in " + TerritoryName.of(population.territory()));
  }
}
