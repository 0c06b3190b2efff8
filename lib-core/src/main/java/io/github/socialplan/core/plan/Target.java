package io.github.socialplan.core.plan;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.math.BigDecimal;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * An expected-result indicator with its baseline and target (<i>indicatore di risultato atteso</i>,
 * <i>obiettivo</i>), e.g. Cremona's associated spending: 19 % in 2012, at least 30 % by 2017.
 *
 * <pre>{@code
 * Target associated = Target.builder().indicator("pct_spending_associated").unit("percent")
 *     .baseline(new BigDecimal("19")).baselineYear(2012)
 *     .value(new BigDecimal("30")).year(2017).build();
 * }</pre>
 *
 * <p>This type is immutable and thread-safe.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableTarget.class)
@JsonDeserialize(as = ImmutableTarget.class)
public abstract class Target {

  /** {@return the indicator's name or catalogue id} */
  public abstract String indicator();

  /** {@return the unit, e.g. "percent", "users", "euro"} */
  public abstract Optional<String> unit();

  /** {@return the value the indicator starts from (<i>valore di partenza</i>), if the plan gives one} */
  public abstract Optional<BigDecimal> baseline();

  /** {@return the year of the baseline, if the plan gives it} */
  public abstract Optional<Integer> baselineYear();

  /** {@return the target value} */
  public abstract BigDecimal value();

  /** {@return the year by which the target is due} */
  public abstract Optional<Integer> year();

  /**
   * Returns a new builder.
   *
   * @return a builder with nothing set
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@code Target} attribute by attribute; {@code build()} validates. Not thread-safe. */
  public static final class Builder extends ImmutableTarget.Builder {
    Builder() {}
  }

  @Value.Check
  void check() {
    if (indicator().isBlank()) {
      throw new IllegalArgumentException("target has a blank indicator name");
    }
    if (baselineYear().isPresent() && year().isPresent() && year().get() < baselineYear().get()) {
      throw new IllegalArgumentException(String.format(java.util.Locale.ROOT,
          "target '%s' is due in %d, before its baseline year %d",
          indicator(), year().get(), baselineYear().get()));
    }
  }
}
