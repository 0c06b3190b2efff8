package io.github.socialplan.core.italy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.socialplan.core.territory.IstatCode;
import io.github.socialplan.core.territory.Partition;
import io.github.socialplan.core.testing.ReferenceFiles;
import io.github.socialplan.core.testing.ReferenceTable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The embedded registry against the published files it is made of, read here independently. */
class ItalyRegistryTest {

  private static final ItalyRegistry ITALY = ItalyRegistry.embedded();
  private static final ReferenceTable ANPR = ReferenceTable.read("real/anpr-archivio-comuni.csv");
  private static final ReferenceTable COMUNI_2022 = ReferenceTable.read("real/italy-comuni-2022.csv");
  private static final LocalDate JAN_1_2022 = LocalDate.of(2022, 1, 1);

  /** The registry loaded from the CSV copies of the published files: loaded once, for the tests that use it. */
  private static final class FromCsv {
    static final ItalyRegistry REGISTRY;

    static {
      try {
        REGISTRY = ItalyRegistry.load(ReferenceFiles.path("real/anpr-archivio-comuni.csv"),
            ReferenceFiles.path("real/italy-comuni-2022.csv"));
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
  }

  private static boolean validOn(Map<String, String> row, LocalDate d) {
    return !d.isBefore(LocalDate.parse(row.get("DATAISTITUZIONE")))
        && !d.isAfter(LocalDate.parse(row.get("DATACESSAZIONE")));
  }

  @Test
  void everyRowOfTheArchiveIsAPeriod() {
    assertEquals(ANPR.rows().size(), ITALY.periods().size());
  }

  @Test
  void theActiveComuniAreThoseValidOnTheArchivesLastUpdate() {
    LocalDate lastUpdate = ANPR.rows().stream().map(r -> LocalDate.parse(r.get("DATAULTIMOAGG")))
        .max(LocalDate::compareTo).orElseThrow();
    Set<String> active = ANPR.rows(r -> r.get("STATO").equals("A")).stream().map(r -> r.get("CODISTAT"))
        .collect(Collectors.toCollection(TreeSet::new));
    List<ComunePeriod> valid = ITALY.validOn(lastUpdate);
    assertEquals(active.size(), valid.size());
    assertEquals(active, valid.stream().map(p -> p.code().value()).collect(Collectors.toCollection(TreeSet::new)));
  }

  @Test
  void theComuniOfJanuary2022AreThoseOfIstatsList() {
    Set<IstatCode> listed = COMUNI_2022.rows().stream()
        .map(r -> IstatCode.ofNumber(Long.parseLong(r.get("municipality_code")))).collect(Collectors.toSet());
    Set<IstatCode> valid = ITALY.validOn(JAN_1_2022).stream().map(ComunePeriod::code).collect(Collectors.toSet());
    assertEquals(listed, valid);
  }

  @Test
  void abanoTermesHistoryFollowsItsCadastralCode() {
    List<Map<String, String>> rows = ANPR.rows(r -> r.get("CODCATASTALE").equals("A001"));
    rows.sort((a, b) -> a.get("DATAISTITUZIONE").compareTo(b.get("DATAISTITUZIONE")));
    List<ComunePeriod> history = ITALY.history("A001");
    assertEquals(rows.size(), history.size());
    for (int i = 0; i < rows.size(); i++) {
      assertEquals(rows.get(i).get("DENOMINAZIONE_IT"), history.get(i).name());
      assertEquals(rows.get(i).get("CODISTAT"), history.get(i).code().value());
      assertEquals(LocalDate.parse(rows.get(i).get("DATACESSAZIONE")), history.get(i).validTo());
    }
    // The rename: the day before and the day of the new name, under the same code.
    Map<String, String> old = rows.get(0);
    LocalDate lastDay = LocalDate.parse(old.get("DATACESSAZIONE"));
    IstatCode code = IstatCode.parse(old.get("CODISTAT"));
    assertEquals(old.get("DENOMINAZIONE_IT"), ITALY.comune(code, lastDay).name());
    assertEquals(rows.get(1).get("DENOMINAZIONE_IT"), ITALY.comune(code, lastDay.plusDays(1)).name());
    assertEquals(ITALY.byName("Abano Terme", JAN_1_2022), ITALY.comune(code, JAN_1_2022));
  }

  @Test
  void theFourComuniWithoutARegionInTheArchiveAreInTheRegionOfTheirProvince() {
    // ANPR writes IDREGIONE 00, no region, for four comuni of the 1860s whose provinces (Milano, Cremona,
    // Mantova) are in Lombardia (03) in every other period: BARGANO is one of them until 1878.
    List<Map<String, String>> noRegion = ANPR.rows(r -> r.get("IDREGIONE").equals("00"));
    assertEquals(4, noRegion.size());
    for (Map<String, String> r : noRegion) {
      assertEquals(Set.of("03"), ANPR.rows(o -> o.get("IDPROVINCIAISTAT").equals(r.get("IDPROVINCIAISTAT"))
          && !o.get("IDREGIONE").equals("00")).stream().map(o -> o.get("IDREGIONE")).collect(Collectors.toSet()));
      LocalDate day = LocalDate.parse(r.get("DATAISTITUZIONE"));
      IstatCode code = IstatCode.parse(r.get("CODISTAT"));
      assertEquals("03", ITALY.comune(code, day).regionCode(), r.toString());
      assertEquals("03", ITALY.regions(day).groupOf(code).orElseThrow(), r.toString());
      assertEquals("03", FromCsv.REGISTRY.comune(code, day).regionCode(), r.toString());
    }
    LocalDate day = LocalDate.of(1865, 1, 1);
    assertTrue(ITALY.regions(day).members("00").isEmpty(), ITALY.regions(day).members("00").toString());
    assertTrue(ITALY.region("00").isEmpty(), ITALY.allRegions().keySet().toString());
  }

  @Test
  void abbadiaCerretoChangesCodeWithItsProvince() {
    List<Map<String, String>> rows = ANPR.rows(r -> r.get("DENOMINAZIONE_IT").equals("ABBADIA CERRETO"));
    rows.sort((a, b) -> a.get("DATAISTITUZIONE").compareTo(b.get("DATAISTITUZIONE")));
    assertEquals(2, rows.size());
    LocalDate lastDay = LocalDate.parse(rows.get(0).get("DATACESSAZIONE"));
    ComunePeriod before = ITALY.comune(IstatCode.parse(rows.get(0).get("CODISTAT")), lastDay);
    ComunePeriod after = ITALY.follow(before, lastDay.plusDays(1)).orElseThrow();
    assertEquals(rows.get(1).get("CODISTAT"), after.code().value());
    assertEquals(rows.get(1).get("SIGLAPROVINCIA"), after.provinceAbbreviation());
    assertTrue(ITALY.find(before.code(), lastDay.plusDays(1)).isEmpty());
  }

  @Test
  void aPeriodFollowedToADayOfItsOwnIsItselfEvenWhereTwoComuniShareACadastralCode() {
    // ANPR gives FILAGO (016828) and MARNE (016098) the one cadastral code D588 from 1861 to 1928: on a day
    // of FILAGO's period, FILAGO is FILAGO, not the other comune of its cadastral code.
    List<Map<String, String>> shared = ANPR.rows(r -> r.get("CODCATASTALE").equals("D588"));
    assertTrue(shared.size() >= 2);
    for (ComunePeriod p : ITALY.periods()) {
      assertEquals(p, ITALY.follow(p, p.validFrom()).orElseThrow(), () -> "follow " + p + " to " + p.validFrom());
      assertEquals(p, ITALY.follow(p, p.validTo()).orElseThrow(), () -> "follow " + p + " to " + p.validTo());
    }
  }

  @Test
  void theProvinceOfCremonaHasTheComuniAndNamesOfItsList() {
    ReferenceTable cremona = ReferenceTable.read("real/cremona-province-comuni-2022.csv");
    Map<IstatCode, String> listed = new HashMap<>();
    cremona.rows().forEach(r -> listed.put(IstatCode.ofNumber(Long.parseLong(r.get("municipality_code"))),
        r.get("municipality")));
    String province = cremona.rows().get(0).get("province_code");
    Partition provinces = ITALY.provinces(JAN_1_2022);
    String code = "0".repeat(3 - province.length()) + province;
    assertEquals(new TreeSet<>(listed.keySet()), new TreeSet<>(provinces.members(code)));
    listed.forEach((c, name) -> assertEquals(c, ITALY.byName(name, JAN_1_2022).code(), name));
    assertEquals(cremona.rows().get(0).get("province"), ITALY.province(code).orElseThrow().name());
  }

  @Test
  void theItalianListRollsUpThroughTheRegistrysPartitions() {
    Map<IstatCode, Long> residents = new HashMap<>();
    Set<IstatCode> without = new TreeSet<>();
    long sum = 0;
    for (Map<String, String> r : COMUNI_2022.rows()) {
      IstatCode c = IstatCode.ofNumber(Long.parseLong(r.get("municipality_code")));
      if (r.get("population").isEmpty()) {
        without.add(c);
      } else {
        long v = (long) Double.parseDouble(r.get("population"));
        residents.put(c, v);
        sum += v;
      }
    }
    TerritoryTotals totals = TerritoryTotals.of(ITALY, JAN_1_2022, residents);
    long provinces = COMUNI_2022.rows().stream().map(r -> r.get("province_code")).distinct().count();
    long regions = COMUNI_2022.rows().stream().map(r -> r.get("region_code")).distinct().count();
    assertEquals(provinces, totals.provinces().size());
    assertEquals(regions, totals.regions().size());
    assertEquals(provinces, ITALY.provinces(JAN_1_2022).groupIds().size());
    assertEquals(regions, ITALY.regions(JAN_1_2022).groupIds().size());
    assertEquals(sum, totals.italy());
    assertEquals(sum, totals.regions().values().stream().mapToLong(Long::longValue).sum());
    assertEquals(without, totals.missing().stream().map(ComunePeriod::code).collect(Collectors.toCollection(TreeSet::new)));
    assertTrue(!without.isEmpty());
  }

  @Test
  void namesMatchWithoutCaseAccentsOrApostropheForms() {
    ComunePeriod aglie = ITALY.byName("Agliè", JAN_1_2022);
    assertEquals(aglie, ITALY.byName("AGLIE'", JAN_1_2022));
    assertEquals(aglie, ITALY.byName("aglie", JAN_1_2022));
    ComunePeriod aquila = ITALY.byName("L'Aquila", JAN_1_2022);
    assertEquals(aquila, ITALY.byName("l’aquila", JAN_1_2022));
    assertEquals(aquila, ITALY.byName("L' AQUILA", JAN_1_2022));
    Map<String, String> bolzano = ANPR.rows(r -> r.get("DENOMINAZIONE_IT").equals("BOLZANO")
        && validOn(r, JAN_1_2022)).get(0);
    assertEquals(ITALY.byName(bolzano.get("ALTRADENOMINAZIONE").toLowerCase(java.util.Locale.ROOT), JAN_1_2022),
        ITALY.byName("Bolzano", JAN_1_2022));
  }

  @Test
  void anAmbiguousNameListsItsCandidates() {
    List<Map<String, String>> livo = ANPR.rows(r -> r.get("DENOMINAZIONE_IT").equals("LIVO") && validOn(r, JAN_1_2022));
    assertTrue(livo.size() > 1);
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> ITALY.byName("Livo", JAN_1_2022));
    assertTrue(e.getMessage().contains("ambiguous comune name 'Livo'"), e.getMessage());
    livo.forEach(r -> assertTrue(e.getMessage().contains(r.get("CODISTAT") + " LIVO (" + r.get("SIGLAPROVINCIA") + ")"),
        e.getMessage()));
  }

