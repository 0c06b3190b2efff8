package io.github.socialplan.core.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.socialplan.core.territory.Grouping;
import io.github.socialplan.core.territory.IstatCode;
import io.github.socialplan.core.territory.Partition;
import io.github.socialplan.core.territory.TerritoryKind;
import io.github.socialplan.core.testing.ReferenceFiles;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PartitionReaderTest {

  private static final PartitionReader SUB_AMBITI = PartitionReader.columns("comune_code", "sub_ambito")
      .withNameColumn("sub_ambito_name").withKindColumn("kind");
  private static final PartitionReader SIMPLE = PartitionReader.columns("comune", "group");

  @TempDir Path dir;

  private static Path sample() throws URISyntaxException {
    return Path.of(PartitionReaderTest.class.getResource("/io/partition-sample.csv").toURI());
  }

  private Path write(String... lines) throws IOException {
    return TextFiles.write(dir, "partition.csv", lines);
  }

  @Test
  void zonaOmogeneaCremonese_47ComuniOfTheRealList_formOneGrouping() throws IOException {
    List<String> rows = new ArrayList<>(List.of("comune,group"));
    List<IstatCode> codes = new ArrayList<>();
    for (String line : Files.readAllLines(
        ReferenceFiles.path("real/cremona-zona-omogenea-47-comuni-2022.csv"), StandardCharsets.UTF_8)) {
      String[] f = line.split(",");
      if (f.length > 1 && f[1].matches("\\d{6}")) {
        codes.add(IstatCode.parse(f[1]));
        rows.add(f[1] + ",zona-omogenea-cremonese");
      }
    }
    assertEquals(47, codes.size());

    Partition p = SIMPLE.read(write(rows.toArray(new String[0])), "zone omogenee", TerritoryKind.HOMOGENEOUS_ZONE)
        .partition();

    assertEquals(List.of("zona-omogenea-cremonese"), p.groupIds());
    assertEquals(codes.stream().sorted().toList(), p.members("zona-omogenea-cremonese"));
    assertEquals(Optional.of("zona-omogenea-cremonese"), p.groupOf(IstatCode.parse("019036")));
    assertEquals(TerritoryKind.HOMOGENEOUS_ZONE, p.kind());
    assertEquals("zone omogenee", p.name());
  }

  @Test
  void sample_withNamesAndKinds_givesPartitionAndGroupings() throws Exception {
    PartitionData data = SUB_AMBITI.read(sample(), "sub-ambiti");

    Partition p = data.partition();
    assertEquals(TerritoryKind.SUB_DISTRICT, p.kind());
    assertEquals(List.of("sub-a", "sub-b"), p.groupIds());
    assertEquals(List.of(IstatCode.parse("019001"), IstatCode.parse("019002"), IstatCode.parse("019003")),
        p.members("sub-a"));
    assertEquals(Optional.of("sub-b"), p.groupOf(IstatCode.parse("019114")));
    assertEquals(6, p.memberships().size());
    assertEquals(List.of(Grouping.of("sub-a", TerritoryKind.SUB_DISTRICT, "Sub-ambito A"),
        Grouping.of("sub-b", TerritoryKind.SUB_DISTRICT, "Sub-ambito B")), data.groupings());
    assertEquals(sample().toString(), data.source());
  }

  @Test
  void givenKind_mustAgreeWithTheKindColumn() throws Exception {
    Path sample = sample();
    assertEquals(TerritoryKind.SUB_DISTRICT,
        SUB_AMBITI.read(sample, "sub-ambiti", TerritoryKind.SUB_DISTRICT).partition().kind());
    DataFileException e = assertThrows(DataFileException.class,
        () -> SUB_AMBITI.read(sample, "ambiti", TerritoryKind.PLANNING_DISTRICT));
    assertEquals(sample + ", line 3: kind SUB_DISTRICT of grouping 'sub-a' differs from PLANNING_DISTRICT, the kind"
        + " asked for: a partition has groupings of one kind", e.getMessage());
  }

  @Test
  void comunePlacedTwice_failsNamingBothLinesAndGroupings() throws IOException {
    Path p = write("# two groups", "comune,group", "19001,a", "19002,a", "019001,b");
    DataFileException e = assertThrows(DataFileException.class,
        () -> SIMPLE.read(p, "x", TerritoryKind.SUB_DISTRICT));
    assertEquals(p + ", line 5: comune 019001 placed twice: in 'a' at line 3 and in 'b' here", e.getMessage());
    assertEquals(5, e.line());
  }

  @Test
  void kindsDifferingBetweenRows_fail() throws IOException {
    Path p = write("comune,group,kind", "19001,a,sub-ambito", "19002,b,ambito territoriale");
    DataFileException e = assertThrows(DataFileException.class,
        () -> SIMPLE.withKindColumn("kind").read(p, "x"));
    assertEquals(p + ", line 3: kind PLANNING_DISTRICT of grouping 'b' differs from SUB_DISTRICT at line 2: a"
        + " partition has groupings of one kind", e.getMessage());
  }

  @Test
  void englishKind_asAnEnglishWorkbookWritesIt_isRead() throws IOException {
    // an English workbook's partition sheet writes its groupings' kind in English
    Path p = write("comune,group,kind", "19001,a,planning district", "19002,b,Planning District");
    assertEquals(TerritoryKind.PLANNING_DISTRICT, SIMPLE.withKindColumn("kind").read(p, "x").partition().kind());
    Path zones = write("comune,group,kind", "19001,a,homogeneous zone");
    assertEquals(TerritoryKind.HOMOGENEOUS_ZONE,
        SIMPLE.withKindColumn("kind").read(zones, "x").partition().kind());
    Path municipality = write("comune,group,kind", "19001,a,municipality");
    DataFileException e = assertThrows(DataFileException.class,
        () -> SIMPLE.withKindColumn("kind").read(municipality, "x"));
    assertTrue(e.getMessage().startsWith(municipality + ", line 2: 'kind' is not a kind of grouping:"
        + " 'municipality'; expected one of"), e.getMessage());
  }

  @Test
  void unknownKind_failsListingTheKinds() throws IOException {
    Path p = write("comune,group,kind", "19001,a,comune");
    DataFileException e = assertThrows(DataFileException.class,
        () -> SIMPLE.withKindColumn("kind").read(p, "x"));
    assertTrue(e.getMessage().startsWith(p + ", line 2: 'kind' is not a kind of grouping: 'comune'; expected one of"
        + " [NATION (nazione), REGION (regione),"), e.getMessage());
  }

  @Test
  void groupingNamedDifferently_fails() throws IOException {
    Path p = write("comune,group,name", "19001,a,Alpha", "19002,a,Alfa");
    DataFileException e = assertThrows(DataFileException.class,
        () -> SIMPLE.withNameColumn("name").read(p, "x", TerritoryKind.SUB_DISTRICT));
    assertEquals(p + ", line 3: grouping 'a' is named 'Alpha' at line 2 but 'Alfa' here", e.getMessage());
  }

  @Test
  void badCode_emptyGroup_missingColumn_wrongFields_fail() throws IOException {
    Path bad = write("comune,group", "19A01,a");
    assertEquals(bad + ", line 2: 'comune' is not an ISTAT comune code (1 to 6 digits, not 0): '19A01'",
        assertThrows(DataFileException.class, () -> SIMPLE.read(bad, "x", TerritoryKind.SUB_DISTRICT))
            .getMessage());
    Path empty = write("comune,group", "19001,a", "19002, ");
    assertEquals(empty + ", line 3: comune 019002: 'group' is empty",
        assertThrows(DataFileException.class, () -> SIMPLE.read(empty, "x", TerritoryKind.SUB_DISTRICT))
            .getMessage());
    Path noColumn = write("code,group", "19001,a");
    assertEquals(noColumn + ", line 1: no column 'comune' in the header [code, group]",
        assertThrows(DataFileException.class, () -> SIMPLE.read(noColumn, "x", TerritoryKind.SUB_DISTRICT))
            .getMessage());
    Path fields = write("comune,group", "19001,a,extra");
    assertEquals(fields + ", line 2: expected 2 fields as in the header, found 3: [19001, a, extra]",
        assertThrows(DataFileException.class, () -> SIMPLE.read(fields, "x", TerritoryKind.SUB_DISTRICT))
            .getMessage());
  }

  @Test
  void emptyFile_andHeaderOnly_fail() throws IOException {
    Path empty = dir.resolve("empty.csv");
    Files.write(empty, new byte[0]);
    assertEquals(empty + ": empty file: no header naming the columns",
        assertThrows(DataFileException.class, () -> SIMPLE.read(empty, "x", TerritoryKind.SUB_DISTRICT))
            .getMessage());
    Path header = write("comune,group");
    assertEquals(header + ", line 1: no comuni after the header",
        assertThrows(DataFileException.class, () -> SIMPLE.read(header, "x", TerritoryKind.SUB_DISTRICT))
            .getMessage());
  }

  @Test
  void semicolonStream_isRead() throws IOException {
    byte[] text = "\uFEFFcomune;group\r\n019036;ambito-cremona\r\n".getBytes(StandardCharsets.UTF_8);
    Partition p = SIMPLE.withSeparator(';')
        .read(new ByteArrayInputStream(text), "stream", "ambiti", TerritoryKind.PLANNING_DISTRICT).partition();
    assertEquals(Optional.of("ambito-cremona"), p.groupOf(IstatCode.parse("019036")));
  }

  @Test
  void arguments_areChecked() {
    assertEquals("no kind given and no kind column to read it from", assertThrows(IllegalStateException.class,
        () -> SIMPLE.read(new ByteArrayInputStream(new byte[0]), "s", "x", null)).getMessage());
    assertEquals("a partition cannot group comuni into comuni: MUNICIPALITY",
        assertThrows(IllegalArgumentException.class, () -> SIMPLE.read(new ByteArrayInputStream(new byte[0]),
            "s", "x", TerritoryKind.MUNICIPALITY)).getMessage());
    assertEquals("partition name is blank", assertThrows(IllegalArgumentException.class,
        () -> SIMPLE.read(new ByteArrayInputStream(new byte[0]), "s", " ", TerritoryKind.SUB_DISTRICT))
            .getMessage());
    assertEquals("kind", assertThrows(NullPointerException.class,
        () -> SIMPLE.read(Path.of("x.csv"), "x", null)).getMessage());
  }
}
