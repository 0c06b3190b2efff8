package io.github.socialplan.core.service;

/** Whether a service is social care alone or integrated with health care (LEA). */
public enum CareDomain {
  SOCIAL_CARE("socio-assistenziale"),
  SOCIAL_HEALTH_CARE("socio-sanitario");

  private final String italianName;

  CareDomain(String italianName) {
    this.italianName = italianName;
  }

  /** The Italian term. */
  public String italianName() {
    return italianName;
  }
}