  @Test
  void aDateBeforeTheRegistryAndAnUnknownCodeAreRefused() {
    LocalDate first = ANPR.rows().stream().map(r -> LocalDate.parse(r.get("DATAISTITUZIONE")))
        .min(LocalDate::compareTo).orElseThrow();
    assertEquals(first, ITALY.firstDate());
    IllegalArgumentException early = assertThrows(IllegalArgumentException.class,
        () -> ITALY.validOn(LocalDate.of(1860, 12, 31)));
    assertTrue(early.getMessage().contains("date 1860-12-31 is before " + first), early.getMessage());
    IllegalArgumentException unknown = assertThrows(IllegalArgumentException.class,
        () -> ITALY.comune(IstatCode.parse("999999"), JAN_1_2022));
    assertTrue(unknown.getMessage().contains("unknown ISTAT comune code 999999"), unknown.getMessage());
    IllegalArgumentException gone = assertThrows(IllegalArgumentException.class,
        () -> ITALY.comune(IstatCode.parse("015001"), JAN_1_2022));
    assertTrue(gone.getMessage().contains("no comune had ISTAT code 015001 on 2022-01-01"), gone.getMessage());
    assertThrows(IllegalArgumentException.class, () -> ITALY.history("Z999"));
  }

  @Test
  void newerCopiesOfTheFilesReplaceTheEmbeddedOnes() {
    ItalyRegistry loaded = FromCsv.REGISTRY;
    assertEquals(ITALY.periods(), loaded.periods());
    assertEquals(ITALY.allProvinces(), loaded.allProvinces());
  }

