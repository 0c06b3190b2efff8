package io.github.socialplan.core.plan;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.math.BigDecimal;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A figure of a plan's participation process (<i>percorso partecipativo</i>), e.g. 9 territorial
 * meetings, 408 participants, 1,117.9 km travelled (Regione Piemonte, Strategia per lo sviluppo di comunità
 * solidali (2018)).
 *
 * <p>This type is immutable and thread-safe.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableParticipationFigure.class)
@JsonDeserialize(as = ImmutableParticipationFigure.class)
public abstract class ParticipationFigure {

  /** {@return what is counted, e.g. "incontri territoriali"; not blank} */
  public abstract String label();

  /** {@return the figure as published, {@code >= 0}} */
  public abstract BigDecimal value();

  /** Units whose figures are counted, and so whole numbers. */
  private static final java.util.Set<String> COUNTED = java.util.Set.of("count", "persons");

  /** {@return the unit, e.g. "count", "persons" (both whole numbers), "km"} */
  public abstract String unit();

  /** {@return the territory it refers to (e.g. a sub-ambito), if the source splits by territory} */
  public abstract Optional<String> territory();

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

  /** Builds a {@code ParticipationFigure} attribute by attribute; {@code build()} validates. Not thread-safe. */
  public static final class Builder extends ImmutableParticipationFigure.Builder {
    Builder() {}
  }

  @Value.Check
  void check() {
    if (label().isBlank()) {
      throw new IllegalArgumentException("participation figure has a blank label");
    }
    if (value().signum() < 0) {
      throw new IllegalArgumentException("participation figure '" + label() + "' is negative: "
          + value().toPlainString());
    }
    if (COUNTED.contains(unit()) && value().stripTrailingZeros().scale() > 0) {
      throw new IllegalArgumentException("participation figure '" + label() + "' counts " + unit()
          + " but is not a whole number: " + value().toPlainString());
    }
  }
}
