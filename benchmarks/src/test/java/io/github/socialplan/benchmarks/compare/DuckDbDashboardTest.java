package io.github.socialplan.benchmarks.compare;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.socialplan.benchmarks.synthetic.GenerateSyntheticPosas;
import io.github.socialplan.benchmarks.synthetic.PosasFile;
import io.github.socialplan.benchmarks.synthetic.SyntheticComune;
import io.github.socialplan.benchmarks.synthetic.SyntheticItaly;
import io.github.socialplan.core.population.Population;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DuckDbDashboardTest {

  @Test
  void duckDb_computesTheSameChecksumAsTheLibrary(@TempDir Path dir) throws Exception {
    List<SyntheticComune> italy = SyntheticItaly.generate(11, 107 * 6);
    Path file = dir.resolve("italy.csv");
    PosasFile.write(italy, GenerateSyntheticPosas.YEAR, file);
    List<Population> populations = new ArrayList<>();
    italy.forEach(c -> populations.add(c.toPopulation(GenerateSyntheticPosas.YEAR)));
    IndicatorChecksum library = ItalyDashboard.checksum(ItalyDashboard.compute(populations));

    DuckDbDashboard.Result duck;
    try (DuckDbDashboard side = DuckDbDashboard.open(2)) {
      duck = side.compute(file);
    }

    assertEquals(107 * 6 + 107 + 1, duck.territories());
    assertEquals(library.value(), duck.checksum().value());
    assertEquals(library.defined(), duck.checksum().defined());
    assertEquals(library.undefinedCount(), duck.checksum().undefinedCount());
  }
}
