package io.github.socialplan.indicators.catalogue;

import static io.github.socialplan.indicators.catalogue.CruscottoArea.EDUCATION;
import static io.github.socialplan.indicators.catalogue.CruscottoArea.HOUSING;
import static io.github.socialplan.indicators.catalogue.CruscottoArea.LABOUR_AND_INCOME;
import static io.github.socialplan.indicators.catalogue.CruscottoArea.SOCIAL_SPENDING;

import io.github.socialplan.core.service.Service;
import io.github.socialplan.core.service.Services;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;

/**
 * The indicators of the monitoring dashboard proposed by the Piano di Zona 2015-2017 dell'Ambito di
 * Cremona, §4.1 (<i>cruscotto di monitoraggio e valutazione</i>), beyond the built-in
 * {@link StandardIndicators}: the municipal spending per user of each of the ten services the plan names,
 * and the housing (6), labour and income (4) and education (3) indicators, whose inputs come from other
 * sources (the property market observatory, employment centres, schools).
 *
 * <p>Each is a declared ratio of named inputs ({@link Indicator#numeratorInput()},
 * {@link Indicator#denominatorInput()}) that the user supplies, e.g. to a
 * {@link io.github.socialplan.indicators.dashboard.Dashboard} with {@code input(territory, year, name,
 * value)}; a dashboard takes {@code residents} and the residents of an age band
 * ({@code residents_0_2}, {@code residents_14_18}, {@code residents_15_64}) from the populations themselves. The plan names these indicators
 * without defining them: the numerators and denominators here are the library's usual definitions (ISTAT,
 * Banca d'Italia, MIUR), stated in each indicator.
 *
 * <pre>{@code
 * IndicatorCatalogue all = CruscottoIndicators.catalogue();   // the standard ones and these
 * Indicator nido = CruscottoIndicators.perUserSpending(Services.byId("NIDO"));
 * nido.numeratorInput();   // Optional[municipal_spending_nido]
 * }</pre>
 *
 * <p>This class is stateless and thread-safe.
 */
public final class CruscottoIndicators {

  private static final String PLAN = "Piano di Zona 2015-2017 dell'Ambito di Cremona, §4.1";

  /** The ten services whose municipal spending per user §4.1 lists, in the plan's order. */
  public static final List<String> PER_USER_SERVICES =
      List.of("NIDO", "COMUNITA_MINORI", "ADM", "RSA", "CDI", "SAD", "RSD", "CDD", "CSE", "SADH");

  /** <i>Variazione annua del minimo del valore immobiliare</i>. */
  public static final Indicator PROPERTY_VALUE_MIN_CHANGE = declared("property_value_min_change",
      "variazione annua del minimo del valore immobiliare", "year-on-year change of the minimum property value",
      IndicatorUnit.PERCENT, "minimum property value (euro per m²) of the year minus that of the previous year",
      "property_value_min_change_eur_m2", "minimum property value (euro per m²) of the previous year",
      "property_value_min_previous_eur_m2", HOUSING);

  /** <i>Variazione annua del massimo del valore immobiliare</i>. */
  public static final Indicator PROPERTY_VALUE_MAX_CHANGE = declared("property_value_max_change",
      "variazione annua del massimo del valore immobiliare", "year-on-year change of the maximum property value",
      IndicatorUnit.PERCENT, "maximum property value (euro per m²) of the year minus that of the previous year",
      "property_value_max_change_eur_m2", "maximum property value (euro per m²) of the previous year",
      "property_value_max_previous_eur_m2", HOUSING);

  /** <i>Indice di copertura del bisogno abitativo nel settore pubblico</i>. */
  public static final Indicator HOUSING_NEED_COVERAGE_PUBLIC = declared("housing_need_coverage_public",
      "indice di copertura bisogno abitativo nel settore pubblico", "coverage of housing need, public sector",
      IndicatorUnit.PERCENT, "public housing allocations in the year", "public_housing_allocations",
      "eligible applications for public housing", "public_housing_applications", HOUSING);

  /** <i>Indice di copertura del bisogno abitativo nel privato</i>. */
  public static final Indicator HOUSING_NEED_COVERAGE_PRIVATE = declared("housing_need_coverage_private",
      "indice di copertura bisogno abitativo nel privato", "coverage of housing need, private market",
      IndicatorUnit.PERCENT, "households helped with rent (contributi all'affitto)", "rent_support_households",
      "households applying for rent support", "rent_support_applications", HOUSING);

