package io.github.socialplan.benchmarks.compare;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.socialplan.benchmarks.synthetic.PosasFile;
import io.github.socialplan.benchmarks.synthetic.SyntheticComune;
import io.github.socialplan.benchmarks.synthetic.SyntheticItaly;
import io.github.socialplan.benchmarks.synthetic.SyntheticSeries;
import io.github.socialplan.core.population.Population;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The series benchmark's sides agree on small generated years; the full-size run is the script's. */
class SeriesChecksumTest {

  private static final int COMUNI = 107 * 6;

  @Test
  void everySide_computesTheSameSeriesChecksum(@TempDir Path dir) throws Exception {
    List<Path> files = new ArrayList<>();
    IndicatorChecksum expected = new IndicatorChecksum();
    for (int year = SyntheticSeries.LAST_YEAR - 2; year <= SyntheticSeries.LAST_YEAR; year++) {
      List<SyntheticComune> comuni = SyntheticSeries.year(year, COMUNI);
      Path file = dir.resolve("posas-" + year + ".csv");
      PosasFile.write(comuni, year, file);
      files.add(file);
      // independently of the reader: each year's cruscotto from the generated counts
      List<Population> populations = new ArrayList<>();
      for (SyntheticComune c : comuni) {
        populations.add(c.toPopulation(year));
      }
      expected.addAll(ItalyDashboard.checksum(ItalyDashboard.compute(populations)));
    }

    List<List<Population>> read = new ArrayList<>();
    IndicatorChecksum streaming = new IndicatorChecksum();
    for (Path f : files) {
      read.add(CompareWithPandas.load(f));
      streaming.addAll(ItalyProfiles.read(f).checksum());
    }
    IndicatorChecksum cruscotto = ItalyDashboard.checksum(ItalyDashboard.computeSeries(read));
    IndicatorChecksum profilesOnly = ItalyDashboard.checksum(ItalyDashboard.readSeries(files));
    DuckDbDashboard.Result duck;
    try (DuckDbDashboard side = DuckDbDashboard.open(2)) {
      duck = side.compute(files);
    }

    assertEquals(3 * (COMUNI + 107 + 1), duck.territories());
    for (IndicatorChecksum side : List.of(cruscotto, profilesOnly, streaming, duck.checksum())) {
      assertEquals(expected.value(), side.value());
      assertEquals(expected.defined(), side.defined());
      assertEquals(expected.undefinedCount(), side.undefinedCount());
    }
  }

  @Test
  void series_keepsTheComuniAndEndsWithTheDefaultFile() {
    List<SyntheticComune> first = SyntheticSeries.year(SyntheticSeries.FIRST_YEAR, COMUNI);
    List<SyntheticComune> last = SyntheticSeries.year(SyntheticSeries.LAST_YEAR, COMUNI);
    List<SyntheticComune> single = SyntheticItaly.generate(SyntheticItaly.DEFAULT_SEED, COMUNI);
    for (int i = 0; i < COMUNI; i++) {
      assertEquals(last.get(i).code(), first.get(i).code());
      assertEquals(single.get(i).code(), last.get(i).code());
      assertEquals(single.get(i).name(), last.get(i).name());
      for (int age = 0; age <= Population.MAX_AGE; age++) {
        assertEquals(single.get(i).male(age), last.get(i).male(age));
        assertEquals(single.get(i).female(age), last.get(i).female(age));
      }
    }
    // the drift: the population ages from the first year to the last
    assertTrue(elderlyShare(first) < elderlyShare(last), elderlyShare(first) + " vs " + elderlyShare(last));
  }

  private static double elderlyShare(List<SyntheticComune> comuni) {
    long old = 0;
    long all = 0;
    for (SyntheticComune c : comuni) {
      for (int age = 0; age <= Population.MAX_AGE; age++) {
        long n = (long) c.male(age) + c.female(age);
        all += n;
        old += age >= 65 ? n : 0;
      }
    }
    return (double) old / all;
  }
}
