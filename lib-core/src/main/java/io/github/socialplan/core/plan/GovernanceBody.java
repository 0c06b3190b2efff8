package io.github.socialplan.core.plan;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.github.socialplan.core.territory.LegalForm;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A body of a plan's governance (<i>organismo della governance</i>), e.g. the Assemblea dei Sindaci or
 * the Ufficio di Piano, or an ente gestore with its legal form: its members and its role or functions.
 *
 * <p>This type is immutable and thread-safe.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableGovernanceBody.class)
@JsonDeserialize(as = ImmutableGovernanceBody.class)
public abstract class GovernanceBody {

  /** {@return the name as the source writes it; not blank} */
  public abstract String name();

  /** {@return its legal form, for a body that manages services (<i>ente gestore</i>)} */
  public abstract Optional<LegalForm> legalForm();

  /** {@return who sits in it, each as the source states} */
  public abstract List<String> members();

  /** {@return its functions (<i>funzioni</i>, <i>compiti</i>), each as the source words it} */
  public abstract List<String> roles();

  /** {@return where the source describes it: document title and section} */
  public abstract Optional<String> source();

  /**
   * Returns a new builder.
   *
   * @return a builder with nothing set
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@code GovernanceBody} attribute by attribute; {@code build()} validates. Not thread-safe. */
  public static final class Builder extends ImmutableGovernanceBody.Builder {
    Builder() {}
  }

  @Value.Check
  void check() {
    if (name().isBlank()) {
      throw new IllegalArgumentException("governance body has a blank name");
    }
  }
}
