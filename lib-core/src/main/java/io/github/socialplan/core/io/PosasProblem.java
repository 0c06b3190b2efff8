package io.github.socialplan.core.io;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.github.socialplan.core.territory.IstatCode;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;

/**
 * A comune of a POSAS file whose rows are well formed but do not make a whole, checked population
 * (<i>comune incompleto o incoerente</i>): ages missing, no {@code 999} total row, ages that do not add up to
 * the total row, or a row whose {@code Totale} is not males plus females.
 *
 * <p>In JSON (through {@link io.github.socialplan.core.json.SocialPlanJson}) a problem is an object with its
 * components, every one required: {@code {"code": "098001", "name": "Abbadia Cerreto", "firstLine": 106,
 * "lastLine": 197, "kinds": ["MISSING_AGES", "MISSING_TOTAL_ROW"], "detail": "is incomplete: ..."}}; it reads
 * back equal.
 *
 * <p>Immutable and thread-safe.
 *
 * @param code the comune's ISTAT code, not null
 * @param name the comune's name as written in the file, not null
 * @param firstLine the file line of the comune's first row
 * @param lastLine the file line of its last row
 * @param kinds what is wrong, at least one, not null
 * @param detail the problem in words, with the figures and the lines involved, not null
 */
// isIncomplete() is derived from the kinds: not a JSON field (and, unlike an ignored one, refused when read)
@JsonAutoDetect(isGetterVisibility = JsonAutoDetect.Visibility.NONE)
public record PosasProblem(
    @JsonProperty(required = true) IstatCode code, @JsonProperty(required = true) String name,
    @JsonProperty(required = true) int firstLine, @JsonProperty(required = true) int lastLine,
    @JsonProperty(required = true) Set<Kind> kinds, @JsonProperty(required = true) String detail) {

  /** What can be wrong with a comune's rows. */
  public enum Kind {
    /** Some of the ages 0..100 have no row (the comune is incomplete). */
    MISSING_AGES,
    /** The comune has no {@code 999} total row (its rows stop before it). */
    MISSING_TOTAL_ROW,
    /** Males, females or all residents summed over the ages differ from the {@code 999} row. */
    TOTALS_MISMATCH,
    /** A row's {@code Totale} is not {@code Totale maschi + Totale femmine}. */
    ROW_SUM_MISMATCH
  }

  /**
   * Checks and copies the components.
   *
   * @param code the comune's ISTAT code, not null
   * @param name the comune's name as written in the file, not null
   * @param firstLine the file line of the comune's first row
   * @param lastLine the file line of its last row
   * @param kinds what is wrong, at least one, not null
   * @param detail the problem in words, with the figures and the lines involved, not null
   * @throws IllegalArgumentException if {@code kinds} is empty or the lines are not {@code 1 <= first <= last}
   */
  public PosasProblem {
    Objects.requireNonNull(code, "code");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(detail, "detail");
    Objects.requireNonNull(kinds, "kinds");
    if (kinds.isEmpty()) {
      throw new IllegalArgumentException("a problem of comune " + code + " needs at least one kind");
    }
    if (firstLine < 1 || lastLine < firstLine) {
      throw new IllegalArgumentException(
          "lines of comune " + code + " must satisfy 1 <= first <= last: " + firstLine + "-" + lastLine);
    }
    kinds = Collections.unmodifiableSet(EnumSet.copyOf(kinds));
  }

  /** {@return true if ages or the {@code 999} row are missing (the file stops before the comune is whole)} */
  public boolean isIncomplete() {
    return kinds.contains(Kind.MISSING_AGES) || kinds.contains(Kind.MISSING_TOTAL_ROW);
  }

  /** {@return the problem as one sentence naming the lines, the comune and the figures (no file name)} */
  public String message() {
    String lines = firstLine == lastLine ? "line " + firstLine : "lines " + firstLine + "-" + lastLine;
    return lines + ": comune " + code + " (" + name + ") " + detail;
  }

  @Override
  public String toString() {
    return message();
  }
}
