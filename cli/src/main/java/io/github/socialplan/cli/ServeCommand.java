package io.github.socialplan.cli;

import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code socialplan serve --port N}: the HTTP API until the process is stopped. */
@Command(name = "serve", mixinStandardHelpOptions = true,
    description = {"Serves the calculations as an HTTP API (POST /v1/allocate, /v1/quota, /v1/transition, "
        + "/v1/reallocate, /v1/copayment, /v1/balance, /v1/indicators, /v1/validate/{type}; GET /health, /openapi.json) until stopped with Ctrl-C or SIGTERM, which "
        + "lets requests in flight finish."})
final class ServeCommand implements Callable<Integer> {

  private static volatile boolean serving;

  @Option(names = "--port", defaultValue = "8080", description = "the port (default: ${DEFAULT-VALUE}; 0: any free)")
  private int port;

  @Option(names = "--host", defaultValue = "127.0.0.1",
      description = "the address to listen on (default: ${DEFAULT-VALUE}, this machine only)")
  private String host;

  @Option(names = "--max-body-bytes", defaultValue = "10485760",
      description = "the largest request body accepted (default: ${DEFAULT-VALUE}, 10 MiB)")
  private long maxBodyBytes;

  @picocli.CommandLine.Spec
  private picocli.CommandLine.Model.CommandSpec spec;

  /** Whether a server was started by this process (then {@code main} does not exit). */
  static boolean isServing() {
    return serving;
  }

  @Override
  public Integer call() throws Exception {
    // a wrong option is a wrong command line (exit code 2 and the usage), checked before anything starts
    if (port < 0 || port > 65535) {
      throw new picocli.CommandLine.ParameterException(spec.commandLine(), "--port must be 0..65535: " + port);
    }
    if (maxBodyBytes < 1 || maxBodyBytes > ApiServer.MAX_BODY_BYTES_LIMIT) {
      throw new picocli.CommandLine.ParameterException(spec.commandLine(),
          "--max-body-bytes must be 1.." + ApiServer.MAX_BODY_BYTES_LIMIT + ": " + maxBodyBytes);
    }
    ApiServer server = ApiServer.start(host, port, maxBodyBytes);
    serving = true;
    CountDownLatch stopped = new CountDownLatch(1);
    Runtime.getRuntime().addShutdownHook(new Thread(() -> {
      server.close();
      stopped.countDown();
    }, "socialplan-shutdown"));
    System.err.println("socialplan: listening on http://" + host + ":" + server.port());
    System.err.flush();
    stopped.await();
    return SocialPlanCli.OK;
  }
}
