package io.github.socialplan.core.io;

import io.github.socialplan.core.number.PlainNumbers;
import io.github.socialplan.core.population.Population;
import io.github.socialplan.core.territory.IstatCode;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads ISTAT's two older layouts of the population by comune, age and sex, which {@link PosasReader} hands over
 * when it recognises them ({@link PosasLayout#NATIONAL_2019}, {@link PosasLayout#PROVINCE_2018}), with the checks
 * of the current layout: each comune's ages 0..100 once and a total row ({@code 999} or {@code Totale}) equal to
 * their sums, and on every row the marital-status columns of each sex adding up to that sex's total. An empty
 * marital-status count is one that does not apply (civil unions at young ages) and counts as 0; an empty
 * {@code Totale Maschi} or {@code Totale Femmine} is refused. These files are small (a province) or read once, so
 * this reader goes through Jackson's CSV parser rather than the current layout's byte parser. Not thread-safe; one
 * instance per read.
 */
final class PosasLegacyReader {

  /** The columns after code, name and age: seven by marital status, then the total, for each sex. */
  static final List<String> HEADER = List.of("Codice comune", "Denominazione", "Età", "Maschi celibi",
      "Maschi coniugati", "Maschi divorziati", "Maschi vedovi", "Maschi uniti civilmente",
      "Maschi già in unione civile (per scioglimento)", "Maschi già in unione civile (per decesso del partner)",
      "Totale Maschi", "Femmine nubili", "Femmine coniugate", "Femmine divorziate", "Femmine vedove",
      "Femmine unite civilmente", "Femmine già in unione civile (per scioglimento)",
      "Femmine già in unione civile (per decesso del partner)", "Totale Femmine");
  private static final int FIELDS = 19;
  private static final int MALE_TOTAL = 10;
  private static final int FEMALE_TOTAL = 18;
  private static final Pattern TITLE_YEAR =
      Pattern.compile("(?iu)\\b1\\s*°?\\s*(?:gennaio|january)\\s+(\\d{4})\\b");
  /** Far above the 807,233 lines of the national file: a bound on untrusted input. */
  private static final int MAX_ROWS = 5_000_000;

  private final PosasLayout layout;
  private final String source;
  private final ProblemPolicy policy;
  private final int askedYear;
  private final Consumer<? super PosasComune> sink;
  private final List<PosasProblem> problems = new ArrayList<>();
  private final Map<IstatCode, Integer> closed = new HashMap<>();
  private int year;
  private long dataRows;
  private int delivered;
  private int notesLine;
  /** The province code that a per-province file names on its second line, and that line; null if none. */
  private String provinceCode;
  private String provinceLine;

  // The comune being read.
  private IstatCode code;
  private String name;
  private int firstLine;
  private int lastLine;
  private final int[] male = new int[Population.AGE_CLASSES];
  private final int[] female = new int[Population.AGE_CLASSES];
  private final int[] ageLine = new int[Population.AGE_CLASSES];
  private int totalLine;
  private long totalMale;
  private long totalFemale;
  private String rowSum;
  private int rowSumLine;

  private PosasLegacyReader(PosasLayout layout, String source, ProblemPolicy policy, int year,
      Consumer<? super PosasComune> sink) {
    this.layout = layout;
    this.source = source;
    this.policy = policy;
    this.askedYear = year;
    this.sink = sink;
  }

  /**
   * Reads a file of an older layout.
   *
   * @param layout {@link PosasLayout#NATIONAL_2019} or {@link PosasLayout#PROVINCE_2018}
   * @param year the year asked with {@link PosasReader#withYear}, 0 if none
   */
  static PosasReport read(PosasLayout layout, InputStream in, String source, ProblemPolicy policy, int year,
      Consumer<? super PosasComune> sink) throws IOException {
    return new PosasLegacyReader(layout, source, policy, year, sink).read(in);
  }

  private PosasReport read(InputStream in) throws IOException {
    try (CsvRows rows = new CsvRows(in, source, ',')) {
      List<String> title = rows.next();
      title(rows, title);
      if (layout == PosasLayout.PROVINCE_2018) {
        List<String> province = rows.next();
        if (province == null || province.isEmpty() || !province.get(0).strip().equals("Provincia:")) {
          throw rows.error("expected the line \"Provincia:\",<name>,\"Codice Provincia:\",<code> after the title,"
              + " found " + province);
        }
        if (province.size() >= 4 && province.get(2).strip().equals("Codice Provincia:")) {
          provinceCode = province.get(3).strip();
          provinceLine = "line " + rows.line() + " (" + String.join(",", province) + ")";
        }
      }
      List<String> header = rows.next();
      checkHeader(rows, header);
      for (List<String> r = rows.next(); r != null; r = rows.next()) {
        if (r.size() == 1 && r.get(0).isBlank()) {
          continue; // spaces and tabs only: an empty line, as in the current layout, not a note
        }
        if (r.size() < FIELDS && (r.isEmpty() || !PlainNumbers.isDigits(r.get(0).strip()))) {
          // The notes at the end of the national file.
          if (notesLine == 0) {
            notesLine = rows.line();
            closeComune(rows.line(), "line " + rows.line() + " is a note");
          }
          continue;
        }
        if (notesLine != 0) {
          throw rows.error("a comune row after the notes at line " + notesLine + ": " + r);
        }
        if (r.size() != FIELDS) {
          throw rows.error("expected " + FIELDS + " fields separated by ',', found " + r.size() + ": " + r);
        }
        if (++dataRows > MAX_ROWS) {
          throw rows.error("more than " + MAX_ROWS + " rows");
        }
        row(rows, r);
      }
      closeComune(rows.line(), "the file ends at line " + rows.line());
      if (dataRows == 0) {
        throw rows.error("no comune rows after the header");
      }
    }
    return new PosasReport(source, year, delivered, dataRows, problems);
  }

  private void title(CsvRows rows, List<String> title) {
    if (title == null) {
      throw new DataFileException(source, 0, "empty file: no title, header or comune rows");
    }
    String text = String.join(",", title);
    Matcher m = TITLE_YEAR.matcher(text);
    int titleYear = m.find() ? Integer.parseInt(m.group(1)) : 0;
    if (titleYear != 0 && askedYear != 0 && titleYear != askedYear) {
      throw rows.error("the title says 1 January " + titleYear + " but the reader was asked for " + askedYear
          + ": '" + text + "'");
    }
    year = titleYear != 0 ? titleYear : askedYear;
    if (year == 0) {
      throw rows.error("the title line does not say 'al 1° gennaio YYYY'; give the year with withYear: '"
          + text + "'");
    }
  }

  private void checkHeader(CsvRows rows, List<String> header) {
    boolean ok = header != null && header.size() == FIELDS;
    for (int i = 0; ok && i < FIELDS; i++) {
      ok = HEADER.get(i).equalsIgnoreCase(header.get(i).strip());
    }
    if (!ok) {
      throw rows.error("wrong header for the " + (layout == PosasLayout.NATIONAL_2019 ? "2019-2020 national"
          : "per-province (up to 2018)") + " layout: expected " + HEADER + ", found " + header);
    }
  }

  private void row(CsvRows rows, List<String> r) {
    int line = rows.line();
    IstatCode c = code(rows, r.get(0).strip());
    String n = r.get(1).strip();
    if (!c.equals(code)) {
      if (provinceCode != null && !c.provinceCode().equals(provinceCode)) {
        throw rows.error("comune " + c + " (" + n + ") is not of province " + provinceCode + ", which "
            + provinceLine + " names");
      }
      closeComune(line, "line " + line + " starts comune " + c);
      Integer before = closed.get(c);
      if (before != null) {
        throw rows.error("rows of comune " + c + " (" + n + ") are not consecutive: it appeared before, at line "
            + before);
      }
      begin(c, n, line);
    } else if (!n.equals(name)) {
      throw rows.error("comune " + c + " is named '" + name + "' at line " + firstLine + " but '" + n + "' here");
    }
    lastLine = line;
    long[] v = new long[FIELDS];
    for (int i = 3; i < FIELDS; i++) {
      v[i] = count(rows, i, r.get(i).strip());
    }
    long m = 0;
    long f = 0;
    for (int i = 3; i < MALE_TOTAL; i++) {
      m += v[i];
    }
    for (int i = MALE_TOTAL + 1; i < FEMALE_TOTAL; i++) {
      f += v[i];
    }
    String ageText = r.get(2).strip();
    if (m != v[MALE_TOTAL] || f != v[FEMALE_TOTAL]) {
      if (rowSum == null) {
        rowSum = String.format(Locale.ROOT, "at line %d (age %s) males by marital status add up to %d,"
            + " 'Totale Maschi' is %d; females %d, 'Totale Femmine' %d", line, ageText, m, v[MALE_TOTAL], f,
            v[FEMALE_TOTAL]);
        rowSumLine = line;
      }
    }
    boolean totalRow = layout == PosasLayout.PROVINCE_2018 ? ageText.equalsIgnoreCase("Totale")
        : ageText.equals("999");
    if (totalRow) {
      if (totalLine != 0) {
        throw rows.error("comune " + c + " has a second total row; the first is at line " + totalLine);
      }
      totalLine = line;
      totalMale = v[MALE_TOTAL];
      totalFemale = v[FEMALE_TOTAL];
      return;
    }
    if (totalLine != 0) {
      throw rows.error("comune " + c + " has an age row after its total row at line " + totalLine);
    }
    int age = age(rows, ageText);
    if (ageLine[age] != 0) {
      throw rows.error("comune " + c + " has age " + age + " twice: at line " + ageLine[age] + " and here");
    }
    if (v[MALE_TOTAL] > Integer.MAX_VALUE || v[FEMALE_TOTAL] > Integer.MAX_VALUE) {
      throw rows.error("a count of age " + age + " is too large: " + v[MALE_TOTAL] + ", " + v[FEMALE_TOTAL]);
    }
    ageLine[age] = line;
    male[age] = (int) v[MALE_TOTAL];
    female[age] = (int) v[FEMALE_TOTAL];
  }

  private void begin(IstatCode c, String n, int line) {
    code = c;
    name = n;
    firstLine = line;
    lastLine = line;
    java.util.Arrays.fill(male, 0);
    java.util.Arrays.fill(female, 0);
    java.util.Arrays.fill(ageLine, 0);
    totalLine = 0;
    totalMale = 0;
    totalFemale = 0;
    rowSum = null;
    rowSumLine = 0;
  }

  /** Checks and delivers the comune being read, if any. */
  private void closeComune(int detectedAt, String after) {
    if (code == null) {
      return;
    }
    IstatCode c = code;
    code = null;
    closed.put(c, firstLine);
    Set<PosasProblem.Kind> kinds = EnumSet.noneOf(PosasProblem.Kind.class);
    List<String> details = new ArrayList<>(3);
    String missing = PosasReader.missingAges(ageLine);
    String totalName = layout == PosasLayout.PROVINCE_2018 ? "Totale" : "999";
    if (missing != null) {
      kinds.add(PosasProblem.Kind.MISSING_AGES);
      details.add(missing);
    }
    if (totalLine == 0) {
      kinds.add(PosasProblem.Kind.MISSING_TOTAL_ROW);
      details.add("no " + totalName + " total row (" + after + ")");
    } else if (missing == null) {
      long m = 0;
      long f = 0;
      for (int a = 0; a < Population.AGE_CLASSES; a++) {
        m += male[a];
        f += female[a];
      }
      if (m != totalMale || f != totalFemale) {
        kinds.add(PosasProblem.Kind.TOTALS_MISMATCH);
        details.add(String.format(Locale.ROOT, "ages add up to %d males and %d females, the %s row at line %d"
            + " says %d and %d", m, f, totalName, totalLine, totalMale, totalFemale));
      }
    }
    if (rowSum != null) {
      kinds.add(PosasProblem.Kind.ROW_SUM_MISMATCH);
      details.add(rowSum);
    }
    if (kinds.isEmpty()) {
      sink.accept(new PosasComune(c, name, Population.of(c.value(), year, male.clone(), female.clone())));
      delivered++;
      return;
    }
    String detail = (kinds.contains(PosasProblem.Kind.MISSING_AGES) || kinds.contains(PosasProblem.Kind.MISSING_TOTAL_ROW)
        ? "is incomplete: " : "does not add up: ") + String.join("; ", details);
    PosasProblem p = new PosasProblem(c, name, firstLine, lastLine, kinds, detail);
    if (policy == ProblemPolicy.FAIL) {
      throw DataFileException.spanning(source, firstLine, lastLine, rowSumLine != 0 ? rowSumLine : detectedAt,
          "comune " + c + " (" + name + ") " + detail);
    }
    problems.add(p);
  }

  private IstatCode code(CsvRows rows, String text) {
    if (layout == PosasLayout.PROVINCE_2018) {
      try {
        return IstatCode.parse(text);
      } catch (IllegalArgumentException e) {
        throw rows.error("'Codice comune' must be six digits in the per-province layout: '" + text + "'");
      }
    }
    return Tables.comuneCode(rows, -1, "Codice comune", text);
  }

  private static int age(CsvRows rows, String text) {
    if (!PlainNumbers.isDigits(text) || text.length() > 3 || Integer.parseInt(text) > Population.MAX_AGE) {
      throw rows.error("'Età' must be 0.." + Population.MAX_AGE + " or the total row: '" + text + "'");
    }
    return Integer.parseInt(text);
  }

  private static long count(CsvRows rows, int column, String text) {
    if (text.isEmpty()) {
      if (column == MALE_TOTAL || column == FEMALE_TOTAL) {
        // a sex's total always applies: empty is a missing count, never 0 residents
        throw rows.error("'" + HEADER.get(column) + "' is empty");
      }
      return 0; // a count that does not apply (civil unions at young ages)
    }
    if (!PlainNumbers.isDigits(text) || text.length() > 9) {
      throw rows.error("'" + HEADER.get(column) + "' is not a count: '" + text + "'");
    }
    return Long.parseLong(text);
  }
}
