package io.github.socialplan.examples;

import io.github.socialplan.budget.crosstab.CrossTab;
import io.github.socialplan.budget.crosstab.PlanCrossTabs;
import io.github.socialplan.core.plan.Action;
import io.github.socialplan.core.plan.GovernanceBody;
import io.github.socialplan.core.plan.Objective;
import io.github.socialplan.core.plan.ParticipationFigure;
import io.github.socialplan.core.plan.Plan;
import io.github.socialplan.core.plan.Target;
import io.github.socialplan.core.plan.ThematicAxis;
import io.github.socialplan.core.plan.YearlyFocus;
import io.github.socialplan.indicators.monitoring.OutcomeSummary;
import io.github.socialplan.indicators.monitoring.TargetProgress;
import io.github.socialplan.indicators.monitoring.YearProgress;
import java.io.PrintStream;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Prints the parts every plan example shares (<i>struttura e monitoraggio del piano</i>): axes, objectives,
 * the target group × instrument matrix of each axis, the budget cross views, target progress with status,
 * governance, participation and what the source leaves unstated. Stateless and thread-safe.
 */
final class PlanPrinter {

  private PlanPrinter() {}

  static String mark(boolean same) {
    return same ? "ok" : "DIFFERS";
  }

  static void header(PrintStream out, Plan plan) {
    out.println("== " + plan.title() + " (" + plan.period() + ") ==");
    out.println("   from: " + plan.source().orElse("(source not named)"));
  }

  static void axesAndObjectives(PrintStream out, Plan plan) {
    out.println("Thematic axes: " + plan.axes().size());
    for (ThematicAxis a : plan.axes()) {
      long objectives = plan.objectives().stream().filter(o -> o.axis().filter(a.id()::equals).isPresent()).count();
      long actions = plan.actions().stream().filter(x -> x.axis().filter(a.id()::equals).isPresent()).count();
      out.printf(Locale.ROOT, "   %-28s %s (%d objectives, %d actions)%n", a.id(), a.name(), objectives, actions);
    }
    out.println("Objectives: " + plan.objectives().size());
    for (Objective o : plan.objectives()) {
      long targets = plan.allTargets().stream().filter(t -> t.objective().filter(o.id()::equals).isPresent()).count();
      out.printf(Locale.ROOT, "   [%s] %s: %s%s%n", o.kind().italianName(), o.id(), o.title(),
          targets == 0 ? " (qualitative: no target)" : " (" + targets + " target" + (targets == 1 ? ")" : "s)"));
    }
  }

  static void actionMatrix(PrintStream out, Plan plan) {
    out.println("Actions by target group x instrument, within each axis: " + plan.actions().size() + " actions");
    if (plan.actions().isEmpty()) {
      out.println("   (none in the published text)");
      return;
    }
    for (Map.Entry<String, Map<String, Map<String, List<String>>>> axis : PlanCrossTabs.actionMatrix(plan).entrySet()) {
      out.println("   axis " + axis.getKey());
      for (Map.Entry<String, Map<String, List<String>>> group : axis.getValue().entrySet()) {
        for (Map.Entry<String, List<String>> instrument : group.getValue().entrySet()) {
          out.printf(Locale.ROOT, "     %s x %s: %s%n", group.getKey(), instrument.getKey(), instrument.getValue());
        }
      }
    }
  }

  static void crossTab(PrintStream out, String title, CrossTab t) {
    out.println(title);
    if (t.rows().isEmpty()) {
      out.println("   (no budget lines)");
      return;
    }
    List<String> head = new ArrayList<>(List.of(t.rowName() + " \\ " + t.columnName()));
    head.addAll(t.columns());
    head.add("total");
    TextTable tt = new TextTable(head.toArray(String[]::new));
    for (String r : t.rows()) {
      List<String> cells = new ArrayList<>(List.of(r));
      t.columns().forEach(c -> cells.add(Numbers.euros(t.cell(r, c))));
      cells.add(Numbers.euros(t.rowTotal(r)));
      tt.row(cells.toArray(String[]::new));
    }
    List<String> totals = new ArrayList<>(List.of("total"));
    t.columns().forEach(c -> totals.add(Numbers.euros(t.columnTotal(c))));
    totals.add(Numbers.euros(t.total()));
    tt.row(totals.toArray(String[]::new));
    tt.print(out);
  }

