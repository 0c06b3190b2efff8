package io.github.socialplan.core.service;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.Set;
import org.immutables.value.Value;

/**
 * A social service or intervention (<i>servizio</i>, <i>intervento</i>): its Italian name, the areas of
 * users it serves, its care domain and setting. {@link Services} lists the ones named in the published plans socialplan reproduces.
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

  /** {@return a short stable id, e.g. "SAD", "RSA", "NIDO"} */
  public abstract String id();

  /** {@return the Italian name, e.g. "servizio di assistenza domiciliare"} */
  public abstract String italianName();

  /** {@return an English name} */
  public abstract String englishName();

  /** {@return the areas of users it serves; at least one} */
  public abstract Set<UserArea> userAreas();

  /** {@return whether the service is social care or integrated social and health care} */
  public abstract CareDomain domain();

  /** {@return where or how the service is given: at home, in a day centre, residential, as money} */
  public abstract CareSetting setting();

  /** {@return the ISTAT macro-area of spending, from its setting} */
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
  void check() {
    if (id().isBlank()) {
      throw new IllegalArgumentException("service id is blank ('" + italianName() + "')");
    }
    if (userAreas().isEmpty()) {
      throw new IllegalArgumentException("service " + id() + " serves no area of users");
    }
  }
}
