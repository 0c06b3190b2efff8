package io.github.socialplan.examples;

import io.github.socialplan.core.io.PosasComune;
import io.github.socialplan.core.io.PosasData;
import io.github.socialplan.core.io.PosasProblem;
import io.github.socialplan.core.io.PosasReader;
import io.github.socialplan.core.io.ProblemPolicy;
import io.github.socialplan.core.population.Population;
import io.github.socialplan.indicators.demography.DemographicIndicators;
import io.github.socialplan.indicators.demography.DemographicProfile;
import io.github.socialplan.indicators.result.IndicatorValue;
import java.io.IOException;
import java.io.PrintStream;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * ISTAT's population by single year of age and sex (POSAS, "Popolazione residente per età e sesso al 1°
 * gennaio") read with {@link PosasReader} from the real sample {@code data/reference/real/posas-2025-sample.csv}:
 * the complete comuni with their totals, old-age index and mean age, and the comuni the reader reports as
 * incomplete (here Abbadia Cerreto, cut off at age 91) instead of accepting them.
 *
 * <pre>{@code
 * PosasExample.print(System.out, DataFolder.locate());
 * }</pre>
 */
public final class PosasExample {

  static final String FILE = "real/posas-2025-sample.csv";

  private PosasExample() {}

  /**
   * Prints the example to standard output.
   *
   * @param args ignored
   * @throws IOException if the file cannot be read
   */
  public static void main(String[] args) throws IOException {
    print(System.out, DataFolder.locate());
  }

  /**
   * Prints the comuni read and the comuni left out.
   *
   * @param out where to print, not null
   * @param data the data folder, not null
   * @throws IOException if the file cannot be read
   */
  public static void print(PrintStream out, DataFolder data) throws IOException {
    // SKIP: keep reading past a comune that does not add up, and list it in the report
    PosasData posas = PosasReader.of().withPolicy(ProblemPolicy.SKIP).readAll(data.reference(FILE));
    out.printf(Locale.ROOT, "== ISTAT POSAS: residents by single year of age and sex, 1 January %d ==%n",
        posas.report().year());
    out.printf(Locale.ROOT, "   read from data/reference/%s (a truncated real sample): %s data rows,"
        + " complete comuni: %d, left out: %d%n", FILE, Numbers.count(posas.report().dataRows()),
        posas.report().comuni(), posas.report().problems().size());
    TextTable t = new TextTable("comune", "ISTAT code", "males", "females", "total", "indice di vecchiaia",
        "mean age");
    for (PosasComune c : posas.comuni()) {
      Population p = c.population();
      DemographicProfile profile = DemographicProfile.of(p);
      t.row(c.name(), c.code().value(), Numbers.count(p.males()), Numbers.count(p.females()),
          Numbers.count(p.total()), shown(DemographicIndicators.oldAgeIndex(profile)),
          shown(DemographicIndicators.meanAge(profile)));
    }
    t.print(out);
    out.println("   (each comune above is whole: its ages 0-100 add up to its 999 total row, by sex and in all)");
    for (PosasProblem problem : posas.report().problems()) {
      out.printf(Locale.ROOT, "   left out, %s: %s%n", problem.isIncomplete() ? "incomplete" : "does not add up",
          problem.message());
      out.printf(Locale.ROOT, "      (%s)%n", problem.kinds().stream().map(Enum::name)
          .collect(Collectors.joining(", ")));
    }
  }

  private static String shown(IndicatorValue v) {
    return v.isDefined() ? Numbers.format(v.rounded(), 1) : "n.d.";
  }
}
