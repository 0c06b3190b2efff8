package io.github.socialplan.examples;

import io.github.socialplan.core.fund.Fund;
import io.github.socialplan.core.fund.Funds;
import io.github.socialplan.core.json.SocialPlanJson;
import io.github.socialplan.core.plan.Plan;
import java.io.IOException;
import java.io.PrintStream;
import java.util.Locale;

/**
 * The CTSSM Bologna's Atto di indirizzo e coordinamento triennale (2018) as a plan file
 * ({@code data/plans/bologna-ctssm-atto-indirizzo-2018.json}): its strategic priorities by area, all
 * qualitative, its governance and the funds it names, among them FRNA and RES.
 *
 * <pre>{@code
 * BolognaPrioritiesExample.print(System.out, DataFolder.locate());
 * }</pre>
 */
public final class BolognaPrioritiesExample {

  static final String FILE = "bologna-ctssm-atto-indirizzo-2018.json";

  private BolognaPrioritiesExample() {}

  /**
   * Prints the example to standard output.
   *
   * @param args ignored
   * @throws IOException if a file cannot be read
   */
  public static void main(String[] args) throws IOException {
    print(System.out, DataFolder.locate());
  }

  /**
   * Prints the example.
   *
   * @param out where to print, not null
   * @param data the data folder, not null
   * @throws IOException if a file cannot be read
   */
  public static void print(PrintStream out, DataFolder data) throws IOException {
    Plan plan = SocialPlanJson.read(data.plan(FILE), Plan.class);
    PlanPrinter.header(out, plan);
    out.println();
    PlanPrinter.axesAndObjectives(out, plan);
    out.println("   (no published table in data/reference for the Atto: the priorities carry no figures)");
    out.println();
    out.println("Funds named: " + plan.funds().size());
    for (String id : plan.funds()) {
      Fund f = Funds.byId(id);
      out.printf(Locale.ROOT, "   %-12s %s (%s%s)%n", id, f.name(), f.level().name().toLowerCase(Locale.ROOT),
          f.earmarked() ? ", earmarked" : "");
    }
    out.println();
    PlanPrinter.governance(out, plan);
    PlanPrinter.notInSource(out, plan);
  }
}
