package io.github.socialplan.core.plan;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * An objective of a plan (<i>obiettivo</i>, <i>priorità</i>): qualitative, or measured by the plan's
 * {@link Target}s that name it. An objective may carry no number at all, as Piemonte's system and sector
 * objectives do.
 *
 * <pre>{@code
 * Objective districts = Objective.builder().id("distretti-coesione").kind(ObjectiveKind.SYSTEM)
 *     .title("Costituzione dei distretti della coesione sociale")
 *     .source("Regione Piemonte, Strategia per lo sviluppo di comunità solidali (2018)").build();
 * }</pre>
 *
 * <p>This type is immutable and thread-safe.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableObjective.class)
@JsonDeserialize(as = ImmutableObjective.class)
public abstract class Objective {

  /** {@return the id, unique among the plan's objectives, targets and actions; not blank} */
  public abstract String id();

  /** {@return the kind of objective} */
  public abstract ObjectiveKind kind();

  /** {@return the objective as the plan words it (usually Italian); not blank} */
  public abstract String title();

  /** {@return the id of the {@link ThematicAxis} it belongs to, if any} */
  public abstract Optional<String> axis();

  /** {@return A longer description from the source, if any} */
  public abstract Optional<String> description();

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

  /** Builds an {@code Objective} attribute by attribute; {@code build()} validates. Not thread-safe. */
  public static final class Builder extends ImmutableObjective.Builder {
    Builder() {}
  }

  @Value.Check
  void check() {
    if (id().isBlank() || title().isBlank()) {
      throw new IllegalArgumentException("objective needs an id and a title: '" + id() + "', '" + title() + "'");
    }
  }
}
