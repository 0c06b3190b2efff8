package io.github.socialplan.indicators.catalogue;

/**
 * The thematic areas of the monitoring dashboard (<i>aree tematiche del cruscotto</i>) of the
 * Piano di Zona 2015-2017 dell'Ambito di Cremona, §4.1,
 * plus one for the services' own answers (coverage, social workers).
 */
public enum CruscottoArea {
  /** <i>Socio-demografica</i>: vecchiaia, dipendenza, % anziani, % stranieri... */
  SOCIO_DEMOGRAPHIC("socio-demografica"),
  /** <i>Spesa sociale</i>: per-capita and per-user spending, associated share, co-payment, funds. */
  SOCIAL_SPENDING("spesa sociale"),
  /** <i>Servizi e risposte</i>: coverage of services, social workers per resident. */
  SOCIAL_SERVICES("servizi e risposte"),
  /** <i>Condizione abitativa</i>: housing need, evictions (declared inputs). */
  HOUSING("condizione abitativa"),
  /** <i>Condizione lavorativa e reddito</i>: employment, income, material deprivation. */
  LABOUR_AND_INCOME("condizione lavorativa e reddito"),
  /** <i>Istruzione e formazione</i>: participation, early school leaving (declared inputs). */
  EDUCATION("istruzione e formazione");

  private final String italianName;

  CruscottoArea(String italianName) {
    this.italianName = italianName;
  }

  /** {@return the area's Italian name as in that plan ({@code "socio-demografica"})} */
  public String italianName() {
    return italianName;
  }
}
