package io.github.socialplan.core.territory;

/** The kinds of territory of Italian social planning (docs/domain.md §2), each with its Italian term. */
public enum TerritoryKind {
  /** Italy as a whole (<i>nazione</i>). */
  NATION("nazione"),
  /** A region (<i>regione</i>), which legislates on and funds social services. */
  REGION("regione"),
  /** A province (<i>provincia</i>), a statistical and administrative level of ISTAT's tables. */
  PROVINCE("provincia"),
  /** A metropolitan city (<i>città metropolitana</i>), e.g. Torino, which replaced a province. */
  METROPOLITAN_CITY("città metropolitana"),
  /** The planning district of a Piano di Zona (also ambito distrettuale, distretto sociale, zona). */
  PLANNING_DISTRICT("ambito territoriale"),
  /** A part of a planning district (<i>sub-ambito</i>). */
  SUB_DISTRICT("sub-ambito"),
  /** A zone of a metropolitan city or province (<i>zona omogenea</i>). */
  HOMOGENEOUS_ZONE("zona omogenea"),
  /** A district of the health authority (<i>distretto sanitario</i>). */
  HEALTH_DISTRICT("distretto sanitario"),
  /**
   * Piemonte's district where social, health, labour and housing policies are planned together (Regione
   * Piemonte, Strategia per lo sviluppo di comunità solidali (2018): one of its three system objectives).
   */
  SOCIAL_COHESION_DISTRICT("distretto della coesione sociale"),
  /** A body that runs the social services of its comuni; see {@link LegalForm}. */
  MANAGING_BODY("ente gestore"),
  /** A comune, the unit every other territory is made of. */
  MUNICIPALITY("comune");

  private final String italianName;

  TerritoryKind(String italianName) {
    this.italianName = italianName;
  }

  /** {@return the Italian term, e.g. "ambito territoriale"} */
  public String italianName() {
    return italianName;
  }
}
