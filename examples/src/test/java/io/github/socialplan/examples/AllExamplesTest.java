package io.github.socialplan.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Runs every example into a captured stream and checks that the published figures of the reference files
 * appear where they belong, each marked as matching. The expected figures are read from the files here,
 * with a plain line split independent of the examples' own reading, and formatted with
 * {@code String.format(Locale.ROOT, "%,d")}, independent of their formatting.
 */
class AllExamplesTest {

  private static final DataFolder DATA = DataFolder.locate();

  interface Example {
    void print(PrintStream out, DataFolder data) throws IOException;
  }

  static String run(Example example) throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (PrintStream out = new PrintStream(bytes, true, StandardCharsets.UTF_8)) {
      example.print(out, DATA);
    }
    return bytes.toString(StandardCharsets.UTF_8);
  }

  /** The data lines of a simple reference CSV (no quoted commas before the columns used), split on commas. */
  static List<String[]> csv(String name) throws IOException {
    List<String[]> rows = new ArrayList<>();
    for (String line : Files.readAllLines(DATA.reference(name), StandardCharsets.UTF_8)) {
      if (!line.startsWith("#") && !line.isBlank()) {
        rows.add(line.replace("\"", "").split(",", -1));
      }
    }
    return rows;
  }

  static String[] csvRow(String name, String first) throws IOException {
    for (String[] r : csv(name)) {
      if (r[0].equals(first)) {
        return r;
      }
    }
    throw new AssertionError("no row " + first + " in " + name);
  }

  static String column(String name, String first, String column) throws IOException {
    List<String> header = Arrays.asList(csv(name).get(0));
    int i = header.indexOf(column);
    assertTrue(i >= 0, column + " in " + header);
    return csvRow(name, first)[i];
  }

  static String fact(String name) throws IOException {
    return column(CremonaPlanExample.FACTS, name, "value");
  }

  static String grouped(long n) {
    return String.format(Locale.ROOT, "%,d", n);
  }

  static String euros(BigDecimal amount) {
    return String.format(Locale.ROOT, "%,.2f", amount.setScale(2, RoundingMode.UNNECESSARY));
  }

  /** The text from a section's heading line to the next heading or the end. */
  static String section(String out, String heading) {
    int from = out.indexOf(heading);
    assertTrue(from >= 0, "no section '" + heading + "' in\n" + out);
    int to = out.indexOf("\n\n", from);
    return to < 0 ? out.substring(from) : out.substring(from, to);
  }

  /** The cells (split on two or more spaces) of the first line of {@code text} that starts with {@code label}. */
  static List<String> cells(String text, String label) {
    for (String line : text.split("\n")) {
      if (line.trim().startsWith(label)) {
        return Arrays.asList(line.trim().split("\\s{2,}"));
      }
    }
    throw new AssertionError("no line '" + label + "' in\n" + text);
  }

  @Test
  void allExamples_printEverySection_andNoFigureDiffers() throws IOException {
    String out = run(AllExamples::print);
    assertFalse(out.contains("DIFFERS"), out);
    for (String heading : List.of("1. Demographic indicators", "2. Social spending", "3. Transfers",
        "4. Resources", "5. The plan 2015-2017", "== Provincia di Cremona", "== A fund distributed",
        "== ISTAT POSAS")) {
      section(out, heading);
    }
  }

  @Test
  void main_printsTheSameAsPrint() throws IOException {
    PrintStream saved = System.out;
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (PrintStream capture = new PrintStream(bytes, true, StandardCharsets.UTF_8)) {
      System.setOut(capture);
      AllExamples.main(new String[0]);
    } finally {
      System.setOut(saved);
    }
    assertEquals(run(AllExamples::print), bytes.toString(StandardCharsets.UTF_8));
  }

  @Test
  void cremonaPlan_demographicTable_showsThePublishedTotaleAmbitoRow() throws IOException {
    String table = section(run(CremonaPlanExample::print), "1. Demographic indicators");
    List<String> header = Arrays.asList(csv(CremonaPlanExample.DEMOGRAPHIC).get(0));
    String[] published = csvRow(CremonaPlanExample.DEMOGRAPHIC, "Totale Ambito");
    for (var indicator : CremonaPlanExample.FROM_BANDS) {
      String value = published[header.indexOf(indicator.id())];
      assertEquals(List.of(indicator.italianName(), value, value, "ok"),
          cells(table, indicator.italianName()).subList(0, 4), indicator.id());
    }
    assertTrue(table.contains(grouped(Long.parseLong(csvRow(CremonaPlanExample.BANDS, "total")[3])) + " residents"),
        table);
  }

  @Test
  void cremonaPlan_spending_showsThePublished2012Figures() throws IOException {
    String table = section(run(CremonaPlanExample::print), "2. Social spending");
    assertEquals(List.of("120.4", fact("per_capita_social_spending_2012"), fact("per_capita_social_spending_2012"),
        "ok"), cells(table, "per-capita social spending").subList(1, 5));
    String associated = column(CremonaPlanExample.SPENDING, "Totale Ambito Distrettuale di Cremona", "pct_associated");
    // 18.7 before rounding
    assertEquals(List.of("18.7", associated, associated, "ok"), cells(table, "% of spending").subList(1, 5));
    String perUser = grouped(Long.parseLong(column(CremonaPlanExample.SERVICES, "Totale Ambito",
        "municipal_spending_per_user")));
    assertEquals(List.of(perUser, perUser, "ok"), cells(table, "municipal spending per user").subList(2, 5));
    String copay = column(CremonaPlanExample.SERVICES, "Totale Ambito", "pct_copayment");
    assertEquals(List.of(copay, copay, "ok"), cells(table, "co-payment incidence").subList(2, 5));
    String perWorker = grouped(Long.parseLong(fact("residents_per_social_worker")));
    assertEquals(List.of(perWorker, perWorker, "ok"), cells(table, "residents per social worker").subList(2, 5));
  }

  private static void assertTotals(String table, String file, String totalRow, String linesLabel) throws IOException {
    String[] total = csvRow(file, totalRow);
    List<String> expected = new ArrayList<>();
    for (int c = 1; c < total.length; c++) {
      expected.add(euros(new BigDecimal(total[c])));
    }
    assertEquals(expected, cells(table, "published " + totalRow).subList(1, total.length));
    assertEquals(expected, cells(table, linesLabel).subList(1, total.length));
    assertEquals(List.of("ok", "ok", "ok"), cells(table, "match").subList(1, total.length));
  }

  @Test
  void cremonaPlan_transfersAndResources_addUpToThePublishedTotals_withTheYearOnYearChanges() throws IOException {
    String out = run(CremonaPlanExample::print);
    String transfers = section(out, "3. Transfers");
    assertTotals(transfers, CremonaPlanExample.TRANSFERS, "Totale", "total of the fund lines");
    String[] t = csvRow(CremonaPlanExample.TRANSFERS, "Totale");
    List<String> changes = cells(transfers, "change of the total");
    for (int c = 2; c < t.length; c++) {
      BigDecimal before = new BigDecimal(t[c - 1]);
      BigDecimal change = new BigDecimal(t[c]).subtract(before).multiply(BigDecimal.valueOf(100))
          .divide(before, 1, RoundingMode.HALF_UP);
      assertEquals((change.signum() > 0 ? "+" : "") + change.toPlainString() + " %", changes.get(c - 1));
    }
    assertTotals(section(out, "4. Resources"), CremonaPlanExample.RESOURCES, "Totale", "total of the lines");
  }

  @Test
  void cremonaPlan_balance_reportsThe2015OneEuroGap_andBalances2016And2017() throws IOException {
    String table = section(run(CremonaPlanExample::print), "5. The plan 2015-2017");
    BigDecimal lines = BigDecimal.ZERO;
    BigDecimal published = null;
    for (String[] r : csv(CremonaPlanExample.PLAN)) {
      // the label may hold a quoted comma; the 2015 amount is the third cell from the end
      if (r[0].equals("expenditure")) {
        lines = lines.add(new BigDecimal(r[r.length - 3]));
      } else if (r[0].equals("total_expenditure")) {
        published = new BigDecimal(r[r.length - 3]);
      }
    }
    String sentence = "2015: expenditure lines add up to " + lines.setScale(2).toPlainString()
        + ", published total expenditure is " + published.setScale(2).toPlainString() + ": difference "
        + lines.subtract(published).setScale(2).toPlainString();
    assertTrue(table.contains("gap " + sentence), sentence + "\n" + table);
    assertEquals(new BigDecimal("-1.00"), lines.subtract(published).setScale(2));
    assertEquals(List.of("balance check", "2 gap(s)", "balanced", "balanced"), cells(table, "balance check"));
  }

  @Test
  void cremonaProvince_113Comuni_addUpToThePublished351654() throws IOException {
    String out = run(CremonaProvinceExample::print);
    List<String[]> rows = csv(CremonaProvinceExample.FILE);
    List<String> header = Arrays.asList(rows.get(0));
    int population = header.indexOf("population");
    long sum = 0;
    String largest = null;
    long largestCount = -1;
    for (String[] r : rows.subList(1, rows.size())) {
      long n = Long.parseLong(r[population]);
      sum += n;
      if (n > largestCount) {
        largestCount = n;
        largest = r[header.indexOf("municipality")];
      }
    }
    Matcher m = Pattern.compile("the (\\d+) province total")
        .matcher(Files.readAllLines(DATA.reference(CremonaProvinceExample.FILE)).get(0));
    assertTrue(m.find());
    assertEquals(Long.parseLong(m.group(1)), sum);
    assertEquals(351_654, sum); // the figure the source line quotes
    assertTrue(out.contains((rows.size() - 1) + " comuni read"), out);
    assertEquals(grouped(sum), cells(out, "sum of the comuni").get(3));
    assertEquals(List.of(grouped(sum), "ok"), cells(out, "published provincial total").subList(1, 3));
    List<String> top = cells(section(out, "The 5 largest comuni"), largest);
    assertEquals(grouped(largestCount), top.get(4));
  }

  @Test
  void quotaCapitaria_47Comuni_pay751015point98_andTheBlendAddsUpToTheFund() throws IOException {
    String out = run(QuotaCapitariaExample::print);
    String[] total = csvRow(QuotaCapitariaExample.FILE, QuotaCapitariaExample.TOTAL_ROW);
    long residents = Long.parseLong(total[3]);
    BigDecimal quota = new BigDecimal(fact("quota_capitaria")).multiply(BigDecimal.valueOf(residents));
    assertEquals(new BigDecimal("751015.98"), quota); // the figure README quotes
    assertEquals(List.of("total", grouped(residents), euros(quota), euros(QuotaCapitariaExample.FUND.amount())),
        cells(out, "total").subList(0, 4));
    assertTrue(out.contains("approximates the Ambito di Cremona"), out);
    assertTrue(out.contains("check (a): the parts add up to " + euros(quota)), out);
    assertTrue(out.contains("check (b): the parts add up to the fund, " + euros(QuotaCapitariaExample.FUND.amount())
        + ": ok"), out);
    assertEquals(47, csv(QuotaCapitariaExample.FILE).size() - 2);
  }

  @Test
  void posas_abanoTermeComplete_withItsTotalsAndOldAgeIndex_abbadiaCerretoReportedIncomplete() throws IOException {
    String out = run(PosasExample::print);
    long[] total999 = null;
    long children = 0;
    long elderly = 0;
    for (String line : Files.readAllLines(DATA.reference(PosasExample.FILE), StandardCharsets.UTF_8)) {
      String[] c = line.replace("\"", "").split(";");
      if (c.length == 6 && c[1].equals("Abano Terme")) {
        int age = Integer.parseInt(c[2]);
        long all = Long.parseLong(c[5]);
        if (age == 999) {
          total999 = new long[] {Long.parseLong(c[3]), Long.parseLong(c[4]), all};
        } else if (age <= 14) {
          children += all;
        } else if (age >= 65) {
          elderly += all;
        }
      }
    }
    assertEquals(20_464, total999[2]); // the figure README quotes, with 9,777 M and 10,687 F
    String oldAge = BigDecimal.valueOf(elderly * 100).divide(BigDecimal.valueOf(children), 1, RoundingMode.HALF_UP)
        .toPlainString();
    assertEquals(List.of("Abano Terme", "028001", grouped(total999[0]), grouped(total999[1]), grouped(total999[2]),
        oldAge), cells(out, "Abano Terme").subList(0, 6));
    List<String> leftOut = cells(out, "left out, incomplete:");
    assertTrue(leftOut.get(0).contains("(Abbadia Cerreto) is incomplete"), leftOut.toString());
    assertTrue(out.contains("complete comuni: 1, left out: 1"), out);
  }
}