  /** The compact form the build writes gives what the CSV gives: every period, and every index. */
  @Test
  void theEmbeddedCompactArchive_givesWhatTheCsvGives() throws IOException {
    ItalyRegistry csv = FromCsv.REGISTRY;
    ItalyRegistry compact = ItalyRegistry.loadEmbedded();
    assertEquals(csv.periods(), compact.periods());
    assertEquals(csv.firstDate(), compact.firstDate());
    for (ComunePeriod p : csv.periods()) {
      assertEquals(csv.periodsOf(p.code()), compact.periodsOf(p.code()), p.toString());
      if (!p.cadastralCode().equals(ItalyRegistry.NO_CADASTRAL_CODE)) {
        assertEquals(csv.history(p.cadastralCode()), compact.history(p.cadastralCode()), p.toString());
      }
      assertEquals(csv.named(p.name()), compact.named(p.name()), p.toString());
    }
  }

  @Test
  void aStreamThatIsNotTheCompactArchive_isRefusedNamingIt() {
    byte[] csv = "\"ID\",\"DATAISTITUZIONE\"\n".getBytes(java.nio.charset.StandardCharsets.UTF_8);
    IOException e = assertThrows(IOException.class,
        () -> CompactArchive.read(new java.io.ByteArrayInputStream(csv), "copy.bin"));
    assertTrue(e.getMessage().contains("copy.bin is not a compact archive of comuni"), e.getMessage());
  }
}
