package io.github.socialplan.core.italy;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.socialplan.core.io.DataFileException;
import io.github.socialplan.core.io.TextInput;
import io.github.socialplan.core.territory.IstatCode;
import io.github.socialplan.core.testing.ReferenceFiles;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@link ItalyRegistry#load} on small files made of real rows of the published files (ANPR's archive and
 * ISTAT's list of 2022), copied unchanged or with one field spoiled: every index and every check of the
 * reader, each time on a fresh load (the embedded registry is loaded once and cached).
 */
class ItalyRegistryFilesTest {

  private static final List<String> ARCHIVE = lines("real/anpr-archivio-comuni.csv");
  private static final List<String> LIST_2022 = lines("real/italy-comuni-2022.csv");
  /** Abano (renamed), Abbadia Cerreto (new province, new code), Bolzano (three codes), Abbazia (ceded, "EX"). */
  private static final Set<String> CADASTRAL = Set.of("A001", "A004", "A952", "A009");
  /** Arizzano's first period: ANPR gives it no cadastral code ("ND"). */
  private static final String ARIZZANO = "\"003809\",\"ND\",\"ARIZZANO\"";
  private static final LocalDate JAN_1_2022 = LocalDate.of(2022, 1, 1);
  private static final List<String> HEADER = Arrays.asList(ARCHIVE.get(0).replace("\"", "").split(","));
  private static final List<String> ROWS = ARCHIVE.stream().skip(1)
      .filter(l -> CADASTRAL.contains(field(l, "CODCATASTALE")) || l.contains(ARIZZANO))
      .collect(Collectors.toUnmodifiableList());

  @TempDir
  Path dir;

