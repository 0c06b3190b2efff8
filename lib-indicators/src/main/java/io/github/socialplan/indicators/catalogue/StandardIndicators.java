package io.github.socialplan.indicators.catalogue;

import static io.github.socialplan.indicators.catalogue.CruscottoArea.LABOUR_AND_INCOME;
import static io.github.socialplan.indicators.catalogue.CruscottoArea.SOCIAL_SERVICES;
import static io.github.socialplan.indicators.catalogue.CruscottoArea.SOCIAL_SPENDING;
import static io.github.socialplan.indicators.catalogue.CruscottoArea.SOCIO_DEMOGRAPHIC;

import java.util.List;

/**
 * The built-in indicators of the cruscotto (<i>indicatori standard</i>), with the formulas and sources of
 * docs/domain.md §4 and the Piano di Zona 2015-2017 dell'Ambito di Cremona, §2.1, §2.2, §4.1,
 * §4.2.3. The calculators of the other packages return values
 * of these indicators; {@link IndicatorCatalogue#standard()} lists them all.
 *
 * <p>The ids of the socio-demographic indicators are the column names of the published table
 * {@code cremona-2014-demographic-indicators.csv}.
 */
public final class StandardIndicators {

  private static final String ISTAT = "ISTAT, demographic indicators";
  private static final String SEED_21 = "ISTAT; Piano di Zona 2015-2017 dell'Ambito di Cremona, §2.1";
  private static final String SEED_22 = "Piano di Zona 2015-2017 dell'Ambito di Cremona, §2.2 and §4.1";

  /** <i>Indice di vecchiaia</i>: P65+ / P0-14 × 100. */
  public static final Indicator OLD_AGE_INDEX = def("old_age_index", "indice di vecchiaia",
      "old-age index", IndicatorUnit.PER_100, "residents aged 65 and over", "residents aged 0-14",
      SEED_21, SOCIO_DEMOGRAPHIC);

  /** <i>Indice di dipendenza strutturale</i>: (P0-14 + P65+) / P15-64 × 100. */
  public static final Indicator TOTAL_DEPENDENCY_RATIO = def("total_dependency_ratio",
      "indice di dipendenza strutturale", "total dependency ratio", IndicatorUnit.PER_100,
      "residents aged 0-14 and 65 and over", "residents aged 15-64", SEED_21, SOCIO_DEMOGRAPHIC);

  /** <i>Indice di dipendenza anziani (senile)</i>: P65+ / P15-64 × 100. */
  public static final Indicator OLD_AGE_DEPENDENCY_RATIO = def("old_age_dependency_ratio",
      "indice di dipendenza anziani (senile)", "old-age dependency ratio", IndicatorUnit.PER_100,
      "residents aged 65 and over", "residents aged 15-64", SEED_21, SOCIO_DEMOGRAPHIC);

  /** <i>Indice di dipendenza giovanile</i>: P0-14 / P15-64 × 100. */
  public static final Indicator YOUTH_DEPENDENCY_RATIO = def("youth_dependency_ratio",
      "indice di dipendenza giovanile", "youth dependency ratio", IndicatorUnit.PER_100,
      "residents aged 0-14", "residents aged 15-64", SEED_21, SOCIO_DEMOGRAPHIC);

  /** <i>Indice di ricambio della popolazione attiva</i>: P60-64 / P15-19 × 100. */
  public static final Indicator REPLACEMENT_INDEX = def("active_population_replacement_index",
      "indice di ricambio della popolazione attiva", "active population replacement index",
      IndicatorUnit.PER_100, "residents aged 60-64", "residents aged 15-19", ISTAT, SOCIO_DEMOGRAPHIC);

  /** <i>Indice di struttura della popolazione attiva</i>: P40-64 / P15-39 × 100. */
  public static final Indicator STRUCTURE_INDEX = def("active_population_structure_index",
      "indice di struttura della popolazione attiva", "active population structure index",
      IndicatorUnit.PER_100, "residents aged 40-64", "residents aged 15-39", ISTAT, SOCIO_DEMOGRAPHIC);

