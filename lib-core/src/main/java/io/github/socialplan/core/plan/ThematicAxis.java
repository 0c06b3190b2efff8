package io.github.socialplan.core.plan;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import org.immutables.value.Value;

/**
 * A thematic axis of a plan (<i>asse tematico</i>, <i>ambito di policy</i>), e.g. Torino's "Famiglie e
 * minori" or Piemonte's five axes. Immutable.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableThematicAxis.class)
@JsonDeserialize(as = ImmutableThematicAxis.class)
public abstract class ThematicAxis {

  /** {@return the id, unique among the plan's axes; not blank} */
  @Value.Parameter
  public abstract String id();

  /** {@return the name as the plan writes it (usually Italian)} */
  @Value.Parameter
  public abstract String name();

  /** {@return where the source names it: document title and section} */
  public abstract java.util.Optional<String> source();

  /**
   * Returns the axis with its source.
   *
   * @param id not blank
   * @param name not blank
   * @param source document title and section, not null
   * @return the axis
   */
  public static ThematicAxis of(String id, String name, String source) {
    return ((ImmutableThematicAxis) ImmutableThematicAxis.of(id, name)).withSource(source);
  }

  /**
   * Returns the axis.
   *
   * @param id not blank
   * @param name not blank
   * @return the axis
   */
  public static ThematicAxis of(String id, String name) {
    return ImmutableThematicAxis.of(id, name);
  }

  @Value.Check
  void check() {
    if (id().isBlank() || name().isBlank()) {
      throw new IllegalArgumentException("axis needs an id and a name: '" + id() + "', '" + name() + "'");
    }
  }
}
