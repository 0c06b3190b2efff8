package io.github.socialplan.cli;

import java.io.IOException;
import java.io.InputStream;
import picocli.CommandLine.Command;

/** {@code socialplan reallocate [REQUEST.json]}: a budget moved to target shares with the least movement. */
@Command(name = "reallocate", mixinStandardHelpOptions = true,
    description = {"Reallocates a budget to target shares of its total with the least total movement, within "
        + "floors and ceilings; the total is kept to the cent.",
        "Reads {\"current\": {\"associated\": 3571415.00, \"direct\": 15512768.00}, "
        + "\"targets\": {\"associated\": 0.30}, \"bounds\": {...}} and writes the result as JSON."})
final class ReallocateCommand extends RequestCommand {

  @Override
  String compute(InputStream in, String source) throws IOException {
    return Calculations.reallocate(in, source);
  }
}
