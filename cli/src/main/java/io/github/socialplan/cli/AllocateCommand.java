package io.github.socialplan.cli;

import io.github.socialplan.core.json.SocialPlanJson;
import java.io.IOException;
import java.io.InputStream;
import picocli.CommandLine.Command;

/** {@code socialplan allocate [REQUEST.json]}: an exact allocation to the cent. */
@Command(name = "allocate", mixinStandardHelpOptions = true,
    description = {"Allocates a total to recipients by weight, exactly to the cent (largest remainder), "
        + "within optional floors and ceilings.",
        "Reads an allocation request, {\"total\": 100000.00, \"weights\": {\"019036\": 70841, ...}, "
        + "\"bounds\": {\"floors\": {...}, \"ceilings\": {...}}}, and writes the allocation as JSON."})
final class AllocateCommand extends RequestCommand {

  @Override
  String compute(InputStream in, String source) throws IOException {
    return SocialPlanJson.writePretty(Calculations.allocate(in, source)) + "\n";
  }
}
