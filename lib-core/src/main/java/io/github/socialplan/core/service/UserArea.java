package io.github.socialplan.core.service;

/**
 * The areas of users (<i>aree di utenza</i>) of ISTAT's survey of the social services of comuni, with
 * their SDMX codes (DOMAIN.md §5).
 */
public enum UserArea {
  FAMILY_AND_MINORS("FAM", "famiglia e minori"),
  DISABILITY("DIS", "disabili"),
  ADDICTION("ADD", "dipendenze"),
  ELDERLY("ELD", "anziani"),
  IMMIGRANTS_ROMA_SINTI("IMMNOM", "immigrati, Rom, Sinti e Caminanti"),
  POVERTY_HOMELESSNESS("POV", "povertà, disagio adulti e senza dimora"),
  MULTI_USER("MULBEN", "multiutenza");

  private final String sdmxCode;
  private final String italianName;

  UserArea(String sdmxCode, String italianName) {
    this.sdmxCode = sdmxCode;
    this.italianName = italianName;
  }

  /** The SDMX code of ISTAT's dataflow, e.g. "ELD". */
  public String sdmxCode() {
    return sdmxCode;
  }

  /** The Italian term, e.g. "anziani". */
  public String italianName() {
    return italianName;
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
