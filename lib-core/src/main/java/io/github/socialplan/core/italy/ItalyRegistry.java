package io.github.socialplan.core.italy;

import io.github.socialplan.core.io.DataFileException;
import io.github.socialplan.core.io.TextInput;
import io.github.socialplan.core.number.PlainNumbers;
import io.github.socialplan.core.territory.IstatCode;
import io.github.socialplan.core.territory.Partition;
import io.github.socialplan.core.territory.TerritoryKind;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * Every Italian comune since 1861 with the intervals in which it was valid, and the provinces and regions
 * (<i>archivio storico dei comuni</i>). The embedded registry ({@link #embedded()}) comes from ANPR's archive
 * of comuni (Ministero dell'Interno, CC BY 4.0; 19,352 periods as of its update of 2023) and takes the names
 * of provinces and regions from ISTAT's list of the comuni on 1 January 2022 (read on first use); it loads
 * from the library's own resources, with no download. {@link #load(Path, Path)} reads newer copies of the same files instead.
 *
 * <p>A registry knows the changes up to its archive's update (the embedded one: 16 May 2023) and answers for
 * a later date as of that update: a comune changed after it, such as the Sardinian comuni given new codes on
 * 1 January 2026, is not known there. For such dates, load a newer copy of the archive.
 *
 * <pre>{@code
 * ItalyRegistry italy = ItalyRegistry.embedded();
 * LocalDate day = LocalDate.of(2022, 1, 1);
 * ComunePeriod abano = italy.comune(IstatCode.parse("028001"), day);     // ABANO TERME
 * italy.byName("Bozen", day);                                             // BOLZANO, by its German name
 * Partition provinces = italy.provinces(day);                             // a Dashboard level
 * italy.history("A004");   // Abbadia Cerreto: 015001 until 1992-04-15, then 098001
 * }</pre>
 *
 * <p>Periods are ANPR's rows as written, but for the region "00" ANPR gives four comuni of the 1860s
 * (BARGANO, ISOLA BALBA, CASALORZO GEROLDI, CASALPOGLIO): they are in the region of their province,
 * Lombardia (03), as in every other period of their provinces.
 *
 * <p>Names are matched ignoring case and accents, with apostrophes normalised ("Sant’Angelo" =
 * "SANT'ANGELO"), in Italian or in the second official language. Look-ups by code are a hash look-up and a
 * scan of the few periods of one code.
 *
 * <p>Immutable and thread-safe.
 */
public final class ItalyRegistry {

  /** Resource names of the embedded files, next to this class. */
  static final String ARCHIVE_RESOURCE = "anpr-archivio-comuni.csv";
  static final String TERRITORIES_RESOURCE = "italy-comuni-2022.csv";

  private static final String[] ARCHIVE_COLUMNS = {"DATAISTITUZIONE", "DATACESSAZIONE", "CODISTAT",
      "CODCATASTALE", "DENOMINAZIONE_IT", "ALTRADENOMINAZIONE", "IDPROVINCIAISTAT", "IDREGIONE",
      "SIGLAPROVINCIA", "STATO"};
  private static final String[] TERRITORY_COLUMNS =
      {"province_code", "province", "province_short", "region", "region_code"};
  /** Far above the 19,352 periods of the archive: a bound on untrusted input. */
  private static final int MAX_PERIODS = 1_000_000;

  /** ANPR's region code of four comuni of the 1860s, which is no region's. */
  static final String NO_REGION = "00";

  /** ANPR's cadastral code of old comuni that had none ("non definito"): it links nothing. */
  static final String NO_CADASTRAL_CODE = "ND";

  private static volatile ItalyRegistry embedded;

  private final List<ComunePeriod> periods;
  private final Map<IstatCode, ComunePeriod[]> byCode;
  private final Map<String, ComunePeriod[]> byCadastral;
  /** Built on the first look-up by name: normalising 20,000 names costs more than the rest of the load. */
  private volatile Map<String, List<ComunePeriod>> byName;
  /** Reads the names of provinces and regions; the embedded registry reads them on first use. */
  private final java.util.function.Supplier<Names> namesLoader;
  private volatile Names territoryNames;
  private final LocalDate firstDate;
  private final String source;

  /** The provinces and regions by code, sorted and unmodifiable. */
  private record Names(Map<String, Province> provinces, Map<String, Region> regions) {}

  /**
   * Indexes the periods by code and cadastral code; names are indexed on first use.
   *
   * @param sorted the periods in the order of {@link #sorted(List)}: by code, then start (the compact
   *     archive is written so; a file read from CSV is sorted first)
   */
  private ItalyRegistry(List<ComunePeriod> sorted, java.util.function.Supplier<Names> namesLoader,
      String source) {
    this.namesLoader = namesLoader;
    this.source = source;
    this.periods = Collections.unmodifiableList(sorted);
    int n = sorted.size();
    // the periods of a code are consecutive: one array and one map entry per code
    Map<IstatCode, ComunePeriod[]> codes = new HashMap<>(n * 4 / 3 + 1);
    Map<String, List<ComunePeriod>> cadastral = new HashMap<>(n * 4 / 3 + 1);
    LocalDate first = ComunePeriod.OPEN_END;
    for (int i = 0; i < n; ) {
      IstatCode code = sorted.get(i).code();
      int j = i + 1;
      while (j < n && sorted.get(j).code().equals(code)) {
        j++;
      }
      if (codes.put(code, sorted.subList(i, j).toArray(new ComunePeriod[0])) != null) {
        throw new IllegalStateException("periods of " + code + " are not consecutive in " + source);
      }
      for (; i < j; i++) {
        ComunePeriod p = sorted.get(i);
        if (!p.cadastralCode().equals(NO_CADASTRAL_CODE)) {
          cadastral.computeIfAbsent(p.cadastralCode(), k -> new ArrayList<>(2)).add(p);
        }
        if (p.validFrom().isBefore(first)) {
          first = p.validFrom();
        }
      }
    }
    this.byCode = codes;
    Comparator<ComunePeriod> byStart = Comparator.comparing(ComunePeriod::validFrom);
    Map<String, ComunePeriod[]> cadastralArrays = new HashMap<>(cadastral.size() * 2);
    cadastral.forEach((k, l) -> {
      if (l.size() > 1) {
        l.sort(byStart);
      }
      cadastralArrays.put(k, l.toArray(new ComunePeriod[0]));
    });
    this.byCadastral = cadastralArrays;
    this.firstDate = first;
  }

  /** A sorted copy of periods: by code, then start; periods equal in both keep their order. */
  static List<ComunePeriod> sorted(List<ComunePeriod> periods) {
    List<ComunePeriod> sorted = new ArrayList<>(periods);
    sorted.sort(Comparator.comparing(ComunePeriod::code).thenComparing(ComunePeriod::validFrom));
    return sorted;
  }

  private Map<String, List<ComunePeriod>> names() {
    Map<String, List<ComunePeriod>> m = byName;
    if (m == null) {
      // Racing threads build equal maps; each is complete before the volatile write publishes it.
      Map<String, List<ComunePeriod>> names = new HashMap<>(periods.size() * 2);
      for (ComunePeriod p : periods) {
        String key = NameKey.of(p.name());
        names.computeIfAbsent(key, k -> new ArrayList<>(2)).add(p);
        p.otherName().ifPresent(o -> {
          String other = NameKey.of(o);
          if (!other.equals(key)) {
            names.computeIfAbsent(other, k -> new ArrayList<>(2)).add(p);
          }
        });
      }
      names.replaceAll((k, l) -> List.copyOf(l));
      m = Collections.unmodifiableMap(names);
      byName = m;
    }
    return m;
  }

  /**
   * The registry embedded in the library: ANPR's archive of comuni as of 2023 and the provinces and regions
   * of 1 January 2022. Loaded once, on first use.
   *
   * @return the embedded registry
   * @throws UncheckedIOException if the library's resources cannot be read (a broken jar)
   */
  public static ItalyRegistry embedded() {
    ItalyRegistry r = embedded;
    if (r == null) {
      synchronized (ItalyRegistry.class) {
        r = embedded;
        if (r == null) {
          r = loadEmbedded();
          embedded = r;
        }
      }
    }
    return r;
  }

  /**
   * Reads the embedded resources afresh, without the cache of {@link #embedded()} (what the first call of
   * {@link #embedded()} costs; for measurements).
   *
   * @return a new registry equal to the embedded one
   * @throws UncheckedIOException if the library's resources cannot be read
   */
  public static ItalyRegistry loadEmbedded() {
    // the build wrote the archive's compact form, checked and sorted, from the CSV this registry cites
    try (InputStream archive = resource(CompactArchive.RESOURCE)) {
      List<ComunePeriod> periods = CompactArchive.read(archive, "embedded " + CompactArchive.RESOURCE);
      return new ItalyRegistry(periods, () -> {
        try (InputStream territories = resource(TERRITORIES_RESOURCE)) {
          return names(periods, territories, "embedded " + TERRITORIES_RESOURCE);
        } catch (IOException e) {
          throw new UncheckedIOException("cannot read the embedded list of provinces and regions", e);
        }
      }, "embedded " + ARCHIVE_RESOURCE);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the embedded registry of Italy", e);
    }
  }

  private static InputStream resource(String name) throws IOException {
    InputStream in = ItalyRegistry.class.getResourceAsStream(name);
    if (in == null) {
      throw new IOException("resource " + name + " is missing next to " + ItalyRegistry.class.getName());
    }
    return in;
  }

  /**
   * Reads a registry from newer copies of the files the library embeds, to update it without a new release:
   * ANPR's archive of comuni ({@code ANPR_archivio_comuni.csv}: {@code ,}, quoted text, UTF-8) and a list of
   * comuni with the names and codes of their provinces and regions (columns {@code province_code},
   * {@code province}, {@code province_short}, {@code region}, {@code region_code}). Lines starting with
   * {@code #} are skipped.
   *
   * @param archive ANPR's archive of comuni, not null
   * @param territories the list that names provinces and regions, not null
   * @return the registry
   * @throws IOException if a file cannot be read
   * @throws DataFileException if a file is malformed or not UTF-8, naming file, line and value (or byte), or
   *     the archive gives a code two periods on one day, or the region "00" to a comune whose province has no
   *     one region in the other periods
   */
  public static ItalyRegistry load(Path archive, Path territories) throws IOException {
    try (InputStream a = Files.newInputStream(archive); InputStream t = Files.newInputStream(territories)) {
      Map<ComunePeriod, Integer> lines = new java.util.IdentityHashMap<>();
      List<ComunePeriod> periods = sorted(readArchive(a, archive.toString(), lines));
      checkOnePeriodADay(periods, archive.toString(), lines);
      Names names = names(periods, t, territories.toString());
      return new ItalyRegistry(periods, () -> names, archive.toString());
    }
  }

  /**
   * Refuses two periods of one code on one day: a look-up by code would answer one of them without a word.
   *
   * @param sorted the periods in the order of {@link #sorted(List)}
   * @param lines the line of each period's row, as {@link #readArchive(InputStream, String, Map)} gives them
   */
  static void checkOnePeriodADay(List<ComunePeriod> sorted, String source, Map<ComunePeriod, Integer> lines) {
    for (int i = 1; i < sorted.size(); i++) {
      ComunePeriod a = sorted.get(i - 1);
      ComunePeriod b = sorted.get(i);
      if (a.code().equals(b.code()) && !b.validFrom().isAfter(a.validTo())) {
        int lineB = lines.getOrDefault(b, 0);
        throw new DataFileException(source, lineB, "comune " + b.code() + " has two periods on " + b.validFrom()
            + ": " + a + " at line " + lines.getOrDefault(a, 0) + " and " + b + " at line " + lineB);
      }
    }
  }

  private static Names names(List<ComunePeriod> periods, InputStream territories, String territoriesName)
      throws IOException {
    Map<String, Province> provinces = new HashMap<>();
    Map<String, Region> regions = new HashMap<>();
    readTerritories(territories, territoriesName, provinces, regions);
    // Provinces and regions of the past that the list does not name keep their code and abbreviation.
    for (ComunePeriod p : periods) {
      provinces.putIfAbsent(p.provinceCode(),
          new Province(p.provinceCode(), p.provinceAbbreviation(), p.provinceAbbreviation(), p.regionCode()));
      regions.putIfAbsent(p.regionCode(), new Region(p.regionCode(), p.regionCode()));
    }
    return new Names(Collections.unmodifiableMap(new TreeMap<>(provinces)),
        Collections.unmodifiableMap(new TreeMap<>(regions)));
  }

  private Names territoryNames() {
    Names n = territoryNames;
    if (n == null) {
      n = namesLoader.get();
      territoryNames = n;
    }
    return n;
  }

  /**
   * Strict UTF-8 without a byte order mark: a copy saved as Latin-1 or Windows-1252 fails naming the line and
   * the byte, rather than having its accented letters read as U+FFFD (a name no look-up finds).
   */
  private static Reader utf8(InputStream in, String source) {
    return TextInput.utf8(new java.io.BufferedInputStream(in, 1 << 16), source);
  }

  /** Reads and checks ANPR's archive CSV (also the build step of {@link CompactArchive}). */
  static List<ComunePeriod> readArchive(InputStream in, String source) throws IOException {
    return readArchive(in, source, new java.util.IdentityHashMap<>());
  }

  /**
   * Reads and checks ANPR's archive CSV, keeping the line of each period's row for the checks made later.
   *
   * @param lines filled with the line of each period returned, by identity
   */
  static List<ComunePeriod> readArchive(InputStream in, String source, Map<ComunePeriod, Integer> lines)
      throws IOException {
    List<ComunePeriod> out = new ArrayList<>(20_000);
    Map<String, String> strings = new HashMap<>();
    try (CsvLines rows = new CsvLines(utf8(in, source), source, ',')) {
      List<String> header = rows.next();
      if (header == null) {
        throw new DataFileException(source, 0, "empty file: expected ANPR's archive of comuni");
      }
      int[] col = columns(rows, header, ARCHIVE_COLUMNS);
      int width = header.size();
      rows.keepOnly(col);
      for (List<String> r = rows.next(); r != null; r = rows.next()) {
        if (r.size() != width) {
          throw rows.error("expected " + width + " fields as in the header, found " + r.size());
        }
        if (out.size() == MAX_PERIODS) {
          throw rows.error("more than " + MAX_PERIODS + " rows");
        }
        String status = r.get(col[9]);
        IstatCode code = code(rows, "CODISTAT", r.get(col[2]));
        String cadastral = r.get(col[3]);
        if (cadastral.isEmpty() || cadastral.length() > 4) {
          throw rows.error("'CODCATASTALE' must have 1 to 4 characters: '" + cadastral + "'");
        }
        String name = r.get(col[4]).strip();
        if (name.isEmpty()) {
          throw rows.error("'DENOMINAZIONE_IT' of comune " + code + " is empty");
        }
        String other = r.get(col[5]).strip();
        String province = digits(rows, "IDPROVINCIAISTAT", r.get(col[6]), 3);
        // Territories lost after the wars have the region "EX".
        String region = r.get(col[7]).strip();
        if (region.isEmpty() || region.length() > 3) {
          throw rows.error("'IDREGIONE' must have 1 to 3 characters: '" + region + "'");
        }
        LocalDate from = date(rows, "DATAISTITUZIONE", r.get(col[0]));
        LocalDate to = date(rows, "DATACESSAZIONE", r.get(col[1]));
        if (to.isBefore(from)) {
          throw rows.error("comune " + code + " ends on " + to + ", before it starts on " + from);
        }
        if (!status.equals("A") && !status.equals("C") && !status.equals("D")) {
          throw rows.error("'STATO' must be A, C or D: '" + status + "'");
        }
        ComunePeriod period = new ComunePeriod(code, intern(strings, cadastral), name,
            other.isEmpty() ? Optional.empty() : Optional.of(other), intern(strings, province),
            intern(strings, named(rows, "SIGLAPROVINCIA", r.get(col[8]))), intern(strings, region), from, to);
        out.add(period);
        lines.put(period, rows.line());
      }
    }
    if (out.isEmpty()) {
      throw new DataFileException(source, 0, "no comuni after the header");
    }
    placeInTheirProvincesRegion(out, source, lines);
    return out;
  }

  /**
   * Gives the periods whose region is {@link #NO_REGION} the region of their province: ANPR writes it for four
   * comuni of the 1860s (BARGANO, ISOLA BALBA, CASALORZO GEROLDI, CASALPOGLIO), whose provinces are in
   * Lombardia in every other period, and a region "00" would take them out of Lombardia's totals.
   *
   * @throws DataFileException if such a period's province has no region, or more than one, in the others
   */
  private static void placeInTheirProvincesRegion(List<ComunePeriod> periods, String source,
      Map<ComunePeriod, Integer> lines) {
    Map<String, java.util.Set<String>> regionsOf = new HashMap<>();
    for (ComunePeriod p : periods) {
      if (!p.regionCode().equals(NO_REGION)) {
        regionsOf.computeIfAbsent(p.provinceCode(), k -> new java.util.TreeSet<>()).add(p.regionCode());
      }
    }
    for (int i = 0; i < periods.size(); i++) {
      ComunePeriod p = periods.get(i);
      if (p.regionCode().equals(NO_REGION)) {
        java.util.Set<String> r = regionsOf.getOrDefault(p.provinceCode(), java.util.Set.of());
        if (r.size() != 1) {
          throw new DataFileException(source, lines.getOrDefault(p, 0), "comune " + p + " has region " + NO_REGION
              + " and its province " + p.provinceCode() + " has "
              + (r.isEmpty() ? "no region" : "the regions " + r)
              + " in the other periods: its region is not known");
        }
        ComunePeriod placed = new ComunePeriod(p.code(), p.cadastralCode(), p.name(), p.otherName(),
            p.provinceCode(), p.provinceAbbreviation(), r.iterator().next(), p.validFrom(), p.validTo());
        periods.set(i, placed);
        Integer line = lines.remove(p);
        if (line != null) {
          lines.put(placed, line);
        }
      }
    }
  }

  private static void readTerritories(InputStream in, String source, Map<String, Province> provinces,
      Map<String, Region> regions) throws IOException {
    try (CsvLines rows = new CsvLines(utf8(in, source), source, ',')) {
      List<String> header = rows.next();
      if (header == null) {
        throw new DataFileException(source, 0, "empty file: expected a list of comuni with their provinces");
      }
      int[] col = columns(rows, header, TERRITORY_COLUMNS);
      // next() reuses its list: the header's width is kept before the rows overwrite it
      int width = header.size();
      for (List<String> r = rows.next(); r != null; r = rows.next()) {
        if (r.size() != width) {
          throw rows.error("expected " + width + " fields as in the header, found " + r.size());
        }
        String province = padded(rows, "province_code", r.get(col[0]), 3);
        String region = padded(rows, "region_code", r.get(col[4]), 2);
        Province p = new Province(province, named(rows, "province", r.get(col[1])),
            named(rows, "province_short", r.get(col[2])), region);
        Province before = provinces.putIfAbsent(province, p);
        if (before != null && !before.equals(p)) {
          throw rows.error("province " + province + " is " + before + " above but " + p + " here");
        }
        Region g = new Region(region, named(rows, "region", r.get(col[3])));
        Region gb = regions.putIfAbsent(region, g);
        if (gb != null && !gb.equals(g)) {
          throw rows.error("region " + region + " is named '" + gb.name() + "' above but '" + g.name() + "' here");
        }
      }
    }
  }

  private static int[] columns(CsvLines rows, List<String> header, String[] wanted) {
    int[] col = new int[wanted.length];
    for (int i = 0; i < wanted.length; i++) {
      col[i] = header.indexOf(wanted[i]);
      if (col[i] < 0) {
        throw rows.error("no column '" + wanted[i] + "' in the header " + header);
      }
    }
    return col;
  }

  /** A name or abbreviation without its surrounding spaces, which must not be empty. */
  private static String named(CsvLines rows, String column, String text) {
    String t = text.strip();
    if (t.isEmpty()) {
      throw rows.error("'" + column + "' is empty");
    }
    return t;
  }

  private static String intern(Map<String, String> strings, String s) {
    String before = strings.putIfAbsent(s, s);
    return before == null ? s : before;
  }

  private static IstatCode code(CsvLines rows, String column, String text) {
    try {
      return IstatCode.parse(text);
    } catch (IllegalArgumentException e) {
      throw rows.error("'" + column + "' is not a six-digit ISTAT code: '" + text + "'");
    }
  }

  private static String digits(CsvLines rows, String column, String text, int n) {
    if (text.length() != n || !PlainNumbers.isDigits(text)) {
      throw rows.error("'" + column + "' must be " + n + " digits: '" + text + "'");
    }
    return text;
  }

  /** A code that may have lost its leading zeros, e.g. "1" for "001". */
  private static String padded(CsvLines rows, String column, String text, int n) {
    String t = text.strip();
    if (t.length() > n || !PlainNumbers.isDigits(t)) {
      throw rows.error("'" + column + "' must be 1 to " + n + " digits: '" + text + "'");
    }
    return "0".repeat(n - t.length()) + t;
  }

  private static LocalDate date(CsvLines rows, String column, String text) {
    // ASCII digits: Integer.parseInt would read "+866" as a year and digits of other scripts
    if (text.length() != 10 || text.charAt(4) != '-' || text.charAt(7) != '-'
        || !PlainNumbers.isDigits(text.subSequence(0, 4)) || !PlainNumbers.isDigits(text.subSequence(5, 7))
        || !PlainNumbers.isDigits(text.subSequence(8, 10))) {
      throw rows.error("'" + column + "' is not a date YYYY-MM-DD: '" + text + "'");
    }
    try {
      return LocalDate.of(Integer.parseInt(text, 0, 4, 10), Integer.parseInt(text, 5, 7, 10),
          Integer.parseInt(text, 8, 10, 10));
    } catch (NumberFormatException | DateTimeException e) {
      throw rows.error("'" + column + "' is not a date YYYY-MM-DD: '" + text + "'");
    }
  }

  /** {@return where the registry was read from: the embedded resource or the file given to {@link #load}} */
  public String source() {
    return source;
  }

  /** {@return the first date the registry covers: the earliest start of a period (17 March 1861 in ANPR's archive)} */
  public LocalDate firstDate() {
    return firstDate;
  }

  /** {@return every period of every comune, by code and start date; unmodifiable} */
  public List<ComunePeriod> periods() {
    return periods;
  }

  /**
   * The comune that had a code on a date.
   *
   * @param code not null
   * @param date not null, not before {@link #firstDate()}
   * @return its period, or empty if no comune had that code on that date
   * @throws IllegalArgumentException if the date is before the registry's first date
   */
  public Optional<ComunePeriod> find(IstatCode code, LocalDate date) {
    checkDate(date);
    ComunePeriod[] ps = byCode.get(Objects.requireNonNull(code, "code"));
    if (ps != null) {
      for (ComunePeriod p : ps) {
        if (p.isValidOn(date)) {
          return Optional.of(p);
        }
      }
    }
    return Optional.empty();
  }

  /**
   * The comune that had a code on a date, which must exist.
   *
   * @param code not null
   * @param date not null, not before {@link #firstDate()}
   * @return its period
   * @throws IllegalArgumentException if the date is before the first date, or no comune had that code then
   *     (the message says when the code was valid, if ever)
   */
  public ComunePeriod comune(IstatCode code, LocalDate date) {
    return find(code, date).orElseThrow(() -> {
      ComunePeriod[] ps = byCode.get(code);
      return new IllegalArgumentException(ps == null
          ? "unknown ISTAT comune code " + code + ": no comune ever had it in " + source
          : "no comune had ISTAT code " + code + " on " + date + "; it was valid for "
              + Arrays.stream(ps).map(p -> p.name() + " " + p.validFrom() + ".." + p.validTo())
                  .collect(Collectors.joining(", ")));
    });
  }

  /**
   * Every period of an ISTAT code, oldest first (a code may be reused by another comune later).
   *
   * @param code not null
   * @return its periods; empty if the code is unknown
   */
  public List<ComunePeriod> periodsOf(IstatCode code) {
    ComunePeriod[] ps = byCode.get(Objects.requireNonNull(code, "code"));
    return ps == null ? List.of() : List.of(ps);
  }

  /**
   * The history of a comune through its cadastral code: every period, oldest first, across renames and
   * changes of code or province (Abbadia Cerreto, {@code A004}: 015001 in Milano until 15 April 1992, then
   * 098001 in Lodi).
   *
   * @param cadastralCode four characters such as {@code "A004"}, not null
   * @return its periods, oldest first
   * @throws IllegalArgumentException if no comune had that cadastral code ({@code ND}, "not defined", links
   *     nothing)
   */
  public List<ComunePeriod> history(String cadastralCode) {
    ComunePeriod[] ps = cadastral(cadastralCode);
    if (ps == null) {
      throw new IllegalArgumentException("unknown cadastral code '" + cadastralCode + "' in " + source);
    }
    return List.of(ps);
  }

  private ComunePeriod[] cadastral(String cadastralCode) {
    return byCadastral.get(Objects.requireNonNull(cadastralCode, "cadastralCode").strip()
        .toUpperCase(java.util.Locale.ROOT));
  }

  /**
   * The comune with a cadastral code on a date. In a few old periods ANPR's archive gives one cadastral code
   * to two comuni at once (D588: FILAGO and MARNE until 1928); on such a date the one with the lower ISTAT
   * code is returned, and {@link #history(String)} lists both.
   *
   * @param cadastralCode not null
   * @param date not null, not before {@link #firstDate()}
   * @return its period, or empty if no comune had the code on that date
   * @throws IllegalArgumentException if the date is before the first date
   */
  public Optional<ComunePeriod> byCadastralCode(String cadastralCode, LocalDate date) {
    checkDate(date);
    ComunePeriod[] ps = cadastral(cadastralCode);
    ComunePeriod found = null;
    if (ps != null) {
      // oldest first: where two comuni share the code, the one that started first is not always the lower code
      for (ComunePeriod p : ps) {
        if (p.isValidOn(date) && (found == null || p.code().compareTo(found.code()) < 0)) {
          found = p;
        }
      }
    }
    return Optional.ofNullable(found);
  }

  /**
   * The same comune, followed through its cadastral code, on another date: Abbadia Cerreto's 015001 of 1990
   * is 098001 in 2000. Renames and changes of code or province are followed; mergers are not (see
   * {@link Crosswalk}), nor is a rename for which ANPR gave the comune another cadastral code too (LONATO,
   * {@code E667}, is LONATO DEL GARDA, {@code M312}, from 2 November 2007: {@link #periodsOf} lists both under
   * 017092). On a day of its own period a period is itself, even where ANPR gives its cadastral
   * code to another comune too (FILAGO and MARNE, both {@code D588} until 1928) or gives it none
   * ({@code ND}).
   *
   * @param period a period of this registry, not null
   * @param date not null, not before {@link #firstDate()}
   * @return the comune's period on that date, or empty if it did not exist then under its cadastral code
   */
  public Optional<ComunePeriod> follow(ComunePeriod period, LocalDate date) {
    checkDate(date);
    if (period.isValidOn(date)) {
      return Optional.of(period);
    }
    return byCadastralCode(period.cadastralCode(), date);
  }

  /**
   * The comuni whose name, in Italian or in the second official language, matches ignoring case, accents
   * and the form of apostrophes, at any date.
   *
   * @param name not null
   * @return their periods, by code and date; empty if none
   */
  public List<ComunePeriod> named(String name) {
    return names().getOrDefault(NameKey.of(Objects.requireNonNull(name, "name")), List.of());
  }

  /**
   * The one comune of a name on a date.
   *
   * @param name in Italian or the second language, any case, with or without accents; not null
   * @param date not null, not before {@link #firstDate()}
   * @return its period on that date
   * @throws IllegalArgumentException if no comune or more than one had that name on that date (the message
   *     lists the candidates with code and province)
   */
  public ComunePeriod byName(String name, LocalDate date) {
    checkDate(date);
    List<ComunePeriod> on = new ArrayList<>(2);
    for (ComunePeriod p : named(name)) {
      if (p.isValidOn(date)) {
        on.add(p);
      }
    }
    if (on.size() == 1) {
      return on.get(0);
    }
    if (on.isEmpty()) {
      List<ComunePeriod> other = named(name);
      throw new IllegalArgumentException("no comune named '" + name + "' on " + date
          + (other.isEmpty() ? "" : "; the name was valid for " + other));
    }
    throw new IllegalArgumentException("ambiguous comune name '" + name + "' on " + date + ": "
        + on.size() + " candidates: " + on.stream().map(p -> p.code() + " " + p.name() + " ("
            + p.provinceAbbreviation() + ")").collect(Collectors.joining(", ")));
  }

  /**
   * The comuni valid on a date.
   *
   * @param date not null, not before {@link #firstDate()}
   * @return their periods in code order
   */
  public List<ComunePeriod> validOn(LocalDate date) {
    checkDate(date);
    List<ComunePeriod> out = new ArrayList<>(8_000);
    for (ComunePeriod p : periods) {
      if (p.isValidOn(date)) {
        out.add(p);
      }
    }
    return out;
  }

  /**
   * The comuni valid on a date grouped into their provinces (and metropolitan cities): a partition whose
   * grouping ids are the three-digit province codes, ready as a {@code Dashboard} level.
   *
   * @param date not null, not before {@link #firstDate()}
   * @return the partition, named {@code "province <date>"}
   */
  public Partition provinces(LocalDate date) {
    Partition.Builder b = Partition.builder("province " + date, TerritoryKind.PROVINCE);
    for (ComunePeriod p : validOn(date)) {
      b.assign(p.code(), p.provinceCode());
    }
    return b.build();
  }

  /**
   * The comuni valid on a date grouped into their regions: grouping ids are the two-digit region codes; the
   * level above {@link #provinces(LocalDate)} in a {@code Dashboard}. The comuni of the territories lost
   * after the wars are in ANPR's region {@code "EX"}: those of the provinces of Fiume, Pola and Zara from the
   * 1920s, and the eleven of Istria that ANPR keeps until 3 April 1977 (Capodistria, Pirano, Umago, ...),
   * which {@link #nation(LocalDate)} counts in Italy too, as ANPR's archive does.
   *
   * @param date not null, not before {@link #firstDate()}
   * @return the partition, named {@code "regioni <date>"}
   */
  public Partition regions(LocalDate date) {
    Partition.Builder b = Partition.builder("regioni " + date, TerritoryKind.REGION);
    for (ComunePeriod p : validOn(date)) {
      b.assign(p.code(), p.regionCode());
    }
    return b.build();
  }

  /**
   * All the comuni valid on a date in one grouping, {@code "IT"}: the level above
   * {@link #regions(LocalDate)}.
   *
   * @param date not null, not before {@link #firstDate()}
   * @return the partition, named {@code "Italia <date>"}
   */
  public Partition nation(LocalDate date) {
    Partition.Builder b = Partition.builder("Italia " + date, TerritoryKind.NATION);
    for (ComunePeriod p : validOn(date)) {
      b.assign(p.code(), ITALY);
    }
    return b.build();
  }

  /** The grouping id of all Italy in {@link #nation(LocalDate)}. */
  public static final String ITALY = "IT";

  /**
   * A province by its code.
   *
   * @param code three digits, not null
   * @return the province, or empty
   */
  public Optional<Province> province(String code) {
    return Optional.ofNullable(territoryNames().provinces().get(Objects.requireNonNull(code, "code")));
  }

  /**
   * A region by its code.
   *
   * @param code two digits, not null
   * @return the region, or empty
   */
  public Optional<Region> region(String code) {
    return Optional.ofNullable(territoryNames().regions().get(Objects.requireNonNull(code, "code")));
  }

  /** {@return every province, metropolitan city and former province the files name, by code; unmodifiable} */
  public Map<String, Province> allProvinces() {
    return territoryNames().provinces();
  }

  /** {@return every region, by code; unmodifiable} */
  public Map<String, Region> allRegions() {
    return territoryNames().regions();
  }

  private void checkDate(LocalDate date) {
    Objects.requireNonNull(date, "date");
    if (date.isBefore(firstDate)) {
      throw new IllegalArgumentException("date " + date + " is before " + firstDate
          + ", the first date of the registry of comuni (" + source + ")");
    }
  }

  @Override
  public String toString() {
    return "ItalyRegistry[" + source + ": " + periods.size() + " periods, " + byCode.size() + " codes]";
  }
}
