package io.github.socialplan.indicators.json;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.github.socialplan.core.io.PosasProblem;
import io.github.socialplan.indicators.export.DashboardExport;
import io.github.socialplan.indicators.export.DashboardRecord;
import java.util.List;
import java.util.Objects;

/**
 * A cruscotto as one JSON document (<i>cruscotto in JSON</i>), {@code {"rows": [...]}}, the shape
 * {@link DashboardExport#json} writes and {@code socialplan indicators --format json} prints; read it with
 * {@code SocialPlanJson.read(json, DashboardDocument.class)}. Each row is a {@link DashboardRecord} with
 * the fields of {@link DashboardExport#JSON_FIELDS}; a field without a value is left out.
 *
 * <p>A cruscotto computed from a POSAS file whose incomplete comuni were skipped also has
 * {@code "skipped": [...]}, those comuni as {@link PosasProblem}s in file order; the field is left out when
 * none was skipped, and read as empty when absent.
 *
 * @param rows the rows in the table's order
 * @param skipped the comuni left out of the table, in file order; empty if none
 */
public record DashboardDocument(
    List<DashboardRecord> rows, @JsonInclude(JsonInclude.Include.NON_EMPTY) List<PosasProblem> skipped) {

  /**
   * Copies the rows and the comuni skipped.
   *
   * @param rows the rows in the table's order, not null, no null row
   * @param skipped the comuni left out of the table, in file order; null (absent) for none; no null element
   */
  public DashboardDocument {
    if (rows == null) {
      throw new IllegalArgumentException("missing required field 'rows' of DashboardDocument");
    }
    rows = List.copyOf(rows);
    rows.forEach(r -> Objects.requireNonNull(r, "row"));
    skipped = skipped == null ? List.of() : List.copyOf(skipped);
  }

  /**
   * A document of a cruscotto that leaves no comune out.
   *
   * @param rows the rows in the table's order, not null, no null row
   */
  public DashboardDocument(List<DashboardRecord> rows) {
    this(rows, List.of());
  }
}
