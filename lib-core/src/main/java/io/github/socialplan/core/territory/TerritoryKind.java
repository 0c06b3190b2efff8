package io.github.socialplan.core.territory;

/**
 * The kinds of territory of Italian social planning (docs/domain.md §2), each with its Italian term and an
 * English name.
 *
 * <p>The Italian terms are those of the planning documents and of ISTAT. The English names are plain
 * translations made for this library, not ISTAT's own English labels: an English workbook shows them.
 */
public enum TerritoryKind {
  /** Italy as a whole (<i>nazione</i>). */
  NATION("nazione", "nation"),
  /** A region (<i>regione</i>), which legislates on and funds social services. */
  REGION("regione", "region"),
  /** A province (<i>provincia</i>), a statistical and administrative level of ISTAT's tables. */
  PROVINCE("provincia", "province"),
  /** A metropolitan city (<i>città metropolitana</i>), e.g. Torino, which replaced a province. */
  METROPOLITAN_CITY("città metropolitana", "metropolitan city"),
  /** The planning district of a Piano di Zona (also ambito distrettuale, distretto sociale, zona). */
  PLANNING_DISTRICT("ambito territoriale", "planning district"),
  /** A part of a planning district (<i>sub-ambito</i>). */
  SUB_DISTRICT("sub-ambito", "sub-district"),
  /** A zone of a metropolitan city or province (<i>zona omogenea</i>). */
  HOMOGENEOUS_ZONE("zona omogenea", "homogeneous zone"),
  /** A district of the health authority (<i>distretto sanitario</i>). */
  HEALTH_DISTRICT("distretto sanitario", "health district"),
  /**
   * Piemonte's district where social, health, labour and housing policies are planned together (Regione
   * Piemonte, Strategia per lo sviluppo di comunità solidali (2018): one of its three system objectives).
   */
  SOCIAL_COHESION_DISTRICT("distretto della coesione sociale", "social cohesion district"),
  /** A body that runs the social services of its comuni; see {@link LegalForm}. */
  MANAGING_BODY("ente gestore", "managing body"),
  /** A comune, the unit every other territory is made of. */
  MUNICIPALITY("comune", "municipality");

  private final String italianName;
  private final String englishName;

  TerritoryKind(String italianName, String englishName) {
    this.italianName = italianName;
    this.englishName = englishName;
  }

  /** {@return the Italian term, e.g. "ambito territoriale"} */
  public String italianName() {
    return italianName;
  }

  /**
   * {@return the English name, e.g. "planning district": a plain translation of the Italian term made for
   * this library, not an ISTAT label}
   */
  public String englishName() {
    return englishName;
  }
}
