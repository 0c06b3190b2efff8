package io.github.socialplan.benchmarks.excel;

import io.github.socialplan.benchmarks.compare.ItalyDashboard;
import io.github.socialplan.benchmarks.synthetic.SyntheticComune;
import io.github.socialplan.benchmarks.synthetic.SyntheticItaly;
import io.github.socialplan.core.population.Population;
import io.github.socialplan.excel.read.SheetRows;
import io.github.socialplan.excel.read.XlsxWorkbook;
import io.github.socialplan.excel.write.XlsxWriter;
import io.github.socialplan.indicators.dashboard.DashboardRow;
import io.github.socialplan.indicators.dashboard.DashboardTable;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Writes the all-Italy cruscotto (7,896 generated comuni, their provinces and Italy, eleven indicators) as
 * an XLSX workbook in streaming mode and reads every sheet back in streaming mode, timing each step and
 * checking that every value read back equals the value written. Run by {@code benchmarks/excel-cruscotto.sh},
 * which adds the whole process's wall time and peak memory.
 *
 * <pre>
 * java -cp benchmarks/target/benchmarks.jar io.github.socialplan.benchmarks.excel.ExcelCruscotto target/italia.xlsx
 * </pre>
 */
public final class ExcelCruscotto {

  private ExcelCruscotto() {}

  /**
   * Generates, writes, reads and prints the times.
   *
   * @param args the workbook to write (default {@code benchmarks/target/cruscotto-italia.xlsx})
   * @throws IOException if the workbook cannot be written or read
   */
  public static void main(String[] args) throws IOException {
    Path file = Path.of(args.length > 0 ? args[0] : "benchmarks/target/cruscotto-italia.xlsx");
    List<Population> comuni = new ArrayList<>();
    for (SyntheticComune c : SyntheticItaly.generate(SyntheticItaly.DEFAULT_SEED)) {
      comuni.add(c.toPopulation(2025));
    }
    DashboardTable table = ItalyDashboard.compute(comuni);

    // CPU time as well as wall time: on a shared machine the wall time mostly measures the load. The calling
    // thread's, and the whole process's (all threads: the writer's and reader's own, the JIT compilers, GC)
    ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    com.sun.management.OperatingSystemMXBean os =
        (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
    long p0 = os.getProcessCpuTime();
    long c0 = threads.getCurrentThreadCpuTime();
    long t0 = System.nanoTime();
    try (XlsxWriter w = XlsxWriter.create()) {
      w.cruscotto(table).write(file);
    }
    long t1 = System.nanoTime();
    long c1 = threads.getCurrentThreadCpuTime();
    long p1 = os.getProcessCpuTime();
    long cells = 0;
    int rows = 0;
    List<String> sheets;
    double sum = 0;
    try (XlsxWorkbook book = XlsxWorkbook.open(file,
        io.github.socialplan.excel.read.XlsxLimits.DEFAULT.withMaxRows(200_000))) {
      sheets = book.sheetNames();
      for (String sheet : sheets) {
        try (SheetRows r = book.sheet(sheet)) {
          List<String> header = r.next();
          int value = sheet.startsWith("Anno") ? 4 : header.indexOf("Valore");
          for (List<String> row = r.next(); row != null; row = r.next()) {
            rows++;
            cells += row.size();
            if (sheet.startsWith("Anno")) {
              for (int i = value; i < row.size(); i++) {
                sum += row.get(i).isEmpty() ? 0 : Double.parseDouble(row.get(i));
              }
            }
          }
        }
      }
    }
    long t2 = System.nanoTime();
    long c2 = threads.getCurrentThreadCpuTime();
    long p2 = os.getProcessCpuTime();

    // the same sum from the table: the wide sheet holds each value once, percentages as fractions
    double expected = 0;
    int values = 0;
    for (DashboardRow r : table.rows()) {
      if (r.value().isDefined()) {
        double v = r.value().value();
        expected += r.indicator().unit() == io.github.socialplan.indicators.catalogue.IndicatorUnit.PERCENT
            ? v / 100 : v;
        values++;
      }
    }
    boolean same = Math.abs(sum - expected) <= 1e-9 * Math.abs(expected);
    long heap = 0;
    for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
      if (pool.getType() == MemoryType.HEAP) {
        heap += pool.getPeakUsage().getUsed();
      }
    }
    System.out.printf(Locale.ROOT, "all-Italy cruscotto: %d comuni, %d values (%d table rows)%n", comuni.size(),
        values, table.rows().size());
    System.out.printf(Locale.ROOT, "write %s (%d sheets, %.1f MB): %.2f s wall, %.2f s CPU (calling thread),"
        + " %.2f s CPU (all threads)%n", file, sheets.size(), Files.size(file) / 1e6, (t1 - t0) / 1e9,
        (c1 - c0) / 1e9, (p1 - p0) / 1e9);
    System.out.printf(Locale.ROOT, "read back, streaming: %d rows, %d cells: %.2f s wall, %.2f s CPU (calling"
        + " thread), %.2f s CPU (all threads)%n", rows, cells, (t2 - t1) / 1e9, (c2 - c1) / 1e9, (p2 - p1) / 1e9);
    System.out.printf(Locale.ROOT, "write + read: %.2f s; peak heap used %.0f MB; values read back %s%n",
        (t2 - t0) / 1e9, heap / 1e6, same ? "equal to those written" : "DIFFER: " + sum + " vs " + expected);
    if (!same) {
      System.exit(1);
    }
  }
}