  /** <i>Carico di figli per donna feconda</i>: P0-4 / F15-49 × 100. */
  public static final Indicator CHILD_WOMAN_RATIO = def("child_woman_ratio",
      "carico di figli per donna feconda", "child-woman ratio", IndicatorUnit.PER_100,
      "residents aged 0-4", "women aged 15-49", ISTAT, SOCIO_DEMOGRAPHIC);

  /** <i>Età media</i>: Σ (age + 0.5) × P(age) / P, the 100+ class at 100.5. */
  public static final Indicator MEAN_AGE = def("mean_age", "età media", "mean age",
      IndicatorUnit.YEARS, 1, "sum over ages of (age + 0.5) × residents of that age, 100+ at 100.5",
      "residents", ISTAT, SOCIO_DEMOGRAPHIC);

  /** <i>% anziani</i>: P65+ / P × 100. */
  public static final Indicator PCT_ELDERLY = def("pct_elderly_65plus", "% anziani (65 anni e oltre)",
      "% elderly (65 and over)", IndicatorUnit.PERCENT, "residents aged 65 and over", "residents",
      SEED_21, SOCIO_DEMOGRAPHIC);

  /** <i>% grandi anziani</i>: P85+ / P × 100; the threshold (85 by default) is a parameter. */
  public static final Indicator PCT_OLDEST_OLD = def("pct_oldest_old", "% grandi anziani",
      "% oldest old", IndicatorUnit.PERCENT,
      "residents aged 85 and over (threshold configurable)", "residents", SEED_21, SOCIO_DEMOGRAPHIC);

  /** <i>% minorenni</i>: P0-17 / P × 100. */
  public static final Indicator PCT_MINORS = def("pct_minors", "% minorenni", "% minors",
      IndicatorUnit.PERCENT, "residents aged 0-17", "residents", SEED_21, SOCIO_DEMOGRAPHIC);

  /** <i>% stranieri</i>: foreign residents / P × 100. */
  public static final Indicator PCT_FOREIGNERS = def("pct_foreigners", "% stranieri", "% foreigners",
      IndicatorUnit.PERCENT, "foreign residents", "residents", SEED_21, SOCIO_DEMOGRAPHIC);

  /** <i>Densità</i>: P / km². */
  public static final Indicator DENSITY = def("density", "densità abitativa", "population density",
      IndicatorUnit.RESIDENTS_PER_KM2, 1, "residents", "area in km²", SEED_21, SOCIO_DEMOGRAPHIC);

  /** <i>Tasso di natalità</i>: births / mean population × 1000. */
  public static final Indicator BIRTH_RATE = def("birth_rate", "tasso di natalità", "crude birth rate",
      IndicatorUnit.PER_1000, "live births in the year",
      "mean population, (residents on 1 January + residents on next 1 January) / 2", ISTAT,
      SOCIO_DEMOGRAPHIC);

  /** <i>Tasso di mortalità</i>: deaths / mean population × 1000. */
  public static final Indicator DEATH_RATE = def("death_rate", "tasso di mortalità", "crude death rate",
      IndicatorUnit.PER_1000, "deaths in the year",
      "mean population, (residents on 1 January + residents on next 1 January) / 2", ISTAT,
      SOCIO_DEMOGRAPHIC);

  /** <i>Spesa sociale pro-capite</i>: social spending / residents. */
  public static final Indicator PER_CAPITA_SPENDING = def("per_capita_social_spending",
      "spesa sociale pro-capite", "per-capita social spending", IndicatorUnit.EURO, 1,
      "social spending of the comuni", "residents", SEED_22, SOCIAL_SPENDING);

  /** <i>% spesa sociale associata</i>: associated spending / total spending × 100. */
  public static final Indicator PCT_ASSOCIATED_SPENDING = def("pct_associated_spending",
      "% spesa sociale associata", "% associated social spending", IndicatorUnit.PERCENT,
      "spending managed in associated form", "total social spending", SEED_22, SOCIAL_SPENDING);

  /** <i>Quota di spesa per area di utenza</i>: spending of one area / total × 100. */
  public static final Indicator SPENDING_SHARE_BY_AREA = def("spending_share_by_area",
      "quota di spesa per area di utenza", "spending share by area of users", IndicatorUnit.PERCENT,
      "spending of the area of users", "total social spending", SEED_22, SOCIAL_SPENDING);

