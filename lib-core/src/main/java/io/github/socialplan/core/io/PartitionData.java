package io.github.socialplan.core.io;

import io.github.socialplan.core.territory.Grouping;
import io.github.socialplan.core.territory.Partition;
import java.util.List;
import java.util.Objects;

/**
 * A partition read from a file (<i>ripartizione dei comuni</i>) and, if the file names them, its
 * groupings. Returned by {@link PartitionReader}.
 *
 * <p>Immutable and thread-safe.
 *
 * @param source the file or source name, not null
 * @param partition the comuni and their grouping ids, not null
 * @param groupings one per grouping id in order of first appearance, with the name the file gives; empty if
 *     the file has no name column; copied, not null
 */
public record PartitionData(String source, Partition partition, List<Grouping> groupings) {

  /**
   * Checks and copies the components.
   *
   * @param source the file or source name, not null
   * @param partition the comuni and their grouping ids, not null
   * @param groupings one per grouping id in order of first appearance, with the name the file gives; empty if
   *     the file has no name column; copied, not null
   */
  public PartitionData {
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(partition, "partition");
    groupings = List.copyOf(groupings);
  }
}
