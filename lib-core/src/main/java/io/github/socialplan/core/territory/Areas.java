package io.github.socialplan.core.territory;

import io.github.socialplan.core.number.DecimalBounds;
import java.math.BigDecimal;

/** The check of a territory's area, the same for a comune and a grouping. */
final class Areas {

  private Areas() {}

  /**
   * Refuses an area out of {@link DecimalBounds} or not above zero, which a density would divide by; the
   * message, made only then, names the territory as "area of {@code kind} {@code id}".
   */
  static void check(BigDecimal area, String kind, Object id) {
    if (!DecimalBounds.within(area)) {
      throw DecimalBounds.outOfRange(area, "area of " + kind + " " + id);
    }
    if (area.signum() <= 0) {
      throw new IllegalArgumentException(
          "area of " + kind + " " + id + " must be > 0 km2: " + area.toPlainString());
    }
  }
}
