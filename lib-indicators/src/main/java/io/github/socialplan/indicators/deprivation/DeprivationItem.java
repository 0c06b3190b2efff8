package io.github.socialplan.indicators.deprivation;

/**
 * The 9 items of ISTAT's (EU-SILC) material deprivation indicator (<i>indicatori di deprivazione
 * materiale</i>, Piano di Zona 2015-2017 dell'Ambito di Cremona, note 1): a household lacks an item when it cannot afford it.
 */
public enum DeprivationItem {
  /** <i>Essere in arretrato nel pagamento di bollette, affitto, mutuo o altro tipo di prestito.</i> */
  ARREARS("arretrati nei pagamenti (bollette, affitto, mutuo, prestiti)"),
  /** <i>Non poter riscaldare adeguatamente l'abitazione.</i> */
  HEATING("riscaldare adeguatamente l'abitazione"),
  /** <i>Non poter sostenere una spesa imprevista di 800 euro.</i> */
  UNEXPECTED_EXPENSE("sostenere una spesa imprevista di 800 euro"),
  /** <i>Non potersi permettere un pasto adeguato almeno una volta ogni due giorni.</i> */
  PROTEIN_MEAL("un pasto adeguato (carne, pesce o equivalente) almeno ogni due giorni"),
  /** <i>Non potersi permettere una settimana di ferie all'anno lontano da casa.</i> */
  HOLIDAY("una settimana di ferie all'anno lontano da casa"),
  /** <i>Non potersi permettere un televisore a colori.</i> */
  TELEVISION("un televisore a colori"),
  /** <i>Non potersi permettere una lavatrice.</i> */
  WASHING_MACHINE("una lavatrice"),
  /** <i>Non potersi permettere un'automobile.</i> */
  CAR("un'automobile"),
  /** <i>Non potersi permettere un telefono.</i> */
  TELEPHONE("un telefono");

  private final String italianName;

  DeprivationItem(String italianName) {
    this.italianName = italianName;
  }

  /** {@return what the household cannot afford, in Italian} */
  public String italianName() {
    return italianName;
  }
}
