package io.github.socialplan.core.italy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import io.github.socialplan.core.territory.IstatCode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A comune that changes code (or is merged into a new comune) and is divided later: the comuni that took
 * its territory must get no value, as they do when the divided comune kept the code it had on the first
 * date. A small registry and variations file in the published layouts, written here.
 */
class CrosswalkSplitAfterChangeTest {

  private static final String ARCHIVE_HEADER = "DATAISTITUZIONE,DATACESSAZIONE,CODISTAT,CODCATASTALE,"
      + "DENOMINAZIONE_IT,ALTRADENOMINAZIONE,IDPROVINCIAISTAT,IDREGIONE,SIGLAPROVINCIA,STATO";
  private static final String TERRITORIES = "province_code,province,province_short,region,region_code\n"
      + "15,Milano,MI,Lombardia,3\n108,Monza e della Brianza,MB,Lombardia,3\n";
  private static final LocalDate FROM = LocalDate.of(2000, 1, 1);
  private static final LocalDate TO = LocalDate.of(2011, 1, 1);
  private static final IstatCode ALFA_FIRST = IstatCode.parse("015001");
  private static final IstatCode BETA = IstatCode.parse("108002");
  private static final IstatCode GAMMA = IstatCode.parse("108003");

  @TempDir Path dir;

  private ItalyRegistry registry(String... periods) throws IOException {
    Path archive = dir.resolve("archive.csv");
    Files.writeString(archive, ARCHIVE_HEADER + "\n" + String.join("\n", periods) + "\n", StandardCharsets.UTF_8);
    Path territories = dir.resolve("territories.csv");
    Files.writeString(territories, TERRITORIES, StandardCharsets.UTF_8);
    return ItalyRegistry.load(archive, territories);
  }

  private static Variations variations(String... rows) throws IOException {
    String text = String.join(";", VariationsReader.HEADER) + "\r\n" + String.join("\r\n", rows) + "\r\n";
    return VariationsReader.read(new ByteArrayInputStream(text.getBytes(VariationsReader.ENCODING)), "v.csv");
  }

  /** ALFA, BETA and GAMMA on the first date; BETA and GAMMA share ALFA's territory on the second. */
  private static void assertTheReceiversGetNoValue(Crosswalk cw) {
    assertEquals(Crosswalk.Outcome.SPLIT, cw.entry(ALFA_FIRST).outcome(), cw.entry(ALFA_FIRST).message());
    Crosswalk.Result<Long> r = cw.mapCounts(Map.of(ALFA_FIRST, 1000L, BETA, 200L, GAMMA, 300L));
    // BETA's territory on the second date is its own and part of ALFA's: 200 would be a wrong total.
    assertFalse(r.values().containsKey(BETA), () -> "BETA got " + r.values().get(BETA) + "; " + r.report());
    assertFalse(r.values().containsKey(GAMMA), () -> "GAMMA got " + r.values().get(GAMMA) + "; " + r.report());
    assertTrue(r.missing().get(BETA).contains("split comune"), r.missing().toString());
    assertTrue(r.missing().get(GAMMA).contains("split comune"), r.missing().toString());
    assertEquals(List.of(cw.entry(ALFA_FIRST)), r.notMapped());
  }

  @Test
  void aComuneDividedAfterAChangeOfCode_blocksTheComuniThatTookItsTerritory() throws IOException {
    ItalyRegistry italy = registry(
        "1991-01-01,2004-12-31,015001,X001,ALFA,,015,03,MI,C",
        "2005-01-01,2009-12-31,108001,X001,ALFA,,108,03,MB,C",
        "1991-01-01,9999-12-31,108002,B001,BETA,,108,03,MB,A",
        "1991-01-01,9999-12-31,108003,C001,GAMMA,,108,03,MB,A");
    Variations v = variations(
        "2010;ES;03;108;108001;ALFA;03;108;108002;BETA;L.R.;x;01/01/2010;",
        "2010;ES;03;108;108001;ALFA;03;108;108003;GAMMA;L.R.;x;01/01/2010;");
    assertTheReceiversGetNoValue(Crosswalk.between(italy, v, FROM, TO));
  }