  private static List<String> lines(String name) {
    try {
      return Files.readAllLines(ReferenceFiles.path(name), StandardCharsets.UTF_8).stream()
          .filter(l -> !l.startsWith("#")).collect(Collectors.toList());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A field of a row of the archive, by its header name (no field of the rows used holds a comma). */
  private static String field(String row, String column) {
    int i = HEADER.indexOf(column);
    return row.split(",", -1)[i].replace("\"", "");
  }

  private static String withField(String row, String column, String value) {
    int i = HEADER.indexOf(column);
    String[] f = row.split(",", -1);
    f[i] = "\"" + value + "\"";
    return String.join(",", f);
  }

  /** The rows of the chosen comuni, in the archive's order (by name, not by code). */
  private static List<String> rows() {
    return new ArrayList<>(ROWS);
  }

  private static String listRow(String comune) {
    return LIST_2022.stream().filter(l -> l.startsWith("\"" + comune + "\",")).findFirst().orElseThrow();
  }

  /** ISTAT's list for Abano Terme (Padova), Lodi, Bolzano and Genova. */
  private static List<String> territories() {
    return List.of(LIST_2022.get(0), listRow("Abano Terme"), listRow("Lodi"), listRow("Bolzano/Bozen"),
        listRow("Genova"));
  }

  private Path write(String name, List<String> lines) throws IOException {
    return Files.write(dir.resolve(name), (String.join("\n", lines) + "\n").getBytes(StandardCharsets.UTF_8));
  }

  private ItalyRegistry load(List<String> archiveRows, List<String> territories) throws IOException {
    List<String> archive = new ArrayList<>();
    archive.add(ARCHIVE.get(0));
    archive.addAll(archiveRows);
    return ItalyRegistry.load(write("archive.csv", archive), write("territories.csv", territories));
  }

  private ItalyRegistry load() throws IOException {
    return load(rows(), territories());
  }

  private DataFileException archiveError(List<String> archiveRows) {
    return assertThrows(DataFileException.class, () -> load(archiveRows, territories()));
  }

  private DataFileException archiveError(String column, String value) {
    List<String> rows = rows();
    rows.set(1, withField(rows.get(1), column, value));
    return archiveError(rows);
  }

  private DataFileException territoryError(List<String> territories) {
    return assertThrows(DataFileException.class, () -> load(rows(), territories));
  }

  private static LocalDate date(String row, String column) {
    return LocalDate.parse(field(row, column));
  }

  // ---- What a load gives ----------------------------------------------------------------------------

  @Test
  void everyRowIsAPeriod_sortedByCodeThenStart() throws IOException {
    List<String> rows = rows();
    ItalyRegistry italy = load();
    assertEquals(rows.size(), italy.periods().size());
    List<String> expected = rows.stream()
        .sorted((a, b) -> (field(a, "CODISTAT") + field(a, "DATAISTITUZIONE"))
            .compareTo(field(b, "CODISTAT") + field(b, "DATAISTITUZIONE")))
        .map(r -> field(r, "CODISTAT") + " " + field(r, "DENOMINAZIONE_IT") + " " + field(r, "DATAISTITUZIONE"))
        .collect(Collectors.toList());
    assertEquals(expected, italy.periods().stream().map(p -> p.code() + " " + p.name() + " " + p.validFrom())
        .collect(Collectors.toList()));
    LocalDate first = rows.stream().map(r -> date(r, "DATAISTITUZIONE")).min(LocalDate::compareTo).orElseThrow();
    assertEquals(first, italy.firstDate());
    Set<String> codes = rows.stream().map(r -> field(r, "CODISTAT")).collect(Collectors.toSet());
    String archive = dir.resolve("archive.csv").toString();
    assertEquals(archive, italy.source());
    assertEquals("ItalyRegistry[" + archive + ": " + rows.size() + " periods, " + codes.size() + " codes]",
        italy.toString());
  }

  @Test
  void eachPeriodHasTheFieldsOfItsRow() throws IOException {
    ItalyRegistry italy = load();
    for (String r : rows()) {
      ComunePeriod p = italy.comune(IstatCode.parse(field(r, "CODISTAT")), date(r, "DATAISTITUZIONE"));
      assertEquals(field(r, "CODCATASTALE"), p.cadastralCode(), r);
      assertEquals(field(r, "DENOMINAZIONE_IT"), p.name(), r);
      String other = field(r, "ALTRADENOMINAZIONE");
      assertEquals(other.isEmpty() ? Optional.empty() : Optional.of(other), p.otherName(), r);
      assertEquals(field(r, "IDPROVINCIAISTAT"), p.provinceCode(), r);
      assertEquals(field(r, "SIGLAPROVINCIA"), p.provinceAbbreviation(), r);
      assertEquals(field(r, "IDREGIONE"), p.regionCode(), r);
      assertEquals(date(r, "DATACESSAZIONE"), p.validTo(), r);
      assertEquals(p, italy.comune(p.code(), p.validTo()), r);
      assertEquals(field(r, "STATO").equals("A"), p.isCurrent(), r);
    }
  }

  @Test
  void aCadastralCode_linksTheHistoryOldestFirst_acrossCodes() throws IOException {
    ItalyRegistry italy = load();
    List<String> bolzano = rows().stream().filter(r -> field(r, "CODCATASTALE").equals("A952"))
        .sorted((a, b) -> field(a, "DATAISTITUZIONE").compareTo(field(b, "DATAISTITUZIONE")))
        .collect(Collectors.toList());
    assertTrue(bolzano.size() > 2);
    List<ComunePeriod> history = italy.history(" a952 ");
    assertEquals(bolzano.stream().map(r -> field(r, "CODISTAT") + " " + field(r, "DATAISTITUZIONE"))
        .collect(Collectors.toList()),
        history.stream().map(p -> p.code() + " " + p.validFrom()).collect(Collectors.toList()));
    String last = bolzano.get(bolzano.size() - 1);
    assertEquals(history.get(history.size() - 1), italy.byCadastralCode("A952", JAN_1_2022).orElseThrow());
    assertEquals(field(last, "CODISTAT"), italy.follow(history.get(0), JAN_1_2022).orElseThrow().code().value());
    assertTrue(italy.byCadastralCode("A952", date(bolzano.get(0), "DATAISTITUZIONE").minusDays(1)).isEmpty());
    assertTrue(italy.byCadastralCode("Z999", JAN_1_2022).isEmpty());
  }

  @Test
  void noCadastralCode_linksNothing() throws IOException {
    ItalyRegistry italy = load();
    String arizzano = rows().stream().filter(r -> r.contains(ARIZZANO)).findFirst().orElseThrow();
    IstatCode code = IstatCode.parse(field(arizzano, "CODISTAT"));
    assertEquals("ARIZZANO", italy.comune(code, date(arizzano, "DATAISTITUZIONE")).name());
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> italy.history("ND"));
    assertEquals("unknown cadastral code 'ND' in " + italy.source(), e.getMessage());
    assertTrue(italy.byCadastralCode("ND", date(arizzano, "DATAISTITUZIONE")).isEmpty());
  }

  @Test
  void periodsOfACode_andTheMessageForADateOutsideThem() throws IOException {
    ItalyRegistry italy = load();
    String abbadia = rows().stream().filter(r -> field(r, "CODISTAT").equals("015001")).findFirst().orElseThrow();
    List<ComunePeriod> of = italy.periodsOf(IstatCode.parse("015001"));
    assertEquals(1, of.size());
    assertEquals("ABBADIA CERRETO", of.get(0).name());
    assertEquals(List.of(), italy.periodsOf(IstatCode.parse("999999")));
    assertEquals(2, italy.periodsOf(IstatCode.parse("028001")).size());
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> italy.comune(IstatCode.parse("015001"), JAN_1_2022));
    assertEquals("no comune had ISTAT code 015001 on 2022-01-01; it was valid for ABBADIA CERRETO "
        + field(abbadia, "DATAISTITUZIONE") + ".." + field(abbadia, "DATACESSAZIONE"), e.getMessage());
  }

