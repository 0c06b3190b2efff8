package io.github.socialplan.cli;

import java.io.IOException;
import java.io.InputStream;
import picocli.CommandLine.Command;

/** {@code socialplan quota [REQUEST.json]}: what each comune pays of a quota capitaria. */
@Command(name = "quota", mixinStandardHelpOptions = true,
    description = {"Charges a quota capitaria: each comune pays its residents times the rate of the "
        + "components it does not keep for itself, rounded to the cent.",
        "Reads {\"components\": {\"servizio sociale\": 3.50}, \"residents\": {\"019036\": 70841}, "
        + "\"exclusions\": {...}} and writes the charge as JSON."})
final class QuotaCommand extends RequestCommand {

  @Override
  String compute(InputStream in, String source) throws IOException {
    return Calculations.quota(in, source);
  }
}
