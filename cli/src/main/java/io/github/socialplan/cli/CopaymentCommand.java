package io.github.socialplan.cli;

import java.io.InputStream;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code socialplan copayment [REQUEST.json]}: each user's co-payment by ISEE. */
@Command(name = "copayment", mixinStandardHelpOptions = true,
    description = {"Computes each user's co-payment by ISEE under a linear or a step schedule: the fee per "
        + "unit times the units, and the total.",
        "Reads {\"linear\": {\"exemptionThreshold\": 6000, \"fullTariffThreshold\": 30000, "
        + "\"fullTariff\": 400.00}, \"users\": [{\"id\": \"u1\", \"isee\": 18000, \"units\": 12}]} "
        + "and writes the co-payments as JSON."})
final class CopaymentCommand implements Callable<Integer> {

  @Parameters(index = "0", arity = "0..1", defaultValue = "-", paramLabel = "REQUEST",
      description = "the request JSON file; - or nothing for standard input")
  private String request;

  @Override
  public Integer call() throws Exception {
    String result;
    try (InputStream in = Inputs.open(request)) {
      result = Calculations.copayment(in, Inputs.name(request));
    }
    Inputs.print(result);
    return SocialPlanCli.OK;
  }
}
