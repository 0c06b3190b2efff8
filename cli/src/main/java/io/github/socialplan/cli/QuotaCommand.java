package io.github.socialplan.cli;

import java.io.InputStream;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code socialplan quota [REQUEST.json]}: what each comune pays of a quota capitaria. */
@Command(name = "quota", mixinStandardHelpOptions = true,
    description = {"Charges a quota capitaria: each comune pays its residents times the rate of the "
        + "components it does not keep for itself, rounded to the cent.",
        "Reads {\"components\": {\"servizio sociale\": 3.50}, \"residents\": {\"019036\": 70841}, "
        + "\"exclusions\": {...}} and writes the charge as JSON."})
final class QuotaCommand implements Callable<Integer> {

  @Parameters(index = "0", arity = "0..1", defaultValue = "-", paramLabel = "REQUEST",
      description = "the request JSON file; - or nothing for standard input")
  private String request;

  @Override
  public Integer call() throws Exception {
    String charge;
    try (InputStream in = Inputs.open(request)) {
      charge = Calculations.quota(in, Inputs.name(request));
    }
    Inputs.print(charge);
    return SocialPlanCli.OK;
  }
}
