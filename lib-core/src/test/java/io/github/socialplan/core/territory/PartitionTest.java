package io.github.socialplan.core.territory;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class PartitionTest {

  private static final IstatCode CREMONA = IstatCode.parse("019036");
  private static final IstatCode VESCOVATO = IstatCode.parse("019113");
  private static final IstatCode BONEMERSE = IstatCode.parse("019006");

  @Test
  void groupOfAndMembers_lookUpBothWays() {
    Partition p = Partition.builder("sub-ambiti", TerritoryKind.SUB_DISTRICT)
        .assign(VESCOVATO, "sub-vescovato")
        .assignAll(List.of(CREMONA, BONEMERSE), "sub-cremona")
        .build();
    assertEquals(Optional.of("sub-cremona"), p.groupOf(CREMONA));
    assertEquals(Optional.empty(), p.groupOf(IstatCode.parse("019001")));
    assertEquals(List.of(BONEMERSE, CREMONA), p.members("sub-cremona")); // code order
    assertEquals(List.of(), p.members("sub-soresina"));
    assertEquals(List.of("sub-cremona", "sub-vescovato"), p.groupIds());
    assertEquals(3, p.memberships().size());
  }

  @Test
  void comuneTwiceInOnePartition_isRejectedNamingComuneAndBothGroupings() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Partition
        .builder("sub-ambiti", TerritoryKind.SUB_DISTRICT)
        .assign(CREMONA, "sub-cremona").assign(CREMONA, "sub-vescovato").build());
    assertEquals("comune 019036 is placed twice in partition 'sub-ambiti': in 'sub-cremona' and in 'sub-vescovato'",
        e.getMessage());
  }

  @Test
  void comuneInManyPartitions_isFine() {
    Partition ambiti = Partition.builder("ambiti", TerritoryKind.PLANNING_DISTRICT).assign(CREMONA, "ambito").build();
    Partition subs = Partition.builder("subs", TerritoryKind.SUB_DISTRICT).assign(CREMONA, "sub").build();
    assertEquals("ambito", ambiti.groupOf(CREMONA).orElseThrow());
    assertEquals("sub", subs.groupOf(CREMONA).orElseThrow());
  }

  @Test
  void blankGroupingOrPartitionOfComuni_isRejected() {
    assertTrue(assertThrows(IllegalArgumentException.class, () -> Partition
        .builder("p", TerritoryKind.PROVINCE).assign(CREMONA, " ")).getMessage().contains("019036"));
    assertTrue(assertThrows(IllegalArgumentException.class, () -> Partition
        .builder("p", TerritoryKind.MUNICIPALITY).build()).getMessage().contains("partition p"));
  }
}
