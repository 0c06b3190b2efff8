package io.github.socialplan.indicators.catalogue;

import io.github.socialplan.indicators.result.IndicatorValue;
import io.github.socialplan.indicators.result.UndefinedReason;
import java.math.BigDecimal;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.immutables.value.Value;

/**
 * The definition of one indicator of the cruscotto (<i>indicatore</i>): a stable id, Italian and English
 * names, unit, multiplier, formula as numerator and denominator, source and {@link CruscottoArea}.
 *
 * <p>The built-in indicators are in {@link StandardIndicators}. Users declare their own ratio indicators
 * for the areas whose inputs come from other sources (housing, labour, education): a <i>declared ratio</i>
 * names a numerator input and a denominator input, quantities supplied per territory, and
 * {@link #evaluate} computes it.
 *
 * <pre>{@code
 * Indicator evictions = Indicator.builder()
 *     .id("evictions_per_1000_households")
 *     .italianName("provvedimenti di sfratto per 1.000 famiglie")
 *     .englishName("eviction orders per 1,000 households")
 *     .unit(IndicatorUnit.PER_1000).multiplier(1000)
 *     .numerator("eviction orders").denominator("resident households")
 *     .numeratorInput("evictions").denominatorInput("households")
 *     .source("Ministero dell'Interno; anagrafe").area(CruscottoArea.HOUSING)
 *     .build();
 * IndicatorValue v = evictions.evaluate(Map.of(
 *     "evictions", BigDecimal.valueOf(42), "households", BigDecimal.valueOf(30_000))); // 1.4
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class Indicator {

  private static final Pattern ID = Pattern.compile("[a-z][a-z0-9_]*");

  /** The units whose name says the multiplier: per 100, %, per 1000. */
  private static final Set<IndicatorUnit> SCALED_UNITS =
      EnumSet.of(IndicatorUnit.PER_100, IndicatorUnit.PERCENT, IndicatorUnit.PER_1000);

  Indicator() {}

  /** {@return a new builder} */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds an {@link Indicator}; {@code build()} validates and throws {@link IllegalArgumentException}. */
  public static class Builder extends ImmutableIndicator.Builder {}

  /** {@return the stable id, lower case with underscores ({@code "old_age_index"})} */
  public abstract String id();

  /** {@return the official Italian name ({@code "indice di vecchiaia"})} */
  public abstract String italianName();

  /** {@return the English name ({@code "old-age index"})} */
  public abstract String englishName();

  /** {@return the unit} */
  public abstract IndicatorUnit unit();

  /**
   * {@return the multiplier of the ratio: 100 for an index or a percentage, 1000 for a rate, 1 otherwise; a unit
   * that says its scale (per 100, %, per 1000) takes no other}
   */
  public abstract long multiplier();

  /** {@return what the numerator counts ({@code "residents aged 65 and over"})} */
  public abstract String numerator();

  /** {@return what the denominator counts ({@code "residents aged 0-14"})} */
  public abstract String denominator();

  /** {@return where the definition comes from ({@code "ISTAT; Piano di Zona 2015-2017 dell'Ambito di Cremona, §2.1"})} */
  public abstract String source();

  /** {@return the area of the cruscotto it belongs to} */
  public abstract CruscottoArea area();

  /** {@return for a declared ratio, the name of the input that is its numerator} */
  public abstract Optional<String> numeratorInput();

  /** {@return for a declared ratio, the name of the input that is its denominator} */
  public abstract Optional<String> denominatorInput();

  /** {@return whether this is a user-declared ratio of two named inputs} */
  public boolean isDeclaredRatio() {
    return numeratorInput().isPresent();
  }

  /** {@return the formula as text: {@code "residents aged 65 and over / residents aged 0-14 × 100"}} */
  public String formula() {
    return multiplier() == 1
        ? numerator() + " / " + denominator()
        : numerator() + " / " + denominator() + " × " + multiplier();
  }

  /**
   * Computes a declared ratio from the inputs of one territory.
   *
   * @param inputs the territory's input quantities by name, not null
   * @return the value; undefined with {@link UndefinedReason#MISSING_INPUT} naming the absent input, or
   *     with {@link UndefinedReason#ZERO_DENOMINATOR}
   * @throws IllegalStateException if this indicator is not a declared ratio
   */
  public IndicatorValue evaluate(Map<String, BigDecimal> inputs) {
    Objects.requireNonNull(inputs, "inputs");
    if (!isDeclaredRatio()) {
      throw new IllegalStateException("indicator " + id() + " is not a declared ratio of inputs");
    }
    String n = numeratorInput().get();
    String d = denominatorInput().get();
    BigDecimal num = inputs.get(n);
    BigDecimal den = inputs.get(d);
    if (num == null || den == null) {
      return IndicatorValue.undefined(UndefinedReason.MISSING_INPUT,
          "input '" + (num == null ? n : d) + "' of " + id() + " not supplied");
    }
    return IndicatorValue.ratio(num, den, BigDecimal.valueOf(multiplier()), denominator());
  }

  @Value.Check
  void check() {
    if (!ID.matcher(id()).matches()) {
      throw new IllegalArgumentException(
          "indicator id must be lower case letters, digits and '_', starting with a letter: '" + id() + "'");
    }
    if (multiplier() <= 0) {
      throw new IllegalArgumentException(String.format(Locale.ROOT,
          "multiplier of indicator %s must be > 0: %d", id(), multiplier()));
    }
    // the unit says the scale: a percentage of multiplier 1 would show the fraction 0.2 as "0.2 %"
    if (SCALED_UNITS.contains(unit()) && multiplier() != unit().usualMultiplier()) {
      throw new IllegalArgumentException(String.format(Locale.ROOT,
          "indicator %s is in %s, so its multiplier must be %d: %d", id(), unit().italianLabel(),
          unit().usualMultiplier(), multiplier()));
    }
    if (numeratorInput().isPresent() != denominatorInput().isPresent()) {
      throw new IllegalArgumentException("declared ratio " + id()
          + " needs both a numerator input and a denominator input, got " + numeratorInput()
          + " and " + denominatorInput());
    }
    if (numeratorInput().isPresent() && numeratorInput().equals(denominatorInput())) {
      throw new IllegalArgumentException("declared ratio " + id()
          + " has the same input as numerator and denominator: " + numeratorInput().get());
    }
  }

  @Override
  public String toString() {
    return id() + " (" + italianName() + ")";
  }
}
