package io.github.socialplan.indicators.demography;

import static io.github.socialplan.indicators.demography.DemographicProfile.DOUBLE_AGE_SUM;
import static io.github.socialplan.indicators.demography.DemographicProfile.F15_49;
import static io.github.socialplan.indicators.demography.DemographicProfile.P0_14;
import static io.github.socialplan.indicators.demography.DemographicProfile.P0_17;
import static io.github.socialplan.indicators.demography.DemographicProfile.P0_4;
import static io.github.socialplan.indicators.demography.DemographicProfile.P15_19;
import static io.github.socialplan.indicators.demography.DemographicProfile.P15_39;
import static io.github.socialplan.indicators.demography.DemographicProfile.P15_64;
import static io.github.socialplan.indicators.demography.DemographicProfile.P40_64;
import static io.github.socialplan.indicators.demography.DemographicProfile.P60_64;
import static io.github.socialplan.indicators.demography.DemographicProfile.P65_PLUS;
import static io.github.socialplan.indicators.demography.DemographicProfile.P_OLDEST;
import static io.github.socialplan.indicators.demography.DemographicProfile.TOTAL;

import io.github.socialplan.core.population.Population;
import io.github.socialplan.indicators.catalogue.Indicator;
import io.github.socialplan.indicators.catalogue.StandardIndicators;
import io.github.socialplan.indicators.internal.TerritoryName;
import io.github.socialplan.indicators.result.IndicatorValue;
import io.github.socialplan.indicators.result.UndefinedReason;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.OptionalLong;

/**
 * The socio-demographic indicators of the cruscotto (<i>indicatori socio-demografici</i>), computed
 * exactly from a {@link DemographicProfile}. Formulas (docs/domain.md §4; ISTAT definitions; Piano di Zona 2015-2017 dell'Ambito di Cremona, §2.1),
 * with P for residents on 1 January and F for women:
 *
 * <table class="striped">
 * <caption>Formulas and undefined cases</caption>
 * <tr><th>indicator</th><th>formula</th><th>undefined when</th></tr>
 * <tr><td>indice di vecchiaia</td><td>P65+ / P0-14 × 100</td><td>no children 0-14</td></tr>
 * <tr><td>indice di dipendenza strutturale</td><td>(P0-14 + P65+) / P15-64 × 100</td>
 *     <td>nobody aged 15-64</td></tr>
 * <tr><td>indice di dipendenza anziani</td><td>P65+ / P15-64 × 100</td><td>nobody aged 15-64</td></tr>
 * <tr><td>indice di dipendenza giovanile</td><td>P0-14 / P15-64 × 100</td><td>nobody aged 15-64</td></tr>
 * <tr><td>indice di ricambio</td><td>P60-64 / P15-19 × 100</td><td>nobody aged 15-19</td></tr>
 * <tr><td>indice di struttura</td><td>P40-64 / P15-39 × 100</td><td>nobody aged 15-39</td></tr>
 * <tr><td>carico di figli per donna feconda</td><td>P0-4 / F15-49 × 100</td><td>no women 15-49</td></tr>
 * <tr><td>età media</td><td>Σ (age + 0.5) × P(age) / P, 100+ at 100.5</td><td>no residents</td></tr>
 * <tr><td>% anziani, % grandi anziani, % minorenni</td><td>P65+, P85+ (threshold of the profile),
 *     P0-17 over P × 100</td><td>no residents</td></tr>
 * <tr><td>% stranieri</td><td>foreign residents / P × 100</td><td>not known; no residents</td></tr>
 * <tr><td>densità</td><td>P / km²</td><td>area not known; area 0</td></tr>
 * <tr><td>natalità, mortalità</td><td>births (deaths) / ((P + P next 1 January) / 2) × 1000</td>
 *     <td>births (deaths) or next year's residents not known; both populations 0</td></tr>
 * </table>
 *
 * <p>An undefined value carries {@link UndefinedReason#ZERO_DENOMINATOR} or
 * {@link UndefinedReason#MISSING_INPUT} and a text naming the territory; no method throws on a valid
 * profile. A population given in age bands computes exactly every indicator whose cuts are boundaries of
 * its bands; the others are undefined with {@link UndefinedReason#AGE_BAND_NOT_SPLIT} and a text naming
 * the band and the cut: from {@code 0-14, 15-64, 65+} the five indices on P0-14, P15-64 and P65+ compute,
 * while % minorenni is undefined because "band 15-64 does not split at 18".
 *
 * <pre>{@code
 * Map<Indicator, IndicatorValue> all = DemographicIndicators.all(DemographicProfile.of(population));
 * all.get(StandardIndicators.OLD_AGE_INDEX).format(); // "195.4"
 * }</pre>
 *
 * <p>This class is stateless and thread-safe.
 */