  @Test
  void aNewComuneOfAMergerThatIsDividedLater_blocksTheComuniThatTookItsTerritory() throws IOException {
    // ALFA and DELTA merge into EPSILON in 2005, which is divided between BETA and GAMMA in 2010.
    ItalyRegistry italy = registry(
        "1991-01-01,2004-12-31,015001,X001,ALFA,,015,03,MI,C",
        "1991-01-01,2004-12-31,015004,D001,DELTA,,015,03,MI,C",
        "2005-01-01,2009-12-31,108005,E001,EPSILON,,108,03,MB,C",
        "1991-01-01,9999-12-31,108002,B001,BETA,,108,03,MB,A",
        "1991-01-01,9999-12-31,108003,C001,GAMMA,,108,03,MB,A");
    Variations v = variations(
        "2005;ES;03;015;015001;ALFA;03;108;108005;EPSILON;L.R.;x;01/01/2005;",
        "2005;ES;03;015;015004;DELTA;03;108;108005;EPSILON;L.R.;x;01/01/2005;",
        "2010;ES;03;108;108005;EPSILON;03;108;108002;BETA;L.R.;x;01/01/2010;",
        "2010;ES;03;108;108005;EPSILON;03;108;108003;GAMMA;L.R.;x;01/01/2010;");
    assertTheReceiversGetNoValue(Crosswalk.between(italy, v, FROM, TO));
  }
  @Test
  void aComuneDividedAndThenRecoded_givesNoValueToTheComuneThatHoldsTheRestOfItsTerritory() throws IOException {
    // ALFA cedes territory to establish CHI in 2002, moves to Monza e Brianza (108001) in 2005 and takes BETA's
    // territory in 2008: on the second date 108001 holds BETA and what ALFA kept, so BETA's 200 alone is wrong.
    ItalyRegistry italy = registry(
        "1991-01-01,2004-12-31,015001,X001,ALFA,,015,03,MI,C",
        "2005-01-01,9999-12-31,108001,X001,ALFA,,108,03,MB,A",
        "2002-01-01,9999-12-31,015009,K001,CHI,,015,03,MI,A",
        "1991-01-01,2007-12-31,108002,B001,BETA,,108,03,MB,C");
    Variations v = variations(
        "2002;CECS;03;015;015001;ALFA;03;015;015009;CHI;L.R.;x;01/01/2002;",
        "2008;ES;03;108;108002;BETA;03;108;108001;ALFA;L.R.;x;01/01/2008;");
    Crosswalk cw = Crosswalk.between(italy, v, FROM, TO);
    IstatCode alfa = IstatCode.parse("108001");
    assertEquals(Crosswalk.Outcome.SPLIT, cw.entry(ALFA_FIRST).outcome(), cw.entry(ALFA_FIRST).message());
    assertEquals(Crosswalk.Outcome.MERGED, cw.entry(IstatCode.parse("108002")).outcome());
    Crosswalk.Result<Long> r = cw.mapCounts(Map.of(ALFA_FIRST, 1000L, IstatCode.parse("108002"), 200L));
    assertFalse(r.values().containsKey(alfa), () -> "ALFA got " + r.values().get(alfa) + "; " + r.report());
    assertTrue(r.missing().get(alfa).contains("split comune 015001"), r.missing().toString());
    assertFalse(r.values().containsKey(IstatCode.parse("015009")), r.report().toString());
  }

  @Test
  void aComuneDividedThenRecodedThenMerged_givesNoValueToTheNewComune() throws IOException {
    // ALFA cedes territory to establish CHI in 2002, moves to 108001 in 2005, and merges with BETA into
    // EPSILON in 2008: EPSILON holds what ALFA kept, so BETA's 200 alone is wrong.
    ItalyRegistry italy = registry(
        "1991-01-01,2004-12-31,015001,X001,ALFA,,015,03,MI,C",
        "2005-01-01,2007-12-31,108001,X001,ALFA,,108,03,MB,C",
        "2002-01-01,9999-12-31,015009,K001,CHI,,015,03,MI,A",
        "1991-01-01,2007-12-31,108002,B001,BETA,,108,03,MB,C",
        "2008-01-01,9999-12-31,108005,E001,EPSILON,,108,03,MB,A");
    Variations v = variations(
        "2002;CECS;03;015;015001;ALFA;03;015;015009;CHI;L.R.;x;01/01/2002;",
        "2008;ES;03;108;108001;ALFA;03;108;108005;EPSILON;L.R.;x;01/01/2008;",
        "2008;ES;03;108;108002;BETA;03;108;108005;EPSILON;L.R.;x;01/01/2008;");
    Crosswalk cw = Crosswalk.between(italy, v, FROM, TO);
    IstatCode epsilon = IstatCode.parse("108005");
    assertEquals(Crosswalk.Outcome.SPLIT, cw.entry(ALFA_FIRST).outcome(), cw.entry(ALFA_FIRST).message());
    Crosswalk.Result<Long> r = cw.mapCounts(Map.of(ALFA_FIRST, 1000L, IstatCode.parse("108002"), 200L));
    assertFalse(r.values().containsKey(epsilon), () -> "EPSILON got " + r.values().get(epsilon) + "; " + r.report());
    assertTrue(r.missing().get(epsilon).contains("split comune 015001"), r.missing().toString());
  }
  @Test
  void aNewComuneOfASplitThatMergesLater_givesNoValueToTheComuneItMergedInto() throws IOException {
    // ALFA cedes territory to establish CHI in 2002; CHI and BETA merge into EPSILON in 2008: EPSILON holds
    // part of ALFA's territory of 2000, so BETA's 200 alone is wrong.
    ItalyRegistry italy = registry(
        "1991-01-01,9999-12-31,015001,X001,ALFA,,015,03,MI,A",
        "2002-01-01,2007-12-31,015009,K001,CHI,,015,03,MI,C",
        "1991-01-01,2007-12-31,015002,B001,BETA,,015,03,MI,C",
        "2008-01-01,9999-12-31,015010,E001,EPSILON,,015,03,MI,A");
    Variations v = variations(
        "2002;CECS;03;015;015001;ALFA;03;015;015009;CHI;L.R.;x;01/01/2002;",
        "2008;ES;03;015;015009;CHI;03;015;015010;EPSILON;L.R.;x;01/01/2008;",
        "2008;ES;03;015;015002;BETA;03;015;015010;EPSILON;L.R.;x;01/01/2008;");
    Crosswalk cw = Crosswalk.between(italy, v, FROM, TO);
    IstatCode epsilon = IstatCode.parse("015010");
    IstatCode beta = IstatCode.parse("015002");
    assertEquals(Crosswalk.Outcome.MERGED, cw.entry(beta).outcome(), cw.entry(beta).message());
    Crosswalk.Result<Long> r = cw.mapCounts(Map.of(ALFA_FIRST, 1000L, beta, 200L));
    assertFalse(r.values().containsKey(epsilon), () -> "EPSILON got " + r.values().get(epsilon) + "; " + r.report());
    assertTrue(r.missing().get(epsilon).contains("split comune 015001"), r.missing().toString());
  }
}