  static void targets(PrintStream out, Plan plan) {
    List<Target> all = plan.allTargets();
    out.println("Target progress: " + all.size() + " targets");
    for (Target t : all) {
      out.printf(Locale.ROOT, "   %s: %s%s%n", t.id().orElse(t.indicator()), t.indicator(), describe(t));
      t.note().ifPresent(n -> out.println("     note: " + n));
      TextTable tt = new TextTable("year", "observed", "expected on path", "% achieved", "status", "why").leftAligned(5);
      for (YearProgress y : TargetProgress.of(t, plan.period()).years()) {
        tt.row(Integer.toString(y.year()),
            y.observed().map(BigDecimal::toPlainString).orElse(y.achieved().map(b -> b ? "yes" : "no").orElse("-"))
                + (y.baseline() ? " (baseline)" : ""),
            y.expected().isDefined() ? y.expected().format() : "n.d.",
            y.percentAchieved().isDefined() ? y.percentAchieved().format() : "n.d.",
            y.status().name().toLowerCase(Locale.ROOT).replace('_', ' '), y.detail());
      }
      tt.print(out);
    }
    OutcomeSummary s = OutcomeSummary.of(plan);
    out.printf(Locale.ROOT, "Yes/no outcomes: %d achieved, %d not achieved, %d not yet observed%n", s.achieved(),
        s.notAchieved(), s.notMeasured());
  }

  private static String describe(Target t) {
    StringBuilder sb = new StringBuilder(" [").append(t.measure().italianName());
    t.effectiveDirection().ifPresent(d -> sb.append(", ").append(d.italianName()));
    t.baseline().ifPresent(b -> sb.append(", baseline ").append(b.toPlainString())
        .append(t.baselineYear().map(y -> " in " + y).orElse("")));
    t.value().ifPresent(v -> sb.append(", target ").append(v.toPlainString())
        .append(t.unit().map(u -> " " + u).orElse("")));
    t.year().ifPresent(y -> sb.append(" by ").append(y));
    return sb.append(']').toString();
  }

  static void governance(PrintStream out, Plan plan) {
    out.println("Governance: " + plan.governance().size() + " bodies");
    for (GovernanceBody b : plan.governance()) {
      out.printf(Locale.ROOT, "   %s%s: %d members listed, %d functions%n", b.name(),
          b.legalForm().map(f -> " (" + f.italianName() + ")").orElse(""), b.members().size(), b.roles().size());
    }
  }

  static void participation(PrintStream out, Plan plan) {
    if (plan.participation().isEmpty()) {
      return;
    }
    out.println("Participation:");
    for (ParticipationFigure f : plan.participation()) {
      out.printf(Locale.ROOT, "   %s%s: %s %s%n", f.label(), f.territory().map(t -> " (" + t + ")").orElse(""),
          f.value().toPlainString(), f.unit());
    }
  }

  static void focuses(PrintStream out, Plan plan) {
    for (YearlyFocus f : plan.focuses()) {
      out.printf(Locale.ROOT, "Focus of %d: %s%n", f.year(), f.theme());
    }
  }

  static void notInSource(PrintStream out, Plan plan) {
    out.println("Not in the source (the file says so rather than invent):");
    plan.notInSource().forEach(n -> out.println("   - " + n));
  }

  static String actionsText(List<Action> actions) {
    List<String> ids = new ArrayList<>();
    actions.forEach(a -> ids.add(a.id()));
    return String.join(", ", ids);
  }
}
