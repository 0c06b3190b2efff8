package io.github.socialplan.cli;

import java.io.InputStream;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code socialplan reallocate [REQUEST.json]}: a budget moved to target shares with the least movement. */
@Command(name = "reallocate", mixinStandardHelpOptions = true,
    description = {"Reallocates a budget to target shares of its total with the least total movement, within "
        + "floors and ceilings; the total is kept to the cent.",
        "Reads {\"current\": {\"associated\": 3571415.00, \"direct\": 15512768.00}, "
        + "\"targets\": {\"associated\": 0.30}, \"bounds\": {...}} and writes the result as JSON."})
final class ReallocateCommand implements Callable<Integer> {

  @Parameters(index = "0", arity = "0..1", defaultValue = "-", paramLabel = "REQUEST",
      description = "the request JSON file; - or nothing for standard input")
  private String request;

  @Override
  public Integer call() throws Exception {
    String result;
    try (InputStream in = Inputs.open(request)) {
      result = Calculations.reallocate(in, Inputs.name(request));
    }
    Inputs.print(result);
    return SocialPlanCli.OK;
  }
}