  /** <i>Indice totale di fabbisogno abitativo</i>. */
  public static final Indicator HOUSING_NEED_INDEX = declared("housing_need_index",
      "indice totale di fabbisogno abitativo", "total housing need index", IndicatorUnit.PER_1000,
      "households in housing need (public housing and rent support applications)", "households_in_housing_need",
      "resident households", "resident_households", HOUSING);

  /** <i>Provvedimenti di sfratto emessi</i>, per 1,000 resident households. */
  public static final Indicator EVICTION_ORDERS_RATE = declared("eviction_orders_rate",
      "provvedimenti di sfratto emessi", "eviction orders issued", IndicatorUnit.PER_1000,
      "eviction orders issued in the year", "eviction_orders", "resident households", "resident_households",
      HOUSING);

  /** <i>Tasso di occupazione</i>, residents 15-64 in employment over residents 15-64. */
  public static final Indicator EMPLOYMENT_RATE = declared("employment_rate", "tasso di occupazione",
      "employment rate", IndicatorUnit.PERCENT, "employed residents aged 15-64", "employed_15_64",
      "residents aged 15-64", "residents_15_64", LABOUR_AND_INCOME);

  /** <i>Tasso di disoccupazione</i>, unemployed over the labour force. */
  public static final Indicator UNEMPLOYMENT_RATE = declared("unemployment_rate", "tasso di disoccupazione",
      "unemployment rate", IndicatorUnit.PERCENT, "unemployed residents", "unemployed", "labour force",
      "labour_force", LABOUR_AND_INCOME);

  /** <i>Avviamenti e cessazioni</i>: hirings per 100 terminations of employment. */
  public static final Indicator HIRINGS_PER_TERMINATIONS = declared("hirings_per_terminations",
      "avviamenti e cessazioni", "hirings per 100 terminations", IndicatorUnit.PER_100,
      "hirings (avviamenti) in the year", "hirings", "terminations (cessazioni) in the year", "terminations",
      LABOUR_AND_INCOME);

  /** <i>Reddito lordo pro-capite</i>: taxable gross income over residents. */
  public static final Indicator PER_CAPITA_GROSS_INCOME = declared("per_capita_gross_income",
      "reddito lordo pro-capite", "per-capita gross income", IndicatorUnit.EURO,
      "gross income declared by the residents (euro)", "gross_income", "residents", "residents",
      LABOUR_AND_INCOME);

  /** <i>Tasso di sofferenza bancaria</i>: bad loans over loans. */
  public static final Indicator BANK_BAD_LOAN_RATE = declared("bank_bad_loan_rate",
      "tassi di sofferenza bancari", "bank bad-loan rate", IndicatorUnit.PERCENT,
      "bad loans (sofferenze) to the territory's households and firms", "bad_loans",
      "loans to the territory's households and firms", "loans", LABOUR_AND_INCOME);

  /** <i>Tasso di partecipazione all'istruzione secondaria</i>. */
  public static final Indicator SECONDARY_EDUCATION_PARTICIPATION = declared(
      "secondary_education_participation_rate", "tasso di partecipazione all'istruzione secondaria",
      "participation in secondary education", IndicatorUnit.PERCENT,
      "residents enrolled in upper secondary school", "secondary_students", "residents aged 14-18",
      "residents_14_18", EDUCATION);

  /** <i>Tasso di presenza di bambini 0-3 anni nei servizi per l'infanzia</i>: children under 3. */
  public static final Indicator EARLY_CHILDHOOD_SERVICES_RATE = declared("early_childhood_services_rate",
      "tasso di presenza di bambini 0-3 anni nei servizi per infanzia",
      "children under 3 in early childhood services", IndicatorUnit.PERCENT,
      "children under 3 in nidi, micronidi and other early childhood services", "children_in_services_0_2",
      "residents aged 0-2", "residents_0_2", EDUCATION);

