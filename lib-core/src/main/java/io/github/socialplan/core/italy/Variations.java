package io.github.socialplan.core.italy;

import io.github.socialplan.core.territory.IstatCode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The changes of ISTAT's file "Variazioni amministrative e territoriali dal 1991", as read by
 * {@link VariationsReader}, indexed by comune (<i>variazioni amministrative</i>).
 *
 * <p>Immutable and thread-safe.
 */
public final class Variations {

  private static final Variations NONE = new Variations(List.of(), "no variations");

  private final List<Variation> rows;
  private final Map<IstatCode, List<Variation>> byCode = new HashMap<>();
  private final String source;

  Variations(List<Variation> rows, String source) {
    this.rows = List.copyOf(rows);
    this.source = source;
    for (Variation v : this.rows) {
      byCode.computeIfAbsent(v.code(), k -> new ArrayList<>(2)).add(v);
    }
  }

  /** {@return no changes at all: a crosswalk then follows only renames and changes of code} */
  public static Variations none() {
    return NONE;
  }

  /** {@return the rows in file order} */
  public List<Variation> rows() {
    return rows;
  }

  /** {@return the file the rows came from} */
  public String source() {
    return source;
  }

  /**
   * The rows about a comune (in the column {@code Codice Comune}) of a type whose effective date lies in
   * {@code (after, upTo]}, in file order.
   *
   * @param code not null
   * @param type not null
   * @param after exclusive lower bound, not null
   * @param upTo inclusive upper bound, not null
   * @return the rows, possibly none
   */
  public List<Variation> of(IstatCode code, VariationType type, LocalDate after, LocalDate upTo) {
    Objects.requireNonNull(type, "type");
    List<Variation> out = new ArrayList<>(1);
    for (Variation v : byCode.getOrDefault(Objects.requireNonNull(code, "code"), List.of())) {
      if (v.type() == type && v.effective().isAfter(after) && !v.effective().isAfter(upTo)) {
        out.add(v);
      }
    }
    return out;
  }

  @Override
  public String toString() {
    return "Variations[" + source + ": " + rows.size() + " rows]";
  }
}
