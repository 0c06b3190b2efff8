package io.github.socialplan.core.io;

import io.github.socialplan.core.number.PlainNumbers;
import io.github.socialplan.core.territory.IstatCode;

/** Checks shared by the readers of tables, whatever their format. */
final class Tables {

  private Tables() {}

  /** A comune code of six digits, or of fewer if a spreadsheet dropped its leading zeros. */
  static IstatCode comuneCode(TableRows rows, int index, String column, String text) {
    if (text.length() > 6 || !PlainNumbers.isDigits(text)
        || Long.parseLong(text) == 0) {
      throw rows.error(index, "'" + column + "' is not an ISTAT comune code (1 to 6 digits, not 0): '" + text
          + "'");
    }
    return IstatCode.ofNumber(Long.parseLong(text));
  }
}
