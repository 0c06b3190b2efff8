package io.github.socialplan.core.italy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.socialplan.core.population.Population;
import io.github.socialplan.core.population.Sex;
import io.github.socialplan.core.territory.IstatCode;
import io.github.socialplan.core.testing.ReferenceTable;
import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The crosswalk on real events: the merger of Abetone and Cutigliano and the founding of Mappano. */
class CrosswalkTest {

  private static final ItalyRegistry ITALY = ItalyRegistry.embedded();
  private static final ReferenceTable ANPR = ReferenceTable.read("real/anpr-archivio-comuni.csv");

  static Variations fixture() throws IOException {
    try (InputStream in = CrosswalkTest.class.getResourceAsStream("/italy/variazioni-abetone-mappano.csv")) {
      return VariationsReader.read(in, "variazioni-abetone-mappano.csv");
    }
  }

  private static Map<String, String> anpr(String name, boolean current) {
    return ANPR.rows(r -> r.get("DENOMINAZIONE_IT").equals(name)
        && r.get("DATACESSAZIONE").equals("9999-12-31") == current).stream()
        .max((a, b) -> a.get("DATAISTITUZIONE").compareTo(b.get("DATAISTITUZIONE"))).orElseThrow();
  }

  private static Population population(String code, int year, int seed) {
    int[] m = new int[Population.AGE_CLASSES];
    int[] f = new int[Population.AGE_CLASSES];
    for (int a = 0; a < m.length; a++) {
      m[a] = (a * seed + 7) % 23;
      f[a] = (a * (seed + 3) + 5) % 19;
    }
    return Population.of(code, year, m, f);
  }

  @Test
  void abetoneAndCutiglianoMapOntoAbetoneCutiglianoWithTotalsPreserved() throws IOException {
    Map<String, String> abetone = anpr("ABETONE", false);
    Map<String, String> cutigliano = anpr("CUTIGLIANO", false);
    Map<String, String> merged = anpr("ABETONE CUTIGLIANO", true);
    LocalDate lastDay = LocalDate.parse(abetone.get("DATACESSAZIONE"));
    assertEquals(lastDay, LocalDate.parse(cutigliano.get("DATACESSAZIONE")));
    assertEquals(lastDay.plusDays(1), LocalDate.parse(merged.get("DATAISTITUZIONE")));

    Crosswalk cw = Crosswalk.between(ITALY, fixture(), lastDay, lastDay.plusDays(1));
    IstatCode a = IstatCode.parse(abetone.get("CODISTAT"));
    IstatCode c = IstatCode.parse(cutigliano.get("CODISTAT"));
    IstatCode target = IstatCode.parse(merged.get("CODISTAT"));
    assertEquals(Crosswalk.Outcome.MERGED, cw.entry(a).outcome());
    assertEquals(target, cw.entry(c).target().orElseThrow().code());
    assertEquals(List.of(a, c), cw.sourcesOf(target));

    Population pa = population(a.value(), lastDay.getYear(), 3);
    Population pc = population(c.value(), lastDay.getYear(), 5);
    Crosswalk.Result<Population> r = cw.mapPopulations(List.of(pa, pc));
    Population p = r.values().get(target);
    assertEquals(pa.total() + pc.total(), p.total());
    for (int age = 0; age < Population.AGE_CLASSES; age++) {
      assertEquals(pa.count(Sex.FEMALE, age) + pc.count(Sex.FEMALE, age), p.count(Sex.FEMALE, age));
    }
    assertTrue(r.report().stream().anyMatch(l -> l.startsWith(a + " ABETONE: MERGED -> " + target)), r.report().toString());
  }

