package io.github.socialplan.core.io;

import io.github.socialplan.core.territory.IstatCode;
import java.util.List;

/** Checks shared by the readers of tables, whatever their format. */
final class Tables {

  private Tables() {}

  /**
   * The index of a column in the header, or an error naming it and the header; also if the header names it
   * twice, as then either could hold the values meant (two years side by side under one name).
   */
  static int column(TableRows rows, List<String> header, String wanted) {
    int found = -1;
    for (int i = 0; i < header.size(); i++) {
      if (header.get(i).trim().equals(wanted)) {
        if (found >= 0) {
          throw rows.error(-1, "column '" + wanted + "' appears twice in the header " + header + " (columns "
              + (found + 1) + " and " + (i + 1) + ")");
        }
        found = i;
      }
    }
    if (found < 0) {
      throw rows.error(-1, "no column '" + wanted + "' in the header " + header);
    }
    return found;
  }

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
