package io.github.socialplan.core.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.github.socialplan.core.territory.TerritoryKind;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@link PartitionReader} with its kind and name columns first, and the messages of their checks. */
class PartitionReaderEdgesTest {

  private static final PartitionReader READER =
      PartitionReader.columns("comune", "group").withNameColumn("name").withKindColumn("kind");

  @TempDir Path dir;

  private Path write(String... lines) throws IOException {
    return TextFiles.write(dir, "partition.csv", lines);
  }

  @Test
  void kindAndNameInTheFirstColumns_areRead() throws IOException {
    PartitionData data = READER.read(write("kind,name,comune,group", "sub-ambito,Nord,19001,N",
        "SUB_DISTRICT,Nord,19002,N", "sub-ambito,Sud,19036,S"), "sub-ambiti");
    assertEquals(TerritoryKind.SUB_DISTRICT, data.partition().kind());
    assertEquals(List.of("N", "S"), data.partition().groupIds());
    assertEquals(List.of("Nord", "Sud"), data.groupings().stream().map(g -> g.name()).toList());
  }

  @Test
  void emptyName_orAKindThatIsNoGrouping_fail() throws IOException {
    Path empty = write("kind,name,comune,group", "sub-ambito,,19001,N");
    assertEquals(empty + ", line 2: grouping 'N': 'name' is empty",
        assertThrows(DataFileException.class, () -> READER.read(empty, "p")).getMessage());
    Path comune = write("kind,name,comune,group", "comune,Nord,19001,N");
    assertEquals(comune + ", line 2: 'kind' is not a kind of grouping: 'comune'; expected one of [NATION (nazione),"
        + " REGION (regione), PROVINCE (provincia), METROPOLITAN_CITY (città metropolitana), PLANNING_DISTRICT"
        + " (ambito territoriale), SUB_DISTRICT (sub-ambito), HOMOGENEOUS_ZONE (zona omogenea), HEALTH_DISTRICT"
        + " (distretto sanitario), SOCIAL_COHESION_DISTRICT (distretto della coesione sociale), MANAGING_BODY (ente"
        + " gestore)]", assertThrows(DataFileException.class, () -> READER.read(comune, "p")).getMessage());
    assertEquals("PartitionReader[code=comune, group=group, name=name, kind=kind, separator ',']", READER.toString());
  }
}