  /** <i>Spesa pro-utente comunale</i>: municipal spending of a service / its users. */
  public static final Indicator PER_USER_SPENDING = def("per_user_municipal_spending",
      "spesa pro-utente comunale", "municipal spending per user", IndicatorUnit.EURO, 1,
      "municipal spending on the service", "users of the service", SEED_22, SOCIAL_SPENDING);

  /** <i>Compartecipazione degli utenti</i>: co-payment / (municipal spending + co-payment) × 100. */
  public static final Indicator COPAYMENT_INCIDENCE = def("copayment_incidence",
      "incidenza della compartecipazione degli utenti", "co-payment incidence", IndicatorUnit.PERCENT,
      "users' co-payment", "municipal spending plus users' co-payment", SEED_22, SOCIAL_SPENDING);

  /** <i>Costo medio per utente</i>: total cost of a service / its users. */
  public static final Indicator AVERAGE_COST_PER_USER = def("average_cost_per_user",
      "costo medio per utente", "average cost per user", IndicatorUnit.EURO, 1,
      "total cost of the service (municipal spending, co-payments, other funds)", "users of the service",
      SEED_22, SOCIAL_SPENDING);

  /** <i>Variazione annua dei trasferimenti</i>: (this year − previous year) / previous year × 100. */
  public static final Indicator TRANSFER_CHANGE = def("transfer_year_on_year_change",
      "variazione annua dei trasferimenti", "year-on-year change of transfers", IndicatorUnit.PERCENT,
      "transfer of the year minus transfer of the previous year", "transfer of the previous year",
      SEED_22, SOCIAL_SPENDING);

  /** <i>Tasso di crescita medio annuo composto</i>: ((last / first)^(1 / years) − 1) × 100. */
  public static final Indicator TRANSFER_CAGR = def("transfer_compound_annual_growth",
      "tasso di crescita medio annuo composto", "compound annual growth rate", IndicatorUnit.PERCENT,
      "(last / first) to the power 1 / (years between them), minus 1", "1", SEED_22, SOCIAL_SPENDING);

  /** <i>Coefficiente di variazione</i>: population standard deviation / mean. */
  public static final Indicator COEFFICIENT_OF_VARIATION = def("coefficient_of_variation",
      "coefficiente di variazione", "coefficient of variation", IndicatorUnit.NUMBER, 1,
      "standard deviation (population, divisor n)", "mean", SEED_22, SOCIAL_SPENDING);

  /** <i>Indice di Gini</i>: Σi Σj |xi − xj| / (2 n Σ x). */
  public static final Indicator GINI_INDEX = def("gini_index", "indice di concentrazione di Gini",
      "Gini index", IndicatorUnit.NUMBER, 1, "sum over all pairs of |xi - xj|",
      "2 × n × sum of x", SEED_22, SOCIAL_SPENDING);

  /** <i>Quota del fondo</i>: transfer of one fund / all transfers of the year × 100. */
  public static final Indicator FUND_SHARE = def("fund_share", "quota del fondo sul totale",
      "share of the fund", IndicatorUnit.PERCENT, "transfer of the fund", "transfers of all funds",
      SEED_22, SOCIAL_SPENDING);

  /** <i>Assistenti sociali equivalenti a tempo pieno</i>: yearly hours / hours of one FTE. */
  public static final Indicator SOCIAL_WORKER_FTE = def("social_worker_fte",
      "assistenti sociali equivalenti a tempo pieno", "social workers, full-time equivalent",
      IndicatorUnit.FTE, 1, "yearly hours of social work", "yearly hours of one full-time worker",
      "Piano di Zona 2015-2017 dell'Ambito di Cremona, §4.2.3", SOCIAL_SERVICES);

  /** <i>Residenti per assistente sociale</i>: residents / social-worker FTE. */
  public static final Indicator RESIDENTS_PER_SOCIAL_WORKER = def("residents_per_social_worker",
      "residenti per assistente sociale", "residents per social worker", IndicatorUnit.PERSONS, 1,
      "residents", "social workers, full-time equivalent",
      "Piano di Zona 2015-2017 dell'Ambito di Cremona, §4.2.3; L. 178/2020 art. 1 c. 797 (1:5,000)", SOCIAL_SERVICES);

