package io.github.socialplan.core.plan;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.math.BigDecimal;
import java.util.Locale;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The value of a target's indicator observed in one year (<i>valore rilevato</i>, as a Report Annuale
 * states it): a number for a measured target, achieved or not for a yes/no outcome.
 *
 * <pre>{@code
 * Observation y2016 = Observation.of(2016, new BigDecimal("23"));
 * Observation done = Observation.achieved(2016, true);
 * }</pre>
 *
 * <p>This type is immutable and thread-safe.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableObservation.class)
@JsonDeserialize(as = ImmutableObservation.class)
public abstract class Observation {

  /** {@return the year observed, 1..9999} */
  public abstract int year();

  /** {@return the number observed, for a measured target} */
  public abstract Optional<BigDecimal> value();

  /** {@return whether the outcome was achieved, for a yes/no target} */
  public abstract Optional<Boolean> achieved();

  /** {@return where the figure comes from: document title and section, or a data file} */
  public abstract Optional<String> source();

  /**
   * A measured value.
   *
   * @param year 1..9999
   * @param value not null
   * @return the observation
   */
  public static Observation of(int year, BigDecimal value) {
    return builder().year(year).value(value).build();
  }

  /**
   * A yes/no outcome.
   *
   * @param year 1..9999
   * @param achieved whether it was achieved
   * @return the observation
   */
  public static Observation achieved(int year, boolean achieved) {
    return builder().year(year).achieved(achieved).build();
  }

  /**
   * Returns a new builder.
   *
   * @return a builder with nothing set
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds an {@code Observation} attribute by attribute; {@code build()} validates. Not thread-safe. */
  public static final class Builder extends ImmutableObservation.Builder {
    Builder() {}
  }

  @Value.Check
  void check() {
    Years.check("observation", year());
    if (value().isPresent() == achieved().isPresent()) {
      throw new IllegalArgumentException(String.format(Locale.ROOT,
          "observation of %d needs either a value or achieved (yes/no), not %s", year(),
          value().isPresent() ? "both" : "neither"));
    }
  }
}
