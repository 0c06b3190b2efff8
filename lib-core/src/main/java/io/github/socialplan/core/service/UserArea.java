package io.github.socialplan.core.service;

/**
 * The areas of users (<i>aree di utenza</i>) of ISTAT's survey of the social services of comuni, with
 * their SDMX codes (docs/domain.md §5), their Italian terms and English names.
 *
 * <p>The Italian terms are ISTAT's. The English names are plain translations of them made for this
 * library, not ISTAT's own English labels: a report in English shows them.
 */
public enum UserArea {
  /** Families and minors (<i>famiglia e minori</i>). */
  FAMILY_AND_MINORS("FAM", "famiglia e minori", "families and minors"),
  /** People with disabilities (<i>disabili</i>). */
  DISABILITY("DIS", "disabili", "people with disabilities"),
  /** Addictions (<i>dipendenze</i>). */
  ADDICTION("ADD", "dipendenze", "addictions"),
  /** Elderly people (<i>anziani</i>). */
  ELDERLY("ELD", "anziani", "elderly people"),
  /** Immigrants, Roma, Sinti and Caminanti (<i>immigrati, Rom, Sinti e Caminanti</i>). */
  IMMIGRANTS_ROMA_SINTI("IMMNOM", "immigrati, Rom, Sinti e Caminanti", "immigrants, Roma, Sinti and Caminanti"),
  /** Poverty, adults in hardship and homeless people (<i>povertà, disagio adulti e senza dimora</i>). */
  POVERTY_HOMELESSNESS("POV", "povertà, disagio adulti e senza dimora",
      "poverty, adults in hardship and homeless people"),
  /** Services for users of every area (<i>multiutenza</i>). */
  MULTI_USER("MULBEN", "multiutenza", "multi-user");

  private final String sdmxCode;
  private final String italianName;
  private final String englishName;

  UserArea(String sdmxCode, String italianName, String englishName) {
    this.sdmxCode = sdmxCode;
    this.italianName = italianName;
    this.englishName = englishName;
  }

  /** {@return the SDMX code of ISTAT's dataflow, e.g. "ELD"} */
  public String sdmxCode() {
    return sdmxCode;
  }

  /** {@return the Italian term, e.g. "anziani"} */
  public String italianName() {
    return italianName;
  }

  /**
   * {@return the English name, e.g. "elderly people": a plain translation of the Italian term, not an ISTAT
   * label}
   */
  public String englishName() {
    return englishName;
  }

  /**
   * The area of an SDMX code.
   *
   * @param code e.g. "ELD", not null
   * @return the area
   * @throws IllegalArgumentException if no area has that code
   */
  public static UserArea ofSdmxCode(String code) {
    for (UserArea a : values()) {
      if (a.sdmxCode.equals(code)) {
        return a;
      }
    }
    throw new IllegalArgumentException("not an ISTAT area of users (SDMX code): '" + code + "'");
  }
}
