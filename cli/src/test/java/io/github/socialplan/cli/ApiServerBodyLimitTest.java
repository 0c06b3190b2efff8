package io.github.socialplan.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

/**
 * The body limit is checked where the server starts: the body is read into one array, and a declared length
 * past an int (allowed by a limit of 5 GB) was cast to an int, 4294967306 bytes reading as 10.
 */
class ApiServerBodyLimitTest {

  @Test
  void aBodyLimitPastTheLongestArray_isRefused() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> ApiServer.start("127.0.0.1", 0, 5_000_000_000L).close());
    assertEquals("maxBodyBytes must be in 1..2147483639: 5000000000", e.getMessage());
    assertThrows(IllegalArgumentException.class, () -> ApiServer.start("127.0.0.1", 0, 0).close());
  }
}
