package io.github.socialplan.core.italy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.socialplan.core.io.DataFileException;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import io.github.socialplan.core.territory.IstatCode;
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

  @Test
  void aFieldLongerThanTheLibrarysLimit_isRefusedWithItsLine() throws IOException {
    String act = "x".repeat(io.github.socialplan.core.io.TextInput.MAX_CELL_LENGTH);
    assertEquals(act, read(HEADER + ROW.replace("L.R.", act).replace("DATE", "01/01/2017")).rows().get(0).act());
    DataFileException e = assertThrows(DataFileException.class,
        () -> read(HEADER + ROW.replace("L.R.", act + "x").replace("DATE", "01/01/2017")));
    assertEquals("v.csv, line 2: field 11 has more than the " + io.github.socialplan.core.io.TextInput.MAX_CELL_LENGTH
        + " characters a field may have", e.getMessage());
  }

  private static final String ROW = "2017;ES;09;047;047001;Abetone;09;047;047023;Abetone Cutigliano;L.R.;x;DATE;\r\n";

  private static String refusedDate(String date) {
    return assertThrows(DataFileException.class, () -> read(HEADER + ROW.replace("DATE", date))).getMessage();
  }

  @Test
  void datesOtherThanDdMmYyyyFrom1991_areRefusedNamingTheValue() throws IOException {
    for (String d : new String[] {"1/01/2017", "01/1/2017", "01/01/17", "01-01-2017", "01/01/2017/1", "aa/01/2017",
        "31/12/1990", "01/13/2017", "+1/01/2017", "01/+1/2017", "01/01/+201"}) {
      assertEquals("v.csv, line 2: 'Data decorrenza validità amministrativa' is not a date dd/MM/yyyy from 1991: '"
          + d + "'", refusedDate(d), d);
    }
    Variation first = read(HEADER + ROW.replace("DATE", "01/01/1991")).rows().get(0);
    assertEquals(LocalDate.of(1991, 1, 1), first.effective());
    assertTrue(first.dated());
  }

  @Test
  void aRowWithoutDate_takesTheFirstOfItsYear() throws IOException {
    Variation v = read(HEADER + ROW.replace("DATE", " ")).rows().get(0);
    assertEquals(LocalDate.of(2017, 1, 1), v.effective());
    assertEquals(false, v.dated());
    assertEquals("ES 047001 Abetone -> 047023 Abetone Cutigliano (2017-01-01, line 2)", v.toString());
  }

  @Test
  void yearsBefore1991OrNotOfFourDigits_areRefused() throws IOException {
    for (String y : new String[] {"1990", "201", "20177", "2O17", "/017", ":017"}) {
      DataFileException e = assertThrows(DataFileException.class,
          () -> read(HEADER + ROW.replace("DATE", "01/01/2017").replaceFirst("^2017", y)));
      assertEquals("v.csv, line 2: 'Anno' must be a year from 1991: '" + y + "'", e.getMessage(), y);
    }
    assertEquals(1991, read(HEADER + ROW.replace("DATE", "").replaceFirst("^2017", "1991")).rows().get(0).year());
    assertEquals(2099, read(HEADER + ROW.replace("DATE", "").replaceFirst("^2017", "2099")).rows().get(0).year());
  }

  @Test
  void theHeader_isMatchedColumnByColumn_ignoringCase() throws IOException {
    String upper = HEADER.toUpperCase(java.util.Locale.ROOT);
    assertEquals(1, read(upper + ROW.replace("DATE", "01/01/2017")).rows().size());
    String swapped = HEADER.replaceFirst("Anno;Tipo variazione", "Tipo variazione;Anno");
    DataFileException e = assertThrows(DataFileException.class, () -> read(swapped));
    assertEquals("v.csv, line 1: wrong header: expected the 14 columns " + String.join(";", VariationsReader.HEADER)
        + ", found 14: " + swapped.strip(), e.getMessage());
    String last = HEADER.replace(";Flag_note", ";Note");
    assertTrue(assertThrows(DataFileException.class, () -> read(last)).getMessage().contains("wrong header"));
  }

  @Test
  void variationsOfACode_areThoseOfItsTypeInTheHalfOpenInterval() throws IOException {
    Variations v = read(HEADER + ROW.replace("DATE", "01/01/2017")
        + ROW.replace("DATE", "02/01/2017").replace(";ES;", ";CE;"));
    assertEquals("v.csv", v.source());
    assertEquals("Variations[v.csv: 2 rows]", v.toString());
    IstatCode abetone = IstatCode.parse("047001");
    LocalDate jan1 = LocalDate.of(2017, 1, 1);
    assertEquals(1, v.of(abetone, VariationType.ES, jan1.minusDays(1), jan1).size());
    assertEquals(0, v.of(abetone, VariationType.ES, jan1, jan1.plusDays(5)).size());
    assertEquals(0, v.of(abetone, VariationType.ES, jan1.minusDays(5), jan1.minusDays(1)).size());
    assertEquals(0, v.of(abetone, VariationType.CS, jan1.minusDays(1), jan1).size());
    assertEquals(1, v.of(abetone, VariationType.CE, jan1, jan1.plusDays(1)).size());
    assertEquals(0, v.of(IstatCode.parse("047004"), VariationType.ES, jan1.minusDays(1), jan1).size());
    assertEquals("Variations[no variations: 0 rows]", Variations.none().toString());
  }

  @Test
  void aFileByPath_namesThePathInItsErrors(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir)
      throws IOException {
    java.nio.file.Path file = java.nio.file.Files.write(dir.resolve("variazioni.csv"),
        (HEADER + ROW.replace("DATE", "01/01/2017")).getBytes(VariationsReader.ENCODING));
    Variations v = VariationsReader.read(file);
    assertEquals(file.toString(), v.source());
    assertEquals(1, v.rows().size());
    assertEquals("estinzione di comune", VariationType.ES.italianName());
  }
}
