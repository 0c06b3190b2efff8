package io.github.socialplan.benchmarks.excel;

import io.github.socialplan.benchmarks.compare.ItalyDashboard;
import io.github.socialplan.benchmarks.synthetic.SyntheticComune;
import io.github.socialplan.benchmarks.synthetic.SyntheticItaly;
import io.github.socialplan.core.population.Population;
import io.github.socialplan.excel.read.SheetRows;
import io.github.socialplan.excel.read.XlsxLimits;
import io.github.socialplan.excel.read.XlsxWorkbook;
import io.github.socialplan.excel.write.XlsxWriter;
import io.github.socialplan.indicators.catalogue.Indicator;
import io.github.socialplan.indicators.catalogue.IndicatorUnit;
import io.github.socialplan.indicators.dashboard.DashboardRow;
import io.github.socialplan.indicators.dashboard.DashboardTable;
import io.github.socialplan.indicators.result.IndicatorValue;
import java.io.IOException;
import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.zip.Deflater;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.dhatim.fastexcel.reader.Cell;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.dhatim.fastexcel.reader.Sheet;

/**
 * Side by side, in one JVM and in alternating rounds: the all-Italy cruscotto written and read back by
 * socialplan's {@link XlsxWriter} and {@link XlsxWorkbook} (Apache POI's SXSSF and StAX) and the same cells,
 * number formats and comments written by FastExcel ({@code org.dhatim:fastexcel}) and read by its reader
 * ({@code fastexcel-reader}). Prints each side's best CPU time of the writing and of the reading, the
 * process's (all threads: socialplan's writer and reader use threads of their own), so that the choice of
 * library rests on a measure; on a shared machine CPU time is steadier than wall time.
 *
 * <pre>
 * java -cp benchmarks/target/benchmarks.jar io.github.socialplan.benchmarks.excel.FastExcelSideBySide 3
 * </pre>
 */
public final class FastExcelSideBySide {

  private FastExcelSideBySide() {}

