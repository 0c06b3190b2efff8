package io.github.socialplan.core.territory;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.immutables.value.Value;

/**
 * The territories a plan works with: comuni, the groupings made of them, and the partitions that say
 * which comune lies in which grouping (<i>anagrafe dei territori</i>).
 *
 * <p>On construction it checks that codes and ids are unique, that every parent and every grouping a
 * partition names is known and of the partition's kind, that every comune a partition places is known,
 * that no grouping is its own ancestor, and that the comuni of a grouping are among those its ancestors
 * hold in a partition (a sub-ambito's comuni are its ambito's). Look-ups by code, by name, by parent and by
 * children are then constant-time or linear in the answer.
 *
 * <pre>{@code
 * TerritoryRegistry reg = TerritoryRegistry.builder()
 *     .addMunicipality(Municipality.of(IstatCode.parse("019036"), "Cremona"))
 *     .addGrouping(Grouping.of("ambito-cremona", TerritoryKind.PLANNING_DISTRICT, "Ambito di Cremona"))
 *     .addPartition(Partition.builder("ambiti", TerritoryKind.PLANNING_DISTRICT)
 *         .assign(IstatCode.parse("019036"), "ambito-cremona").build())
 *     .build();
 * reg.comuniOf("ambito-cremona");   // [019036]
 * }</pre>
 *
 * <p>This type is immutable and thread-safe.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableTerritoryRegistry.class)
@JsonDeserialize(as = ImmutableTerritoryRegistry.class)
public abstract class TerritoryRegistry {

  /** {@return the comuni of the registry, in the order given} */
  public abstract List<Municipality> municipalities();

  /** {@return the groupings of the registry, in the order given} */
  public abstract List<Grouping> groupings();

  /** {@return the partitions that give the comuni of each grouping} */
  public abstract List<Partition> partitions();

  /**
   * Returns a new builder.
   *
   * @return a builder with nothing set
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@code TerritoryRegistry} attribute by attribute; {@code build()} validates. Not thread-safe. */
  public static final class Builder extends ImmutableTerritoryRegistry.Builder {
    Builder() {}
  }

  /**
   * The comune of a code.
   *
   * @param code not null
   * @return the comune, or empty
   */
  public Optional<Municipality> municipality(IstatCode code) {
    return Optional.ofNullable(index().byCode.get(Objects.requireNonNull(code, "code")));
  }

  /**
   * The comuni of a name, compared ignoring case (names repeat across Italy: Samone, Livo, ...).
   *
   * @param name not null
   * @return the comuni of that name, in code order
   */
  public List<Municipality> municipalitiesNamed(String name) {
    return index().byName.getOrDefault(key(name), List.of());
  }

  /**
   * The grouping of an id.
   *
   * @param id not null
   * @return the grouping, or empty
   */
  public Optional<Grouping> grouping(String id) {
    return Optional.ofNullable(index().groupingById.get(Objects.requireNonNull(id, "id")));
  }

  /**
   * The groupings of a name, compared ignoring case.
   *
   * @param name not null
   * @return the groupings of that name, in id order
   */
  public List<Grouping> groupingsNamed(String name) {
    return index().groupingsByName.getOrDefault(key(name), List.of());
  }

  /**
   * The partition of a name.
   *
   * @param name not null
   * @return the partition, or empty
   */
  public Optional<Partition> partition(String name) {
    Objects.requireNonNull(name, "name");
    return partitions().stream().filter(p -> p.name().equals(name)).findFirst();
  }

  /**
   * The grouping a grouping lies in.
   *
   * @param groupingId a known id
   * @return its parent, or empty for a top-level grouping
   * @throws IllegalArgumentException if the id is unknown
   */
  public Optional<Grouping> parent(String groupingId) {
    return require(groupingId).parent().map(index().groupingById::get);
  }

  /**
   * The groupings that name this one as parent.
   *
   * @param groupingId a known id
   * @return its children in id order
   * @throws IllegalArgumentException if the id is unknown
   */
  public List<Grouping> children(String groupingId) {
    require(groupingId);
    return index().children.getOrDefault(groupingId, List.of());
  }

  /**
   * The comuni of a grouping: its members in the partitions that place comuni in it (all of them: the
   * registry has no dates, so two years of the ambiti in one registry give an ambito the comuni of both), or
   * else the comuni of its children.
   *
   * @param groupingId a known id
   * @return its comuni in code order
   * @throws IllegalArgumentException if the id is unknown
   */
  public List<IstatCode> comuniOf(String groupingId) {
    require(groupingId);
    Set<IstatCode> out = new TreeSet<>();
    for (Partition p : partitions()) {
      out.addAll(p.members(groupingId));
    }
    if (out.isEmpty()) {
      for (Grouping child : children(groupingId)) {
        out.addAll(comuniOf(child.id()));
      }
    }
    return List.copyOf(out);
  }

  /**
   * The groupings a comune belongs to, one per partition that places it.
   *
   * @param comune not null
   * @return its groupings in the order of the partitions
   */
  public List<Grouping> groupingsOf(IstatCode comune) {
    List<Grouping> out = new ArrayList<>();
    for (Partition p : partitions()) {
      p.groupOf(comune).map(index().groupingById::get).ifPresent(out::add);
    }
    return out;
  }

  private Grouping require(String groupingId) {
    Grouping g = index().groupingById.get(Objects.requireNonNull(groupingId, "groupingId"));
    if (g == null) {
      throw new IllegalArgumentException("unknown grouping id: '" + groupingId + "'");
    }
    return g;
  }

  private static String key(String name) {
    return Objects.requireNonNull(name, "name").trim().toLowerCase(Locale.ROOT);
  }

  @Value.Lazy
  Index index() {
    return new Index(this);
  }

  @Value.Check
  void check() {
    index();
  }

  /** Look-up tables, built and validated once. */
  static final class Index {
    final Map<IstatCode, Municipality> byCode = new HashMap<>();
    final Map<String, List<Municipality>> byName = new HashMap<>();
    final Map<String, Grouping> groupingById = new HashMap<>();
    final Map<String, List<Grouping>> groupingsByName = new HashMap<>();
    final Map<String, List<Grouping>> children = new HashMap<>();

    Index(TerritoryRegistry r) {
      for (Municipality m : r.municipalities()) {
        Municipality before = byCode.putIfAbsent(m.code(), m);
        if (before != null) {
          throw new IllegalArgumentException(String.format(Locale.ROOT,
              "duplicate ISTAT code %s in the registry: '%s' and '%s'", m.code(), before.name(), m.name()));
        }
        byName.computeIfAbsent(key(m.name()), k -> new ArrayList<>()).add(m);
      }
      for (Grouping g : r.groupings()) {
        Grouping before = groupingById.putIfAbsent(g.id(), g);
        if (before != null) {
          throw new IllegalArgumentException(String.format(Locale.ROOT,
              "duplicate grouping id '%s' in the registry: '%s' and '%s'", g.id(), before.name(), g.name()));
        }
        groupingsByName.computeIfAbsent(key(g.name()), k -> new ArrayList<>()).add(g);
      }
      for (Grouping g : r.groupings()) {
        g.parent().ifPresent(p -> {
          if (!groupingById.containsKey(p)) {
            throw new IllegalArgumentException(
                "grouping '" + g.id() + "' names an unknown parent: '" + p + "'");
          }
          children.computeIfAbsent(p, k -> new ArrayList<>()).add(g);
        });
      }
      for (Grouping g : r.groupings()) {
        checkNoCycle(g);
      }
      Set<String> partitionNames = new java.util.HashSet<>();
      for (Partition p : r.partitions()) {
        if (!partitionNames.add(p.name())) {
          throw new IllegalArgumentException("duplicate partition name in the registry: '" + p.name() + "'");
        }
        for (Membership ms : p.memberships()) {
          if (!byCode.containsKey(ms.comune())) {
            throw new IllegalArgumentException(String.format(Locale.ROOT,
                "partition '%s' places an unknown comune: %s", p.name(), ms.comune()));
          }
          if (!groupingById.containsKey(ms.group())) {
            throw new IllegalArgumentException(String.format(Locale.ROOT,
                "partition '%s' places comune %s in an unknown grouping: '%s'",
                p.name(), ms.comune(), ms.group()));
          }
          TerritoryKind groupKind = groupingById.get(ms.group()).kind();
          if (groupKind != p.kind()) {
            // A partition is one way of grouping: mixing kinds would make comuniOf ambiguous.
            throw new IllegalArgumentException(String.format(Locale.ROOT,
                "partition '%s' of kind %s places comune %s in grouping '%s' of kind %s",
                p.name(), p.kind(), ms.comune(), ms.group(), groupKind));
          }
        }
      }
      checkNesting(r);
      byName.values().forEach(l -> l.sort((a, b) -> a.code().compareTo(b.code())));
      groupingsByName.values().forEach(l -> l.sort((a, b) -> a.id().compareTo(b.id())));
      children.values().forEach(l -> l.sort((a, b) -> a.id().compareTo(b.id())));
      byName.replaceAll((k, l) -> List.copyOf(l));
      groupingsByName.replaceAll((k, l) -> List.copyOf(l));
      children.replaceAll((k, l) -> List.copyOf(l));
    }

    /**
     * Refuses a comune placed in a grouping whose parent (or a farther ancestor) has comuni of its own in a
     * partition and not that one: the parent's comuni and its children's would disagree, and so would
     * their totals.
     */
    private void checkNesting(TerritoryRegistry r) {
      Map<String, Set<IstatCode>> members = new HashMap<>();
      Map<String, String> partitionOf = new HashMap<>();
      for (Partition p : r.partitions()) {
        for (Membership ms : p.memberships()) {
          members.computeIfAbsent(ms.group(), k -> new java.util.HashSet<>()).add(ms.comune());
          partitionOf.putIfAbsent(ms.group(), p.name());
        }
      }
      for (Partition p : r.partitions()) {
        for (Membership ms : p.memberships()) {
          Grouping g = groupingById.get(ms.group());
          for (Grouping a = parentOf(g); a != null; a = parentOf(a)) {
            Set<IstatCode> own = members.get(a.id());
            if (own != null && !own.contains(ms.comune())) {
              throw new IllegalArgumentException(String.format(Locale.ROOT,
                  "partition '%s' places comune %s in grouping '%s', inside '%s', which partition '%s' does not "
                      + "give that comune", p.name(), ms.comune(), g.id(), a.id(), partitionOf.get(a.id())));
            }
          }
        }
      }
    }

    private Grouping parentOf(Grouping g) {
      return g.parent().map(groupingById::get).orElse(null);
    }

    private void checkNoCycle(Grouping start) {
      Set<String> path = new LinkedHashSet<>();
      for (Grouping g = start; g != null; g = g.parent().map(groupingById::get).orElse(null)) {
        if (!path.add(g.id())) {
          List<String> cycle = new ArrayList<>(path);
          cycle.add(g.id());
          throw new IllegalArgumentException(
              "cycle among groupings: " + String.join(" -> ", Collections.unmodifiableList(cycle)));
        }
      }
    }
  }
}
