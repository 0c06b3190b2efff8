package io.github.socialplan.core.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.socialplan.core.io.PosasProblem.Kind;
import io.github.socialplan.core.population.Population;
import io.github.socialplan.core.population.Sex;
import io.github.socialplan.core.territory.IstatCode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every check of ISTAT's two older layouts, each on a file written here line by line in the layout that
 * {@code data/reference/real/posas-layouts.md} documents, with the message it must give: file, line and the
 * offending value. The counts are chosen so that the expected sums are simple to compute by hand: at age
 * {@code a} a comune has {@code a + offset} males (all celibi) and {@code 2a + offset} females (all nubili).
 */
class PosasLegacyReaderTest {

  private static final String NATIONAL_TITLE =
      "\"Popolazione residente al 1° Gennaio 2020 per sesso età (b) e stato civile post censimento (n)\"";
  private static final String NATIONAL_HEADER = String.join(",", PosasLegacyReader.HEADER);
  private static final String NOTE_B = "\"(b) Nota sintetica: età in anni compiuti.\"";
  private static final String NOTE_N = "\"(n) Nota sintetica: dati post censimento.\"";
  private static final String PROVINCE_TITLE = "Popolazione residente al 1° Gennaio 2018 per età sesso e stato civile";
  private static final String PROVINCE_LINE = "\"Provincia:\",\"Enna\",\"Codice Provincia:\",\"086\"";
  private static final String PROVINCE_HEADER = "\"" + String.join("\",\"", PosasLegacyReader.HEADER) + "\"";
  /** {@code [Codice comune, Denominazione, ...]}, as a list prints. */
  private static final String HEADER_LIST = PosasLegacyReader.HEADER.toString();

  @TempDir Path dir;

  /** A row of the national layout: codes as numbers, empty civil-union counts. */
  private static String nationalRow(String code, String name, String age, long males, long females) {
    return String.format(Locale.ROOT, "%s,%s,%s,%d,0,0,0,,,,%d,%d,0,0,0,,,,%d", code, name, age, males, males,
        females, females);
  }

  /** A row of the per-province layout: quoted code and name. */
  private static String provinceRow(String code, String name, String age, long males, long females) {
    return String.format(Locale.ROOT, "\"%s\",\"%s\",%s,%d,0,0,0,,,,%d,%d,0,0,0,,,,%d", code, name, age, males,
        males, females, females);
  }

  /** The 101 age rows and the total row of a comune in the national layout. */
  private static List<String> national(String code, String name, int offset) {
    List<String> rows = new ArrayList<>();
    for (int a = 0; a <= 100; a++) {
      rows.add(nationalRow(code, name, Integer.toString(a), a + offset, 2L * a + offset));
    }
    rows.add(nationalRow(code, name, "999", males(offset), females(offset)));
    return rows;
  }

  /** The 101 age rows and the Totale row of a comune in the per-province layout. */
  private static List<String> province(String code, String name, int offset) {
    List<String> rows = new ArrayList<>();
    for (int a = 0; a <= 100; a++) {
      rows.add(provinceRow(code, name, Integer.toString(a), a + offset, 2L * a + offset));
    }
    rows.add(provinceRow(code, name, "Totale", males(offset), females(offset)));
    return rows;
  }

  /** Sum over a = 0..100 of a + offset. */
  private static long males(int offset) {
    return 5050 + 101L * offset;
  }

  /** Sum over a = 0..100 of 2a + offset. */
  private static long females(int offset) {
    return 10_100 + 101L * offset;
  }

  private static List<String> lines(String... first) {
    return new ArrayList<>(List.of(first));
  }

  private Path write(List<String> lines) throws IOException {
    return TextFiles.write(dir, "legacy.csv", lines);
  }

  private DataFileException fails(PosasReader reader, List<String> lines) throws IOException {
    Path p = write(lines);
    return assertThrows(DataFileException.class, () -> reader.readAll(p));
  }

  private String failure(List<String> lines) throws IOException {
    return fails(PosasReader.of(), lines).getMessage();
  }

  private String file() {
    return dir.resolve("legacy.csv").toString();
  }

  // ---- files that read ----

