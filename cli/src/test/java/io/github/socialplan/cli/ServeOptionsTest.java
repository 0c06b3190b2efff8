package io.github.socialplan.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/**
 * {@code serve} with an option out of its range is a wrong command line: exit code 2 and the usage
 * message, as for any other option, not a stack trace or an error body with exit code 1. No server is
 * started: the options are checked first.
 */
class ServeOptionsTest {

  private static String[] run(String... args) {
    PrintStream err = System.err;
    ByteArrayOutputStream captured = new ByteArrayOutputStream();
    int code;
    try {
      System.setErr(new PrintStream(captured, true, StandardCharsets.UTF_8));
      code = SocialPlanCli.execute(args);
    } finally {
      System.setErr(err);
    }
    return new String[] {Integer.toString(code), captured.toString(StandardCharsets.UTF_8)};
  }

  @Test
  void aPortOutOfRange_isAUsageError() {
    for (String port : new String[] {"65536", "-1"}) {
      String[] r = run("serve", "--port", port);
      assertEquals("2", r[0], r[1]);
      assertTrue(r[1].contains("--port must be 0..65535: " + port), r[1]);
      assertTrue(r[1].contains("Usage: socialplan serve"), r[1]);
    }
  }

  @Test
  void aBodyLimitOutOfRange_isAUsageError() {
    for (String limit : new String[] {"0", "-5", "2147483640"}) {
      String[] r = run("serve", "--port", "0", "--max-body-bytes", limit);
      assertEquals("2", r[0], r[1]);
      assertTrue(r[1].contains("--max-body-bytes must be 1.." + ApiServer.MAX_BODY_BYTES_LIMIT + ": " + limit),
          r[1]);
    }
  }
}
