package io.github.socialplan.indicators.fuzz;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.socialplan.core.io.DataFileException;
import io.github.socialplan.core.io.PosasComune;
import io.github.socialplan.core.io.PosasReader;
import io.github.socialplan.core.io.ProblemPolicy;
import io.github.socialplan.core.population.Population;
import io.github.socialplan.core.territory.Partition;
import io.github.socialplan.core.territory.TerritoryKind;
import io.github.socialplan.core.testing.ReaderProperties;
import io.github.socialplan.indicators.dashboard.Dashboard;
import io.github.socialplan.indicators.export.DashboardCsvReader;
import io.github.socialplan.indicators.export.DashboardExport;
import io.github.socialplan.indicators.export.DashboardRecord;
import io.github.socialplan.indicators.result.DisplayFormat;
import io.github.socialplan.indicators.result.IndicatorValue;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** The fuzzing property of the cruscotto CSV reader, and its base: the export of the POSAS sample's comuni. */
final class DashboardCsvFuzzing {

  private DashboardCsvFuzzing() {}

  /** The cruscotto of the POSAS sample's complete comuni in one ambito, exported in a layout. */
  static byte[] base(DisplayFormat format) {
    try {
      List<PosasComune> comuni = new ArrayList<>();
      PosasReader.of().withPolicy(ProblemPolicy.SKIP)
          .read(new ByteArrayInputStream(ReaderProperties.posasBase()), "posas", comuni::add);
      Partition.Builder ambito = Partition.builder("ambiti", TerritoryKind.PLANNING_DISTRICT);
      List<Population> populations = new ArrayList<>();
      for (PosasComune c : comuni) {
        ambito.assign(c.code(), "ambito");
        populations.add(c.population());
      }
      StringWriter w = new StringWriter();
      DashboardExport.csv(Dashboard.builder().levels(ambito.build()).populations(populations).compute(), w, format);
      return w.toString().getBytes(StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Reads the bytes as UTF-8, through the strict decoder of a file and through a reader: each either gives
   * records whose value agrees with their exact figures, or a {@link DataFileException} naming the source,
   * within the time bound.
   */
  static void check(byte[] input) {
    long start = System.nanoTime();
    try {
      List<DashboardRecord> records = DashboardCsvReader.read(
          new InputStreamReader(new ByteArrayInputStream(input), StandardCharsets.UTF_8), ReaderProperties.SOURCE);
      for (DashboardRecord r : records) {
        IndicatorValue v = r.indicatorValue();
        assertEquals(r.undefinedReason().isEmpty(), v.isDefined(), r.toString());
        if (r.numerator().isPresent()) {
          BigDecimal value = r.value().orElseThrow();
          BigDecimal exact = r.numerator().get().multiply(r.multiplier().orElseThrow());
          BigDecimal den = r.denominator().orElseThrow();
          // |value × den − exact| < 10^-scale × |den|: the value is one of the two roundings of the ratio
          BigDecimal gap = value.multiply(den).subtract(exact).abs();
          assertTrue(gap.compareTo(den.abs().movePointLeft(value.scale())) < 0, r.toString());
        }
      }
    } catch (DataFileException e) {
      assertTrue(e.getMessage().startsWith(ReaderProperties.SOURCE), e.getMessage());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    long took = System.nanoTime() - start;
    assertTrue(took < ReaderProperties.TIME_BOUND_NANOS, input.length + " bytes took " + took / 1_000_000 + " ms");
  }

}