  @Test
  void nationalFile_twoComuniAndNotes_readWithTheirCountsAndReport() throws IOException {
    List<String> lines = lines(NATIONAL_TITLE, NATIONAL_HEADER);
    lines.addAll(national("1001", "Agliè", 1));
    lines.addAll(national("1002", "Airasca", 7));
    lines.add(NOTE_B);
    lines.add(NOTE_N);
    PosasData data = PosasReader.of().readAll(write(lines));

    assertEquals(List.of("001001", "001002"), data.comuni().stream().map(c -> c.code().value()).toList());
    Population airasca = data.get(IstatCode.parse("001002")).orElseThrow().population();
    assertEquals("Airasca", data.comuni().get(1).name());
    assertEquals(2020, airasca.year());
    assertEquals(males(7), airasca.males());
    assertEquals(females(7), airasca.females());
    assertEquals(37 + 7, airasca.count(Sex.MALE, 37));
    assertEquals(2 * 100 + 7, airasca.count(Sex.FEMALE, 100));
    PosasReport report = data.report();
    assertEquals(2, report.comuni());
    assertEquals(204, report.dataRows());
    assertEquals(2020, report.year());
    assertTrue(report.isClean());
  }

  @Test
  void provinceFile_withUnquotedProvinciaLineAndCrlf_reads() throws IOException {
    List<String> lines = lines(PROVINCE_TITLE, "Provincia:,Enna,Codice Provincia:,086", PROVINCE_HEADER);
    lines.addAll(province("086001", "Agira", 3));
    Path p = dir.resolve("legacy.csv");
    Files.write(p, String.join("\r\n", lines).getBytes(StandardCharsets.UTF_8)); // and no final line end
    PosasData data = PosasReader.of().readAll(p);
    Population agira = data.comuni().get(0).population();
    assertEquals(2018, agira.year());
    assertEquals(males(3), agira.males());
    assertEquals(females(3), agira.females());
    assertEquals(102, data.report().dataRows());
  }

  @Test
  void provinceFile_withAComuneOfAnotherProvince_isRefused() throws IOException {
    List<String> lines = lines(PROVINCE_TITLE, PROVINCE_LINE, PROVINCE_HEADER);
    lines.addAll(province("086001", "Agira", 3));
    lines.addAll(province("019036", "Cremona", 4));
    Path p = dir.resolve("mixed.csv");
    Files.write(p, lines, StandardCharsets.UTF_8);
    DataFileException e = assertThrows(DataFileException.class, () -> PosasReader.of().readAll(p));
    assertEquals(p + ", line " + (4 + 102) + ": comune 019036 (Cremona) is not of province 086, which line 2"
        + " (Provincia:,Enna,Codice Provincia:,086) names", e.getMessage());
  }

  @Test
  void nationalHeaderQuotedOrInAnotherCase_isRecognisedAndAccepted() throws IOException {
    String quoted = "\"" + String.join("\",\" ", PosasLegacyReader.HEADER).toUpperCase(Locale.ROOT) + "\"";
    List<String> lines = lines(NATIONAL_TITLE, quoted);
    lines.addAll(national("1001", "Agliè", 0));
    assertEquals(PosasLayout.NATIONAL_2019, PosasLayout.detect(write(lines)));
    assertEquals(males(0), PosasReader.of().readAll(write(lines)).comuni().get(0).population().males());
  }

  @Test
  void titleWithoutYear_takesWithYear_orFailsAskingForIt() throws IOException {
    List<String> lines = lines("\"Popolazione residente per sesso ed età\"", NATIONAL_HEADER);
    lines.addAll(national("1001", "Agliè", 0));
    assertEquals(2019, PosasReader.of().withYear(2019).readAll(write(lines)).report().year());
    assertEquals(file() + ", line 1: the title line does not say 'al 1° gennaio YYYY'; give the year with"
        + " withYear: 'Popolazione residente per sesso ed età'", failure(lines));
  }

  @Test
  void titleYear_mustMatchWithYear() throws IOException {
    List<String> lines = lines(NATIONAL_TITLE, NATIONAL_HEADER);
    lines.addAll(national("1001", "Agliè", 0));
    assertEquals(2020, PosasReader.of().withYear(2020).readAll(write(lines)).report().year());
    assertEquals(file() + ", line 1: the title says 1 January 2020 but the reader was asked for 2021: '"
        + NATIONAL_TITLE.replace("\"", "") + "'", fails(PosasReader.of().withYear(2021), lines).getMessage());
  }

