package io.github.socialplan.cli;

import io.github.socialplan.budget.allocation.Allocation;
import io.github.socialplan.core.json.SocialPlanJson;
import java.io.InputStream;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code socialplan allocate [REQUEST.json]}: an exact allocation to the cent. */
@Command(name = "allocate", mixinStandardHelpOptions = true,
    description = {"Allocates a total to recipients by weight, exactly to the cent (largest remainder), "
        + "within optional floors and ceilings.",
        "Reads an allocation request, {\"total\": 100000.00, \"weights\": {\"019036\": 70841, ...}, "
        + "\"bounds\": {\"floors\": {...}, \"ceilings\": {...}}}, and writes the allocation as JSON."})
final class AllocateCommand implements Callable<Integer> {

  @Parameters(index = "0", arity = "0..1", defaultValue = "-", paramLabel = "REQUEST",
      description = "the request JSON file; - or nothing for standard input")
  private String request;

  @Override
  public Integer call() throws Exception {
    Allocation a;
    try (InputStream in = Inputs.open(request)) {
      a = Calculations.allocate(in, Inputs.name(request));
    }
    Inputs.print(SocialPlanJson.writePretty(a) + "\n");
    return SocialPlanCli.OK;
  }
}