public final class DemographicIndicators {

  private static final BigDecimal HALF = new BigDecimal("0.5");

  private DemographicIndicators() {}

  /**
   * Every socio-demographic indicator of a population (grandi anziani from 85, no area, no next year:
   * density and rates are undefined with {@link UndefinedReason#MISSING_INPUT}).
   *
   * @param population not null
   * @return the values in the order of {@link StandardIndicators#DEMOGRAPHIC}
   */
  public static Map<Indicator, IndicatorValue> all(Population population) {
    return all(DemographicProfile.of(population));
  }

  /**
   * Every socio-demographic indicator of a profile.
   *
   * @param p not null
   * @return the values in the order of {@link StandardIndicators#DEMOGRAPHIC}
   */
  public static Map<Indicator, IndicatorValue> all(DemographicProfile p) {
    Map<Indicator, IndicatorValue> out = new LinkedHashMap<>();
    for (Indicator i : StandardIndicators.DEMOGRAPHIC) {
      out.put(i, compute(i, p));
    }
    return out;
  }

  /**
   * One socio-demographic indicator of a profile.
   *
   * @param indicator one of {@link StandardIndicators#DEMOGRAPHIC}, not null
   * @param p not null
   * @return the value
   * @throws IllegalArgumentException if the indicator is not socio-demographic
   */
  public static IndicatorValue compute(Indicator indicator, DemographicProfile p) {
    Objects.requireNonNull(indicator, "indicator");
    Objects.requireNonNull(p, "profile");
    switch (indicator.id()) {
      case "old_age_index": return oldAgeIndex(p);
      case "total_dependency_ratio": return totalDependencyRatio(p);
      case "old_age_dependency_ratio": return oldAgeDependencyRatio(p);
      case "youth_dependency_ratio": return youthDependencyRatio(p);
      case "active_population_replacement_index": return replacementIndex(p);
      case "active_population_structure_index": return structureIndex(p);
      case "child_woman_ratio": return childWomanRatio(p);
      case "mean_age": return meanAge(p);
      case "pct_elderly_65plus": return percentElderly(p);
      case "pct_oldest_old": return percentOldestOld(p);
      case "pct_minors": return percentMinors(p);
      case "pct_foreigners": return percentForeigners(p);
      case "density": return density(p);
      case "birth_rate": return birthRate(p);
      case "death_rate": return deathRate(p);
      default:
        throw new IllegalArgumentException("not a socio-demographic indicator: " + indicator.id());
    }
  }

  /**
   * The values of {@link #compute} of one indicator for every profile, as doubles into {@code out}, NaN if
   * undefined, without making an {@link IndicatorValue} for the ratios of counts (the ten ratios and the età
   * media): the double nearest the exact quotient, as {@link IndicatorValue#value()} gives it. The indicator
   * is looked up once for the column, not once per territory.
   */
  static void doubleValues(Indicator indicator, DemographicProfile[] profiles, double[] out) {
    CountRatio ratio = CountRatio.BY_ID.get(indicator.id());
    for (int t = 0; t < profiles.length; t++) {
      out[t] = ratio != null ? ratio.asDouble(profiles[t]) : otherDoubleValue(indicator, profiles[t]);
    }
  }

