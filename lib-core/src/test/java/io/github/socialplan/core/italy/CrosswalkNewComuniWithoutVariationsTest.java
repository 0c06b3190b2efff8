package io.github.socialplan.core.italy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.socialplan.core.territory.IstatCode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Without the variations ({@link Variations#none()}), the comuni established on a day are taken to be made of
 * the comuni of their province that ended the day before only when these are at least two for each, as a
 * merger takes two or more: a comune carved out of another on the day that other comuni of the province merge
 * must not leave the comune that gave up territory with its whole value. A small registry in ANPR's layout,
 * written here.
 */
class CrosswalkNewComuniWithoutVariationsTest {

  private static final String ARCHIVE_HEADER = "DATAISTITUZIONE,DATACESSAZIONE,CODISTAT,CODCATASTALE,"
      + "DENOMINAZIONE_IT,ALTRADENOMINAZIONE,IDPROVINCIAISTAT,IDREGIONE,SIGLAPROVINCIA,STATO";
  private static final String TERRITORIES = "province_code,province,province_short,region,region_code\n"
      + "15,Milano,MI,Lombardia,3\n108,Monza e della Brianza,MB,Lombardia,3\n";
  private static final LocalDate FROM = LocalDate.of(2004, 12, 31);
  private static final LocalDate TO = LocalDate.of(2005, 1, 1);
  private static final IstatCode ALFA = IstatCode.parse("015001");
  private static final IstatCode BETA = IstatCode.parse("015002");
  private static final IstatCode DONOR = IstatCode.parse("015003");
  private static final IstatCode OTHER = IstatCode.parse("015004");
  private static final IstatCode MERGED = IstatCode.parse("015010");
  private static final IstatCode CARVED = IstatCode.parse("015011");
  private static final IstatCode ELSEWHERE = IstatCode.parse("108001");
  /** ALFA and BETA end on the first date; DONOR, OTHER and ELSEWHERE go on. */
  private static final List<String> COMMON = List.of(
      "1991-01-01,2004-12-31,015001,A001,ALFA,,015,03,MI,C",
      "1991-01-01,2004-12-31,015002,B001,BETA,,015,03,MI,C",
      "1991-01-01,9999-12-31,015003,D001,DONOR,,015,03,MI,A",
      "1991-01-01,9999-12-31,015004,O001,OTHER,,015,03,MI,A",
      "1991-01-01,9999-12-31,108001,E001,ELSEWHERE,,108,03,MB,A");

  @TempDir Path dir;

  private ItalyRegistry registry(String... more) throws IOException {
    StringBuilder text = new StringBuilder(ARCHIVE_HEADER).append('\n');
    COMMON.forEach(l -> text.append(l).append('\n'));
    for (String l : more) {
      text.append(l).append('\n');
    }
    Path archive = dir.resolve("archive.csv");
    Files.writeString(archive, text, StandardCharsets.UTF_8);
    Path territories = dir.resolve("territories.csv");
    Files.writeString(territories, TERRITORIES, StandardCharsets.UTF_8);
    return ItalyRegistry.load(archive, territories);
  }

  @Test
  void aComuneCarvedOutOnTheDayOthersMerge_leavesNoComuneOfItsProvinceWithAnUnchangedValue() throws IOException {
    // ALFA and BETA merge into MERGED on 1 January 2005; the same day CARVED is established from part of
    // DONOR. Nothing but the variations says which new comune ALFA and BETA made: DONOR of 2004 with all its
    // residents is not DONOR of 2005, which lost part of them to CARVED.
    ItalyRegistry italy = registry(
        "2005-01-01,9999-12-31,015010,M001,MERGED,,015,03,MI,A",
        "2005-01-01,9999-12-31,015011,C001,CARVED,,015,03,MI,A");
    Crosswalk cw = Crosswalk.between(italy, Variations.none(), FROM, TO);
    assertEquals(Crosswalk.Outcome.UNCHANGED, cw.entry(DONOR).outcome(), cw.entry(DONOR).message());
    assertEquals(Crosswalk.Outcome.UNMAPPED, cw.entry(ALFA).outcome(), cw.entry(ALFA).message());
    // the merged comuni have no value: nothing of theirs holds the province back
    Crosswalk.Result<Long> r = cw.mapCounts(Map.of(DONOR, 1000L, OTHER, 500L, ELSEWHERE, 300L));
    assertFalse(r.values().containsKey(DONOR), () -> "DONOR got " + r.values().get(DONOR) + "; " + r.report());
    assertFalse(r.values().containsKey(OTHER), () -> "OTHER got " + r.values().get(OTHER) + "; " + r.report());
    assertTrue(r.missing().get(DONOR).contains("may have given territory to 015011 CARVED"),
        r.missing().get(DONOR));
    assertTrue(r.missing().get(DONOR).contains("015010 MERGED"), r.missing().get(DONOR));
    assertTrue(r.missing().containsKey(MERGED), r.missing().toString());
    assertTrue(r.missing().containsKey(CARVED), r.missing().toString());
    // another province is not concerned
    assertEquals(300L, r.values().get(ELSEWHERE));
    assertEquals(List.of(), r.notMapped());
  }

  @Test
  void aMergerAlone_isTakenToMakeTheNewComune_andTheOtherComuniKeepTheirValues() throws IOException {
    // The same day with no comune carved out: the one new comune is made of the comuni that ended.
    ItalyRegistry italy = registry("2005-01-01,9999-12-31,015010,M001,MERGED,,015,03,MI,A");
    Crosswalk cw = Crosswalk.between(italy, Variations.none(), FROM, TO);
    Crosswalk.Result<Long> r = cw.mapCounts(Map.of(DONOR, 1000L, OTHER, 500L, ELSEWHERE, 300L));
    assertEquals(1000L, r.values().get(DONOR), () -> r.missing().get(DONOR));
    assertEquals(500L, r.values().get(OTHER), () -> r.missing().get(OTHER));
    assertEquals("no comune of " + FROM + " maps to it", r.missing().get(MERGED));
    // with a value for a merged comune, any comune of its province may have taken it
    Crosswalk.Result<Long> all = cw.mapCounts(Map.of(ALFA, 10L, DONOR, 1000L, OTHER, 500L, ELSEWHERE, 300L));
    assertFalse(all.values().containsKey(DONOR), all.report().toString());
    assertEquals(300L, all.values().get(ELSEWHERE));
  }

  @Test
  void oneComuneEndingAndOneEstablished_holdTheProvinceBack() throws IOException {
    // Only ALFA ends here: BETA goes on, in a period of its own from 2005. ALFA may have been re-coded as NEW, or been
    // incorporated by a comune of its province on the day NEW was carved out of DONOR.
    ItalyRegistry italy = registry(
        "2005-01-01,9999-12-31,015010,M001,NEW,,015,03,MI,A",
        "2005-01-01,9999-12-31,015002,B001,BETA,,015,03,MI,A");
    Crosswalk cw = Crosswalk.between(italy, Variations.none(), FROM, TO);
    Crosswalk.Result<Long> r = cw.mapCounts(Map.of(DONOR, 1000L, ELSEWHERE, 300L));
    assertFalse(r.values().containsKey(DONOR), r.report().toString());
    assertTrue(r.missing().get(DONOR).contains("may have given territory to 015010 NEW"), r.missing().get(DONOR));
    assertEquals(300L, r.values().get(ELSEWHERE));
  }

  @Test
  void twoMergersOfTwoComuniEach_areTakenToMakeTheTwoNewComuni() throws IOException {
    // ALFA and BETA, GAMMA and DELTA: four comuni end, two are established (Pistoia, 1 January 2017).
    ItalyRegistry italy = registry(
        "1991-01-01,2004-12-31,015006,G001,GAMMA,,015,03,MI,C",
        "1991-01-01,2004-12-31,015007,H001,DELTA,,015,03,MI,C",
        "2005-01-01,9999-12-31,015010,M001,MERGED,,015,03,MI,A",
        "2005-01-01,9999-12-31,015011,C001,OTHERMERGED,,015,03,MI,A");
    Crosswalk cw = Crosswalk.between(italy, Variations.none(), FROM, TO);
    Crosswalk.Result<Long> r = cw.mapCounts(Map.of(DONOR, 1000L, OTHER, 500L));
    assertEquals(1000L, r.values().get(DONOR), () -> r.missing().get(DONOR));
    assertEquals(500L, r.values().get(OTHER), () -> r.missing().get(OTHER));
  }
}