  /**
   * Runs the rounds and prints the best times.
   *
   * @param args the number of rounds (default 3)
   * @throws IOException if a workbook cannot be written or read
   */
  public static void main(String[] args) throws IOException {
    int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 3;
    List<Population> comuni = new ArrayList<>();
    for (SyntheticComune c : SyntheticItaly.generate(SyntheticItaly.DEFAULT_SEED)) {
      comuni.add(c.toPopulation(2025));
    }
    DashboardTable table = ItalyDashboard.compute(comuni);
    Path dir = Files.createDirectories(Path.of("benchmarks/target"));
    Path poi = dir.resolve("side-by-side-poi.xlsx");
    Path fast = dir.resolve("side-by-side-fastexcel.xlsx");
    // the process's CPU time, all threads: socialplan's writer and reader work on threads of their own too
    com.sun.management.OperatingSystemMXBean os =
        (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
    double[] best = {Double.MAX_VALUE, Double.MAX_VALUE, Double.MAX_VALUE, Double.MAX_VALUE};
    long[] cells = new long[2];
    for (int round = 0; round < rounds; round++) {
      long c0 = os.getProcessCpuTime();
      try (XlsxWriter w = XlsxWriter.create()) {
        w.cruscotto(table).write(poi);
      }
      long c1 = os.getProcessCpuTime();
      cells[0] = readSocialplan(poi);
      long c2 = os.getProcessCpuTime();
      writeFastExcel(table, fast);
      long c3 = os.getProcessCpuTime();
      cells[1] = readFastExcel(fast);
      long c4 = os.getProcessCpuTime();
      best[0] = Math.min(best[0], (c1 - c0) / 1e9);
      best[1] = Math.min(best[1], (c2 - c1) / 1e9);
      best[2] = Math.min(best[2], (c3 - c2) / 1e9);
      best[3] = Math.min(best[3], (c4 - c3) / 1e9);
      System.out.printf(Locale.ROOT, "round %d: socialplan (POI) write %.2f s, read %.2f s CPU;"
          + " FastExcel write %.2f s, read %.2f s CPU%n", round + 1, (c1 - c0) / 1e9, (c2 - c1) / 1e9,
          (c3 - c2) / 1e9, (c4 - c3) / 1e9);
    }
    System.out.printf(Locale.ROOT, "best of %d, CPU time of the process (all its threads):%n", rounds);
    System.out.printf(Locale.ROOT, "  socialplan (POI SXSSF + StAX): write %.2f s, read %.2f s, %d cells read,"
        + " file %.1f MB%n", best[0], best[1], cells[0], Files.size(poi) / 1e6);
    System.out.printf(Locale.ROOT, "  FastExcel 0.19 (writer + reader): write %.2f s, read %.2f s, %d cells read,"
        + " file %.1f MB%n", best[2], best[3], cells[1], Files.size(fast) / 1e6);
  }

  private static long readSocialplan(Path file) throws IOException {
    long cells = 0;
    try (XlsxWorkbook book = XlsxWorkbook.open(file, XlsxLimits.DEFAULT.withMaxRows(200_000))) {
      for (String sheet : book.sheetNames()) {
        try (SheetRows r = book.sheet(sheet)) {
          for (List<String> row = r.next(); row != null; row = r.next()) {
            cells += row.size();
          }
        }
      }
    }
    return cells;
  }

  /** Each cell as text, as socialplan's reader gives it: a number's saved digits, a string's text. */
  private static long readFastExcel(Path file) throws IOException {
    long[] cells = {0};
    try (ReadableWorkbook book = new ReadableWorkbook(file.toFile())) {
      for (Iterator<Sheet> it = book.getSheets().iterator(); it.hasNext();) {
        try (var rows = it.next().openStream()) {
          rows.forEach((Row row) -> {
            List<String> texts = new ArrayList<>(row.getCellCount());
            for (int i = 0; i < row.getCellCount(); i++) {
              Cell c = row.getCell(i);
              texts.add(c == null || c.getRawValue() == null ? "" : c.getRawValue());
            }
            cells[0] += texts.size();
          });
        }
      }
    }
    return cells[0];
  }

  /** The sheets of {@code XlsxWriter.cruscotto}: same cells, number formats, frozen rows and comments. */
  private static void writeFastExcel(DashboardTable table, Path file) throws IOException {
    Map<Integer, List<DashboardRow>> byLevel = new TreeMap<>();
    Map<Integer, Map<String, Map<String, DashboardRow>>> byYear = new TreeMap<>();
    Map<String, Indicator> indicators = new LinkedHashMap<>();
    for (DashboardRow r : table.rows()) {
      byLevel.computeIfAbsent(r.level(), k -> new ArrayList<>()).add(r);
      byYear.computeIfAbsent(r.year(), k -> new LinkedHashMap<>())
          .computeIfAbsent(r.level() + "\u0000" + r.territory(), k -> new LinkedHashMap<>())
          .put(r.indicator().id(), r);
      indicators.putIfAbsent(r.indicator().id(), r.indicator());
    }
    try (OutputStream out = Files.newOutputStream(file)) {
      Workbook book = new Workbook(out, "socialplan", "1.0");
      book.setCompressionLevel(Deflater.BEST_SPEED);
      for (Map.Entry<Integer, List<DashboardRow>> e : byLevel.entrySet()) {
        Worksheet ws = book.newWorksheet("Livello " + e.getKey() + " " + e.getValue().get(0).kind().italianName());
        header(ws, "Anno", "Tipo territorio", "Territorio", "Territorio superiore", "Indicatore",
            "Nome indicatore", "Unità di misura", "Valore", "Numeratore", "Denominatore", "Moltiplicatore",
            "Valore territorio superiore", "Differenza dal superiore", "Rapporto al superiore", "Nota");
        int row = 0;
        for (DashboardRow r : e.getValue()) {
          row++;
          IndicatorValue v = r.value();
          ws.value(row, 0, r.year());
          ws.style(row, 0).format("0").set();
          ws.value(row, 1, r.kind().italianName());
          ws.value(row, 2, r.territory());
          ws.value(row, 3, r.parent().orElse(""));
          ws.value(row, 4, r.indicator().id());
          ws.value(row, 5, r.indicator().italianName());
          ws.value(row, 6, r.indicator().unit().italianLabel());
          String format = format(r.indicator());
          if (v.isDefined()) {
            number(ws, row, 7, shown(v.value(), r.indicator()), format);
            int at = row;
            v.numerator().ifPresent(n -> ws.value(at, 8, n.doubleValue()));
            v.denominator().ifPresent(d -> ws.value(at, 9, d.doubleValue()));
            v.multiplier().ifPresent(m -> ws.value(at, 10, m.doubleValue()));
          } else {
            ws.value(row, 14, "non definito: " + v.reason().map(Enum::name).orElse("") + " - " + v.detail());
          }
          int at = row;
          r.parentValue().filter(IndicatorValue::isDefined)
              .ifPresent(p -> number(ws, at, 11, shown(p.value(), r.indicator()), format));
          r.differenceFromParent().filter(IndicatorValue::isDefined)
              .ifPresent(d -> number(ws, at, 12, shown(d.value(), r.indicator()), format));
          r.ratioToParent().filter(IndicatorValue::isDefined).ifPresent(q -> ws.value(at, 13, q.value()));
        }
        ws.finish();
      }
      for (Map.Entry<Integer, Map<String, Map<String, DashboardRow>>> e : byYear.entrySet()) {
        Worksheet ws = book.newWorksheet("Anno " + e.getKey());
        List<String> names = new ArrayList<>(List.of("Livello", "Tipo territorio", "Territorio", "Territorio superiore"));
        for (Indicator i : indicators.values()) {
          names.add(i.italianName() + " (" + i.unit().italianLabel() + ")");
        }
        header(ws, names.toArray(String[]::new));
        int row = 0;
        for (Map<String, DashboardRow> values : e.getValue().values()) {
          row++;
          DashboardRow any = values.values().iterator().next();
          ws.value(row, 0, any.level());
          ws.value(row, 1, any.kind().italianName());
          ws.value(row, 2, any.territory());
          ws.value(row, 3, any.parent().orElse(""));
          int column = 4;
          for (Indicator i : indicators.values()) {
            DashboardRow r = values.get(i.id());
            if (r != null) {
              IndicatorValue v = r.value();
              if (v.isDefined()) {
                number(ws, row, column, shown(v.value(), i), format(i));
              } else {
                ws.comment(row, column, "non definito: " + v.reason().map(Enum::name).orElse("") + " - " + v.detail());
              }
            }
            column++;
          }
        }
        ws.finish();
      }
      book.finish();
    }
  }

  private static void header(Worksheet ws, String... names) {
    for (int i = 0; i < names.length; i++) {
      ws.value(0, i, names[i]);
      ws.width(i, Math.max(8, Math.min(60, names[i].length() + 2)));
    }
    ws.range(0, 0, 0, names.length - 1).style().bold().fillColor("C0C0C0").wrapText(true).set();
    ws.freezePane(0, 1);
  }

  private static void number(Worksheet ws, int row, int column, double value, String format) {
    ws.value(row, column, value);
    ws.style(row, column).format(format).set();
  }

  private static String format(Indicator indicator) {
    return indicator.unit() == IndicatorUnit.PERCENT ? "0.0%"
        : indicator.unit() == IndicatorUnit.EURO ? "#,##0.00\\ \"€\"" : "0.0";
  }

  private static double shown(double value, Indicator indicator) {
    return indicator.unit() == IndicatorUnit.PERCENT ? value / 100 : value;
  }
}
