package io.github.socialplan.core.territory;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.math.BigDecimal;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A comune, the municipality that holds the social function under Legge 328/2000: its ISTAT code, name
 * and, where known, its area in km².
 *
 * <pre>{@code
 * Municipality cremona = Municipality.of(IstatCode.parse("019036"), "Cremona");
 * }</pre>
 *
 * <p>This type is immutable and thread-safe.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableMunicipality.class)
@JsonDeserialize(as = ImmutableMunicipality.class)
public abstract class Municipality {

  /** {@return the ISTAT code} */
  public abstract IstatCode code();

  /** {@return the official name, e.g. "Casalbuttano ed Uniti"} */
  public abstract String name();

  /** {@return the surface in km², if known} */
  public abstract Optional<BigDecimal> areaKm2();

  /**
   * Returns the comune with no area.
   *
   * @param code not null
   * @param name not null, not blank
   * @return the comune
   */
  public static Municipality of(IstatCode code, String name) {
    return builder().code(code).name(name).build();
  }

  /**
   * Returns a new builder.
   *
   * @return a builder with nothing set
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@code Municipality} attribute by attribute; {@code build()} validates. Not thread-safe. */
  public static final class Builder extends ImmutableMunicipality.Builder {
    Builder() {}
  }

  @Value.Check
  void check() {
    if (name().isBlank()) {
      throw new IllegalArgumentException("comune " + code() + " has a blank name");
    }
    areaKm2().ifPresent(a -> Areas.check(a, "comune", code()));
  }

  @Override
  public String toString() {
    return code() + " " + name();
  }
}
