package io.github.socialplan.core.italy;

import io.github.socialplan.core.territory.IstatCode;
import java.time.LocalDate;
import java.util.Objects;

/**
 * One row of ISTAT's "Variazioni amministrative e territoriali dal 1991" (<i>variazione amministrativa</i>).
 *
 * <p>Immutable and thread-safe.
 *
 * @param year the year of the row ({@code Anno})
 * @param type the kind of change ({@code Tipo variazione}), not null
 * @param code the comune the row is about ({@code Codice Comune formato alfanumerico}), not null
 * @param name its name ({@code Denominazione Comune}), not null
 * @param associatedCode the associated comune or new code ({@code Codice del Comune associato alla
 *     variazione o nuovo codice Istat del Comune}), not null
 * @param associatedName the associated comune's name or the new name, possibly empty, not null
 * @param act the act that made the change ({@code Provvedimento e Documento}), possibly empty, not null
 * @param effective the date the change takes effect ({@code Data decorrenza validità amministrativa}); for a
 *     row without one, 1 January of the row's year, not null
 * @param dated whether the row gave its effective date
 * @param line the file line where the row starts
 */
public record Variation(int year, VariationType type, IstatCode code, String name, IstatCode associatedCode,
    String associatedName, String act, LocalDate effective, boolean dated, int line) {

  /**
   * Checks the components are not null.
   *
   * @param year the year of the row ({@code Anno})
   * @param type the kind of change ({@code Tipo variazione}), not null
   * @param code the comune the row is about ({@code Codice Comune formato alfanumerico}), not null
   * @param name its name ({@code Denominazione Comune}), not null
   * @param associatedCode the associated comune or new code ({@code Codice del Comune associato alla variazione o nuovo codice Istat del Comune}), not null
   * @param associatedName the associated comune's name or the new name, possibly empty, not null
   * @param act the act that made the change ({@code Provvedimento e Documento}), possibly empty, not null
   * @param effective the date the change takes effect ({@code Data decorrenza validità amministrativa}); for a row without one, 1 January of the row's year, not null
   * @param dated whether the row gave its effective date
   * @param line the file line where the row starts
   */
  public Variation {
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(code, "code");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(associatedCode, "associatedCode");
    Objects.requireNonNull(associatedName, "associatedName");
    Objects.requireNonNull(act, "act");
    Objects.requireNonNull(effective, "effective");
  }

  @Override
  public String toString() {
    return type + " " + code + " " + name + " -> " + associatedCode + " " + associatedName + " (" + effective
        + ", line " + line + ")";
  }
}