  @Test
  void names_inEitherLanguage_andTheMessagesWhenNoneMatches() throws IOException {
    ItalyRegistry italy = load();
    ComunePeriod bolzano = italy.byName("Bozen", JAN_1_2022);
    assertEquals("021008", bolzano.code().value());
    assertSame(bolzano, italy.byName("bolzano", JAN_1_2022));
    String abano = rows().stream().filter(r -> field(r, "DENOMINAZIONE_IT").equals("ABANO")).findFirst()
        .orElseThrow();
    IllegalArgumentException renamed = assertThrows(IllegalArgumentException.class,
        () -> italy.byName("Abano", JAN_1_2022));
    assertEquals("no comune named 'Abano' on 2022-01-01; the name was valid for [028001 ABANO (PD, "
        + field(abano, "DATAISTITUZIONE") + ".." + field(abano, "DATACESSAZIONE") + ")]", renamed.getMessage());
    IllegalArgumentException none = assertThrows(IllegalArgumentException.class,
        () -> italy.byName("Cremona", JAN_1_2022));
    assertEquals("no comune named 'Cremona' on 2022-01-01", none.getMessage());
    String terme = rows().stream().filter(r -> field(r, "DENOMINAZIONE_IT").equals("ABANO TERME")).findFirst()
        .orElseThrow();
    assertEquals("[028001 ABANO TERME (PD, " + field(terme, "DATAISTITUZIONE") + "..)]",
        italy.named("abano terme").toString());
  }

  @Test
  void everyLookUpByDate_refusesADateBeforeTheFirst() throws IOException {
    ItalyRegistry italy = load();
    LocalDate before = italy.firstDate().minusDays(1);
    String message = "date " + before + " is before " + italy.firstDate()
        + ", the first date of the registry of comuni (" + italy.source() + ")";
    IstatCode abano = IstatCode.parse("028001");
    List<Runnable> calls = List.of(() -> italy.find(abano, before), () -> italy.comune(abano, before),
        () -> italy.byCadastralCode("A001", before), () -> italy.byName("Abano", before),
        () -> italy.validOn(before), () -> italy.provinces(before), () -> italy.nation(before));
    for (Runnable call : calls) {
      assertEquals(message, assertThrows(IllegalArgumentException.class, call::run).getMessage());
    }
    assertTrue(italy.find(abano, italy.firstDate()).isEmpty(), "Abano starts in 1866");
  }

  @Test
  void provincesAndRegions_areNamedByTheList_orKeepTheirCodes() throws IOException {
    ItalyRegistry italy = load();
    // ISTAT's list writes codes without leading zeros: 28 is Padova's 028, 5 is Veneto's 05.
    assertEquals(new Province("028", "Padova", "PD", "05"), italy.province("028").orElseThrow());
    assertEquals(new Province("098", "Lodi", "LO", "03"), italy.province("098").orElseThrow());
    assertEquals(new Province("010", "Genova", "GE", "07"), italy.province("010").orElseThrow());
    assertEquals(new Region("04", "Trentino-Alto Adige/Südtirol"), italy.region("04").orElseThrow());
    assertEquals(new Region("07", "Liguria"), italy.region("07").orElseThrow());
    // Provinces of the past the list does not name: their code and abbreviation (Milano was 015 in 1861).
    assertEquals(new Province("015", "MI", "MI", "03"), italy.province("015").orElseThrow());
    assertEquals(new Region("EX", "EX"), italy.region("EX").orElseThrow());
    assertTrue(italy.province("999").isEmpty());
    assertTrue(italy.region("99").isEmpty());
    Set<String> provinces = new java.util.TreeSet<>(List.of("003", "010", "015", "021", "022", "028", "098"));
    rows().forEach(r -> provinces.add(field(r, "IDPROVINCIAISTAT")));
    assertEquals(List.copyOf(provinces), List.copyOf(italy.allProvinces().keySet()));
    assertEquals(List.of("01", "03", "04", "05", "07", "EX"), List.copyOf(italy.allRegions().keySet()));
  }

