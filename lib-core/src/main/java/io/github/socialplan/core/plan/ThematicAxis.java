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

  /** {@return a stable identifier of the axis, unique in its plan} */
  @Value.Parameter
  public abstract String id();

  /** {@return the name as the plan writes it (usually Italian)} */
  @Value.Parameter
  public abstract String name();

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