  // ---- the problems of a comune: the same kinds as the current layout ----

  @Test
  void missingTotalRow_beforeTheNotes_orAtTheEnd_orBeforeTheNextComune_namesWhatFollows() throws IOException {
    List<String> agliè = national("1001", "Agliè", 1);
    agliè.remove(101); // its 999 row: its rows are lines 3-103
    List<String> beforeNotes = lines(NATIONAL_TITLE, NATIONAL_HEADER);
    beforeNotes.addAll(agliè);
    beforeNotes.add(NOTE_B); // line 104
    DataFileException e = fails(PosasReader.of(), beforeNotes);
    assertEquals(file() + ", lines 3-103: comune 001001 (Agliè) is incomplete: no 999 total row (line 104 is a"
        + " note)", e.getMessage());
    assertEquals(104, e.line());

    List<String> atEnd = lines(NATIONAL_TITLE, NATIONAL_HEADER);
    atEnd.addAll(agliè);
    assertEquals(file() + ", lines 3-103: comune 001001 (Agliè) is incomplete: no 999 total row (the file ends"
        + " at line 103)", failure(atEnd));

    List<String> aidone = province("086002", "Aidone", 1);
    aidone.remove(101);
    List<String> beforeNext = lines(PROVINCE_TITLE, PROVINCE_LINE, PROVINCE_HEADER);
    beforeNext.addAll(aidone); // lines 4-104
    beforeNext.addAll(province("086003", "Assoro", 2));
    assertEquals(file() + ", lines 4-104: comune 086002 (Aidone) is incomplete: no Totale total row (line 105"
        + " starts comune 086003)", failure(beforeNext));

    PosasData skipped = PosasReader.of().withPolicy(ProblemPolicy.SKIP).readAll(write(beforeNext));
    assertEquals(List.of("086003"), skipped.comuni().stream().map(c -> c.code().value()).toList());
    assertEquals(1, skipped.report().comuni());
    PosasProblem p = skipped.report().problems().get(0);
    assertEquals(EnumSet.of(Kind.MISSING_TOTAL_ROW), p.kinds());
    assertEquals(4, p.firstLine());
    assertEquals(104, p.lastLine());
    assertEquals(203, skipped.report().dataRows());
  }

  @Test
  void missingAgeAndTotalRow_areBothNamed() throws IOException {
    List<String> rows = province("086001", "Agira", 0);
    rows.remove(101);
    rows.remove(100); // age 100
    rows.remove(0); // age 0: rows of ages 1..99 on lines 4-102
    List<String> lines = lines(PROVINCE_TITLE, PROVINCE_LINE, PROVINCE_HEADER);
    lines.addAll(rows);
    assertEquals(file() + ", lines 4-102: comune 086001 (Agira) is incomplete: ages 0, 100 missing; no Totale"
        + " total row (the file ends at line 102)", failure(lines));
  }

  @Test
  void totalRowThatDisagrees_namesBothSexesSumsAndItsLine() throws IOException {
    for (int sex = 0; sex < 2; sex++) {
      List<String> rows = national("1001", "Agliè", 0);
      rows.set(101, nationalRow("1001", "Agliè", "999", males(0) + (sex == 0 ? 1 : 0),
          females(0) + (sex == 1 ? 2 : 0)));
      List<String> lines = lines(NATIONAL_TITLE, NATIONAL_HEADER);
      lines.addAll(rows); // lines 3-104
      lines.addAll(national("1002", "Airasca", 0)); // from line 105
      DataFileException e = fails(PosasReader.of(), lines);
      assertEquals(file() + ", lines 3-104: comune 001001 (Agliè) does not add up: ages add up to 5050 males"
          + " and 10100 females, the 999 row at line 104 says " + (5050 + (sex == 0 ? 1 : 0)) + " and "
          + (10_100 + (sex == 1 ? 2 : 0)), e.getMessage());
      assertEquals(105, e.line()); // where the comune was seen to end
      PosasProblem p = PosasReader.of().withPolicy(ProblemPolicy.SKIP).readAll(write(lines)).report()
          .problems().get(0);
      assertEquals(EnumSet.of(Kind.TOTALS_MISMATCH), p.kinds());
    }
  }

