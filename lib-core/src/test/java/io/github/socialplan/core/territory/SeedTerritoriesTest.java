package io.github.socialplan.core.territory;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.socialplan.core.json.SocialPlanJson;
import io.github.socialplan.core.testing.ReferenceTable;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The seed territories (DOMAIN.md §1-§2) built from the project's reference files: the Ambito di Cremona
 * and its sub-ambiti, the Provincia di Cremona, Torino's enti gestori, Piemonte's counts and C.I.S.S.A.
 * Pianezza. Every expected figure is read from the files (their rows or their comment lines).
 */
class SeedTerritoriesTest {

  private static final String AMBITO = "ambito-cremona";
  private static final String PROVINCE = "provincia-cremona";
  private static final String CM_TORINO = "cm-torino";
  private static final String CISSA = "cissa-pianezza";

  private static String slug(String name) {
    return name.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-|-$)", "");
  }

  private static int sum(List<Map<String, String>> rows, String column) {
    return rows.stream().mapToInt(r -> Integer.parseInt(r.get(column))).sum();
  }

  // ---- Cremona -----------------------------------------------------------------------------------

  private static final ReferenceTable PROVINCE_FILE = ReferenceTable.read("real/cremona-province-comuni-2022.csv");
  /**
   * The 47 comuni of the Zona Omogenea Cremonese. The seed's Ambito di Cremona also has 47 comuni, but the
   * file's header says the two lists are NOT verified to be the same: the Zona Omogenea is used here as an
   * approximation of the ambito.
   */
  private static final ReferenceTable ZONA_FILE =
      ReferenceTable.read("real/cremona-zona-omogenea-47-comuni-2022.csv");

  private static List<Map<String, String>> zonaRows() {
    return ZONA_FILE.rows(r -> !r.get("name_in_list").equals("TOTAL"));
  }

  private static List<String> subAmbitoNames() {
    return ReferenceTable.read("cremona-2014-demographic-indicators.csv")
        .rows(r -> r.get("territory").startsWith("Sub-ambito ")).stream()
        .map(r -> r.get("territory")).collect(Collectors.toList());
  }

  /**
   * The Provincia di Cremona (113 comuni, codes stored as numbers in the file) with the Ambito di Cremona
   * (approximated by the Zona Omogenea's 47 comuni) and its 5 sub-ambiti (whose comuni the seed does not
   * list).
   */
  private static TerritoryRegistry cremona() {
    TerritoryRegistry.Builder b = TerritoryRegistry.builder();
    Partition.Builder province = Partition.builder("province", TerritoryKind.PROVINCE);
    for (Map<String, String> r : PROVINCE_FILE.rows()) {
      IstatCode code = IstatCode.ofNumber(Long.parseLong(r.get("municipality_code")));
      b.addMunicipality(Municipality.of(code, r.get("municipality")));
      province.assign(code, PROVINCE);
    }
    b.addGrouping(Grouping.of(PROVINCE, TerritoryKind.PROVINCE, "Provincia di Cremona"));
    b.addGrouping(Grouping.of(AMBITO, TerritoryKind.PLANNING_DISTRICT, "Ambito di Cremona"));
    for (String name : subAmbitoNames()) {
      b.addGrouping(Grouping.builder().id(slug(name)).kind(TerritoryKind.SUB_DISTRICT).name(name)
          .parent(AMBITO).build());
    }
    Partition.Builder ambiti = Partition.builder("ambiti", TerritoryKind.PLANNING_DISTRICT);
    for (Map<String, String> r : zonaRows()) {
      ambiti.assign(IstatCode.parse(r.get("istat_code")), AMBITO);
    }
    return b.addPartition(province.build()).addPartition(ambiti.build()).build();
  }

  @Test
  void ambitoDiCremona_hasTheFiveSubAmbitiOfTheSeed_asChildren() {
    TerritoryRegistry reg = cremona();
    List<String> expected = subAmbitoNames();
    assertEquals(5, expected.size());
    List<String> children = reg.children(AMBITO).stream().map(Grouping::name).collect(Collectors.toList());
    assertEquals(new TreeSet<>(expected), new TreeSet<>(children));
    for (Grouping sub : reg.children(AMBITO)) {
      assertEquals(TerritoryKind.SUB_DISTRICT, sub.kind());
      assertEquals(AMBITO, reg.parent(sub.id()).orElseThrow().id());
    }
    assertEquals("sub-ambito-castelverde", reg.groupingsNamed("sub-ambito castelverde").get(0).id());
  }

  @Test
  void ambitoDiCremona_approximatedByTheZonaOmogenea_hasTheSeedsCountOf47Comuni() {
    TerritoryRegistry reg = cremona();
    int seedCount = Integer.parseInt(ReferenceTable.read("cremona-facts.csv")
        .rows(r -> r.get("fact").equals("comuni_in_ambito")).get(0).get("value"));
    assertEquals(seedCount, reg.comuniOf(AMBITO).size());
    assertEquals(zonaRows().size(), reg.comuniOf(AMBITO).size());
    // The comune of Cremona lies in its province and its ambito: two partitions, two groupings.
    IstatCode cremona = reg.municipalitiesNamed("Cremona").get(0).code();
    assertEquals("019036", cremona.value());
    assertEquals(List.of(PROVINCE, AMBITO),
        reg.groupingsOf(cremona).stream().map(Grouping::id).collect(Collectors.toList()));
  }

  @Test
  void zonaOmogenea_comuni_addUpToItsTotalRow_andAreAllInTheProvince() {
    TerritoryRegistry reg = cremona();
    Map<IstatCode, Integer> population2022 = PROVINCE_FILE.rows().stream().collect(Collectors.toMap(
        r -> IstatCode.ofNumber(Long.parseLong(r.get("municipality_code"))),
        r -> Integer.parseInt(r.get("population"))));
    int viaRegistry = reg.comuniOf(AMBITO).stream().mapToInt(population2022::get).sum();
    int totalRow = Integer.parseInt(ZONA_FILE.rows(r -> r.get("name_in_list").equals("TOTAL")).get(0)
        .get("population_2022"));
    assertEquals(totalRow, viaRegistry);
    for (Map<String, String> r : zonaRows()) {
      Municipality m = reg.municipality(IstatCode.parse(r.get("istat_code"))).orElseThrow();
      assertEquals(r.get("municipality"), m.name());
      assertEquals(PROVINCE, reg.partition("province").orElseThrow().groupOf(m.code()).orElseThrow());
    }
  }

  @Test
  void provinciaDiCremona_has113Comuni_addingUpToThePublished351654() {
    TerritoryRegistry reg = cremona();
    List<IstatCode> comuni = reg.comuniOf(PROVINCE);
    assertEquals(PROVINCE_FILE.rows().size(), comuni.size());
    assertEquals(113, comuni.size());
    assertTrue(comuni.stream().allMatch(c -> c.provinceCode().equals("019")));
    Matcher m = Pattern.compile("the (\\d+) province total").matcher(PROVINCE_FILE.comments().get(0));
    assertTrue(m.find(), "the SOURCE line states the published total");
    int published = Integer.parseInt(m.group(1));
    assertEquals(351_654, published);
    assertEquals(published, sum(PROVINCE_FILE.rows(), "population"));
    // Women and men add up to the same total.
    assertEquals(published, sum(PROVINCE_FILE.rows(), "population_F") + sum(PROVINCE_FILE.rows(), "population_M"));
  }

  @Test
  void cremonaRegistry_survivesJsonRoundTrip() {
    TerritoryRegistry reg = cremona();
    assertEquals(reg, SocialPlanJson.read(SocialPlanJson.write(reg), TerritoryRegistry.class));
  }

  // ---- Torino and Piemonte ------------------------------------------------------------------------

  private static final ReferenceTable BODIES = ReferenceTable.read("torino-managing-bodies.csv");

  /** Parses "19 = 1 Comune + 3 Unioni di Comuni + 15 Consorzi" into the total and the counts by form. */
  private static Map<LegalForm, Integer> countsOf(String line, int[] total) {
    String equation = line.substring(line.indexOf(':') + 1);
    String[] sides = equation.split("=");
    total[0] = Integer.parseInt(sides[0].trim());
    Map<LegalForm, Integer> counts = new EnumMap<>(LegalForm.class);
    String right = sides[1].split(";")[0];
    for (String term : right.split("\\+")) {
      String t = term.trim();
      int space = t.indexOf(' ');
      LegalForm form = LegalForm.fromItalian(t.substring(space + 1));
      Integer before = counts.put(form, Integer.parseInt(t.substring(0, space)));
      assertEquals(null, before, "each legal form once in: " + line);
    }
    return counts;
  }

  /** The Città metropolitana di Torino, its 19 enti gestori, and C.I.S.S.A. Pianezza's 8 comuni. */
  private static TerritoryRegistry torino() {
    TerritoryRegistry.Builder b = TerritoryRegistry.builder()
        .addGrouping(Grouping.of(CM_TORINO, TerritoryKind.METROPOLITAN_CITY, "Città metropolitana di Torino"));
    for (Map<String, String> r : BODIES.rows(r -> r.get("scope").equals("torino"))) {
      b.addGrouping(Grouping.builder().id(slug(r.get("name"))).kind(TerritoryKind.MANAGING_BODY)
          .name(r.get("name")).legalForm(LegalForm.fromItalian(r.get("kind"))).parent(CM_TORINO).build());
    }
    Partition.Builder enti = Partition.builder("enti-gestori", TerritoryKind.MANAGING_BODY);
    for (Map<String, String> r : ReferenceTable.read("real/cissa-pianezza-comuni-2022.csv").rows()) {
      IstatCode code = IstatCode.parse(r.get("istat_code"));
      b.addMunicipality(Municipality.of(code, r.get("municipality")));
      enti.assign(code, CISSA);
    }
    return b.addPartition(enti.build()).build();
  }

  @Test
  void torino_has19EntiGestori_byLegalFormAsTheSeedCountsThem() {
    TerritoryRegistry reg = torino();
    int[] total = new int[1];
    Map<LegalForm, Integer> published = countsOf(BODIES.comment("Citta metropolitana di Torino"), total);
    List<Grouping> bodies = reg.children(CM_TORINO);
    assertEquals(total[0], bodies.size());
    assertEquals(19, bodies.size());
    Map<LegalForm, Integer> counted = new EnumMap<>(LegalForm.class);
    for (Grouping g : bodies) {
      counted.merge(g.legalForm().orElseThrow(), 1, Integer::sum);
    }
    assertEquals(published, counted);
    assertEquals(Set.of(LegalForm.MUNICIPALITY, LegalForm.UNION_OF_MUNICIPALITIES, LegalForm.CONSORTIUM),
        counted.keySet());
  }

  @Test
  void piemonte_has54EntiGestori_asTheSumOfItsFiveLegalForms() {
    int[] total = new int[1];
    Map<LegalForm, Integer> piemonte = countsOf(BODIES.comment("Regione Piemonte"), total);
    assertEquals(54, total[0]);
    assertEquals(5, piemonte.size());
    assertEquals(total[0], piemonte.values().stream().mapToInt(Integer::intValue).sum());
    // Torino's bodies are a part of Piemonte's: never more of a form than the region has.
    Map<LegalForm, Integer> torino = countsOf(BODIES.comment("Citta metropolitana di Torino"), new int[1]);
    torino.forEach((form, n) -> assertTrue(n <= piemonte.getOrDefault(form, 0), form + ": " + n));
  }

  @Test
  void cissaPianezza_isAConsortiumOfTorino_withTheEightComuniOfTheSeed() {
    TerritoryRegistry reg = torino();
    Grouping cissa = reg.grouping(CISSA).orElseThrow();
    assertEquals(LegalForm.CONSORTIUM, cissa.legalForm().orElseThrow());
    assertEquals(CM_TORINO, reg.parent(CISSA).orElseThrow().id());
    List<String> seedNames = ReferenceTable.read("cissa-pianezza.csv").rows().stream()
        .map(r -> r.get("comune")).collect(Collectors.toList());
    assertEquals(8, seedNames.size());
    List<IstatCode> comuni = reg.comuniOf(CISSA);
    assertEquals(seedNames.size(), comuni.size());
    assertTrue(comuni.stream().allMatch(c -> c.provinceCode().equals("001")), comuni.toString());
    // Every comune of the seed is there under its name in the seed (the codes file joins by it).
    Map<String, String> codeByName = ReferenceTable.read("real/cissa-pianezza-comuni-2022.csv").rows().stream()
        .collect(Collectors.toMap(r -> r.get("name_in_list"), r -> r.get("istat_code")));
    assertEquals(new TreeSet<>(seedNames), new TreeSet<>(codeByName.keySet()));
    assertEquals(new TreeSet<>(codeByName.values()),
        comuni.stream().map(IstatCode::value).collect(Collectors.toCollection(TreeSet::new)));
    Function<String, Municipality> named = n -> reg.municipalitiesNamed(n).get(0);
    assertEquals(List.of(cissa), reg.groupingsOf(named.apply("Pianezza").code()));
  }
}
