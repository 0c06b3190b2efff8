package io.github.socialplan.core.territory;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import org.immutables.value.Value;

/** One comune's place in a {@link Partition}: the comune and the id of its grouping. Immutable. */
@Value.Immutable
@JsonSerialize(as = ImmutableMembership.class)
@JsonDeserialize(as = ImmutableMembership.class)
public abstract class Membership {

  /** {@return the comune's ISTAT code} */
  @Value.Parameter
  public abstract IstatCode comune();

  /** {@return the id of the grouping the comune belongs to} */
  @Value.Parameter
  public abstract String group();

  /**
   * Returns the membership.
   *
   * @param comune not null
   * @param group the grouping id, not blank
   * @return the membership
   */
  public static Membership of(IstatCode comune, String group) {
    return ImmutableMembership.of(comune, group);
  }

  @Value.Check
  void check() {
    if (group().isBlank()) {
      throw new IllegalArgumentException("comune " + comune() + " is assigned to a blank grouping id");
    }
  }
}
