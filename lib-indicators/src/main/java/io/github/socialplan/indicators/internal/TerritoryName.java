package io.github.socialplan.indicators.internal;

/**
 * How a message names a territory: by its name, or "(unnamed territory)" when it has none (Spark's rows),
 * as {@code Population}'s own messages do, so that every message of an unnamed territory reads alike.
 */
public final class TerritoryName {

  private TerritoryName() {}

  /**
   * The territory for a message.
   *
   * @param territory its name, not null, possibly empty
   * @return the name, or {@code "(unnamed territory)"} if it is empty
   */
  public static String of(String territory) {
    return territory.isEmpty() ? "(unnamed territory)" : territory;
  }
}
