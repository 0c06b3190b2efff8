package io.github.socialplan.core.io;

import java.util.List;
import java.util.Objects;

/**
 * What a {@link PosasReader} read from one file: the reference year, how many comuni it delivered and
 * which it left out, with their problems (<i>esito della lettura</i>).
 *
 * <p>Immutable and thread-safe.
 *
 * @param source the file or source name, not null
 * @param year the year whose 1 January is the reference date
 * @param comuni how many comuni were delivered, checked, to the caller
 * @param dataRows how many comune rows (ages and {@code 999} rows) the file has
 * @param problems the comuni left out under {@link ProblemPolicy#SKIP}, in file order; copied, not null
 */
public record PosasReport(
    String source, int year, int comuni, long dataRows, List<PosasProblem> problems) {

  /**
   * Checks and copies the components.
   *
   * @param source the file or source name, not null
   * @param year the year whose 1 January is the reference date
   * @param comuni how many comuni were delivered, checked, to the caller
   * @param dataRows how many comune rows (ages and {@code 999} rows) the file has
   * @param problems the comuni left out under {@link ProblemPolicy#SKIP}, in file order; copied, not null
   */
  public PosasReport {
    Objects.requireNonNull(source, "source");
    problems = List.copyOf(problems);
  }

  /** {@return true if every comune of the file was whole and added up} */
  public boolean isClean() {
    return problems.isEmpty();
  }
}