  @Test
  void partitions_ofADate_groupItsComuni() throws IOException {
    ItalyRegistry italy = load();
    List<IstatCode> valid = italy.validOn(JAN_1_2022).stream().map(ComunePeriod::code).collect(Collectors.toList());
    assertEquals(List.of(IstatCode.parse("021008"), IstatCode.parse("028001"), IstatCode.parse("098001")), valid);
    assertEquals(valid, italy.nation(JAN_1_2022).members(ItalyRegistry.ITALY));
    assertEquals("Italia 2022-01-01", italy.nation(JAN_1_2022).name());
    assertEquals(List.of("021", "028", "098"), italy.provinces(JAN_1_2022).groupIds());
    assertEquals(List.of("03", "04", "05"), italy.regions(JAN_1_2022).groupIds());
  }

  /** A row with its first field moved to the end: columns are found by name, in any order. */
  private static String rotated(String row) {
    int comma = row.indexOf(',');
    return row.substring(comma + 1) + "," + row.substring(0, comma);
  }

  @Test
  void aByteOrderMark_isSkipped_andAFileShorterThanAMarkIsEmpty() throws IOException {
    // The header starts with a column the reader needs, so a mark left in it would hide that column.
    List<String> archive = new ArrayList<>(List.of(rotated(ARCHIVE.get(0))));
    rows().forEach(r -> archive.add(rotated(r)));
    Path plain = write("archive.csv", archive);
    Path territories = write("territories.csv", territories());
    byte[] text = Files.readAllBytes(plain);
    byte[] mark = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
    Path bom = dir.resolve("bom.csv");
    Files.write(bom, concat(mark, text));
    List<ComunePeriod> expected = load().periods();
    assertEquals(expected, ItalyRegistry.load(plain, territories).periods());
    assertEquals(expected, ItalyRegistry.load(bom, territories).periods());
    // Only the whole mark is skipped: a part of it is no UTF-8 text, refused on its line.
    for (int spoilt = 0; spoilt <= 2; spoilt++) {
      byte[] notAMark = mark.clone();
      notAMark[spoilt] = 'X';
      Files.write(bom, concat(notAMark, concat(new byte[] {'\n'}, text)));
      DataFileException e = assertThrows(DataFileException.class, () -> ItalyRegistry.load(bom, territories));
      assertTrue(e.getMessage().startsWith(bom + ", line 1: not valid UTF-8"), e.getMessage());
    }
    // A mark written twice: the second is text, here a line before the header.
    Files.write(bom, concat(mark, concat(mark, concat(new byte[] {'\n'}, text))));
    DataFileException twice = assertThrows(DataFileException.class, () -> ItalyRegistry.load(bom, territories));
    assertTrue(twice.getMessage().startsWith(bom + ", line 1: no column 'DATAISTITUZIONE' in the header"),
        twice.getMessage());
    Path tiny = Files.write(dir.resolve("tiny.csv"), new byte[] {'\n', '\n'});
    DataFileException e = assertThrows(DataFileException.class, () -> ItalyRegistry.load(tiny, territories));
    assertEquals(tiny + ": empty file: expected ANPR's archive of comuni", e.getMessage());
    assertEquals(0, e.line());
    Path empty = Files.write(dir.resolve("empty.csv"), new byte[0]);
    assertEquals(empty + ": empty file: expected ANPR's archive of comuni",
        assertThrows(DataFileException.class, () -> ItalyRegistry.load(empty, territories)).getMessage());
    DataFileException t0 = assertThrows(DataFileException.class, () -> ItalyRegistry.load(plain, empty));
    assertEquals(empty + ": empty file: expected a list of comuni with their provinces", t0.getMessage());
  }

  private static byte[] concat(byte[] a, byte[] b) {
    byte[] out = Arrays.copyOf(a, a.length + b.length);
    System.arraycopy(b, 0, out, a.length, b.length);
    return out;
  }

