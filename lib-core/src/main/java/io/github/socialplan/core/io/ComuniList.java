package io.github.socialplan.core.io;

import io.github.socialplan.core.territory.IstatCode;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * A list of comuni with their residents read from a file (<i>elenco dei comuni con la popolazione
 * residente</i>), in file order, with the file's own published total when it has one (already checked
 * against the comuni by {@link ComuniListReader}).
 *
 * <p>Immutable and thread-safe.
 */
public final class ComuniList {

  private final String source;
  private final List<ComuneResidents> comuni;
  private final Map<IstatCode, ComuneResidents> byCode;
  private final long total;
  private final long females;
  private final long males;
  private final long publishedTotal;

  ComuniList(String source, List<ComuneResidents> comuni, long publishedTotal) {
    this.source = Objects.requireNonNull(source, "source");
    this.comuni = List.copyOf(comuni);
    Map<IstatCode, ComuneResidents> map = new LinkedHashMap<>(comuni.size() * 2);
    long t = 0;
    long f = 0;
    long m = 0;
    for (ComuneResidents c : this.comuni) {
      map.put(c.code(), c);
      // exact: the reader refuses a list whose total passes Long.MAX_VALUE (and females, males <= total)
      t = Math.addExact(t, c.total());
      f = Math.addExact(f, c.females());
      m = Math.addExact(m, c.males());
    }
    this.byCode = Collections.unmodifiableMap(map);
    this.total = t;
    this.females = f;
    this.males = m;
    this.publishedTotal = publishedTotal;
  }

  /** {@return the file or source name the list was read from} */
  public String source() {
    return source;
  }

  /** {@return the comuni in file order; unmodifiable} */
  public List<ComuneResidents> comuni() {
    return comuni;
  }

  /** {@return the comuni by code, in file order; unmodifiable} */
  public Map<IstatCode, ComuneResidents> byCode() {
    return byCode;
  }

  /**
   * The comune with a code, if listed.
   *
   * @param code not null
   * @return the comune or empty
   */
  public Optional<ComuneResidents> get(IstatCode code) {
    return Optional.ofNullable(byCode.get(Objects.requireNonNull(code, "code")));
  }

  /** {@return all residents of the listed comuni} */
  public long total() {
    return total;
  }

  /** {@return female residents of the listed comuni} */
  public long females() {
    return females;
  }

  /** {@return male residents of the listed comuni} */
  public long males() {
    return males;
  }

  /** {@return the total that the file itself publishes (its total row), if it has one; equal to {@link #total()}} */
  public OptionalLong publishedTotal() {
    return publishedTotal < 0 ? OptionalLong.empty() : OptionalLong.of(publishedTotal);
  }

  @Override
  public String toString() {
    return "ComuniList[" + source + ": " + comuni.size() + " comuni, " + total + " residents]";
  }
}
