package io.github.socialplan.core.italy;

import io.github.socialplan.core.io.DataFileException;
import io.github.socialplan.core.number.PlainNumbers;
import io.github.socialplan.core.territory.IstatCode;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * Reads ISTAT's file "Variazioni amministrative e territoriali dal 1991" (istat.it, "Codici statistici delle
 * unità amministrative territoriali") in its published format: {@code ;}-separated, Windows-1252, quoted
 * fields that may span lines, and the 14 columns {@code Anno; Tipo variazione; Codice Regione; Codice Unità
 * territoriale sovracomunale; Codice Comune formato alfanumerico; Denominazione Comune; Codice Regione
 * associato alla variazione; Codice Unità territoriale sovracomunale associato alla variazione; Codice del
 * Comune associato alla variazione o nuovo codice Istat del Comune; Denominazione Comune associata alla
 * variazione o nuova denominazione; Provvedimento e Documento; Contenuto del provvedimento; Data decorrenza
 * validità amministrativa; Flag_note}.
 *
 * <p>Checks: the header, 14 fields per row, a known change type, six-digit codes, a year from 1991 and a date
 * {@code dd/MM/yyyy} (or none), rows listed year by year (a row whose year is earlier than the one before it is
 * out of order). Each problem is a {@link DataFileException} with file, line and value. Lines starting with
 * {@code #} are skipped wherever they are: a source note before the header, and a row commented out among
 * the others, which is then no change of the file.
 *
 * <pre>{@code
 * Variations changes = VariationsReader.read(Path.of("Variazioni_amministrative_territoriali_dal_01011991.csv"));
 * }</pre>
 *
 * <p>This class has only static methods.
 */
public final class VariationsReader {

  /** The header of the file, column by column. */
  public static final List<String> HEADER = List.of("Anno", "Tipo variazione", "Codice Regione",
      "Codice Unità territoriale sovracomunale", "Codice Comune formato alfanumerico", "Denominazione Comune",
      "Codice Regione associato alla variazione",
      "Codice Unità territoriale sovracomunale associato alla variazione",
      "Codice del Comune associato alla variazione o nuovo codice Istat del Comune",
      "Denominazione Comune associata alla variazione o nuova denominazione", "Provvedimento e Documento",
      "Contenuto del provvedimento", "Data decorrenza validità amministrativa", "Flag_note");

  /** The file's encoding. */
  public static final Charset ENCODING = Charset.forName("windows-1252");

  /** Far above the few thousand rows ISTAT publishes: a bound on untrusted input. */
  private static final int MAX_ROWS = 1_000_000;

  private VariationsReader() {}

  /**
   * Reads a file.
   *
   * @param file the variations file, not null
   * @return its rows
   * @throws IOException if the file cannot be read
   * @throws DataFileException if the file is malformed, naming file, line and value
   */
  public static Variations read(Path file) throws IOException {
    try (InputStream in = Files.newInputStream(Objects.requireNonNull(file, "file"))) {
      return read(in, file.toString());
    }
  }

  /**
   * Reads a stream, which is not closed.
   *
   * @param in the bytes of a variations file, Windows-1252, not null
   * @param source the name messages give for the stream, not null
   * @return its rows
   * @throws IOException if the stream cannot be read
   * @throws DataFileException if the content is malformed
   */
  public static Variations read(InputStream in, String source) throws IOException {
    Objects.requireNonNull(source, "source");
    List<Variation> out = new ArrayList<>();
    try (CsvLines rows = new CsvLines(new InputStreamReader(in, ENCODING), source, ';')) {
      List<String> header = rows.next();
      if (header == null) {
        throw new DataFileException(source, 0, "empty file: expected ISTAT's variations since 1991");
      }
      checkHeader(rows, header);
      int lastYear = 0;
      int lastYearLine = 0;
      for (List<String> r = rows.next(); r != null; r = rows.next()) {
        if (r.size() != HEADER.size()) {
          throw rows.error("expected " + HEADER.size() + " fields separated by ';', found " + r.size());
        }
        if (out.size() == MAX_ROWS) {
          throw rows.error("more than " + MAX_ROWS + " rows");
        }
        int year = year(rows, r.get(0).strip());
        if (year < lastYear) {
          throw rows.error("date out of order: year " + year + " after year " + lastYear + " at line "
              + lastYearLine + "; the file lists its changes year by year");
        }
        lastYear = year;
        lastYearLine = rows.line();
        VariationType type = type(rows, r.get(1).strip());
        IstatCode code = code(rows, HEADER.get(4), r.get(4).strip());
        IstatCode associated = code(rows, HEADER.get(8), r.get(8).strip());
        String dateText = r.get(12).strip();
        LocalDate effective = dateText.isEmpty() ? LocalDate.of(year, 1, 1) : date(rows, dateText);
        out.add(new Variation(year, type, code, r.get(5).strip(), associated, r.get(9).strip(),
            r.get(10).strip(), effective, !dateText.isEmpty(), rows.line()));
      }
    }
    return new Variations(out, source);
  }

  private static void checkHeader(CsvLines rows, List<String> header) {
    boolean ok = header.size() == HEADER.size();
    for (int i = 0; ok && i < HEADER.size(); i++) {
      ok = HEADER.get(i).equalsIgnoreCase(header.get(i).strip());
    }
    if (!ok) {
      throw rows.error("wrong header: expected the " + HEADER.size() + " columns " + String.join(";", HEADER)
          + ", found " + header.size() + ": " + String.join(";", header));
    }
  }

  private static int year(CsvLines rows, String text) {
    if (text.length() != 4 || !PlainNumbers.isDigits(text)
        || Integer.parseInt(text) < 1991) {
      throw rows.error("'Anno' must be a year from 1991: '" + text + "'");
    }
    return Integer.parseInt(text);
  }

  private static VariationType type(CsvLines rows, String text) {
    for (VariationType t : VariationType.values()) {
      if (t.name().equals(text.toUpperCase(Locale.ROOT))) {
        return t;
      }
    }
    throw rows.error("unknown change type in 'Tipo variazione': '" + text + "' (known: CS, ES, AQES, AQ, CE,"
        + " CECS, AP, CD)");
  }

  private static IstatCode code(CsvLines rows, String column, String text) {
    try {
      return IstatCode.parse(text);
    } catch (IllegalArgumentException e) {
      throw rows.error("'" + column + "' is not a six-digit ISTAT code: '" + text + "'");
    }
  }

  private static LocalDate date(CsvLines rows, String text) {
    String[] p = text.split("/", -1);
    try {
      // ASCII digits: Integer.parseInt would take "+1" and digits of other scripts
      if (p.length == 3 && p[0].length() == 2 && p[1].length() == 2 && p[2].length() == 4
          && PlainNumbers.isDigits(p[0] + p[1] + p[2])) {
        LocalDate d = LocalDate.of(Integer.parseInt(p[2]), Integer.parseInt(p[1]), Integer.parseInt(p[0]));
        if (d.getYear() >= 1991) {
          return d;
        }
      }
    } catch (NumberFormatException | DateTimeException e) {
      // reported below
    }
    throw rows.error("'Data decorrenza validità amministrativa' is not a date dd/MM/yyyy from 1991: '" + text
        + "'");
  }
}