  @Test
  void maritalStatusNotAddingUp_namesTheFirstSuchRow_andFailsThere() throws IOException {
    List<String> rows = national("1001", "Agliè", 0);
    rows.set(10, "1001,Agliè,10,9,0,0,0,,,,10,20,0,0,0,,,,20"); // line 13: 9 celibi, 10 males
    rows.set(20, "1001,Agliè,20,20,0,0,0,,,,20,39,0,0,0,,,,40"); // line 23
    List<String> lines = lines(NATIONAL_TITLE, NATIONAL_HEADER);
    lines.addAll(rows);
    lines.add(NOTE_B);
    DataFileException e = fails(PosasReader.of(), lines);
    assertEquals(file() + ", lines 3-104: comune 001001 (Agliè) does not add up: at line 13 (age 10) males by"
        + " marital status add up to 9, 'Totale Maschi' is 10; females 20, 'Totale Femmine' 20", e.getMessage());
    assertEquals(13, e.line());
    PosasProblem p = PosasReader.of().withPolicy(ProblemPolicy.SKIP).readAll(write(lines)).report().problems()
        .get(0);
    assertEquals(EnumSet.of(Kind.ROW_SUM_MISMATCH), p.kinds());
    assertEquals("lines 3-104: comune 001001 (Agliè) does not add up: at line 13 (age 10) males by marital"
        + " status add up to 9, 'Totale Maschi' is 10; females 20, 'Totale Femmine' 20", p.message());
  }

  @Test
  void femalesByMaritalStatusNotAddingUp_areFoundToo() throws IOException {
    List<String> rows = province("086001", "Agira", 0);
    rows.set(5, "\"086001\",\"Agira\",5,5,0,0,0,,,,5,4,1,0,1,,,,10"); // 4 + 1 + 1 = 6 nubili etc., 10 total
    List<String> lines = lines(PROVINCE_TITLE, PROVINCE_LINE, PROVINCE_HEADER);
    lines.addAll(rows);
    assertTrue(failure(lines).endsWith("does not add up: at line 9 (age 5) males by marital status add up to 5,"
        + " 'Totale Maschi' is 5; females 6, 'Totale Femmine' 10"), failure(lines));
  }

  // ---- malformed rows: always fail, naming line and value ----

  @Test
  void rowsOfAComuneSplitByAnother_fail() throws IOException {
    List<String> lines = lines(NATIONAL_TITLE, NATIONAL_HEADER);
    lines.addAll(national("1001", "Agliè", 0));
    lines.addAll(national("1002", "Airasca", 0));
    lines.add(nationalRow("1001", "Agliè", "5", 1, 1)); // line 207
    DataFileException e = fails(PosasReader.of().withPolicy(ProblemPolicy.SKIP), lines);
    assertEquals(file() + ", line 207: rows of comune 001001 (Agliè) are not consecutive: it appeared before, at"
        + " line 3", e.getMessage());
  }

  @Test
  void nameChangingWithinAComune_fails() throws IOException {
    List<String> rows = national("1001", "Agliè", 0);
    rows.set(4, nationalRow("1001", "Aglie", "4", 4, 8)); // line 7
    List<String> lines = lines(NATIONAL_TITLE, NATIONAL_HEADER);
    lines.addAll(rows);
    assertEquals(file() + ", line 7: comune 001001 is named 'Agliè' at line 3 but 'Aglie' here", failure(lines));
  }

  @Test
  void secondTotalRow_orAgeAfterTheTotalRow_orRepeatedAge_fail() throws IOException {
    List<String> second = lines(PROVINCE_TITLE, PROVINCE_LINE, PROVINCE_HEADER);
    second.addAll(province("086001", "Agira", 0)); // Totale at line 105
    second.add(provinceRow("086001", "Agira", "totale", 0, 0));
    assertEquals(file() + ", line 106: comune 086001 has a second total row; the first is at line 105",
        failure(second));

    List<String> after = lines(NATIONAL_TITLE, NATIONAL_HEADER);
    after.addAll(national("1001", "Agliè", 0)); // 999 at line 104
    after.add(nationalRow("1001", "Agliè", "7", 0, 0));
    assertEquals(file() + ", line 105: comune 001001 has an age row after its total row at line 104",
        failure(after));

    List<String> repeated = lines(NATIONAL_TITLE, NATIONAL_HEADER);
    repeated.addAll(national("1001", "Agliè", 0));
    repeated.set(2 + 9, nationalRow("1001", "Agliè", "8", 8, 16)); // line 12 repeats age 8 of line 11
    assertEquals(file() + ", line 12: comune 001001 has age 8 twice: at line 11 and here", failure(repeated));
  }

