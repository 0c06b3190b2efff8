package io.github.socialplan.core.service;

/** Whether a service is social care alone or integrated with health care (LEA). */
public enum CareDomain {
  /** Social care paid by the comuni (<i>socio-assistenziale</i>). */
  SOCIAL_CARE("socio-assistenziale"),
  /** Care that integrates social and health services, with the health authority (<i>socio-sanitario</i>). */
  SOCIAL_HEALTH_CARE("socio-sanitario");

  private final String italianName;

  CareDomain(String italianName) {
    this.italianName = italianName;
  }

  /** {@return the Italian term} */
  public String italianName() {
    return italianName;
  }
}
