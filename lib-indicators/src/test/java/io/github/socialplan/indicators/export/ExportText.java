package io.github.socialplan.indicators.export;

import io.github.socialplan.indicators.dashboard.DashboardTable;
import io.github.socialplan.indicators.result.DisplayFormat;
import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.List;

/** A cruscotto exported as CSV text and read back from it, for the export tests. */
final class ExportText {

  private ExportText() {}

  /** The CSV of a table with a format. */
  static String csv(DashboardTable t, DisplayFormat format) {
    StringWriter w = new StringWriter();
    try {
      DashboardExport.csv(t, w, format);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return w.toString();
  }

  /** The records of a CSV text, named {@code cruscotto.csv} in messages. */
  static List<DashboardRecord> read(String csv) {
    try {
      return DashboardCsvReader.read(new StringReader(csv), "cruscotto.csv");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
