package io.github.socialplan.core.fund;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import org.immutables.value.Value;

/**
 * A source of money for social services (<i>fondo</i>): its level and whether it is earmarked
 * (<i>vincolato</i>) to given services or users. {@link Funds} lists those named in the plans socialplan reproduces.
 *
 * <pre>{@code
 * Fund fnps = Funds.byId("FNPS");   // Fondo Nazionale Politiche Sociali, NATIONAL, not earmarked
 * }</pre>
 *
 * <p>This type is immutable and thread-safe.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableFund.class)
@JsonDeserialize(as = ImmutableFund.class)
public abstract class Fund {

  /** {@return a short stable id, e.g. "FNPS"} */
  public abstract String id();

  /** {@return the Italian name, e.g. "Fondo Nazionale Politiche Sociali"} */
  public abstract String name();

  /** {@return the level of government or the kind of body that provides the money} */
  public abstract FundLevel level();

  /** {@return whether the fund may only pay for given services or users (<i>fondo vincolato</i>)} */
  public abstract boolean earmarked();

  /**
   * Returns the fund.
   *
   * @param id not blank
   * @param name not blank
   * @param level not null
   * @param earmarked whether it is earmarked
   * @return the fund
   */
  public static Fund of(String id, String name, FundLevel level, boolean earmarked) {
    return builder().id(id).name(name).level(level).earmarked(earmarked).build();
  }

  /**
   * Returns a new builder.
   *
   * @return a builder with nothing set
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@code Fund} attribute by attribute; {@code build()} validates. Not thread-safe. */
  public static final class Builder extends ImmutableFund.Builder {
    Builder() {}
  }

  @Value.Check
  void check() {
    if (id().isBlank() || name().isBlank()) {
      throw new IllegalArgumentException("fund needs an id and a name: '" + id() + "', '" + name() + "'");
    }
  }
}
