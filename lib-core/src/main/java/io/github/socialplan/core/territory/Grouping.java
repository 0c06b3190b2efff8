package io.github.socialplan.core.territory;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.math.BigDecimal;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A territory made of comuni: a province, an ambito, a sub-ambito, a zona omogenea, a health district, an
 * ente gestore (with its {@link LegalForm}) and so on. Its comuni are given by a {@link Partition}; a
 * grouping may name the grouping it lies in ({@link #parent()}, e.g. a sub-ambito's ambito).
 *
 * <pre>{@code
 * Grouping ambito = Grouping.of("ambito-cremona", TerritoryKind.PLANNING_DISTRICT, "Ambito di Cremona");
 * Grouping sub = Grouping.builder().id("sub-castelverde").kind(TerritoryKind.SUB_DISTRICT)
 *     .name("Sub-ambito Castelverde").parent("ambito-cremona").build();
 * }</pre>
 *
 * <p>This type is immutable and thread-safe.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableGrouping.class)
@JsonDeserialize(as = ImmutableGrouping.class)
public abstract class Grouping {

  /** {@return a stable identifier, unique in a {@link TerritoryRegistry}} */
  public abstract String id();

  /** {@return what kind of territory the grouping is, e.g. a planning district} */
  public abstract TerritoryKind kind();

  /** {@return the official name, e.g. "Ambito di Cremona"} */
  public abstract String name();

  /** {@return the legal form; present only for a {@link TerritoryKind#MANAGING_BODY}} */
  public abstract Optional<LegalForm> legalForm();

  /** {@return the id of the grouping this one lies in, if any} */
  public abstract Optional<String> parent();

  /** {@return the surface in km², if known} */
  public abstract Optional<BigDecimal> areaKm2();

  /**
   * Returns a grouping with no parent, legal form or area.
   *
   * @param id not blank
   * @param kind not {@link TerritoryKind#MUNICIPALITY}
   * @param name not blank
   * @return the grouping
   */
  public static Grouping of(String id, TerritoryKind kind, String name) {
    return builder().id(id).kind(kind).name(name).build();
  }

  /**
   * Returns an ente gestore.
   *
   * @param id not blank
   * @param name not blank
   * @param form not null
   * @return the managing body
   */
  public static Grouping managingBody(String id, String name, LegalForm form) {
    return builder().id(id).kind(TerritoryKind.MANAGING_BODY).name(name).legalForm(form).build();
  }

  /**
   * Returns a new builder.
   *
   * @return a builder with nothing set
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@code Grouping} attribute by attribute; {@code build()} validates. Not thread-safe. */
  public static final class Builder extends ImmutableGrouping.Builder {
    Builder() {}
  }

  @Value.Check
  void check() {
    if (id().isBlank()) {
      throw new IllegalArgumentException("grouping id is blank (name '" + name() + "')");
    }
    if (name().isBlank()) {
      throw new IllegalArgumentException("grouping " + id() + " has a blank name");
    }
    areaKm2().ifPresent(a -> Areas.check(a, "grouping", id()));
    if (kind() == TerritoryKind.MUNICIPALITY) {
      throw new IllegalArgumentException(
          "grouping " + id() + " cannot be of kind MUNICIPALITY: use Municipality for a comune");
    }
    if (legalForm().isPresent() && kind() != TerritoryKind.MANAGING_BODY) {
      throw new IllegalArgumentException(
          "grouping " + id() + " of kind " + kind() + " cannot have a legal form: " + legalForm().get());
    }
    if (parent().filter(id()::equals).isPresent()) {
      throw new IllegalArgumentException("grouping " + id() + " cannot be its own parent");
    }
  }

  @Override
  public String toString() {
    return id() + " (" + kind().italianName() + " " + name() + ")";
  }
}