  @Test
  void allItalyCountsAreConservedAndRenamesMapOneToOne() throws IOException {
    LocalDate from = LocalDate.of(2016, 1, 1);
    LocalDate to = LocalDate.of(2017, 1, 1);
    Crosswalk cw = Crosswalk.between(ITALY, fixture(), from, to);
    Map<IstatCode, Long> ones = new HashMap<>();
    ITALY.validOn(from).forEach(p -> ones.put(p.code(), 1L + p.code().value().hashCode() % 7 + 7));
    Crosswalk.Result<Long> r = cw.mapCounts(ones);
    long in = ones.values().stream().mapToLong(Long::longValue).sum();
    long out = r.values().values().stream().mapToLong(Long::longValue).sum();
    long dropped = r.notMapped().stream().mapToLong(e -> ones.get(e.source().code())).sum();
    // the comuni that may have taken an unmapped one's territory hold their sources' values back
    long held = r.missing().keySet().stream().flatMap(t -> cw.sourcesOf(t).stream()).mapToLong(ones::get).sum();
    assertEquals(in, out + dropped + held);
    // Every comune of the first date that still has its cadastral code on the second maps to that comune.
    for (Crosswalk.Entry e : cw.entries()) {
      ITALY.follow(e.source(), to).ifPresent(t -> assertEquals(t, e.target().orElseThrow(), e.message()));
    }
  }

  @Test
  void aSplitIsReportedAndNotMapped() throws IOException {
    Map<String, String> mappano = anpr("MAPPANO", true);
    LocalDate founded = LocalDate.parse(mappano.get("DATAISTITUZIONE"));
    Variations v = fixture();
    List<Variation> ceded = v.rows().stream().filter(x -> x.type() == VariationType.CECS).collect(Collectors.toList());
    Crosswalk cw = Crosswalk.between(ITALY, v, founded.minusDays(1), founded);
    Map<IstatCode, Long> values = new HashMap<>();
    for (Variation x : ceded) {
      assertEquals(Crosswalk.Outcome.SPLIT, cw.entry(x.code()).outcome());
      assertTrue(cw.entry(x.code()).detail().contains("line " + x.line()), cw.entry(x.code()).detail());
      values.put(x.code(), 1000L);
    }
    Crosswalk.Result<Long> r = cw.mapCounts(values);
    IstatCode m = IstatCode.parse(mappano.get("CODISTAT"));
    assertTrue(r.missing().containsKey(m), r.missing().toString());
    assertEquals(ceded.size(), r.notMapped().size());
    ceded.forEach(x -> assertFalse(r.values().containsKey(x.code())));
  }

  @Test
  void withoutVariationsAMergerIsUnmapped() throws IOException {
    Map<String, String> abetone = anpr("ABETONE", false);
    LocalDate lastDay = LocalDate.parse(abetone.get("DATACESSAZIONE"));
    Crosswalk cw = Crosswalk.between(ITALY, Variations.none(), lastDay, lastDay.plusDays(1));
    assertEquals(Crosswalk.Outcome.UNMAPPED, cw.entry(IstatCode.parse(abetone.get("CODISTAT"))).outcome());
  }

  @Test
  void withoutVariations_theComuniThatMayHaveGivenTerritoryToANewComune_getNoValue() {
    // Mappano (001316) starts on 18 April 2017 from territory of Borgaro Torinese, Caselle Torinese, Leinì
    // and Settimo Torinese, which go on. Without ISTAT's variations nothing says which comuni gave it
    // territory: Borgaro Torinese of the day before, with all its residents, must not map onto the smaller
    // Borgaro Torinese as if complete, nor must any other comune of the Città metropolitana di Torino.
    Map<String, String> mappano = anpr("MAPPANO", true);
    LocalDate founded = LocalDate.parse(mappano.get("DATAISTITUZIONE"));
    Crosswalk cw = Crosswalk.between(ITALY, Variations.none(), founded.minusDays(1), founded);
    IstatCode borgaro = IstatCode.parse("001028");
    IstatCode m = IstatCode.parse(mappano.get("CODISTAT"));
    assertEquals(Crosswalk.Outcome.UNCHANGED, cw.entry(borgaro).outcome());
    Map<IstatCode, Long> ones = new HashMap<>();
    ITALY.validOn(founded.minusDays(1)).forEach(p -> ones.put(p.code(), 1000L));
    Crosswalk.Result<Long> r = cw.mapCounts(ones);
    assertFalse(r.values().containsKey(borgaro), "001028 = " + r.values().get(borgaro));
    assertTrue(r.missing().get(borgaro).contains(m.value()), r.missing().get(borgaro));
    assertTrue(r.missing().containsKey(m), r.missing().toString());
    for (ComunePeriod p : ITALY.validOn(founded)) {
      assertEquals(!p.provinceCode().equals("001"), r.values().containsKey(p.code()), p.toString());
    }
  }

