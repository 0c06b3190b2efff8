package io.github.socialplan.core.italy;

import java.util.Objects;

/**
 * A province, metropolitan city or other supra-municipal unit (<i>provincia / città metropolitana / unità
 * territoriale sovracomunale</i>).
 *
 * @param code the three-digit ISTAT code, e.g. {@code "019"}, not null
 * @param name the name, e.g. "Cremona"; the abbreviation when no name is known, not null
 * @param abbreviation the abbreviation (<i>sigla</i>), e.g. {@code "CR"}, not null
 * @param regionCode the two-digit ISTAT code of its region, not null
 */
public record Province(String code, String name, String abbreviation, String regionCode) {

  /**
   * Checks the components are not null.
   *
   * @param code the three-digit ISTAT code, e.g. {@code "019"}, not null
   * @param name the name, e.g. "Cremona"; the abbreviation when no name is known, not null
   * @param abbreviation the abbreviation (<i>sigla</i>), e.g. {@code "CR"}, not null
   * @param regionCode the two-digit ISTAT code of its region, not null
   */
  public Province {
    Objects.requireNonNull(code, "code");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(abbreviation, "abbreviation");
    Objects.requireNonNull(regionCode, "regionCode");
  }
}