  /** The value of an indicator that is not a plain ratio of counts, as {@link #doubleValues} gives it. */
  private static double otherDoubleValue(Indicator indicator, DemographicProfile p) {
    if (indicator.id().equals("mean_age")) { // the age sum counts ages + 0.5 twice over, as whole numbers
      if (p.notSplit(DOUBLE_AGE_SUM) != null) {
        return Double.NaN;
      }
      long total = p.get(TOTAL);
      if (total > Long.MAX_VALUE / 2) { // twice the residents is past a long: the exact value's double
        return meanAge(p).value();
      }
      return IndicatorValue.ratioValue(p.get(DOUBLE_AGE_SUM), 2 * total, 1);
    }
    IndicatorValue v = compute(indicator, p);
    return v.isDefined() ? v.value() : Double.NaN;
  }

  /**
   * {@return <i>Indice di vecchiaia</i>, P65+ / P0-14 × 100; undefined with no children aged 0-14}
   *
   * @param p the territory's profile (population and the optional inputs the indicator needs), not null
   */
  public static IndicatorValue oldAgeIndex(DemographicProfile p) {
    return CountRatio.OLD_AGE_INDEX.value(p);
  }

  /**
   * {@return <i>Indice di dipendenza strutturale</i>, (P0-14 + P65+) / P15-64 × 100}
   *
   * @param p the territory's profile (population and the optional inputs the indicator needs), not null
   */
  public static IndicatorValue totalDependencyRatio(DemographicProfile p) {
    return CountRatio.TOTAL_DEPENDENCY_RATIO.value(p);
  }

  /**
   * {@return <i>Indice di dipendenza anziani</i>, P65+ / P15-64 × 100}
   *
   * @param p the territory's profile (population and the optional inputs the indicator needs), not null
   */
  public static IndicatorValue oldAgeDependencyRatio(DemographicProfile p) {
    return CountRatio.OLD_AGE_DEPENDENCY_RATIO.value(p);
  }

  /**
   * {@return <i>Indice di dipendenza giovanile</i>, P0-14 / P15-64 × 100}
   *
   * @param p the territory's profile (population and the optional inputs the indicator needs), not null
   */
  public static IndicatorValue youthDependencyRatio(DemographicProfile p) {
    return CountRatio.YOUTH_DEPENDENCY_RATIO.value(p);
  }

  /**
   * {@return <i>Indice di ricambio della popolazione attiva</i>, P60-64 / P15-19 × 100}
   *
   * @param p the territory's profile (population and the optional inputs the indicator needs), not null
   */
  public static IndicatorValue replacementIndex(DemographicProfile p) {
    return CountRatio.REPLACEMENT_INDEX.value(p);
  }

  /**
   * {@return <i>Indice di struttura della popolazione attiva</i>, P40-64 / P15-39 × 100}
   *
   * @param p the territory's profile (population and the optional inputs the indicator needs), not null
   */
  public static IndicatorValue structureIndex(DemographicProfile p) {
    return CountRatio.STRUCTURE_INDEX.value(p);
  }

  /**
   * {@return <i>Carico di figli per donna feconda</i>, P0-4 / F15-49 × 100}
   *
   * @param p the territory's profile (population and the optional inputs the indicator needs), not null
   */
  public static IndicatorValue childWomanRatio(DemographicProfile p) {
    return CountRatio.CHILD_WOMAN_RATIO.value(p);
  }

  /**
   * {@return <i>Età media</i>, Σ (age + 0.5) × P(age) / P with the 100+ class at 100.5; exact}
   *
   * @param p the territory's profile (population and the optional inputs the indicator needs), not null
   */
  public static IndicatorValue meanAge(DemographicProfile p) {
    if (p.notSplit(DOUBLE_AGE_SUM) != null) {
      return notSplit(p.notSplit(DOUBLE_AGE_SUM), p);
    }
    long total = p.get(TOTAL);
    if (total == 0) { // the undefined value, with its text built only here
      return IndicatorValue.ratio(0, 0, 1, "residents" + of(p));
    }
    BigDecimal ageSum = BigDecimal.valueOf(p.get(DOUBLE_AGE_SUM)).multiply(HALF);
    return IndicatorValue.ratio(ageSum, BigDecimal.valueOf(total), BigDecimal.ONE, "residents");
  }