  @Test
  void agesOutsideZeroTo100_orNotNumbers_fail() throws IOException {
    for (String age : List.of("101", "1000", "abc", "-1", "5a", "1:")) {
      List<String> rows = national("1001", "Agliè", 0);
      rows.set(3, nationalRow("1001", "Agliè", age, 3, 6)); // line 6
      List<String> lines = lines(NATIONAL_TITLE, NATIONAL_HEADER);
      lines.addAll(rows);
      assertEquals(file() + ", line 6: 'Età' must be 0..100 or the total row: '" + age + "'", failure(lines), age);
    }
  }

  @Test
  void countsThatAreNotCounts_fail_andEmptyCountsAreZero() throws IOException {
    for (String count : List.of("x", "-3", "1234567890", "3.0", "/", ":")) {
      List<String> rows = national("1001", "Agliè", 0);
      rows.set(3, "1001,Agliè,3," + count + ",0,0,0,,,,3,6,0,0,0,,,,6"); // line 6
      List<String> lines = lines(NATIONAL_TITLE, NATIONAL_HEADER);
      lines.addAll(rows);
      assertEquals(file() + ", line 6: 'Maschi celibi' is not a count: '" + count + "'", failure(lines), count);
    }
    // the largest count of nine digits is read; the row's total then disagrees with the ages
    List<String> rows = national("1001", "Agliè", 0);
    rows.set(3, "1001,Agliè,3,999999999,,,,,,,999999999,,,,,,,,0");
    List<String> lines = lines(NATIONAL_TITLE, NATIONAL_HEADER);
    lines.addAll(rows);
    assertEquals(file() + ", lines 3-104: comune 001001 (Agliè) does not add up: ages add up to 1000005046 males"
        + " and 10094 females, the 999 row at line 104 says 5050 and 10100", failure(lines));
  }

  @Test
  void anEmptySexTotal_isRefused_notReadAsZero() throws IOException {
    // Age 3 with no female cell at all, and a 999 row without its 6 females: everything adds up, yet the
    // count is missing, not 0. The layout leaves empty only the counts that do not apply (civil unions).
    List<String> rows = national("1001", "Agliè", 0);
    rows.set(3, "1001,Agliè,3,3,0,0,0,,,,3,,,,,,,,"); // line 6
    rows.set(101, nationalRow("1001", "Agliè", "999", males(0), females(0) - 6));
    List<String> lines = lines(NATIONAL_TITLE, NATIONAL_HEADER);
    lines.addAll(rows);
    assertEquals(file() + ", line 6: 'Totale Femmine' is empty", failure(lines));
    rows.set(3, "1001,Agliè,3,,,,,,,,,6,0,0,0,,,,6");
    rows.set(101, nationalRow("1001", "Agliè", "999", males(0) - 3, females(0)));
    lines = lines(NATIONAL_TITLE, NATIONAL_HEADER);
    lines.addAll(rows);
    assertEquals(file() + ", line 6: 'Totale Maschi' is empty", failure(lines));
  }

  @Test
  void badCodes_failInEachLayout() throws IOException {
    for (String code : List.of("0", "1234567", "1x01")) {
      List<String> lines = lines(NATIONAL_TITLE, NATIONAL_HEADER);
      lines.add(nationalRow(code, "Agliè", "0", 0, 0));
      assertEquals(file() + ", line 3: 'Codice comune' is not an ISTAT comune code (1 to 6 digits, not 0): '"
          + code + "'", failure(lines), code);
    }
    List<String> lines = lines(PROVINCE_TITLE, PROVINCE_LINE, PROVINCE_HEADER);
    lines.add(provinceRow("86001", "Agira", "0", 0, 0));
    assertEquals(file() + ", line 4: 'Codice comune' must be six digits in the per-province layout: '86001'",
        failure(lines));
  }

