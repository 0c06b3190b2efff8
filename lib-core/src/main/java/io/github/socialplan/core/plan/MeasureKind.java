package io.github.socialplan.core.plan;

/**
 * How a target is measured: a number on an indicator, or a yes/no outcome (the <i>range di valutazione
 * "sì/no, % raggiungimento"</i> of Piano di Zona 2015-2017 dell'Ambito di Cremona, §3.2.2).
 */
public enum MeasureKind {
  /** A number on an indicator (<i>indicatore quantitativo</i>). */
  MEASURED("indicatore quantitativo"),
  /** Achieved or not (<i>sì/no</i>). */
  YES_NO("sì/no");

  private final String italianName;

  MeasureKind(String italianName) {
    this.italianName = italianName;
  }

  /**
   * The Italian term.
   *
   * @return e.g. "sì/no"
   */
  public String italianName() {
    return italianName;
  }
}
