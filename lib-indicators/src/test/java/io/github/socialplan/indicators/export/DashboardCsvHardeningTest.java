package io.github.socialplan.indicators.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.socialplan.core.io.DataFileException;
import io.github.socialplan.core.io.TextInput;
import io.github.socialplan.core.population.Population;
import io.github.socialplan.core.territory.IstatCode;
import io.github.socialplan.core.territory.Partition;
import io.github.socialplan.core.territory.TerritoryKind;
import io.github.socialplan.core.testing.Generators;
import io.github.socialplan.core.testing.PropertyRuns;
import io.github.socialplan.indicators.dashboard.Dashboard;
import io.github.socialplan.indicators.dashboard.DashboardTable;
import io.github.socialplan.indicators.result.DisplayFormat;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.quicktheories.QuickTheory;
import org.quicktheories.core.Gen;

/**
 * The cruscotto CSV reader and writer against the faults an audit found: a megabyte of digits, bytes that
 * are not UTF-8, a byte order mark, rows that contradict themselves, and names holding a bare {@code \r}.
 */
class DashboardCsvHardeningTest {

  private static final String HEADER = String.join(",", DashboardExport.FIELDS) + "\n";

  @TempDir Path dir;

  /** Two comuni in one grouping with the given id; every row names it as territory or parent. */
  private static DashboardTable table(String group) {
    Population a = Population.builder("019001", 2014).male(0, 20).female(70, 39).male(30, 99).build();
    Population b = Population.builder("019002", 2014).male(70, 10).male(30, 10).female(5, 3).build();
    Partition p = Partition.builder("ambiti", TerritoryKind.PLANNING_DISTRICT)
        .assign(IstatCode.parse("019001"), group).assign(IstatCode.parse("019002"), group).build();
    return Dashboard.builder().levels(p).populations(List.of(a, b)).compute();
  }

  private static String csv(DashboardTable t, DisplayFormat format) {
    return ExportText.csv(t, format);
  }

  private static List<DashboardRecord> read(String csv) throws IOException {
    return DashboardCsvReader.read(new StringReader(csv), "cruscotto.csv");
  }

  /** The first data row of a small real export, as cells, to be spoiled one by one. */
  private static String[] firstRatioRow() {
    String[] lines = csv(table("ambito"), DisplayFormat.DEFAULT).split("\n");
    for (int i = 1; i < lines.length; i++) {
      String[] c = lines[i].split(",", -1);
      if (!c[9].isEmpty() && !c[10].isEmpty() && c[12].isEmpty()) {
        return c;
      }
    }
    throw new AssertionError("no ratio row");
  }

  private static String rowText(String[] cells) {
    return HEADER + String.join(",", cells) + "\n";
  }

  // Fault 1: a megabyte digit cell took seconds to parse and was then accepted.

  @Test
  void megabyteDigitCell_isRejected_namingLineAndColumn() {
    String[] c = firstRatioRow();
    c[9] = "9".repeat(1 << 20);
    DataFileException e = assertThrows(DataFileException.class, () -> read(rowText(c)));
    assertEquals(2, e.line());
    assertTrue(e.getMessage().startsWith("cruscotto.csv, line 2: column numerator: more than "
        + TextInput.MAX_CELL_LENGTH), e.getMessage());
  }

  @Test
  void numberLongerThanTheLimit_isRejectedBeforeParsing() {
    String[] c = firstRatioRow();
    c[9] = "1".repeat(TextInput.MAX_NUMBER_LENGTH + 1);
    DataFileException e = assertThrows(DataFileException.class, () -> read(rowText(c)));
    assertTrue(e.getMessage().startsWith("cruscotto.csv, line 2: column numerator: a number of 65 characters"),
        e.getMessage());
  }

  @Test
  void outOfRangeDecimal_isRejected() {
    String[] c = firstRatioRow();
    c[11] = "0." + "0".repeat(40) + "1";
    DataFileException e = assertThrows(DataFileException.class, () -> read(rowText(c)));
    assertTrue(e.getMessage().startsWith("cruscotto.csv, line 2: column multiplier: out of range"), e.getMessage());
  }

  // Fault 5 and 6: bytes that are not UTF-8, and a byte order mark.

  @Test
  void notUtf8_namesFileLineAndEncoding() throws IOException {
    String[] c = firstRatioRow();
    c[6] = "Indice di vecchiaia @";
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    for (byte b : rowText(c).getBytes(StandardCharsets.UTF_8)) {
      bytes.write(b == '@' ? 0xE0 : b);
    }
    Path f = dir.resolve("latin1.csv");
    Files.write(f, bytes.toByteArray());
    DataFileException e = assertThrows(DataFileException.class, () -> DashboardCsvReader.read(f));
    assertEquals(2, e.line());
    assertTrue(e.getMessage().startsWith(f + ", line 2: not valid UTF-8, the encoding expected"), e.getMessage());
  }

