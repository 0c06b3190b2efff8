package io.github.socialplan.examples;

import io.github.socialplan.core.json.SocialPlanJson;
import io.github.socialplan.core.plan.ObjectiveKind;
import io.github.socialplan.core.plan.Plan;
import io.github.socialplan.core.territory.TerritoryKind;
import java.io.IOException;
import java.io.PrintStream;
import java.util.Locale;

/**
 * Regione Piemonte's Strategia per lo sviluppo di comunità solidali (2018) as a plan file
 * ({@code data/plans/piemonte-comunita-solidali-2018-2019.json}): five thematic axes, three system and five
 * sector objectives, all qualitative (no figure to monitor), and the figures of its listening phase.
 *
 * <pre>{@code
 * PiemonteStrategyExample.print(System.out, DataFolder.locate());
 * }</pre>
 */
public final class PiemonteStrategyExample {

  static final String FILE = "piemonte-comunita-solidali-2018-2019.json";

  private PiemonteStrategyExample() {}

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
    long system = plan.objectives().stream().filter(o -> o.kind() == ObjectiveKind.SYSTEM).count();
    long sector = plan.objectives().stream().filter(o -> o.kind() == ObjectiveKind.SECTOR).count();
    long axesWithOneSector = plan.axes().stream().filter(a -> plan.objectives().stream()
        .filter(o -> o.kind() == ObjectiveKind.SECTOR && o.axis().filter(a.id()::equals).isPresent()).count() == 1)
        .count();
    out.printf(Locale.ROOT, "   %d axes, %d system objectives, %d sector objectives (one for each of %d axes),"
        + " %d targets: every objective is qualitative%n", plan.axes().size(), system, sector, axesWithOneSector,
        plan.allTargets().size());
    out.println("   (no published table in data/reference for this strategy: the counts are those of the file)");
    out.printf(Locale.ROOT, "   territory kind of the first system objective: %s (%s)%n",
        TerritoryKind.SOCIAL_COHESION_DISTRICT, TerritoryKind.SOCIAL_COHESION_DISTRICT.italianName());
    out.println();
    PlanPrinter.participation(out, plan);
    out.println();
    PlanPrinter.targets(out, plan);
    out.println();
    PlanPrinter.notInSource(out, plan);
  }
}