  @Test
  void rowsWithTooFewOrTooManyFields_fail_whileShortTextLinesAreNotes() throws IOException {
    List<String> few = lines(NATIONAL_TITLE, NATIONAL_HEADER);
    few.addAll(national("1001", "Agliè", 0));
    few.add("1002,Airasca,5");
    assertEquals(file() + ", line 105: expected 19 fields separated by ',', found 3: [1002, Airasca, 5]",
        failure(few));

    List<String> many = lines(NATIONAL_TITLE, NATIONAL_HEADER);
    many.add(nationalRow("1001", "Agliè", "0", 0, 0) + ",0");
    assertTrue(failure(many).startsWith(file() + ", line 3: expected 19 fields separated by ',', found 20: [1001,"
        + " Agliè, 0, 0,"), failure(many));

    // nineteen fields that do not start with a code are a row, not a note
    List<String> notACode = lines(NATIONAL_TITLE, NATIONAL_HEADER);
    notACode.add(nationalRow("Nota", "Agliè", "0", 0, 0));
    assertEquals(file() + ", line 3: 'Codice comune' is not an ISTAT comune code (1 to 6 digits, not 0): 'Nota'",
        failure(notACode));
  }

  @Test
  void aRowAfterTheNotes_failsNamingTheFirstNote() throws IOException {
    List<String> lines = lines(NATIONAL_TITLE, NATIONAL_HEADER);
    lines.addAll(national("1001", "Agliè", 0));
    lines.add(NOTE_B); // line 105
    lines.add(NOTE_N); // line 106
    lines.add(nationalRow("1002", "Airasca", "0", 1, 1));
    DataFileException e = fails(PosasReader.of(), lines);
    assertTrue(e.getMessage().startsWith(file() + ", line 107: a comune row after the notes at line 105: [1002,"
        + " Airasca, 0, 1,"), e.getMessage());
    assertEquals(107, e.line());
  }

  // ---- title, Provincia line and header ----

  @Test
  void provinceFile_withoutItsProvinciaLineAfterTheTitle_fails() throws IOException {
    List<String> lines = lines(PROVINCE_TITLE, "\"Regione:\",\"Sicilia\"", PROVINCE_LINE, PROVINCE_HEADER);
    assertEquals(file() + ", line 2: expected the line \"Provincia:\",<name>,\"Codice Provincia:\",<code> after"
        + " the title, found [Regione:, Sicilia]", failure(lines));

    // only a Provincia line, taken as the title: nothing follows it
    List<String> alone = lines(PROVINCE_LINE);
    assertEquals(file() + ", line 1: expected the line \"Provincia:\",<name>,\"Codice Provincia:\",<code> after"
        + " the title, found null", fails(PosasReader.of().withYear(2018), alone).getMessage());
  }

  @Test
  void wrongOrMissingHeader_failsNamingTheLayout() throws IOException {
    List<String> province = lines(PROVINCE_TITLE, PROVINCE_LINE,
        PROVINCE_HEADER.replace("\"Maschi vedovi\"", "\"Maschi vedovi o vedove\""));
    province.addAll(province("086001", "Agira", 0));
    String expected = HEADER_LIST.replace("Maschi vedovi,", "Maschi vedovi o vedove,");
    assertEquals(file() + ", line 3: wrong header for the per-province (up to 2018) layout: expected " + HEADER_LIST
        + ", found " + expected, failure(province));

    List<String> national = lines(NATIONAL_TITLE,
        NATIONAL_HEADER.substring(0, NATIONAL_HEADER.lastIndexOf(',')));
    national.addAll(national("1001", "Agliè", 0));
    assertTrue(failure(national).startsWith(file() + ", line 2: wrong header for the 2019-2020 national layout:"
        + " expected " + HEADER_LIST + ", found [Codice comune,"), failure(national));

    List<String> none = lines(PROVINCE_TITLE, PROVINCE_LINE);
    assertEquals(file() + ", line 2: wrong header for the per-province (up to 2018) layout: expected " + HEADER_LIST
        + ", found null", failure(none));
  }