  /**
   * {@return <i>% anziani</i>, P65+ / P × 100}
   *
   * @param p the territory's profile (population and the optional inputs the indicator needs), not null
   */
  public static IndicatorValue percentElderly(DemographicProfile p) {
    return CountRatio.PERCENT_ELDERLY.value(p);
  }

  /**
   * {@return <i>% grandi anziani</i>, P(threshold+) / P × 100, the threshold of the profile (85 by default)}
   *
   * @param p the territory's profile (population and the optional inputs the indicator needs), not null
   */
  public static IndicatorValue percentOldestOld(DemographicProfile p) {
    return CountRatio.PERCENT_OLDEST_OLD.value(p);
  }

  /**
   * {@return <i>% minorenni</i>, P0-17 / P × 100}
   *
   * @param p the territory's profile (population and the optional inputs the indicator needs), not null
   */
  public static IndicatorValue percentMinors(DemographicProfile p) {
    return CountRatio.PERCENT_MINORS.value(p);
  }

  /**
   * {@return <i>% stranieri</i>, foreign residents / P × 100; undefined if foreign residents are not known}
   *
   * @param p the territory's profile (population and the optional inputs the indicator needs), not null
   */
  public static IndicatorValue percentForeigners(DemographicProfile p) {
    OptionalLong foreign = p.foreignResidents();
    if (foreign.isEmpty()) {
      return missing("foreign residents", p);
    }
    return IndicatorValue.ratio(foreign.getAsLong(), p.get(TOTAL), 100, () -> "residents" + of(p));
  }

  /**
   * {@return <i>Densità</i>, P / km²; undefined if the area is not known or zero}
   *
   * @param p the territory's profile (population and the optional inputs the indicator needs), not null
   */
  public static IndicatorValue density(DemographicProfile p) {
    if (p.area().isEmpty()) {
      return missing("area in km2", p);
    }
    return IndicatorValue.ratio(BigDecimal.valueOf(p.get(TOTAL)), p.area().get(), BigDecimal.ONE,
        "area in km2" + of(p));
  }

  /**
   * {@return <i>Tasso di natalità</i>, births / mean population × 1000}
   *
   * @param p the territory's profile (population and the optional inputs the indicator needs), not null
   */
  public static IndicatorValue birthRate(DemographicProfile p) {
    return perMeanPopulation(p.births(), "births", p);
  }

  /**
   * {@return <i>Tasso di mortalità</i>, deaths / mean population × 1000}
   *
   * @param p the territory's profile (population and the optional inputs the indicator needs), not null
   */
  public static IndicatorValue deathRate(DemographicProfile p) {
    return perMeanPopulation(p.deaths(), "deaths", p);
  }

  /**
   * Whether an indicator reads the residents of the next 1 January ({@link DemographicProfile#nextYearResidents()}):
   * the crude birth and death rates, whose denominator is the mean population. Indicators are known by id, as
   * {@link #compute} knows them.
   *
   * @param indicator not null
   * @return true for the birth and death rates
   */
  public static boolean readsNextYearResidents(Indicator indicator) {
    String id = indicator.id();
    return id.equals(StandardIndicators.BIRTH_RATE.id()) || id.equals(StandardIndicators.DEATH_RATE.id());
  }

