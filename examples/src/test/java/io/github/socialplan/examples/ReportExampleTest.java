package io.github.socialplan.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.socialplan.report.Language;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

/**
 * The Cremona report's text content (not its bytes: charts and CSS may change their drawing) against a
 * committed expected file. To accept a change on purpose, run the test with {@code -Dsocialplan.golden=update}
 * and review the file's diff.
 */
class ReportExampleTest {

  private static final DataFolder DATA = DataFolder.locate();
  // The tests run in the project root (surefire's working directory), where README and data/ are.
  private static final Path GOLDEN = Path.of("examples/src/test/resources/golden/cremona-2015-2017.txt");

  /** One line per heading, paragraph, caption, table row (cells joined by " | "), figure caption, list item. */
  static String text(Document doc) {
    List<String> lines = new ArrayList<>();
    for (Element e : doc.select("h1, h2, p, caption, tr, figcaption, li")) {
      lines.add(e.tagName().equals("tr") ? String.join(" | ", e.children().stream().map(Element::text).toList())
          : e.text());
    }
    return String.join("\n", lines) + "\n";
  }

  @Test
  void cremonaReport_textMatchesTheGoldenFile() throws IOException {
    String actual = text(Jsoup.parse(ReportExample.cremona(DATA, Language.ITALIAN).html()));
    if ("update".equals(System.getProperty("socialplan.golden"))) {
      Files.createDirectories(GOLDEN.getParent());
      Files.writeString(GOLDEN, actual, StandardCharsets.UTF_8);
    }
    assertEquals(Files.readString(GOLDEN, StandardCharsets.UTF_8), actual,
        "the report's text changed; if on purpose, run with -Dsocialplan.golden=update and review the diff");
  }

  @Test
  void cremonaReport_showsThePublishedFiguresAsTheLibraryComputesThem() throws IOException {
    Document doc = Jsoup.parse(ReportExample.cremona(DATA, Language.ITALIAN).html());
    String text = text(doc);
    // The 2015 expenditure lines add up to one euro less than the published total: stated, not hidden.
    assertTrue(text.contains("Somma delle uscite | 5.574.718,00"), text);
    assertTrue(text.contains("Totale uscite pubblicato | 5.574.719,00"), text);
    assertTrue(text.contains("Squadratura 2015: le voci di uscita sommano a 5.574.718,00, il totale uscite "
        + "pubblicato è 5.574.719,00: differenza -1,00"), text);
    // 120 euro per capita from 19,084,183 euro over 158,529 residents, one decimal: 120.4.
    assertTrue(text.contains("Spesa sociale pro capite (euro) | 120,4"), text);
    assertEquals(5, doc.select("main > section").size());
    assertEquals(3 + 2, doc.select("figure svg").size(), "pyramid, revenues by fund, spending shares, two targets");
  }

  @Test
  void provinceReport_addsUpToTheProvincesResidents() throws IOException {
    Document doc = Jsoup.parse(ReportExample.province(DATA, Language.ITALIAN).html());
    long sum = 0;
    for (String[] row : AllExamplesTest.csv(CremonaProvinceExample.FILE).subList(1, 114)) {
      sum += Long.parseLong(row[7]);
    }
    assertEquals(114, doc.select("table").get(1).select("tr").size(), "header + 113 comuni");
    String expected = String.format(java.util.Locale.ITALY, "%,d", sum);
    assertTrue(text(doc).contains("Somma dei 113 comuni | ") && text(doc).contains(" | " + expected + "\n"),
        "total " + expected);
  }
}
