package io.github.socialplan.cli;

import java.io.IOException;
import java.io.InputStream;
import picocli.CommandLine.Command;

/** {@code socialplan copayment [REQUEST.json]}: each user's co-payment by ISEE. */
@Command(name = "copayment", mixinStandardHelpOptions = true,
    description = {"Computes each user's co-payment by ISEE under a linear or a step schedule: the fee per "
        + "unit times the units, and the total.",
        "Reads {\"linear\": {\"exemptionThreshold\": 6000, \"fullTariffThreshold\": 30000, "
        + "\"fullTariff\": 400.00}, \"users\": [{\"id\": \"u1\", \"isee\": 18000, \"units\": 12}]} "
        + "and writes the co-payments as JSON."})
final class CopaymentCommand extends RequestCommand {

  @Override
  String compute(InputStream in, String source) throws IOException {
    return Calculations.copayment(in, source);
  }
}
