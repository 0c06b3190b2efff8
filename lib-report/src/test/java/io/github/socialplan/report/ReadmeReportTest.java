package io.github.socialplan.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.socialplan.core.io.PlanTableReader;
import io.github.socialplan.core.plan.Plan;
import io.github.socialplan.core.population.Population;
import io.github.socialplan.core.testing.ReferenceFiles;
import io.github.socialplan.report.chart.Charts;
import io.github.socialplan.report.chart.PyramidData;
import io.github.socialplan.report.chart.ReportChart;
import io.github.socialplan.report.html.HtmlReport;
import io.github.socialplan.report.html.StandardSections;
import java.nio.file.Files;
import java.nio.file.Path;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Runs README's report snippet and checks what it writes. */
class ReadmeReportTest {

  @TempDir
  Path target;

  @Test
  void readmeSnippet_writesAPyramidAndAReport() throws Exception {
    Population.Builder b = Population.builder("019036", 2024);
    for (int age = 0; age <= Population.MAX_AGE; age++) {
      b.male(age, 300 - 2 * age).female(age, 310 - 2 * age);
    }
    Population population = b.build();
    Plan plan = PlanTableReader.of("pdz-cremona-2015-2017", "Piano di Zona 2015-2017", "ambito-cremona")
        .read(ReferenceFiles.path("cremona-plan-2015-2017.csv"));
    Files.createDirectories(target.resolve("target"));
    Path svgFile = target.resolve("target/pyramid.svg");
    Path reportFile = target.resolve("target/reports/cremona.html");
    // --- README snippet starts
    ReportChart pyramid = Charts.populationPyramid(PyramidData.bands(population, PyramidData.fiveYearBands()),
        Language.ITALIAN);                                       // 21 bands x 2 sexes; Language.ENGLISH too
    Files.writeString(svgFile, pyramid.svg());                   // or pyramid.png(): same input, same bytes
    HtmlReport report = HtmlReport.builder("Ambito di Cremona", Language.ITALIAN)
        .section(StandardSections.planBudget(plan, Language.ITALIAN, "Piano di Zona 2015-2017, §5.6"))
        .build();
    report.write(reportFile);                                    // one file: CSS and SVG inline, no script
    // --- README snippet ends
    assertEquals(21 * 2, pyramid.items());
    assertTrue(Files.readString(svgFile).startsWith("<svg"));
    var doc = Jsoup.parse(reportFile.toFile());
    assertEquals("Ambito di Cremona", doc.select("h1").text());
    assertTrue(doc.select("p").eachText().stream().anyMatch(p -> p.contains("5.574.718,00")),
        "the one-euro gap of 2015 is stated");
  }
}
