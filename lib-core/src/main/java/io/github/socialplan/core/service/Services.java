package io.github.socialplan.core.service;

import static io.github.socialplan.core.service.CareDomain.SOCIAL_CARE;
import static io.github.socialplan.core.service.CareDomain.SOCIAL_HEALTH_CARE;
import static io.github.socialplan.core.service.CareSetting.ACCESS;
import static io.github.socialplan.core.service.CareSetting.CASH_TRANSFER;
import static io.github.socialplan.core.service.CareSetting.DAY;
import static io.github.socialplan.core.service.CareSetting.DOMICILIARY;
import static io.github.socialplan.core.service.CareSetting.RESIDENTIAL;
import static io.github.socialplan.core.service.UserArea.DISABILITY;
import static io.github.socialplan.core.service.UserArea.ELDERLY;
import static io.github.socialplan.core.service.UserArea.FAMILY_AND_MINORS;
import static io.github.socialplan.core.service.UserArea.MULTI_USER;
import static io.github.socialplan.core.service.UserArea.POVERTY_HOMELESSNESS;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The services named in three published plans (the Piano Sociale Metropolitano, Città metropolitana di
 * Torino; C.I.S.S.A. Pianezza, scheda di progetto preliminare, bando WE.CA.RE. 2017; the Piano di Zona
 * 2015-2017 dell'Ambito di Cremona), with the areas of users, care domain and setting each belongs to. Users add their own with
 * {@link Service#builder()}.
 */
public final class Services {

  private static final Map<String, Service> BY_ID = new LinkedHashMap<>();

  static {
    add("SEGRETARIATO", "segretariato sociale", "social information and access desk", SOCIAL_CARE, ACCESS,
        MULTI_USER);
    add("SSP", "servizio sociale professionale", "professional social work", SOCIAL_CARE, ACCESS,
        MULTI_USER);
    add("ASS_ECONOMICA", "assistenza economica", "economic assistance", SOCIAL_CARE, CASH_TRANSFER,
        POVERTY_HOMELESSNESS);
    add("SAD", "servizio di assistenza domiciliare", "home care", SOCIAL_CARE, DOMICILIARY, ELDERLY);
    add("SADH", "assistenza domiciliare disabili", "home care for disabled people", SOCIAL_CARE,
        DOMICILIARY, DISABILITY);
    add("ADM", "assistenza domiciliare minori", "home support for minors", SOCIAL_CARE, DOMICILIARY,
        FAMILY_AND_MINORS);
    add("ADI", "assistenza domiciliare integrata", "integrated home care", SOCIAL_HEALTH_CARE, DOMICILIARY,
        ELDERLY, DISABILITY);
    add("NIDO", "nidi e micronidi", "nurseries", SOCIAL_CARE, DAY, FAMILY_AND_MINORS);
    add("COMUNITA_MINORI", "comunità per minori", "residential communities for minors", SOCIAL_CARE,
        RESIDENTIAL, FAMILY_AND_MINORS);
    add("AFFIDO", "affidamento familiare", "foster care", SOCIAL_CARE, RESIDENTIAL, FAMILY_AND_MINORS);
    add("ADOZIONI", "adozioni", "adoptions", SOCIAL_CARE, ACCESS, FAMILY_AND_MINORS);
    add("CENTRO_FAMIGLIA", "centri per la famiglia", "family centres", SOCIAL_CARE, DAY,
        FAMILY_AND_MINORS);
    add("RSA", "residenza sanitaria assistenziale", "nursing home", SOCIAL_HEALTH_CARE, RESIDENTIAL,
        ELDERLY);
    add("CDI", "centro diurno integrato", "integrated day centre for the elderly", SOCIAL_HEALTH_CARE, DAY,
        ELDERLY);
    add("RSD", "residenza sanitaria per disabili", "residential care for disabled people",
        SOCIAL_HEALTH_CARE, RESIDENTIAL, DISABILITY);
    add("CDD", "centro diurno per disabili", "day centre for disabled people", SOCIAL_HEALTH_CARE, DAY,
        DISABILITY);
    add("CSE", "centro socio educativo", "socio-educational day centre", SOCIAL_CARE, DAY, DISABILITY);
    add("HOUSING_SOCIALE", "housing sociale", "social housing", SOCIAL_CARE, RESIDENTIAL,
        POVERTY_HOMELESSNESS);
    add("RESIDENZIALITA_LEGGERA", "residenzialità leggera", "light supported housing", SOCIAL_HEALTH_CARE,
        RESIDENTIAL, ELDERLY, DISABILITY);
    add("TUTELE", "tutele e protezione giuridica", "public guardianship", SOCIAL_CARE, ACCESS, MULTI_USER);
    add("INSERIMENTO_LAVORATIVO", "servizio inserimento lavorativo", "job placement", SOCIAL_CARE, DAY,
        DISABILITY, POVERTY_HOMELESSNESS);
    // The services the enti gestori of Piemonte provide (Piano Sociale Metropolitano, Città metropolitana di
    // Torino, «Gli Enti Gestori del sistema dei servizi socio-assistenziali»), where not listed above.
    add("EDUCATIVA_DISABILI_SENSORIALI", "assistenza educativa per disabili sensoriali",
        "educational support for people with sensory disabilities", SOCIAL_CARE, DOMICILIARY, DISABILITY);
    add("CURE_DOMICILIARI_LUNGOASSISTENZA", "cure domiciliari di lungo assistenza", "long-term home care",
        SOCIAL_HEALTH_CARE, DOMICILIARY, ELDERLY, DISABILITY);
    add("CONTRIBUTI_DOMICILIARITA", "contributi economici a sostegno della domiciliarità per la lungo"
        + " assistenza di anziani non autosufficienti", "cash support for long-term home care of frail elderly"
        + " people", SOCIAL_HEALTH_CARE, CASH_TRANSFER, ELDERLY);
    add("INSERIMENTI_RESIDENZIALI", "inserimenti residenziali di anziani non autosufficienti e disabili",
        "residential placements of frail elderly and disabled people", SOCIAL_HEALTH_CARE, RESIDENTIAL,
        ELDERLY, DISABILITY);
    add("AFFIDAMENTI_EDUCATIVI_MINORI", "affidamenti educativi diurni e residenziali di minori",
        "day and residential educational placements of minors", SOCIAL_HEALTH_CARE, RESIDENTIAL,
        FAMILY_AND_MINORS);
    add("TUTELA_MATERNO_INFANTILE", "residenzialità ed interventi di tutela materno infantile",
        "residential care and protection of mothers and children", SOCIAL_HEALTH_CARE, RESIDENTIAL,
        FAMILY_AND_MINORS);
    add("EDUCATIVA_TERRITORIALE_DISABILI", "servizio educativo territoriale per disabili minori e adulti",
        "community educational service for disabled minors and adults", SOCIAL_HEALTH_CARE, DOMICILIARY,
        DISABILITY);
    add("CENTRI_DIURNI_LABORATORI_DISABILI", "inserimenti in centri diurni e laboratori guidati e servizi di"
        + " supporto all'inserimento nel mondo del lavoro e all'integrazione sociale dei disabili",
        "day centres, guided workshops and job and social integration of disabled people", SOCIAL_HEALTH_CARE,
        DAY, DISABILITY);
  }

  private Services() {}

  private static void add(String id, String it, String en, CareDomain domain, CareSetting setting,
      UserArea... areas) {
    BY_ID.put(id, Service.builder().id(id).italianName(it).englishName(en).domain(domain)
        .setting(setting).addUserAreas(areas).build());
  }

  /** {@return every known service, in a fixed order} */
  public static List<Service> all() {
    return List.copyOf(BY_ID.values());
  }

  /**
   * The known service of an id.
   *
   * @param id e.g. "SAD", not null
   * @return the service, or empty
   */
  public static Optional<Service> find(String id) {
    return Optional.ofNullable(BY_ID.get(id));
  }

  /**
   * The known service of an id.
   *
   * @param id e.g. "SAD", not null
   * @return the service
   * @throws IllegalArgumentException if no known service has that id
   */
  public static Service byId(String id) {
    Service s = BY_ID.get(id);
    if (s == null) {
      throw new IllegalArgumentException("no known service with id '" + id + "'; known: " + BY_ID.keySet());
    }
    return s;
  }
}
