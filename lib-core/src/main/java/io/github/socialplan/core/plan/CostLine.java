package io.github.socialplan.core.plan;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.github.socialplan.core.money.Money;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Locale;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A budget line of an action (<i>voce di costo</i>): an amount, or a quantity times a unit cost, e.g.
 * about 250 generative pacts × 2,000 € each over 2015-2017, or 6 community labs × 12,000 € in each year
 * (Piano di Zona 2015-2017 dell'Ambito di Cremona, §3.2.3). The line covers {@link #years()}: with
 * {@link #eachYear()} its cost recurs in every year of them; without, it is one cost for the whole span,
 * not split by year (as the source gives it).
 *
 * <pre>{@code
 * CostLine labs = CostLine.builder().label("laboratori di comunità, distretto cremonese")
 *     .years(Period.of(2015, 2017)).eachYear(true)
 *     .quantity(new BigDecimal("6")).unitCost(Money.ofEuros(12_000)).build();
 * labs.cost();    // 72000.00 a year
 * labs.total();   // 216000.00 over 2015-2017
 * }</pre>
 *
 * <p>The product must be a whole number of cents and not negative: no rounding happens. This type is
 * immutable and thread-safe.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableCostLine.class)
@JsonDeserialize(as = ImmutableCostLine.class)
public abstract class CostLine {

  /** {@return what the line pays for, as the plan words it; not blank} */
  public abstract String label();

  /** {@return the years the line covers} */
  public abstract Period years();

  /** {@return whether {@link #cost()} recurs in every year of {@link #years()}; false if unset} */
  @Value.Default
  public boolean eachYear() {
    return false;
  }

  /** {@return the fund's id, when the source names the fund that pays} */
  public abstract Optional<String> fund();

  /** {@return the area of intervention, when the source names one (for the area × fund view)} */
  public abstract Optional<String> area();

  /** {@return the territory the line is for, e.g. a district, when the source splits by territory} */
  public abstract Optional<String> territory();

  /** {@return how many units, {@code >= 0}; with {@link #unitCost()}} */
  public abstract Optional<BigDecimal> quantity();

  /** {@return the cost of one unit, {@code >= 0}; with {@link #quantity()}} */
  public abstract Optional<Money> unitCost();

  /** {@return the amount, when the source gives it directly instead of quantity × unit cost} */
  public abstract Optional<Money> amount();

  /** {@return where the source states it: document title and section} */
  public abstract Optional<String> source();

  /**
   * The cost of the line: {@link #amount()}, or quantity × unit cost; a year's cost if {@link #eachYear()}.
   *
   * @return not negative
   */
  public Money cost() {
    return amount().orElseGet(() -> Money.of(quantity().orElseThrow().multiply(unitCost().orElseThrow().amount())
        .stripTrailingZeros().setScale(2, RoundingMode.UNNECESSARY)));
  }

  /**
   * The cost over all its years: {@link #cost()} times the number of years if {@link #eachYear()}.
   *
   * @return not negative
   */
  public Money total() {
    return eachYear() ? cost().times(years().length()) : cost();
  }

  /**
   * The cost falling in a year, if the line says.
   *
   * @param year any
   * @return zero outside {@link #years()}; {@link #cost()} in each of them if {@link #eachYear()}; the
   *     whole cost if the line covers just that year; else empty (a multi-year cost not split by year)
   */
  public Optional<Money> inYear(int year) {
    if (!years().contains(year)) {
      return Optional.of(Money.ZERO);
    }
    if (eachYear() || years().length() == 1) {
      return Optional.of(cost());
    }
    return Optional.empty();
  }

  /**
   * Returns a new builder.
   *
   * @return a builder with nothing set
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@code CostLine} attribute by attribute; {@code build()} validates. Not thread-safe. */
  public static final class Builder extends ImmutableCostLine.Builder {
    Builder() {}
  }

  @Value.Check
  void check() {
    if (label().isBlank()) {
      throw new IllegalArgumentException("cost line has a blank label");
    }
    boolean product = quantity().isPresent() || unitCost().isPresent();
    if (product && amount().isPresent()) {
      throw new IllegalArgumentException("cost line '" + label()
          + "' gives both an amount and a quantity or unit cost; give one or the other");
    }
    if (!product && amount().isEmpty()) {
      throw new IllegalArgumentException("cost line '" + label() + "' needs an amount or a quantity and a unit cost");
    }
    if (product) {
      if (quantity().isEmpty() || unitCost().isEmpty()) {
        throw new IllegalArgumentException("cost line '" + label() + "' has a "
            + (quantity().isPresent() ? "quantity but no unit cost" : "unit cost but no quantity"));
      }
      BigDecimal q = quantity().get();
      BigDecimal result = q.multiply(unitCost().get().amount());
      if (result.signum() < 0 || q.signum() < 0) {
        throw new IllegalArgumentException(String.format(Locale.ROOT,
            "cost line '%s': quantity × unit cost = %s × %s = %s is negative", label(), q.toPlainString(),
            unitCost().get(), result.toPlainString()));
      }
      if (unitCost().get().isNegative()) {
        throw new IllegalArgumentException("cost line '" + label() + "' has a negative unit cost: " + unitCost().get());
      }
      if (result.stripTrailingZeros().scale() > 2) {
        throw new IllegalArgumentException(String.format(Locale.ROOT,
            "cost line '%s': quantity × unit cost = %s × %s = %s is not a whole number of cents",
            label(), q.toPlainString(), unitCost().get(), result.toPlainString()));
      }
      try {
        cost();
      } catch (IllegalArgumentException e) {
        throw new IllegalArgumentException("cost line '" + label() + "': " + e.getMessage(), e);
      }
    }
    if (amount().isPresent() && amount().get().isNegative()) {
      throw new IllegalArgumentException("cost line '" + label() + "' has a negative amount: " + amount().get());
    }
  }
}
