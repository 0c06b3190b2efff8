package io.github.socialplan.core.io;

import io.github.socialplan.core.population.Population;
import io.github.socialplan.core.territory.IstatCode;
import java.util.Objects;

/**
 * One comune read from an ISTAT POSAS file (<i>popolazione residente per età e sesso al 1° gennaio</i>):
 * its code, its name as ISTAT writes it, and its residents by age and sex, whose territory is the code.
 *
 * <p>Immutable and thread-safe.
 *
 * @param code the comune's ISTAT code, not null
 * @param name the comune's name as written in the file, not null
 * @param population its residents; {@link Population#territory()} is {@code code.value()}, not null
 */
public record PosasComune(IstatCode code, String name, Population population) {

  /**
   * Checks the components.
   *
   * @param code the comune's ISTAT code, not null
   * @param name the comune's name as written in the file, not null
   * @param population its residents; {@link Population#territory()} is {@code code.value()}, not null
   * @throws IllegalArgumentException if the population's territory is not the code
   */
  public PosasComune {
    Objects.requireNonNull(code, "code");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(population, "population");
    if (!population.territory().equals(code.value())) {
      throw new IllegalArgumentException("population of '" + population.territory()
          + "' given for comune " + code + " (" + name + ")");
    }
  }
}
