package io.github.socialplan.cli;

import java.io.IOException;
import java.io.InputStream;
import java.util.concurrent.Callable;
import picocli.CommandLine.Parameters;

/**
 * A command that reads one request as JSON, from a file or standard input, and prints its result: the shape
 * that allocate, quota, transition, reallocate and co-payment share. The arithmetic stays in
 * {@link Calculations}.
 */
abstract class RequestCommand implements Callable<Integer> {

  @Parameters(index = "0", arity = "0..1", defaultValue = "-", paramLabel = "REQUEST",
      description = "the request JSON file; - or nothing for standard input")
  private String request;

  /** The result of one request, as the text to print. */
  abstract String compute(InputStream in, String source) throws IOException;

  @Override
  public Integer call() throws Exception {
    String result;
    try (InputStream in = Inputs.open(request)) {
      result = compute(in, Inputs.name(request));
    }
    Inputs.print(result);
    return SocialPlanCli.OK;
  }
}
