package io.github.socialplan.excel;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * The language of the headers and labels of a written workbook (<i>lingua delle intestazioni</i>): Italian
 * by default, as planning offices read them, or English. Numbers are written as numbers either way; their
 * display (decimal comma or dot) is up to the spreadsheet application's locale.
 *
 * <p>The language is that of the whole workbook: an English one also names the territory kinds
 * ({@code Level 0 municipality}), the indicators and their units in English, by the library's English names.
 *
 * <p>Each label has a key, such as {@code "revenue"} or {@code "total_formula"}; the readers of written
 * workbooks recognise a label in either language through {@link #keyOf}.
 */
public enum Labels {
  /** Italian headers and labels, the default. */
  ITALIAN,
  /** English headers and labels. */
  ENGLISH;

  private static final String[][] TEXTS = {
    {"kind", "Tipo", "kind"},
    {"line", "Voce", "line"},
    {"note", "Nota", "note"},
    {"revenue", "Entrata", "revenue"},
    {"expenditure", "Spesa", "expenditure"},
    {"total_revenue", "Totale entrate pubblicato", "total_revenue"},
    {"total_expenditure", "Totale spese pubblicato", "total_expenditure"},
    {"total_revenue_line", "Totale entrate", "Total revenue"},
    {"total_expenditure_line", "Totale spese", "Total expenditure"},
    {"sum_revenue", "Somma entrate (formula)", "revenue sum (formula)"},
    {"sum_revenue_lib", "Somma entrate (socialplan)", "revenue sum (socialplan)"},
    {"sum_expenditure", "Somma spese (formula)", "expenditure sum (formula)"},
    {"sum_expenditure_lib", "Somma spese (socialplan)", "expenditure sum (socialplan)"},
    {"balance", "Saldo entrate - spese (formula)", "revenue - expenditure (formula)"},
    {"balance_lib", "Saldo entrate - spese (socialplan)", "revenue - expenditure (socialplan)"},
    {"gap_revenue", "Differenza somma - totale entrate pubblicato (formula)",
        "revenue sum - published total (formula)"},
    {"gap_revenue_lib", "Differenza somma - totale entrate pubblicato (socialplan)",
        "revenue sum - published total (socialplan)"},
    {"gap_expenditure", "Differenza somma - totale spese pubblicato (formula)",
        "expenditure sum - published total (formula)"},
    {"gap_expenditure_lib", "Differenza somma - totale spese pubblicato (socialplan)",
        "expenditure sum - published total (socialplan)"},
    {"no_revenue_lines", "nessuna voce di entrata", "no revenue lines"},
    {"no_expenditure_lines", "nessuna voce di spesa", "no expenditure lines"},
    {"services_not_known", "servizi non noti, comuni senza riga", "services not known, comuni without a row"},
    {"budget_sheet", "Bilancio", "Budget"},
    {"pva_sheet", "Previsto e consuntivo", "Planned versus actual"},
    {"planned", "Previsto", "Planned"},
    {"actual", "Consuntivo", "Actual"},
    {"variance", "Scostamento", "Variance"},
    {"executed", "% eseguito", "% executed"},
    {"total_formula", "Totale (formula)", "Total (formula)"},
    {"total_lib", "Totale (socialplan)", "Total (socialplan)"},
    {"total", "Totale", "Total"},
    {"code", "Codice comune", "Comune code"},
    {"comune", "Comune", "Comune"},
    {"residents", "Residenti", "Residents"},
    {"females", "Femmine", "Females"},
    {"males", "Maschi", "Males"},
    {"group", "Raggruppamento", "Grouping"},
    {"group_name", "Nome raggruppamento", "Grouping name"},
    {"group_kind", "Tipo raggruppamento", "Grouping kind"},
    {"recipient", "Beneficiario", "Recipient"},
    {"weight", "Peso", "Weight"},
    {"exact_share", "Quota esatta", "Exact share"},
    {"amount", "Importo", "Amount"},
    {"remainder", "Resto (centesimi)", "Remainder (cents)"},
    {"rounded_up", "Centesimo in più", "Rounded up"},
    {"binding", "Vincolo", "Binding"},
    {"rate", "Quota per residente", "Rate per resident"},
    {"excluded", "Servizi esclusi", "Excluded services"},
    {"user", "Utente", "User"},
    {"isee", "ISEE", "ISEE"},
    {"units", "Unità", "Units"},
    {"fee", "Tariffa unitaria", "Fee per unit"},
    {"service", "Servizio", "Service"},
    {"users", "Utenti", "Users"},
    {"municipal_spending", "Spesa comunale", "Municipal spending"},
    {"copayment", "Compartecipazione", "Co-payment"},
    {"year", "Anno", "Year"},
    {"level", "Livello", "Level"},
    {"territory_kind", "Tipo territorio", "Territory kind"},
    {"territory", "Territorio", "Territory"},
    {"parent", "Territorio superiore", "Parent territory"},
    {"indicator", "Indicatore", "Indicator"},
    {"indicator_name", "Nome indicatore", "Indicator name"},
    {"unit", "Unità di misura", "Unit"},
    {"value", "Valore", "Value"},
    {"numerator", "Numeratore", "Numerator"},
    {"denominator", "Denominatore", "Denominator"},
    {"multiplier", "Moltiplicatore", "Multiplier"},
    {"parent_value", "Valore territorio superiore", "Parent value"},
    {"difference", "Differenza dal superiore", "Difference from parent"},
    {"ratio", "Rapporto al superiore", "Ratio to parent"},
    {"level_sheet", "Livello", "Level"},
    {"year_sheet", "Anno", "Year"},
    {"yes", "sì", "yes"},
    {"no", "no", "no"},
    {"undefined", "non definito", "undefined"},
    {"no_published", "nessun totale pubblicato", "no published total"},
  };

  private static final Map<String, String[]> BY_KEY = new HashMap<>();

  static {
    for (String[] t : TEXTS) {
      BY_KEY.put(t[0], t);
    }
  }

  /**
   * The text of a label in this language.
   *
   * @param key a label key, not null
   * @return the text
   * @throws IllegalArgumentException if the key is unknown
   */
  public String text(String key) {
    String[] t = BY_KEY.get(key);
    if (t == null) {
      throw new IllegalArgumentException("no label '" + key + "'");
    }
    return t[ordinal() + 1];
  }

  /**
   * The key of a text in any language, or null if no label has this text.
   *
   * @param text a label as written, not null
   * @return the key or null
   */
  public static String keyOf(String text) {
    String wanted = text.trim().toLowerCase(Locale.ROOT);
    for (String[] t : TEXTS) {
      if (t[1].toLowerCase(Locale.ROOT).equals(wanted) || t[2].toLowerCase(Locale.ROOT).equals(wanted)) {
        return t[0];
      }
    }
    return null;
  }
}
