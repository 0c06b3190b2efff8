package io.github.socialplan.core.italy;

import java.util.Objects;

/**
 * A region (<i>regione</i>).
 *
 * @param code the two-digit ISTAT code, e.g. {@code "03"}, not null
 * @param name the name, e.g. "Lombardia"; the code when no name is known, not null
 */
public record Region(String code, String name) {

  /**
   * Checks the components are not null.
   *
   * @param code the two-digit ISTAT code, e.g. {@code "03"}, not null
   * @param name the name, e.g. "Lombardia"; the code when no name is known, not null
   */
  public Region {
    Objects.requireNonNull(code, "code");
    Objects.requireNonNull(name, "name");
  }
}
