package io.github.socialplan.core.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.quicktheories.QuickTheory.qt;

import com.fasterxml.jackson.core.JsonGenerator;
import io.github.socialplan.core.testing.PropertyRuns;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.SourceDSL;

class JsonDecimalsTest {

  private static final long SEED = 20_170_101L;

  /** The fast path and Jackson's own, to compare with the JDK's plain text: characters and UTF-8 bytes. */
  private static String written(BigDecimal value, boolean bytes) {
    try {
      if (bytes) {
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        try (JsonGenerator gen = SocialPlanJson.mapper().createGenerator(out)) {
          JsonDecimals.writePlain(gen, value);
        }
        return out.toString(StandardCharsets.UTF_8);
      }
      StringWriter out = new StringWriter();
      try (JsonGenerator gen = SocialPlanJson.mapper().createGenerator(out)) {
        JsonDecimals.writePlain(gen, value);
      }
      return out.toString();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Test
  void edgesAreSpelledAsToPlainStringSpellsThem() {
    for (String s : new String[] {"0", "0.00", "0.000000000000", "-0.50", "1", "-1", "860000.00", "0.4367657222",
        "999999999999999999", "-999999999999999999", "0.000000000000000001", "1000000000000000000",
        "123456789012345678.9", "1E+3", "-2.5E+10", "1E-30", "12345678901234567890.123"}) {
      BigDecimal v = new BigDecimal(s);
      assertEquals(v.toPlainString(), written(v, false), s);
      assertEquals(v.toPlainString(), written(v, true), s);
    }
  }

  @Test
  void anyDecimalIsSpelledAsToPlainStringSpellsIt() {
    Gen<BigDecimal> decimals = SourceDSL.longs().all().zip(SourceDSL.integers().between(-5, 25),
        (unscaled, scale) -> BigDecimal.valueOf(unscaled, scale));
    qt().withFixedSeed(SEED).withExamples(PropertyRuns.examples(2_000)).forAll(decimals, SourceDSL.booleans().all())
        .check((v, bytes) -> v.toPlainString().equals(written(v, bytes)));
  }
}
