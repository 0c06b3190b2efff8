package io.github.socialplan.core.italy;

/**
 * The kinds of change in ISTAT's file "Variazioni amministrative e territoriali dal 1991", by the code of its
 * column {@code Tipo variazione}.
 */
public enum VariationType {
  /** {@code CS}: a new comune is established; the associated comune gave it territory. */
  CS("costituzione di comune"),
  /** {@code ES}: the comune ends; the associated comune takes its territory (a merger or an incorporation). */
  ES("estinzione di comune"),
  /** {@code AQES}: the comune takes the territory of the associated comune, which ends. */
  AQES("acquisizione di territorio per estinzione"),
  /** {@code AQ}: the comune takes part of the territory of the associated comune. */
  AQ("acquisizione di territorio"),
  /** {@code CE}: the comune cedes part of its territory to the associated comune. */
  CE("cessione di territorio"),
  /** {@code CECS}: the comune cedes part of its territory to establish the associated new comune. */
  CECS("cessione di territorio per costituzione di nuovo comune"),
  /** {@code AP}: the comune moves to another province or region and takes the associated code. */
  AP("cambio di appartenenza amministrativa"),
  /** {@code CD}: the comune takes the associated name. */
  CD("cambio di denominazione");

  private final String italianName;

  VariationType(String italianName) {
    this.italianName = italianName;
  }

  /** {@return the Italian term, e.g. "estinzione di comune"} */
  public String italianName() {
    return italianName;
  }
}
