package io.github.socialplan.core.plan;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A project sheet (<i>scheda di progetto</i>), as a call for projects asks for it: proposer, lead body,
 * partners, the territory and its comuni, the need, what is innovative, the partnership, and the
 * facilities and services the project opens. The project's general and specific objectives are the
 * plan's {@link Objective}s and its actions the plan's {@link Action}s.
 *
 * <p>This type is immutable and thread-safe.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableProjectSheet.class)
@JsonDeserialize(as = ImmutableProjectSheet.class)
public abstract class ProjectSheet {

  /** {@return the proposer (<i>soggetto proponente</i>); not blank} */
  public abstract String proposer();

  /** {@return the lead body (<i>ente gestore capofila</i>); not blank} */
  public abstract String leadBody();

  /** {@return partner bodies as the sheet names them; empty if it names none} */
  public abstract List<String> partners();

  /** {@return the person responsible for the project, if named} */
  public abstract Optional<String> manager();

  /** {@return the territory, as the sheet names it; not empty} */
  public abstract String territory();

  /** {@return the comuni of the territory, by name} */
  public abstract List<String> comuni();

  /** {@return the residents of the territory, if stated, {@code >= 0}} */
  public abstract Optional<Long> population();

  /** {@return the year of {@link #population()}, 1..9999} */
  public abstract Optional<Integer> populationYear();

  /** {@return the need (<i>descrizione e analisi del bisogno sociale</i>), summarised from the sheet} */
  public abstract List<String> need();

  /** {@return what is innovative (<i>innovatività del progetto</i>)} */
  public abstract List<String> innovation();

  /** {@return the partnership and governance model (<i>partnership</i>)} */
  public abstract List<String> partnership();

  /** {@return facilities and services the project or its forerunners opened or will open} */
  public abstract List<String> facilities();

  /** {@return where the sheet states this: document title and section} */
  public abstract Optional<String> source();

  /**
   * Returns a new builder.
   *
   * @return a builder with nothing set
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@code ProjectSheet} attribute by attribute; {@code build()} validates. Not thread-safe. */
  public static final class Builder extends ImmutableProjectSheet.Builder {
    Builder() {}
  }

  @Value.Check
  void check() {
    if (proposer().isBlank() || leadBody().isBlank()) {
      throw new IllegalArgumentException("project sheet needs a proposer and a lead body");
    }
    if (population().isPresent() && population().get() < 0) {
      throw new IllegalArgumentException("project sheet population is negative: " + population().get());
    }
    if (territory().isEmpty()) {
      throw new IllegalArgumentException("project sheet needs a territory");
    }
    populationYear().ifPresent(y -> Years.check("project sheet population", y));
  }
}
