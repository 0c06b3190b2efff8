package io.github.socialplan.core.plan;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The theme a plan studies in depth in one of its years (<i>focus tematico annuale</i>), e.g. "non
 * autosufficienza" in 2015 (Piano di Zona 2015-2017 dell'Ambito di Cremona, §3.2.1).
 *
 * <p>This type is immutable and thread-safe.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableYearlyFocus.class)
@JsonDeserialize(as = ImmutableYearlyFocus.class)
public abstract class YearlyFocus {

  /** {@return the year, 1..9999, within the plan's period} */
  public abstract int year();

  /** {@return the theme as the source words it; not blank} */
  public abstract String theme();

  /** {@return where the source states it: document title and section} */
  public abstract Optional<String> source();

  /**
   * Returns a new builder.
   *
   * @return a builder with nothing set
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@code YearlyFocus} attribute by attribute; {@code build()} validates. Not thread-safe. */
  public static final class Builder extends ImmutableYearlyFocus.Builder {
    Builder() {}
  }

  @Value.Check
  void check() {
    Years.check("focus", year());
    if (theme().isBlank()) {
      throw new IllegalArgumentException("focus of " + year() + " has a blank theme");
    }
  }
}
