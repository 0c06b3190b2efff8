package io.github.socialplan.core.italy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.socialplan.core.io.DataFileException;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** ISTAT's variations file in its published format, and what the reader refuses. */
class VariationsReaderTest {

  private static final String HEADER = String.join(";", VariationsReader.HEADER) + "\r\n";

  private static Variations read(String text) throws IOException {
    return VariationsReader.read(new ByteArrayInputStream(text.getBytes(VariationsReader.ENCODING)), "v.csv");
  }

  @Test
  void theFixtureReadsWithItsTwoLineFieldAndWindows1252Names() throws IOException {
    Variations v = CrosswalkTest.fixture();
    Variation first = v.rows().get(0);
    assertEquals(VariationType.CS, first.type());
    assertEquals("Abetone Cutigliano", first.name());
    assertTrue(first.act().contains("\n"), first.act());
    assertEquals(LocalDate.of(2017, 1, 1), first.effective());
    // The quoted field spans two lines, so the next row starts two lines further on.
    assertEquals(first.line() + 2, v.rows().get(1).line());
    assertTrue(v.rows().stream().anyMatch(x -> x.name().equals("Leinì")));
  }

  @Test
  void anUnknownChangeTypeIsNamedWithItsLine() {
    DataFileException e = assertThrows(DataFileException.class, () -> read(HEADER
        + "2017;XX;09;047;047001;Abetone;09;047;047023;Abetone Cutigliano;L.R.;x;01/01/2017;\r\n"));
    assertEquals("v.csv, line 2: unknown change type in 'Tipo variazione': 'XX' (known: CS, ES, AQES, AQ, CE,"
        + " CECS, AP, CD)", e.getMessage());
  }

  @Test
  void aYearOutOfOrderIsRefused() {
    DataFileException e = assertThrows(DataFileException.class, () -> read(HEADER
        + "2017;ES;09;047;047001;Abetone;09;047;047023;Abetone Cutigliano;L.R.;x;01/01/2017;\r\n"
        + "2016;ES;09;047;047004;Cutigliano;09;047;047023;Abetone Cutigliano;L.R.;x;01/01/2016;\r\n"));
    assertEquals("v.csv, line 3: date out of order: year 2016 after year 2017 at line 2; the file lists its"
        + " changes year by year", e.getMessage());
  }

  @Test
  void badDatesCodesHeadersAndWidthsAreRefused() {
    assertTrue(assertThrows(DataFileException.class, () -> read(HEADER
        + "2017;ES;09;047;047001;Abetone;09;047;047023;Abetone Cutigliano;L.R.;x;31/02/2017;\r\n"))
        .getMessage().contains("'31/02/2017'"));
    assertTrue(assertThrows(DataFileException.class, () -> read(HEADER
        + "2017;ES;09;047;47001;Abetone;09;047;047023;Abetone Cutigliano;L.R.;x;01/01/2017;\r\n"))
        .getMessage().contains("'47001'"));
    assertTrue(assertThrows(DataFileException.class, () -> read(HEADER + "2017;ES;09\r\n"))
        .getMessage().contains("expected 14 fields"));
    assertTrue(assertThrows(DataFileException.class, () -> read("Anno;Tipo\r\n"))
        .getMessage().startsWith("v.csv, line 1: wrong header"));
    assertTrue(assertThrows(DataFileException.class, () -> read(""))
        .getMessage().contains("empty file"));
  }
}
