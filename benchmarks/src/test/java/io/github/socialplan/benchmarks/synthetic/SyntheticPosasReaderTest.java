package io.github.socialplan.benchmarks.synthetic;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.socialplan.core.io.PosasData;
import io.github.socialplan.core.io.PosasReader;
import io.github.socialplan.core.territory.IstatCode;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The generated file is what ISTAT publishes as far as the library's strict POSAS reader can tell. */
class SyntheticPosasReaderTest {

  @Test
  void readAll_ofTheGeneratedItaly_loadsEveryComuneWithItsCounts() throws IOException {
    List<SyntheticComune> italy = SyntheticItaly.generate(SyntheticItaly.DEFAULT_SEED);
    ByteArrayOutputStream out = new ByteArrayOutputStream(1 << 25);
    PosasFile.write(italy, GenerateSyntheticPosas.YEAR, out);

    PosasData data = PosasReader.of().readAll(new ByteArrayInputStream(out.toByteArray()), "synthetic");

    assertTrue(data.report().isClean(), data.report().toString());
    assertEquals(GenerateSyntheticPosas.YEAR, data.report().year());
    assertEquals(SyntheticItaly.COMUNI, data.comuni().size());
    assertEquals(SyntheticItaly.COMUNI * 102L, data.report().dataRows());
    for (SyntheticComune c : italy) {
      assertEquals(c.toPopulation(GenerateSyntheticPosas.YEAR),
          data.get(IstatCode.parse(c.code())).orElseThrow().population(), c.code());
      assertEquals(c.name(), data.get(IstatCode.parse(c.code())).orElseThrow().name(), c.code());
    }
  }
}
