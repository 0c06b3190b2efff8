package io.github.socialplan.cli;

import io.github.socialplan.core.plan.Plan;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code socialplan balance PLAN}: does each year's budget balance, and do its lines add up? */
@Command(name = "balance", mixinStandardHelpOptions = true,
    description = {"Checks a plan's balance: revenues against expenditures each year, the lines against the "
        + "totals the plan published, and the yearly changes of each line.",
        "PLAN is a plan as JSON, or its budget table as CSV (kind,line,<year>,...) when the name ends "
        + "with .csv. Writes the balance report as JSON."})
final class BalanceCommand implements Callable<Integer> {

  @Parameters(index = "0", arity = "0..1", defaultValue = "-", paramLabel = "PLAN",
      description = "the plan file (.json or .csv); - or nothing for a plan JSON on standard input")
  private String plan;

  @Override
  public Integer call() throws Exception {
    Plan p = Calculations.planFile(plan);
    Inputs.print(Calculations.balance(p));
    return SocialPlanCli.OK;
  }
}
