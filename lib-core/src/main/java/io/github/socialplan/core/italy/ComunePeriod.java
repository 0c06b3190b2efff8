package io.github.socialplan.core.italy;

import io.github.socialplan.core.territory.IstatCode;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * A comune in one interval of validity (<i>comune nel periodo di validità amministrativa</i>): a row of ANPR's
 * archive of comuni. A comune that changes name, code or province has several periods, linked by its
 * cadastral code.
 *
 * <p>Immutable and thread-safe.
 *
 * @param code the ISTAT code in this period, not null
 * @param cadastralCode the cadastral code (<i>codice catastale</i>, e.g. {@code A001}), which survives renames
 *     and changes of province, not null
 * @param name the official Italian name as ANPR writes it (upper case, e.g. {@code ABANO TERME}), not null
 * @param otherName the name in the second official language of a bilingual comune ({@code BOZEN}), if any
 * @param provinceCode the three-digit ISTAT code of its province (or metropolitan city), not null
 * @param provinceAbbreviation the province's abbreviation ({@code PD}), not null
 * @param regionCode the two-digit ISTAT code of its region, not null
 * @param validFrom the first day of the period, not null
 * @param validTo the last day of the period, inclusive; {@link #OPEN_END} if it is still valid, not null
 */
public record ComunePeriod(IstatCode code, String cadastralCode, String name, Optional<String> otherName,
    String provinceCode, String provinceAbbreviation, String regionCode, LocalDate validFrom,
    LocalDate validTo) {

  /** The end date ANPR writes for a period that has not ended: 31 December 9999. */
  public static final LocalDate OPEN_END = LocalDate.of(9999, 12, 31);

  /**
   * Checks the components.
   *
   * @param code the ISTAT code in this period, not null
   * @param cadastralCode the cadastral code (<i>codice catastale</i>, e.g. {@code A001}), which survives renames and changes of province, not null
   * @param name the official Italian name as ANPR writes it (upper case, e.g. {@code ABANO TERME}), not null
   * @param otherName the name in the second official language of a bilingual comune ({@code BOZEN}), if any
   * @param provinceCode the three-digit ISTAT code of its province (or metropolitan city), not null
   * @param provinceAbbreviation the province's abbreviation ({@code PD}), not null
   * @param regionCode the two-digit ISTAT code of its region, not null
   * @param validFrom the first day of the period, not null
   * @param validTo the last day of the period, inclusive; {@link #OPEN_END} if it is still valid, not null
   * @throws IllegalArgumentException if the period ends before it starts
   */
  public ComunePeriod {
    Objects.requireNonNull(code, "code");
    Objects.requireNonNull(cadastralCode, "cadastralCode");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(otherName, "otherName");
    Objects.requireNonNull(provinceCode, "provinceCode");
    Objects.requireNonNull(provinceAbbreviation, "provinceAbbreviation");
    Objects.requireNonNull(regionCode, "regionCode");
    Objects.requireNonNull(validFrom, "validFrom");
    Objects.requireNonNull(validTo, "validTo");
    if (validTo.isBefore(validFrom)) {
      throw new IllegalArgumentException("comune " + code + " (" + name + ") ends on " + validTo
          + ", before it starts on " + validFrom);
    }
  }

  /**
   * Whether the comune was valid, with this code and name, on a date.
   *
   * @param date not null
   * @return true if {@code validFrom <= date <= validTo}
   */
  public boolean isValidOn(LocalDate date) {
    return !date.isBefore(validFrom) && !date.isAfter(validTo);
  }

  /** {@return true if the period has not ended} */
  public boolean isCurrent() {
    return validTo.equals(OPEN_END);
  }

  @Override
  public String toString() {
    return code + " " + name + " (" + provinceAbbreviation + ", " + validFrom + ".."
        + (isCurrent() ? "" : validTo.toString()) + ")";
  }
}
