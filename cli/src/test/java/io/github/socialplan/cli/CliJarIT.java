package io.github.socialplan.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import io.github.socialplan.core.italy.ItalyRegistry;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.NumberFormat;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import java.util.Locale;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;

/** The command line run as a user would: the built jar, a separate process, files and standard input. */
class CliJarIT {

  private static final ObjectMapper JSON = new ObjectMapper()
      .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
      .setNodeFactory(JsonNodeFactory.withExactBigDecimals(true));

  /** Data lines of a CSV file: no '#' comment lines, no header. */
  /** Residents aged 0-14 and 65 and over, from the POSAS file's own rows whose code cell matches. */
  private static long[] youngAndOld(Path posas, Predicate<String> codeCell) throws Exception {
    long young = 0;
    long old = 0;
    for (String[] f : rows(posas, ";")) {
      if (f.length < 6 || !codeCell.test(f[0])) {
        continue;
      }
      int age = Integer.parseInt(f[2]);
      long total = Long.parseLong(f[5]);
      if (age <= 14) {
        young += total;
      } else if (age >= 65 && age <= 100) {
        old += total;
      }
    }
    return new long[] {young, old};
  }

  private static List<String[]> rows(Path file, String separator) throws Exception {
    List<String[]> rows = new ArrayList<>();
    boolean header = true;
    for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
      if (line.startsWith("#") || line.isBlank()) {
        continue;
      }
      if (header) {
        header = false;
        continue;
      }
      rows.add(line.split(separator, -1));
    }
    return rows;
  }

  @Test
  void indicators_ofThePosasSample_matchItsAgeCounts() throws Exception {
    Path posas = Path.of("data/reference/real/posas-2025-sample.csv");
    Processes.Result r = Processes.socialplan(null, "indicators", posas.toString(), "--skip-incomplete",
        "--format", "json");
    assertEquals(0, r.exitCode(), r.err());
    assertTrue(r.err().contains("Abbadia Cerreto"), "the incomplete comune is reported: " + r.err());
    // The old-age index of Abano Terme from the file's own rows: residents 65+ per 100 aged 0-14.
    long[] youngOld = youngAndOld(posas, code -> code.equals("\"028001\""));
    long young = youngOld[0];
    long old = youngOld[1];
    JsonNode row = null;
    for (JsonNode n : JSON.readTree(r.out()).get("rows")) {
      if (n.get("territory").asText().equals("028001") && n.get("indicator").asText().equals("old_age_index")) {
        row = n;
      }
    }
    assertTrue(row != null, r.out());
    assertEquals(old, row.get("numerator").asLong());
    assertEquals(young, row.get("denominator").asLong());
    assertEquals(BigDecimal.valueOf(old * 100).divide(BigDecimal.valueOf(young), 1, RoundingMode.HALF_UP),
        row.get("value").decimalValue());
    JsonNode doc = JSON.readTree(r.out());
    assertFalse(doc.get("rows").findValuesAsText("territory").contains("098001"), "the incomplete comune has no row");
    // ... and is listed as skipped, as on standard error
    assertEquals("098001", doc.at("/skipped/0/code").asText(), r.out());
    assertEquals(1, doc.get("skipped").size(), r.out());
  }

  @Test
  void indicators_csvByProvince_hasAProvinceRow() throws Exception {
    Processes.Result r = Processes.socialplan(null, "indicators", "data/reference/real/posas-2025-sample.csv",
        "--skip-incomplete", "--level", "province", "--format", "csv");
    assertEquals(0, r.exitCode(), r.err());
    assertTrue(r.out().startsWith("year,level,kind,territory,parent,indicator,"), r.out());
    assertTrue(r.out().contains(",province-028,"), r.out());
  }

  @Test
  void allocate_100000EurosOverThe47Comuni_addsUpToTheTotal() throws Exception {
    List<String[]> comuni = rows(Path.of("data/reference/real/cremona-zona-omogenea-47-comuni-2022.csv"), ",");
    StringBuilder weights = new StringBuilder();
    comuni.removeIf(c -> c[0].equals("TOTAL")); // the file's closing total row
    for (String[] c : comuni) {
      weights.append(weights.length() == 0 ? "" : ",").append('"').append(c[1]).append("\":").append(c[3]);
    }
    String request = "{\"total\":100000.00,\"weights\":{" + weights + "}}";
    Processes.Result r = Processes.socialplan(request, "allocate");
    assertEquals(0, r.exitCode(), r.err());
    JsonNode lines = JSON.readTree(r.out()).get("lines");
    assertEquals(47, lines.size());
    BigDecimal sum = BigDecimal.ZERO;
    for (JsonNode l : lines) {
      assertEquals(2, l.get("amount").decimalValue().scale(), "amounts in cents: " + l);
      sum = sum.add(l.get("amount").decimalValue());
    }
    assertEquals(new BigDecimal("100000.00"), sum);
  }

  @Test
  void balance_ofTheCremonaPlan_reportsThe2015Gap() throws Exception {
    Path plan = Path.of("data/reference/cremona-plan-2015-2017.csv");
    long expenditureLines = 0;
    long publishedExpenditure = 0;
    for (String[] f : rows(plan, ",(?=(?:[^\"]*\"[^\"]*\")*[^\"]*$)")) {
      if (f[0].equals("expenditure")) {
        expenditureLines += Long.parseLong(f[2]);
      } else if (f[0].equals("total_expenditure")) {
        publishedExpenditure = Long.parseLong(f[2]);
      }
    }
    Processes.Result r = Processes.socialplan(null, "balance", plan.toString());
    assertEquals(0, r.exitCode(), r.err());
    JsonNode y2015 = JSON.readTree(r.out()).get("years").get(0);
    assertEquals(2015, y2015.get("year").asInt());
    assertFalse(y2015.get("balanced").asBoolean());
    BigDecimal gap = BigDecimal.valueOf(expenditureLines - publishedExpenditure).setScale(2);
    assertEquals(new BigDecimal("-1.00"), gap, "the published one-euro gap");
    boolean found = false;
    for (JsonNode g : y2015.get("gaps")) {
      found |= g.get("kind").asText().equals("EXPENDITURE_LINES_VS_PUBLISHED_TOTAL")
          && g.get("difference").decimalValue().compareTo(gap) == 0;
    }
    assertTrue(found, r.out());
  }

  @Test
  void invalidInput_exits1_withTheErrorBodyOnStderr() throws Exception {
    Processes.Result r = Processes.socialplan("{\"total\":100000.001,\"weights\":{\"a\":1}}", "allocate");
    assertEquals(1, r.exitCode());
    assertEquals("", r.out());
    JsonNode body = JSON.readTree(r.err());
    assertEquals("$.total", body.get("path").asText());
    assertTrue(body.get("problem").asText().contains("at most 2 decimals"), r.err());
    assertEquals(1, body.get("line").asInt());
    assertEquals("100000.001", body.get("value").asText());
  }

  @Test
  void validate_acceptsAPlanTable_andRejectsABadPlan() throws Exception {
    Processes.Result ok = Processes.socialplan(null, "validate", "data/reference/cremona-plan-2015-2017.csv",
        "--type", "plan-table");
    assertEquals(0, ok.exitCode(), ok.err());
    assertEquals("{\"valid\":true,\"type\":\"plan-table\"}", ok.out().trim());
    Processes.Result bad = Processes.socialplan("{\"id\":123}", "validate", "--type", "plan");
    assertEquals(1, bad.exitCode());
    assertEquals("$.id", JSON.readTree(bad.err()).get("path").asText());
  }

  @Test
  void usageErrors_exit2_andEveryCommandHasHelp() throws Exception {
    assertEquals(2, Processes.socialplan(null, "allocate", "--no-such-option").exitCode());
    assertEquals(2, Processes.socialplan(null, "validate", "x.json").exitCode(), "--type is required");
    assertEquals(2, Processes.socialplan(null, "no-such-command").exitCode());
    assertEquals(2, Processes.socialplan(null, "report").exitCode(), "report needs plan or cruscotto");
    assertEquals(2, Processes.socialplan(null, "report", "plan", "--language", "fr").exitCode());
    for (String command : new String[] {"indicators", "allocate", "quota", "transition", "reallocate", "copayment", "balance",
        "validate", "report", "report plan", "report cruscotto",
        "serve"}) {
      List<String> args = new ArrayList<>(List.of(command.split(" ")));
      args.add("--help");
      Processes.Result help = Processes.socialplan(null, args.toArray(String[]::new));
      assertEquals(0, help.exitCode(), command);
      assertTrue(help.out().startsWith("Usage: socialplan " + command), help.out());
    }
  }

  /** The text of an HTML file as a reader sees it (no markup, no CSS, no SVG). */
  private static String text(Path html) throws Exception {
    return Jsoup.parse(html.toFile(), "UTF-8").body().text();
  }

  private static String italian(BigDecimal amount, int decimals) {
    NumberFormat f = NumberFormat.getNumberInstance(Locale.ITALY);
    f.setMinimumFractionDigits(decimals);
    f.setMaximumFractionDigits(decimals);
    f.setRoundingMode(RoundingMode.HALF_UP);
    return f.format(amount);
  }

  @Test
  void outputs_areTheSameUnderAnyDefaultLocale() throws Exception {
    // a user's shell may run Java in Italian (decimal comma), Arabic or Hindi (other digits): the CSV, the
    // JSON and the report's numbers are the library's, whatever the default locale
    Path plan = Path.of("data/plans/cremona-pdz-2015-2017.json");
    Path posas = Path.of("data/reference/real/posas-2025-sample.csv");
    List<String[]> commands = List.of(
        new String[] {"indicators", posas.toString(), "--skip-incomplete", "--format", "csv"},
        new String[] {"indicators", posas.toString(), "--skip-incomplete", "--level", "province", "--format", "json"},
        new String[] {"balance", "data/reference/cremona-plan-2015-2017.csv"},
        new String[] {"report", "plan", plan.toString()});
    List<List<String>> locales = List.of(List.of("-Duser.language=it", "-Duser.country=IT"),
        List.of("-Duser.language=ar", "-Duser.country=EG"), List.of("-Duser.language=fr", "-Duser.country=FR"));
    for (String[] command : commands) {
      Processes.Result reference = Processes.socialplanWith(List.of("-Duser.language=en", "-Duser.country=US"),
          null, command);
      assertEquals(0, reference.exitCode(), reference.err());
      for (List<String> locale : locales) {
        Processes.Result r = Processes.socialplanWith(locale, null, command);
        assertEquals(0, r.exitCode(), r.err());
        assertTrue(reference.out().equals(r.out()), String.join(" ", command) + " under " + locale
            + " differs from en-US; lines only under " + locale + ": " + r.out().lines()
            .filter(l -> !reference.out().lines().toList().contains(l)).limit(5).toList());
      }
    }
    // the report plan's charts label their years, 2012 ..., in ASCII digits under Arabic settings too
    Processes.Result arabic = Processes.socialplanWith(List.of("-Duser.language=ar", "-Duser.country=EG"), null,
        "report", "plan", plan.toString());
    assertTrue(arabic.out().contains(">2012</text>"), "a chart's year label 2012");
  }

  @Test
  void reportPlan_writesTheBudgetWithTheOneEuroGap() throws Exception {
    Path csv = Path.of("data/reference/cremona-plan-2015-2017.csv");
    Path out = Files.createTempDirectory("socialplan-report").resolve("plan.html");
    Processes.Result r = Processes.socialplan(null, "report", "plan", csv.toString(), "-o", out.toString());
    assertEquals(0, r.exitCode(), r.err());
    assertEquals("", r.out(), "the report goes to the file");
    // the 2015 expenditure lines and the published total, from the file's own rows
    BigDecimal lines = BigDecimal.ZERO;
    BigDecimal published = null;
    for (String[] f : rows(csv, ",")) {
      // kind,line,2015,2016,2017 (a quoted line may hold a comma: count from the end)
      if (f[0].equals("expenditure")) {
        lines = lines.add(new BigDecimal(f[f.length - 3]));
      } else if (f[0].equals("total_expenditure")) {
        published = new BigDecimal(f[f.length - 3]);
      }
    }
    String text = text(out);
    assertTrue(Files.readString(out).startsWith("<!DOCTYPE html>"), "an HTML document");
    assertTrue(text.contains(italian(lines, 2)) && text.contains(italian(published, 2)), text);
    assertTrue(text.contains("differenza " + italian(lines.subtract(published), 2)), text);
    Processes.Result english = Processes.socialplan(null, "report", "plan", csv.toString(), "--language", "en",
        "--title", "Cremona 2015-2017");
    assertEquals(0, english.exitCode(), english.err());
    String stdout = Jsoup.parse(english.out()).text();
    assertTrue(stdout.startsWith("Cremona 2015-2017"), stdout);
    assertTrue(stdout.contains(String.format(Locale.UK, "%,.2f", lines)), stdout);
  }

  @Test
  void reportCruscotto_writesTheProvinceProfile_andRejectsAnUnknownTerritory() throws Exception {
    Path posas = Path.of("data/reference/real/posas-2025-sample.csv");
    Path out = Files.createTempDirectory("socialplan-report").resolve("cruscotto.html");
    Processes.Result r = Processes.socialplan(null, "report", "cruscotto", posas.toString(), "--skip-incomplete",
        "--level", "province", "--territory", "province-028", "-o", out.toString());
    assertEquals(0, r.exitCode(), r.err());
    // the file holds 1 of the province's comuni: the province has no value and no pyramid, and says why
    long padova = ItalyRegistry.embedded().validOn(LocalDate.of(2025, 1, 1)).stream()
        .filter(c -> c.provinceCode().equals("028")).count();
    String text = text(out);
    assertTrue(text.contains("province-028"), text);
    assertTrue(text.contains((padova - 1) + " of its " + padova + " comuni have no population"), text);
    assertFalse(Files.readString(out).contains("<svg"), "no pyramid of a part drawn as the province's");
    // the comune: the old-age index from the file's own rows, 65+ per 100 aged 0-14, and its pyramid
    Processes.Result comune = Processes.socialplan(null, "report", "cruscotto", posas.toString(),
        "--skip-incomplete", "--territory", "028001", "-o", out.toString());
    assertEquals(0, comune.exitCode(), comune.err());
    long[] youngOld = youngAndOld(posas, code -> code.startsWith("\"028"));
    long young = youngOld[0];
    long old = youngOld[1];
    text = text(out);
    assertTrue(text.contains(italian(BigDecimal.valueOf(old * 100).divide(BigDecimal.valueOf(young), 10,
        RoundingMode.HALF_UP), 1)), text);
    assertTrue(Files.readString(out).contains("<svg"), "the pyramid is drawn inline");
    Processes.Result bad = Processes.socialplan(null, "report", "cruscotto", posas.toString(), "--skip-incomplete",
        "--territory", "999999", "-o", out.toString() + ".bad");
    assertEquals(1, bad.exitCode());
    assertTrue(JSON.readTree(bad.err().lines().filter(l -> l.startsWith("{")).findFirst().orElseThrow())
        .get("problem").asText().contains("no territory 999999"), bad.err());
    assertFalse(Files.exists(Path.of(out + ".bad")), "nothing is written on an error");
    // a year the file does not have: refused, not an empty report titled with that year
    Processes.Result noYear = Processes.socialplan(null, "report", "cruscotto", posas.toString(),
        "--skip-incomplete", "--year", "2024", "-o", out.toString() + ".2024");
    assertEquals(1, noYear.exitCode(), noYear.err());
    assertTrue(JSON.readTree(noYear.err().lines().filter(l -> l.startsWith("{")).findFirst().orElseThrow())
        .get("problem").asText().endsWith(": no indicators of 2024; the file's years are [2025]"), noYear.err());
    assertFalse(Files.exists(Path.of(out + ".2024")), "nothing is written on an error");
  }
}