  private static IndicatorValue perMeanPopulation(OptionalLong events, String what, DemographicProfile p) {
    if (events.isEmpty()) {
      return missing(what, p);
    }
    if (p.nextYearResidents().isEmpty()) {
      return IndicatorValue.undefined(UndefinedReason.MISSING_INPUT,
          "residents on 1 January " + (p.year() + 1) + " not known" + of(p));
    }
    // added in decimals: next year's residents may be any long, and a long sum could wrap to a negative mean
    BigDecimal mean = BigDecimal.valueOf(p.get(TOTAL)).add(BigDecimal.valueOf(p.nextYearResidents().getAsLong()))
        .multiply(HALF);
    return IndicatorValue.ratio(BigDecimal.valueOf(events.getAsLong()), mean, BigDecimal.valueOf(1000),
        "mean population" + of(p));
  }


  /**
   * The socio-demographic indicators that are a ratio of counts of the profile × 100, each formula stated
   * once: the exact value ({@link #value}) and the double of a column ({@link #asDouble}) both come from it.
   */
  private enum CountRatio {
    OLD_AGE_INDEX("old_age_index", P0_14, "residents aged 0-14", P65_PLUS),
    TOTAL_DEPENDENCY_RATIO("total_dependency_ratio", P15_64, "residents aged 15-64", P0_14, P65_PLUS),
    OLD_AGE_DEPENDENCY_RATIO("old_age_dependency_ratio", P15_64, "residents aged 15-64", P65_PLUS),
    YOUTH_DEPENDENCY_RATIO("youth_dependency_ratio", P15_64, "residents aged 15-64", P0_14),
    REPLACEMENT_INDEX("active_population_replacement_index", P15_19, "residents aged 15-19", P60_64),
    STRUCTURE_INDEX("active_population_structure_index", P15_39, "residents aged 15-39", P40_64),
    CHILD_WOMAN_RATIO("child_woman_ratio", F15_49, "women aged 15-49", P0_4),
    PERCENT_ELDERLY("pct_elderly_65plus", TOTAL, "residents", P65_PLUS),
    PERCENT_OLDEST_OLD("pct_oldest_old", TOTAL, "residents", P_OLDEST),
    PERCENT_MINORS("pct_minors", TOTAL, "residents", P0_17);

    static final Map<String, CountRatio> BY_ID = new HashMap<>();

    static {
      for (CountRatio r : values()) {
        BY_ID.put(r.id, r);
      }
    }

    private final String id;
    private final int denominator;
    private final String denominatorName;
    private final int[] numerator;

    CountRatio(String id, int denominator, String denominatorName, int... numerator) {
      this.id = id;
      this.denominator = denominator;
      this.denominatorName = denominatorName;
      this.numerator = numerator;
    }

    private long numerator(DemographicProfile p) {
      long sum = 0;
      for (int count : numerator) {
        sum += p.get(count);
      }
      return sum;
    }

    /** Why a count of the formula is not known from the population's age bands, or null. */
    private String notSplit(DemographicProfile p) {
      if (p.allSplit()) {
        return null;
      }
      for (int count : numerator) {
        if (p.notSplit(count) != null) {
          return p.notSplit(count);
        }
      }
      return p.notSplit(denominator);
    }

    IndicatorValue value(DemographicProfile p) {
      String why = notSplit(p);
      if (why != null) {
        return DemographicIndicators.notSplit(why, p);
      }
      // the text of an undefined value only when it is undefined: most values are defined
      return IndicatorValue.ratio(numerator(p), p.get(denominator), 100, () -> denominatorName + of(p));
    }

    double asDouble(DemographicProfile p) {
      if (notSplit(p) != null) {
        return Double.NaN;
      }
      return IndicatorValue.ratioValue(numerator(p), p.get(denominator), 100);
    }
  }

  private static IndicatorValue notSplit(String why, DemographicProfile p) {
    return IndicatorValue.undefined(UndefinedReason.AGE_BAND_NOT_SPLIT, why + of(p));
  }

  private static IndicatorValue missing(String what, DemographicProfile p) {
    return IndicatorValue.undefined(UndefinedReason.MISSING_INPUT, what + " not known" + of(p));
  }

  private static String of(DemographicProfile p) {
    return " in " + TerritoryName.of(p.territory()) + ", " + p.year();
  }
}
