package io.github.socialplan.benchmarks.compare;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.socialplan.benchmarks.synthetic.GenerateSyntheticPosas;
import io.github.socialplan.benchmarks.synthetic.PosasFile;
import io.github.socialplan.benchmarks.synthetic.SyntheticComune;
import io.github.socialplan.benchmarks.synthetic.SyntheticItaly;
import io.github.socialplan.core.population.Population;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ItalyProfilesTest {

  @Test
  void read_givesTheSameValuesAsTheCruscotto(@TempDir Path dir) throws IOException {
    List<SyntheticComune> italy = SyntheticItaly.generate(7, 107 * 6);
    Path file = dir.resolve("italy.csv");
    PosasFile.write(italy, GenerateSyntheticPosas.YEAR, file);
    List<Population> populations = new ArrayList<>();
    italy.forEach(c -> populations.add(c.toPopulation(GenerateSyntheticPosas.YEAR)));
    IndicatorChecksum cruscotto = ItalyDashboard.checksum(ItalyDashboard.compute(populations));

    ItalyProfiles streamed = ItalyProfiles.read(file);

    assertEquals(107 * 6 + 107 + 1, streamed.territories());
    assertEquals(cruscotto.value(), streamed.checksum().value());
    assertEquals(cruscotto.defined(), streamed.checksum().defined());
    assertEquals(cruscotto.undefinedCount(), streamed.checksum().undefinedCount());
    assertEquals(ItalyDashboard.italySummary(ItalyDashboard.compute(populations)), streamed.italySummary());
  }
}