  @Test
  void aCadastralCodeOfTwoComuniOnADay_givesTheLowerIstatCode_whicheverStartedFirst() throws IOException {
    // FILAGO (016828) and MARNE (016098) share D588 until 1928; here MARNE's first period starts later, in
    // 1900, so that the two started on different days.
    List<String> d588 = ARCHIVE.stream().filter(l -> field(l, "CODCATASTALE").equals("D588"))
        .map(l -> field(l, "DENOMINAZIONE_IT").equals("MARNE") && field(l, "DATAISTITUZIONE").equals("1861-03-17")
            ? withField(l, "DATAISTITUZIONE", "1900-01-01") : l)
        .collect(Collectors.toList());
    ItalyRegistry italy = load(d588, territories());
    LocalDate both = LocalDate.of(1910, 1, 1);
    assertEquals(2, italy.history("D588").stream().filter(p -> p.isValidOn(both)).count());
    ComunePeriod marne = italy.byCadastralCode("D588", both).orElseThrow();
    assertEquals("016098 MARNE", marne.code() + " " + marne.name());
    // Before MARNE started, FILAGO alone had the code.
    assertEquals("016828", italy.byCadastralCode("D588", LocalDate.of(1890, 1, 1)).orElseThrow().code().value());
  }

  // ---- What the reader refuses, naming file, line and value -----------------------------------------

  @Test
  void archiveWithoutAColumnOrRows_isRefused() throws IOException {
    Path territories = write("territories.csv", territories());
    String header = ARCHIVE.get(0).replace(",\"STATO\"", "");
    Path noStatus = write("archive.csv", List.of(header));
    DataFileException e = assertThrows(DataFileException.class, () -> ItalyRegistry.load(noStatus, territories));
    List<String> names = Arrays.stream(header.split(",")).map(s -> s.replace("\"", "")).collect(Collectors.toList());
    assertEquals(noStatus + ", line 1: no column 'STATO' in the header " + names, e.getMessage());
    assertEquals(1, e.line());
    Path onlyHeader = write("archive.csv", List.of("# a comment", ARCHIVE.get(0)));
    DataFileException none = assertThrows(DataFileException.class, () -> ItalyRegistry.load(onlyHeader, territories));
    assertEquals(onlyHeader + ": no comuni after the header", none.getMessage());
    String first = ARCHIVE.get(0).replace("\"DATAISTITUZIONE\",", "");
    Path noFirst = write("archive.csv", List.of(first));
    assertTrue(assertThrows(DataFileException.class, () -> ItalyRegistry.load(noFirst, territories)).getMessage()
        .contains("no column 'DATAISTITUZIONE'"));
  }

  @Test
  void filesNotInUtf8_areRefusedNamingLineAndByte_ratherThanReadWithReplacedLetters() throws IOException {
    // A copy saved as Latin-1 or Windows-1252: its accented letters were read as U+FFFD, so a name lost its
    // letter (ABBADIA CERRET\uFFFD) and no look-up by its real name found it.
    List<String> archive = new ArrayList<>();
    archive.add(ARCHIVE.get(0));
    List<String> rows = rows();
    rows.set(1, withField(rows.get(1), "DENOMINAZIONE_IT", "ABBADIA CERRET\u00d2"));
    archive.addAll(rows);
    Path latin1 = Files.write(dir.resolve("latin1.csv"),
        (String.join("\n", archive) + "\n").getBytes(StandardCharsets.ISO_8859_1));
    Path territories = write("territories.csv", territories());
    DataFileException e = assertThrows(DataFileException.class, () -> ItalyRegistry.load(latin1, territories));
    assertTrue(e.getMessage().startsWith(latin1 + ", line 3: not valid UTF-8"), e.getMessage());
    assertTrue(e.getMessage().contains("byte 0xD2"), e.getMessage());
    assertEquals(3, e.line());
    // The list of 2022 names Trentino-Alto Adige/S\u00fcdtirol on the row of Bolzano, its fourth line.
    Path list = Files.write(dir.resolve("list-latin1.csv"),
        (String.join("\n", territories()) + "\n").getBytes(StandardCharsets.ISO_8859_1));
    List<String> good = new ArrayList<>(archive.subList(0, 1));
    good.addAll(rows());
    Path goodArchive = write("archive.csv", good);
    DataFileException t = assertThrows(DataFileException.class, () -> ItalyRegistry.load(goodArchive, list));
    assertTrue(t.getMessage().startsWith(list + ", line 4: not valid UTF-8"), t.getMessage());
    assertTrue(t.getMessage().contains("byte 0xFC"), t.getMessage());
  }

