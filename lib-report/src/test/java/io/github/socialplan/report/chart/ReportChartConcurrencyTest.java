package io.github.socialplan.report.chart;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.socialplan.report.Language;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/** One chart drawn by several threads at once, as an HTML report rendered by a server's request threads. */
class ReportChartConcurrencyTest {

  private static final int THREADS = 4;
  private static final int ROUNDS = 40;

  @Test
  void svg_fromSeveralThreadsAtOnce_isTheSvgOfOneThread() throws Exception {
    ReportChart chart = Charts.populationPyramid(ChartsTest.cremonaBands(), Language.ITALIAN);
    String alone = Charts.populationPyramid(ChartsTest.cremonaBands(), Language.ITALIAN).svg();
    CyclicBarrier together = new CyclicBarrier(THREADS);
    ExecutorService pool = Executors.newFixedThreadPool(THREADS);
    try {
      List<Future<int[]>> results = new ArrayList<>();
      for (int t = 0; t < THREADS; t++) {
        results.add(pool.submit(() -> {
          int[] wrongAndFailed = new int[2];
          for (int r = 0; r < ROUNDS; r++) {
            together.await(); // every thread draws the chart at the same moment
            try {
              if (!chart.svg().equals(alone)) {
                wrongAndFailed[0]++;
              }
            } catch (RuntimeException e) {
              wrongAndFailed[1]++;
            }
          }
          return wrongAndFailed;
        }));
      }
      int wrong = 0;
      int failed = 0;
      for (Future<int[]> f : results) {
        wrong += f.get()[0];
        failed += f.get()[1];
      }
      assertEquals("0 different, 0 failed", wrong + " different, " + failed + " failed",
          "of " + THREADS * ROUNDS + " drawings made at once");
    } finally {
      pool.shutdownNow();
    }
  }
}
