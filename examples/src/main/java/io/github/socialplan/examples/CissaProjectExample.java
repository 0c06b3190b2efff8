package io.github.socialplan.examples;

import io.github.socialplan.core.json.SocialPlanJson;
import io.github.socialplan.core.plan.Plan;
import io.github.socialplan.core.plan.ProjectSheet;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The C.I.S.S.A. Pianezza project sheet for the WE.CA.RE. call (2017) as a plan file
 * ({@code data/plans/cissa-pianezza-weca-re-2017.json}): proposer, lead body, its 8 comuni and population
 * next to {@code data/reference/cissa-pianezza.csv}, the need, objectives, actions, innovation,
 * partnership and facilities.
 *
 * <pre>{@code
 * CissaProjectExample.print(System.out, DataFolder.locate());
 * }</pre>
 */
public final class CissaProjectExample {

  static final String FILE = "cissa-pianezza-weca-re-2017.json";
  static final String COMUNI = "cissa-pianezza.csv";

  private CissaProjectExample() {}

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
    ProjectSheet s = plan.projectSheet().orElseThrow();
    PlanPrinter.header(out, plan);
    out.println("Project sheet");
    out.println("   proposer: " + s.proposer());
    out.println("   lead body: " + s.leadBody());
    out.println("   partners: " + (s.partners().isEmpty() ? "none named yet" : s.partners()));
    out.println("   territory: " + s.territory());
    ReferenceTable published = ReferenceTable.read(data.reference(COMUNI));
    List<String> list = new ArrayList<>();
    for (Map<String, String> r : published.rows()) {
      list.add(r.get("comune"));
    }
    out.printf(Locale.ROOT, "   comuni (%d): %s; published list of %d: %s%n", s.comuni().size(), s.comuni(), list.size(),
        PlanPrinter.mark(s.comuni().equals(list)));
    Matcher m = Pattern.compile("total population ([0-9,]+) in (\\d{4})")
        .matcher(Files.readAllLines(data.reference(COMUNI)).get(0));
    if (!m.find()) {
      throw new IllegalStateException("no population in the comment of " + COMUNI);
    }
    long pop = Long.parseLong(m.group(1).replace(",", ""));
    int year = Integer.parseInt(m.group(2));
    long inFile = s.population().orElseThrow();
    out.printf(Locale.ROOT, "   population %s in %d; published %s in %d: %s%n", Numbers.count(inFile),
        s.populationYear().orElseThrow(), Numbers.count(pop), year,
        PlanPrinter.mark(inFile == pop && s.populationYear().orElseThrow() == year));
    print(out, "need", s.need());
    print(out, "innovation", s.innovation());
    print(out, "partnership", s.partnership());
    print(out, "facilities and services", s.facilities());
    out.println();
    PlanPrinter.axesAndObjectives(out, plan);
    out.println();
    PlanPrinter.actionMatrix(out, plan);
    out.println();
    PlanPrinter.governance(out, plan);
    PlanPrinter.notInSource(out, plan);
  }

  private static void print(PrintStream out, String what, List<String> items) {
    out.println("   " + what + ":");
    items.forEach(i -> out.println("     - " + i));
  }
}
