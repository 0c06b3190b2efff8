package io.github.socialplan.core.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.socialplan.core.territory.IstatCode;
import io.github.socialplan.core.testing.ReferenceFiles;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ComuniListReaderTest {

  private static final Path PROVINCE = ReferenceFiles.path("real/cremona-province-comuni-2022.csv");
  private static final Path ZONA = ReferenceFiles.path("real/cremona-zona-omogenea-47-comuni-2022.csv");

  private static final ComuniListReader PROVINCE_COLUMNS = ComuniListReader
      .columns("municipality_code", "municipality", "population", "population_F", "population_M");
  private static final ComuniListReader ZONA_COLUMNS = ComuniListReader
      .columns("istat_code", "municipality", "population_2022", "population_F", "population_M")
      .withTotalRow("name_in_list", "TOTAL");

  private static final String HEADER = "code,name,total,F,M";
  private static final ComuniListReader SIMPLE = ComuniListReader.columns("code", "name", "total", "F", "M");

  @TempDir Path dir;

  private Path write(String... lines) throws IOException {
    return TextFiles.write(dir, "comuni.csv", lines);
  }

  @Test
  void cremonaProvince_113Comuni_addUpTo351654_theTotalItsSourceLineQuotes() throws IOException {
    List<String> lines = Files.readAllLines(PROVINCE, StandardCharsets.UTF_8);
    Matcher m = Pattern.compile("the (\\d+) province total").matcher(lines.get(0));
    assertTrue(m.find(), lines.get(0));
    long quoted = Long.parseLong(m.group(1));

    ComuniList province = PROVINCE_COLUMNS.read(PROVINCE);

    assertEquals(113, province.comuni().size());
    assertEquals(quoted, province.total());
    assertEquals(351_654, province.total()); // the figure the source line quotes
    assertEquals(province.total(), province.females() + province.males());
    assertFalse(province.publishedTotal().isPresent());
  }

  @Test
  void cremonaProvince_codesStoredAsNumbers_getTheirLeadingZeroBack() throws IOException {
    // line 3: "Acquanegra Cremonese","19001",...,"1123","585","538"
    String[] first = Files.readAllLines(PROVINCE, StandardCharsets.UTF_8).get(2).replace("\"", "").split(",");
    ComuneResidents c = PROVINCE_COLUMNS.read(PROVINCE).comuni().get(0);
    assertEquals(IstatCode.parse("0" + first[1]), c.code());
    assertEquals(first[0], c.name());
    assertEquals(Long.parseLong(first[7]), c.total());
    assertEquals(Long.parseLong(first[8]), c.females());
    assertEquals(Long.parseLong(first[9]), c.males());
  }

  @Test
  void zonaOmogenea_47Comuni_addUpToItsTotalRow() throws IOException {
    List<String> lines = Files.readAllLines(ZONA, StandardCharsets.UTF_8);
    String[] totalRow = lines.get(lines.size() - 1).split(",");
    assertEquals("TOTAL", totalRow[0]);

    ComuniList zona = ZONA_COLUMNS.read(ZONA);

    assertEquals(47, zona.comuni().size());
    assertEquals(Long.parseLong(totalRow[3]), zona.total());
    assertEquals(Long.parseLong(totalRow[4]), zona.females());
    assertEquals(Long.parseLong(totalRow[5]), zona.males());
    assertEquals(153_582, zona.total()); // the figure data/reference/real/README.md quotes
    assertEquals(zona.total(), zona.publishedTotal().getAsLong());
    assertTrue(zona.get(IstatCode.parse("019036")).isPresent(), "Cremona itself");
  }

  @Test
  void zonaOmogenea_allComuniAreInTheProvinceList_withTheSameFigures() throws IOException {
    ComuniList province = PROVINCE_COLUMNS.read(PROVINCE);
    for (ComuneResidents c : ZONA_COLUMNS.read(ZONA).comuni()) {
      assertEquals(province.get(c.code()).orElseThrow(), c);
    }
  }

  @Test
  void totalRowThatDiffers_failsNamingItsLineAndBothFigures() throws IOException {
    List<String> lines = Files.readAllLines(ZONA, StandardCharsets.UTF_8);
    lines.set(lines.size() - 1, lines.get(lines.size() - 1).replace("153582", "153583"));
    Path p = write(lines.toArray(new String[0]));
    DataFileException e = assertThrows(DataFileException.class, () -> ZONA_COLUMNS.read(p));
    assertEquals(p + ", line " + lines.size() + ": the total row says 153583 residents but the 47 comuni add up"
        + " to 153582 (a difference of -1)", e.getMessage());
    assertEquals(lines.size(), e.line());
  }

  @Test
  void totalRowMissing_failsWhenExpected() throws IOException {
    Path p = write("name_in_list,istat_code,municipality,population_2022,population_F,population_M",
        "\"Annicco\",019003,\"Annicco\",1983,977,1006");
    DataFileException e = assertThrows(DataFileException.class, () -> ZONA_COLUMNS.read(p));
    assertEquals(p + ": no total row: no row with 'TOTAL' in column 'name_in_list'", e.getMessage());
  }

  @Test
  void totalRowWithoutAnyCount_fails_ratherThanLeavingTheListUnchecked() throws IOException {
    // The reader was asked to check the comuni against the file's total; a total row of empty cells checked
    // nothing, and the list read as if it had been checked.
    Path p = write("name_in_list,istat_code,municipality,population_2022,population_F,population_M",
        "\"Annicco\",019003,\"Annicco\",1983,977,1006", "TOTAL,,,,,");
    DataFileException e = assertThrows(DataFileException.class, () -> ZONA_COLUMNS.read(p));
    assertEquals(p + ", line 3: the total row gives no count: 'population_2022', 'population_F' and"
        + " 'population_M' are all empty", e.getMessage());
    assertEquals(3, e.line());
  }

  @Test
  void rowAfterTheTotalRow_fails() throws IOException {
    Path p = write("name_in_list,istat_code,municipality,population_2022,population_F,population_M",
        "TOTAL,,,1983,,", "\"Annicco\",019003,\"Annicco\",1983,977,1006");
    DataFileException e = assertThrows(DataFileException.class, () -> ZONA_COLUMNS.read(p));
    assertEquals(p + ", line 3: a comune row after the total row at line 2: [Annicco, 019003, Annicco, 1983, 977,"
        + " 1006]", e.getMessage());
  }

  @Test
  void aColumnNamedTwice_isRefused_ratherThanTheFirstTaken() throws IOException {
    // Two years side by side under one name: which 'total' is meant cannot be told.
    Path p = write("code,name,total,F,M,total", "1,A,3,1,2,5");
    DataFileException e = assertThrows(DataFileException.class, () -> SIMPLE.read(p));
    assertEquals(p + ", line 1: column 'total' appears twice in the header [code, name, total, F, M, total]"
        + " (columns 3 and 6)", e.getMessage());
    Path partition = write("code,group,group", "1,a,b");
    e = assertThrows(DataFileException.class, () -> PartitionReader.columns("code", "group").read(partition, "x",
        io.github.socialplan.core.territory.TerritoryKind.SUB_DISTRICT));
    assertEquals(partition + ", line 1: column 'group' appears twice in the header [code, group, group]"
        + " (columns 2 and 3)", e.getMessage());
  }

  @Test
  void missingColumn_failsNamingItAndTheHeader() throws IOException {
    Path p = write("# a comment", "code,name,total,females,M", "1,A,3,1,2");
    DataFileException e = assertThrows(DataFileException.class, () -> SIMPLE.read(p));
    assertEquals(p + ", line 2: no column 'F' in the header [code, name, total, females, M]", e.getMessage());
  }

  @Test
  void nonNumericCount_failsNamingLineComuneAndValue() throws IOException {
    Path p = write(HEADER, "19001,Acquanegra Cremonese,1123,585,538", "19002,Agnadello,3.842,1894,1948");
    DataFileException e = assertThrows(DataFileException.class, () -> SIMPLE.read(p));
    assertEquals(p + ", line 3: comune 019002 (Agnadello): 'total' is not a whole number: '3.842'", e.getMessage());
  }

  /**
   * Eleven valid rows of 999,999,999,999,999,999 residents each (18 digits, the longest count accepted): their
   * sum passes Long.MAX_VALUE. Before the fix the list was accepted with a negative total.
   */
  @Test
  void totalPastTheLimitOfALong_isRefusedAtTheRowThatPassesIt() throws IOException {
    String[] rows = new String[12];
    rows[0] = HEADER;
    for (int i = 1; i <= 11; i++) {
      rows[i] = String.format(java.util.Locale.ROOT, "%d,Comune %d,999999999999999999,499999999999999999,"
          + "500000000000000000", 19000 + i, i);
    }
    Path p = write(rows);
    DataFileException e = assertThrows(DataFileException.class, () -> SIMPLE.read(p));
    assertEquals(p + ", line 11: comune 019010 (Comune 10): its 999999999999999999 residents take the total of"
        + " the comuni so far, 8999999999999999991, past 9223372036854775807", e.getMessage());
    // nine rows stay below the limit and add up exactly
    Path nine = write(java.util.Arrays.copyOf(rows, 10));
    assertEquals(9 * 999_999_999_999_999_999L, SIMPLE.read(nine).total());
  }

  @Test
  void negativeCount_fails() throws IOException {
    Path p = write(HEADER, "19001,Acquanegra Cremonese,1123,-585,538");
    DataFileException e = assertThrows(DataFileException.class, () -> SIMPLE.read(p));
    assertEquals(p + ", line 2: comune 019001 (Acquanegra Cremonese): 'F' is negative: -585", e.getMessage());
  }

  @Test
  void femalesPlusMalesNotTotal_fails() throws IOException {
    Path p = write(HEADER, "19001,Acquanegra Cremonese,1124,585,538");
    DataFileException e = assertThrows(DataFileException.class, () -> SIMPLE.read(p));
    assertEquals(p + ", line 2: comune 019001 (Acquanegra Cremonese): 'F' + 'M' = 585 + 538 = 1123, not 'total'"
        + " 1124", e.getMessage());
  }

  @Test
  void comuneListedTwice_failsNamingBothLines() throws IOException {
    Path p = write(HEADER, "19001,A,3,1,2", "19002,B,3,1,2", "019001,A again,3,1,2");
    DataFileException e = assertThrows(DataFileException.class, () -> SIMPLE.read(p));
    assertEquals(p + ", line 4: comune 019001 (A again) listed twice, first at line 2", e.getMessage());
  }

  @Test
  void badCode_fails() throws IOException {
    Path p = write(HEADER, "1900X,A,3,1,2");
    DataFileException e = assertThrows(DataFileException.class, () -> SIMPLE.read(p));
    assertEquals(p + ", line 2: 'code' is not an ISTAT comune code (1 to 6 digits, not 0): '1900X'",
        e.getMessage());
  }

  @Test
  void wrongNumberOfFields_fails() throws IOException {
    Path p = write(HEADER, "19001,A,3,1");
    DataFileException e = assertThrows(DataFileException.class, () -> SIMPLE.read(p));
    assertEquals(p + ", line 2: expected 5 fields as in the header, found 4: [19001, A, 3, 1]", e.getMessage());
  }

  @Test
  void emptyFile_andHeaderOnly_fail() throws IOException {
    Path empty = dir.resolve("empty.csv");
    Files.write(empty, new byte[0]);
    DataFileException e = assertThrows(DataFileException.class, () -> SIMPLE.read(empty));
    assertEquals(empty + ": empty file: no header naming the columns", e.getMessage());

    Path headerOnly = write(HEADER);
    e = assertThrows(DataFileException.class, () -> SIMPLE.read(headerOnly));
    assertEquals(headerOnly + ", line 1: no comuni after the header", e.getMessage());
  }

  @Test
  void unclosedQuote_failsWithALine() throws IOException {
    Path p = write(HEADER, "19001,A,3,1,2", "19002,\"B,3,1,2");
    DataFileException e = assertThrows(DataFileException.class, () -> SIMPLE.read(p));
    assertEquals(p + ", line 3: not readable as CSV: Missing closing quote for value (found at line 4)",
        e.getMessage());
  }

  @Test
  void semicolonsBomCrlfAndQuotes_areRead() throws IOException {
    String text = "\uFEFF# source\r\n\"code\";\"name\";\"total\";\"F\";\"M\"\r\n\r\n"
        + "\"019036\";\"Cremona\";\"71000\";\"37000\";\"34000\"\r\n";
    ComuniList list = SIMPLE.withSeparator(';')
        .read(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), "semicolons");
    assertEquals(List.of(new ComuneResidents(IstatCode.parse("019036"), "Cremona", 71_000, 37_000, 34_000)),
        list.comuni());
    assertEquals("semicolons", list.source());
  }

  @Test
  void arguments_areChecked() {
    NullPointerException npe = assertThrows(NullPointerException.class,
        () -> ComuniListReader.columns("c", "n", null, "f", "m"));
    assertEquals("total", npe.getMessage());
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> SIMPLE.withSeparator('"'));
    assertEquals("separator must not be a quote, letter or digit: '\"'", e.getMessage());
    e = assertThrows(IllegalArgumentException.class,
        () -> new ComuneResidents(IstatCode.parse("019036"), "Cremona", 10, 4, 5));
    assertEquals("residents of comune 019036 (Cremona) must be >= 0 with females + males = total: 4 + 5 against"
        + " 10", e.getMessage());
  }
}
