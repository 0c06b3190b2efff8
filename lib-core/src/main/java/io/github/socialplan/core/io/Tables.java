package io.github.socialplan.core.io;

import io.github.socialplan.core.territory.IstatCode;

/** Checks shared by the readers of tables, whatever their format. */
final class Tables {

  private Tables() {}

  /** A comune code of six digits, or of fewer if a spreadsheet dropped its leading zeros. */
  static IstatCode comuneCode(TableRows rows, int index, String column, String text) {
    if (text.isEmpty() || text.length() > 6 || !text.chars().allMatch(ch -> ch >= '0' && ch <= '9')
        || Long.parseLong(text) == 0) {
      throw rows.error(index, "'" + column + "' is not an ISTAT comune code (1 to 6 digits, not 0): '" + text
          + "'");
    }
    return IstatCode.ofNumber(Long.parseLong(text));
  }
}
