package io.github.socialplan.core.italy;

import static org.junit.jupiter.api.Assertions.assertEquals;

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
 * Two comuni that ANPR's archive gives one cadastral code and that go on as one comune under it are summed
 * into that comune: the one whose code does not go on is merged, not renamed or re-coded one to one. A small
 * registry in ANPR's layout, written here.
 */
class CrosswalkSharedCadastralCodeTest {

  private static final String ARCHIVE_HEADER = "DATAISTITUZIONE,DATACESSAZIONE,CODISTAT,CODCATASTALE,"
      + "DENOMINAZIONE_IT,ALTRADENOMINAZIONE,IDPROVINCIAISTAT,IDREGIONE,SIGLAPROVINCIA,STATO";
  private static final String TERRITORIES = "province_code,province,province_short,region,region_code\n"
      + "16,Bergamo,BG,Lombardia,3\n";
  private static final LocalDate FROM = LocalDate.of(1920, 1, 1);
  private static final LocalDate TO = LocalDate.of(1930, 1, 1);
  private static final IstatCode ALFA = IstatCode.parse("016001");
  private static final IstatCode BETA = IstatCode.parse("016002");

  @TempDir Path dir;

  private ItalyRegistry registry(String... periods) throws IOException {
    Path archive = dir.resolve("archive.csv");
    Files.writeString(archive, ARCHIVE_HEADER + "\n" + String.join("\n", periods) + "\n", StandardCharsets.UTF_8);
    Path territories = dir.resolve("territories.csv");
    Files.writeString(territories, TERRITORIES, StandardCharsets.UTF_8);
    return ItalyRegistry.load(archive, territories);
  }

  @Test
  void twoComuniOfOneCadastralCodeGoingOnUnderOneOfTheirCodes_theOtherIsMerged() throws IOException {
    ItalyRegistry italy = registry(
        "1910-01-01,1925-06-30,016001,K001,ALFA,,016,03,BG,C",
        "1910-01-01,1925-06-30,016002,K001,BETA,,016,03,BG,C",
        "1925-07-01,9999-12-31,016002,K001,BETA,,016,03,BG,A");
    Crosswalk cw = Crosswalk.between(italy, Variations.none(), FROM, TO);
    assertEquals(Crosswalk.Outcome.MERGED, cw.entry(ALFA).outcome(), cw.entry(ALFA).message());
    assertEquals("016001 ALFA: MERGED -> 016002 BETA; 016001 ALFA merged into 016002 BETA on 1925-07-01, the "
        + "comune of cadastral code K001, which 016002 BETA also had until 1925-06-30", cw.entry(ALFA).message());
    assertEquals(Crosswalk.Outcome.UNCHANGED, cw.entry(BETA).outcome(), cw.entry(BETA).message());
    assertEquals(List.of(ALFA, BETA), cw.sourcesOf(BETA));
    assertEquals(Map.of(BETA, 30L), cw.mapCounts(Map.of(ALFA, 10L, BETA, 20L)).values());
  }

  @Test
  void twoComuniOfOneCadastralCodeGoingOnUnderANewCode_areBothMerged() throws IOException {
    IstatCode gamma = IstatCode.parse("016003");
    ItalyRegistry italy = registry(
        "1910-01-01,1925-06-30,016001,K001,ALFA,,016,03,BG,C",
        "1910-01-01,1925-06-30,016002,K001,BETA,,016,03,BG,C",
        "1925-07-01,9999-12-31,016003,K001,GAMMA,,016,03,BG,A");
    Crosswalk cw = Crosswalk.between(italy, Variations.none(), FROM, TO);
    assertEquals(Crosswalk.Outcome.MERGED, cw.entry(ALFA).outcome(), cw.entry(ALFA).message());
    assertEquals(Crosswalk.Outcome.MERGED, cw.entry(BETA).outcome(), cw.entry(BETA).message());
    assertEquals(List.of(ALFA, BETA), cw.sourcesOf(gamma));
    assertEquals(Map.of(gamma, 30L), cw.mapCounts(Map.of(ALFA, 10L, BETA, 20L)).values());
  }

  @Test
  void aComuneAloneWithItsCadastralCode_isRecodedAsBefore() throws IOException {
    ItalyRegistry italy = registry(
        "1910-01-01,1925-06-30,016001,K001,ALFA,,016,03,BG,C",
        "1925-07-01,9999-12-31,016003,K001,ALFA,,016,03,BG,A");
    Crosswalk cw = Crosswalk.between(italy, Variations.none(), FROM, TO);
    assertEquals(Crosswalk.Outcome.RECODED, cw.entry(ALFA).outcome(), cw.entry(ALFA).message());
  }
}
