package io.github.socialplan.core.io;

import io.github.socialplan.core.territory.IstatCode;
import java.util.Objects;

/**
 * A comune with its resident population in all and by sex (<i>popolazione residente del comune</i>), as a
 * row of a list of comuni read by {@link ComuniListReader}.
 *
 * <p>Immutable and thread-safe.
 *
 * @param code the comune's ISTAT code, not null
 * @param name its name as the file writes it, not null
 * @param total all residents, {@code >= 0}
 * @param females female residents, {@code >= 0}
 * @param males male residents, {@code >= 0}; {@code females + males == total}
 */
public record ComuneResidents(IstatCode code, String name, long total, long females, long males) {

  /**
   * Checks the components.
   *
   * @param code the comune's ISTAT code, not null
   * @param name its name as the file writes it, not null
   * @param total all residents, {@code >= 0}
   * @param females female residents, {@code >= 0}
   * @param males male residents, {@code >= 0}; {@code females + males == total}
   * @throws IllegalArgumentException if a count is negative or females and males do not add up to the total
   */
  public ComuneResidents {
    Objects.requireNonNull(code, "code");
    Objects.requireNonNull(name, "name");
    if (total < 0 || females < 0 || males < 0 || females + males != total) {
      throw new IllegalArgumentException("residents of comune " + code + " (" + name + ") must be >= 0 with"
          + " females + males = total: " + females + " + " + males + " against " + total);
    }
  }
}
