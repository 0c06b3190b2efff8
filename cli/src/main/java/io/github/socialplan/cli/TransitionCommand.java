package io.github.socialplan.cli;

import java.io.InputStream;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code socialplan transition [REQUEST.json]}: the path from historical to per-capita amounts. */
@Command(name = "transition", mixinStandardHelpOptions = true,
    description = {"Moves recipients year by year from their historical amounts towards per-capita amounts, "
        + "each year by at most its cap; every year adds up to its total to the cent.",
        "Reads {\"historical\": {\"019036\": 60000.00}, \"residents\": {\"019036\": 70841}, "
        + "\"capPercentOfHistorical\": 5, \"firstYear\": 2015, \"totals\": [100000.00]} and writes the path "
        + "as JSON."})
final class TransitionCommand implements Callable<Integer> {

  @Parameters(index = "0", arity = "0..1", defaultValue = "-", paramLabel = "REQUEST",
      description = "the request JSON file; - or nothing for standard input")
  private String request;

  @Override
  public Integer call() throws Exception {
    String path;
    try (InputStream in = Inputs.open(request)) {
      path = Calculations.transition(in, Inputs.name(request));
    }
    Inputs.print(path);
    return SocialPlanCli.OK;
  }
}
