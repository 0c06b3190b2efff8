package io.github.socialplan.core.territory;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class TerritoryRegistryTest {

  private static final IstatCode CREMONA = IstatCode.parse("019036");
  private static final IstatCode VESCOVATO = IstatCode.parse("019113");
  private static final IstatCode SESTO = IstatCode.parse("019093");

  private static TerritoryRegistry registry() {
    return TerritoryRegistry.builder()
        .addMunicipality(Municipality.builder().code(CREMONA).name("Cremona").areaKm2(new BigDecimal("70.49")).build())
        .addMunicipality(Municipality.of(VESCOVATO, "Vescovato"))
        .addMunicipality(Municipality.of(SESTO, "Sesto ed Uniti"))
        .addGrouping(Grouping.of("ambito-cremona", TerritoryKind.PLANNING_DISTRICT, "Ambito di Cremona"))
        .addGrouping(Grouping.builder().id("sub-cremona").kind(TerritoryKind.SUB_DISTRICT).name("Sub-ambito Cremona")
            .parent("ambito-cremona").build())
        .addGrouping(Grouping.builder().id("sub-vescovato").kind(TerritoryKind.SUB_DISTRICT)
            .name("Sub-ambito Vescovato").parent("ambito-cremona").build())
        .addGrouping(Grouping.managingBody("asc", "Azienda Sociale Cremonese", LegalForm.SPECIAL_COMPANY))
        .addPartition(Partition.builder("sub-ambiti", TerritoryKind.SUB_DISTRICT)
            .assign(CREMONA, "sub-cremona").assign(SESTO, "sub-cremona").assign(VESCOVATO, "sub-vescovato").build())
        .addPartition(Partition.builder("enti", TerritoryKind.MANAGING_BODY).assign(VESCOVATO, "asc").build())
        .build();
  }

  private static List<String> ids(List<Grouping> gs) {
    return gs.stream().map(Grouping::id).collect(Collectors.toList());
  }

  @Test
  void lookupByCodeAndByName() {
    TerritoryRegistry r = registry();
    assertEquals("Cremona", r.municipality(CREMONA).orElseThrow().name());
    assertEquals(Optional.empty(), r.municipality(IstatCode.parse("019001")));
    assertEquals(List.of(SESTO), r.municipalitiesNamed("  sesto ED uniti ").stream().map(Municipality::code)
        .collect(Collectors.toList()));
    assertEquals(List.of(), r.municipalitiesNamed("Torino"));
    assertEquals("sub-vescovato", r.groupingsNamed("SUB-AMBITO VESCOVATO").get(0).id());
    assertEquals("Ambito di Cremona", r.grouping("ambito-cremona").orElseThrow().name());
    assertTrue(r.partition("enti").isPresent());
  }

  @Test
  void parentAndChildren_followTheGroupings() {
    TerritoryRegistry r = registry();
    assertEquals("ambito-cremona", r.parent("sub-cremona").orElseThrow().id());
    assertEquals(Optional.empty(), r.parent("ambito-cremona"));
    assertEquals(List.of("sub-cremona", "sub-vescovato"), ids(r.children("ambito-cremona")));
    assertEquals(List.of(), r.children("asc"));
  }

  @Test
  void comuniOf_aGroupingIsItsMembers_orThoseOfItsChildren() {
    TerritoryRegistry r = registry();
    assertEquals(List.of(CREMONA, SESTO), r.comuniOf("sub-cremona"));
    // The ambito has no partition of its own here: its comuni are its sub-ambiti's.
    assertEquals(List.of(CREMONA, SESTO, VESCOVATO), r.comuniOf("ambito-cremona"));
    assertEquals(List.of(VESCOVATO), r.comuniOf("asc"));
    assertEquals(List.of("sub-vescovato", "asc"), ids(r.groupingsOf(VESCOVATO)));
  }

  @Test
  void unknownGrouping_isRejectedNamingIt() {
    assertEquals("unknown grouping id: 'ambito-lodi'",
        assertThrows(IllegalArgumentException.class, () -> registry().comuniOf("ambito-lodi")).getMessage());
  }

  @Test
  void duplicateCodeInOneRegistry_isRejectedNamingCodeAndNames() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> TerritoryRegistry.builder()
        .addMunicipality(Municipality.of(CREMONA, "Cremona"))
        .addMunicipality(Municipality.of(CREMONA, "Cremona bis")).build());
    assertEquals("duplicate ISTAT code 019036 in the registry: 'Cremona' and 'Cremona bis'", e.getMessage());
    IllegalArgumentException g = assertThrows(IllegalArgumentException.class, () -> TerritoryRegistry.builder()
        .addGrouping(Grouping.of("a", TerritoryKind.REGION, "A"))
        .addGrouping(Grouping.of("a", TerritoryKind.PROVINCE, "B")).build());
    assertTrue(g.getMessage().contains("duplicate grouping id 'a'"), g.getMessage());
  }

  @Test
  void aGroupingsComuni_mustBeAmongThoseItsParentHolds() {
    // the ambito holds Cremona and Sesto in its own partition; its sub-ambito Vescovato holds Vescovato
    TerritoryRegistry.Builder b = TerritoryRegistry.builder()
        .addMunicipality(Municipality.of(CREMONA, "Cremona"))
        .addMunicipality(Municipality.of(VESCOVATO, "Vescovato"))
        .addMunicipality(Municipality.of(SESTO, "Sesto ed Uniti"))
        .addGrouping(Grouping.of("ambito-cremona", TerritoryKind.PLANNING_DISTRICT, "Ambito di Cremona"))
        .addGrouping(Grouping.builder().id("sub-vescovato").kind(TerritoryKind.SUB_DISTRICT)
            .name("Sub-ambito Vescovato").parent("ambito-cremona").build())
        .addPartition(Partition.builder("ambiti", TerritoryKind.PLANNING_DISTRICT)
            .assign(CREMONA, "ambito-cremona").assign(SESTO, "ambito-cremona").build())
        .addPartition(Partition.builder("sub-ambiti", TerritoryKind.SUB_DISTRICT)
            .assign(VESCOVATO, "sub-vescovato").build());
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, b::build);
    assertEquals("partition 'sub-ambiti' places comune 019113 in grouping 'sub-vescovato', inside "
        + "'ambito-cremona', which partition 'ambiti' does not give that comune", e.getMessage());
    // with Vescovato in the ambito too, the two agree
    TerritoryRegistry ok = b.addPartition(Partition.builder("distretti", TerritoryKind.PLANNING_DISTRICT)
        .assign(VESCOVATO, "ambito-cremona").build()).build();
    assertEquals(List.of(VESCOVATO), ok.comuniOf("sub-vescovato"));
    // the registry above, whose ambito has no comuni of its own, takes them from its sub-ambiti
    assertEquals(List.of(CREMONA, SESTO, VESCOVATO), registry().comuniOf("ambito-cremona"));
  }

  @Test
  void cycleAmongGroupings_isRejectedNamingTheCycle() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> TerritoryRegistry.builder()
        .addGrouping(Grouping.builder().id("a").kind(TerritoryKind.PLANNING_DISTRICT).name("A").parent("c").build())
        .addGrouping(Grouping.builder().id("b").kind(TerritoryKind.SUB_DISTRICT).name("B").parent("a").build())
        .addGrouping(Grouping.builder().id("c").kind(TerritoryKind.SUB_DISTRICT).name("C").parent("b").build())
        .build());
    assertEquals("cycle among groupings: a -> c -> b -> a", e.getMessage());
    IllegalArgumentException self = assertThrows(IllegalArgumentException.class, () -> Grouping.builder()
        .id("a").kind(TerritoryKind.REGION).name("A").parent("a").build());
    assertEquals("grouping a cannot be its own parent", self.getMessage());
  }

  @Test
  void partitionNamingUnknownOrWrongKindGroupings_isRejected() {
    IllegalArgumentException unknownComune = assertThrows(IllegalArgumentException.class, () -> TerritoryRegistry
        .builder().addGrouping(Grouping.of("p", TerritoryKind.PROVINCE, "P"))
        .addPartition(Partition.builder("province", TerritoryKind.PROVINCE).assign(CREMONA, "p").build()).build());
    assertEquals("partition 'province' places an unknown comune: 019036", unknownComune.getMessage());
    IllegalArgumentException wrongKind = assertThrows(IllegalArgumentException.class, () -> TerritoryRegistry
        .builder().addMunicipality(Municipality.of(CREMONA, "Cremona"))
        .addGrouping(Grouping.of("p", TerritoryKind.PROVINCE, "P"))
        .addPartition(Partition.builder("ambiti", TerritoryKind.PLANNING_DISTRICT).assign(CREMONA, "p").build())
        .build());
    assertTrue(wrongKind.getMessage().contains("grouping 'p' of kind PROVINCE"), wrongKind.getMessage());
    IllegalArgumentException parent = assertThrows(IllegalArgumentException.class, () -> TerritoryRegistry
        .builder().addGrouping(Grouping.builder().id("s").kind(TerritoryKind.SUB_DISTRICT).name("S")
            .parent("nowhere").build()).build());
    assertEquals("grouping 's' names an unknown parent: 'nowhere'", parent.getMessage());
  }

  @Test
  void groupingsAndComuni_validateTheirOwnAttributes() {
    assertTrue(assertThrows(IllegalArgumentException.class, () -> Grouping.builder().id("g").kind(TerritoryKind.REGION)
        .name("G").legalForm(LegalForm.CONSORTIUM).build()).getMessage().contains("cannot have a legal form"));
    assertEquals("area of comune 019036 must be > 0 km2: -1", assertThrows(IllegalArgumentException.class,
        () -> Municipality.builder().code(CREMONA).name("Cremona").areaKm2(BigDecimal.ONE.negate()).build())
        .getMessage());
  }

  @Test
  void legalForms_readSingularAndPluralItalianTerms() {
    assertEquals(LegalForm.CONSORTIUM, LegalForm.fromItalian("consorzio"));
    assertEquals(LegalForm.CONSORTIUM, LegalForm.fromItalian("Consorzi"));
    assertEquals(LegalForm.UNION_OF_MUNICIPALITIES, LegalForm.fromItalian("unione"));
    assertEquals(LegalForm.UNION_OF_MUNICIPALITIES, LegalForm.fromItalian("Unioni di Comuni"));
    assertEquals(LegalForm.HEALTH_AUTHORITY, LegalForm.fromItalian("ASL"));
    assertEquals("not a legal form of an ente gestore: 'fondazione'",
        assertThrows(IllegalArgumentException.class, () -> LegalForm.fromItalian("fondazione")).getMessage());
  }

  @Test
  void sameNames_areListedInCodeOrIdOrder_inListsThatCannotChange() {
    // Added in the reverse of the order expected back.
    TerritoryRegistry r = TerritoryRegistry.builder()
        .addMunicipality(Municipality.of(IstatCode.parse("022106"), "Livo"))
        .addMunicipality(Municipality.of(IstatCode.parse("013130"), "Livo"))
        .addGrouping(Grouping.of("top", TerritoryKind.PLANNING_DISTRICT, "Top"))
        .addGrouping(Grouping.builder().id("z").kind(TerritoryKind.SUB_DISTRICT).name("Nord").parent("top").build())
        .addGrouping(Grouping.builder().id("a").kind(TerritoryKind.SUB_DISTRICT).name("Nord").parent("top").build())
        .build();
    List<Municipality> livo = r.municipalitiesNamed("livo");
    assertEquals(List.of("013130", "022106"), livo.stream().map(m -> m.code().value()).collect(Collectors.toList()));
    List<Grouping> nord = r.groupingsNamed("Nord");
    assertEquals(List.of("a", "z"), ids(nord));
    List<Grouping> children = r.children("top");
    assertEquals(List.of("a", "z"), ids(children));
    Municipality other = Municipality.of(CREMONA, "Livo");
    assertThrows(UnsupportedOperationException.class, () -> livo.add(other));
    assertThrows(UnsupportedOperationException.class, () -> nord.remove(0));
    assertThrows(UnsupportedOperationException.class, () -> children.remove(0));
  }

  @Test
  void partitionByName_isTheOneOfThatName() {
    TerritoryRegistry r = registry();
    assertEquals("enti", r.partition("enti").orElseThrow().name());
    assertEquals("sub-ambiti", r.partition("sub-ambiti").orElseThrow().name());
    assertEquals(Optional.empty(), r.partition("ambiti"));
  }

  @Test
  void comuniOfAGroupingPlacedInAPartition_areItsMembers_notItsChildrensComuni() {
    TerritoryRegistry base = registry();
    // The ambito holds in a partition of its own its sub-ambiti's three comuni and a fourth that no
    // sub-ambito holds (a partition that holds fewer than its sub-ambiti is refused: see above).
    IstatCode acquanegra = IstatCode.parse("019001");
    TerritoryRegistry r = TerritoryRegistry.builder().from(base)
        .addMunicipality(Municipality.of(acquanegra, "Acquanegra Cremonese"))
        .addPartition(Partition.builder("ambiti", TerritoryKind.PLANNING_DISTRICT)
            .assign(CREMONA, "ambito-cremona").assign(SESTO, "ambito-cremona").assign(VESCOVATO, "ambito-cremona")
            .assign(acquanegra, "ambito-cremona").build())
        .build();
    assertEquals(List.of(acquanegra, CREMONA, SESTO, VESCOVATO), r.comuniOf("ambito-cremona"));
    assertEquals(List.of(CREMONA, SESTO, VESCOVATO), base.comuniOf("ambito-cremona"));
  }

  @Test
  void duplicatePartitionName_orUnknownGroupingInAPartition_isRejectedNamingIt() {
    IllegalArgumentException twice = assertThrows(IllegalArgumentException.class, () -> TerritoryRegistry.builder()
        .addPartition(Partition.builder("enti", TerritoryKind.MANAGING_BODY).build())
        .addPartition(Partition.builder("enti", TerritoryKind.MANAGING_BODY).build()).build());
    assertEquals("duplicate partition name in the registry: 'enti'", twice.getMessage());
    IllegalArgumentException unknown = assertThrows(IllegalArgumentException.class, () -> TerritoryRegistry
        .builder().addMunicipality(Municipality.of(CREMONA, "Cremona"))
        .addPartition(Partition.builder("ambiti", TerritoryKind.PLANNING_DISTRICT).assign(CREMONA, "nowhere").build())
        .build());
    assertEquals("partition 'ambiti' places comune 019036 in an unknown grouping: 'nowhere'", unknown.getMessage());
  }

  @Test
  void blankOrWrongAttributes_areRejectedNamingTheGroupingOrComune() {
    assertEquals("grouping id is blank (name 'Ambito')", assertThrows(IllegalArgumentException.class,
        () -> Grouping.of(" ", TerritoryKind.PLANNING_DISTRICT, "Ambito")).getMessage());
    assertEquals("grouping g has a blank name", assertThrows(IllegalArgumentException.class,
        () -> Grouping.of("g", TerritoryKind.PLANNING_DISTRICT, "")).getMessage());
    assertEquals("grouping g cannot be of kind MUNICIPALITY: use Municipality for a comune",
        assertThrows(IllegalArgumentException.class, () -> Grouping.of("g", TerritoryKind.MUNICIPALITY, "G"))
            .getMessage());
    assertTrue(assertThrows(IllegalArgumentException.class, () -> Grouping.builder().id("g")
        .kind(TerritoryKind.REGION).name("G").areaKm2(new BigDecimal("1e40")).build()).getMessage()
        .startsWith("area of grouping g is out of range"));
    assertTrue(assertThrows(IllegalArgumentException.class, () -> Municipality.builder().code(CREMONA)
        .name("Cremona").areaKm2(new BigDecimal("1e-40")).build()).getMessage()
        .startsWith("area of comune 019036 is out of range"));
    assertEquals("comune 019036 has a blank name", assertThrows(IllegalArgumentException.class,
        () -> Municipality.of(CREMONA, "  ")).getMessage());
    assertEquals("area of comune 019036 must be > 0 km2: 0", assertThrows(IllegalArgumentException.class,
        () -> Municipality.builder().code(CREMONA).name("Cremona").areaKm2(BigDecimal.ZERO).build()).getMessage());
    assertEquals("area of grouping g must be > 0 km2: -833", assertThrows(IllegalArgumentException.class,
        () -> Grouping.builder().id("g").kind(TerritoryKind.REGION).name("G").areaKm2(new BigDecimal("-833"))
            .build()).getMessage());
    assertEquals("area of grouping g must be > 0 km2: 0", assertThrows(IllegalArgumentException.class,
        () -> Grouping.builder().id("g").kind(TerritoryKind.REGION).name("G").areaKm2(BigDecimal.ZERO).build())
            .getMessage());
    assertEquals("partition name is blank", assertThrows(IllegalArgumentException.class,
        () -> Partition.builder(" ", TerritoryKind.PROVINCE).build()).getMessage());
  }
}