  /** <i>Tasso di abbandono scolastico prima dell'obbligo formativo</i>. */
  public static final Indicator EARLY_SCHOOL_LEAVING_RATE = declared("early_school_leaving_rate",
      "tasso di abbandono scolastico prima dell'obbligo formativo", "early school leaving rate",
      IndicatorUnit.PERCENT, "pupils who left school before the end of compulsory education",
      "early_school_leavers", "pupils enrolled", "pupils_enrolled", EDUCATION);

  /** The six housing indicators of §4.1, in the plan's order. */
  public static final List<Indicator> HOUSING_INDICATORS = List.of(PROPERTY_VALUE_MIN_CHANGE,
      PROPERTY_VALUE_MAX_CHANGE, HOUSING_NEED_COVERAGE_PUBLIC, HOUSING_NEED_COVERAGE_PRIVATE, HOUSING_NEED_INDEX,
      EVICTION_ORDERS_RATE);

  /** The labour and income indicators of §4.1 (its four items; the first gives two rates). */
  public static final List<Indicator> LABOUR_AND_INCOME_INDICATORS = List.of(EMPLOYMENT_RATE,
      UNEMPLOYMENT_RATE, HIRINGS_PER_TERMINATIONS, PER_CAPITA_GROSS_INCOME, BANK_BAD_LOAN_RATE);

  /** The three education indicators of §4.1. */
  public static final List<Indicator> EDUCATION_INDICATORS = List.of(SECONDARY_EDUCATION_PARTICIPATION,
      EARLY_CHILDHOOD_SERVICES_RATE, EARLY_SCHOOL_LEAVING_RATE);

  private static final List<Indicator> PER_USER;

  static {
    List<Indicator> list = new ArrayList<>();
    for (String id : PER_USER_SERVICES) {
      list.add(perUser(Services.byId(id)));
    }
    PER_USER = Collections.unmodifiableList(list);
  }

  private CruscottoIndicators() {}

  /**
   * <i>Spesa pro-utente comunale</i> of one service: its municipal spending over its users, from the
   * inputs {@code municipal_spending_<id>} and {@code users_<id>} (id in lower case).
   *
   * @param service one of {@link #PER_USER_SERVICES}, not null
   * @return the indicator, {@code per_user_municipal_spending_<id>}
   * @throws IllegalArgumentException if §4.1 does not list the service
   */
  public static Indicator perUserSpending(Service service) {
    int i = PER_USER_SERVICES.indexOf(service.id());
    if (i < 0) {
      throw new IllegalArgumentException("the cruscotto lists the spending per user of " + PER_USER_SERVICES
          + ", not of " + service.id());
    }
    return PER_USER.get(i);
  }

  private static Indicator perUser(Service s) {
    String key = s.id().toLowerCase(Locale.ROOT);
    return declared("per_user_municipal_spending_" + key, "spesa pro-utente comunale " + s.italianName(),
        "municipal spending per user, " + s.englishName(), IndicatorUnit.EURO,
        "municipal spending on " + s.italianName() + " (euro)", "municipal_spending_" + key,
        "users of " + s.italianName(), "users_" + key, SOCIAL_SPENDING);
  }

  /** {@return the ten per-service spending indicators, in the plan's order} */
  public static List<Indicator> perUserSpending() {
    return PER_USER;
  }

  /** {@return every indicator of this class: per-service spending, housing, labour and income, education} */
  public static List<Indicator> all() {
    List<Indicator> out = new ArrayList<>(PER_USER);
    out.addAll(HOUSING_INDICATORS);
    out.addAll(LABOUR_AND_INCOME_INDICATORS);
    out.addAll(EDUCATION_INDICATORS);
    return Collections.unmodifiableList(out);
  }

  /** {@return the standard catalogue with every indicator of this class appended: the whole §4.1 cruscotto} */
  public static IndicatorCatalogue catalogue() {
    return IndicatorCatalogue.standard().with(all().toArray(new Indicator[0]));
  }

  private static Indicator declared(String id, String it, String en, IndicatorUnit unit, String num,
      String numInput, String den, String denInput, CruscottoArea area) {
    return Indicator.builder().id(id).italianName(it).englishName(en).unit(unit)
        .multiplier(unit.usualMultiplier()).numerator(num).denominator(den).source(PLAN).area(area)
        .numeratorInput(numInput).denominatorInput(denInput).build();
  }
}