  @Test
  void headerWithoutRows_fails() throws IOException {
    assertEquals(file() + ", line 2: no comune rows after the header",
        failure(lines(NATIONAL_TITLE, NATIONAL_HEADER)));
    DataFileException e = fails(PosasReader.of(), lines(NATIONAL_TITLE, NATIONAL_HEADER, NOTE_B, NOTE_N));
    assertEquals(file() + ", line 4: no comune rows after the header", e.getMessage());
  }

  // ---- recognising the layout ----

  @Test
  void unrecognisedFirstLine_isShownWhole_upTo200Characters() throws IOException {
    String exact = "x".repeat(200);
    Path p = dir.resolve("other.csv");
    Files.writeString(p, exact + "\n1;2\n", StandardCharsets.UTF_8);
    DataFileException e = assertThrows(DataFileException.class, () -> PosasReader.of().readAll(p));
    assertTrue(e.getMessage().endsWith("first line: '" + exact + "'"), e.getMessage());

    Files.writeString(p, exact + "yz\n1;2\n", StandardCharsets.UTF_8);
    e = assertThrows(DataFileException.class, () -> PosasReader.of().readAll(p));
    assertTrue(e.getMessage().endsWith("first line: '" + exact + "...'"), e.getMessage());
  }

  @Test
  void onlyTheFirstThreeLinesDecideTheLayout() throws IOException {
    // a Provincia line as the fourth line does not make a file of the per-province layout
    Path p = dir.resolve("other.csv");
    Files.writeString(p, "tabella\nanno;valore\n2018;1\n" + PROVINCE_LINE + "\n", StandardCharsets.UTF_8);
    DataFileException e = assertThrows(DataFileException.class, () -> PosasReader.of().readAll(p));
    assertEquals(p + ", line 1: layout not recognised as one of ISTAT's population files by age and sex (since"
        + " 2021, 2019-2020 national, up to 2018 per province); first line: 'tabella'", e.getMessage());
  }

  @Test
  void olderLayouts_readInPartsOnSeveralThreads_areReadAsOnOne() throws IOException {
    List<String> lines = lines(NATIONAL_TITLE, NATIONAL_HEADER);
    for (int i = 1; i <= 6; i++) {
      lines.addAll(national(Integer.toString(1000 + i), "Comune " + i, i));
    }
    lines.add(NOTE_B);
    Path p = write(lines);
    List<Long> males = new ArrayList<>();
    PosasReport report = PosasReader.of().withParallelism(4).withMinChunkBytes(1)
        .read(p, c -> c.population().males(), males::add);
    assertEquals(6, report.comuni());
    assertEquals(List.of(males(1), males(2), males(3), males(4), males(5), males(6)), males);
  }

  @Test
  void aLineOfSpaces_isReadAsAnEmptyLine_notAsANote_asInTheCurrentLayout() throws IOException {
    for (boolean perProvince : new boolean[] {false, true}) {
      List<String> rows = new ArrayList<>(perProvince ? province("086001", "Agira", 1) : national("1001", "Agliè", 1));
      rows.addAll(perProvince ? province("086002", "Aidone", 2) : national("1002", "Airasca", 2));
      List<String> spaced = new ArrayList<>(rows);
      spaced.add(50, " \t ");  // inside the first comune
      spaced.add(103, "   ");  // between the two comuni
      List<String> empty = new ArrayList<>(rows);
      empty.add(50, "");
      empty.add(103, "");
      List<String> head = perProvince ? lines(PROVINCE_TITLE, PROVINCE_LINE, PROVINCE_HEADER)
          : lines(NATIONAL_TITLE, NATIONAL_HEADER);
      List<String> withSpaces = new ArrayList<>(head);
      withSpaces.addAll(spaced);
      List<String> withEmpty = new ArrayList<>(head);
      withEmpty.addAll(empty);
      PosasData fromEmpty = PosasReader.of().readAll(write(withEmpty));
      PosasData fromSpaces = PosasReader.of().readAll(write(withSpaces));
      assertEquals(2, fromSpaces.comuni().size());
      assertEquals(fromEmpty.comuni(), fromSpaces.comuni());
      assertEquals(fromEmpty.report().problems(), fromSpaces.report().problems());
      assertEquals(fromEmpty.report().dataRows(), fromSpaces.report().dataRows());
    }
  }
}
