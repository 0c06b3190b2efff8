package io.github.socialplan.core.territory;

/** The kinds of territory of Italian social planning (DOMAIN.md §2), each with its Italian term. */
public enum TerritoryKind {
  NATION("nazione"),
  REGION("regione"),
  PROVINCE("provincia"),
  METROPOLITAN_CITY("città metropolitana"),
  /** The planning district of a Piano di Zona (also ambito distrettuale, distretto sociale, zona). */
  PLANNING_DISTRICT("ambito territoriale"),
  SUB_DISTRICT("sub-ambito"),
  HOMOGENEOUS_ZONE("zona omogenea"),
  HEALTH_DISTRICT("distretto sanitario"),
  /**
   * Piemonte's district where social, health, labour and housing policies are planned together (Regione
   * Piemonte, Strategia per lo sviluppo di comunità solidali (2018): one of its three system objectives).
   */
  SOCIAL_COHESION_DISTRICT("distretto della coesione sociale"),
  /** A body that runs the social services of its comuni; see {@link LegalForm}. */
  MANAGING_BODY("ente gestore"),
  MUNICIPALITY("comune");

  private final String italianName;

  TerritoryKind(String italianName) {
    this.italianName = italianName;
  }

  /** The Italian term, e.g. "ambito territoriale". */
  public String italianName() {
    return italianName;
  }
}