  @Test
  void withoutVariations_theComuniThatMayHaveTakenAnUnmappedOne_getNoValue() {
    // Bigarello (020004) merged into San Giorgio di Mantova (020057), renamed San Giorgio Bigarello, on
    // 1 January 2019. Without ISTAT's variations nothing says where Bigarello went: 020057 must not get
    // 1000 as if complete, nor must any other comune of the province of Mantova.
    LocalDate lastDay = LocalDate.of(2018, 12, 31);
    Crosswalk cw = Crosswalk.between(ITALY, Variations.none(), lastDay, lastDay.plusDays(1));
    IstatCode bigarello = IstatCode.parse("020004");
    IstatCode sanGiorgio = IstatCode.parse("020057");
    assertEquals(Crosswalk.Outcome.UNMAPPED, cw.entry(bigarello).outcome());
    assertEquals(Crosswalk.Outcome.RENAMED, cw.entry(sanGiorgio).outcome());
    Map<IstatCode, Long> ones = new HashMap<>();
    ITALY.validOn(lastDay).forEach(p -> ones.put(p.code(), 1000L));
    Crosswalk.Result<Long> r = cw.mapCounts(ones);
    assertFalse(r.values().containsKey(sanGiorgio), "020057 = " + r.values().get(sanGiorgio));
    assertTrue(r.missing().get(sanGiorgio).contains("020004"), r.missing().get(sanGiorgio));
    for (IstatCode t : r.values().keySet()) {
      assertFalse(t.provinceCode().equals("020"), t + " of Mantova has a value");
    }
    // Roma: no comune of its province ended that day, so its value stands
    assertTrue(r.notMapped().stream().noneMatch(e -> e.source().provinceCode().equals("058")));
    assertEquals(1000L, r.values().get(IstatCode.parse("058091")));
    assertTrue(r.notMapped().stream().anyMatch(e -> e.source().code().equals(bigarello)));
    // without a value for Bigarello nothing of it is dropped, and San Giorgio's value is whole
    ones.remove(bigarello);
    ITALY.validOn(lastDay).stream().filter(p -> !ITALY.follow(p, lastDay.plusDays(1)).isPresent())
        .forEach(p -> ones.remove(p.code()));
    Crosswalk.Result<Long> without = cw.mapCounts(ones);
    assertEquals(1000L, without.values().get(sanGiorgio));
  }

