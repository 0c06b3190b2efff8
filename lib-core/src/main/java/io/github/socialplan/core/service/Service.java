package io.github.socialplan.core.service;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.Set;
import org.immutables.value.Value;

/**
 * A social service or intervention (<i>servizio</i>, <i>intervento</i>): its Italian name, the areas of
 * users it serves, its care domain and setting. {@link Services} lists the ones named in the seed plans.
 *
 * <pre>{@code
 * Service sad = Services.byId("SAD");
 * sad.setting();   // DOMICILIARY
 * }</pre>
 *
 * <p>This type is immutable and thread-safe.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableService.class)
@JsonDeserialize(as = ImmutableService.class)
public abstract class Service {

  /** A short stable id, e.g. "SAD", "RSA", "NIDO". */
  public abstract String id();

  /** The Italian name, e.g. "servizio di assistenza domiciliare". */
  public abstract String italianName();

  /** An English name. */
  public abstract String englishName();

  /** The areas of users it serves; at least one. */
  public abstract Set<UserArea> userAreas();

  public abstract CareDomain domain();

  public abstract CareSetting setting();

  /** The ISTAT macro-area of spending, from its setting. */
  public MacroArea macroArea() {
    return setting().macroArea();
  }

  /**
   * Returns a new builder.
   *
   * @return a builder with nothing set
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@code Service} attribute by attribute; {@code build()} validates. Not thread-safe. */
  public static final class Builder extends ImmutableService.Builder {
    Builder() {}
  }

  @Value.Check
  protected void check() {
    if (id().isBlank()) {
      throw new IllegalArgumentException("service id is blank ('" + italianName() + "')");
    }
    if (userAreas().isEmpty()) {
      throw new IllegalArgumentException("service " + id() + " serves no area of users");
    }
  }
}