  @Test
  void aCellLongerThanTheLibrarysLimit_isRefusedWithItsLine() {
    List<String> rows = rows();
    rows.set(1, withField(rows.get(1), "DENOMINAZIONE_IT", "A".repeat(TextInput.MAX_CELL_LENGTH + 1)));
    DataFileException e = archiveError(rows);
    assertTrue(e.getMessage().endsWith(", line 3: field 6 has more than the " + TextInput.MAX_CELL_LENGTH
        + " characters a field may have"), e.getMessage());
    assertEquals(3, e.line());
    List<String> atLimit = rows();
    atLimit.set(1, withField(atLimit.get(1), "DENOMINAZIONE_IT", "A".repeat(TextInput.MAX_CELL_LENGTH)));
    assertTrue(assertDoesNotThrow(() -> load(atLimit, territories())).periods().stream()
        .anyMatch(p -> p.name().length() == TextInput.MAX_CELL_LENGTH));
  }

  @Test
  void rowsOfAnotherWidth_areRefusedWithTheirLine() {
    List<String> rows = rows();
    rows.set(2, rows.get(2) + ",\"\"");
    DataFileException e = archiveError(rows);
    assertTrue(e.getMessage().endsWith(", line 4: expected 18 fields as in the header, found 19"), e.getMessage());
    assertEquals(4, e.line());
    List<String> tooMany = rows();
    tooMany.set(0, tooMany.get(0) + ",\"\"".repeat(64 - 18) + ",\"x\"");
    DataFileException many = archiveError(tooMany);
    assertTrue(many.getMessage().endsWith(", line 2: more than 64 fields in a row"), many.getMessage());
    List<String> max = rows();
    max.set(0, max.get(0) + ",\"\"".repeat(64 - 18));
    assertTrue(archiveError(max).getMessage().endsWith("expected 18 fields as in the header, found 64"));
  }

  @Test
  void aQuoteLeftOpen_isNotReadableAsCsv() {
    List<String> rows = rows();
    rows.add("1,\"1861-03-17");
    DataFileException e = archiveError(rows);
    assertTrue(e.getMessage().contains(": not readable as CSV: "), e.getMessage());
    assertTrue(e.line() >= rows.size(), e.getMessage());
  }

  @Test
  void badCodes_areRefusedNamingColumnAndValue() {
    assertTrue(archiveError("CODISTAT", "28001").getMessage()
        .endsWith(", line 3: 'CODISTAT' is not a six-digit ISTAT code: '28001'"));
    assertTrue(archiveError("CODCATASTALE", "").getMessage()
        .endsWith("'CODCATASTALE' must have 1 to 4 characters: ''"));
    assertTrue(archiveError("CODCATASTALE", "A0011").getMessage()
        .endsWith("'CODCATASTALE' must have 1 to 4 characters: 'A0011'"));
    for (String province : new String[] {"28", "0280", "0/8", "0:8", "02a"}) {
      assertTrue(archiveError("IDPROVINCIAISTAT", province).getMessage()
          .endsWith("'IDPROVINCIAISTAT' must be 3 digits: '" + province + "'"), province);
    }
    assertTrue(archiveError("IDREGIONE", " ").getMessage().endsWith("'IDREGIONE' must have 1 to 3 characters: ''"));
    assertTrue(archiveError("IDREGIONE", "0005").getMessage()
        .endsWith("'IDREGIONE' must have 1 to 3 characters: '0005'"));
    assertTrue(archiveError("DENOMINAZIONE_IT", "  ").getMessage().endsWith("'DENOMINAZIONE_IT' of comune "
        + field(rows().get(1), "CODISTAT") + " is empty"));
    assertTrue(archiveError("STATO", "X").getMessage().endsWith("'STATO' must be A, C or D: 'X'"));
  }

  @Test
  void codesAtTheirLimits_areAccepted() throws IOException {
    List<String> rows = rows();
    String row = rows.get(1);
    rows.set(1, withField(withField(withField(row, "CODCATASTALE", "Q"), "IDREGIONE", "XYZ"), "STATO", "D"));
    ComunePeriod p = load(rows, territories()).comune(IstatCode.parse(field(row, "CODISTAT")),
        date(row, "DATAISTITUZIONE"));
    assertEquals("Q", p.cadastralCode());
    assertEquals("XYZ", p.regionCode());
    rows.set(1, withField(row, "STATO", "C"));
    rows.set(2, withField(rows.get(2), "STATO", "A"));
    assertEquals(rows.size(), load(rows, territories()).periods().size());
  }

