package io.github.socialplan.indicators.json;

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
 * @param rows the rows in the table's order
 */
public record DashboardDocument(List<DashboardRecord> rows) {

  /**
   * Copies the rows.
   *
   * @param rows the rows in the table's order, not null, no null row
   */
  public DashboardDocument {
    if (rows == null) {
      throw new IllegalArgumentException("missing required field 'rows' of DashboardDocument");
    }
    rows = List.copyOf(rows);
    rows.forEach(r -> Objects.requireNonNull(r, "row"));
  }
}
