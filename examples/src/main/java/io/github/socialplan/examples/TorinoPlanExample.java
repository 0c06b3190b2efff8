package io.github.socialplan.examples;

import io.github.socialplan.core.json.SocialPlanJson;
import io.github.socialplan.core.plan.GovernanceBody;
import io.github.socialplan.core.plan.Plan;
import io.github.socialplan.core.service.Service;
import io.github.socialplan.core.service.Services;
import io.github.socialplan.core.territory.LegalForm;
import java.io.IOException;
import java.io.PrintStream;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The Piano Sociale Metropolitano of the Città metropolitana di Torino as a plan file
 * ({@code data/plans/torino-piano-sociale-metropolitano-2016.json}): its five axes, general objectives,
 * the Europa 2020 poverty target, the 19 enti gestori by legal form (next to the published list of
 * {@code data/reference/torino-managing-bodies.csv}) and the services they provide.
 *
 * <pre>{@code
 * TorinoPlanExample.print(System.out, DataFolder.locate());
 * }</pre>
 */
public final class TorinoPlanExample {

  static final String FILE = "torino-piano-sociale-metropolitano-2016.json";
  static final String BODIES = "torino-managing-bodies.csv";

  private TorinoPlanExample() {}

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
    out.println();
    PlanPrinter.actionMatrix(out, plan);
    out.println();
    bodies(out, plan, data);
    out.println();
    out.println("Services of the enti gestori: " + plan.services().size());
    for (String id : plan.services()) {
      Service s = Services.byId(id);
      out.printf(Locale.ROOT, "   %-34s %s (%s, %s)%n", id, s.italianName(), s.domain().italianName(),
          s.setting().italianName());
    }
    out.println();
    PlanPrinter.targets(out, plan);
    out.println();
    PlanPrinter.notInSource(out, plan);
  }

  private static void bodies(PrintStream out, Plan plan, DataFolder data) throws IOException {
    ReferenceTable published = ReferenceTable.read(data.reference(BODIES));
    Map<String, LegalForm> kinds = Map.of("comune", LegalForm.MUNICIPALITY, "unione",
        LegalForm.UNION_OF_MUNICIPALITIES, "consorzio", LegalForm.CONSORTIUM);
    Map<LegalForm, Integer> file = new LinkedHashMap<>();
    for (GovernanceBody b : plan.governance()) {
      b.legalForm().ifPresent(f -> file.merge(f, 1, Integer::sum));
    }
    Map<LegalForm, Integer> list = new LinkedHashMap<>();
    published.rows().stream().filter(r -> r.get("scope").equals("torino"))
        .forEach(r -> list.merge(kinds.get(r.get("kind")), 1, Integer::sum));
    // the file's first comment lines state the counts: "19 = 1 Comune + 3 Unioni di Comuni + 15 Consorzi"
    String comment = java.nio.file.Files.readAllLines(data.reference(BODIES)).get(1);
    Matcher m = Pattern.compile("(\\d+) = (\\d+) Comune \\+ (\\d+) Unioni di Comuni \\+ (\\d+) Consorzi").matcher(comment);
    if (!m.find()) {
      throw new IllegalStateException("no counts in the comment of " + BODIES + ": " + comment);
    }
    Map<LegalForm, Integer> stated = new LinkedHashMap<>();
    stated.put(LegalForm.MUNICIPALITY, Integer.parseInt(m.group(2)));
    stated.put(LegalForm.UNION_OF_MUNICIPALITIES, Integer.parseInt(m.group(3)));
    stated.put(LegalForm.CONSORTIUM, Integer.parseInt(m.group(4)));
    out.println("Enti gestori delle funzioni socio-assistenziali by legal form");
    TextTable t = new TextTable("legal form", "in the plan file", "in the published list", "published count", "match");
    int total = 0;
    for (Map.Entry<LegalForm, Integer> e : stated.entrySet()) {
      int inFile = file.getOrDefault(e.getKey(), 0);
      int inList = list.getOrDefault(e.getKey(), 0);
      total += inFile;
      t.row(e.getKey().italianName(), Integer.toString(inFile), Integer.toString(inList), e.getValue().toString(),
          PlanPrinter.mark(inFile == inList && inFile == e.getValue()));
    }
    int statedTotal = Integer.parseInt(m.group(1));
    t.row("total", Integer.toString(total), Integer.toString(list.values().stream().mapToInt(Integer::intValue).sum()),
        Integer.toString(statedTotal), PlanPrinter.mark(total == statedTotal && total == plan.governance().size()));
    t.print(out);
  }
}