  @Test
  void populationsOfSeveralYears_areRefused() {
    LocalDate d = LocalDate.of(2020, 1, 1);
    Crosswalk cw = Crosswalk.between(ITALY, Variations.none(), d, d);
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> cw.mapPopulations(
        List.of(population("019036", 2019, 3), population("019001", 2016, 5))));
    assertEquals("populations of one year are needed: 019036 is of 2019, 019001 of 2016", e.getMessage());
  }

  @Test
  void badInputIsRefused() throws IOException {
    LocalDate d = LocalDate.of(2020, 1, 1);
    assertThrows(IllegalArgumentException.class, () -> Crosswalk.between(ITALY, fixture(), d, d.minusDays(1)));
    Crosswalk cw = Crosswalk.between(ITALY, fixture(), d, d);
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> cw.mapCounts(Map.of(IstatCode.parse("999999"), 1L)));
    assertTrue(e.getMessage().contains("999999"), e.getMessage());
  }

  @Test
  void aRenameAndAChangeOfCode_mapOneToOne_sayingWhatChanged() throws IOException {
    Map<String, String> abano = anpr("ABANO", false);
    LocalDate lastDay = LocalDate.parse(abano.get("DATACESSAZIONE"));
    Crosswalk rename = Crosswalk.between(ITALY, fixture(), lastDay, lastDay.plusDays(1));
    IstatCode code = IstatCode.parse(abano.get("CODISTAT"));
    Crosswalk.Entry e = rename.entry(code);
    assertEquals(Crosswalk.Outcome.RENAMED, e.outcome());
    assertEquals(code + " ABANO: RENAMED -> " + code + " ABANO TERME; " + code + " ABANO is " + code
        + " ABANO TERME from " + lastDay.plusDays(1), e.message());
    assertEquals(lastDay, rename.from());
    assertEquals(lastDay.plusDays(1), rename.to());
    assertEquals("Crosswalk[" + lastDay + " -> " + lastDay.plusDays(1) + ": " + ITALY.validOn(lastDay).size()
        + " comuni -> " + ITALY.validOn(lastDay.plusDays(1)).size() + "]", rename.toString());
    assertEquals(rename.entries().size(), ITALY.validOn(lastDay).size());

    Map<String, String> milano = anpr("ABBADIA CERRETO", false);
    Map<String, String> lodi = anpr("ABBADIA CERRETO", true);
    LocalDate last = LocalDate.parse(milano.get("DATACESSAZIONE"));
    Crosswalk recode = Crosswalk.between(ITALY, fixture(), last, last.plusDays(1));
    Crosswalk.Entry r = recode.entry(IstatCode.parse(milano.get("CODISTAT")));
    assertEquals(Crosswalk.Outcome.RECODED, r.outcome());
    assertEquals(milano.get("CODISTAT") + " ABBADIA CERRETO: RECODED -> " + lodi.get("CODISTAT")
        + " ABBADIA CERRETO; " + milano.get("CODISTAT") + " ABBADIA CERRETO is " + lodi.get("CODISTAT")
        + " ABBADIA CERRETO from " + last.plusDays(1), r.message());
    assertEquals(List.of(IstatCode.parse(milano.get("CODISTAT"))),
        recode.sourcesOf(IstatCode.parse(lodi.get("CODISTAT"))));
    // A comune that goes on unchanged: no detail, and its counts go through as they are.
    Crosswalk.Entry same = recode.entry(IstatCode.parse("015002"));
    assertEquals(Crosswalk.Outcome.UNCHANGED, same.outcome());
    assertEquals("", same.detail());
    assertEquals("015002 " + same.source().name() + ": UNCHANGED -> 015002 " + same.source().name(), same.message());
    Crosswalk.Result<Long> counts = recode.mapCounts(Map.of(IstatCode.parse(milano.get("CODISTAT")), 120L,
        IstatCode.parse("015002"), 0L));
    assertEquals(120L, counts.values().get(IstatCode.parse(lodi.get("CODISTAT"))));
    assertEquals(0L, counts.values().get(IstatCode.parse("015002")));
    assertEquals(Map.of(IstatCode.parse(lodi.get("CODISTAT")), "120", IstatCode.parse("015002"), "0"),
        counts.mapValues(String::valueOf));
    assertEquals("no value for source comuni [015003]", counts.missing().get(IstatCode.parse("015003")));
  }

  @Test
  void theReportEndsWithTheComuniLeftWithoutValue() throws IOException {
    Map<String, String> abetone = anpr("ABETONE", false);
    Map<String, String> cutigliano = anpr("CUTIGLIANO", false);
    Map<String, String> merged = anpr("ABETONE CUTIGLIANO", true);
    LocalDate lastDay = LocalDate.parse(abetone.get("DATACESSAZIONE"));
    Crosswalk cw = Crosswalk.between(ITALY, fixture(), lastDay, lastDay.plusDays(1));
    IstatCode a = IstatCode.parse(abetone.get("CODISTAT"));
    IstatCode target = IstatCode.parse(merged.get("CODISTAT"));
    Crosswalk.Result<Long> r = cw.mapCounts(Map.of(a, 10L));
    List<String> report = r.report();
    assertEquals(cw.entries().size() + r.missing().size(), report.size());
    assertEquals(cw.entries().get(0).message(), report.get(0));
    assertTrue(report.contains(target + " ABETONE CUTIGLIANO on " + lastDay.plusDays(1)
        + ": no value, no value for source comuni [" + cutigliano.get("CODISTAT") + "]"), report.toString());
    assertTrue(report.get(cw.entries().size()).contains(": no value, "), report.toString());
    String step = cw.entry(a).detail();
    assertTrue(step.startsWith(a + " ABETONE merged into " + target + " ABETONE CUTIGLIANO on "
        + lastDay.plusDays(1) + " (line "), step);
    // A target whose sources all have values but one has none: only the merged comune is missing.
    Crosswalk.Result<Long> both = cw.mapCounts(Map.of(a, 10L, IstatCode.parse(cutigliano.get("CODISTAT")), 5L));
    assertEquals(15L, both.values().get(target));
    assertTrue(both.notMapped().isEmpty());
  }

  @Test
  void nullArguments_andNullValues_areNamed() throws IOException {
    LocalDate d = LocalDate.of(2020, 1, 1);
    assertEquals("from", assertThrows(NullPointerException.class,
        () -> Crosswalk.between(ITALY, fixture(), null, d)).getMessage());
    assertEquals("to", assertThrows(NullPointerException.class,
        () -> Crosswalk.between(ITALY, fixture(), d, null)).getMessage());
    Crosswalk cw = Crosswalk.between(ITALY, fixture(), d, d);
    Map<IstatCode, Long> withNull = new HashMap<>();
    withNull.put(IstatCode.parse("015002"), null);
    assertEquals("value of comune 015002", assertThrows(NullPointerException.class,
        () -> cw.mapCounts(withNull)).getMessage());
    assertEquals("value of comune 015002", assertThrows(NullPointerException.class,
        () -> TerritoryTotals.of(ITALY, d, withNull)).getMessage());
    List<Population> none = new java.util.ArrayList<>();
    none.add(null);
    assertEquals("populations element", assertThrows(NullPointerException.class,
        () -> cw.mapPopulations(none)).getMessage());
    ComunePeriod p = ITALY.comune(IstatCode.parse("015002"), d);
    assertEquals("validFrom", assertThrows(NullPointerException.class, () -> new ComunePeriod(p.code(),
        p.cadastralCode(), p.name(), p.otherName(), p.provinceCode(), p.provinceAbbreviation(), p.regionCode(),
        null, p.validTo())).getMessage());
    assertEquals("validTo", assertThrows(NullPointerException.class, () -> new ComunePeriod(p.code(),
        p.cadastralCode(), p.name(), p.otherName(), p.provinceCode(), p.provinceAbbreviation(), p.regionCode(),
        p.validFrom(), null)).getMessage());
  }

  @Test
  void badValues_areRefusedNamingTheComune() throws IOException {
    LocalDate d = LocalDate.of(2020, 1, 1);
    Crosswalk cw = Crosswalk.between(ITALY, fixture(), d, d);
    IllegalArgumentException early = assertThrows(IllegalArgumentException.class,
        () -> Crosswalk.between(ITALY, fixture(), d, d.minusDays(1)));
    assertEquals("a crosswalk goes forward in time: 2019-12-31 is before 2020-01-01", early.getMessage());
    IllegalArgumentException negative = assertThrows(IllegalArgumentException.class,
        () -> cw.mapCounts(Map.of(IstatCode.parse("015002"), -1L)));
    assertEquals("value of comune 015002 is negative: -1", negative.getMessage());
    assertEquals(0L, cw.mapCounts(Map.of(IstatCode.parse("015002"), 0L)).values().get(IstatCode.parse("015002")));
    IllegalArgumentException unknown = assertThrows(IllegalArgumentException.class,
        () -> cw.entry(IstatCode.parse("999999")));
    assertEquals("comune 999999 is not a comune of 2020-01-01, the source date of this crosswalk",
        unknown.getMessage());
    assertEquals(List.of(), cw.sourcesOf(IstatCode.parse("999999")));
    Population one = population("015002", 2019, 3);
    IllegalArgumentException twice = assertThrows(IllegalArgumentException.class,
        () -> cw.mapPopulations(List.of(one, population("015002", 2019, 4))));
    assertEquals("two populations of comune 015002", twice.getMessage());
    IllegalArgumentException notComune = assertThrows(IllegalArgumentException.class,
        () -> cw.mapPopulations(List.of(population("ambito-cremona", 2019, 3))));
    assertTrue(notComune.getMessage().startsWith("population of 'ambito-cremona' is not of a comune: "),
        notComune.getMessage());
    Population mapped = cw.mapPopulations(List.of(one)).values().get(IstatCode.parse("015002"));
    assertEquals(one.withTerritory("015002"), mapped);
    assertEquals(one.total(), mapped.total());
  }

  @Test
  void aSplitBlocksTheComuniThatTookItsTerritory() throws IOException {
    Map<String, String> mappano = anpr("MAPPANO", true);
    LocalDate founded = LocalDate.parse(mappano.get("DATAISTITUZIONE"));
    Variations v = fixture();
    Crosswalk cw = Crosswalk.between(ITALY, v, founded.minusDays(1), founded);
    Variation ceded = v.rows().stream().filter(x -> x.type() == VariationType.CECS).findFirst().orElseThrow();
    Crosswalk.Entry e = cw.entry(ceded.code());
    assertTrue(e.detail().startsWith("ceded territory to establish " + mappano.get("CODISTAT") + " "),
        e.detail());
    assertTrue(e.detail().endsWith(": its value cannot be divided without more data"), e.detail());
    assertTrue(e.message().startsWith(ceded.code() + " " + e.source().name() + ": SPLIT; ceded territory"),
        e.message());
    Crosswalk.Result<Long> r = cw.mapCounts(Map.of(ceded.code(), 5L));
    assertEquals(List.of(e), r.notMapped());
  }
  @Test
  void aSplitOfARowWithoutItsDate_isOnTheDayTheRegistryStartsTheNewComune() throws IOException {
    // The Mappano rows without their date: a row without one takes 1 January of its year, and on
    // 1 January 2017 Borgaro Torinese was not divided yet: ANPR starts Mappano on 18 April 2017.
    Map<String, String> mappano = anpr("MAPPANO", true);
    LocalDate founded = LocalDate.parse(mappano.get("DATAISTITUZIONE"));
    LocalDate jan1 = LocalDate.of(founded.getYear(), 1, 1);
    assertTrue(founded.isAfter(jan1));
    String text;
    try (InputStream in = CrosswalkTest.class.getResourceAsStream("/italy/variazioni-abetone-mappano.csv")) {
      text = new String(in.readAllBytes(), VariationsReader.ENCODING);
    }
    String undated = text.replace(";" + founded.format(java.time.format.DateTimeFormatter.ofPattern("dd/MM/yyyy"))
        + ";", ";;");
    assertFalse(undated.equals(text));
    Variations v = VariationsReader.read(
        new java.io.ByteArrayInputStream(undated.getBytes(VariationsReader.ENCODING)), "undated.csv");
    List<Variation> ceded = v.rows().stream().filter(x -> x.type() == VariationType.CECS)
        .collect(Collectors.toList());
    assertFalse(ceded.isEmpty());
    ceded.forEach(x -> assertFalse(x.dated(), x.toString()));
    Crosswalk cw = Crosswalk.between(ITALY, v, jan1, founded);
    IstatCode m = IstatCode.parse(mappano.get("CODISTAT"));
    Map<IstatCode, Long> values = new HashMap<>();
    for (Variation x : ceded) {
      // Borgaro Torinese of 1 January 2017 with all its residents is not Borgaro Torinese after 18 April
      assertEquals(Crosswalk.Outcome.SPLIT, cw.entry(x.code()).outcome(), cw.entry(x.code()).message());
      String detail = cw.entry(x.code()).detail();
      assertTrue(detail.contains(" in 2017, the row giving no date"), detail);
      values.put(x.code(), 1000L);
    }
    Crosswalk.Result<Long> r = cw.mapCounts(values);
    assertTrue(r.missing().containsKey(m), r.missing().toString());
    ceded.forEach(x -> assertFalse(r.values().containsKey(x.code()), x.toString()));
    // before the founding, a crosswalk from 1 January that ends the day before is not split
    Crosswalk before = Crosswalk.between(ITALY, v, jan1, founded.minusDays(1));
    ceded.forEach(x -> assertEquals(Crosswalk.Outcome.UNCHANGED, before.entry(x.code()).outcome()));
  }
  @Test
  void aRenameThatChangesTheCadastralCode_isFollowedThroughItsVariation() throws IOException {
    // ANPR gives LONATO (017092, E667) a new cadastral code with its new name, LONATO DEL GARDA (017092,
    // M312), on 2 November 2007: the cadastral code does not follow it, ISTAT's CD row does.
    Map<String, String> lonato = anpr("LONATO", false);
    Map<String, String> delGarda = anpr("LONATO DEL GARDA", true);
    assertEquals(lonato.get("CODISTAT"), delGarda.get("CODISTAT"));
    assertFalse(lonato.get("CODCATASTALE").equals(delGarda.get("CODCATASTALE")));
    LocalDate renamed = LocalDate.parse(delGarda.get("DATAISTITUZIONE"));
    assertEquals(renamed.minusDays(1), LocalDate.parse(lonato.get("DATACESSAZIONE")));
    String row = "2007;CD;03;017;017092;Lonato;03;017;017092;Lonato del Garda;Decreto;Cambio di denominazione;"
        + renamed.format(java.time.format.DateTimeFormatter.ofPattern("dd/MM/yyyy")) + ";";
    String text = String.join(";", VariationsReader.HEADER) + "\r\n" + row + "\r\n";
    Variations v = VariationsReader.read(
        new java.io.ByteArrayInputStream(text.getBytes(VariationsReader.ENCODING)), "lonato.csv");
    Crosswalk cw = Crosswalk.between(ITALY, v, renamed.minusDays(1), renamed);
    IstatCode code = IstatCode.parse(lonato.get("CODISTAT"));
    Crosswalk.Entry e = cw.entry(code);
    assertEquals(Crosswalk.Outcome.RENAMED, e.outcome(), e.message());
    assertEquals("LONATO DEL GARDA", e.target().orElseThrow().name());
    Map<IstatCode, Long> ones = new HashMap<>();
    ITALY.validOn(renamed.minusDays(1)).forEach(p -> ones.put(p.code(), 1000L));
    Crosswalk.Result<Long> r = cw.mapCounts(ones);
    assertEquals(1000L, r.values().get(code), () -> r.missing().get(code));
    // the other comuni of the province of Brescia keep their values too
    assertEquals(List.of(), r.missing().keySet().stream().filter(c -> c.provinceCode().equals("017"))
        .collect(Collectors.toList()));
  }

  @Test
  void twoComuniOfOneCadastralCodeCarriedIntoOne_areMergedNotRecoded() {
    // ANPR gives D588 to FILAGO (016828) and to MARNE (016098) until 25 January 1928; from the next day D588
    // is MARNE (016098) alone, which holds both territories: FILAGO is summed into it, not renamed or
    // re-coded one to one.
    List<Map<String, String>> d588 = ANPR.rows(r -> r.get("CODCATASTALE").equals("D588")
        && r.get("DATAISTITUZIONE").compareTo("1928-01-26") < 0);
    assertEquals(2, d588.size(), d588.toString());
    LocalDate lastDay = LocalDate.parse(d588.get(0).get("DATACESSAZIONE"));
    assertEquals(lastDay, LocalDate.parse(d588.get(1).get("DATACESSAZIONE")));
    Map<String, String> filagoRow = d588.stream().filter(r -> r.get("DENOMINAZIONE_IT").equals("FILAGO"))
        .findFirst().orElseThrow();
    Map<String, String> marneRow = d588.stream().filter(r -> r.get("DENOMINAZIONE_IT").equals("MARNE"))
        .findFirst().orElseThrow();
    IstatCode filago = IstatCode.parse(filagoRow.get("CODISTAT"));
    IstatCode marne = IstatCode.parse(marneRow.get("CODISTAT"));
    Crosswalk cw = Crosswalk.between(ITALY, Variations.none(), lastDay, lastDay.plusDays(1));
    Crosswalk.Entry f = cw.entry(filago);
    assertEquals(Crosswalk.Outcome.MERGED, f.outcome(), f.message());
    assertEquals(marne, f.target().orElseThrow().code());
    assertTrue(f.detail().startsWith(filago + " FILAGO merged into " + marne + " MARNE on " + lastDay.plusDays(1)),
        f.detail());
    assertTrue(f.detail().contains("D588"), f.detail());
    Crosswalk.Entry m = cw.entry(marne);
    assertEquals(Crosswalk.Outcome.UNCHANGED, m.outcome(), m.message());
    assertEquals(List.of(marne, filago).stream().sorted().collect(Collectors.toList()), cw.sourcesOf(marne));
    Crosswalk.Result<Long> r = cw.mapCounts(Map.of(filago, 700L, marne, 300L));
    assertEquals(1000L, r.values().get(marne), () -> r.missing().get(marne));
    // followed from an earlier date too
    Crosswalk later = Crosswalk.between(ITALY, Variations.none(), lastDay.minusYears(10), lastDay.plusYears(10));
    assertEquals(Crosswalk.Outcome.MERGED, later.entry(filago).outcome(), later.entry(filago).message());
  }
}