  @Test
  void badDates_areRefusedNamingColumnAndValue() {
    for (String d : new String[] {"1866/11/19", "1866-11/19", "1866/11-19", "1866-11-1", "1866-11-190",
        "1866-13-19", "1866-02-30", "186a-11-19", "1866-1b-19", "1866-11-1c",
        // Integer.parseInt took these: "+866" as the year 866, "-1" as a day, digits of other scripts
        "+866-11-19", "1866-+1-19", "1866-11-+9", "\u0661\u0668\u0666\u0666-11-19"}) {
      assertTrue(archiveError("DATAISTITUZIONE", d).getMessage()
          .endsWith(", line 3: 'DATAISTITUZIONE' is not a date YYYY-MM-DD: '" + d + "'"), d);
    }
    String row = rows().get(1);
    LocalDate start = date(row, "DATAISTITUZIONE");
    DataFileException e = archiveError("DATACESSAZIONE", start.minusDays(1).toString());
    assertTrue(e.getMessage().endsWith("comune " + field(row, "CODISTAT") + " ends on " + start.minusDays(1)
        + ", before it starts on " + start), e.getMessage());
  }

  @Test
  void twoPeriodsOfACodeOnOneDay_areRefused_ratherThanTheOlderAnswered() {
    // Abano ends on 13 November 1924 and Abano Terme starts the next day: ending Abano a day later gives the
    // code two comuni on 14 November 1924.
    List<String> rows = rows();
    int abano = -1;
    for (int i = 0; i < rows.size(); i++) {
      if (field(rows.get(i), "DENOMINAZIONE_IT").equals("ABANO")) {
        abano = i;
      }
    }
    int terme = -1;
    for (int i = 0; i < rows.size(); i++) {
      if (field(rows.get(i), "DENOMINAZIONE_IT").equals("ABANO TERME")) {
        terme = i;
      }
    }
    String row = rows.get(abano);
    LocalDate end = date(row, "DATACESSAZIONE").plusDays(1);
    rows.set(abano, withField(row, "DATACESSAZIONE", end.toString()));
    DataFileException e = archiveError(rows);
    // the rows' lines: the header is line 1
    assertEquals(dir.resolve("archive.csv") + ", line " + (terme + 2) + ": comune 028001 has two periods on " + end
        + ": 028001 ABANO (PD, " + date(row, "DATAISTITUZIONE") + ".." + end + ") at line " + (abano + 2)
        + " and 028001 ABANO TERME (PD, " + end + "..) at line " + (terme + 2), e.getMessage());
    assertEquals(terme + 2, e.line());
  }

  @Test
  void theRegion00_ofAComuneWhoseProvinceHasNoOneRegion_isRefusedWithItsLine() {
    // ANPR's region 00 is placed in the region of the province's other periods; Abano's province, Padova,
    // has none here once Abano Terme's row is in no region either.
    List<String> rows = rows();
    int line = 0;
    for (int i = 0; i < rows.size(); i++) {
      if (field(rows.get(i), "CODISTAT").equals("028001")) {
        rows.set(i, withField(rows.get(i), "IDREGIONE", "00"));
        line = line == 0 ? i + 2 : line; // the first of its rows is refused
      }
    }
    DataFileException e = archiveError(rows);
    assertTrue(e.getMessage().startsWith(dir.resolve("archive.csv") + ", line " + line + ": comune 028001 "),
        e.getMessage());
    assertTrue(e.getMessage().endsWith(" has region 00 and its province 028 has no region in the other periods:"
        + " its region is not known"), e.getMessage());
    assertEquals(line, e.line());
  }

  @Test
  void aPeriodOfOneDay_isAccepted() throws IOException {
    List<String> rows = rows();
    String row = rows.get(1);
    rows.set(1, withField(row, "DATACESSAZIONE", field(row, "DATAISTITUZIONE")));
    ItalyRegistry italy = load(rows, territories());
    LocalDate day = date(row, "DATAISTITUZIONE");
    assertEquals(day, italy.comune(IstatCode.parse(field(row, "CODISTAT")), day).validTo());
  }