  /** <i>Tasso di copertura del servizio</i>: users / target population × 100. */
  public static final Indicator SERVICE_COVERAGE = def("service_coverage",
      "tasso di copertura del servizio", "service coverage", IndicatorUnit.PERCENT,
      "users of the service", "target population (e.g. children aged 0-2)", "Piano di Zona 2015-2017 dell'Ambito di Cremona, §4.1",
      SOCIAL_SERVICES);

  /** <i>% famiglie in deprivazione materiale</i>: households lacking at least 3 of 9 items × 100. */
  public static final Indicator MATERIAL_DEPRIVATION = def("material_deprivation_rate",
      "% famiglie in deprivazione materiale", "material deprivation rate", IndicatorUnit.PERCENT,
      "households lacking at least 3 of the 9 items", "households",
      "ISTAT, EU-SILC; Piano di Zona 2015-2017 dell'Ambito di Cremona, note 1", LABOUR_AND_INCOME);

  /** <i>% famiglie in grave deprivazione materiale</i>: households lacking at least 4 of 9 items × 100. */
  public static final Indicator SEVERE_MATERIAL_DEPRIVATION = def("severe_material_deprivation_rate",
      "% famiglie in grave deprivazione materiale", "severe material deprivation rate",
      IndicatorUnit.PERCENT, "households lacking at least 4 of the 9 items", "households",
      "ISTAT, EU-SILC; Piano di Zona 2015-2017 dell'Ambito di Cremona, note 1", LABOUR_AND_INCOME);

  /** The socio-demographic indicators, in the order of the dashboard. */
  public static final List<Indicator> DEMOGRAPHIC = List.of(OLD_AGE_INDEX, TOTAL_DEPENDENCY_RATIO,
      OLD_AGE_DEPENDENCY_RATIO, YOUTH_DEPENDENCY_RATIO, REPLACEMENT_INDEX, STRUCTURE_INDEX,
      CHILD_WOMAN_RATIO, MEAN_AGE, PCT_ELDERLY, PCT_OLDEST_OLD, PCT_MINORS, PCT_FOREIGNERS, DENSITY,
      BIRTH_RATE, DEATH_RATE);

  /** Every built-in indicator. */
  public static final List<Indicator> ALL = List.of(OLD_AGE_INDEX, TOTAL_DEPENDENCY_RATIO,
      OLD_AGE_DEPENDENCY_RATIO, YOUTH_DEPENDENCY_RATIO, REPLACEMENT_INDEX, STRUCTURE_INDEX,
      CHILD_WOMAN_RATIO, MEAN_AGE, PCT_ELDERLY, PCT_OLDEST_OLD, PCT_MINORS, PCT_FOREIGNERS, DENSITY,
      BIRTH_RATE, DEATH_RATE, PER_CAPITA_SPENDING, PCT_ASSOCIATED_SPENDING, SPENDING_SHARE_BY_AREA,
      PER_USER_SPENDING, COPAYMENT_INCIDENCE, AVERAGE_COST_PER_USER, TRANSFER_CHANGE, TRANSFER_CAGR,
      COEFFICIENT_OF_VARIATION, GINI_INDEX, FUND_SHARE, SOCIAL_WORKER_FTE, RESIDENTS_PER_SOCIAL_WORKER,
      SERVICE_COVERAGE, MATERIAL_DEPRIVATION, SEVERE_MATERIAL_DEPRIVATION);

  private StandardIndicators() {}

  private static Indicator def(String id, String it, String en, IndicatorUnit unit, String num,
      String den, String source, CruscottoArea area) {
    return def(id, it, en, unit, unit.usualMultiplier(), num, den, source, area);
  }

  private static Indicator def(String id, String it, String en, IndicatorUnit unit, long multiplier,
      String num, String den, String source, CruscottoArea area) {
    return Indicator.builder().id(id).italianName(it).englishName(en).unit(unit).multiplier(multiplier)
        .numerator(num).denominator(den).source(source).area(area).build();
  }
}
