package io.github.socialplan.core.territory;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import org.immutables.value.Value;

/**
 * One way of grouping comuni (<i>ripartizione</i>): each comune belongs to at most one grouping of the
 * partition. A comune belongs to many partitions at once (its province, its ambito, its sub-ambito, its
 * ente gestore, its health district), so memberships are kept per partition, not in one fixed tree.
 *
 * <pre>{@code
 * Partition subAmbiti = Partition.builder("sub-ambiti", TerritoryKind.SUB_DISTRICT)
 *     .assign(IstatCode.parse("019036"), "sub-cremona")
 *     .assign(IstatCode.parse("019113"), "sub-vescovato")
 *     .build();
 * subAmbiti.groupOf(IstatCode.parse("019036"));   // Optional[sub-cremona]
 * }</pre>
 *
 * <p>This type is immutable and thread-safe.
 */
@Value.Immutable
@JsonSerialize(as = ImmutablePartition.class)
@JsonDeserialize(as = ImmutablePartition.class)
public abstract class Partition {

  /** {@return the partition's name, e.g. "sub-ambiti"} */
  public abstract String name();

  /** {@return the kind of its groupings} */
  public abstract TerritoryKind kind();

  /** {@return the memberships in the order they were given; a comune appears at most once} */
  public abstract List<Membership> memberships();

  /**
   * Returns a builder.
   *
   * @param name not blank
   * @param kind the kind of the groupings, not null
   * @return a new builder
   */
  public static Builder builder(String name, TerritoryKind kind) {
    return new Builder(name, kind);
  }

  /**
   * The grouping of a comune.
   *
   * @param comune not null
   * @return its grouping id, empty if the comune is not in this partition
   */
  public Optional<String> groupOf(IstatCode comune) {
    return Optional.ofNullable(groupByComune().get(Objects.requireNonNull(comune, "comune")));
  }

  /**
   * The comuni of a grouping.
   *
   * @param groupId not null
   * @return its comuni in code order; empty if the grouping has none here
   */
  public List<IstatCode> members(String groupId) {
    return membersByGroup().getOrDefault(Objects.requireNonNull(groupId, "groupId"), List.of());
  }

  /** {@return the grouping ids, sorted} */
  public List<String> groupIds() {
    return List.copyOf(membersByGroup().keySet());
  }

  /** {@return memberships as a map from comune to grouping id} */
  @Value.Lazy
  public Map<IstatCode, String> groupByComune() {
    Map<IstatCode, String> built = checked;
    if (built != null) {
      return Collections.unmodifiableMap(built);
    }
    Map<IstatCode, String> m = new HashMap<>();
    for (Membership ms : memberships()) {
      m.put(ms.comune(), ms.group());
    }
    return Collections.unmodifiableMap(m);
  }

  @Value.Lazy
  Map<String, List<IstatCode>> membersByGroup() {
    Map<String, List<IstatCode>> m = new TreeMap<>();
    for (Membership ms : memberships()) {
      m.computeIfAbsent(ms.group(), g -> new ArrayList<>()).add(ms.comune());
    }
    m.replaceAll((g, list) -> {
      Collections.sort(list);
      return List.copyOf(list);
    });
    return Collections.unmodifiableMap(m);
  }

  // The comune -> grouping map that check() builds anyway, kept for groupByComune(): a partition of all
  // Italy's comuni is otherwise hashed twice. Never changed after check().
  private volatile Map<IstatCode, String> checked; // volatile: safely seen by a thread that did not build it

  @Value.Check
  void check() {
    if (name().isBlank()) {
      throw new IllegalArgumentException("partition name is blank");
    }
    if (kind() == TerritoryKind.MUNICIPALITY) {
      throw new IllegalArgumentException("partition " + name() + " cannot group comuni into comuni");
    }
    // sized for every comune at once: growing to all Italy's 7,896 rehashes the map ten times
    Map<IstatCode, String> seen = new HashMap<>(Math.max(16, memberships().size() * 4 / 3 + 1));
    for (Membership ms : memberships()) {
      String before = seen.putIfAbsent(ms.comune(), ms.group());
      if (before != null) {
        throw new IllegalArgumentException(String.format(java.util.Locale.ROOT,
            "comune %s is placed twice in partition '%s': in '%s' and in '%s'",
            ms.comune(), name(), before, ms.group()));
      }
    }
    checked = seen;
  }

  /** Builds a partition comune by comune. Not thread-safe. */
  public static final class Builder {
    private final ImmutablePartition.Builder delegate;

    private Builder(String name, TerritoryKind kind) {
      delegate = ImmutablePartition.builder().name(name).kind(kind);
    }

    /**
     * Places a comune in a grouping.
     *
     * @param comune not null, not yet placed
     * @param groupId not blank
     * @return this builder
     */
    public Builder assign(IstatCode comune, String groupId) {
      delegate.addMembership(Membership.of(comune, groupId));
      return this;
    }

    /**
     * Places comuni in a grouping.
     *
     * @param comuni not null
     * @param groupId not blank
     * @return this builder
     */
    public Builder assignAll(Iterable<IstatCode> comuni, String groupId) {
      for (IstatCode c : comuni) {
        assign(c, groupId);
      }
      return this;
    }

    /**
     * Returns the partition.
     *
     * @return the partition
     * @throws IllegalArgumentException if a comune was placed twice
     */
    public Partition build() {
      return delegate.build();
    }
  }
}