  @Test
  void byteOrderMark_isSkipped_inFilesAndText() throws IOException {
    String text = csv(table("ambito"), DisplayFormat.DEFAULT);
    Path f = dir.resolve("bom.csv");
    Files.write(f, ("\uFEFF" + text).getBytes(StandardCharsets.UTF_8));
    List<DashboardRecord> plain = read(text);
    assertEquals(plain, DashboardCsvReader.read(f));
    assertEquals(plain, read("\uFEFF" + text));
    String italian = csv(table("ambito"), DisplayFormat.italian());
    assertEquals(read(italian), read("\uFEFF" + italian));
  }

  // Fault 7: rows that contradict themselves were accepted.

  @Test
  void valueContradictingItsRatio_isRejected() throws IOException {
    String[] c = firstRatioRow();
    BigDecimal value = new BigDecimal(c[8]);
    // the untouched row reads; two steps of its last decimal away it is past either rounding of the ratio
    assertEquals(1, read(rowText(c)).size());
    c[8] = value.add(BigDecimal.valueOf(2).movePointLeft(value.scale())).toPlainString();
    DataFileException e = assertThrows(DataFileException.class, () -> read(rowText(c)));
    assertTrue(e.getMessage().startsWith("cruscotto.csv, line 2: column value: contradicts numerator × multiplier"
        + " / denominator = " + c[9] + " × " + c[11] + " / " + c[10]), e.getMessage());
  }

  @Test
  void valueWithAnUndefinedReason_isRejected() {
    String[] c = firstRatioRow();
    c[12] = "ZERO_DENOMINATOR";
    c[13] = "no residents";
    DataFileException e = assertThrows(DataFileException.class, () -> read(rowText(c)));
    assertTrue(e.getMessage().startsWith("cruscotto.csv, line 2: column value: must be empty in a row whose value"
        + " is undefined (ZERO_DENOMINATOR)"), e.getMessage());
  }

  @Test
  void rowWithNeitherValueNorReason_orHalfARatio_isRejected() {
    String[] c = firstRatioRow();
    c[8] = "";
    DataFileException e = assertThrows(DataFileException.class, () -> read(rowText(c)));
    assertTrue(e.getMessage().contains("column value: must not be empty without an undefined reason"),
        e.getMessage());
    String[] d = firstRatioRow();
    d[10] = "";
    e = assertThrows(DataFileException.class, () -> read(rowText(d)));
    assertTrue(e.getMessage().contains("column denominator: must be given with numerator"), e.getMessage());
    String[] z = firstRatioRow();
    z[10] = "0";
    e = assertThrows(DataFileException.class, () -> read(rowText(z)));
    assertTrue(e.getMessage().contains("column denominator: is zero but the value is not undefined"),
        e.getMessage());
  }

  // Fault 4: a name holding a bare \r was written unquoted and could not be read back.


  @Test
  void anyGroupName_readsBackUnchanged_inBothLayouts() {
    // A grouping id must not be blank, so a blank text gets a letter.
    Gen<String> names = Generators.awkwardText(12, true).map(s -> s.isBlank() ? s + "g" : s);
    QuickTheory.qt().withFixedSeed(4_2015L).withExamples(PropertyRuns.examples(200)).forAll(names).checkAssert(name -> {
      DashboardTable t = table(name);
      for (DisplayFormat f : new DisplayFormat[] {DisplayFormat.DEFAULT, DisplayFormat.italian()}) {
        List<DashboardRecord> back;
        try {
          back = read(csv(t, f));
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
        assertEquals(t.rows().size(), back.size());
        for (int i = 0; i < back.size(); i++) {
          assertEquals(t.rows().get(i).territory(), back.get(i).territory());
          assertEquals(t.rows().get(i).parent(), back.get(i).parent());
        }
        assertTrue(back.stream().anyMatch(r -> r.territory().equals(name)), name);
        assertTrue(back.stream().anyMatch(r -> r.parent().equals(Optional.of(name))), name);
      }
    });
  }

  @Test
  void bareCarriageReturn_inAName_isQuoted() throws IOException {
    String text = csv(table("a\rb"), DisplayFormat.DEFAULT);
    assertTrue(text.contains("\"a\rb\""), text);
    assertEquals("a\rb", read(text).stream().filter(r -> r.level() == 1).findFirst().orElseThrow().territory());
    // a name that starts with it too
    String first = csv(table("\rb"), DisplayFormat.DEFAULT);
    assertTrue(first.contains("\"\rb\""), first);
    assertEquals("\rb", read(first).stream().filter(r -> r.level() == 1).findFirst().orElseThrow().territory());
  }
}
