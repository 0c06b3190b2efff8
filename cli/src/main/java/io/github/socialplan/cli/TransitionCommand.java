package io.github.socialplan.cli;

import java.io.IOException;
import java.io.InputStream;
import picocli.CommandLine.Command;

/** {@code socialplan transition [REQUEST.json]}: the path from historical to per-capita amounts. */
@Command(name = "transition", mixinStandardHelpOptions = true,
    description = {"Moves recipients year by year from their historical amounts towards per-capita amounts, "
        + "each year by at most its cap; every year adds up to its total to the cent.",
        "Reads {\"historical\": {\"019036\": 60000.00}, \"residents\": {\"019036\": 70841}, "
        + "\"capPercentOfHistorical\": 5, \"firstYear\": 2015, \"totals\": [100000.00]} and writes the path "
        + "as JSON."})
final class TransitionCommand extends RequestCommand {

  @Override
  String compute(InputStream in, String source) throws IOException {
    return Calculations.transition(in, source);
  }
}
