package io.github.socialplan.core.fund;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The funds named in the published plans socialplan reproduces (docs/domain.md §5), by id. */
public final class Funds {

  private static final Map<String, Fund> BY_ID = new LinkedHashMap<>();

  static {
    add("FNPS", "Fondo Nazionale Politiche Sociali", FundLevel.NATIONAL, false);
    add("FNA", "Fondo per le Non Autosufficienze", FundLevel.NATIONAL, true);
    add("FSR", "Fondo Sociale Regionale", FundLevel.REGIONAL, false);
    add("FSE", "Fondo Sociale Europeo", FundLevel.EUROPEAN, true);
    add("PON_INCLUSIONE", "PON Inclusione", FundLevel.EUROPEAN, true);
    add("FEAD", "Fondo di aiuti europei agli indigenti", FundLevel.EUROPEAN, true);
    add("SIA", "Sostegno per l'Inclusione Attiva", FundLevel.NATIONAL, true);
    add("REI", "Reddito di Inclusione", FundLevel.NATIONAL, true);
    // Emilia-Romagna's regional funds (CTSSM Bologna, Atto di indirizzo e coordinamento triennale (2018))
    add("FRNA", "Fondo Regionale per la Non Autosufficienza", FundLevel.REGIONAL, true);
    add("RES", "Reddito di Solidarietà", FundLevel.REGIONAL, true);
    add("DOPO_DI_NOI", "Fondo Dopo di Noi", FundLevel.NATIONAL, true);
    add("WELFARE_IN_AZIONE", "Fondazione Cariplo, Welfare in Azione", FundLevel.PRIVATE, true);
    add("QUOTA_CAPITARIA", "Quota capitaria dei Comuni", FundLevel.LOCAL, false);
    add("COMUNI", "Risorse proprie dei Comuni", FundLevel.LOCAL, false);
    add("COMPARTECIPAZIONE", "Compartecipazione degli utenti", FundLevel.PRIVATE, false);
  }

  private Funds() {}

  private static void add(String id, String name, FundLevel level, boolean earmarked) {
    BY_ID.put(id, Fund.of(id, name, level, earmarked));
  }

  /** {@return every known fund, in a fixed order} */
  public static List<Fund> all() {
    return List.copyOf(BY_ID.values());
  }

  /**
   * The known fund of an id.
   *
   * @param id e.g. "FNPS", not null
   * @return the fund, or empty
   */
  public static Optional<Fund> find(String id) {
    return Optional.ofNullable(BY_ID.get(id));
  }

  /**
   * The known fund of an id.
   *
   * @param id e.g. "FNPS", not null
   * @return the fund
   * @throws IllegalArgumentException if no known fund has that id
   */
  public static Fund byId(String id) {
    Fund f = BY_ID.get(id);
    if (f == null) {
      throw new IllegalArgumentException("no known fund with id '" + id + "'; known: " + BY_ID.keySet());
    }
    return f;
  }
}