  @Test
  void emptyNamesOfProvincesAndRegions_andAnEmptyAbbreviation_areRefused() {
    // An empty cell gave a province or region the name "", or a period the abbreviation "", without a word.
    String padova = listRow("Abano Terme");
    for (String[] spoilt : new String[][] {{"\"Padova\",\"PD\"", "\"\",\"PD\"", "province"},
        {"\"Padova\",\"PD\"", "\"Padova\",\" \"", "province_short"},
        {"\"Veneto\",\"5\"", "\"\",\"5\"", "region"}}) {
      List<String> list = new ArrayList<>(territories());
      list.set(1, padova.replace(spoilt[0], spoilt[1]));
      assertTrue(territoryError(list).getMessage().endsWith(", line 2: '" + spoilt[2] + "' is empty"),
          territoryError(list).getMessage());
    }
    assertTrue(archiveError("SIGLAPROVINCIA", " ").getMessage().endsWith(", line 3: 'SIGLAPROVINCIA' is empty"),
        archiveError("SIGLAPROVINCIA", " ").getMessage());
  }

  @Test
  void territoryList_badCodesWidthsAndContradictions_areRefused() {
    List<String> list = new ArrayList<>(territories());
    String header = list.get(0);
    list.set(0, header.replace("\"region_code\"", "\"regione\""));
    assertTrue(territoryError(list).getMessage().contains(", line 1: no column 'region_code' in the header ["));
    list = new ArrayList<>(territories());
    list.set(2, list.get(2) + ",\"1\"");
    assertTrue(territoryError(list).getMessage().endsWith(", line 3: expected 10 fields as in the header, found 11"));
    // A short row, too: it used to end in an IndexOutOfBoundsException, as the width was never checked.
    list = new ArrayList<>(territories());
    list.set(3, list.get(3).substring(0, list.get(3).lastIndexOf(',')));
    assertTrue(territoryError(list).getMessage().endsWith(", line 4: expected 10 fields as in the header, found 9"));
    String padova = listRow("Abano Terme");
    for (String code : new String[] {"", "0028", "2/", "2:", "x"}) {
      List<String> bad = new ArrayList<>(territories());
      bad.set(1, padova.replace(",\"28\",\"Padova\"", ",\"" + code + "\",\"Padova\""));
      assertTrue(territoryError(bad).getMessage()
          .endsWith(", line 2: 'province_code' must be 1 to 3 digits: '" + code + "'"), code);
    }
    List<String> region = new ArrayList<>(territories());
    region.set(1, padova.replace(",\"Veneto\",\"5\"", ",\"Veneto\",\"005\""));
    assertTrue(territoryError(region).getMessage().endsWith("'region_code' must be 1 to 2 digits: '005'"));
    List<String> twice = new ArrayList<>(territories());
    twice.add(padova.replace("\"Padova\",\"PD\"", "\"Padua\",\"PD\""));
    assertTrue(territoryError(twice).getMessage().endsWith(", line 6: province 028 is "
        + new Province("028", "Padova", "PD", "05") + " above but " + new Province("028", "Padua", "PD", "05")
        + " here"));
    List<String> renamed = new ArrayList<>(territories());
    renamed.add(padova.replace("\"Veneto\"", "\"Venezia Euganea\""));
    assertTrue(territoryError(renamed).getMessage()
        .endsWith(", line 6: region 05 is named 'Veneto' above but 'Venezia Euganea' here"));
  }

  @Test
  void territoryList_repeatingAProvinceOrRegionAlike_isAccepted() throws IOException {
    List<String> list = new ArrayList<>(territories());
    list.add(listRow("Agna"));
    list.add(listRow("Bolzano Vicentino"));
    ItalyRegistry italy = load(rows(), list);
    assertEquals("Padova", italy.province("028").orElseThrow().name());
    assertEquals("Vicenza", italy.province("024").orElseThrow().name());
    assertEquals("Veneto", italy.region("05").orElseThrow().name());
  }

  @Test
  void theEmbeddedRegistry_isLoadedOnce_andItsNamesOnFirstUse() {
    ItalyRegistry embedded = ItalyRegistry.embedded();
    assertSame(embedded, ItalyRegistry.embedded());
    ItalyRegistry fresh = ItalyRegistry.loadEmbedded();
    assertEquals(embedded.periods().size(), fresh.periods().size());
    String cremona = listRow("Cremona");
    String[] f = cremona.replace("\"", "").split(",");
    Province province = fresh.province("0" + f[2]).orElseThrow();
    assertEquals(f[3], province.name());
    assertEquals(f[4], province.abbreviation());
    assertSame(fresh.allProvinces(), fresh.allProvinces());
    assertEquals(f[5], fresh.region("0" + f[6]).orElseThrow().name());
    assertEquals("embedded " + ItalyRegistry.ARCHIVE_RESOURCE, fresh.source());
  }
}
