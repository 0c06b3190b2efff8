package io.github.socialplan.core.io;

import io.github.socialplan.core.population.Population;
import io.github.socialplan.core.territory.IstatCode;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A whole POSAS file in memory: every checked comune in file order, by code, and the
 * {@linkplain PosasReport report} of the reading (<i>popolazione per comune</i>). Returned by
 * {@link PosasReader#readAll}; about a kilobyte per comune, so all Italy takes some 8 MB.
 *
 * <p>Immutable and thread-safe.
 */
public final class PosasData {

  private final List<PosasComune> comuni;
  /** Built on first use: a caller that only goes through the comuni does not pay for some 8,000 entries. */
  private volatile Map<IstatCode, PosasComune> byCode;
  private final PosasReport report;

  PosasData(List<PosasComune> comuni, PosasReport report) {
    this.comuni = Collections.unmodifiableList(new ArrayList<>(comuni));
    this.report = Objects.requireNonNull(report, "report");
  }

  /** {@return the comuni, in file order; unmodifiable} */
  public List<PosasComune> comuni() {
    return comuni;
  }

  /** {@return the comuni by code, in file order; unmodifiable} */
  public Map<IstatCode, PosasComune> byCode() {
    Map<IstatCode, PosasComune> map = byCode;
    if (map == null) {
      // Racing threads build equal maps; each is complete before the volatile write publishes it.
      Map<IstatCode, PosasComune> built = new LinkedHashMap<>(comuni.size() * 2);
      for (PosasComune c : comuni) {
        built.put(c.code(), c);
      }
      map = Collections.unmodifiableMap(built);
      byCode = map;
    }
    return map;
  }

  /**
   * The comune with a code, if the file has it and it passed the checks.
   *
   * @param code not null
   * @return the comune, or empty
   */
  public Optional<PosasComune> get(IstatCode code) {
    return Optional.ofNullable(byCode().get(Objects.requireNonNull(code, "code")));
  }

  /** {@return the populations of the comuni, in file order; a new list} */
  public List<Population> populations() {
    List<Population> list = new ArrayList<>(comuni.size());
    for (PosasComune c : comuni) {
      list.add(c.population());
    }
    return list;
  }

  /** {@return the report: year, counts and the comuni left out with their problems} */
  public PosasReport report() {
    return report;
  }

  @Override
  public String toString() {
    return "PosasData[" + report.source() + ", " + report.year() + ": " + comuni.size() + " comuni, "
        + report.problems().size() + " left out]";
  }
}
